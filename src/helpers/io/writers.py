"""Writing the tables: CSV (UTF-8 with BOM) and Parquet, batch by batch, atomically.

The schemas and the typing of the tables are in :mod:`helpers.io.schema`
(re-exported here): every batch and partition has the same columns and types.

A run writes into a staging folder beside its output (``OUT.partial``,
:func:`stage_output`) with a manifest ``run.json`` that says
``"complete": false``; only when every table is written does
:func:`commit_output` move the tables into ``OUT``, replacing the tables of
an earlier run there (other files in ``OUT`` are left alone).  An interrupted
or crashed run therefore leaves ``OUT`` as it was, and its partial tables in
``OUT.partial``, marked incomplete.  The staging, the manifest and the
commit are in :mod:`helpers.io.staging` (re-exported here); a write that
fails (a full disk …) raises its :class:`WriteError`, one line naming the file.
"""

from __future__ import annotations

import re
from pathlib import Path

from helpers.io.rows import is_frame
from helpers.io.schema import arrow_rows, arrow_schema, conform, conform_rows, csv_header, csv_rows, encode, schema
from helpers.io.staging import (
    MANIFEST,
    OutputError,
    WriteError,
    commit_output,
    output_problem,
    stage_output,
    write_manifest,
    writing,
)

__all__ = ["schema", "conform", "conform_rows", "encode", "csv_rows", "arrow_rows", "CsvWriter",
           "ParquetWriter", "open_writer", "OutputError", "WriteError", "output_problem",
           "stage_output", "write_manifest", "commit_output", "MANIFEST"]

_SURROGATE = re.compile("[\ud800-\udfff]")


class CsvWriter:
    """One ``NAME.csv`` per table (UTF-8 with BOM, header first), appended batch by batch."""

    suffix = ".csv"

    def __init__(self, out: Path, names) -> None:
        self.out, self.names = Path(out), list(names)
        self.out.mkdir(parents=True, exist_ok=True)
        for name in self.names:
            with writing(self.out, f"{name}.csv"):
                (self.out / f"{name}.csv").write_text(csv_header(name), encoding="utf-8-sig")

    def write(self, name: str, table) -> None:
        """Append rows to table ``name``.

        Args:
            name: the table name.
            table: a conformed DataFrame, or its CSV text from :func:`encode`.
        """
        text = table if isinstance(table, str) else encode(name, table, "csv")
        if text:
            try:
                data = text.encode("utf-8")
            except UnicodeEncodeError:  # the loaders repair input; this is the last guard
                data = _SURROGATE.sub("\ufffd", text).encode("utf-8")
            with writing(self.out, f"{name}.csv"), open(self.out / f"{name}.csv", "ab") as handle:
                handle.write(data)

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
            with writing(self.out, path.relative_to(self.out)):
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
        if is_frame(table):
            table = encode(name, table, "parquet")
        self.buffers[name].append(table)
        if sum(t.num_rows for t in self.buffers[name]) >= self.rows:
            self._flush(name)

    def _flush(self, name: str) -> None:
        import pandas as pd
        import pyarrow as pa
        import pyarrow.parquet as pq

        tables, self.buffers[name] = self.buffers[name], []
        table = (pa.concat_tables(tables) if tables else
                 encode(name, conform(name, pd.DataFrame()), "parquet"))
        with writing(self.out, self.path(name).relative_to(self.out)):
            if name not in self.writers:
                self.writers[name] = pq.ParquetWriter(self.path(name), arrow_schema(name))
            self.writers[name].write_table(table)

    def close(self) -> None:
        """Flush every buffer and close the files (empty tables get a file too).

        Raises:
            WriteError: a file could not be written (the others are closed quietly).
        """
        try:
            for name in self.names:
                if self.buffers[name] or name not in self.writers:
                    self._flush(name)
                with writing(self.out, self.path(name).relative_to(self.out)):
                    self.writers.pop(name).close()
        finally:  # after a failure, no second error when the files are collected
            for writer in self.writers.values():
                try:
                    writer.close()
                except OSError:
                    pass
            self.writers = {}


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

