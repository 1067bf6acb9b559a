"""Loading a corpus: a folder of ``.txt`` files plus an optional ``catalog.csv``.

Each file is decoded (UTF-8 with or without BOM, UTF-16 with BOM, UTF-16
without BOM when its NUL pattern shows it, Windows-1256), the encoding is
recorded, and the catalog row (if any) supplies metadata.  What the catalog
does not say is inferred from the text where possible (language from the
script, title from the first line of the clean view, URL from the text,
outlet from the URL's domain or the dateline's agency) and the inferred
fields are listed in ``Document.inferred``.

Problems never stop the load: each one becomes a :class:`LoadError` (one
line: the file and the problem) and the other documents still load.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from helpers.io.corpus_encoding import DocumentError, decode, is_blank
from helpers.io.pubdate import PublishedDate, parse_published, published_columns
from helpers.text.clean import clean
from helpers.text.lexicon_tools import read_tsv
from helpers.text.segment import detect_language, document_language, paragraphs, sentences

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made
    import pandas as pd

__all__ = ["Document", "LoadError", "CATALOG_COLUMNS", "DOCUMENT_COLUMNS",
           "DOCUMENT_TABLE_COLUMNS", "decode", "make_document", "documents_table",
           "document_row", "is_blank"]

CATALOG_COLUMNS = ("doc_id", "file", "title", "outlet", "url", "language", "published",
                   "genre", "notes")
DOCUMENT_COLUMNS = ("doc_id", "file", "title", "outlet", "url", "language", "published",
                    "genre", "n_chars", "n_sentences", "encoding")
DOCUMENT_TABLE_COLUMNS = [*DOCUMENT_COLUMNS, "notes", "inferred", "dateline_place", "dateline_agency",
                          "encoding_confidence", "published_precision", "published_calendar",
                          "published_written"]
_HTTP_URL = re.compile(r"https?://[^\s<>\"'«»]+")
_DOMAIN = re.compile(r"https?://(?:www\.)?([^/\s:]+)", re.IGNORECASE)
_PARTICULARS = re.compile(r"\s*\([^)]*\)|'[^']*'|\"[^\"]*\"")
_NUMBER = re.compile(r"\d+")


@dataclass
class Document:
    """One document: its raw text exactly as decoded, and its metadata.

    ``published`` is a ``datetime.date`` or ``None`` (None too when the date
    is known only to the month or year, so that relative dates stay
    unresolved); ``publication`` is the date as read, at its precision and
    with its calendar (:class:`~helpers.io.pubdate.PublishedDate`);
    ``inferred`` names the metadata fields that were inferred from the text,
    not given.
    """

    doc_id: str
    file: str
    raw: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    language: str = ""
    published: dt.date | None = None
    genre: str = ""
    notes: str = ""
    encoding: str = ""
    inferred: set[str] = field(default_factory=set)
    extra: dict = field(default_factory=dict)
    publication: PublishedDate | None = None
    #: The :func:`helpers.text.clean.clean` view made while loading, kept for the
    #: pipeline (not part of equality or of the repr; rebuilt when None).
    cleaned: object = field(default=None, repr=False, compare=False)

    def clean_view(self, *, norm=None):
        """The document's :class:`~helpers.text.clean.Cleaned` view (computed once).

        Args:
            norm: ``normalise(raw)`` when already made (reused by cleaning).

        Returns:
            The clean view of ``raw``.
        """
        if self.cleaned is None or self.cleaned.raw is not self.raw:
            self.cleaned = clean(self.raw, norm=norm)
        return self.cleaned


@dataclass(frozen=True)
class LoadError:
    """A problem with one input: ``str(error)`` is the one-line message.

    ``level`` is ``error`` (the input, or part of it, was not used: the exit
    code is 1), ``warning`` (used, but repaired or guessed) or ``note``
    (for information, e.g. the detected CSV delimiter).
    """

    file: str
    problem: str
    level: str = "error"
    #: ``(path, reason)`` of each file a folder or zip holds but does not read
    #: (listed in ``run.json``'s ``skipped``).
    skipped: tuple = ()

    def __str__(self) -> str:
        return f"{self.file}: {self.problem}"

    @property
    def reason(self) -> str:
        """The kind of problem without its particulars (for counts by reason)."""
        text = _PARTICULARS.sub("", self.problem.split(";")[0])
        return " ".join(_NUMBER.sub("N", text).split()) or "error"




@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    return {row["domain"]: row["outlet"] for row in read_tsv("io/outlets.tsv", ("domain", "outlet"))}


def _outlet_from_url(url: str) -> str:
    match = _DOMAIN.match(url)
    if not match:
        return ""
    host = match.group(1).lower()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = _outlets().get(".".join(parts[i:]))
        if name:
            return name
    return host


def make_document(raw: str, *, file: str, row: dict | None = None, encoding: str = "",
                  infer: bool = True) -> Document:
    """Build a :class:`Document` from text and an optional catalog row.

    Args:
        raw: the decoded text (kept exactly).
        file: the file name (relative to the corpus folder).
        row: the catalog row (columns of :data:`CATALOG_COLUMNS`), if any.
        encoding: the encoding the text was decoded from.
        infer: infer missing metadata now (default).  ``False`` leaves it to
            the pipeline, which infers it fully (with cleaning) for the
            documents it analyses and cheaply for the others
            (:func:`infer_metadata`).

    Returns:
        The document, with missing metadata inferred and marked (or
        ``extra["deferred"]`` set when ``infer`` is False).

    A catalog date that is not a date leaves ``published`` empty and is
    listed in ``extra["problems"]``; a Hijri calendar inferred from the year,
    or a date after the run's day, is listed in ``extra["warnings"]``.
    """
    row = dict(row or {})
    if is_blank(raw):
        raise DocumentError("empty text (only whitespace or invisible characters)")
    doc = Document(doc_id=row.get("doc_id") or Path(file).stem, file=file, raw=raw,
                   encoding=encoding)
    for key in ("title", "outlet", "url", "language", "genre", "notes"):
        setattr(doc, key, row.get(key, ""))
    try:
        doc.publication, warnings = parse_published(row.get("published", ""))
        doc.published = doc.publication.day if doc.publication else None
        if warnings:
            doc.extra["warnings"] = warnings
    except ValueError as exc:
        doc.extra.setdefault("problems", []).append(f"{exc}; published left empty")
    if infer:
        infer_metadata(doc)
    else:
        doc.extra["deferred"] = True
    return doc


#: How much of the text the quick inference reads to tell the language by its script.
_QUICK_LANGUAGE_CHARS = 300


def infer_metadata(doc: Document, *, quick: bool = False, language: str | None = None) -> None:
    """Fill a document's missing metadata from its text, marking what was inferred.

    The full inference cleans the text first (title from the clean text's
    first line, URL from the source line, outlet from the URL or the
    dateline's agency, language per paragraph outside boilerplate) and keeps
    the clean view for the pipeline.  The quick one, for documents that will
    not be analysed, reads the raw text only: language by the script of its
    first 300 characters, the first non-empty line as title, the last URL
    and its outlet.

    Args:
        doc: the document (changed in place; ``extra["deferred"]`` removed).
        quick: skip cleaning.
        language: with ``quick``, the language of the text's first 300 characters when
            the caller knows it (``detect_language`` of them, e.g. told for a whole batch).
    """
    doc.extra.pop("deferred", None)
    raw = doc.raw
    cleaned = None if quick else doc.clean_view()
    if cleaned is not None:
        doc.extra.update(cleaned.metadata)
    meta = cleaned.metadata if cleaned is not None else {}
    if not doc.language:
        doc.language = ((language or detect_language(raw[:_QUICK_LANGUAGE_CHARS])) if quick else
                        document_language(paragraphs(raw, exclude=cleaned.removed_spans())))
        doc.inferred.add("language")
    if not doc.title:
        text = raw.strip().split("\n", 1)[0] if quick else cleaned.title_line()
        doc.title = text.strip()[:200]
        doc.inferred.add("title")
    if not doc.url:
        urls = _HTTP_URL.findall(raw)
        if urls:
            doc.url = meta.get("source_url", urls[-1]).split()[0]
            doc.inferred.add("url")
    if not doc.outlet:
        doc.outlet = _outlet_from_url(doc.url) or meta.get("dateline_agency", "")
        if doc.outlet:
            doc.inferred.add("outlet")


def documents_table(documents) -> pd.DataFrame:
    """Build the documents table for a list of documents.

    Args:
        documents: :class:`Document` objects.

    Returns:
        DataFrame with :data:`DOCUMENT_COLUMNS` and extra metadata columns.
    """
    import pandas as pd

    return pd.DataFrame([document_row(doc) for doc in documents], columns=DOCUMENT_TABLE_COLUMNS)


#: :func:`document_row` without ``n_sentences``: the sentences are counted.
COUNT_SENTENCES = object()


def document_row(doc: Document, *, n_sentences=COUNT_SENTENCES) -> dict:
    """One document's row of the documents table (see :mod:`helpers.io.rows`).

    Args:
        doc: a :class:`Document`.
        n_sentences: its number of sentences when known (None: not counted, the
            document was not analysed); by default they are counted here.

    Returns:
        A dict with the keys of :data:`DOCUMENT_TABLE_COLUMNS`.
    """
    if n_sentences is COUNT_SENTENCES:
        n_sentences = len(sentences(doc.raw))
    return {
        "doc_id": doc.doc_id, "file": doc.file, "title": doc.title, "outlet": doc.outlet,
        "url": doc.url, "language": doc.language, **published_columns(doc.publication, doc.published),
        "genre": doc.genre, "n_chars": len(doc.raw),
        "n_sentences": n_sentences,
        "encoding": doc.encoding, "encoding_confidence": doc.extra.get("encoding_confidence"),
        "notes": doc.notes,
        "inferred": ",".join(sorted(doc.inferred)),
        "dateline_place": doc.extra.get("dateline_place", ""),
        "dateline_agency": doc.extra.get("dateline_agency", ""),
    }
