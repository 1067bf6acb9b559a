"""Writing the tables: fixed schemas, CSV (UTF-8 with BOM) and Parquet.

Every table is written with a fixed column list and fixed types, whatever
the batch or partition, so that appending batches and concatenating
partitions give one consistent table: the contract columns of
:data:`helpers.pipeline.TABLE_COLUMNS`, then the declared extra columns of
:data:`helpers.pipeline.TABLE_EXTRAS` (other extra columns an extractor
returns stay in memory but are not written).  Integers are ``int64``
(nullable), numbers ``float64``, flags ``bool``, everything else text with
``""`` for missing.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.pipeline import TABLE_COLUMNS, TABLE_EXTRAS

__all__ = ["schema", "conform", "conform_rows", "encode", "CsvWriter", "ParquetWriter", "open_writer"]

_INT_COLUMNS = {"start", "end", "sent_id", "n_chars", "n_sentences", "paragraph"}


@lru_cache(maxsize=None)
def schema(name: str) -> tuple[tuple[str, str], ...]:
    """The written columns of a table and their types.

    Args:
        name: a table name (key of :data:`~helpers.pipeline.TABLE_COLUMNS`).

    Returns:
        ``((column, type), …)`` with type ``int``, ``float``, ``bool`` or ``str``.
    """
    columns = [(c, "int" if c in _INT_COLUMNS else "str") for c in TABLE_COLUMNS[name]]
    columns += [(c, kind) for c, kind in TABLE_EXTRAS.get(name, {}).items()]
    return tuple(columns)


def _as_text(series: pd.Series) -> pd.Series:
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
        rows: row dicts (see :mod:`helpers.rows`); missing keys become empty.

    Returns:
        A DataFrame with exactly the columns of :func:`schema`, typed as
        :func:`conform` types them.
    """
    out = {}
    for column, kind in schema(name):
        values = [row.get(column) for row in rows]
        if kind == "int":
            if all(type(v) is int for v in values):
                out[column] = pd.array(np.array(values, dtype=np.int64), dtype="Int64")
            else:
                out[column] = pd.array([None if _missing(v) else int(v) for v in values],
                                       dtype="Int64")
        elif kind == "float":
            out[column] = np.array([np.nan if _missing(v) else float(v) for v in values],
                                   dtype="float64")
        elif kind == "bool":
            out[column] = np.array([v is True or (v is not False and str(v).strip().lower()
                                                  in ("true", "1", "yes")) for v in values], dtype=bool)
        else:
            out[column] = pd.array([v if type(v) is str else "" if _missing(v) else str(v)
                                    for v in values], dtype="str")
    return pd.DataFrame(out, columns=[c for c, _ in schema(name)])


def _missing(value) -> bool:
    """None, NaN or pandas' NA."""
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


@lru_cache(maxsize=None)
def _arrow_schema(name: str):
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
        return frame.to_csv(index=False, header=False, lineterminator="\n")
    if fmt == "parquet":
        import pyarrow as pa

        return pa.Table.from_pandas(frame, schema=_arrow_schema(name), preserve_index=False)
    raise ValueError(f"unknown format {fmt!r} (csv or parquet)")


class CsvWriter:
    """One ``NAME.csv`` per table (UTF-8 with BOM, header first), appended batch by batch."""

    suffix = ".csv"

    def __init__(self, out: Path, names) -> None:
        self.out, self.names = Path(out), list(names)
        self.out.mkdir(parents=True, exist_ok=True)
        for name in self.names:
            header = conform(name, pd.DataFrame()).to_csv(index=False, lineterminator="\n")
            (self.out / f"{name}.csv").write_text(header, encoding="utf-8-sig")

    def write(self, name: str, table) -> None:
        """Append rows to table ``name``.

        Args:
            name: the table name.
            table: a conformed DataFrame, or its CSV text from :func:`encode`.
        """
        text = table if isinstance(table, str) else encode(name, table, "csv")
        if text:
            with open(self.out / f"{name}.csv", "a", encoding="utf-8", newline="") as handle:
                handle.write(text)

    def close(self) -> None:
        """Nothing left to write (headers are written first)."""


class ParquetWriter:
    """One ``NAME.parquet`` per table, or ``NAME/part-NNNNN.parquet`` for a
    partition; rows are buffered into row groups of about ``rows`` rows."""

    suffix = ".parquet"

    def __init__(self, out: Path, names, *, part: int | None = None, rows: int = 50_000) -> None:
        self.out, self.names, self.part, self.rows = Path(out), list(names), part, rows
        self.writers, self.buffers = {}, {name: [] for name in self.names}
        for name in self.names:
            path = self.path(name)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)

    def path(self, name: str) -> Path:
        """Where table ``name`` is written."""
        if self.part is None:
            return self.out / f"{name}.parquet"
        return self.out / name / f"part-{self.part:05d}.parquet"

    def write(self, name: str, table) -> None:
        """Buffer rows; flush a row group when the buffer is full.

        Args:
            name: the table name.
            table: a conformed DataFrame, or its Arrow table from :func:`encode`.
        """
        if isinstance(table, pd.DataFrame):
            table = encode(name, table, "parquet")
        self.buffers[name].append(table)
        if sum(t.num_rows for t in self.buffers[name]) >= self.rows:
            self._flush(name)

    def _flush(self, name: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        tables, self.buffers[name] = self.buffers[name], []
        table = (pa.concat_tables(tables) if tables else
                 encode(name, conform(name, pd.DataFrame()), "parquet"))
        if name not in self.writers:
            self.writers[name] = pq.ParquetWriter(self.path(name), _arrow_schema(name))
        self.writers[name].write_table(table)

    def close(self) -> None:
        """Flush every buffer and close the files (empty tables get a file too)."""
        for name in self.names:
            if self.buffers[name] or name not in self.writers:
                self._flush(name)
            self.writers[name].close()


def open_writer(out: str | Path, names, *, fmt: str = "csv"):
    """A writer for the tables ``names`` in folder ``out``.

    Args:
        out: the output folder (created if missing).
        names: table names.
        fmt: ``csv`` or ``parquet``.

    Returns:
        A :class:`CsvWriter` or :class:`ParquetWriter`.
    """
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"unknown format {fmt!r} (csv or parquet)")
    return CsvWriter(Path(out), names) if fmt == "csv" else ParquetWriter(Path(out), names)
