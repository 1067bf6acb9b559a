"""Excel workbooks (``.xlsx``): a row a document, like CSV.

Read with openpyxl in read-only mode (cached values of formulas, never the
formulas).  Every worksheet whose header row (its first non-empty row) holds
a text column is read, rows numbered as Excel shows them (the header is
usually row 1, the first document row 2); a sheet without a text column is
named in one note (a workbook often has a code book or notes sheet beside
its data).  Header names are folded like a CSV file's; empty rows are
skipped silently; Excel's escapes of control characters (``_x000D_`` for a
carriage return) are undone in text cells.  The workbook is checked against
zip bombs before it is opened (:func:`helpers.io.formats_zip.zip_problem`);
openpyxl parses its XML with defusedxml when present (it is, through nltk).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Iterator

from helpers.io.formats_zip import zip_problem
from helpers.io.records_base import Part, RawRecord, fold_header

__all__ = ["read_xlsx", "xlsx_columns"]

_ESCAPE = re.compile("_x00([01][0-9A-Fa-f])_")


def _open(path: str | Path):
    """``(workbook, problem)``: the open workbook (read-only) or why it cannot be opened."""
    problem = zip_problem(path)
    if problem.startswith("not a zip"):
        return None, ("not a readable .xlsx workbook (an old .xls, a password-protected "
                      "workbook or another file: save it as .xlsx)")
    if problem:
        return None, problem
    try:
        import openpyxl
    except ImportError:  # a runtime dependency: only a broken install lacks it
        return None, "reading .xlsx needs openpyxl (pip install openpyxl)"
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True), ""
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        return None, f"not a readable .xlsx workbook ({exc.__class__.__name__}: {exc})"


def _cell(value):
    if isinstance(value, str) and "_x00" in value:
        return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    return value


def _sheets(book) -> Iterator[tuple[str, tuple[str, ...], int, Iterator]]:
    """``(title, folded header, header row number, remaining rows)`` of each sheet."""
    for sheet in book.worksheets:
        rows = sheet.iter_rows(values_only=True)
        for number, row in enumerate(rows, start=1):
            if any(cell not in (None, "") for cell in row):
                yield sheet.title, fold_header(row), number, rows
                break
        else:
            yield sheet.title, (), 0, iter(())


def xlsx_columns(path: str | Path) -> list[str]:
    """The folded column names of every sheet of a workbook, in order (empty when unreadable).

    Args:
        path: the ``.xlsx`` file.

    Returns:
        The names, each once.
    """
    book, _ = _open(path)
    if book is None:
        return []
    try:
        names: dict[str, None] = {}
        for _, header, _, _ in _sheets(book):
            names.update(dict.fromkeys(h for h in header if h))
        return list(names)
    finally:
        book.close()


def read_xlsx(part: Part, *, text_columns: tuple[str, ...] = ()) -> Iterator[RawRecord]:
    """The rows of every sheet with a text column, as records.

    Args:
        part: the workbook's only part.
        text_columns: the (folded) text column names a sheet must have one of.

    Yields:
        :class:`RawRecord` objects (``sheet`` set, ``number`` the Excel row);
        one problem when the workbook cannot be read, one note naming the
        sheets without a text column.
    """
    book, problem = _open(part.source)
    if book is None:
        yield RawRecord(0, {}, problem)
        return
    passed: list[str] = []
    try:
        for title, header, first, rows in _sheets(book):
            if not set(header) & set(text_columns):
                passed.append(title)
                continue
            for number, row in enumerate(rows, start=first + 1):
                if not any(cell not in (None, "") for cell in row):
                    continue
                fields = {key: _cell(value) for key, value in zip(header, row) if key}
                yield RawRecord(number, fields, sheet=title)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        yield RawRecord(0, {}, f"damaged .xlsx workbook ({exc.__class__.__name__}: {exc})")
    finally:
        book.close()
    if passed:
        names = ", ".join(map(repr, passed))
        yield RawRecord(0, {}, f"sheet{'s' * (len(passed) > 1)} {names} not read (no text column: "
                               f"{' / '.join(text_columns)})", level="note")
