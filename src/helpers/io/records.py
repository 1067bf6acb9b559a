"""Record files (JSON, JSONL, CSV, TSV, Excel, Parquet): raw records and partitions.

A record file holds one document per record: a text column and metadata
columns.  This module only splits such a file into records (``dict`` of
column → value, with the line or record number for messages) and plans
partitions of it for parallel or distributed reading:

- JSONL: one JSON object per line; a partition is a byte range that starts
  at a line start.  A JSON document (an array, an object holding one, also
  when wrongly named ``.jsonl``: :mod:`helpers.io.records_json`) is one part.
- CSV and TSV (RFC 4180, header row, sniffed delimiter and encoding:
  :mod:`helpers.io.records_csv`): a partition is a byte range that starts at a
  record start, found by the parity of ``"`` (quoted fields may span lines;
  doubled quotes keep the parity).  A file read from its UTF-8 copy (UTF-16,
  Windows-1256) is one part.
- Excel (:mod:`helpers.io.records_xlsx`): one part.
- Parquet: a partition is a range of row groups.
- ``.gz`` (JSONL, JSON, CSV, TSV): decompressed as a stream, one part (a
  gzip stream cannot be entered at a byte offset, so it is not split; Dask
  then reads it in one task).

Every failure is a record's ``problem`` (invalid JSON of any kind, nesting
too deep, an empty file, a damaged Parquet file, row group or gzip stream),
never an exception.  Turning a record into a
:class:`~helpers.io.corpus.Document` is :mod:`helpers.io.formats`' job.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Iterator

from helpers.io.records_base import Part, RawRecord, is_gzip, lines_of
from helpers.io.records_csv import csv_layout, read_csv, read_csv_header
from helpers.io.records_json import json_layout, json_problem, read_json_document
from helpers.io.records_xlsx import read_xlsx

__all__ = ["Part", "RawRecord", "read_part", "plan_jsonl", "plan_csv", "plan_parquet",
           "read_csv_header", "csv_layout", "ParquetError", "open_parquet", "TABULAR", "one_part"]

#: Kinds whose column names come from a header row (folded: ``Title`` → ``title``).
TABULAR = ("csv", "tsv", "xlsx")


def _read_json(part: Part, text_columns: tuple[str, ...] = ()) -> Iterator[RawRecord]:
    """A ``.json`` or ``.jsonl`` file: JSON Lines, or one JSON document (see :func:`json_layout`)."""
    if part.index == 0 and part.start == 0 and json_layout(part.source, part.kind) == "document":
        yield from read_json_document(part, text_columns=text_columns,
                                      renamed=part.kind == "jsonl", fallback=_read_jsonl)
    else:
        yield from _read_jsonl(part)


def _read_jsonl(part: Part) -> Iterator[RawRecord]:
    for number, (pos, line) in enumerate(lines_of(Path(part.source), part.start, part.stop),
                                         start=part.line):
        if pos == 0 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            value = json.loads(line.rstrip(b"\r\n"))
        except (ValueError, RecursionError, MemoryError) as exc:
            # JSONDecodeError, UnicodeDecodeError, a number over 4,300 digits
            # (ValueError without .msg), nesting deeper than the recursion limit
            yield RawRecord(number, {}, json_problem(exc))
            continue
        if not isinstance(value, dict):
            yield RawRecord(number, {}, f"a JSON {type(value).__name__}, not an object")
        else:
            yield RawRecord(number, value)


class ParquetError(ValueError):
    """A Parquet file that cannot be opened (empty, truncated, not Parquet)."""


def open_parquet(path: str | Path):
    """Open a Parquet file defensively.

    Args:
        path: the file.

    Returns:
        A ``pyarrow.parquet.ParquetFile``.

    Raises:
        ParquetError: the file is empty, damaged or not Parquet (one line).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        if Path(path).stat().st_size == 0:
            raise ParquetError("empty file")
        return pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        detail = str(exc).splitlines()[0][:120] if str(exc) else exc.__class__.__name__
        raise ParquetError(f"not a readable Parquet file ({detail})") from None


def _read_parquet(part: Part) -> Iterator[RawRecord]:
    import pyarrow as pa

    try:
        handle = open_parquet(part.source)
    except ParquetError as exc:
        yield RawRecord(0, {}, str(exc))
        return
    stop = handle.num_row_groups if part.stop is None else part.stop
    number = part.line
    for group in range(part.start, stop):
        try:
            rows = [row for batch in handle.iter_batches(batch_size=1024, row_groups=[group])
                    for row in batch.to_pylist()]
        except (pa.ArrowException, OSError) as exc:
            size = handle.metadata.row_group(group).num_rows
            yield RawRecord(number, {}, f"row group {group} ({size} records) unreadable "
                                        f"({str(exc).splitlines()[0][:120]})")
            number += size
            continue
        for row in rows:
            yield RawRecord(number, row)
            number += 1


def read_part(part: Part, *, text_columns: tuple[str, ...] = ()) -> Iterator[RawRecord]:
    """The records of one part of a record file, in file order.

    Args:
        part: a :class:`Part` of kind ``json``, ``jsonl``, ``csv``, ``tsv``,
            ``xlsx`` or ``parquet``.
        text_columns: the text column names (a JSON object holding one is a
            record, not a wrapper; an Excel sheet without one is not read).

    Yields:
        :class:`RawRecord` objects (``problem`` set for a record that could
        not be parsed; the next records are still read; ``level`` note for a
        line about the file).  Number 0 means the whole file (``empty file``,
        not Parquet, a damaged gzip stream).
    """
    if (part.index == 0 and part.kind not in ("parquet", "xlsx")
            and Path(part.source).stat().st_size == 0):
        yield RawRecord(0, {}, "empty file")
        return
    if part.kind in ("json", "jsonl"):
        reader = _read_json(part, text_columns)
    elif part.kind == "xlsx":
        reader = read_xlsx(part, text_columns=text_columns)
    else:
        reader = {"csv": read_csv, "tsv": read_csv, "parquet": _read_parquet}[part.kind](part)
    try:
        yield from reader
    except (OSError, EOFError, zlib.error) as exc:  # a damaged .gz, a file gone while read
        what = "gzip stream" if is_gzip(part.source) else "file"
        yield RawRecord(0, {}, f"damaged {what} ({str(exc) or exc.__class__.__name__}); the "
                               "rest of the file is not read")


def one_part(path: Path, kind: str) -> list[Part] | None:
    """The single part of a file that cannot be split by byte ranges.

    Args:
        path: the file.
        kind: its kind (:func:`helpers.io.formats.source_kind`).

    Returns:
        ``[part]`` for a ``.gz`` file (a gzip stream is read from its start),
        a JSON document or an Excel workbook; None for a file that can be split.
    """
    if is_gzip(path) or kind == "xlsx":
        return [Part(str(path), kind)]
    if kind in ("json", "jsonl") and json_layout(path, kind) == "document":
        return [Part(str(path), kind)]
    return None


def _cuts(path: Path, *, part_bytes: int, first: int, line: int, quoted: bool):
    """Record-start offsets at least ``part_bytes`` apart, with their line numbers."""
    cuts, quotes, mark = [(first, line)], 0, first
    for pos, raw in lines_of(path, first, None):
        quotes += raw.count(b'"') if quoted else 0
        line += 1
        end = pos + len(raw)
        if end - mark >= part_bytes and quotes % 2 == 0:
            cuts.append((end, line))
            mark = end
    return cuts


def _parts_from_cuts(path: Path, kind: str, cuts, header=(), delimiter=",") -> list[Part]:
    size = path.stat().st_size
    cuts = [c for c in cuts if c[0] < size] or cuts[:1]
    return [Part(str(path), kind, index=i, start=start, line=line, header=header,
                 delimiter=delimiter, stop=cuts[i + 1][0] if i + 1 < len(cuts) else None)
            for i, (start, line) in enumerate(cuts)]


def plan_jsonl(path: Path, *, part_bytes: int) -> list[Part]:
    """Split a JSONL file into parts of about ``part_bytes`` bytes.

    Args:
        path: the JSONL file.
        part_bytes: the target size of one part.

    Returns:
        Parts in file order (one scan of the file, no parsing); one part for
        a JSON document or a ``.gz`` file (:func:`one_part`).
    """
    kind = "json" if path.name.lower().removesuffix(".gz").endswith(".json") else "jsonl"
    return one_part(path, kind) or _parts_from_cuts(
        path, kind, _cuts(path, part_bytes=part_bytes, first=0, line=1, quoted=False))


def plan_csv(path: Path, *, part_bytes: int) -> list[Part]:
    """Split a CSV file into parts of about ``part_bytes`` bytes at record starts.

    Args:
        path: the CSV file.
        part_bytes: the target size of one part.

    Returns:
        Parts in file order, each carrying the header; one part for a
        ``.gz`` file or a file read from its UTF-8 copy.
    """
    kind = "tsv" if path.name.lower().removesuffix(".gz").endswith(".tsv") else "csv"
    layout = csv_layout(path, tab=kind == "tsv")
    if is_gzip(path) or layout.encoding or layout.problem:
        return [Part(str(path), kind)]
    cuts = _cuts(path, part_bytes=part_bytes, first=layout.first, line=layout.line, quoted=True)
    return _parts_from_cuts(path, kind, cuts, layout.header, layout.delimiter)


def plan_parquet(path: Path, *, part_bytes: int) -> list[Part]:
    """Split a Parquet file into parts of whole row groups.

    Args:
        path: the Parquet file.
        part_bytes: the target (uncompressed) size of one part.

    Returns:
        Parts in file order; ``line`` is the number of the part's first record.
    """
    try:
        meta = open_parquet(path).metadata
    except ParquetError:
        return [Part(str(path), "parquet")]  # the reader reports it
    parts, start, size, first, rows = [], 0, 0, 1, 0
    for group in range(meta.num_row_groups):
        size += meta.row_group(group).total_byte_size
        rows += meta.row_group(group).num_rows
        if size >= part_bytes or group == meta.num_row_groups - 1:
            parts.append(Part(str(path), "parquet", index=len(parts), start=start,
                              stop=group + 1, line=first))
            start, size, first = group + 1, 0, rows + 1
    return parts or [Part(str(path), "parquet")]
