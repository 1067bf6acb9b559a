"""TIMEX3 values for parts of a year: quarters, halves, seasons, cycles, intervals.

Values follow TimeML/TIMEX3 as HeidelTime writes them: ``2015-Q2`` (quarter),
``2015-H1`` (half), ``2015-SP|SU|FA|WI`` (season), and ISO intervals
``A/B`` for ranges and multi-year spans (a football season ``2015/2016``,
"the last three days" ``2015-10-11/2015-10-13``).  A winter belongs to the
year of its January: ``2016-WI`` runs from December 2015 to February 2016.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["SEASONS", "TIMEX", "is_timex", "part_value", "part_span", "part_of",
           "part_year", "cycle_years", "interval"]

#: Season code → (first month, number of months); WI starts in the previous December.
SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_ONE = (r"\d{4}(?:-(?:W(?:0[1-9]|[1-4]\d|5[0-3])|Q[1-4]|H[12]|SP|SU|FA|WI"
        r"|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?))?")
#: A TIMEX3 ``value`` this tagger writes: one point or an interval of two.
TIMEX = re.compile(rf"^{_ONE}(?:/{_ONE})?$")


def is_timex(value: str) -> bool:
    """Whether ``value`` is a well-formed TIMEX3/ISO value of this tagger.

    Args:
        value: an events-table value.

    Returns:
        True for ``2015``, ``2015-06``, ``2015-06-30``, ``2015-W31``,
        ``2015-Q2``, ``2015-H1``, ``2015-FA`` and intervals ``A/B`` of those.
    """
    return bool(TIMEX.match(value))


def part_value(year: int, unit: str, index: int | str) -> str:
    """TIMEX3 value of a quarter, half or season of a year.

    Args:
        year: calendar year (for a winter: the year of its January).
        unit: ``quarter`` | ``half`` | ``season``.
        index: 1-4 for a quarter, 1-2 for a half, a code of :data:`SEASONS`.

    Returns:
        ``2015-Q2``, ``2015-H1`` or ``2015-WI``.
    """
    code = {"quarter": f"Q{index}", "half": f"H{index}"}.get(unit, str(index))
    return f"{year:04d}-{code}"


def _months(code: str) -> tuple[int, int]:
    """(first month, number of months) of a part code, first month may be 0 = December before."""
    if code[0] == "Q":
        return 3 * int(code[1]) - 2, 3
    if code[0] == "H":
        return 6 * int(code[1]) - 5, 6
    first, length = SEASONS[code]
    return (0 if first == 12 else first), length


def part_span(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a quarter, half or season value.

    Args:
        value: e.g. ``2015-Q2``.

    Returns:
        ``(first_day, last_day)`` or None when ``value`` is not such a value.
    """
    match = _PART.match(value)
    if not match:
        return None
    year = int(match[1])
    first, length = _months(match[2])
    start = dt.date(year - 1, 12, 1) if first == 0 else dt.date(year, first, 1)
    end_month = start.month + length
    end_year = start.year + (end_month - 1) // 12
    end = dt.date(end_year, (end_month - 1) % 12 + 1, 1) - dt.timedelta(days=1)
    return start, end


def part_of(day: dt.date, unit: str) -> tuple[int, int | str]:
    """The quarter, half or season containing a day.

    Args:
        day: a date.
        unit: ``quarter`` | ``half`` | ``season``.

    Returns:
        ``(year, index)`` as :func:`part_value` takes them.
    """
    if unit == "quarter":
        return day.year, (day.month - 1) // 3 + 1
    if unit == "half":
        return day.year, 1 if day.month <= 6 else 2
    if day.month == 12:
        return day.year + 1, "WI"
    return day.year, ("WI", "SP", "SU", "FA")[day.month // 3]


def part_year(published: dt.date, unit: str, index: int | str, *, direction: int) -> int:
    """The year of a year-less quarter, half or season ("فصل الشتاء", "الصيف الماضي").

    Args:
        published: the publication date.
        unit: ``quarter`` | ``half`` | ``season``.
        index: its number or season code.
        direction: ``0`` the one containing the publication date, else the
            nearest one; ``-1`` the last one before it; ``1`` the next one;
            ``2`` the one containing it, else the next (a future verb);
            ``3`` the one of the publication year ("هذا الصيف").

    Returns:
        The year for :func:`part_value`.
    """
    candidates = [(y, part_span(part_value(y, unit, index))) for y in
                  (published.year - 1, published.year, published.year + 1)]
    if direction == -1:
        return max(y for y, (_, end) in candidates if end < published)
    if direction == 1:
        return min(y for y, (start, _) in candidates if start > published)
    for y, (start, end) in candidates:
        if start <= published <= end:
            return y
    if direction == 2:
        return min(y for y, (start, _) in candidates if start > published)
    if direction == 3:
        return published.year + (index == "WI" and published.month == 12)

    def distance(item):
        start, end = item[1]
        return min(abs((start - published).days), abs((published - end).days))
    return min(candidates, key=distance)[0]


def cycle_years(published: dt.date, first_month: int, offset: int) -> tuple[int, int]:
    """The years of a season that crosses the new year (football, school, harvest).

    Args:
        published: the publication date.
        first_month: the month the cycle starts in (7 = a football season).
        offset: 0 the current one, −1 the previous, +1 the next.

    Returns:
        ``(first_year, second_year)``, e.g. ``(2015, 2016)`` in autumn 2015.
    """
    start = published.year if published.month >= first_month else published.year - 1
    return start + offset, start + offset + 1


def interval(first: str, last: str) -> str:
    """An ISO interval ``first/last`` (the same value once when both are equal).

    Args:
        first: the first value.
        last: the last value.

    Returns:
        The interval string.
    """
    return first if first == last else f"{first}/{last}"
