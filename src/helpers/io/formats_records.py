"""Record files as records: column names, the :class:`Record`, one file's records.

:class:`Columns` names the text and metadata columns of a JSON, JSONL, CSV,
TSV, Excel or Parquet file (matched on folded names in tabular files:
``Title``, `` Doc ID`` …); :func:`iter_record_file` turns the raw records of
one part of such a file (:mod:`helpers.io.records`) into :class:`Record`
objects, or one :class:`~helpers.io.corpus.LoadError` per record that has no
usable text (``no text column``, ``empty text`` for whitespace of any kind, a
column of the wrong type).  A binary text column is decoded like a file.  A
text column that holds a list of paragraphs (a JSON array of strings, or a
CSV cell holding one) is joined with a blank line between paragraphs: the
joined text is the document's raw text, and offsets refer to it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from pathlib import Path, PurePosixPath
from typing import Iterator

from helpers.io.corpus import LoadError, is_blank
from helpers.io.metadata import text_value
from helpers.io.records import TABULAR, Part, csv_layout, read_part
from helpers.io.records_base import fold_name

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

    def folded(self) -> "Columns":
        """A copy with every name folded (:func:`~helpers.io.records_base.fold_name`), to match
        the folded header of a CSV, TSV or Excel file.

        Returns:
            The new :class:`Columns`.
        """
        return replace(self, **{f.name: tuple(dict.fromkeys(map(fold_name, getattr(self, f.name))))
                                for f in fields(self)})

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
        encoding: for ``text``, the encoding of the file it came from when
            that is not UTF-8 (a UTF-16 or Windows-1256 CSV); ``confidence``
            that encoding's.
    """

    kind: str
    file: str
    where: str
    data: bytes | str
    row: dict
    encoding: str = ""
    confidence: float = 1.0

    @property
    def doc_id(self) -> str:
        """The document's id (from the row, else the file's path without suffix)."""
        return self.row.get("doc_id") or str(PurePosixPath(self.file).with_suffix(""))


#: The metadata fields of a record's row (every field of :class:`Columns` but ``text``).
_ROW_FIELDS = tuple(f.name for f in fields(Columns) if f.name != "text")


def _record_row(fields_: dict, columns: Columns) -> dict:
    """``{field: columns.pick(fields_, field)}`` for every metadata field, read once per record.

    A column missing from the record is skipped (its value would be ``""``),
    so only the record's own columns are turned into text; a plain ``str`` is
    stripped here (what :func:`~helpers.io.metadata.text_value` does with it).
    """
    row = {}
    for key in _ROW_FIELDS:
        value = ""
        for name in getattr(columns, key):
            if name in fields_:
                value = fields_[name]
                value = value.strip() if type(value) is str else text_value(value)
                if value:
                    break
        row[key] = value
    return row


_JOINED = "\n\n"


def _paragraphs(value) -> str | None:
    """A list of paragraphs joined with a blank line (None when ``value`` is no such list)."""
    if isinstance(value, str):
        if not value.startswith('["'):
            return None
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            return None
    if isinstance(value, (list, tuple)) and all(isinstance(p, str) or p is None for p in value):
        return _JOINED.join(p for p in value if p is not None)
    return None


def _record_text(fields_: dict, columns: Columns) -> tuple[str, bytes | str, bool]:
    """``(problem, text, joined)``: the first non-blank text column (bytes for a binary one);
    ``joined`` when it held a list of paragraphs."""
    present = [c for c in columns.text if c in fields_]
    if not present:
        return f"no text column (looked for {' / '.join(columns.text)})", "", False
    for column in present:
        value = fields_[column]
        if value is None or (isinstance(value, float) and value != value):
            continue
        if isinstance(value, (bytes, bytearray)):
            if value.strip():
                return "", bytes(value), False
            continue
        joined = _paragraphs(value) if not isinstance(value, str) or value[:2] == '["' else None
        if joined is not None:
            if not is_blank(joined):
                return "", joined, True
        elif isinstance(value, str):
            if not is_blank(value):
                return "", value, False
        else:
            kind = type(value).__name__
            if isinstance(value, (list, tuple)):
                kind = f"list of {', '.join(sorted({type(p).__name__ for p in value}))}"
            return f"text column {column!r} holds a {kind}, not text", "", False
    return "empty text", "", False


def iter_record_file(part: Part, columns: Columns) -> Iterator[Record | LoadError]:
    """The records of one part of a record file, and one line per problem.

    Args:
        part: a :class:`Part` of kind ``json``, ``jsonl``, ``csv``, ``tsv``,
            ``xlsx`` or ``parquet``.
        columns: the text and metadata column names.

    Yields:
        :class:`Record` objects (kind ``text``, or ``txt`` for a binary text
        column) and :class:`LoadError` lines: a problem per bad record, and
        on part 0 notes about the file (delimiter, encoding, a JSON document
        named ``.jsonl``, records found under a key, paragraphs joined).
    """
    name, stem = Path(part.source).name, _stem(part.source)
    unit = "record" if part.kind == "parquet" else "line"
    encoding, confidence = "", 1.0
    if part.kind in TABULAR:
        columns = columns.folded()
    if part.kind in ("csv", "tsv"):
        layout = csv_layout(Path(part.source), tab=part.kind == "tsv")
        encoding, confidence = layout.encoding, layout.confidence
        if part.index == 0 and not layout.problem:
            if layout.encoding:
                yield LoadError(name, f"encoding {layout.encoding} (detected)", level="note")
            yield from (LoadError(name, note, level="warning") for note in layout.notes)
            if layout.delimiter != ("\t" if part.kind == "tsv" else ","):
                yield LoadError(name, f"delimiter {layout.delimiter!r} (detected)", level="note")
    empty, joined = True, False
    for raw in read_part(part, text_columns=columns.text):
        where = (f"{name} sheet {raw.sheet!r} row {raw.number}" if raw.sheet else
                 f"{name} {raw.unit or unit} {raw.number}" if raw.number else name)
        if raw.problem:
            empty = empty and raw.level != "error"
            yield LoadError(where, raw.problem, level=raw.level)
            continue
        empty = False
        problem, text, paragraphs = _record_text(raw.fields, columns)
        if problem:
            yield LoadError(where, problem)
            continue
        if paragraphs and not joined:
            joined = True
            yield LoadError(name, "the text column holds lists of paragraphs: joined with a "
                                  "blank line between them (offsets refer to the joined text)",
                            level="note")
        row = _record_row(raw.fields, columns)
        key = f"{raw.sheet}-{raw.number:08d}" if raw.sheet else f"{raw.number:08d}"
        row["doc_id"] = row["doc_id"] or f"{stem}-{key}"
        kind = "txt" if isinstance(text, bytes) else "text"
        file = f"{name}:{raw.sheet}:{raw.number}" if raw.sheet else f"{name}:{raw.number}"
        yield Record(kind, file, where, text, row, encoding, confidence)
    if empty and part.index == 0 and not part.chunked:
        yield LoadError(name, "no records in the file")


def _stem(source: str) -> str:
    """The file name without its suffix, ``.gz`` included (``news.jsonl.gz`` → ``news``)."""
    name = Path(source).name
    return Path(name[:-3] if name.lower().endswith(".gz") else name).stem
