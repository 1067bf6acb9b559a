"""Publication dates as researchers bring them: Gregorian or Hijri, to the day, month or year.

A catalog, a record file or a saved page gives a document's date as text.
:func:`parse_published` reads it into a :class:`PublishedDate`: the Gregorian
value at the precision the text gives (``2016-04-23``, ``2016-04``,
``2016``), the calendar it was written in and the text as written.

Hijri dates are converted with hijridate (Umm al-Qura, 1343–1500 AH): a date
marked as Hijri (``هـ``, ``ه``, ``AH``, ``هجري``, ``للهجرة``), one with a Hijri
month name (``5 شوال 1436 هـ``, names from ``temporal/hijri_months.tsv``), or
an unmarked numeric date whose year lies between 1300 and 1500: no news was
published in that Gregorian period, and those are Hijri years 1882–2077 AD,
so the date is read as Hijri with a warning that the calendar was inferred
(a ``م`` / ``ميلادي`` mark or a Gregorian month name keeps it Gregorian).  A
Hijri month or year covers parts of two Gregorian months or years: its
value is the Gregorian interval ``first/last`` (as in the events table).

A date after the run's day (:func:`run_day`: the clock, unless pinned with
:func:`pin_run_day` or the ``HELPERS_RUN_DAY`` environment variable, so
that tests and notebooks do not depend on the day they run) is kept with a
warning.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from functools import lru_cache

from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import lookup_key

__all__ = ["PublishedDate", "parse_published", "run_day", "pin_run_day", "from_epoch",
           "published_columns", "HIJRI_PUBLISHED_YEARS", "RUN_DAY_VARIABLE"]

#: Unmarked years read as Hijri: no Gregorian reading makes sense for news there.
HIJRI_PUBLISHED_YEARS = (1300, 1500)
#: The environment variable that pins the run's day (``YYYY-MM-DD``).
RUN_DAY_VARIABLE = "HELPERS_RUN_DAY"
_pinned: dt.date | None = None
_NOT_A_DATE = "published date {!r} is not a date (YYYY-MM-DD or DD/MM/YYYY)"

_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[t ][0-9:.]+(?:z|[+-][0-9:]+)?)?")
_YMD = re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})")
_DMY = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?")
_YM = re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})")
_MY = re.compile(r"([0-9]{1,2})[-/.]([0-9]{4})")
_Y = re.compile(r"[0-9]{4}")
_EPOCH = re.compile(r"[0-9]{9,13}")
#: The era marks after a date, Arabic ones from data/io/era_marks.tsv (in file order), then English ones.
_ERA_MARKS = read_tsv("io/era_marks.tsv", columns=("era", "mark"))
_HIJRI_MARK = re.compile(r"\s*(?:" + "|".join(r["mark"] for r in _ERA_MARKS if r["era"] == "hijri")
                         + r"|ah|a\.h\.?)\.?$")
_GREGORIAN_MARK = re.compile(r"\s*(?:" + "|".join(r["mark"] for r in _ERA_MARKS if r["era"] == "gregorian")
                             + r"|ad|ce)\.?$")


@dataclass(frozen=True)
class PublishedDate:
    """A publication date as read from the input.

    Attributes:
        value: the Gregorian date at its precision (``2016-04-23``,
            ``2016-04``, ``2016``; a Hijri month or year is the Gregorian
            interval it covers, ``2015-07-17/2015-08-15``).
        precision: ``day``, ``month`` or ``year``.
        calendar: ``gregorian`` or ``hijri``.
        written: the date as written in the input.
        inferred: the Hijri calendar was inferred from the year, not marked.
        first, last: the first and last Gregorian day the date covers.
    """

    value: str
    precision: str
    calendar: str
    written: str
    first: dt.date
    last: dt.date
    inferred: bool = False

    @property
    def day(self) -> dt.date | None:
        """The date when it is known to the day, else None (relative dates stay unresolved)."""
        return self.first if self.precision == "day" else None


def run_day() -> dt.date:
    """The run's day, against which future dates are told.

    Returns:
        The day pinned with :func:`pin_run_day`, else the ``HELPERS_RUN_DAY``
        environment variable (``YYYY-MM-DD``), else today's date.
    """
    if _pinned is not None:
        return _pinned
    pinned = os.environ.get(RUN_DAY_VARIABLE, "").strip()
    if pinned:
        try:
            return dt.date.fromisoformat(pinned)
        except ValueError:
            pass
    return dt.date.today()


def pin_run_day(day: dt.date | None) -> None:
    """Pin the run's day (tests, notebooks); ``None`` goes back to the environment and clock.

    Args:
        day: the day, or None.
    """
    global _pinned
    _pinned = day


def from_epoch(seconds: float) -> str:
    """The UTC day of a Unix time in seconds or milliseconds, as ``YYYY-MM-DD``.

    Args:
        seconds: the Unix time (values above 1e11 are read as milliseconds).

    Returns:
        The ISO date.
    """
    if seconds > 1e11:
        seconds /= 1000
    return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date().isoformat()


def _key(text: str) -> str:
    return lookup_key(text)


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern, dict[str, tuple[int, str]], re.Pattern]:
    """Month names (Gregorian series and Hijri, normalised) and weekday names."""
    months = {_key(r["name"]): (int(r["month"]), "gregorian") for r in read_tsv("temporal/months.tsv")}
    months.update({_key(r["name"]): (int(r["month"]), "hijri")
                   for r in read_tsv("temporal/hijri_months.tsv")})
    alternation = "|".join(re.escape(n) for n in sorted(months, key=len, reverse=True))
    weekdays = "|".join(re.escape(n) for n in sorted({_key(r["name"]) for r in read_tsv(
        "temporal/weekdays.tsv")}, key=len, reverse=True))
    name = rf"(?P<name>{alternation})\.?(?:\s*[/(]\s*(?:{alternation})\.?\s*\)?)?"
    named = re.compile(rf"(?:(?P<day>[0-9]{{1,2}})\s+{name}|{name.replace('name', 'name2')}"
                       rf"\s+(?P<day2>[0-9]{{1,2}})\s*,?|{name.replace('name', 'name3')})"
                       r"\s*,?\s*(?P<year>[0-9]{4})")
    return named, months, re.compile(rf"(?:{weekdays})\s*[,-]?\s*")


def _numeric(key: str) -> tuple[int, int | None, int | None] | None:
    """``(year, month, day)`` of a numeric date (month, day None when not given)."""
    for pattern, order in ((_ISO, "ymd"), (_YMD, "ymd"), (_DMY, "dmy"), (_YM, "ym"), (_MY, "my"),
                           (_Y, "y")):
        match = pattern.fullmatch(key)
        if match:
            parts = dict(zip(order, map(int, match.groups() or (match.group(),))))
            return parts["y"], parts.get("m"), parts.get("d")
    return None


def _read(key: str) -> tuple[int, int | None, int | None, str] | None:
    """``(year, month, day, calendar)``: calendar ``hijri``/``gregorian`` when marked, else ``""``."""
    calendar = ""
    for mark, name in ((_HIJRI_MARK, "hijri"), (_GREGORIAN_MARK, "gregorian")):
        stripped = mark.sub("", key)
        if stripped != key and stripped[-1:].isdigit():
            key, calendar = stripped, name
            break
    named, months, weekday = _names()
    key = weekday.sub("", key, count=1) if weekday.match(key) else key
    found = _numeric(key)
    if found:
        return (*found, calendar)
    match = named.fullmatch(key)
    if not match:
        return None
    name = match["name"] or match["name2"] or match["name3"]
    month, series = months[name]
    if calendar and series != calendar:
        return None
    day = match["day"] or match["day2"]
    return int(match["year"]), month, int(day) if day else None, series


def _gregorian(year: int, month: int | None, day: int | None):
    first = dt.date(year, month or 1, day or 1)
    if day:
        return first.isoformat(), first, first
    if month:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return f"{year:04d}-{month:02d}", first, following - dt.timedelta(days=1)
    return f"{year:04d}", first, dt.date(year, 12, 31)


def _plain(day: dt.date) -> dt.date:
    return dt.date(day.year, day.month, day.day)


def _hijri(year: int, month: int | None, day: int | None):
    from hijridate import Hijri

    if day:
        first = _plain(Hijri(year, month, day).to_gregorian())
        return first.isoformat(), first, first
    start = Hijri(year, month or 1, 1)
    end = Hijri(year, month or 12, 1)
    first = _plain(start.to_gregorian())
    last = _plain(Hijri(year, month or 12, end.month_length()).to_gregorian())
    return f"{first.isoformat()}/{last.isoformat()}", first, last


def parse_published(value: str, *, today: dt.date | None = None
                    ) -> tuple[PublishedDate | None, list[str]]:
    """Read a publication date written as text.

    Accepted (any decimal digits): ISO dates and timestamps, ``2016/04/23``,
    day-first ``23/04/2016`` (``23-04-2016``, ``23.04.2016``, with a time),
    year-month ``2016-04`` / ``04/2016``, a year ``2016``, a month name and
    year with an optional day and weekday (``أبريل 2016``, ``April 2016``,
    ``الخميس 23 أبريل 2016``, ``April 23, 2016``, Levantine and Maghrebi names
    too), Hijri dates (see the module), RFC 2822 and Unix time.

    Args:
        value: the date as written (a string; ``""`` for none).
        today: the run's day (default :func:`run_day`).

    Returns:
        ``(date, warnings)``: the :class:`PublishedDate` (None for an empty
        value) and warning lines (Hijri calendar inferred, date in the future).

    Raises:
        ValueError: the value is not a date (its message is the problem).
    """
    written = value.strip()
    if not written:
        return None, []
    date, warnings = _reading(written)
    return date, [*warnings, *_future(date, today)]


@lru_cache(maxsize=4096)
def _reading(written: str) -> tuple[PublishedDate, tuple[str, ...]]:
    """:func:`parse_published` of a stripped non-empty value, less the future-date warning.

    Kept per value (an archive repeats its dates: ANT has 1,250 distinct
    dates in 10,156 records); it depends on the value alone, and a value
    that is not a date raises each time (exceptions are not kept).
    """
    key = _key(written)
    found = _read(key)
    if found is None:
        return _other(written, key)
    year, month, day, calendar = found
    inferred = not calendar and HIJRI_PUBLISHED_YEARS[0] <= year <= HIJRI_PUBLISHED_YEARS[1]
    calendar = calendar or ("hijri" if inferred else "gregorian")
    try:
        convert = _hijri if calendar == "hijri" else _gregorian
        iso, first, last = convert(year, month, day)
    except OverflowError:
        raise ValueError(f"published date {written!r} is a Hijri date outside the years the "
                         "converter knows (1343–1500 AH)") from None
    except (ValueError, TypeError):
        if calendar == "gregorian":
            raise ValueError(_NOT_A_DATE.format(written)) from None
        raise ValueError(f"published date {written!r} is not a date (no day {day or 1} of Hijri "
                         f"month {month or 1} in {year})") from None
    precision = "day" if day else "month" if month else "year"
    date = PublishedDate(iso, precision, calendar, written, first, last, inferred)
    warnings = (f"published date {written!r} read as Hijri ({iso}; the calendar is inferred: "
                f"{year} is no plausible Gregorian year for news)",) if inferred else ()
    return date, warnings


def _other(written: str, key: str):
    """Unix time and RFC 2822 (``Tue, 13 Sep 2022 08:00:00 GMT``), to the day."""
    iso = ""
    if _EPOCH.fullmatch(key):
        iso = from_epoch(float(key))
    else:
        try:
            iso = parsedate_to_datetime(written).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    if not iso:
        raise ValueError(_NOT_A_DATE.format(written))
    first = dt.date.fromisoformat(iso)
    return PublishedDate(iso, "day", "gregorian", written, first, first), ()


def _future(date: PublishedDate, today: dt.date | None) -> list[str]:
    today = today or run_day()
    return [f"published date {date.value} is in the future"] if date.first > today else []


def published_columns(date: PublishedDate | None, day: dt.date | None) -> dict:
    """A document's publication columns for the documents table.

    Args:
        date: the date as read (``Document.publication``).
        day: ``Document.published``; a day set by hand (not the one read) is
            taken as a Gregorian day.

    Returns:
        ``published`` (the value at its precision), ``published_precision``,
        ``published_calendar`` and ``published_written`` (the date as written).
    """
    if day is not None and (date is None or date.day != day):
        return {"published": day.isoformat(), "published_precision": "day",
                "published_calendar": "gregorian", "published_written": ""}
    if date is None:
        return dict.fromkeys(("published", "published_precision", "published_calendar",
                              "published_written"), "")
    return {"published": date.value, "published_precision": date.precision,
            "published_calendar": date.calendar, "published_written": date.written}
