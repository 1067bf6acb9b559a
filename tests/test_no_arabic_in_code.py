"""Rules as data: no Arabic word in the package's code.

Every lexical item of a rule (a word of a cue list, a month name, a clitic-bearing form, a label shown to
users) lives in a data file under ``helpers/data/<stage>/`` whose header declares its format, so that a
linguist can read, correct and extend the rules without reading Python.  This test reads every module of
``src/helpers`` and fails on any string literal outside a docstring whose VALUE (escapes decoded, so
``"\\u0642\\u0627\\u0644"`` counts) holds an Arabic word: two or more Arabic letters in a row, diacritics and
tatweel between them allowed, once the regex character classes (``[...]``) are taken out.  Single letters
(a clitic in an alternation, a class such as ``[اأإآ]``) are orthography, not vocabulary, and may stay.
Docstrings and comments may show Arabic examples: they are documentation.  There is no exceptions list.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "helpers"
_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
_BETWEEN = "\u064b-\u065f\u0670\u0640"
ARABIC_WORD = re.compile(f"[{_LETTER}][{_BETWEEN}]*[{_LETTER}]")
CHARACTER_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes of a module, its classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def arabic_literals(source: str) -> list[tuple[int, str]]:
    """``(line, literal)`` of every string literal outside docstrings that holds an Arabic word.

    Args:
        source: a module's source text.

    Returns:
        The offending literals, first 40 characters each, in line order.
    """
    tree = ast.parse(source)
    docs = _docstrings(tree)
    hits = [(node.lineno, node.value[:40]) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
            and ARABIC_WORD.search(CHARACTER_CLASS.sub("", node.value))]
    return sorted(hits)


@pytest.mark.parametrize(("source", "expected"), [
    ('X = "قال"\n', [(1, "قال")]),
    ('X = "\\u0642\\u0627\\u0644"\n', [(1, "قال")]),
    ('P = r"(?:و|ف)?"\n', []),
    ('P = r"[اأإآ]"\n', []),
    ('P = r"[اأإآ]ل"\n', []),
    ('P = r"ال[^\\s]+"\n', [(1, "ال[^\\s]+")]),
    ('def f():\n    """Reads قال and أضاف."""\n    return 1\n', []),
    ('def f():\n    return "أضاف"\n', [(2, "أضاف")]),
    ('W = "تَم"\n', [(1, "تَم")]),
    ('E = "Xinjiang"\n', []),
])
def test_definition(source, expected):
    assert arabic_literals(source) == expected


def test_no_arabic_word_in_code():
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50, f"the package's modules are not under {PACKAGE}"
    offending = {str(path.relative_to(PACKAGE)): hits for path in modules
                 if (hits := arabic_literals(path.read_text(encoding="utf-8")))}
    assert offending == {}
