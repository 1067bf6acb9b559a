"""Reading the written tables back, with their exact text.

The CSV tables are made for spreadsheets: a text cell that would start a
formula is written with one apostrophe before it (:mod:`helpers.io.cells`).
:func:`read_table` reads a CSV or Parquet table of ``helpers analyze`` and
gives back the exact text, so that a round trip through either format gives
the same table.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.io.cells import unescape_cell
from helpers.io.schema import conform, schema
from helpers.io.tables import TABLE_COLUMNS

__all__ = ["read_table"]


def read_table(path: str | Path, *, typed: bool = True) -> pd.DataFrame:
    """One table written by ``helpers analyze`` (``NAME.csv`` or ``NAME.parquet``).

    Args:
        path: the file; its name (``documents.csv``, ``mentions.parquet`` …)
            says which table it is.  Other CSV files are read as text, every
            column unescaped.
        typed: give the columns their written types (``Int64``, ``float64``,
            ``bool``, text), as :func:`helpers.io.schema.conform` does; with
            ``False`` every column is text as the CSV shows it (``""`` for
            missing values).

    Returns:
        A DataFrame whose text cells are the exact text (the apostrophe the
        CSV writer put before a formula-like cell removed); the CSV and the
        Parquet file of one table give equal frames.
    """
    path = Path(path)
    name = path.name.split(".")[0]
    known = name in TABLE_COLUMNS
    if path.suffix.lower() == ".parquet":
        frame = pd.read_parquet(path)
        if typed:
            return conform(name, frame) if known else frame
        return pd.DataFrame({c: _as_text(frame[c]) for c in frame.columns}, columns=frame.columns)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    text = [c for c, kind in schema(name) if kind == "str"] if known else list(frame.columns)
    for column in text:
        if column in frame:
            values = frame[column]
            marked = values.str.startswith("'")
            if marked.any():
                frame[column] = values.where(~marked, values[marked].map(unescape_cell))
    return conform(name, frame) if typed and known else frame


def _as_text(values: pd.Series) -> pd.Series:
    """A Parquet column as the CSV writes it: digits, ``repr`` of floats, True/False, "" for missing."""
    cells = values.astype(object)
    return cells.where(cells.notna(), "").map(lambda v: v if isinstance(v, str) else repr(v)
                                               if isinstance(v, float) else str(v)).astype("str")
