"""Writing the tables: CSV (UTF-8 with BOM) and Parquet, batch by batch.

The schemas and the typing of the tables are in :mod:`helpers.schema`
(re-exported here): every batch and partition has the same columns and types.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.schema import arrow_rows, arrow_schema, conform, conform_rows, csv_rows, encode, schema

__all__ = ["schema", "conform", "conform_rows", "encode", "csv_rows", "arrow_rows", "CsvWriter",
           "ParquetWriter", "open_writer"]


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
            self.writers[name] = pq.ParquetWriter(self.path(name), arrow_schema(name))
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
