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
import itertools
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

__all__ = ["Part", "RawRecord", "read_part", "plan_jsonl", "plan_csv", "plan_parquet",
           "csv_header", "csv_layout", "ParquetError", "open_parquet"]

_DELIMITERS = ",;\t|"
csv.field_size_limit(sys.maxsize)  # a document's text may be any length


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
        delimiter: for CSV, the field delimiter.
    """

    source: str
    kind: str
    index: int = 0
    start: int = 0
    stop: int | None = None
    line: int = 1
    files: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    delimiter: str = ","


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


def _json_problem(exc: Exception) -> str:
    """One line for any failure of ``json.loads`` on one line."""
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8"
    if isinstance(exc, RecursionError):
        return "invalid JSON (nested too deeply)"
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON ({exc.msg})"
    detail = str(exc).split(";")[0].split(":")[0].strip() or exc.__class__.__name__
    return f"invalid JSON ({detail})"


def _read_jsonl(part: Part) -> Iterator[RawRecord]:
    for number, (pos, line) in enumerate(_lines(Path(part.source), part.start, part.stop),
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
            yield RawRecord(number, {}, _json_problem(exc))
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
    header, first, line, _ = csv_layout(path)
    return header, first, line


def _sniff(text: str) -> str:
    """The delimiter of a CSV sample: ``csv.Sniffer`` among , ; tab and |, else ','."""
    try:
        return csv.Sniffer().sniff(text, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        return ","


def csv_layout(path: Path) -> tuple[tuple[str, ...], int, int, str]:
    """Read a CSV file's header row and find its delimiter.

    The delimiter is the one :class:`csv.Sniffer` finds in the first lines
    (among ``,`` ``;`` tab ``|``), kept only when it splits the header into
    more columns than a comma does.

    Args:
        path: the CSV file.

    Returns:
        ``(column names, byte offset of the first data record, its line
        number, delimiter)``; no names for an empty file.
    """
    chunk, quotes, end, lines = b"", 0, 0, 0
    for pos, line in _lines(path, 0, None):
        chunk, quotes, lines = chunk + line, quotes + line.count(b'"'), lines + 1
        end = pos + len(line)
        if quotes % 2 == 0:
            break
    text = chunk.decode("utf-8-sig", errors="replace")
    with open(path, "rb") as handle:
        sample = handle.read(1 << 16).decode("utf-8-sig", errors="replace")
    delimiter = _sniff(sample.rsplit("\n", 1)[0] if "\n" in sample else sample)
    comma = next(csv.reader([text]), [])
    header = next(csv.reader([text], delimiter=delimiter), []) if delimiter != "," else comma
    if len(header) <= len(comma):
        header, delimiter = comma, ","
    return tuple(name.strip() for name in header), end, lines + 1, delimiter


def _group_records(lines: Iterator[bytes], line: int) -> Iterator[tuple[int, list[bytes]]]:
    """Candidate records: runs of lines with an even number of ``"`` in all.

    A run that reaches the end with an odd count (an unterminated quote) is
    yielded as it is; :func:`_read_csv` then resynchronises.
    """
    buffer: list[bytes] = []
    quotes, start = 0, line
    for raw in lines:
        if not buffer:
            start = line
        buffer.append(raw)
        quotes += raw.count(b'"')
        line += 1
        if quotes % 2 == 0:
            yield start, buffer
            buffer, quotes = [], 0
    if buffer:
        yield start, buffer


def _parse_record(raw: list[bytes], delimiter: str) -> tuple[list[str] | None, str]:
    """One CSV record from its lines: ``(cells, "")`` or ``(None, problem)``."""
    try:
        text = b"".join(raw).decode("utf-8")
    except UnicodeDecodeError:
        return None, "not UTF-8"
    text = text[1:] if text.startswith("\ufeff") else text
    try:
        rows = list(csv.reader([text], delimiter=delimiter, strict=False))
    except csv.Error as exc:
        if "new-line" in str(exc):
            return None, "a line break (CR) inside an unquoted field"
        return None, f"unreadable CSV record ({exc})"
    return (rows[0] if rows else []), ""


def _read_csv(part: Part) -> Iterator[RawRecord]:
    """The records of a CSV part; a bad record costs only itself.

    Records are cut by quote parity and parsed one by one, so a field of any
    size, a stray CR or a bad row never stops the reading.  A record whose
    quote is never closed (it would swallow every later line) or that spans
    lines and has the wrong number of fields is reported on its first line,
    and reading resumes on the line after it.
    """
    path = Path(part.source)
    header, first, line, delimiter = (part.header, part.start, part.line, part.delimiter)
    if not header:
        header, first, line, delimiter = csv_layout(path)
    lines: Iterator[bytes] = (raw for _, raw in _lines(path, first, part.stop))
    records = _group_records(lines, line)
    while (record := next(records, None)) is not None:
        start, raw = record
        odd = sum(chunk.count(b'"') for chunk in raw) % 2 == 1
        cells, problem = _parse_record(raw, delimiter)
        if odd or (len(raw) > 1 and (problem or len(cells) != len(header))):
            yield RawRecord(start, {}, "unterminated quote (the line is skipped; reading "
                                       "resumes on the next line)")
            lines = itertools.chain(raw[1:], lines)
            records = _group_records(lines, start + 1)
            continue
        if cells is not None and not any(cell.strip() for cell in cells):
            continue
        if problem:
            yield RawRecord(start, {}, problem)
        elif len(cells) > len(header):
            yield RawRecord(start, {}, f"{len(cells)} fields, the header has {len(header)}")
        else:
            yield RawRecord(start, dict(zip(header, cells)))


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


def read_part(part: Part) -> Iterator[RawRecord]:
    """The records of one part of a JSONL, CSV or Parquet file, in file order.

    Args:
        part: a :class:`Part` of kind ``jsonl``, ``csv`` or ``parquet``.

    Yields:
        :class:`RawRecord` objects (``problem`` set for a record that could
        not be parsed; the next records are still read).  Number 0 means the
        whole file (``empty file``, not Parquet).
    """
    if part.index == 0 and part.kind != "parquet" and Path(part.source).stat().st_size == 0:
        yield RawRecord(0, {}, "empty file")
        return
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
    header, first, line, delimiter = csv_layout(path)
    cuts = _cuts(path, part_bytes=part_bytes, first=first, line=line, quoted=True)
    return _parts_from_cuts(path, "csv", cuts, header, delimiter)


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
