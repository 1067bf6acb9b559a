"""The per-document pipeline: one pure function from a document to its tables.

``analyze_document(doc)`` runs every stage in order (clean → segment →
mentions → events → quotes → stances → claims) and returns the tables of
the table contract (:mod:`helpers.io.tables`) as pandas DataFrames; ``analyze_rows(doc)`` returns the same
tables as lists of row dicts, which :mod:`helpers.engine.scale` turns into one
DataFrame per table and batch (see :mod:`helpers.io.rows`).  Rows that fall inside boilerplate found by
cleaning (mastheads, repeated lines, the trailing source URL, the dateline)
are dropped, so a masthead's names are not counted as mentions.
"""

from __future__ import annotations

import time
from contextlib import contextmanager, nullcontext
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING

from helpers.engine.off_topic import copy_document, off_topic_row
from helpers.extract.mentions.rows import mention_rows
from helpers.io.corpus import Document, document_row, infer_metadata
from helpers.io.rows import frame, outside
from helpers.io.tables import TABLE_COLUMNS, TABLE_EXTRAS, TABLES
from helpers.relevance.classify import (
    could_be_relevant,
    document_relevance,
    in_scope,
    sentence_scores,
    topic_hits,
)
from helpers.relevance.topics import load_profile
from helpers.text.clean import clean, report_rows
from helpers.text.segment import sentences as split_sentences
from helpers.text.view import DocumentView

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, not to import this module
    import pandas as pd

__all__ = ["TABLES", "TABLE_COLUMNS", "TABLE_EXTRAS", "STAGES", "analyze_rows", "analyze_document",
           "analyze_corpus", "corpus_stances", "tables_of", "empty_table"]

#: The stages :func:`analyze_document` times when asked to.
STAGES = ("normalise", "relevance", "clean", "segment", "mentions", "temporal", "quotes", "stance",
          "claims", "tables")


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the contract's columns.

    Args:
        name: a key of :data:`TABLE_COLUMNS`.

    Returns:
        An empty DataFrame.
    """
    import pandas as pd

    return pd.DataFrame(columns=TABLE_COLUMNS[name])


@contextmanager
def _timer(timings: dict, stage: str):
    began = time.process_time()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.process_time() - began


_UNTIMED = nullcontext()


def _timed(timings: dict | None, stage: str):
    """Add the block's CPU time to ``timings[stage]`` (a shared no-op context when None)."""
    return _UNTIMED if timings is None else _timer(timings, stage)


def _clean_view(doc: Document, norm):
    """The document's clean view: the one made while loading (if any), else made here (not stored on ``doc``)."""
    if doc.extra.get("deferred"):
        return doc.clean_view(norm=norm)  # kept on the copy for the metadata inference
    if doc.cleaned is not None and doc.cleaned.raw is doc.raw:
        return doc.cleaned
    return clean(doc.raw, norm=norm)


def _sentence_rows(doc: Document, sents, captions, scores) -> list[dict]:
    def in_caption(start: int) -> bool:
        return any(a <= start < b for a, b in captions)

    return [{"doc_id": doc.doc_id, "sent_id": i, "start": s.start, "end": s.end,
             "language": s.language, "text": s.text, "paragraph": s.paragraph,
             "zone": "caption" if captions and in_caption(s.start) else "body",
             "topical": score > 0, "topic_score": score}
            for i, (s, score) in enumerate(zip(sents, scores))]


_copy = copy_document


@cache
def _deep_stages() -> SimpleNamespace:
    """The stages after relevance (events, quotes, stances, claims), imported on first use.

    A process that meets no document in scope (the forkserver's warm-up, a worker of a
    general archive) does not import them (about 45 ms).
    """
    from helpers.extract.claims.rows import claim_rows
    from helpers.extract.quotes.rows import quote_rows
    from helpers.extract.stance.rows import stance_rows
    from helpers.extract.temporal.rows import event_rows_with_note

    return SimpleNamespace(claim_rows=claim_rows, quote_rows=quote_rows, stance_rows=stance_rows,
                           event_rows_with_note=event_rows_with_note)


#: The stages each table needs (besides cleaning and segmenting, always run).
_NEEDS: dict[str, frozenset[str]] = {
    "documents": frozenset(), "sentences": frozenset(), "cleaning": frozenset(),
    "mentions": frozenset({"mentions"}), "events": frozenset({"temporal"}),
    "quotes": frozenset({"mentions", "quotes"}),
    "stances": frozenset({"mentions", "quotes", "stance"}),
    "claims": frozenset({"mentions", "quotes", "claims"}),
}


def analyze_rows(doc: Document, *, tables=TABLES, timings: dict | None = None,
                 scope: str = "topical", topic=None, candidate: bool | None = None
                 ) -> dict[str, list[dict]]:
    """Run the stages on one document, keeping the tables as row dicts.

    The form :mod:`helpers.engine.scale` uses: it builds each table's DataFrame once
    per batch (see :mod:`helpers.io.rows`).  Only the stages the asked tables
    need are run: ``tables=("mentions", "events")`` skips quotes, stances and
    figures.  Relevance to the topic profile is decided first
    (:mod:`helpers.relevance.classify`); a document outside ``scope`` gets its
    documents row (with its relevance) and its cleaning rows — when the
    prefilter rules it out, not even its sentences are counted
    (``n_sentences`` is empty).

    Args:
        doc: a loaded :class:`~helpers.io.corpus.Document`.
        tables: the table names wanted (default: every table).
        timings: if given, the CPU seconds spent in each stage of
            :data:`STAGES` are added to it (for benchmarks).
        scope: ``topical`` (default), ``passing`` or ``all``: which documents
            are analysed beyond their documents row.
        topic: a :class:`~helpers.relevance.topics.TopicProfile`, a packaged profile's
            name or a TOML path (default: xinjiang).
        candidate: the prefilter's answer for ``doc.raw`` when it is known already
            (:func:`~helpers.relevance.classify.could_be_relevant_batch`, for a batch); read
            with scope ``topical`` or ``passing`` only.

    Returns:
        ``{table name: [row dict, …]}`` for every name in ``tables``.
    """
    unknown = [name for name in tables if name not in _NEEDS]
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(unknown)}; known: {', '.join(TABLES)}")
    profile = load_profile(topic)
    analyse_all = in_scope("none", scope)  # (and the scope is valid)
    raw, doc_id = doc.raw, doc.doc_id
    found: dict[str, list[dict]] = {name: [] for name in tables}
    if not analyse_all:  # the prefilter on the normalised text alone (no offset map, no view)
        if candidate is None:
            with _timed(timings, "relevance"):
                candidate = could_be_relevant(raw, profile)
        if not candidate:
            with _timed(timings, "tables"):  # not analysed: the sentences are not counted
                found["documents"] = [off_topic_row(doc)]
            return {name: found[name] for name in tables}
    if doc.extra.get("deferred"):  # its metadata is inferred below: on a copy, not the caller's
        doc = _copy(doc)
    needs = frozenset().union(*(_NEEDS[name] for name in tables))
    view = DocumentView(raw, doc_id=doc_id)  # what every stage reads, each part made once
    with _timed(timings, "normalise"):
        norm = view.norm
    if analyse_all:
        with _timed(timings, "relevance"):
            candidate = could_be_relevant(raw, profile, view=view)
    with _timed(timings, "clean"):
        cleaned = view.cleaned = _clean_view(doc, norm)
        if doc.extra.get("deferred"):
            infer_metadata(doc)
            doc.cleaned = None  # the copy's: used once, not kept alive with the document
        boilerplate = view.boilerplate = cleaned.removed_spans()
    with _timed(timings, "segment"):
        sents = view.sentences = split_sentences(raw, exclude=boilerplate)
    with _timed(timings, "mentions"):
        found["mentions"] = view.mentions = outside(mention_rows(raw, doc_id=doc_id, view=view),
                                                    boilerplate)
    with _timed(timings, "relevance"):
        hits = outside(topic_hits(raw, mentions=view.mentions, profile=profile, view=view),
                       boilerplate) if candidate else []
        scores = sentence_scores(sents, hits, profile)
        view.topical = [score > 0 for score in scores]
        relevance = document_relevance(sents, hits, profile)
        view.relevance = relevance["relevance"]
    with _timed(timings, "tables"):
        found["documents"] = [{**document_row(doc, n_sentences=len(sents)), **relevance,
                               "date_note": ""}]
    if not in_scope(relevance["relevance"], scope):
        found["mentions"] = []
        found["cleaning"] = report_rows(cleaned, doc_id=doc_id)  # what cleaning took out, and why
        return {name: found[name] for name in tables}
    deep = _deep_stages()
    if "temporal" in needs:
        with _timed(timings, "temporal"):
            events, note = deep.event_rows_with_note(raw, doc_id=doc_id, published=doc.published,
                                                sentences=sents, view=view)
            found["events"] = outside(events, boilerplate)
            found["documents"][0]["date_note"] = note
    if "quotes" in needs:
        with _timed(timings, "quotes"):
            found["quotes"] = view.quotes = outside(deep.quote_rows(raw, doc_id=doc_id, view=view),
                                                    boilerplate)
    if "stance" in needs:
        with _timed(timings, "stance"):
            found["stances"] = outside(deep.stance_rows(raw, doc_id=doc_id, genre=doc.genre,
                                                   outlet=doc.outlet, profile=profile, view=view),
                                       boilerplate)
    if "claims" in needs:
        with _timed(timings, "claims"):
            found["claims"] = outside(deep.claim_rows(raw, doc_id=doc_id, view=view, profile=profile),
                                      boilerplate)
    with _timed(timings, "tables"):
        if "sentences" in tables:
            found["sentences"] = _sentence_rows(doc, sents, cleaned.flagged_spans("caption"),
                                                scores)
        found["cleaning"] = report_rows(cleaned, doc_id=doc_id)
    return {name: found[name] for name in tables}


def _columns(name: str) -> list[str]:
    """Every column a table's rows carry: the contract's, then its extras."""
    return TABLE_COLUMNS[name] + [c for c in TABLE_EXTRAS.get(name, {})
                                  if c not in TABLE_COLUMNS[name]]


def tables_of(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """Turn :func:`analyze_rows` output (one document's or many) into DataFrames.

    Args:
        rows: ``{table name: [row dict, …]}``.

    Returns:
        ``{table name: DataFrame}`` with the contract's columns first, then the extras.
    """
    return {name: frame(table, _columns(name)) for name, table in rows.items()}


def analyze_document(doc: Document, *, timings: dict | None = None, scope: str = "topical",
                     topic=None) -> dict[str, pd.DataFrame]:
    """Run every stage on one document.

    Args:
        doc: a loaded :class:`~helpers.io.corpus.Document`.
        timings: if given, the CPU seconds spent in each stage of
            :data:`STAGES` are added to it (for benchmarks).
        scope: topical | passing | all (see :func:`analyze_rows`).
        topic: the topic profile or its name (default: xinjiang).

    Returns:
        ``{table name: DataFrame}`` for every name in :data:`TABLES`; each
        table's first columns are those of :data:`TABLE_COLUMNS`.
    """
    rows = analyze_rows(doc, timings=timings, scope=scope, topic=topic)
    with _timed(timings, "tables"):
        return tables_of(rows)


#: The tables of :func:`corpus_stances`.
STANCE_TABLES = ("stances", "mentions", "quotes")


def corpus_stances(documents, *, topic=None) -> dict[str, pd.DataFrame]:
    """Mentions, quotes and stances of every document, by :func:`analyze_rows` (the one pipeline).

    Every document is analysed (scope ``all``) and only the stages these tables need are run;
    mastheads, datelines and source URLs found by cleaning are left out, as by the command line.

    Args:
        documents: :class:`~helpers.io.corpus.Document` objects (a Corpus), in the order wanted.
        topic: the topic profile or its name (default: xinjiang).

    Returns:
        ``{"stances": df, "mentions": df, "quotes": df}`` for all documents, in their order.
    """
    rows: dict[str, list[dict]] = {name: [] for name in STANCE_TABLES}
    for doc in documents:
        for name, found in analyze_rows(doc, tables=STANCE_TABLES, scope="all", topic=topic).items():
            rows[name].extend(found)
    return tables_of(rows)


def analyze_corpus(documents, *, scope: str = "topical", topic=None) -> dict[str, pd.DataFrame]:
    """Run :func:`analyze_document` on every document and stack the tables.

    For notebooks and small corpora held in memory; the command line and
    :mod:`helpers.engine.scale` stream larger ones.

    Args:
        documents: a :class:`~helpers.io.corpus_loader.Corpus` or any iterable of
            documents.
        scope: topical (default) | passing | all: which documents are
            analysed beyond their documents row.
        topic: the topic profile or its name (default: xinjiang).

    Returns:
        ``{table name: DataFrame}`` with every document's rows, sorted by
        ``doc_id`` and position.
    """
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for doc in sorted(documents, key=lambda d: d.doc_id):
        for name, found in analyze_rows(doc, scope=scope, topic=topic).items():
            rows[name].extend(found)
    return tables_of(rows)
