"""CSV record files: the header, the delimiter, and records read one by one.

A CSV file (RFC 4180, UTF-8 with or without BOM, a header row) is cut into
candidate records by the parity of ``"`` (quoted fields may span lines), and
each is parsed on its own, so that a field of any size, a stray CR or a bad
row costs only that record; a quote that is never closed is reported and
reading resumes on the next line.  The delimiter is sniffed
(:class:`csv.Sniffer`, among ``,`` ``;`` tab ``|``).
"""

from __future__ import annotations

import csv
import itertools
import sys
from pathlib import Path
from typing import Iterator

from helpers.io.records_base import Part, RawRecord, lines_of

__all__ = ["csv_header", "csv_layout", "read_csv"]

_DELIMITERS = ",;\t|"
csv.field_size_limit(sys.maxsize)  # a document's text may be any length


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
    for pos, line in lines_of(path, 0, None):
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


def read_csv(part: Part) -> Iterator[RawRecord]:
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
    lines: Iterator[bytes] = (raw for _, raw in lines_of(path, first, part.stop))
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
