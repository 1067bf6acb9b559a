"""Metadata values from record files: text values and publication dates.

Scrapers and news databases write dates in many shapes.  :func:`iso_date`
turns the unambiguous ones into ``YYYY-MM-DD`` and leaves anything else as
it is, so that :func:`helpers.corpus.make_document` reports it as a bad date
(naming the record) instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from email.utils import parsedate_to_datetime

__all__ = ["iso_date", "text_value"]

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_YMD = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\s*$")
_EPOCH = re.compile(r"^\s*\d{9,13}\s*$")


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
    ``2022/09/13``, RFC 2822 (``Tue, 13 Sep 2022 08:00:00 GMT``, as in RSS),
    Unix time in seconds or milliseconds (a number, read as UTC), and date or
    datetime objects.  Day-first or month-first numeric dates
    (``13/09/2022``) are ambiguous and are returned unchanged.

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
    match = _ISO.match(text) or _YMD.match(text)
    if match:
        try:
            return dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            return text
    if _EPOCH.match(text):
        return _from_epoch(float(text))
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return text
