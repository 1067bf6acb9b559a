"""Metadata values from record files: text values and publication dates.

Scrapers and news databases write dates in many shapes.  :func:`iso_date`
turns the ones it can read into ``YYYY-MM-DD`` (numeric dates with the day
first, as Arab newsrooms write them: ``23/04/2016``; any decimal digits,
Arabic-Indic included) and leaves anything else as it is, so that
:func:`helpers.io.corpus.make_document` reports it as a bad date (naming the
record) instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from email.utils import parsedate_to_datetime

__all__ = ["iso_date", "text_value"]

_ISO = re.compile(r"^\s*([0-9]{4})-([0-9]{2})-([0-9]{2})(?:$|[T\s])")
_YMD = re.compile(r"^\s*([0-9]{4})[/.]([0-9]{1,2})[/.]([0-9]{1,2})\s*$")
_DMY = re.compile(r"^\s*([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s*$")
_EPOCH = re.compile(r"^\s*[0-9]{9,13}\s*$")
#: Every decimal digit (Arabic-Indic, Persian, …) to its ASCII digit.
_DIGITS = str.maketrans({chr(zero + v): str(v) for zero in (0x660, 0x6F0, 0x966, 0xFF10)
                         for v in range(10)})


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


def _from_epoch(seconds: float) -> str:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date().isoformat()


def iso_date(value) -> str:
    """Normalise a publication date to ``YYYY-MM-DD`` where it is unambiguous.

    Accepted: ISO dates and timestamps (``2022-09-13``, ``2022-09-13T08:00Z``),
    ``2022/09/13``, day-first numeric dates (``13/09/2022``, ``13-09-2022``,
    ``13.09.2022``, optionally with a time: the way Arab newsrooms write
    them; a month-first date such as ``09/13/2022`` is not a valid day-first
    date and is returned unchanged), RFC 2822 (``Tue, 13 Sep 2022 08:00:00
    GMT``, as in RSS), Unix time in seconds or milliseconds (a number, read
    as UTC), and date or datetime objects.  Digits may be any decimal digits
    (``٢٠٢٢-٠٩-١٣``).

    Args:
        value: the value from the record.

    Returns:
        The ISO date, ``""`` for a missing value, or the value unchanged
        (as text) when it is not understood.
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and math.isnan(value):
            return ""
        return _from_epoch(float(value)) if value > 1e8 else text_value(value)
    text = text_value(value)
    ascii_text = text.translate(_DIGITS)
    match = _ISO.match(ascii_text) or _YMD.match(ascii_text)
    day_first = _DMY.match(ascii_text)
    if match or day_first:
        parts = list(map(int, match.groups())) if match else list(map(int, day_first.groups()))[::-1]
        try:
            return dt.date(*parts).isoformat()
        except ValueError:
            return text
    if _EPOCH.match(ascii_text):
        return _from_epoch(float(ascii_text))
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return text
