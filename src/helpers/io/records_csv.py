"""CSV and TSV record files: the layout (header, delimiter, encoding) and records read one by one.

A CSV file (RFC 4180, a header row) is cut into candidate records by the
parity of ``"`` (quoted fields may span lines), and each is parsed on its
own, so that a field of any size, a stray CR or a bad row costs only that
record; a quote that is never closed is reported and reading resumes on the
next line.  The delimiter is sniffed (:class:`csv.Sniffer`, among ``,``
``;`` tab ``|``; a ``.tsv`` file is tab-separated).  The encoding is told
like a ``.txt`` file's: UTF-8 (with or without BOM) is read as it is; UTF-16
(Excel's "Unicode text", with or without BOM) and legacy encodings
(Windows-1256 …) are read from a UTF-8 copy in memory
(:func:`helpers.io.records_base.utf8_copy`), line numbers unchanged.  Header
names are folded (:func:`helpers.io.records_base.fold_name`).
"""

from __future__ import annotations

import csv
import itertools
import sys
from pathlib import Path
from typing import Iterator, NamedTuple

from helpers.io.corpus_encoding import DocumentError
from helpers.io.records_base import Part, RawRecord, fold_header, forget_copies, head_bytes, lines_of, utf8_copy

__all__ = ["CsvLayout", "read_csv_header", "csv_layout", "read_csv", "sniff_delimiter"]

_DELIMITERS = ",;\t|"
_SAMPLE = 1 << 16
csv.field_size_limit(sys.maxsize)  # a document's text may be any length


class CsvLayout(NamedTuple):
    """What a CSV file looks like before its records are read.

    ``encoding`` is empty for UTF-8 (read as it is), else the encoding of
    the file read from its UTF-8 copy (``confidence`` and ``notes`` as
    :func:`helpers.io.corpus_encoding.decode` gives them); ``problem`` is set
    when the file cannot be read as text at all.
    """

    header: tuple[str, ...]
    first: int
    line: int
    delimiter: str
    encoding: str = ""
    confidence: float = 1.0
    notes: tuple[str, ...] = ()
    problem: str = ""


def read_csv_header(path: Path) -> tuple[tuple[str, ...], int, int]:
    """Read a CSV file's header row.

    Args:
        path: the CSV file.

    Returns:
        ``(column names, byte offset of the first data record, its line number)``.
    """
    layout = csv_layout(path)
    return layout.header, layout.first, layout.line


def sniff_delimiter(sample: str, header: str) -> str:
    """The delimiter of a CSV sample: the one :class:`csv.Sniffer` finds (among
    ``,`` ``;`` tab ``|``), kept only when it splits the header row into more
    columns than a comma does; else ``,``.

    Args:
        sample: the first lines of the file (whole lines).
        header: the header record.

    Returns:
        The delimiter.
    """
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        return ","
    if delimiter == ",":
        return ","
    comma = next(csv.reader([header]), [])
    return delimiter if len(next(csv.reader([header], delimiter=delimiter), [])) > len(comma) else ","


def _encoding(path: Path) -> tuple[str, float, tuple[str, ...], str]:
    """``(encoding, confidence, notes, problem)``: empty encoding for UTF-8 read as it is."""
    head = head_bytes(path, _SAMPLE)
    if head.startswith(b"PK\x03\x04"):
        return "", 1.0, (), "a zip or Excel workbook, not CSV text (an .xlsx file is read as .xlsx)"
    if head.startswith(b"\xef\xbb\xbf") or not head:
        return "", 1.0, (), ""
    if head[:2] not in (b"\xff\xfe", b"\xfe\xff") and b"\x00" not in head:
        cut = head if len(head) < _SAMPLE else head[:head.rfind(b"\n") + 1]
        try:
            cut.decode("utf-8")
            return "", 1.0, (), ""
        except UnicodeDecodeError:
            pass
    try:
        copy = utf8_copy(path)
    except DocumentError as exc:
        return "", 1.0, (), f"not CSV text ({exc})"
    if copy.encoding in ("utf-8", "utf-8-sig"):
        return "", 1.0, (), ""
    return copy.encoding, copy.confidence, copy.notes, ""


def csv_layout(path: Path, *, tab: bool = False) -> CsvLayout:
    """Read a CSV file's encoding, header row and delimiter.

    Args:
        path: the CSV file (``.gz`` decompressed).
        tab: a TSV file (tab-separated whenever the header holds a tab).

    Returns:
        A :class:`CsvLayout`; no names for an empty file.
    """
    encoding, confidence, notes, problem = _encoding(path)
    if problem:
        return CsvLayout((), 0, 1, ",", problem=problem)
    chunk, quotes, end, lines = b"", 0, 0, 0
    sample = b""
    for pos, line in lines_of(path, 0, None, encoding):
        chunk, quotes, lines = chunk + line, quotes + line.count(b'"'), lines + 1
        end = pos + len(line)
        if quotes % 2 == 0:
            break
    for pos, line in lines_of(path, 0, None, encoding):
        if pos + len(line) > _SAMPLE and sample:
            break
        sample += line
    text = chunk.decode("utf-8-sig", errors="replace")
    if tab and "\t" in text:
        delimiter = "\t"
    else:
        delimiter = sniff_delimiter(sample.decode("utf-8-sig", errors="replace"), text)
    header = next(csv.reader([text], delimiter=delimiter), [])
    return CsvLayout(fold_header(header), end, lines + 1, delimiter, encoding, confidence, notes)


def _group_records(lines: Iterator[bytes], line: int) -> Iterator[tuple[int, list[bytes]]]:
    """Candidate records: runs of lines with an even number of ``"`` in all.

    A run that reaches the end with an odd count (an unterminated quote) is
    yielded as it is; :func:`read_csv` then resynchronises.
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
    and reading resumes on the line after it.  Empty rows (``,,,``) are
    skipped silently, and so are empty cells past the header's width.

    Args:
        part: a :class:`Part` of kind ``csv`` or ``tsv``.

    Yields:
        :class:`RawRecord` objects, numbered by their first line.
    """
    path = Path(part.source)
    header, first, line, delimiter, encoding = (part.header, part.start, part.line,
                                                part.delimiter, part.encoding)
    if not header:
        layout = csv_layout(path, tab=part.kind == "tsv")
        if layout.problem:
            yield RawRecord(0, {}, layout.problem)
            return
        header, first, line, delimiter, encoding = layout[:5]
    lines: Iterator[bytes] = (raw for _, raw in lines_of(path, first, part.stop, encoding))
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
        elif len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
            yield RawRecord(start, {}, f"{len(cells)} fields, the header has {len(header)}")
        else:
            yield RawRecord(start, dict(zip(header, cells)))
    if encoding:
        forget_copies()  # the file is read: its UTF-8 copy need not stay in memory
