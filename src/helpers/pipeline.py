"""The per-document pipeline: one pure function from a document to its tables.

``analyze_document(doc)`` runs every stage in order (clean → segment →
mentions → events → quotes → stances → claims) and returns the tables of
DESIGN.md as pandas DataFrames.  Rows that fall inside boilerplate found by
cleaning (mastheads, repeated lines, the trailing source URL, the dateline)
are dropped, so a masthead's names are not counted as mentions.
"""

from __future__ import annotations

import time
from contextlib import contextmanager

import numpy as np
import pandas as pd

from helpers.clean import clean, report_frame
from helpers.corpus import Document, documents_table
from helpers.segment import sentences as split_sentences

__all__ = ["TABLES", "TABLE_COLUMNS", "TABLE_EXTRAS", "STAGES", "analyze_document", "analyze_corpus",
           "empty_table"]

TABLE_COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "file", "title", "outlet", "url", "language", "published", "genre",
                  "n_chars", "n_sentences", "encoding"],
    "sentences": ["doc_id", "sent_id", "start", "end", "language", "text"],
    "mentions": ["doc_id", "start", "end", "surface", "entity_id", "kind", "name_en", "name_ar"],
    "events": ["doc_id", "start", "end", "surface", "value", "precision", "modifier", "anchored",
               "sentence"],
    "quotes": ["doc_id", "start", "end", "speaker", "actor", "verb", "content"],
    "stances": ["doc_id", "actor", "speaker", "stance", "evidence", "start", "end"],
    "claims": ["doc_id", "start", "end", "surface", "value", "attributed_to"],
    "cleaning": ["doc_id", "start", "end", "reason", "action", "text"],
}
TABLES = tuple(TABLE_COLUMNS)
#: Extra columns written after the contract columns (``int``, ``float``,
#: ``bool`` or ``str``); see :mod:`helpers.writers`.  Extra columns an extractor returns
#: that are not listed here stay in memory but are not written.
TABLE_EXTRAS: dict[str, dict[str, str]] = {
    "documents": {"notes": "str", "inferred": "str", "dateline_place": "str",
                  "dateline_agency": "str"},
    "sentences": {"paragraph": "int", "zone": "str"},
    "mentions": {"variant": "str", "form": "str", "family": "str", "lang": "str",
                 "clitic": "str"},
    "events": {"kind": "str", "note": "str", "sent_start": "int", "sent_end": "int"},
    "quotes": {"speaker_entity_id": "str", "actor_entity_id": "str", "mode": "str",
               "content_start": "int", "content_end": "int", "verb_start": "int",
               "verb_end": "int", "cue": "str", "verb_type": "str", "speaker_start": "int",
               "speaker_end": "int"},
    "stances": {"actor_entity_id": "str", "cue": "str", "cue_start": "int", "cue_end": "int",
                "label_source": "str", "negated": "bool", "target": "str", "category": "str",
                "strength": "float"},
    "claims": {"low": "float", "high": "float", "unit": "str", "qualifier": "str",
               "sentence_start": "int", "sentence_end": "int", "qualifier_type": "str",
               "unit_kind": "str", "attributed_speaker": "str", "attribution": "str"},
}
#: The stages :func:`analyze_document` times when asked to.
STAGES = ("clean", "segment", "mentions", "temporal", "quotes", "stance", "claims", "tables")


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the contract's columns.

    Args:
        name: a key of :data:`TABLE_COLUMNS`.

    Returns:
        An empty DataFrame.
    """
    return pd.DataFrame(columns=TABLE_COLUMNS[name])


def _numbered(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with a 0..n-1 index (not copied when it has one already)."""
    index = frame.index
    if isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1:
        return frame
    return frame.reset_index(drop=True)


def _outside(frame: pd.DataFrame, spans: list[tuple[int, int]]) -> pd.DataFrame:
    """Rows of ``frame`` whose start is not inside one of ``spans`` (linear time)."""
    if frame.empty or not spans:
        return _numbered(frame)
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    bounds = np.array(merged, dtype=np.int64)
    starts = frame["start"].to_numpy(dtype=np.int64)
    i = np.searchsorted(bounds[:, 0], starts, side="right") - 1
    inside = (i >= 0) & (starts < bounds[np.maximum(i, 0), 1])
    if not inside.any():
        return _numbered(frame)
    return frame[~inside].reset_index(drop=True)


@contextmanager
def _timed(timings: dict | None, stage: str):
    """Add the block's CPU time to ``timings[stage]`` (no-op when None)."""
    if timings is None:
        yield
        return
    began = time.process_time()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.process_time() - began


def _sentence_table(doc: Document, sents, captions) -> pd.DataFrame:
    def in_caption(start: int) -> bool:
        return any(a <= start < b for a, b in captions)

    columns = {"doc_id": [doc.doc_id] * len(sents), "sent_id": list(range(len(sents))),
               "start": [s.start for s in sents], "end": [s.end for s in sents],
               "language": [s.language for s in sents], "text": [s.text for s in sents],
               "paragraph": [s.paragraph for s in sents],
               "zone": ["caption" if captions and in_caption(s.start) else "body" for s in sents]}
    return pd.DataFrame(columns)


def analyze_document(doc: Document, *, timings: dict | None = None) -> dict[str, pd.DataFrame]:
    """Run every stage on one document.

    Args:
        doc: a loaded :class:`~helpers.corpus.Document`.
        timings: if given, the CPU seconds spent in each stage of
            :data:`STAGES` are added to it (for benchmarks).

    Returns:
        ``{table name: DataFrame}`` for every name in :data:`TABLES`; each
        table's first columns are those of :data:`TABLE_COLUMNS`.
    """
    from helpers.claims import find_claims
    from helpers.mentions import find_mentions
    from helpers.quotes import find_quotes
    from helpers.stance import find_stances
    from helpers.temporal import extract_events

    raw, doc_id = doc.raw, doc.doc_id
    with _timed(timings, "clean"):
        cleaned = clean(raw)
        boilerplate = cleaned.removed_spans()
    with _timed(timings, "segment"):
        sents = split_sentences(raw, exclude=boilerplate)
    doc.extra["n_sentences"] = len(sents)
    with _timed(timings, "mentions"):
        mentions = _outside(find_mentions(raw, doc_id=doc_id), boilerplate)
    with _timed(timings, "temporal"):
        events = _outside(extract_events(raw, doc_id=doc_id, published=doc.published,
                                         sentences=sents), boilerplate)
    with _timed(timings, "quotes"):
        quotes = _outside(find_quotes(raw, doc_id=doc_id, sentences=sents, mentions=mentions),
                          boilerplate)
    with _timed(timings, "stance"):
        stances = _outside(find_stances(raw, doc_id=doc_id, sentences=sents, mentions=mentions,
                                        quotes=quotes, genre=doc.genre, outlet=doc.outlet),
                           boilerplate)
    with _timed(timings, "claims"):
        claims = _outside(find_claims(raw, doc_id=doc_id, sentences=sents, mentions=mentions,
                                      quotes=quotes), boilerplate)
    with _timed(timings, "tables"):
        return {
            "documents": documents_table([doc]),
            "sentences": _sentence_table(doc, sents, cleaned.flagged_spans("caption")),
            "mentions": mentions,
            "events": events,
            "quotes": quotes,
            "stances": stances,
            "claims": claims,
            "cleaning": report_frame(cleaned, doc_id=doc_id),
        }


def analyze_corpus(documents) -> dict[str, pd.DataFrame]:
    """Run :func:`analyze_document` on every document and stack the tables.

    For notebooks and small corpora held in memory; the command line and
    :mod:`helpers.scale` stream larger ones.

    Args:
        documents: a :class:`~helpers.corpus.Corpus` or any iterable of
            documents.

    Returns:
        ``{table name: DataFrame}`` with every document's rows, sorted by
        ``doc_id`` and position.
    """
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
    for doc in sorted(documents, key=lambda d: d.doc_id):
        for name, frame in analyze_document(doc).items():
            if not frame.empty:
                parts[name].append(frame)
    return {name: pd.concat(frames, ignore_index=True) if frames else empty_table(name)
            for name, frames in parts.items()}
