"""The shared pieces of record files: a part of a corpus, one raw record, binary lines.

A record file is read as bytes, line by line (:func:`lines_of`).  A ``.gz``
file is decompressed on the fly (streamed, never held whole); a CSV file in
another encoding than UTF-8 (UTF-16, Windows-1256 …) is read from a UTF-8
copy made in memory (:func:`utf8_copy`), so that the byte-level readers
(quote parity, byte ranges) work on UTF-8 only.  Column names of tabular
files are folded by :func:`fold_name` (``" Doc ID"`` → ``doc_id``).
"""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Iterator, NamedTuple

from helpers.io.corpus_encoding import decode

__all__ = ["Part", "RawRecord", "lines_of", "open_bytes", "head_bytes", "is_gzip", "utf8_copy",
           "forget_copies", "Transcoded", "fold_name", "fold_header"]


@dataclass(frozen=True)
class Part:
    """A slice of a corpus that one task reads on its own.

    Attributes:
        source: the corpus path (a folder or a file).
        kind: what :func:`helpers.io.formats.source_kind` says (``folder``,
            ``zip``, ``txt``, ``html``, ``pdf``, ``docx``, ``json``, ``jsonl``, ``csv``, ``tsv``,
            ``xlsx`` or ``parquet``).
        index: the partition's number (0 for the first; part 0 also reports
            corpus-wide problems such as a bad catalog).
        start: first byte (JSONL, CSV) or row group (Parquet).
        stop: end byte or row group (``None``: to the end).
        line: the line number (1-based) at ``start``; for Parquet the record
            number of the first row.
        files: for a folder or a zip, the files of this part (relative
            paths); empty means every file.
        header: for CSV, the column names.
        delimiter: for CSV, the field delimiter.
        encoding: for CSV, the file's encoding when it is not UTF-8 (the
            file is then read from a UTF-8 copy: :func:`utf8_copy`).
        chunked: one of many small byte ranges read by worker processes
            (:mod:`helpers.engine.chunks`): the file-wide ``no records`` line
            is then the caller's to give.
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
    encoding: str = ""
    chunked: bool = False


@dataclass(frozen=True)
class RawRecord:
    """One record: its fields, or ``problem`` when it could not be parsed.

    ``level`` is ``error`` for a problem, ``note``/``warning`` for a line about
    the file that costs no record (``fields`` then empty); ``sheet`` names the
    worksheet of an ``.xlsx`` record; ``unit`` says what ``number`` counts
    when it is not the file's usual unit (``record`` in a JSON document).
    """

    number: int
    fields: dict
    problem: str = ""
    level: str = "error"
    sheet: str = ""
    unit: str = ""


def is_gzip(path: str | Path) -> bool:
    """Tell a ``.gz`` file (read decompressed, as one stream) by its name.

    Args:
        path: the file.

    Returns:
        True for a name ending in ``.gz`` (any case).
    """
    return str(path).lower().endswith(".gz")


class Transcoded(NamedTuple):
    """A file's text as UTF-8 bytes, and what it was decoded from."""

    data: bytes
    encoding: str
    confidence: float
    notes: tuple[str, ...]


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


@lru_cache(maxsize=2)
def _utf8_copy(path: str, stamp: tuple[int, int]) -> Transcoded:
    with (gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")) as handle:
        data = handle.read()
    text, encoding, confidence, notes = decode(data, detail=True)
    return Transcoded(text.encode("utf-8"), encoding, confidence, tuple(notes))


def utf8_copy(path: str | Path) -> Transcoded:
    """A whole file decoded like a ``.txt`` file and encoded again as UTF-8.

    Kept in memory (the last two files, per process), for CSV files in
    UTF-16 or a legacy encoding: Excel's "Unicode text" (UTF-16 with BOM,
    tab-separated) or a Windows-1256 CSV.

    Args:
        path: the file (decompressed if ``.gz``).

    Returns:
        A :class:`Transcoded`.

    Raises:
        DocumentError: the bytes are not text (binary, empty, no known encoding).
    """
    return _utf8_copy(str(path), _stamp(Path(path)))


def forget_copies() -> None:
    """Drop the UTF-8 copies kept by :func:`utf8_copy` (once a file is read)."""
    _utf8_copy.cache_clear()


def open_bytes(path: str | Path, encoding: str = "") -> BinaryIO:
    """Open a record file for binary reading: decompressed, transcoded to UTF-8 if asked.

    Args:
        path: the file.
        encoding: non-empty to read the UTF-8 copy of a file in that encoding.

    Returns:
        A binary file object (seekable unless the file is ``.gz``).
    """
    if encoding:
        return io.BytesIO(utf8_copy(path).data)
    return gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")


def head_bytes(path: str | Path, size: int = 1 << 16) -> bytes:
    """The first bytes of a file (decompressed).

    Args:
        path: the file.
        size: how many bytes at most.

    Returns:
        The bytes; what can be read of a damaged or unreadable file (maybe none).
    """
    try:
        with open_bytes(path) as handle:
            return handle.read(size)
    except (OSError, EOFError, ValueError):
        return b""


def lines_of(path: Path, start: int, stop: int | None, encoding: str = ""
             ) -> Iterator[tuple[int, bytes]]:
    """Binary lines whose first byte lies in ``[start, stop)``, with their offsets.

    Args:
        path: the file; a ``.gz`` file is read from its start (``start`` must
            be 0: compressed files are not split).
        start: the offset of the first line.
        stop: the offset no line may start at or after (``None``: to the end).
        encoding: non-empty to read the file's UTF-8 copy (:func:`utf8_copy`).

    Yields:
        ``(offset, line)`` pairs, the line with its end.
    """
    with open_bytes(path, encoding) as handle:
        if start:
            handle.seek(start)
        pos = start
        while stop is None or pos < stop:
            line = handle.readline()
            if not line:
                return
            yield pos, line
            pos += len(line)


def fold_name(name) -> str:
    """A column name as the readers match it: no BOM, trimmed, lower case, spaces as ``_``.

    Args:
        name: a header cell (``" Doc ID"``, ``"\\ufeffFile"``, ``"Published"``).

    Returns:
        The folded name (``doc_id``, ``file``, ``published``).
    """
    return "_".join(str("" if name is None else name).replace("\ufeff", "").split()).lower()


def fold_header(names) -> tuple[str, ...]:
    """Fold every name of a header row; a name whose folded form is taken already keeps its own.

    Args:
        names: the header cells in order.

    Returns:
        The names to key the records with.
    """
    seen: set[str] = set()
    folded = []
    for name in names:
        key = fold_name(name)
        if key in seen:
            key = str(name).strip()
        seen.add(key)
        folded.append(key)
    return tuple(folded)

