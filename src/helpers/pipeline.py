"""The per-document pipeline: one pure function from a document to its tables.

``analyze_document(doc)`` runs every stage in order (clean → segment →
mentions → events → quotes → stances → claims) and returns the tables of
DESIGN.md as pandas DataFrames.  Rows that fall inside boilerplate found by
cleaning (mastheads, repeated lines, the trailing source URL, the dateline)
are dropped, so a masthead's names are not counted as mentions.
"""

from __future__ import annotations

import pandas as pd

from helpers.clean import clean, report_frame
from helpers.corpus import Document, documents_table
from helpers.segment import sentences as split_sentences

__all__ = ["TABLES", "TABLE_COLUMNS", "analyze_document", "empty_table"]

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


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the contract's columns.

    Args:
        name: a key of :data:`TABLE_COLUMNS`.

    Returns:
        An empty DataFrame.
    """
    return pd.DataFrame(columns=TABLE_COLUMNS[name])


def _outside(frame: pd.DataFrame, spans: list[tuple[int, int]]) -> pd.DataFrame:
    """Rows of ``frame`` whose start is not inside one of ``spans``."""
    if frame.empty or not spans:
        return frame.reset_index(drop=True)
    keep = [not any(s <= start < e for s, e in spans) for start in frame["start"]]
    return frame[keep].reset_index(drop=True)


def _sentence_table(doc: Document, sents, captions) -> pd.DataFrame:
    rows = [{"doc_id": doc.doc_id, "sent_id": i, "start": s.start, "end": s.end,
             "language": s.language, "text": s.text, "paragraph": s.paragraph,
             "zone": "caption" if any(a <= s.start < b for a, b in captions) else "body"}
            for i, s in enumerate(sents)]
    return pd.DataFrame(rows, columns=TABLE_COLUMNS["sentences"] + ["paragraph", "zone"])


def analyze_document(doc: Document) -> dict[str, pd.DataFrame]:
    """Run every stage on one document.

    Args:
        doc: a loaded :class:`~helpers.corpus.Document`.

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
    cleaned = clean(raw)
    boilerplate = cleaned.removed_spans()
    sents = split_sentences(raw, exclude=boilerplate)
    doc.extra["n_sentences"] = len(sents)
    mentions = _outside(find_mentions(raw, doc_id=doc_id), boilerplate)
    events = _outside(extract_events(raw, doc_id=doc_id, published=doc.published,
                                     sentences=sents), boilerplate)
    quotes = _outside(find_quotes(raw, doc_id=doc_id, sentences=sents, mentions=mentions),
                      boilerplate)
    stances = _outside(find_stances(raw, doc_id=doc_id, sentences=sents, mentions=mentions,
                                    quotes=quotes, genre=doc.genre, outlet=doc.outlet),
                       boilerplate)
    claims = _outside(find_claims(raw, doc_id=doc_id, sentences=sents, mentions=mentions,
                                  quotes=quotes), boilerplate)
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
