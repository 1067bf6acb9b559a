"""Corpus formats: a folder or ``.zip`` of text files, pages, PDF and Word files, or one record file.

Reading is split in two steps so that the expensive one can run in worker
processes or on a cluster:

1. :func:`iter_records` (cheap, sequential): lists files or splits a record
   file into :class:`Record` objects (text or bytes + a metadata row) and
   reports unparsable records as :class:`~helpers.io.corpus.LoadError`.
2. :func:`load_record` (decoding, HTML, PDF and DOCX extraction, Arabic in
   visual order named and repaired, metadata inference): turns one record
   into a :class:`~helpers.io.corpus.Document`.

:func:`iter_documents` chains both.  Sources:

- a folder: every ``*.txt``, ``*.md``, ``*.html``, ``*.htm``, ``*.pdf`` and ``*.docx`` below it
  (searched recursively, hidden folders skipped, in path order; Markdown is
  read as text, raw) with ``catalog.csv`` for metadata (its ``file`` column
  holds paths relative to the folder); any other file is named in one line
  and listed in ``run.json`` (:mod:`helpers.io.formats_kinds`);
- a ``.zip`` of such files, read like the folder it was made from
  (:mod:`helpers.io.formats_zip`: nothing outside it, no zip bombs);
- ``*.jsonl`` / ``*.ndjson``, ``*.json`` (an array of objects, or an object
  holding one), ``*.csv``, ``*.tsv``, ``*.xlsx``, ``*.parquet``, and
  ``.gz`` of JSON, JSONL, CSV and TSV: one document per record, text and
  metadata columns named by :class:`Columns`;
- a single ``.txt``, ``.md``, ``.html``, ``.pdf`` or ``.docx`` file.

Every problem is one :class:`~helpers.io.corpus.LoadError` naming the file and
the line or record (``news.jsonl line 17: invalid JSON (…)``); the other
records are still read.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Iterator

from helpers.io.corpus import Document, DocumentError, LoadError, decode, make_document
from helpers.io.docx import extract_docx
from helpers.io.formats_folder import PAGE_SUFFIXES, iter_container, walk_folder
from helpers.io.formats_kinds import file_kind, read_kinds
from helpers.io.formats_records import Columns, Record, iter_record_file
from helpers.io.formats_zip import list_zip, open_zip
from helpers.io.htmlpage import PageError, decode_page, extract_page
from helpers.io.mojibake import repair_mojibake
from helpers.io.pdf import extract_pdf
from helpers.io.records import (
    ParquetError,
    Part,
    csv_layout,
    open_parquet,
    plan_csv,
    plan_jsonl,
    plan_parquet,
    read_part,
)
from helpers.io.records_base import is_gzip
from helpers.io.records_json import json_layout
from helpers.io.records_xlsx import xlsx_columns
from helpers.text.visual_order import check_visual_order

__all__ = ["Columns", "Record", "Part", "source_kind", "iter_records", "load_record",
           "iter_documents", "plan_parts", "count_hint", "record_columns", "walk_folder",
           "PAGE_SUFFIXES", "RECORD_SUFFIXES", "FORMATS", "format_problem"]

RECORD_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
                   ".tsv": "tsv", ".xlsx": "xlsx", ".parquet": "parquet"}
#: Record kinds also read from a ``.gz`` file.
_GZIP_KINDS = ("json", "jsonl", "csv", "tsv")
#: What CORPUS may be, for messages.
FORMATS = ("a folder or .zip of .txt/.md/.html/.pdf/.docx files (or one such file), or a .json, "
           ".jsonl, .ndjson, .csv, .tsv (these also .gz), .xlsx or .parquet file")
_SURROGATE = re.compile("[\ud800-\udfff]")
_OFFICE = {"pdf": extract_pdf, "docx": extract_docx}


def source_kind(source: str | Path) -> str:
    """Tell what kind of corpus a path is.

    Args:
        source: a folder or a file.

    Returns:
        ``folder``, ``zip``, a record file's kind (``json``, ``jsonl``,
        ``csv``, ``tsv``, ``xlsx``, ``parquet``; also for ``name.jsonl.gz``
        …), a single document's kind (``txt``, ``html``, ``pdf``, ``docx``), or ``missing`` /
        ``unknown``.
    """
    path = Path(source)
    if path.is_dir():
        return "folder"
    if not path.exists():
        return "missing"
    name = path.name.lower()
    if is_gzip(name):
        kind = RECORD_SUFFIXES.get(Path(name[:-3]).suffix, "")
        return kind if kind in _GZIP_KINDS else "unknown"
    suffix = Path(name).suffix
    if suffix == ".zip":
        return "zip"
    if suffix in RECORD_SUFFIXES:
        return RECORD_SUFFIXES[suffix]
    kind = file_kind(name).kind
    return kind if kind in read_kinds() else "unknown"


def format_problem(source: str | Path) -> str:
    """The one line for a CORPUS of no known format (with the reason its suffix is not read).

    Args:
        source: the path.

    Returns:
        ``unknown corpus format (…)``, naming what is expected.
    """
    kind = file_kind(Path(source).name)
    why = f"; {kind.reason}" if kind.kind == "skip" and "(" in kind.reason else ""
    return f"unknown corpus format (expected {FORMATS}){why}"


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
        yield LoadError(part.source, format_problem(part.source))
    elif part.kind in ("folder", "zip"):
        yield from iter_container(part)
    elif part.kind in RECORD_SUFFIXES.values():
        yield from iter_record_file(part, columns)
    else:
        path = Path(part.source)
        try:
            yield Record(part.kind, path.name, path.name, path.read_bytes(), {})
        except OSError as exc:
            yield LoadError(path.name, f"unreadable ({exc.strerror or exc.__class__.__name__})")


def record_columns(source: str | Path, *, sample: int = 200) -> list[str]:
    """The column names of a record file (CSV/TSV header and Excel headers, folded; Parquet
    schema; keys of the first JSON objects), for checking column options before a run.

    Args:
        source: a record file (:data:`RECORD_SUFFIXES`, or a ``.gz`` of one).
        sample: JSON records to look at.

    Returns:
        The names in file order (empty when the file has none or is unreadable).
    """
    kind, path = source_kind(source), Path(source)
    if kind in ("csv", "tsv"):
        return list(csv_layout(path, tab=kind == "tsv").header)
    if kind == "xlsx":
        return xlsx_columns(path)
    if kind == "parquet":
        try:
            return list(open_parquet(path).schema_arrow.names)
        except ParquetError:
            return []
    names: dict[str, None] = {}
    if kind in ("json", "jsonl"):
        for raw in itertools.islice(read_part(Part(str(path), kind), text_columns=Columns().text),
                                    sample):
            names.update(dict.fromkeys(raw.fields))
    return list(names)


def load_record(record: Record, *, infer: bool = True, logical: bool = False
                ) -> list[Document | LoadError]:
    """Turn one record into a document (decoding, page extraction, inference).

    Args:
        record: a :class:`Record` from :func:`iter_records`.
        infer: infer missing metadata now (``False``: the pipeline does it,
            see :func:`helpers.io.corpus.make_document`).
        logical: the caller knows that the record's text (``record.data``) is not in visual
            order (:func:`helpers.text.visual_order_batch.surely_logical`): the check is
            skipped when loading leaves the text as it is.

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
        elif record.kind in _OFFICE:
            text, found, notes = _OFFICE[record.kind](record.data)
            row.update({k: v for k, v in found.items() if v and not row.get(k)})
            encoding = record.kind
        else:
            text, encoding, confidence = record.data, record.encoding or "utf-8", record.confidence
        text, mojibake = repair_mojibake(text)
        notes += [mojibake] if mojibake else []
        if record.kind != "pdf" and not (logical and text is record.data):  # (the PDF reader
            text, visual = check_visual_order(text)  # checks its pages itself)
            notes = [*notes, *visual]
        text, repaired = _SURROGATE.subn("\ufffd", text)
        if repaired:
            notes.append(f"{repaired} lone surrogate(s) (invalid UTF-16 escapes) replaced by U+FFFD")
        bad = []
        strings = [value for value in row.values() if isinstance(value, str)]
        if _SURROGATE.search("".join([record.file, *strings])):  # one scan for the usual record
            bad = [key for key, value in row.items() if isinstance(value, str)
                   and _SURROGATE.search(value)] + (["file name"] if _SURROGATE.search(record.file)
                                                    else [])
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
        part_files: files per part of a folder or zip.

    Returns:
        The parts in input order (a single part for a small corpus; always
        one for a ``.gz``, JSON document, Excel or transcoded CSV file).
    """
    kind, path = source_kind(source), Path(source)
    if kind in ("folder", "zip"):
        files = _container_files(path, kind)
        return [Part(str(path), kind, index=i, files=tuple(files[s:s + part_files]))
                for i, s in enumerate(range(0, len(files), part_files))] or [Part(str(path), kind)]
    planners = {"jsonl": plan_jsonl, "json": plan_jsonl, "csv": plan_csv, "tsv": plan_csv,
                "parquet": plan_parquet}
    if kind in planners:
        return planners[kind](path, part_bytes=part_bytes)
    return [Part(str(path), kind)]


def _container_files(path: Path, kind: str) -> list[str]:
    if kind == "folder":
        return walk_folder(path)[0]
    try:
        with open_zip(path) as handle:
            return list(list_zip(handle, path.name).members)
    except ValueError:
        return []


def count_hint(source: str | Path) -> int | None:
    """How many documents a corpus holds, when that is cheap to know.

    Args:
        source: a corpus path.

    Returns:
        The number of files (folder, zip), rows (Parquet) or lines (JSONL,
        an upper bound; not for a ``.gz`` file or a JSON document), else ``None``.
    """
    kind, path = source_kind(source), Path(source)
    if kind in ("folder", "zip"):
        return len(_container_files(path, kind))
    if kind == "parquet":
        try:
            return open_parquet(source).metadata.num_rows
        except ParquetError:
            return None
    if kind in ("jsonl", "json") and not is_gzip(path) and json_layout(path, kind) == "lines":
        with open(source, "rb") as handle:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    return 1 if kind in read_kinds() else None
