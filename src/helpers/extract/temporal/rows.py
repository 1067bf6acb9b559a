"""Temporal tagger for Arabic and English news and academic text → events table.

Finds dates and time expressions (both Arabic month series and their pairs
"أغسطس/ آب", numeric and ISO dates, years in context, weekdays, relative
expressions such as "هذا الأسبوع" or "مطلع سبتمبر الجاري", "قبل ثلاثة أيام",
"بعد عامين", named events such as "هجمات 11 سبتمبر", Hijri dates, decades,
centuries, holidays) and resolves each to an
ISO 8601 value at the precision the text gives.  Expressions that need the
publication date ("اليوم الثلاثاء", "أغسطس" without a year) are resolved against
``published`` and flagged ``anchored``; without a publication date their value
is left empty.

Matching runs on :func:`helpers.text.normalise.normalise` text with one pattern
compiled once per process from the data files (see
:mod:`helpers.extract.temporal.patterns`); offsets are reported in the raw text.

Columns of :func:`extract_events` (:mod:`helpers.io.tables`): ``doc_id, start, end, surface,
value, precision, modifier, anchored, sentence`` then ``kind`` (date | year |
weekday | relative | named | hijri | holiday | span | anaphor), ``note``, ``sent_start``,
``sent_end``, ``anchor`` (publication | previous | none: what a relative value
was resolved against).  Values are TIMEX3 (HeidelTime's conventions):
``precision`` is day | week | month | quarter | half | season | year |
decade | century | span,
with ``2022-W37``, ``2015-Q2``, ``2015-H1``, ``2015-FA`` and ISO intervals
``A/B`` for ranges and multi-year spans (``2010/2012``, a football season
``2015/2016``); Hijri months and years are the interval of Gregorian days they
cover; a decade or a century is the interval of its years (``1970/1979``,
``1800/1899`` for the 19th century); a holiday is its day (README, events).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from helpers.extract.temporal.context import RETRY, title_word
from helpers.extract.temporal.document import date_note, resolve_document, shared_year
from helpers.extract.temporal.holidays import year_for_weekday
from helpers.extract.temporal.patterns import grammar, scan
from helpers.extract.temporal.resolve import find_named, interpret
from helpers.text.normalise import normalise
from helpers.text.segment import sentences as split

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, not to import this module
    import pandas as pd

__all__ = ["TimeExpression", "EVENT_COLUMNS", "tag", "tag_with_note", "extract_events", "event_rows",
           "event_rows_with_note", "events_with_entities"]

EVENT_COLUMNS = ["doc_id", "start", "end", "surface", "value", "precision", "modifier",
                 "anchored", "sentence", "kind", "note", "sent_start", "sent_end", "anchor"]
_JOINER_MAX = 24
_WEEKDAY_TYPO_DAYS = 10
_MARKS = re.compile("[\u064b-\u0652\u0640]")  # tashkeel and tatweel


@dataclass(frozen=True)
class TimeExpression:
    """One temporal expression; ``raw[start:end] == surface``."""

    start: int
    end: int
    surface: str
    value: str
    precision: str
    modifier: str
    anchored: bool
    kind: str
    note: str
    anchor: str = "none"
    rule: str = ""  # the grammar alternative that read it (dmy, prt, ana …) or "named"


def tag(raw: str, *, published: dt.date | None = None, view=None) -> list[TimeExpression]:
    """Find and resolve the temporal expressions of one text.

    Args:
        raw: the raw text of a document.
        published: its publication date, or None (relative expressions then
            keep an empty value and ``anchored=False``).
        view: the document's :class:`~helpers.text.view.DocumentView`, whose
            normalised text is reused (made here when None).

    Returns:
        The expressions in text order, with raw offsets.
    """
    norm, found = _readings(raw, published, view)
    return _expressions(raw, norm, found)


def tag_with_note(raw: str, *, published: dt.date | None = None, view=None
                  ) -> tuple[list[TimeExpression], str]:
    """:func:`tag`, and the document's date note.

    Args:
        raw: the raw text of a document.
        published: its publication date, or None.
        view: the document's :class:`~helpers.text.view.DocumentView` (made here when None).

    Returns:
        ``(expressions, note)``: the expressions of :func:`tag` and the note of
        :func:`helpers.extract.temporal.document.date_note` for the documents table
        ("" when the publication date agrees with the text).
    """
    norm, found = _readings(raw, published, view)
    return _expressions(raw, norm, found), date_note([r for _, _, r in found], published)


def _readings(raw: str, published: dt.date | None, view) -> tuple:
    """The normalised text and the resolved readings ``(start, end, reading)`` in it, in order."""
    g = grammar()
    norm = view.norm if view is not None else normalise(raw)
    found: list[tuple[int, int, object]] = []
    matches = scan(g.pattern, norm.text)
    match = next(matches, None)
    while match is not None:
        reading, resume = interpret(match, norm.text, published, g), None
        if reading is RETRY:  # no date here, but a shorter one may start inside the match
            reading, resume = None, match.start() + 1
        if reading is not None and reading.ana[:1] == ("spelling",):
            reading = _spelled(reading, raw, norm)
        if reading is not None and reading.rule in ("fix", "wd") \
                and title_word(raw, *norm.to_raw(match.start(), match.end()), weekday=reading.rule == "wd"):
            reading = None
        if reading is not None:
            found.append((match.start(), match.end(), reading))
        try:
            match = matches.send(resume)
        except StopIteration:
            match = None
    found = _merge_weekday_dates(_overlay(found, find_named(norm.text, g)), norm.text, published)
    found = shared_year(found, norm.text, g.cues["range_joiner"])
    return norm, resolve_document(found, norm.text, published, g.cues["hijri_context"])


def _expressions(raw: str, norm, found) -> list[TimeExpression]:
    """The readings of :func:`_readings` as expressions with raw offsets."""
    expressions = []
    for start, end, r in found:
        raw_start, raw_end = norm.to_raw(start, end)
        expressions.append(TimeExpression(raw_start, raw_end, raw[raw_start:raw_end], r.value,
                                          r.precision, r.modifier, r.anchored, r.kind, r.note,
                                          r.anchor or ("publication" if r.anchored else "none"), r.rule))
    return expressions


def _spelled(reading, raw: str, norm):
    """A month name standing alone whose raw spelling is another word (أب "father", not آب)."""
    _, start, end, other = reading.ana
    raw_start, raw_end = norm.to_raw(start, end)
    if _MARKS.sub("", raw[raw_start:raw_end]) in other:
        return None
    return dataclasses.replace(reading, ana=())


def _overlay(found: list, named: list) -> list:
    """Named events win over the plain dates inside them ("هجمات 11 سبتمبر")."""
    if not named:
        return found
    kept = [f for f in found if not any(n[0] < f[1] and f[0] < n[1] for n in _near(named, f))]
    return sorted(kept + named, key=lambda item: (item[0], -item[1]))


def _near(named: list, item) -> list:
    i = bisect.bisect_left(named, (item[0],))
    return named[max(0, i - 2):i + 2]


def _merge_weekday_dates(found: list, text: str, published: dt.date | None) -> list:
    """Join "الثلاثاء (13 سبتمبر 2022)" / "Tuesday, Sept. 13": the date gives the value.

    A date without a year or a qualifier whose day is not the weekday named
    with it takes the year near publication in which it is ("الخميس 15 أغسطس" in February 2013 is
    15 August 2013, a Thursday, not 15 August 2012, a Wednesday).
    """
    g = grammar()
    merged: list = []
    for item in found:
        if merged and merged[-1][2].kind == "weekday" and item[2].precision == "day" \
                and (item[2].kind == "date" or item[2].rule == "dcur") and item[0] - merged[-1][1] <= _JOINER_MAX:
            gap = " ".join(text[merged[-1][1]:item[0]].replace(",", " ").replace("(", " ").split())
            if not gap or gap in g.cues["date_joiner"]:
                end = item[1] + (text[item[1]:item[1] + 1] == ")" and "(" in text[merged[-1][1]:item[0]])
                merged[-1] = (merged[-1][0], end, _weekday_year(item[2], merged[-1][2], published))
                continue
        merged.append(item)
    return merged


def _weekday_year(date, weekday, published):
    """The date reading, its year moved to the one where it falls on the weekday (year-less dates)."""
    if date.ana[:1] != ("free_year",) or not (date.value and weekday.value and published):
        return date  # a year or a qualifier (13 مايو الجاري) was given: a weekday typo does not move it
    day, named = dt.date.fromisoformat(date.value), dt.date.fromisoformat(weekday.value).isoweekday()
    if day.isoweekday() == named or abs((day - published).days) <= _WEEKDAY_TYPO_DAYS:
        return date  # a date a few days from publication: the weekday is a slip, not another year
    year = year_for_weekday(published, day.month, day.day, named)
    if year is None or year == day.year:
        return date
    note = "; ".join(n for n in (date.note, "the weekday picks the year") if n)
    return dataclasses.replace(date, value=day.replace(year=year).isoformat(), note=note)


def _sentence_spans(raw: str, sentences) -> tuple[list[int], list[int], list[str]]:
    if sentences is None:
        sentences = split(raw)
    spans = sorted((s.start, s.end, s.text) for s in sentences)
    return [s[0] for s in spans], [s[1] for s in spans], [s[2] for s in spans]


def extract_events(raw: str, *, doc_id: str = "", published: dt.date | None = None,
                   sentences=None) -> pd.DataFrame:
    """The events table of one document: one row per temporal expression.

    Args:
        raw: the raw text.
        doc_id: document id written in every row.
        published: publication date (``datetime.date``) or None.
        sentences: the document's sentences (objects with ``start``, ``end``,
            ``text``), e.g. from :func:`helpers.text.segment.sentences`; computed
            when None.

    Returns:
        DataFrame with :data:`EVENT_COLUMNS`; ``sentence`` is the raw text of
        the sentence containing the expression ('' if it falls between
        sentences).
    """
    import pandas as pd

    frame = pd.DataFrame(event_rows(raw, doc_id=doc_id, published=published, sentences=sentences),
                         columns=EVENT_COLUMNS)
    if len(frame):  # Python ints and bools: pandas infers int64 and bool
        return frame
    return frame.astype({"start": "int64", "end": "int64", "anchored": "bool", "anchor": "str",
                         "sent_start": "int64", "sent_end": "int64"})


def event_rows(raw: str, *, doc_id: str = "", published: dt.date | None = None,
               sentences=None, view=None) -> list[dict]:
    """:func:`extract_events` as row dicts (the pipeline's form, see :mod:`helpers.io.rows`).

    Args:
        raw: the raw text.
        doc_id: document id written in every row.
        published: publication date or None.
        sentences: the document's sentences (computed when None).
        view: the document's :class:`~helpers.text.view.DocumentView` (its
            normalised text is reused).

    Returns:
        One dict per expression with the keys of :data:`EVENT_COLUMNS`, in text order.
    """
    return event_rows_with_note(raw, doc_id=doc_id, published=published, sentences=sentences,
                                view=view)[0]


def event_rows_with_note(raw: str, *, doc_id: str = "", published: dt.date | None = None,
                         sentences=None, view=None) -> tuple[list[dict], str]:
    """:func:`event_rows`, and the document's date note (for the documents table).

    Args:
        raw: the raw text.
        doc_id: document id written in every row.
        published: publication date or None.
        sentences: the document's sentences (computed when None).
        view: the document's :class:`~helpers.text.view.DocumentView`.

    Returns:
        ``(rows, note)``: the rows of :func:`event_rows` and the note of
        :func:`tag_with_note`.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    expressions, note = tag_with_note(raw, published=published, view=view)
    starts, ends, texts = _sentence_spans(raw, sentences) if expressions else ([], [], [])
    rows = []
    for e in expressions:
        i = bisect.bisect_right(starts, e.start) - 1
        inside = i >= 0 and e.start < ends[i]
        rows.append(dict(zip(EVENT_COLUMNS, (
            doc_id, e.start, e.end, e.surface, e.value, e.precision, e.modifier, bool(e.anchored),
            texts[i] if inside else "", e.kind, e.note, starts[i] if inside else -1,
            ends[i] if inside else -1, e.anchor))))
    return rows, note


def events_with_entities(events: pd.DataFrame, mentions: pd.DataFrame, *,
                         how: str = "wide") -> pd.DataFrame:
    """Add to each event the entities mentioned in the same sentence.

    Args:
        events: events table from :func:`extract_events` (needs ``doc_id``,
            ``sent_start``, ``sent_end``).
        mentions: mentions table (``doc_id, start, end, surface, entity_id,
            kind, name_en, name_ar``), e.g. from ``helpers.extract.mentions.rows.find_mentions``.
        how: ``"wide"`` keeps one row per event and adds ``entity_ids``,
            ``entities_en``, ``entities_ar`` ("; "-joined, sorted, unique) and
            ``n_entities``; ``"long"`` returns one row per (event, entity) with
            the entity's columns (prefixed ``entity_``), events without
            entities kept once with empty entity columns.

    Returns:
        The joined DataFrame, rows in the events' order.
    """
    if how not in ("wide", "long"):
        raise ValueError(f"how must be 'wide' or 'long', not {how!r}")
    ev = events.reset_index(drop=True).assign(_event=lambda f: range(len(f)))
    ms = mentions[["doc_id", "start", "entity_id", "kind", "name_en", "name_ar"]]
    pairs = ev[["_event", "doc_id", "sent_start", "sent_end"]].merge(ms, on="doc_id")
    pairs = pairs[(pairs["start"] >= pairs["sent_start"]) & (pairs["start"] < pairs["sent_end"])]
    pairs = pairs.drop_duplicates(["_event", "entity_id"]).sort_values(["_event", "start"])
    if how == "long":
        cols = pairs[["_event", "entity_id", "kind", "name_en", "name_ar"]].rename(
            columns={c: f"entity_{c}" for c in ("kind", "name_en", "name_ar")})
        out = ev.merge(cols, on="_event", how="left")
        return out.drop(columns="_event").fillna({c: "" for c in cols.columns if c != "_event"})
    grouped = pairs.groupby("_event")

    def joined(column):
        values = grouped[column].agg(lambda s: "; ".join(sorted(set(s.dropna().astype(str)))))
        return [values.get(i, "") for i in ev["_event"]]

    sizes = grouped.size()
    out = ev.assign(entity_ids=joined("entity_id"), entities_en=joined("name_en"),
                    entities_ar=joined("name_ar"),
                    n_entities=[int(sizes.get(i, 0)) for i in ev["_event"]])
    return out.drop(columns="_event")
