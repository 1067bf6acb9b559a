"""Voices: who is quoted or paraphrased, saying what, on behalf of whom.

:func:`find_quotes` finds three kinds of reported speech in a document:

- ``direct``: a speech verb with a quotation (وقال متحدث …: "…"، "…," said X,
  and quotations before their speaker: "…"، قال فلان);
- ``indirect``: a speech verb with a complement clause (وقال X إن …، أعربت عن
  قلقها …، دعا X إلى …، ترفض بكين الاتهامات …, X said that …);
- ``attribution``: وفق / بحسب ما قال / نقلا عن / according to X.

Speech verbs, complements, attribution markers and role nouns are data files
(see :mod:`helpers.extract.quotes.speech_lexicon`); who speaks is worked out in
:mod:`helpers.extract.quotes.speakers`, attributions in :mod:`helpers.extract.quotes.sources`.
Verbs inside a quotation are not speech acts of the document (they are the
quoted person's words), nor are negated verbs (لم يؤكد) or refusals to
speak (رفضت التعليق: left to the stance stage).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from helpers.extract.quotes.context import QuoteView, quote_view
from helpers.extract.quotes.marks import quote_pairs
from helpers.extract.quotes.name_first import first_full_names
from helpers.extract.quotes.open_actors import canonical_names
from helpers.extract.quotes.open_names import open_names
from helpers.extract.quotes.sources import Extractor
from helpers.extract.quotes.titles import given_names, titled_states
from helpers.extract.quotes.transcript import transcript_rows
from helpers.io.rows import frame
from helpers.text.view import DocumentView

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, not to import this module
    import pandas as pd

__all__ = ["QUOTE_COLUMNS", "find_quotes", "quote_rows"]

QUOTE_COLUMNS = ["doc_id", "start", "end", "speaker", "actor", "verb", "content",
                 "speaker_entity_id", "actor_entity_id", "mode", "content_start", "content_end",
                 "verb_start", "verb_end", "cue", "verb_type", "speaker_start", "speaker_end"]


def find_quotes(raw: str, *, doc_id: str = "", sentences=None, mentions=None) -> pd.DataFrame:
    """Find the voices of a document.

    Args:
        raw: the raw text.
        doc_id: the document id (first column of every row).
        sentences: :class:`helpers.text.segment.Sentence` list (computed when None).
        mentions: the mentions table (computed with
            :func:`helpers.extract.mentions.rows.find_mentions` when None).

    Returns:
        DataFrame with columns :data:`QUOTE_COLUMNS`, sorted by start.
        ``start``/``end`` span the evidence (speaker, verb and content when in
        the same sentence); ``content == raw[content_start:content_end]``;
        ``verb == raw[verb_start:verb_end]``; ``speaker`` is the named person,
        else the speaker phrase (``speaker_start``/``speaker_end``, -1 when the
        speaker is carried over from an earlier sentence); ``actor`` is the
        English name of the state or organisation spoken for ("" if unknown);
        ``mode`` is direct | indirect | attribution; ``verb_type`` is speech |
        attitude | accusation | denial | call | attribution; ``cue`` the verb's
        lemma or the attribution marker.
    """
    return frame(quote_rows(raw, doc_id=doc_id, sentences=sentences, mentions=mentions),
                 QUOTE_COLUMNS)


def quote_rows(raw: str, *, doc_id: str = "", sentences=None, mentions=None,
               view: DocumentView | None = None) -> list[dict]:
    """:func:`find_quotes` as row dicts (the pipeline's form, see :mod:`helpers.io.rows`).

    Args:
        raw: the raw text.
        doc_id: the document id.
        sentences: sentences (computed when None and no ``view`` is given).
        mentions: mentions as a DataFrame or rows (computed when None).
        view: the document's :class:`~helpers.text.view.DocumentView`; its
            sentences, mentions and quote view
            (:func:`~helpers.extract.quotes.context.quote_view`, shared
            with the figure extractor) are used or made and kept on it.

    Returns:
        One dict per voice with the keys of :data:`QUOTE_COLUMNS`, sorted by start.
    """
    prepared = quote_view(raw, doc_id=doc_id, sentences=sentences, mentions=mentions, view=view)
    found = Extractor(prepared, quote_pairs(prepared.text)).run()
    spoken, labels = transcript_rows(prepared, found)
    if labels:  # "Q: Western reports say …": a label is never part of a speaker phrase
        raw_labels = [prepared.to_raw(start, end) for start, end in labels]
        found = [row for row in found if not any(a <= row["speaker"].start < b for a, b in raw_labels)] + spoken
    return _records(found, doc_id, prepared)


def _records(rows: list[dict], doc_id: str, view: QuoteView) -> list[dict]:
    raw = view.raw
    records = []
    opened = [row["speaker"].actor for row in rows if row["speaker"].open]
    names = open_names(view) if opened else []
    surfaces = opened + [n.surface for n in names]
    canon = canonical_names(surfaces + given_names(view, surfaces) + first_full_names(view, opened)) \
        if opened else {}
    titled = {canon.get(s, s): state for s, state in titled_states(view, list(canon)).items()}  # Egypt's … X
    for row in rows:
        c_start, c_end = view.to_raw(*row["content"])
        v_start, v_end = view.to_raw(*row["verb"])
        speaker = row["speaker"]
        if speaker.open and canon.get(speaker.actor, speaker.actor) in titled:
            state = titled[canon.get(speaker.actor, speaker.actor)]
            speaker = replace(speaker, actor=state[0], actor_entity_id=state[1], open=False)
        e_start, e_end = view.to_raw(*row["evidence"])
        starts = [e_start, c_start, v_start] + ([speaker.start] if speaker.start >= 0 else [])
        ends = [e_end, c_end, v_end] + ([speaker.end] if speaker.start >= 0 else [])
        records.append({
            "doc_id": doc_id, "start": min(starts), "end": max(ends),
            "speaker": speaker.speaker, "actor": canon.get(speaker.actor, speaker.actor) if speaker.open
            else speaker.actor, "verb": raw[v_start:v_end],
            "content": raw[c_start:c_end], "speaker_entity_id": speaker.speaker_entity_id,
            "actor_entity_id": speaker.actor_entity_id, "mode": row["mode"],
            "content_start": c_start, "content_end": c_end, "verb_start": v_start, "verb_end": v_end,
            "cue": row["cue"], "verb_type": row["type"],
            "speaker_start": speaker.start, "speaker_end": speaker.end})
    records.sort(key=lambda r: (r["start"], r["verb_start"]))
    return records
