"""Calendar arithmetic for the temporal tagger: ISO values, anchoring, Hijri dates.

Values follow the table contract (:mod:`helpers.io.tables`): ISO 8601 at the precision the text gives —
``2017`` (year), ``2018-08`` (month), ``2022-W37`` (ISO week, precision
``week``), ``2022-09-13`` (day) — and, for eras, Hijri months and years and
ranges, an ISO interval ``start/end`` (``1939/1945``,
``2019-05-06/2019-06-04``).
"""

from __future__ import annotations

import datetime as dt
import re

from helpers.extract.temporal.periods import interval, part_span

__all__ = ["add_months", "day_value", "month_value", "week_value", "year_value",
           "shift", "nearest_weekday", "direction_of", "year_for_month", "hijri_value",
           "hijri_month_in_gregorian_year", "hijri_anchor_year", "value_span", "HIJRI_YEARS",
           "last_units"]

_WEEK = re.compile(r"^(\d{4})-W(\d\d)$")
#: The Hijri years hijridate converts (Umm al-Qura): a four-digit year in this
#: range written as a numeric date (14-09-1432) is a Hijri year.
HIJRI_YEARS = (1343, 1500)


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """Add a number of months to a (year, month).

    Args:
        year: calendar year.
        month: 1-12.
        months: how many months to add (negative to go back).

    Returns:
        ``(year, month)``.
    """
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def day_value(day: dt.date) -> str:
    """ISO day value ``YYYY-MM-DD``.

    Args:
        day: a date.

    Returns:
        The ISO string.
    """
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    """ISO month value ``YYYY-MM``.

    Args:
        year: calendar year.
        month: 1-12.

    Returns:
        The ISO string.
    """
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    """ISO week value ``YYYY-Www`` of the week containing ``day``.

    Args:
        day: a date.

    Returns:
        The ISO week string, e.g. ``2022-W37``.
    """
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def year_value(year: int) -> str:
    """ISO year value ``YYYY``.

    Args:
        year: calendar year.

    Returns:
        The four-digit string.
    """
    return f"{year:04d}"


def shift(published: dt.date, unit: str, amount: int) -> tuple[str, str]:
    """Value of "``amount`` units from the publication date" at that unit's precision.

    Args:
        published: the publication date.
        unit: ``day`` | ``week`` | ``month`` | ``year``.
        amount: signed number of units (−1 = the previous one).

    Returns:
        ``(value, precision)``.
    """
    if unit == "day":
        return day_value(published + dt.timedelta(days=amount)), "day"
    if unit == "week":
        return week_value(published + dt.timedelta(weeks=amount)), "week"
    if unit == "month":
        return month_value(*add_months(published.year, published.month, amount)), "month"
    return year_value(published.year + amount), "year"


def nearest_weekday(published: dt.date, weekday: int, *, direction: int) -> dt.date:
    """The date of a weekday relative to the publication date.

    Args:
        published: the publication date.
        weekday: ISO weekday, 1 = Monday … 7 = Sunday.
        direction: ``0`` on or before (news default), ``-1`` strictly before
            ("الثلاثاء الماضي"), ``1`` strictly after ("المقبل"), ``2`` on or
            after (a future verb: "سيزور … الثلاثاء").

    Returns:
        The date.
    """
    back = (published.isoweekday() - weekday) % 7
    if direction == 0:
        return published - dt.timedelta(days=back)
    if direction == -1:
        return published - dt.timedelta(days=back or 7)
    ahead = (weekday - published.isoweekday()) % 7
    if direction == 1:
        return published + dt.timedelta(days=ahead or 7)
    return published + dt.timedelta(days=ahead)


def direction_of(offset: int | None, future: bool) -> int:
    """The ``direction`` of :func:`year_for_month` for a qualifier's offset.

    Args:
        offset: the qualifier's offset (الماضي −1, الجاري 0, المقبل +1), or None.
        future: whether the clause speaks of the future (used without a qualifier).

    Returns:
        The direction code.
    """
    if offset is None:
        return 2 if future else 0
    return {0: 3, -1: -1, -2: -2, 1: 1, 2: 1}.get(offset, 0)


def year_for_month(published: dt.date, month: int, *, direction: int) -> int:
    """The year of a year-less month (or day-and-month) named in a dated text.

    Args:
        published: the publication date.
        month: 1-12.
        direction: ``0`` the most recent such month not after publication
            (news convention), ``-1`` strictly before ("أغسطس الماضي"), ``1``
            strictly after ("المقبل"), ``2`` not before (a future verb),
            ``3`` the publication year ("الجاري"), ``-2`` the one before the
            previous ("قبل الماضي").

    Returns:
        The year.
    """
    year, current = published.year, published.month
    if direction == 3:
        return year
    if direction == 0:
        return year if month <= current else year - 1
    if direction in (-1, -2):
        previous = year if month < current else year - 1
        return previous - (direction == -2)
    if direction == 1:
        return year if month > current else year + 1
    return year if month >= current else year + 1


def _hijri():
    from hijridate import Gregorian, Hijri
    return Gregorian, Hijri


def hijri_value(year: int, month: int | None = None, day: int | None = None) -> tuple[str, str]:
    """Convert a Hijri (Umm al-Qura) date to a Gregorian value with ``hijridate``.

    A Hijri day is a Gregorian day; a Hijri month or year does not line up
    with Gregorian months, so it is returned as the interval of Gregorian days
    it covers (``2019-05-06/2019-06-04``).

    Args:
        year: Hijri year (the converter covers 1343–1500 AH).
        month: Hijri month 1-12, or None for the whole year.
        day: day of the Hijri month, or None (a 30th of a month Umm al-Qura
            counts 29 days is the day after its 29th, as another sighting had it).

    Returns:
        ``(value, precision)``; value is '' outside the converter's range.
    """
    _, hijri = _hijri()
    precision = "day" if day else "month" if month else "year"
    try:
        if day == 30 and hijri(year, month, 1).month_length() == 29:
            # a 30th where Umm al-Qura has 29 days (another sighting): the day after the 29th
            return (hijri(year, month, 29).to_gregorian() + dt.timedelta(days=1)).isoformat(), precision
        if day:
            return hijri(year, month, day).to_gregorian().isoformat(), precision
        if month:
            first = hijri(year, month, 1)
            start = first.to_gregorian()
            end = start + dt.timedelta(days=first.month_length() - 1)
        else:
            start = hijri(year, 1, 1).to_gregorian()
            end = hijri(year + 1, 1, 1).to_gregorian() - dt.timedelta(days=1)
    except (ValueError, OverflowError):
        return "", precision
    return f"{start.isoformat()}/{end.isoformat()}", precision


def hijri_month_in_gregorian_year(year: int, month: int) -> int | None:
    """The Hijri year whose ``month`` starts in Gregorian ``year`` ("رمضان 2019").

    Args:
        year: Gregorian year.
        month: Hijri month 1-12.

    Returns:
        The Hijri year, or None when out of the converter's range.
    """
    _, hijri = _hijri()
    guess = round((year - 622) * 33 / 32)
    for candidate in (guess - 1, guess, guess + 1, guess + 2):
        try:
            if hijri(candidate, month, 1).to_gregorian().year == year:
                return candidate
        except (ValueError, OverflowError):
            continue
    return None


def hijri_anchor_year(published: dt.date, month: int, *, direction: int) -> int | None:
    """The Hijri year of a year-less Hijri month ("شهر رمضان") in a dated text.

    Args:
        published: the publication date.
        month: Hijri month 1-12.
        direction: as in :func:`year_for_month`.

    Returns:
        The Hijri year, or None outside the converter's range.
    """
    gregorian, _ = _hijri()
    try:
        today = gregorian.fromdate(published).to_hijri()
    except (ValueError, OverflowError):
        return None
    shifted = year_for_month(dt.date(today.year, today.month, 1), month, direction=direction)
    return shifted


def value_span(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day covered by a value (for charts and scoring).

    Args:
        value: ``YYYY``, ``YYYY-MM``, ``YYYY-Www``, ``YYYY-MM-DD``, a part
            of a year (``YYYY-Q2``, ``YYYY-H1``, ``YYYY-WI``) or an interval ``start/end`` of those.

    Returns:
        ``(first_day, last_day)``, or None for an empty or unknown value.
    """
    if not value:
        return None
    if "/" in value:
        left, right = value.split("/", 1)
        first, last = value_span(left), value_span(right)
        return (first[0], last[1]) if first and last else None
    try:
        return _span(value)
    except (ValueError, TypeError):
        return None


def _span(value: str) -> tuple[dt.date, dt.date]:
    part = part_span(value)
    if part:
        return part
    week = _WEEK.match(value)
    if week:
        start = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        return start, start + dt.timedelta(days=6)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        nxt = add_months(parts[0], parts[1], 1)
        return dt.date(parts[0], parts[1], 1), dt.date(*nxt, 1) - dt.timedelta(days=1)
    day = dt.date(*parts)
    return day, day


def last_units(published: dt.date, unit: str, count: int, direction: int) -> str:
    """The N whole units before (or after) the publication date as an interval.

    "الأيام الثلاثة الماضية" published 2015-10-14 → ``2015-10-11/2015-10-13``;
    "السنوات الخمس المقبلة" in 2015 → ``2016/2020``.

    Args:
        published: the publication date.
        unit: ``day`` | ``week`` | ``month`` | ``year``.
        count: how many units.
        direction: −1 the past ones, +1 the coming ones.

    Returns:
        The interval value.
    """
    ends = (-count, -1) if direction < 0 else (1, count)
    return interval(shift(published, unit, ends[0])[0], shift(published, unit, ends[1])[0])

