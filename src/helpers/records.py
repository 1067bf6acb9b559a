"""Record files (JSONL, CSV, Parquet): raw records and byte-range partitions.

A record file holds one document per record: a text column and metadata
columns.  This module only splits such a file into records (``dict`` of
column → value, with the line or record number for messages) and plans
partitions of it for parallel or distributed reading:

- JSONL: one JSON object per line; a partition is a byte range that starts
  at a line start.
- CSV (RFC 4180, UTF-8 with or without BOM, header row): a partition is a
  byte range that starts at a record start, found by the parity of ``"``
  (quoted fields may span lines; doubled quotes keep the parity).
- Parquet: a partition is a range of row groups.

Turning a record into a :class:`~helpers.corpus.Document` is
:mod:`helpers.formats`' job.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

__all__ = ["Part", "RawRecord", "read_part", "plan_jsonl", "plan_csv", "plan_parquet",
           "csv_header"]


@dataclass(frozen=True)
class Part:
    """A slice of a corpus that one task reads on its own.

    Attributes:
        source: the corpus path (a folder or a file).
        kind: ``folder``, ``txt``, ``html``, ``jsonl``, ``csv`` or ``parquet``.
        index: the partition's number (0 for the first; part 0 also reports
            corpus-wide problems such as a bad catalog).
        start: first byte (JSONL, CSV) or row group (Parquet).
        stop: end byte or row group (``None``: to the end).
        line: the line number (1-based) at ``start``; for Parquet the record
            number of the first row.
        files: for a folder, the files of this part (relative paths);
            empty means every file.
        header: for CSV, the column names.
    """

    source: str
    kind: str
    index: int = 0
    start: int = 0
    stop: int | None = None
    line: int = 1
    files: tuple[str, ...] = ()
    header: tuple[str, ...] = ()


@dataclass(frozen=True)
class RawRecord:
    """One record: its fields, or ``problem`` when it could not be parsed."""

    number: int
    fields: dict
    problem: str = ""


def _lines(path: Path, start: int, stop: int | None) -> Iterator[tuple[int, bytes]]:
    """Binary lines whose first byte lies in ``[start, stop)``, with their offsets."""
    with open(path, "rb") as handle:
        handle.seek(start)
        pos = start
        while stop is None or pos < stop:
            line = handle.readline()
            if not line:
                return
            yield pos, line
            pos += len(line)


def _read_jsonl(part: Part) -> Iterator[RawRecord]:
    for number, (pos, line) in enumerate(_lines(Path(part.source), part.start, part.stop),
                                         start=part.line):
        if pos == 0 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            value = json.loads(line.rstrip(b"\r\n"))
        except (UnicodeDecodeError, ValueError) as exc:
            message = "not UTF-8" if isinstance(exc, UnicodeDecodeError) else f"invalid JSON ({exc.msg})"
            yield RawRecord(number, {}, message)
            continue
        if not isinstance(value, dict):
            yield RawRecord(number, {}, f"a JSON {type(value).__name__}, not an object")
        else:
            yield RawRecord(number, value)


def csv_header(path: Path) -> tuple[tuple[str, ...], int, int]:
    """Read a CSV file's header row.

    Args:
        path: the CSV file.

    Returns:
        ``(column names, byte offset of the first data record, its line number)``.
    """
    chunk, quotes, end, lines = b"", 0, 0, 0
    for pos, line in _lines(path, 0, None):
        chunk, quotes, lines = chunk + line, quotes + line.count(b'"'), lines + 1
        end = pos + len(line)
        if quotes % 2 == 0:
            break
    text = chunk.decode("utf-8-sig", errors="replace")
    header = next(csv.reader([text]), [])
    return tuple(name.strip() for name in header), end, lines + 1


def _read_csv(part: Part) -> Iterator[RawRecord]:
    path = Path(part.source)
    header, first, line = (part.header, part.start, part.line)
    if not header:
        header, first, line = csv_header(path)
    bad: set[int] = set()
    counter = {"line": line - 1}

    def decoded():
        for _, raw in _lines(path, first, part.stop):
            counter["line"] += 1
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                bad.add(counter["line"])
                yield raw.decode("utf-8", errors="replace")

    reader = csv.reader(decoded())
    start_line = line
    try:
        for row in reader:
            end_line = counter["line"]
            if not any(cell.strip() for cell in row):
                start_line = end_line + 1
                continue
            if bad.intersection(range(start_line, end_line + 1)):
                yield RawRecord(start_line, {}, "not UTF-8")
            elif len(row) > len(header):
                yield RawRecord(start_line, {}, f"{len(row)} fields, the header has {len(header)}")
            else:
                yield RawRecord(start_line, dict(zip(header, row)))
            start_line = end_line + 1
    except csv.Error as exc:
        yield RawRecord(start_line, {}, f"unreadable CSV from here on ({exc})")


def _read_parquet(part: Part) -> Iterator[RawRecord]:
    import pyarrow.parquet as pq

    handle = pq.ParquetFile(part.source)
    stop = handle.num_row_groups if part.stop is None else part.stop
    number = part.line
    for group in range(part.start, stop):
        for batch in handle.iter_batches(batch_size=1024, row_groups=[group]):
            for row in batch.to_pylist():
                yield RawRecord(number, row)
                number += 1


def read_part(part: Part) -> Iterator[RawRecord]:
    """The records of one part of a JSONL, CSV or Parquet file, in file order.

    Args:
        part: a :class:`Part` of kind ``jsonl``, ``csv`` or ``parquet``.

    Yields:
        :class:`RawRecord` objects (``problem`` set for a record that could
        not be parsed; the next records are still read).
    """
    readers = {"jsonl": _read_jsonl, "csv": _read_csv, "parquet": _read_parquet}
    yield from readers[part.kind](part)


def _cuts(path: Path, *, part_bytes: int, first: int, line: int, quoted: bool):
    """Record-start offsets at least ``part_bytes`` apart, with their line numbers."""
    cuts, quotes, mark = [(first, line)], 0, first
    for pos, raw in _lines(path, first, None):
        quotes += raw.count(b'"') if quoted else 0
        line += 1
        end = pos + len(raw)
        if end - mark >= part_bytes and quotes % 2 == 0:
            cuts.append((end, line))
            mark = end
    return cuts


def _parts_from_cuts(path: Path, kind: str, cuts, header=()) -> list[Part]:
    size = path.stat().st_size
    cuts = [c for c in cuts if c[0] < size] or cuts[:1]
    return [Part(str(path), kind, index=i, start=start, line=line, header=header,
                 stop=cuts[i + 1][0] if i + 1 < len(cuts) else None)
            for i, (start, line) in enumerate(cuts)]


def plan_jsonl(path: Path, *, part_bytes: int) -> list[Part]:
    """Split a JSONL file into parts of about ``part_bytes`` bytes.

    Args:
        path: the JSONL file.
        part_bytes: the target size of one part.

    Returns:
        Parts in file order (one scan of the file, no parsing).
    """
    return _parts_from_cuts(path, "jsonl", _cuts(path, part_bytes=part_bytes, first=0, line=1,
                                                 quoted=False))


def plan_csv(path: Path, *, part_bytes: int) -> list[Part]:
    """Split a CSV file into parts of about ``part_bytes`` bytes at record starts.

    Args:
        path: the CSV file.
        part_bytes: the target size of one part.

    Returns:
        Parts in file order, each carrying the header.
    """
    header, first, line = csv_header(path)
    cuts = _cuts(path, part_bytes=part_bytes, first=first, line=line, quoted=True)
    return _parts_from_cuts(path, "csv", cuts, header)


def plan_parquet(path: Path, *, part_bytes: int) -> list[Part]:
    """Split a Parquet file into parts of whole row groups.

    Args:
        path: the Parquet file.
        part_bytes: the target (uncompressed) size of one part.

    Returns:
        Parts in file order; ``line`` is the number of the part's first record.
    """
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    parts, start, size, first, rows = [], 0, 0, 1, 0
    for group in range(meta.num_row_groups):
        size += meta.row_group(group).total_byte_size
        rows += meta.row_group(group).num_rows
        if size >= part_bytes or group == meta.num_row_groups - 1:
            parts.append(Part(str(path), "parquet", index=len(parts), start=start,
                              stop=group + 1, line=first))
            start, size, first = group + 1, 0, rows + 1
    return parts or [Part(str(path), "parquet")]
