"""Corpus formats: a folder of ``.txt``/``.html`` files, or one JSONL, CSV or Parquet file.

Reading is split in two steps so that the expensive one can run in worker
processes or on a cluster:

1. :func:`iter_records` (cheap, sequential): lists files or splits a record
   file into :class:`Record` objects (text or bytes + a metadata row) and
   reports unparsable records as :class:`~helpers.io.corpus.LoadError`.
2. :func:`load_record` (decoding, HTML extraction, metadata inference):
   turns one record into a :class:`~helpers.io.corpus.Document`.

:func:`iter_documents` chains both.  Sources:

- a folder: every ``*.txt``, ``*.html`` and ``*.htm`` below it (searched
  recursively, hidden folders skipped, in path order) with ``catalog.csv``
  for metadata (its ``file`` column holds paths relative to the folder);
- ``*.jsonl`` / ``*.ndjson``, ``*.csv``, ``*.parquet``: one document per
  record, text and metadata columns named by :class:`Columns`;
- a single ``.txt`` or ``.html`` file.

Every problem is one :class:`~helpers.io.corpus.LoadError` naming the file and
the line or record (``news.jsonl line 17: invalid JSON (…)``); the other
records are still read.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Iterator

from helpers.io.corpus import Document, DocumentError, LoadError, decode, make_document, read_catalog
from helpers.io.formats_folder import PAGE_SUFFIXES, walk_folder
from helpers.io.formats_records import Columns, Record, iter_record_file
from helpers.io.htmlpage import PageError, decode_page, extract_page
from helpers.io.mojibake import repair_mojibake
from helpers.io.records import (Part, ParquetError, csv_layout, open_parquet, plan_csv, plan_jsonl,
                             plan_parquet, read_part)

__all__ = ["Columns", "Record", "Part", "source_kind", "iter_records", "load_record",
           "iter_documents", "plan_parts", "count_hint", "record_columns", "walk_folder",
           "PAGE_SUFFIXES", "RECORD_SUFFIXES"]

RECORD_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
_SURROGATE = re.compile("[\ud800-\udfff]")


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
    return walk_folder(folder)[0]


def _iter_folder(part: Part) -> Iterator[Record | LoadError]:
    folder = Path(part.source)
    catalog, errors = {}, []
    if (folder / "catalog.csv").exists():
        catalog, errors = read_catalog(folder / "catalog.csv")
    files = list(part.files)
    if part.index == 0 or not files:
        every, problems = walk_folder(folder)
        files = files or every
    if part.index == 0:
        yield from problems
        yield from errors
        for name in sorted(set(catalog) - set(every)):
            yield LoadError(name, "listed in catalog.csv but the file is missing")
        if not every:
            yield LoadError(str(folder), "no .txt or .html files in the folder")
    for name in files:
        try:
            data = (folder / name).read_bytes()
        except OSError as exc:
            yield LoadError(name, f"unreadable ({exc.strerror or exc.__class__.__name__})")
            continue
        kind = "html" if name.lower().endswith(PAGE_SUFFIXES) else "txt"
        yield Record(kind, name, name, data, dict(catalog.get(name) or {}))


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
        try:
            yield Record(part.kind, path.name, path.name, path.read_bytes(), {})
        except OSError as exc:
            yield LoadError(path.name, f"unreadable ({exc.strerror or exc.__class__.__name__})")
    else:
        yield from iter_record_file(part, columns)


def record_columns(source: str | Path, *, sample: int = 200) -> list[str]:
    """The column names of a record file (CSV header, Parquet schema, keys of
    the first JSONL objects), for checking column options before a run.

    Args:
        source: a ``.jsonl``/``.csv``/``.parquet`` file.
        sample: JSONL lines to look at.

    Returns:
        The names in file order (empty when the file has none or is unreadable).
    """
    kind, path = source_kind(source), Path(source)
    if kind == "csv":
        return list(csv_layout(path)[0])
    if kind == "parquet":
        try:
            return list(open_parquet(path).schema_arrow.names)
        except ParquetError:
            return []
    names: dict[str, None] = {}
    if kind == "jsonl":
        for raw in itertools.islice(read_part(Part(str(path), "jsonl")), sample):
            names.update(dict.fromkeys(raw.fields))
    return list(names)


def load_record(record: Record, *, infer: bool = True) -> list[Document | LoadError]:
    """Turn one record into a document (decoding, page extraction, inference).

    Args:
        record: a :class:`Record` from :func:`iter_records`.
        infer: infer missing metadata now (``False``: the pipeline does it,
            see :func:`helpers.io.corpus.make_document`).

    Returns:
        The problems found (each a :class:`LoadError`), then the document
        unless the record is unusable.
    """
    row, encoding, confidence = dict(record.row), "", 1.0
    row["doc_id"] = record.doc_id
    where, notes = _repair(record.where), []
    try:
        if record.kind == "txt":
            text, encoding, confidence, notes = decode(record.data, detail=True)
        elif record.kind == "html":
            html, encoding, notes = decode_page(record.data, detail=True)
            text, page = extract_page(html)
            row.update({k: v for k, v in page.items() if v and not row.get(k)})
        else:
            text, encoding = record.data, "utf-8"
        text, mojibake = repair_mojibake(text)
        notes += [mojibake] if mojibake else []
        text, repaired = _SURROGATE.subn("\ufffd", text)
        if repaired:
            notes.append(f"{repaired} lone surrogate(s) (invalid UTF-16 escapes) replaced by U+FFFD")
        bad = [key for key, value in row.items() if isinstance(value, str)
               and _SURROGATE.search(value)] + (["file name"] if _SURROGATE.search(record.file) else [])
        if bad:
            row = {k: _repair(v) if isinstance(v, str) else v for k, v in row.items()}
            notes.append(f"not valid Unicode in {', '.join(bad)} (undecodable bytes or a lone "
                         "surrogate): replaced by U+FFFD")
        doc = make_document(text, file=_repair(record.file), row=row, encoding=encoding,
                            infer=infer)
    except (DocumentError, PageError, UnicodeError, LookupError) as exc:
        return [LoadError(where, str(exc))]
    doc.extra["encoding_confidence"] = round(confidence, 2)
    notes += doc.extra.pop("warnings", [])
    return ([LoadError(where, n, level="warning") for n in notes]
            + [LoadError(where, p) for p in doc.extra.get("problems", [])] + [doc])


def _repair(value: str) -> str:
    """A string without lone surrogates (a file name's undecodable bytes, a bad escape)."""
    if not _SURROGATE.search(value):
        return value
    try:  # a file name: os.fsdecode's escapes, back to its bytes
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeError:
        return _SURROGATE.sub("\ufffd", value)


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
        The number of files (folder), rows (Parquet) or lines (JSONL, an
        upper bound), else ``None``.
    """
    kind = source_kind(source)
    if kind == "folder":
        return len(_folder_files(Path(source)))
    if kind == "parquet":
        try:
            return open_parquet(source).metadata.num_rows
        except ParquetError:
            return None
    if kind == "jsonl":
        with open(source, "rb") as handle:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    return 1 if kind in ("txt", "html") else None
