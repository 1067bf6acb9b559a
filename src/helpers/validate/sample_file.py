"""A sample as a file: the CSV a coder fills in a spreadsheet, and reading it back.

The CSV is UTF-8 with a BOM (spreadsheet programs then show Arabic), every
text cell that a spreadsheet would read as a formula written with one
apostrophe before it, as the tables of ``helpers analyze`` are
(:mod:`helpers.io.cells`); :func:`read_sample` removes it again.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from helpers.io.cells import neutralise_cell, unescape_cell
from helpers.validate.output import ValidationError

__all__ = ["write_sample", "read_sample", "sample_text"]


def _cell(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    return neutralise_cell(value) if isinstance(value, str) else str(value)


def sample_text(sample: pd.DataFrame) -> str:
    """The sample as CSV text (header first, formula-like text cells neutralised).

    Args:
        sample: from :func:`helpers.validate.draw_sample`.

    Returns:
        The CSV text (no BOM).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([neutralise_cell(str(c)) for c in sample.columns])
    for row in sample.itertuples(index=False, name=None):
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


def write_sample(sample: pd.DataFrame, path: str | Path) -> Path:
    """Write a sample as CSV (UTF-8 with BOM) for a spreadsheet, the form or the notebook.

    Args:
        sample: from :func:`helpers.validate.draw_sample`.
        path: the ``.csv`` file (its folder is created).

    Returns:
        The path written.
    """
    path = Path(path)
    if path.suffix.lower() != ".csv":
        raise ValidationError(path, "a sample is written as .csv (open it in a spreadsheet and save it as .xlsx "
                                    "if you like: both are read back)")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(sample_text(sample), encoding="utf-8-sig")
    return path


def read_sample(path: str | Path) -> pd.DataFrame:
    """A sample written by :func:`write_sample` (or saved from it as ``.xlsx``), every cell as text.

    Args:
        path: the ``.csv`` or ``.xlsx`` file.

    Returns:
        The sample, exact text (the protecting apostrophes removed), ``""`` for empty cells.

    Raises:
        ValidationError: the file is missing, unreadable or has no ``key`` column.
    """
    path = Path(path)
    if not path.is_file():
        raise ValidationError(path, "no such sample file")
    try:
        if path.suffix.lower() == ".xlsx":
            frame = pd.read_excel(path, dtype=str).fillna("")
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
            frame = frame.map(unescape_cell)
            frame.columns = [unescape_cell(c) for c in frame.columns]
    except (OSError, ValueError, UnicodeDecodeError, csv.Error) as exc:
        raise ValidationError(path, f"cannot be read as a sample ({type(exc).__name__}: {exc})") from None
    if "key" not in frame.columns:
        raise ValidationError(path, "no key column: not a sample of helpers validate sample")
    return frame
