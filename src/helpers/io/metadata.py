"""Metadata values from record files: text values and publication dates.

Scrapers and news databases write dates in many shapes.  :func:`iso_date`
turns the ones it can read into ISO values at their precision (``2016-04-23``,
``2016-04``, ``2016``; numeric dates with the day first, as Arab newsrooms
write them: ``23/04/2016``; month names; Hijri dates converted to Gregorian;
any decimal digits, Arabic-Indic included: :mod:`helpers.io.pubdate`) and
leaves anything else as it is, so that :func:`helpers.io.corpus.make_document`
reports it as a bad date (naming the record) instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import math

from helpers.io.pubdate import from_epoch, parse_published

__all__ = ["iso_date", "text_value"]


def text_value(value) -> str:
    """A metadata value as text: ``""`` for missing (None, NaN), dates as ISO.

    Args:
        value: a JSON, CSV or Parquet value.

    Returns:
        The value as a stripped string.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def iso_date(value) -> str:
    """Normalise a publication date to an ISO value at its precision where it is unambiguous.

    Accepted: ISO dates and timestamps (``2022-09-13``, ``2022-09-13T08:00Z``),
    ``2022/09/13``, day-first numeric dates (``13/09/2022``, ``13-09-2022``,
    ``13.09.2022``, optionally with a time: the way Arab newsrooms write
    them; a month-first date such as ``09/13/2022`` is not a valid day-first
    date and is returned unchanged), a year and month (``2016-04``,
    ``04/2016``, ``أبريل 2016``) or a year (``2016``), a month name with a
    day (``الثلاثاء 13 سبتمبر 2022``), Hijri dates (converted to Gregorian),
    RFC 2822 (``Tue, 13 Sep 2022 08:00:00 GMT``, as in RSS), Unix time in
    seconds or milliseconds (a number, read as UTC), and date or datetime
    objects.  Digits may be any decimal digits (``٢٠٢٢-٠٩-١٣``).  See
    :func:`helpers.io.pubdate.parse_published`, which also tells the
    calendar and the precision.

    Args:
        value: the value from the record.

    Returns:
        The ISO value (``2022-09-13``, ``2016-04``, ``2016``, the Gregorian
        interval of a Hijri month or year), ``""`` for a missing value, or
        the value unchanged (as text) when it is not understood.
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and math.isnan(value):
            return ""
        return from_epoch(float(value)) if value > 1e8 else iso_date(text_value(value))
    text = text_value(value)
    try:
        date, _ = parse_published(text, today=dt.date.max)
    except ValueError:
        return text
    return date.value if date else ""
