"""Days a name fixes: holidays (Gregorian, Hijri, Easter) and a weekday named with a day.

The holidays themselves are data (``data/temporal/holidays.tsv``); this module
only computes the day a row falls on in a given year, and the occurrence a
year-less mention refers to ("عيد الفطر الماضي", "عيد الأضحى" in a dated text).
A weekday named with a year-less day ("الخميس 15 أغسطس", "السبت السادس عشر")
picks the year or the month in which that day is that weekday; :func:`read_weekday`
reads the grammar's weekday alternative.
"""

from __future__ import annotations

import datetime as dt
import re

from helpers.extract.temporal.calendar import day_value, nearest_weekday
from helpers.extract.temporal.context import Reading, is_future, key, word_after, words_before

__all__ = ["easter", "holiday_in_year", "holiday_near", "day_with_weekday", "year_for_weekday", "read_weekday"]


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus, Meeus/Jones/Butcher).

    Args:
        year: Gregorian year.

    Returns:
        The date.
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's name)
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _hijri_day(year: int, month: int, day: int) -> dt.date | None:
    from hijridate import Hijri
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _hijri_in(year: int, month: int, day: int) -> list[dt.date]:
    """The days ``month``/``day`` of the Hijri years that fall in Gregorian ``year``."""
    guess = round((year - 622) * 33 / 32)
    days = [_hijri_day(h, month, day) for h in range(guess - 1, guess + 3)]
    return sorted(d for d in days if d and d.year == year)


def holiday_in_year(row: dict, year: int, *, hijri_year: bool = False) -> dt.date | None:
    """The day a holiday falls on in a year.

    Args:
        row: a row of ``holidays.tsv`` (``calendar``, ``month``, ``day``).
        year: a Gregorian year, or a Hijri year when ``hijri_year``.
        hijri_year: the year is Hijri ("عيد الفطر 1440 هـ").

    Returns:
        The day (for a Hijri holiday in a Gregorian year, the first of the
        year's occurrences), or None when it cannot be computed.
    """
    calendar, month, day = row["calendar"], int(row["month"]), int(row["day"])
    if calendar == "hijri":
        if hijri_year:
            return _hijri_day(year, month, day)
        found = _hijri_in(year, month, day)
        return found[0] if found else None
    if hijri_year:
        return None
    if calendar == "easter":
        return easter(year)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def holiday_near(row: dict, published: dt.date, *, direction: int) -> dt.date | None:
    """The occurrence of a year-less holiday a dated text refers to.

    Args:
        row: a row of ``holidays.tsv``.
        published: the publication date.
        direction: ``0`` the nearest occurrence (ties to the past); ``-1`` the
            last one before publication ("الماضي"); ``-2`` the one before that;
            ``1`` the next one after it ("المقبل"); ``2`` the next one on or
            after it (a future verb); ``3`` the one of the publication year.

    Returns:
        The day, or None outside the converter's range.
    """
    days = []
    for year in range(published.year - 2, published.year + 3):
        if row["calendar"] == "hijri":
            days += _hijri_in(year, int(row["month"]), int(row["day"]))
        else:
            day = holiday_in_year(row, year)
            days += [day] if day else []
    days.sort()
    before = [d for d in days if d < published]
    after = [d for d in days if d > published]
    today = [d for d in days if d == published]
    if direction in (-1, -2):
        return before[direction] if len(before) >= -direction else None
    if direction == 1:
        return after[0] if after else None
    if direction == 2:
        return (today or after or [None])[0]
    if direction == 3:
        same = [d for d in days if d.year == published.year]
        return same[0] if same else None
    if today:
        return today[0]
    last, nxt = (before[-1] if before else None), (after[0] if after else None)
    if last is None or nxt is None:
        return last or nxt
    return last if (published - last) <= (nxt - published) else nxt


def day_with_weekday(published: dt.date, day: int, weekday: int) -> dt.date | None:
    """The day ``day`` of the month before, of or after publication that falls on ``weekday``.

    "السبت السادس عشر" published 2013-02-12 → 2013-02-16 (a Saturday).

    Args:
        published: the publication date.
        day: day of the month.
        weekday: ISO weekday.

    Returns:
        The nearest such date to publication (ties to the past), or None.
    """
    found = []
    for offset in (-1, 0, 1):
        year, month = _add_months(published.year, published.month, offset)
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.isoweekday() == weekday:
            found.append(date)
    return min(found, key=lambda d: (abs((d - published).days), d > published), default=None)


def year_for_weekday(published: dt.date, month: int, day: int, weekday: int) -> int | None:
    """The year near publication in which ``day``/``month`` falls on ``weekday``.

    "الخميس 15 أغسطس" published 2013-02-12: 15 August 2012 is a Wednesday,
    15 August 2013 a Thursday → 2013.

    Args:
        published: the publication date.
        month: 1-12.
        day: day of the month.
        weekday: ISO weekday of the weekday named with the date.

    Returns:
        The year (publication year ±1, nearest first, ties to the past), or None.
    """
    found = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.isoweekday() == weekday:
            found.append(date)
    best = min(found, key=lambda d: (abs((d - published).days), d > published), default=None)
    return best.year if best else None


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def read_weekday(m: re.Match, text: str, pub: dt.date | None, g) -> Reading | None:
    """A weekday (``wd`` alternative): "الثلاثاء الماضي", "اليوم الاثنين", "السبت السادس عشر".

    Args:
        m: the grammar match.
        text: normalised text.
        pub: publication date, or None.
        g: the grammar.

    Returns:
        A :class:`Reading` (the day near publication), or None when the word is
        not a weekday here (بين الاثنين, صلاة الجمعة).
    """
    name = key(m.group("wd_n"))
    lead, qual, preq = key(m.group("wd_w")), m.group("wd_q"), m.group("preq")
    if not (lead or m.group("wd_dp") or qual or preq):
        deny_before, deny_after = g.weekday_deny[name]
        before = words_before(text, m.start(), limit=2)
        if (before and (before[-1] in deny_before or " ".join(before) in deny_before)) \
                or word_after(text, m.end()) in deny_after:
            return None
    if pub is None:
        return Reading("", "day", kind="weekday", note="weekday; no publication date")
    weekday = g.weekdays[name]
    if lead in g.fixed:
        return _today_weekday(pub, g.fixed[lead][1], weekday)
    if m.group("wd_o"):  # السبت السادس عشر: the 16th of the month near publication that is a Saturday
        date = day_with_weekday(pub, g.ordinals[key(m.group("wd_o"))], weekday)
        if date:
            return Reading(day_value(date), "day", anchored=True, kind="weekday")
    offset = (g.qual_after.get(key(qual)) if qual else g.qual_before.get(key(preq)) if preq else None)
    if offset == 0:
        date = pub + dt.timedelta(days=weekday - pub.isoweekday())
    else:
        direction = {-1: -1, -2: -1, 1: 1, 2: 1}.get(offset, 2 if is_future(text, m.start(), g) else 0)
        date = nearest_weekday(pub, weekday, direction=direction)
    return Reading(day_value(date), "day", anchored=True, kind="weekday")


def _today_weekday(pub: dt.date, shift: int, weekday: int) -> Reading:
    """"اليوم الاثنين", "غدا الجمعة": the weekday wins over the publication date.

    The text was written on the day whose weekday is ``weekday - shift``; agency
    copy is published later, so the nearest such day on or before the
    publication date is taken (up to four days back), else the next one.
    """
    back = (pub.isoweekday() - (weekday - shift)) % 7
    written = pub - dt.timedelta(days=back) if back <= 4 else pub + dt.timedelta(days=7 - back)
    date = written + dt.timedelta(days=shift)
    note = "" if not back else f"weekday wins: written on {written.isoformat()}, not the publication date"
    return Reading(day_value(date), "day", anchored=True, kind="weekday", note=note,
                   ana=("today", not back, written.isoformat()))
