"""The written tables: fixed schemas, typed columns, encoded batches.

Every table is written with a fixed column list and fixed types, whatever
the batch or partition, so that appending batches and concatenating
partitions give one consistent table: the contract columns of
:data:`helpers.io.tables.TABLE_COLUMNS`, then the declared extra columns of
:data:`helpers.io.tables.TABLE_EXTRAS` (other extra columns an extractor
returns stay in memory but are not written).  Integers are ``int64``
(nullable), numbers ``float64``, flags ``bool``, everything else text with
``""`` for missing.

:func:`conform` and :func:`conform_rows` give a table those columns and
types; :func:`encode` turns a typed table into what a writer appends (CSV
text, an Arrow table); :func:`csv_rows` and :func:`arrow_rows` turn row dicts
straight into CSV text or an Arrow table, equal to what
``encode(conform_rows(...), fmt)`` gives, without building a DataFrame.
In CSV text, a text cell that a spreadsheet would read as a formula gets one
leading apostrophe (:mod:`helpers.io.cells`; :func:`unescape_cell` undoes it).
"""

from __future__ import annotations

import csv
import io
import re
import sys
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from helpers.io.cells import LEADS, neutralise_cell, unescape_cell
from helpers.io.tables import TABLE_COLUMNS, TABLE_EXTRAS
from helpers.text.charsets import LINE_BREAK_CHARS

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, not to import this module
    import pandas as pd

__all__ = ["schema", "csv_header", "arrow_schema", "conform", "conform_rows", "encode", "csv_rows",
           "arrow_rows", "unescape_cell"]

_NEEDS_QUOTES = re.compile(f'[",{LINE_BREAK_CHARS}]')
#: A line break then a first character worth a look (:data:`helpers.io.cells.LEADS`): searched in a
#: whole column at once, so that the common column (no such cell) costs one C-level scan.
_LEAD_AFTER_BREAK = re.compile("\n[" + "".join(f"\\x{ord(c):02x}" for c in sorted(LEADS)) + "]")
_INT_COLUMNS = {"start", "end", "sent_id", "n_chars", "n_sentences", "paragraph"}


@lru_cache(maxsize=None)
def schema(name: str) -> tuple[tuple[str, str], ...]:
    """The written columns of a table and their types.

    Args:
        name: a table name (key of :data:`~helpers.io.tables.TABLE_COLUMNS`).

    Returns:
        ``((column, type), …)`` with type ``int``, ``float``, ``bool`` or ``str``.
    """
    columns = [(c, "int" if c in _INT_COLUMNS else "str") for c in TABLE_COLUMNS[name]]
    columns += [(c, kind) for c, kind in TABLE_EXTRAS.get(name, {}).items()]
    return tuple(columns)


@lru_cache(maxsize=None)
def csv_header(name: str) -> str:
    """The header line of table ``name``'s CSV file, as pandas writes it for an empty table.

    Made with :mod:`csv` (pandas' own writer, minimal quoting), without
    building a DataFrame: opening the writer costs no pandas work.

    Args:
        name: a table name.

    Returns:
        The column names, comma-separated, quoted where needed, with a final ``\\n``.
    """
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([column for column, _ in schema(name)])
    return buffer.getvalue()


def _as_text(series: pd.Series) -> pd.Series:
    import pandas as pd

    if isinstance(series.dtype, pd.StringDtype):
        return series.fillna("")
    values = series.astype(object)
    return values.where(values.notna(), "").map(str).astype("str")


def conform(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Give a table its written columns, in order, with their types.

    Args:
        name: the table name.
        frame: the table as computed (missing columns become empty).

    Returns:
        A new DataFrame with exactly the columns of :func:`schema`.
    """
    import pandas as pd

    out = {}
    for column, kind in schema(name):
        values = frame[column] if column in frame else pd.Series([None] * len(frame), dtype=object)
        values = values.reset_index(drop=True)
        if kind == "int":
            out[column] = pd.to_numeric(values, errors="coerce").astype("Int64")
        elif kind == "float":
            out[column] = pd.to_numeric(values, errors="coerce").astype("float64")
        elif kind == "bool":
            text = values.astype(object).map(lambda v: str(v).strip().lower())
            out[column] = text.isin(("true", "1", "yes")).astype(bool)
        else:
            out[column] = _as_text(values)
    return pd.DataFrame(out, columns=[c for c, _ in schema(name)])


def conform_rows(name: str, rows: list[dict]) -> pd.DataFrame:
    """:func:`conform` for row dicts: the written table built in one step.

    Args:
        name: the table name.
        rows: row dicts (see :mod:`helpers.io.rows`); missing keys become empty.

    Returns:
        A DataFrame with exactly the columns of :func:`schema`, typed as
        :func:`conform` types them.
    """
    import pandas as pd

    out = {}
    for column, kind in schema(name):
        values = [_VALUE[kind](row.get(column)) for row in rows]
        if kind == "int":
            out[column] = pd.array(values, dtype="Int64")
        elif kind in ("float", "bool"):
            out[column] = np.array(values, dtype="float64" if kind == "float" else bool)  # None → NaN
        else:
            out[column] = pd.array(values, dtype="str")
    return pd.DataFrame(out, columns=[c for c, _ in schema(name)])


def _as_int(value) -> int | None:
    return value if type(value) is int else None if _missing(value) else int(value)


def _as_float(value) -> float | None:
    return None if _missing(value) else float(value)


def _as_bool(value) -> bool:
    return value is True or (value is not False and str(value).strip().lower() in ("true", "1", "yes"))


def _as_str(value) -> str:
    return value if type(value) is str else "" if _missing(value) else str(value)


#: One cell's value in the written type (None for a missing number).
_VALUE = {"int": _as_int, "float": _as_float, "bool": _as_bool, "str": _as_str}


def _missing(value) -> bool:
    """None, NaN or pandas' NA (which exists only once pandas is imported)."""
    if value is None or (isinstance(value, float) and value != value):
        return True
    pandas = sys.modules.get("pandas")
    return pandas is not None and value is pandas.NA


@lru_cache(maxsize=None)
def arrow_schema(name: str):
    """The Arrow schema of table ``name`` (int64, float64, bool, string columns).

    Args:
        name: the table name.

    Returns:
        A ``pyarrow.Schema``.
    """
    import pyarrow as pa

    types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string()}
    return pa.schema([(c, types[kind]) for c, kind in schema(name)])


def encode(name: str, frame: pd.DataFrame, fmt: str):
    """A conformed table in the form its writer appends (made in worker processes).

    Args:
        name: the table name.
        frame: the conformed table (:func:`conform`, :func:`conform_rows`).
        fmt: ``csv`` (CSV text without header) or ``parquet`` (an Arrow table).

    Returns:
        The CSV text or the ``pyarrow.Table``.
    """
    if fmt == "csv":
        return csv_rows(name, frame.to_dict("records"))
    if fmt == "parquet":
        import pyarrow as pa

        return pa.Table.from_pandas(frame, schema=arrow_schema(name), preserve_index=False)
    raise ValueError(f"unknown format {fmt!r} (csv or parquet)")


def csv_rows(name: str, rows: list[dict]) -> str:
    """Row dicts as the CSV text (no header) of table ``name``.

    The fast path of the CSV writer: no DataFrame is built.  Cells are
    written as :func:`encode` writes a :func:`conform_rows` table (the same
    bytes): integers as digits, numbers as ``repr``, flags as True/False,
    missing values as empty cells, text cells that begin like a formula
    (``= + - @``, tab, CR, NUL; not plain numbers) with one apostrophe
    before them (:func:`helpers.io.cells.neutralise_cell`).  A cell is
    quoted when it holds a comma, a quote or any character that some
    reader takes for a line break (LF, CR, VT, FF, U+001C–U+001E, U+0085,
    U+2028, U+2029), so that every reader (pandas, Excel,
    ``str.splitlines``) sees the same rows.

    Args:
        name: the table name.
        rows: row dicts (see :mod:`helpers.io.rows`).

    Returns:
        The CSV text, one line per row ("" for no rows).
    """
    if not rows:
        return ""
    columns = []
    for column, cell, text in _cell_writers(name):
        values = [cell(row.get(column)) for row in rows]
        if text and _LEAD_AFTER_BREAK.search("\n" + "\n".join(values)) is not None:
            values = [neutralise_cell(v) for v in values]
        if _NEEDS_QUOTES.search("\0".join(values)) is not None:  # one scan for the usual column
            values = [_quote(v) for v in values]
        columns.append(values)
    return "".join(",".join(line) + "\n" for line in zip(*columns))


def _quote(cell: str) -> str:
    """One CSV cell, quoted (quotes doubled) when it needs to be."""
    if _NEEDS_QUOTES.search(cell) is None:
        return cell
    return '"' + cell.replace('"', '""') + '"'


def arrow_rows(name: str, rows: list[dict]):
    """Row dicts as the Arrow table of ``name``, for the Parquet writer.

    The fast path of the Parquet writer: no DataFrame is built.  The table
    equals ``encode(name, conform_rows(name, rows), "parquet")``, schema
    metadata included (so ``pandas.read_parquet`` gives the same dtypes).

    Args:
        name: the table name.
        rows: row dicts (see :mod:`helpers.io.rows`).

    Returns:
        A ``pyarrow.Table``.
    """
    import pyarrow as pa

    target = _pandas_arrow_schema(name)
    arrays = [pa.array([_VALUE[kind](row.get(column)) for row in rows],
                       type=target.field(column).type)
              for column, kind in schema(name)]
    return pa.Table.from_arrays(arrays, schema=target)


@lru_cache(maxsize=None)
def _pandas_arrow_schema(name: str):
    """:func:`arrow_schema` with the pandas metadata ``encode`` gives (it does not
    depend on the rows)."""
    import pandas as pd

    return encode(name, conform(name, pd.DataFrame()), "parquet").schema


def _int_cell(value) -> str:
    if type(value) is int:  # the usual case, kept cheap: this runs for every cell
        return str(value)
    number = _as_int(value)
    return "" if number is None else str(number)


def _float_cell(value) -> str:
    number = _as_float(value)
    return "" if number is None else repr(number)


def _bool_cell(value) -> str:
    return str(_as_bool(value))


_CELLS = {"int": _int_cell, "float": _float_cell, "bool": _bool_cell, "str": _as_str}


@lru_cache(maxsize=None)
def _cell_writers(name: str) -> tuple:
    return tuple((column, _CELLS[kind], kind == "str") for column, kind in schema(name))

