"""Cited figures and the authority they are given on.

:func:`find_claims` reads every number phrase (:mod:`helpers.text.numbers`),
keeps the ones that are figures, joins ranges, names what is counted and who
the figure is attributed to.

What is a figure (the rule, in order):

- NOT a figure: a year (four digits 1800-2100 with no count noun after it, or
  with a year word before it: "2017", "in 2019 Uyghur activists", but
  "2000 شخص" is a figure); a date or time ("19 أكتوبر",
  "14/11/2019", "10:30": a month name next to the number, or date/time
  punctuation); an ordinal (التاسع عشر، 19th, الـ19 with no count noun); a
  duration or an age ("10 سنوات", "3 days", "يبلغ من العمر 24 عاما": the
  temporal tagger's; "aged 61", "أعمارهم بين 20 و39"); a measurement or a
  frequency (30 كلم/س، 22 درجة، 5 km، 3 مرات); an identifier
  (a label word before it: المادة 18، القرار 2231، page 4, tel.); a number
  glued to Latin letters (G20, COVID-19, a 52-year-old) or inside a URL or
  e-mail address; a definite number word (الآفات الثلاث) or "one of"; two
  bare numbers joined by a dash or "to" (a score "1 - 4", "pp. 40-42"); a
  parliament's tally ("by 428 votes", «أيدها 76 نائبا»: :func:`~helpers.extract.claims.units.is_tally`)
  or a document's length ("12 paragraphs", «في 9 فقرات»).
- A figure when it has at least one of: a scale word (ألف، ألفي، مليون،
  million, مئات الآلاف …), a count noun after it (15 سفيرا غربيا → unit سفير;
  أربعة دبلوماسيين; ثلاثة من المهاجمين; 130 آخرين), a qualifier (أكثر من، نحو، at
  least …), a per cent sign or word, a rate ("15.88 per 1,000", "لكل ألف": one
  figure, the base is its unit), thousands separators (800,000), or a place
  in a range.  Counts of people, states, camps are figures even when small
  ("15 سفيرا"); a part of a set named before ("Of those, 300", "61 of them",
  "اثنان منهم": not "one of"); a noun the unit table lacks when the number is 10
  or more ("385 sites", "21 مثقفا").  Units are data: ``data/claims/count_units.tsv``
  (:mod:`helpers.extract.claims.units`).  Scale words glued to the
  digits are read (12million, 12مليون, 1.5m, 57.9bn: :mod:`helpers.text.number_tokens`).
- ABOUT THE TOPIC only (``topical_only``, the default): the words around the
  figure must tie it to the topic (the people detained, camps, victims,
  sentences, the region's population, the campaign's money …), not to another
  place, region, sport, poll or market (:mod:`helpers.extract.claims.topic`,
  data ``data/claims/figure_anchors.tsv``); more than 100 million people kept
  only by its weak steps are a state's or the world's population
  (:func:`~helpers.extract.claims.population.beyond_topic`).  ``counts`` says what it counts,
  ``anchor`` the words that tied it and ``anchor_rule`` the step of that rule.

``value`` is text: a point ("1000000", "1.5") or a range "low-high"
("800000-2000000"); vague plurals are ranges (مئات الآلاف = "100000-999999").
``attributed_to``: the source of the quote whose content holds the figure;
else of the nearest quote in the same sentence (not counting its speaker
phrase); else the source of the same figure given earlier in the document
with one; else "" (the document's own statement, the outlet's voice).  The
source is always an English name (:mod:`helpers.extract.claims.sources`: the
gazetteer's actor, a group's gloss such as "Experts", an antecedent); a figure
from a report, an estimate or a study with no named holder ("reports say",
"according to estimates", «وفق تقديرات») is the author's, "" like the document's
own statement (the readers' convention), and its phrase as written is kept in
``attributed_speaker`` (with ``attribution`` content | sentence | cue, not
document).  The speaker phrase as written is always ``attributed_speaker``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from helpers.extract.claims.attribution import BACK, Attributor, carry_repeated, previous_voice, pronoun_source
from helpers.extract.claims.cues import (
    cue_source,
    goes_on,
    head_antecedent,
    refers_back,
)
from helpers.extract.claims.links import inherit
from helpers.extract.claims.population import beyond_topic
from helpers.extract.claims.sources import UNNAMED
from helpers.extract.claims.topic import Decision, TopicTest
from helpers.extract.claims.units import counted_noun, is_figure, is_tally, is_trap, unit_patterns
from helpers.extract.quotes.context import QuoteView, quote_view
from helpers.extract.quotes.rows import quote_rows
from helpers.io.rows import frame
from helpers.relevance.classify import document_relevance, topic_hits
from helpers.relevance.topics import load_profile
from helpers.text.numbers import format_value, number_phrases
from helpers.text.view import DocumentView

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, not to import this module
    import pandas as pd

__all__ = ["CLAIM_COLUMNS", "find_claims", "claim_rows"]

#: Characters: how near the figure a source cue inside a quote must be to name the figure's source instead of the
#: speaker ("her sister was among the 1 million held, according to estimates by X").
_CUE_NEAR = 60

CLAIM_COLUMNS = ["doc_id", "start", "end", "surface", "value", "attributed_to", "low", "high", "unit",
                 "qualifier", "sentence_start", "sentence_end", "qualifier_type", "unit_kind",
                 "attributed_speaker", "attribution", "counts", "anchor", "anchor_rule"]
def _candidates(view: QuoteView) -> list[dict]:
    """Figures of the document (normalised spans), ranges joined."""
    figures, taken = [], -1
    for phrase in number_phrases(view.text):
        if phrase.start < taken:  # inside the counted noun before: a rate's base (15.88 per 1,000), في المئة
            continue
        unit, kind, unit_end = counted_noun(view, phrase)
        taken = unit_end
        if is_trap(view, phrase, kind, unit_end) or is_tally(view, phrase, unit, unit_end):
            continue
        figures.append({"phrase": phrase, "unit": unit, "kind": kind, "unit_end": unit_end,
                        "figure": is_figure(phrase, kind)})
    return _join_ranges(view, figures)


def _join_ranges(view: QuoteView, figures: list[dict]) -> list[dict]:
    """800000 شخص إلى أكثر من 2 مليون / between 1 and 2 million → one range.

    Two bare numbers (no unit, scale word, hedge or opening word: a score "1 - 4",
    "pp. 40-42") are not joined, and so are not a figure; nor are two numbers of
    different kinds ("rose 9.8 percent to 14,000 yuan": a share, then an amount),
    nor a share and a number that is no share ("grew by 3 percent to 4 million":
    a share's range ends in a share, "3 to 4 percent").
    """
    pats, text, result = unit_patterns(), view.text, []
    index = 0
    while index < len(figures):
        item = figures[index]
        low = item["phrase"]
        if index + 1 < len(figures):
            high = figures[index + 1]["phrase"]
            gap_end = high.qualifier_start if 0 <= high.qualifier_start < high.start else high.start
            gap_start = max(low.end, low.qualifier_end)
            gap = text[gap_start:gap_end]
            joined = pats["join"].fullmatch(gap) if gap_start <= gap_end else None
            opened = pats["open"].search(text, max(0, low.start - 12), low.qualifier_start
                                         if 0 <= low.qualifier_start < low.start else low.start)
            conj = joined and re.search(r"(?:^|\s)(?:و|and)\s*$", gap)
            bare = not (opened or item["kind"] or figures[index + 1]["kind"] or low.has_scale
                        or high.has_scale or low.qualifier or high.qualifier or low.grouped or high.grouped)
            other = (item["kind"] and figures[index + 1]["kind"] and _class(item) != _class(figures[index + 1])) or (
                _class(item) == "share" != _class(figures[index + 1]))  # "grew 3 percent to 4 million"
            if joined and (not conj or opened) and not bare and not other and high.low > low.low \
                    and view.sentence_of(low.start) == view.sentence_of(high.start):
                scale = high.scale if not low.has_scale and low.low < 1000 <= high.scale else 1.0
                merged = dict(figures[index + 1])
                merged.update(low_phrase=low, low=low.low * scale, range=True, figure=True,
                              unit=item["unit"] or merged["unit"], kind=item["kind"] or merged["kind"])
                result.append(merged)
                index += 2
                continue
        result.append(item)
        index += 1
    return [f for f in result if f["figure"]]


def _class(item: dict) -> str:
    """Whether a figure is a share, an amount of money or a count (a range joins one class)."""
    return {"percent": "share", "rate": "share", "money": "money"}.get(item["kind"], "count")


def find_claims(raw: str, *, doc_id: str = "", sentences=None, mentions=None,
                quotes=None, profile=None, topical_only: bool = True) -> pd.DataFrame:
    """Find the cited figures of a document and whom they are attributed to.

    Args:
        raw: the raw text.
        doc_id: the document id.
        sentences: :class:`helpers.text.segment.Sentence` list (computed when None).
        mentions: the mentions table (computed when None).
        quotes: the quotes table (computed with :func:`helpers.extract.quotes.rows.find_quotes` when None).
        profile: the topic profile or its name (None: the default, xinjiang).
        topical_only: keep only the figures about the topic
            (:mod:`helpers.extract.claims.topic`); False keeps every
            number the figure rule reads (for testing the reading itself).

    Returns:
        DataFrame with columns :data:`CLAIM_COLUMNS` sorted by start:
        ``surface == raw[start:end]`` (the number with its qualifiers, a range
        from its low to its high end); ``value`` (see the module docstring);
        ``low``/``high`` as numbers; ``unit`` what is counted ("" if not
        stated); ``qualifier`` the hedge as written; ``sentence_start``/
        ``sentence_end`` the sentence; ``attribution`` content | sentence |
        cue | repeated | document says how ``attributed_to`` was found (cue: a
        source cue without a speech verb, :mod:`helpers.extract.claims.cues`;
        repeated: the figure was given earlier with a source); ``counts`` what the figure
        counts (people detained, facilities, money …), ``anchor`` the words
        that tie it to the topic and ``anchor_rule`` the step of the topic
        rule that kept it (unit | population | clause | context | sentence |
        previous | document | link; empty when ``topical_only`` is False).
    """
    return frame(claim_rows(raw, doc_id=doc_id, sentences=sentences, mentions=mentions,
                            quotes=quotes, profile=profile, topical_only=topical_only), CLAIM_COLUMNS)


def claim_rows(raw: str, *, doc_id: str = "", sentences=None, mentions=None, quotes=None,
               view: DocumentView | None = None, profile=None, topical_only: bool = True) -> list[dict]:
    """:func:`find_claims` as row dicts (the pipeline's form, see :mod:`helpers.io.rows`).

    Args:
        raw, doc_id, sentences, mentions: as for :func:`helpers.extract.quotes.rows.quote_rows`.
        quotes: quotes as a DataFrame or rows (the view's, or computed, when None).
        view: the document's :class:`~helpers.text.view.DocumentView`; the quote
            view the voice extractor made on it is reused, and its
            ``relevance`` (set by the pipeline) says whether the document is topical.
        profile, topical_only: as for :func:`find_claims`.

    Returns:
        One dict per figure with the keys of :data:`CLAIM_COLUMNS`, sorted by start.
    """
    view = view if view is not None else DocumentView(raw, doc_id=doc_id)
    prepared = quote_view(raw, doc_id=doc_id, sentences=sentences, mentions=mentions, view=view)
    candidates = _candidates(prepared)
    decisions: list[Decision | None] = [None] * len(candidates)
    if topical_only and candidates:
        profile = load_profile(profile)
        about = TopicTest(prepared, profile, topical=_topical(view, prepared, profile))
        decisions = inherit(prepared, candidates, [about(*_span(item)) for item in candidates])
        decisions = [None if d and beyond_topic(item, d.rule) else d for item, d in zip(candidates, decisions)]
        candidates = [item for item, decision in zip(candidates, decisions) if decision]
        decisions = [decision for decision in decisions if decision]
    if not candidates:
        return []
    quotes = quotes if quotes is not None else view.quotes
    if quotes is None:
        quotes = quote_rows(raw, doc_id=doc_id, view=view)
    attribute = Attributor(quotes, view=prepared)
    rows = carry_repeated(sorted((_record(prepared, item, doc_id, attribute, decision)
                                  for item, decision in zip(candidates, decisions)),
                                 key=lambda r: r["start"]))
    for row in rows:  # an unnamed report or estimate is the author's; its phrase stays in attributed_speaker
        if row["attributed_to"] == UNNAMED:
            row["attributed_to"] = ""
    return rows


def _span(item: dict) -> tuple[int, int, int, str]:
    """A candidate's normalised start (its qualifier included), end, counted noun's end and kind."""
    first, phrase = item.get("low_phrase", item["phrase"]), item["phrase"]
    start = min([first.start] + ([first.qualifier_start] if first.qualifier_start >= 0 else []))
    return start, phrase.end, max(item["unit_end"], phrase.end), item["kind"]


def _topical(view: DocumentView, prepared: QuoteView, profile) -> bool:
    """Whether the document is topical: the pipeline's relevance, else the relevance rule run here."""
    relevance = getattr(view, "relevance", None)
    if relevance is not None:
        return relevance == "topical"
    rows = [{"start": m.raw_start, "end": m.raw_end, "surface": m.surface, "entity_id": m.entity_id,
             "kind": m.kind, "name_en": m.name_en} for m in prepared.mentions]
    hits = topic_hits(view.raw, mentions=rows, profile=profile, view=view)
    spans = [{"start": a, "end": b} for a, b in prepared.sentence_raw]
    return document_relevance(spans, hits, profile)["relevance"] == "topical"


def _record(view: QuoteView, item: dict, doc_id: str, attribute: Attributor,
            decision: Decision | None = None) -> dict:
    phrase, first = item["phrase"], item.get("low_phrase", item["phrase"])
    starts = [first.start] + ([first.qualifier_start] if first.qualifier_start >= 0 else [])
    ends = [phrase.end] + ([phrase.qualifier_end] if phrase.qualifier_end >= 0 else [])
    start, end = view.to_raw(min(starts), max(ends))
    low = item.get("low", phrase.low)
    qualifiers, codes = [], []
    for part in dict.fromkeys([first, phrase]):
        if part.qualifier_start >= 0:
            q_start, q_end = view.to_raw(part.qualifier_start, part.qualifier_end)
            qualifiers.append(view.raw[q_start:q_end])
            codes.append(part.qualifier)
    index = view.sentence_of(phrase.start)
    sentence = view.sentence_raw[index] if index >= 0 else (start, end)
    actor, speaker, how = attribute(start, end, sentence)
    if index >= 0 and how == "document":  # no voice: a source cue ("according to a … investigation")
        cued, written = cue_source(view, min(starts), phrase.end, view.sentences[index])
        if not cued and refers_back(view, view.sentences[index]):  # "… The tribunal found …"
            cued, written = head_antecedent(view, index, back=BACK)
        if not cued and (refers_back(view, view.sentences[index]) or goes_on(view, index)):
            # "… The report is based on …", "… They counted some 16,000 mosques", «وأحصوا …»
            cued, written = previous_voice(view, attribute, index, "")
        if cued:
            actor, speaker, how = cued, written, "cue"
    elif index >= 0 and how == "content" and attribute.speaker_end <= start:
        # "X said … 1 million …, according to estimates by Y": Y right after the figure, X before it
        after = (phrase.end, view.sentences[index][1])
        cued, written = cue_source(view, min(starts), phrase.end, after, reach=_CUE_NEAR)
        if cued:
            actor, speaker, how = cued, written, "cue"
    if index >= 0 and actor == UNNAMED:
        cued, written = pronoun_source(view, attribute, index, speaker, min(starts))
        actor, speaker = (cued, written) if cued else (actor, speaker)
    return {"doc_id": doc_id, "start": start, "end": end, "surface": view.raw[start:end],
            "value": format_value(low, phrase.high), "attributed_to": actor,
            "low": low, "high": phrase.high, "unit": item["unit"], "qualifier": " / ".join(qualifiers),
            "sentence_start": sentence[0], "sentence_end": sentence[1],
            "qualifier_type": ";".join(codes), "unit_kind": item["kind"],
            "attributed_speaker": speaker, "attribution": how, **_anchor(view, decision)}


def _anchor(view: QuoteView, decision: Decision | None) -> dict:
    """The ``counts``, ``anchor`` and ``anchor_rule`` cells of a figure."""
    if decision is None:
        return {"counts": "", "anchor": "", "anchor_rule": ""}
    start, end = view.to_raw(decision.start, decision.end)
    return {"counts": decision.counts, "anchor": view.raw[start:end], "anchor_rule": decision.rule}
