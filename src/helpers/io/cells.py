"""CSV cells that a spreadsheet cannot take for a formula, and the way back.

Document text is hostile: a title such as ``=HYPERLINK("http://x","y")``
written verbatim into ``documents.csv`` becomes a live formula when the file
is opened in Excel or LibreOffice (CSV or formula injection).  Following
OWASP's advice on CSV injection (and ASVS 1.2.10), the CSV writer prefixes
one apostrophe to every text cell that begins with a character a spreadsheet
reads as the start of a formula — ``=``, ``+``, ``-``, ``@``, a tab, a carriage
return or a NUL — possibly after apostrophes already there.  A plain number
(``-1``, ``+2.5``: ASCII digits with an optional sign and decimals) is not a
formula and is written as it is.  Only text columns are touched; numbers,
flags and Parquet tables keep their exact values.

The rule is reversible: :func:`unescape_cell` removes one leading apostrophe
from a cell that begins with apostrophes followed by one of those
characters, which gives back the exact text (a text that itself began with
``'=`` was written ``''=`` and reads back as ``'=``).
"""

from __future__ import annotations

import re

__all__ = ["FORMULA_START", "neutralise_cell", "unescape_cell", "is_formula_cell"]

#: The characters a spreadsheet reads as the start of a formula (OWASP, ASVS 1.2.10).
FORMULA_START = "=+-@\t\r\0"
#: First characters worth a look: a formula start or an apostrophe (kept cheap: every text cell is checked).
LEADS = frozenset(FORMULA_START + "'")
_WRITE = re.compile("'*[" + re.escape(FORMULA_START) + "]")
_READ = re.compile("'+[" + re.escape(FORMULA_START) + "]")
_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


def neutralise_cell(text: str) -> str:
    """A text cell as the spreadsheet-facing CSV writes it.

    Args:
        text: the exact cell text.

    Returns:
        ``"'" + text`` when the text begins (after any apostrophes) with
        ``= + - @``, a tab, a carriage return or a NUL and is not a plain
        number; else the text unchanged.
    """
    if text[:1] in LEADS and _WRITE.match(text) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """The exact text of a cell read from a CSV table (the inverse of :func:`neutralise_cell`).

    Args:
        text: the cell as read from the CSV file (after CSV unquoting).

    Returns:
        The text without the one apostrophe the writer added: for every
        string ``s``, ``unescape_cell(neutralise_cell(s)) == s``.
    """
    if text[:1] == "'" and _READ.match(text):
        return text[1:]
    return text


def is_formula_cell(text: str) -> bool:
    """Whether a spreadsheet would take a cell for a formula (a check for tests and reports).

    Args:
        text: the cell as written.

    Returns:
        True when it begins with a formula character and is not a plain number.
    """
    return bool(text) and text[0] in FORMULA_START and not _NUMBER.fullmatch(text)
