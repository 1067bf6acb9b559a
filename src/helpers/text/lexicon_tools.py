"""Small tools for the data-file lexicons of quotes, claims and numbers.

``read_tsv`` reads a TSV file of ``helpers/data/<stage>/`` (header row, ``#`` comment
lines at the top); ``trie_alternation`` compiles a word list into a
prefix-factored regular expression, so that a list of hundreds of forms
matches in about one pass over the text.
"""

from __future__ import annotations

import csv
import re
from importlib import resources

__all__ = ["read_tsv", "trie_alternation"]


def read_tsv(name: str) -> list[dict[str, str]]:
    """Read a TSV file of ``helpers/data`` (header row, ``#`` comment lines at the top).

    Args:
        name: the path inside ``helpers/data``, stage folder first (``quotes/speech_verbs.tsv``).

    Returns:
        One dict per row, values stripped (``""`` for empty cells).
    """
    path = resources.files("helpers") / "data" / name
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#") and line.strip())
        return [{k: (v or "").strip() for k, v in row.items()}
                for row in csv.DictReader(lines, delimiter="\t")]


def trie_alternation(words) -> str:
    """Regex alternation of literal ``words`` as a trie, preferring longer matches.

    Python's ``re`` tries the branches of ``a|b|c`` one by one; factoring the
    common prefixes makes a large word list match in about one pass.  A space
    in a word matches any run of spaces (not a newline).

    Args:
        words: literal strings.

    Returns:
        A regular expression (no capturing groups).
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True

    def emit(node: dict) -> str:
        branches = [(r"[^\S\n]+" if char == " " else re.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie) or "(?!x)x"
