"""Record files as records: column names, the :class:`Record`, one file's records.

:class:`Columns` names the text and metadata columns of a JSONL, CSV or
Parquet file; :func:`iter_record_file` turns the raw records of one part of
such a file (:mod:`helpers.io.records`) into :class:`Record` objects, or one
:class:`~helpers.io.corpus.LoadError` per record that has no usable text
(``no text column``, ``empty text`` for whitespace of any kind, a column of
the wrong type).  A binary text column is decoded like a file.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path, PurePosixPath
from typing import Iterator

from helpers.io.corpus import LoadError, is_blank
from helpers.io.metadata import text_value
from helpers.io.records import Part, csv_layout, read_part

__all__ = ["Columns", "Record", "iter_record_file"]


@dataclass(frozen=True)
class Columns:
    """Names of the text and metadata columns in a record file.

    Each field lists candidate names, tried in order (the first present and
    non-empty wins).  :meth:`override` replaces a field by one exact name.
    """

    text: tuple[str, ...] = ("text", "content", "body", "article", "full_text")
    doc_id: tuple[str, ...] = ("id", "doc_id")
    title: tuple[str, ...] = ("title", "headline")
    url: tuple[str, ...] = ("url", "link")
    published: tuple[str, ...] = ("published", "date", "published_at", "pubdate")
    outlet: tuple[str, ...] = ("outlet", "source", "site", "sitename")
    language: tuple[str, ...] = ("language", "lang")
    genre: tuple[str, ...] = ("genre",)
    notes: tuple[str, ...] = ("notes",)

    def override(self, **names: str | None) -> "Columns":
        """A copy with some fields set to one exact column name.

        Args:
            **names: field name → column name (``None`` keeps the default).

        Returns:
            The new :class:`Columns`.
        """
        return replace(self, **{key: (value,) for key, value in names.items() if value})

    def pick(self, fields_: dict, key: str) -> str:
        """The value of metadata field ``key`` in a record (empty if none)."""
        for name in getattr(self, key):
            value = text_value(fields_.get(name))
            if value:
                return value
        return ""


@dataclass(frozen=True)
class Record:
    """One document before loading: what :func:`load_record` needs, picklable.

    Attributes:
        kind: ``txt`` (bytes to decode), ``html`` (page bytes) or ``text``
            (already a string, from a record file).
        file: the value of the documents table's ``file`` column.
        where: how messages name the record (``news.jsonl line 17``).
        data: the bytes or the text.
        row: metadata in catalog columns (doc_id, title, published …).
    """

    kind: str
    file: str
    where: str
    data: bytes | str
    row: dict

    @property
    def doc_id(self) -> str:
        """The document's id (from the row, else the file's path without suffix)."""
        return self.row.get("doc_id") or str(PurePosixPath(self.file).with_suffix(""))


def _record_row(fields_: dict, columns: Columns) -> dict:
    return {f.name: columns.pick(fields_, f.name) for f in fields(Columns) if f.name != "text"}


def _record_text(fields_: dict, columns: Columns) -> tuple[str, bytes | str]:
    """``(problem, text)``: the first non-blank text column (bytes for a binary one)."""
    present = [c for c in columns.text if c in fields_]
    if not present:
        return f"no text column (looked for {' / '.join(columns.text)})", ""
    for column in present:
        value = fields_[column]
        if value is None or (isinstance(value, float) and value != value):
            continue
        if isinstance(value, (bytes, bytearray)):
            if value.strip():
                return "", bytes(value)
        elif isinstance(value, str):
            if not is_blank(value):
                return "", value
        else:
            return f"text column {column!r} holds a {type(value).__name__}, not text", ""
    return "empty text", ""


def iter_record_file(part: Part, columns: Columns) -> Iterator[Record | LoadError]:
    name = Path(part.source).name
    unit = "record" if part.kind == "parquet" else "line"
    stem = Path(part.source).stem
    if part.kind == "csv" and part.index == 0:
        delimiter = part.delimiter if part.header else csv_layout(Path(part.source))[3]
        if delimiter != ",":
            yield LoadError(name, f"delimiter {delimiter!r} (detected)", level="note")
    empty = True
    for raw in read_part(part):
        empty = False
        where = f"{name} {unit} {raw.number}" if raw.number else name
        if raw.problem:
            yield LoadError(where, raw.problem)
            continue
        problem, text = _record_text(raw.fields, columns)
        if problem:
            yield LoadError(where, problem)
            continue
        row = _record_row(raw.fields, columns)
        row["doc_id"] = row["doc_id"] or f"{stem}-{raw.number:08d}"
        kind = "txt" if isinstance(text, bytes) else "text"
        yield Record(kind, f"{name}:{raw.number}", where, text, row)
    if empty and part.index == 0:
        yield LoadError(name, "no records in the file")
