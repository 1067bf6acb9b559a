"""The table contract: the tables the pipeline writes and their columns (the design card's data model).

:data:`TABLE_COLUMNS` are the contract columns in order, :data:`TABLE_EXTRAS`
the typed extra columns written after them; the schema, the writers and the
pipeline all read them from here.
"""

from __future__ import annotations

__all__ = ["TABLES", "TABLE_COLUMNS", "TABLE_EXTRAS"]

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
#: ``bool`` or ``str``); see :mod:`helpers.io.writers`.  Extra columns an extractor returns
#: that are not listed here stay in memory but are not written.
TABLE_EXTRAS: dict[str, dict[str, str]] = {
    "documents": {"relevance": "str", "relevance_score": "float", "relevance_evidence": "str",
                  "encoding_confidence": "float", "notes": "str", "inferred": "str",
                  "dateline_place": "str", "dateline_agency": "str", "date_note": "str",
                  "published_precision": "str", "published_calendar": "str",
                  "published_written": "str"},
    "sentences": {"paragraph": "int", "zone": "str", "topical": "bool", "topic_score": "float"},
    "mentions": {"variant": "str", "form": "str", "family": "str", "lang": "str",
                 "clitic": "str", "ambiguous": "str"},
    "events": {"kind": "str", "note": "str", "sent_start": "int", "sent_end": "int",
               "anchor": "str"},
    "quotes": {"speaker_entity_id": "str", "actor_entity_id": "str", "mode": "str",
               "content_start": "int", "content_end": "int", "verb_start": "int",
               "verb_end": "int", "cue": "str", "verb_type": "str", "speaker_start": "int",
               "speaker_end": "int"},
    "stances": {"actor_entity_id": "str", "cue": "str", "cue_start": "int", "cue_end": "int",
                "label_source": "str", "negated": "bool", "target": "str", "category": "str",
                "strength": "float", "rule": "str", "confidence": "str"},
    "claims": {"low": "float", "high": "float", "unit": "str", "qualifier": "str",
               "sentence_start": "int", "sentence_end": "int", "qualifier_type": "str",
               "unit_kind": "str", "attributed_speaker": "str", "attribution": "str",
               "counts": "str", "anchor": "str", "anchor_rule": "str"},
}
