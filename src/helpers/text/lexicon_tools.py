"""Small tools for the data files and lexicons of every stage.

:func:`read_tsv` is the one reader of the package's TSV data files
(``helpers/data/<stage>/*.tsv``) and :func:`read_words` of its word lists
(``*.txt``): ``#`` comment lines and blank lines are skipped, the header and
every row are checked, and a bad file raises one :class:`DataFileError`
naming the file and the line.  ``trie_alternation`` compiles a word list into
a prefix-factored regular expression, so that a list of hundreds of forms
matches in about one pass over the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import resources

from helpers.text.charsets import LINE_SPACES

__all__ = ["DataFileError", "parse_tsv", "numbered_rows", "read_tsv", "read_words", "trie_alternation",
           "literal_alternation"]


class DataFileError(ValueError):
    """A data file that does not follow its format (``file:line: problem``)."""


def parse_tsv(lines: Iterable[str], where: str, columns: Iterable[str] = ()) -> list[dict[str, str]]:
    """Rows of a TSV text: header row first, ``#`` comment lines and blank lines skipped.

    Args:
        lines: the file's lines (line ends allowed).
        where: the file's name, for errors.
        columns: the columns the header must have (others are allowed).

    Returns:
        One dict per row (header column → cell), cells stripped.

    Raises:
        DataFileError: see :func:`numbered_rows`.
    """
    return [row for _, row in numbered_rows(lines, where, columns)]


def numbered_rows(lines: Iterable[str], where: str, columns: Iterable[str] = ()) -> Iterator[tuple[int, dict]]:
    """``(line number, row)`` of a TSV text, as :func:`parse_tsv` reads it.

    Args:
        lines: the file's lines (line ends allowed).
        where: the file's name, for errors.
        columns: the columns the header must have (others are allowed).

    Yields:
        The 1-based line number and the row (header column → stripped cell).

    Raises:
        DataFileError: no header, an empty or repeated column, a missing
            column, or a row whose cell count is not the header's
            (``where:line: problem``).
    """
    header: list[str] | None = None
    for number, line in enumerate(lines, 1):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\r\n").split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            problem = _header_problem(header, columns)
            if problem:
                raise DataFileError(f"{where}:{number}: {problem}")
            continue
        if len(cells) != len(header):
            raise DataFileError(f"{where}:{number}: {len(cells)} cell(s), the header has {len(header)}")
        yield number, {c: v.strip() for c, v in zip(header, cells)}
    if header is None:
        raise DataFileError(f"{where}:1: no header row")


def _header_problem(header: list[str], columns: Iterable[str]) -> str:
    """What is wrong with a header row ('' when nothing)."""
    if "" in header:
        return f"empty column name (column {header.index('') + 1})"
    repeated = sorted({c for c in header if header.count(c) > 1})
    if repeated:
        return f"repeated column(s) {', '.join(repeated)}"
    missing = [c for c in columns if c not in header]
    return f"missing column(s) {', '.join(missing)}" if missing else ""


def read_tsv(name: str, columns: Iterable[str] = ()) -> list[dict[str, str]]:
    """Read a TSV data file of ``helpers/data`` (see :func:`parse_tsv`).

    Args:
        name: the path inside ``helpers/data``, stage folder first (``quotes/speech_verbs.tsv``).
        columns: the columns the header must have.

    Returns:
        One dict per row, values stripped (``""`` for empty cells).

    Raises:
        DataFileError: the file does not follow the format (file and line named).
    """
    path = resources.files("helpers") / "data" / name
    with path.open(encoding="utf-8") as handle:
        return parse_tsv(handle, f"data/{name}", columns)


def read_words(name: str) -> list[str]:
    """Read a word list of ``helpers/data``: one entry a line, ``#`` comments and blank lines skipped.

    Args:
        name: the path inside ``helpers/data`` (``text/abbreviations.txt``).

    Returns:
        The entries in file order, stripped.
    """
    path = resources.files("helpers") / "data" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def literal_alternation(words) -> str:
    """A regex alternation of literal ``words`` in their order (``a|b|c``, no group).

    Unlike :func:`trie_alternation` the order is kept: a rule whose data file
    lists its words in the order they must be tried.

    Args:
        words: literal strings.

    Returns:
        The pattern text.
    """
    return "|".join(re.escape(w) for w in words)


def trie_alternation(words, *, spaces: bool = True) -> str:
    """Regex alternation of literal ``words`` as a trie, preferring longer matches.

    Python's ``re`` tries the branches of ``a|b|c`` one by one; factoring the
    common prefixes makes a large word list match in about one pass (it fails
    on its first character instead of trying every word).  A space in a word
    matches any run of spaces (not a newline); empty words are ignored.  With
    ``spaces=False`` a space matches one space, and the pattern matches what
    ``a|b|c`` with the words longest first matches.

    Args:
        words: literal strings.
        spaces: whether a space in a word matches a run of spaces (else only itself).

    Returns:
        A regular expression (no capturing groups); one that never matches
        when there is no word.
    """
    trie: dict = {}
    for word in {w for w in words if w}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie, LINE_SPACES if spaces else re.escape(" ")) or "(?!x)x"


def _emit(node: dict, space: str) -> str:
    """The regular expression of a trie node (a one-character branch stays bare)."""
    branches = [(space if char == " " else re.escape(char)) + _emit(child, space)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and len(branches[0]) <= 2 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return body + "?" if body.startswith("(?:") or len(body) == 1 else "(?:" + body + ")?"
    return body
