"""Rows: the plain form in which the pipeline passes tables between stages.

An extractor computes a list of ``dict`` rows (column → value); the
DataFrame is built once, by the caller that needs it: the public ``find_*``
functions for notebooks, :mod:`helpers.engine.scale` once per batch.  Building a
DataFrame for every document and turning it back into dicts in the next
stage cost more than the extraction itself (see ``bench/RESULTS.md``).

Stages accept their inputs in either form, through :func:`as_rows`.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Iterable

import numpy as np

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, not to import this module
    import pandas as pd

__all__ = ["as_rows", "frame", "is_frame", "isna", "outside"]


def as_rows(table) -> list[dict]:
    """A table as a list of row dicts.

    Args:
        table: ``None``, a list of dicts (returned as is) or a DataFrame.

    Returns:
        The rows; ``[]`` for ``None`` or an empty table.
    """
    if table is None:
        return []
    if is_frame(table):
        return table.to_dict("records") if len(table) else []
    return table if isinstance(table, list) else list(table)


def is_frame(table) -> bool:
    """Whether ``table`` is a pandas DataFrame, without importing pandas (none exists before it is imported).

    Args:
        table: any object.

    Returns:
        True for a DataFrame.
    """
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(table, pandas.DataFrame)


def isna(value):
    """``pandas.isna(value)``, importing pandas only for values other than None, int, bool, float and str.

    Args:
        value: a cell value.

    Returns:
        What ``pandas.isna`` returns (True for None and NaN; False for other numbers and text).
    """
    kind = type(value)
    if value is None:
        return True
    if kind is float:
        return value != value
    if kind is int or kind is str or kind is bool:
        return False
    import pandas as pd

    return pd.isna(value)


def frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """The DataFrame of ``rows`` with ``columns`` first, in order.

    Args:
        rows: row dicts (keys missing from a row become NaN).
        columns: the table's columns; keys not listed are dropped.

    Returns:
        A DataFrame (empty, with ``columns``, when there are no rows).
    """
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def outside(rows: list[dict], spans: Iterable[tuple[int, int]]) -> list[dict]:
    """Rows whose ``start`` is not inside one of ``spans``.

    Args:
        rows: row dicts with an int ``start``.
        spans: ``(start, end)`` spans (any order, may overlap).

    Returns:
        The kept rows, in their order (the same list when nothing is dropped).
    """
    spans = sorted(spans)
    if not rows or not spans:
        return rows
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    bounds = np.array(merged, dtype=np.int64)
    starts = np.fromiter((r["start"] for r in rows), np.int64, len(rows))
    i = np.searchsorted(bounds[:, 0], starts, side="right") - 1
    inside = (i >= 0) & (starts < bounds[np.maximum(i, 0), 1])
    if not inside.any():
        return rows
    return [row for row, drop in zip(rows, inside.tolist()) if not drop]
