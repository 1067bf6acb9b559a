"""The document pass of the temporal tagger: what one expression cannot settle alone.

After every match is read (:mod:`helpers.extract.temporal.resolve`), one pass over the
document's expressions in text order:

- "after N units" ("بعد عامين", "two years later") counts from the publication
  date in a future clause, else from a date given just before it (within 250
  characters); without one it is a duration and is dropped;
- anaphora ("في اليوم ذاته", "الشهر نفسه من العام السابق", "العام الذي سبقه",
  "the same day") are resolved against the most recent explicit date the text
  gave at a fine enough precision, with the publication date as fallback;
- a year-less month listed before a month with a year takes that year
  ("جويلية وأوت وسبتمبر 2015");
- a day of the current or next month ("الخامس من الشهر المقبل") in a Hijri
  context (a Hijri date just before, or words such as الحج، رمضان) is a day of
  the Hijri month;
- an anaphor's reading gets its ``anchor`` (previous | publication | none);
  the others' anchor follows ``anchored`` (set in :mod:`helpers.extract.temporal.rows`).

:func:`date_note` says when a document's "today + weekday" never matches its
publication date (the metadata date may be the scrape date).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache

import helpers.extract.temporal.calendar as cal
import helpers.extract.temporal.periods as per
from helpers.extract.temporal.context import Reading
from helpers.extract.temporal.words import alternations

__all__ = ["resolve_document", "date_note", "shared_year"]

_FINE = {"day": {"day"}, "week": {"day", "week"}, "month": {"day", "month"},
         "year": {"day", "week", "month", "year", "quarter", "half", "season"}}
_HIJRI_WINDOW = 300
_AFTER_WINDOW = 250


def _first_day(value: str) -> dt.date | None:
    span = cal.value_span(value)
    return span[0] if span else None


def _base(previous: list, unit: str, pub: dt.date | None) -> tuple[dt.date | None, str]:
    """The date an anaphor refers back to, and where it came from."""
    for reading in reversed(previous):
        if reading.precision in _FINE[unit] and "/" not in reading.value:
            day = _first_day(reading.value)
            if day:
                return day, "previous"
    return pub, ("publication" if pub else "none")


def _shifted(base: dt.date, unit: str, offset: int) -> str:
    if unit == "day":
        return cal.day_value(base + dt.timedelta(days=offset))
    if unit == "week":
        return cal.week_value(base + dt.timedelta(weeks=offset))
    if unit == "month":
        return cal.month_value(*cal.add_months(base.year, base.month, offset))
    return cal.year_value(base.year + offset)


def _anaphor(r: Reading, previous: list, pub) -> Reading:
    kind = r.ana[0]
    unit = r.ana[1] if kind == "anaphor" else "year"
    base, anchor = _base(previous, unit, pub)
    if base is None:
        return dataclasses.replace(r, anchor="none", note=_join(r.note, "anaphor; no earlier date"))
    if kind == "part":  # النصف الأول من العام نفسه
        _, part_unit, index, offset = r.ana
        value = per.part_value(base.year + offset, part_unit, index)
    elif kind == "month_of":  # جانفي من نفس السنة
        value = cal.month_value(base.year + r.ana[2], r.ana[1])
    elif kind == "day_of":  # March 1 that year (2000 is a leap year: February 29 checks)
        date = _safe_day(base.year + r.ana[3], r.ana[1], r.ana[2])
        if date is None:
            return dataclasses.replace(r, anchor="none")
        value = cal.day_value(date)
    else:
        value = _shifted(base, unit, r.ana[2])
        if len(r.ana) == 5 and unit in ("day", "month"):  # الشهر نفسه من العام السابق
            source, offset = r.ana[3], r.ana[4]
            if source == "publication":
                if pub is None:
                    return dataclasses.replace(r, anchor="none")
                year, anchor = pub.year + offset, "publication"
            else:
                year = base.year + offset
            value = f"{year:04d}" + value[4:]
            if unit == "day" and not _valid(value):
                return dataclasses.replace(r, anchor="none")
    return dataclasses.replace(r, value=value, anchored=anchor == "publication", anchor=anchor,
                               note=_join(r.note, f"anaphor: {anchor}"))


def _after(r: Reading, start: int, previous: list, pub) -> Reading | None:
    """"بعد عامين": N units after the publication date (a future clause) or after a date the
    text gave within :data:`_AFTER_WINDOW` characters before; None when there is none."""
    _, unit, count, mode = r.ana
    if mode == "publication":
        base, anchor = pub, "publication"
    else:
        near = [reading for position, reading in previous
                if start - position <= _AFTER_WINDOW and reading.kind != "relative"]  # not "اليوم"
        base, anchor = _base(near, unit, None)
    if base is None:
        return None
    return dataclasses.replace(r, value=_shifted(base, unit, count), precision=unit,
                               anchored=anchor == "publication", anchor=anchor, ana=())


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _valid(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def _hijri_context(found: list, i: int, text: str, cues: frozenset) -> bool:
    start = found[i][0]
    for s, _, r in reversed(found[:i]):
        if start - s > _HIJRI_WINDOW:
            break
        if r.kind == "hijri":
            return True
    words = set(re.findall(r"\w+", text[max(0, start - _HIJRI_WINDOW // 2):start]))
    return bool(words & cues)


def _hijri_day(r: Reading, pub: dt.date | None) -> Reading:
    """"الخامس من الشهر المقبل" in a Hijri context: a day of a Hijri month."""
    if pub is None:
        return r
    from hijridate import Gregorian

    _, day, offset = r.ana
    try:
        today = Gregorian.fromdate(pub).to_hijri()
    except (ValueError, OverflowError):
        return r
    year, month = cal.add_months(today.year, today.month, offset)
    value, _ = cal.hijri_value(year, month, day)
    if not value:
        return r
    return dataclasses.replace(r, value=value, kind="hijri",
                               note=_join(r.note, f"Hijri {year}-{month:02d}-{day:02d}"))


@lru_cache(maxsize=1)
def _list_gap() -> re.Pattern:
    """What may stand between two dates of a list: a comma, و، أو, or, and, a dash."""
    return re.compile(rf"^[^\S\n]*(?:[,،][^\S\n]*)?(?:{alternations().list_joiner}|-)?[^\S\n]*$")


def _listed_month(found: list, i: int, text: str) -> Reading | None:
    """"جويلية وأوت وسبتمبر 2015": a year-less month takes the year of the month listed after it."""
    start, end, r = found[i]
    if r.precision != "month" or not r.anchored or r.kind != "date" or "/" in r.value:
        return None
    for _, (s, e, nxt) in zip(range(3), found[i + 1:]):
        if not _list_gap().match(text[end:s]):
            return None
        if nxt.kind == "date" and nxt.precision in ("month", "day") and nxt.value[:4].isdigit():
            if not nxt.anchored:
                month, year = int(r.value[5:7]), int(nxt.value[:4])
                if month <= int(nxt.value[5:7]):
                    return dataclasses.replace(r, value=cal.month_value(year, month), anchored=False)
                return None
            end = e
            continue
        return None
    return None


def resolve_document(found: list, text: str, published: dt.date | None, cues: frozenset) -> list:
    """Resolve anaphora, listed months and Hijri days.

    Args:
        found: ``(start, end, Reading)`` in text order (normalised offsets).
        text: the normalised text.
        published: the publication date or None.
        cues: the words that put a text in the Hijri calendar.

    Returns:
        The same items with resolved readings.
    """
    out, previous, dated = [], [], []
    for i, (start, end, r) in enumerate(found):
        if r.ana and r.ana[0] == "after":
            r = _after(r, start, dated, published)
            if r is None:
                continue
        elif r.ana and r.ana[0] in ("anaphor", "part", "month_of", "day_of"):
            r = _anaphor(r, previous, published)
        elif r.ana and r.ana[0] == "dcur" and _hijri_context(found, i, text, cues):
            r = _hijri_day(r, published)
        else:
            r = _listed_month(found, i, text) or r
        out.append((start, end, r))
        if r.value:
            previous.append(r)
            dated.append((start, r))
    return out


def date_note(readings: list, published: dt.date | None) -> str:
    """A note for the documents table when "today + weekday" never matches the publication date.

    Args:
        readings: the document's readings (with ``ana`` as the tagger set it).
        published: the publication date or None.

    Returns:
        '' when the text agrees with ``published`` (or says nothing), else a
        sentence naming the day the text was written.
    """
    checks = [r.ana for r in readings if r.ana and r.ana[0] == "today"]
    if not checks or published is None or any(matched for _, matched, _ in checks):
        return ""
    written = sorted({day for _, _, day in checks})
    return (f"text written on {', '.join(written)} (its 'today' + weekday), "
            f"not on the published date {published.isoformat()}")


def shared_year(found: list, text: str, joiners: frozenset) -> list:
    """"from Aug. 10 to Aug. 13, 2018": a year-less day joined to a dated day takes its year.

    Args:
        found: ``(start, end, reading)`` in text order (normalised offsets).
        text: the normalised text.
        joiners: the words that join the two days (to, until, and, الى …).

    Returns:
        The list, the first day of each such pair moved to the year of the second
        (the year before when it would fall after it).
    """
    out = list(found)
    for i in range(len(out) - 1):
        (s1, e1, first), (s2, _, second) = out[i], out[i + 1]
        if first.ana[:1] != ("free_year",) or second.precision != "day" or second.anchored \
                or not (first.value and second.value) or s2 - e1 > 12:
            continue
        if " ".join(text[e1:s2].replace(",", " ").split()) not in joiners:
            continue
        day, last = dt.date.fromisoformat(first.value), dt.date.fromisoformat(second.value[-10:])
        moved = _safe_day(last.year, day.month, day.day)
        if moved and moved > last:
            moved = _safe_day(last.year - 1, day.month, day.day)
        if moved:
            out[i] = (s1, e1, dataclasses.replace(first, value=cal.day_value(moved), anchored=False, anchor="none",
                                                  ana=(), note=_join(first.note, "the year of the day after it")))
    return out
