"""Corpus formats: a folder of ``.txt``/``.html`` files, or one JSONL, CSV or Parquet file.

Reading is split in two steps so that the expensive one can run in worker
processes or on a cluster:

1. :func:`iter_records` (cheap, sequential): lists files or splits a record
   file into :class:`Record` objects (text or bytes + a metadata row) and
   reports unparsable records as :class:`~helpers.corpus.LoadError`.
2. :func:`load_record` (decoding, HTML extraction, metadata inference):
   turns one record into a :class:`~helpers.corpus.Document`.

:func:`iter_documents` chains both.  Sources:

- a folder: every ``*.txt``, ``*.html`` and ``*.htm`` below it (searched
  recursively, hidden folders skipped, in path order) with ``catalog.csv``
  for metadata (its ``file`` column holds paths relative to the folder);
- ``*.jsonl`` / ``*.ndjson``, ``*.csv``, ``*.parquet``: one document per
  record, text and metadata columns named by :class:`Columns`;
- a single ``.txt`` or ``.html`` file.

Every problem is one :class:`~helpers.corpus.LoadError` naming the file and
the line or record (``news.jsonl line 17: invalid JSON (…)``); the other
records are still read.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path, PurePosixPath
from typing import Iterator

from helpers.corpus import (Document, DocumentError, LoadError, decode, make_document,
                            read_catalog)
from helpers.htmlpage import PageError, decode_page, extract_page
from helpers.metadata import iso_date, text_value
from helpers.records import Part, plan_csv, plan_jsonl, plan_parquet, read_part

__all__ = ["Columns", "Record", "Part", "source_kind", "iter_records", "load_record",
           "iter_documents", "plan_parts", "count_hint", "PAGE_SUFFIXES", "RECORD_SUFFIXES"]

PAGE_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt",) + PAGE_SUFFIXES
RECORD_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}


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


def source_kind(source: str | Path) -> str:
    """Tell what kind of corpus a path is.

    Args:
        source: a folder or a file.

    Returns:
        ``folder``, ``txt``, ``html``, ``jsonl``, ``csv``, ``parquet``, or
        ``missing`` / ``unknown``.
    """
    path = Path(source)
    if path.is_dir():
        return "folder"
    if not path.exists():
        return "missing"
    suffix = path.suffix.lower()
    if suffix in PAGE_SUFFIXES:
        return "html"
    return {".txt": "txt", **RECORD_SUFFIXES}.get(suffix, "unknown")


def _folder_files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.suffix.lower() in TEXT_SUFFIXES and p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def _iter_folder(part: Part) -> Iterator[Record | LoadError]:
    folder = Path(part.source)
    catalog, errors = {}, []
    if (folder / "catalog.csv").exists():
        catalog, errors = read_catalog(folder / "catalog.csv")
    files = list(part.files) or _folder_files(folder)
    if part.index == 0:
        yield from errors
        every = _folder_files(folder) if part.files else files
        for name in sorted(set(catalog) - set(every)):
            yield LoadError(name, "listed in catalog.csv but the file is missing")
        if not every:
            yield LoadError(str(folder), "no .txt or .html files in the folder")
    for name in files:
        try:
            data = (folder / name).read_bytes()
        except OSError as exc:
            yield LoadError(name, f"unreadable ({exc.__class__.__name__}: {exc})")
            continue
        kind = "html" if name.lower().endswith(PAGE_SUFFIXES) else "txt"
        yield Record(kind, name, name, data, dict(catalog.get(name) or {}))


def _record_row(fields_: dict, columns: Columns) -> dict:
    row = {f.name: columns.pick(fields_, f.name) for f in fields(Columns) if f.name != "text"}
    row["published"] = iso_date(row["published"]) if row["published"] else ""
    return row


def _iter_record_file(part: Part, columns: Columns) -> Iterator[Record | LoadError]:
    name = Path(part.source).name
    unit = "record" if part.kind == "parquet" else "line"
    stem = Path(part.source).stem
    for raw in read_part(part):
        where = f"{name} {unit} {raw.number}"
        if raw.problem:
            yield LoadError(where, raw.problem)
            continue
        text = next((v for v in (raw.fields.get(c) for c in columns.text)
                     if isinstance(v, str) and v.strip()), "")
        if not text:
            yield LoadError(where, f"no text (looked for column {' / '.join(columns.text)})")
            continue
        row = _record_row(raw.fields, columns)
        row["doc_id"] = row["doc_id"] or f"{stem}-{raw.number:08d}"
        yield Record("text", f"{name}:{raw.number}", where, text, row)


def iter_records(source: str | Path | Part, *, columns: Columns | None = None
                 ) -> Iterator[Record | LoadError]:
    """Read a corpus (or one part of it) as records, lazily, in input order.

    Args:
        source: a corpus path (folder or file) or a :class:`Part` of one.
        columns: column names for record files (default :class:`Columns`).

    Yields:
        :class:`Record` objects and a :class:`LoadError` per problem.
    """
    part = source if isinstance(source, Part) else Part(str(source), source_kind(source))
    columns = columns or Columns()
    if part.kind == "missing":
        yield LoadError(part.source, "no such file or folder")
    elif part.kind == "unknown":
        yield LoadError(part.source, "unknown corpus format (expected a folder, .txt, .html, "
                                     ".jsonl, .ndjson, .csv or .parquet)")
    elif part.kind == "folder":
        yield from _iter_folder(part)
    elif part.kind in ("txt", "html"):
        path = Path(part.source)
        yield Record(part.kind, path.name, path.name, path.read_bytes(), {})
    else:
        yield from _iter_record_file(part, columns)


def load_record(record: Record) -> list[Document | LoadError]:
    """Turn one record into a document (decoding, page extraction, inference).

    Args:
        record: a :class:`Record` from :func:`iter_records`.

    Returns:
        The problems found (each a :class:`LoadError`), then the document
        unless the record is unusable.
    """
    row, encoding = dict(record.row), ""
    row["doc_id"] = record.doc_id
    try:
        if record.kind == "txt":
            text, encoding = decode(record.data)
        elif record.kind == "html":
            html, encoding = decode_page(record.data)
            text, page = extract_page(html)
            row.update({k: v for k, v in page.items() if v and not row.get(k)})
            row["published"] = iso_date(row.get("published", ""))
        else:
            text, encoding = record.data, "utf-8"
        doc = make_document(text, file=record.file, row=row, encoding=encoding)
    except (DocumentError, PageError, UnicodeDecodeError) as exc:
        return [LoadError(record.where, str(exc))]
    return [LoadError(record.where, p) for p in doc.extra.get("problems", [])] + [doc]


def iter_documents(source: str | Path | Part, *, columns: Columns | None = None
                   ) -> Iterator[Document | LoadError]:
    """Read a corpus lazily as documents (single process).

    Args:
        source: a corpus path or a :class:`Part`.
        columns: column names for record files.

    Yields:
        :class:`Document` objects in input order and a :class:`LoadError`
        for each problem.
    """
    for item in iter_records(source, columns=columns):
        yield from ([item] if isinstance(item, LoadError) else load_record(item))


def plan_parts(source: str | Path, *, part_bytes: int = 64 << 20, part_files: int = 2000
               ) -> list[Part]:
    """Split a corpus into parts that can be read independently (for Dask).

    Args:
        source: a corpus path.
        part_bytes: target size of a part of a record file.
        part_files: files per part of a folder.

    Returns:
        The parts in input order (a single part for a small corpus).
    """
    kind, path = source_kind(source), Path(source)
    if kind == "folder":
        files = _folder_files(path)
        return [Part(str(path), kind, index=i, files=tuple(files[s:s + part_files]))
                for i, s in enumerate(range(0, len(files), part_files))] or [Part(str(path), kind)]
    planners = {"jsonl": plan_jsonl, "csv": plan_csv, "parquet": plan_parquet}
    if kind in planners:
        return planners[kind](path, part_bytes=part_bytes)
    return [Part(str(path), kind)]


def count_hint(source: str | Path) -> int | None:
    """How many documents a corpus holds, when that is cheap to know.

    Args:
        source: a corpus path.

    Returns:
        The number of files (folder) or rows (Parquet), else ``None``.
    """
    kind = source_kind(source)
    if kind == "folder":
        return len(_folder_files(Path(source)))
    if kind == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(source).metadata.num_rows
    return 1 if kind in ("txt", "html") else None
