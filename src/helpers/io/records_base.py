"""The shared pieces of record files: a part of a corpus, one raw record, binary lines."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

__all__ = ["Part", "RawRecord", "lines_of"]


@dataclass(frozen=True)
class Part:
    """A slice of a corpus that one task reads on its own.

    Attributes:
        source: the corpus path (a folder or a file).
        kind: ``folder``, ``txt``, ``html``, ``pdf``, ``docx``, ``jsonl``, ``csv`` or ``parquet``.
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


def lines_of(path: Path, start: int, stop: int | None) -> Iterator[tuple[int, bytes]]:
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
