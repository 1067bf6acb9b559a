"""Writing the tables: CSV (UTF-8 with BOM) and Parquet, batch by batch, atomically.

The schemas and the typing of the tables are in :mod:`helpers.io.schema`
(re-exported here): every batch and partition has the same columns and types.

A run writes into a staging folder beside its output (``OUT.partial``,
:func:`stage_output`) with a manifest ``run.json`` that says
``"complete": false``; only when every table is written does
:func:`commit_output` move the tables into ``OUT``, replacing the tables of
an earlier run there (other files in ``OUT`` are left alone).  An interrupted
or crashed run therefore leaves ``OUT`` as it was, and its partial tables in
``OUT.partial``, marked incomplete.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pandas as pd

from helpers.io.tables import TABLES
from helpers.io.schema import arrow_rows, arrow_schema, conform, conform_rows, csv_rows, encode, schema

__all__ = ["schema", "conform", "conform_rows", "encode", "csv_rows", "arrow_rows", "CsvWriter",
           "ParquetWriter", "open_writer", "OutputError", "output_problem", "stage_output",
           "write_manifest", "commit_output", "MANIFEST"]

MANIFEST = "run.json"
#: What a run writes into OUT (and replaces there): tables in any format, the manifest.
_OWNED = frozenset({MANIFEST} | {f"{t}{s}" for t in TABLES for s in (".csv", ".parquet", "")})
_SURROGATE = re.compile("[\ud800-\udfff]")


class OutputError(OSError):
    """The output folder cannot be made or written (one line)."""


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
            try:
                data = text.encode("utf-8")
            except UnicodeEncodeError:  # the loaders repair input; this is the last guard
                data = _SURROGATE.sub("\ufffd", text).encode("utf-8")
            with open(self.out / f"{name}.csv", "ab") as handle:
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


def output_problem(out: str | Path) -> str:
    """Why ``out`` cannot be an output folder ("" when it can).

    Args:
        out: the output folder given by the user.

    Returns:
        A one-line problem, or ``""``.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        return f"{out} exists and is not a folder"
    parent = next((p for p in [out, *out.parents] if p.exists()), Path("."))
    if not parent.is_dir():
        return f"{parent} is not a folder"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"{parent} is not writable"
    if not os.access(out.resolve().parent if out.exists() else parent, os.W_OK | os.X_OK):
        return f"{out.resolve().parent} is not writable (the tables are staged beside {out.name})"
    return ""


def stage_output(out: str | Path) -> Path:
    """Make the staging folder ``OUT.partial`` (beside ``OUT``, same file system).

    Args:
        out: the output folder.

    Returns:
        The empty staging folder.

    Raises:
        OutputError: it cannot be made, or a folder of that name is not a
            staging folder of an earlier run.
    """
    out = Path(out).resolve()
    stage = out.with_name(out.name + ".partial")
    if stage.exists():
        if not (stage / MANIFEST).is_file() and any(stage.iterdir()):
            raise OutputError(f"{stage} exists and is not an earlier run's staging folder")
        shutil.rmtree(stage)
    try:
        stage.mkdir(parents=True)
    except OSError as exc:
        raise OutputError(f"cannot make {stage} ({exc.strerror or exc})") from None
    return stage


def write_manifest(folder: str | Path, manifest: dict) -> None:
    """Write ``run.json`` (replaced in one step, never half-written).

    Args:
        folder: the staging or output folder.
        manifest: what the run did (JSON-serialisable).
    """
    path = Path(folder) / MANIFEST
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                         encoding="utf-8")
    os.replace(temporary, path)


def commit_output(stage: str | Path, out: str | Path) -> None:
    """Move a complete staged output into ``out``.

    A missing or empty ``out`` is replaced by the staging folder in one
    rename; otherwise the earlier run's tables and manifest in ``out`` are set
    aside, the new ones moved in, and only then the old ones deleted.

    Args:
        stage: the staging folder (complete).
        out: the output folder.
    """
    stage, out = Path(stage), Path(out).resolve()
    if out.is_dir() and not any(out.iterdir()):
        out.rmdir()
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        os.replace(stage, out)
        return
    old = out.with_name(out.name + ".previous")
    shutil.rmtree(old, ignore_errors=True)
    old.mkdir()
    for entry in out.iterdir():
        if entry.name in _OWNED:
            os.replace(entry, old / entry.name)
    for entry in stage.iterdir():
        os.replace(entry, out / entry.name)
    stage.rmdir()
    shutil.rmtree(old)
