"""Four-digit numbers as years, and the checks that tell a year from a count.

A bare number is a year only in 1900-2100 and when nothing around it shows a
count: a counted noun after it (2000 شخص، 1250 نقطة، 2033 تلميذا), a decimal
part (1279.9), "م د" (million dinars, not the era mark م).  1000-1899 needs a
year word, an era mark or a modifier (عام 1564), or in English a preposition before it
and a clause end or a function word after it ("in 1884.", "since 1759 the Qing …").  Hijri years (1435 هـ) and
their ranges, and Hijri dates, are converted to the Gregorian days they cover.
"""

from __future__ import annotations

import datetime as dt
import re

import helpers.extract.temporal.calendar as cal
from helpers.extract.temporal.context import Reading, is_future, key, word_after, words_before
from helpers.extract.temporal.words import word_list

__all__ = ["read_year", "read_hijri", "read_numeric", "read_month_year", "not_era"]

_DECIMAL_POINTS = frozenset(f".{d}" for d in range(10))  # "2014.5" is a number, not a year


def read_year(m: re.Match, text: str, pub, g) -> Reading | None:
    """A year (``yr`` alternative): "عام 2017", "2014-2017", "1435-1436 هـ", or None for a count.

    Args:
        m: the grammar match.
        text: normalised text.
        pub: publication date (unused: a year needs none).
        g: the grammar.

    Returns:
        A :class:`Reading` or None.
    """
    year = int(m.group("yr_y"))
    if m.group("yr_eh"):
        last = int(m.group("yr_y2")) if m.group("yr_y2") else year
        first_value, _ = cal.hijri_value(year)
        last_value, _ = cal.hijri_value(last)
        if not year <= last <= year + 100:
            return None
        if not (first_value and last_value):
            return Reading("", "year", kind="hijri", note=f"Hijri year {year}: outside the converter's range")
        value = f"{first_value.split('/')[0]}/{last_value.split('/')[1]}"
        precision = "year" if last == year else "span"
        return Reading(value, precision, kind="hijri", note=f"Hijri year {year}" + (f"-{last}" if last != year else ""))
    if not 1000 <= year <= 2100 or (m.group("yr_eg") and not_era(text, m.end())):
        return None
    explicit = m.group("yr_k") or m.group("yr_eg")
    if not explicit:
        hyphen = text[m.end():m.end() + 1] == "-"
        after = "-" * hyphen + word_after(text, m.end() + hyphen)  # a 2000-strong force: -strong
        before = words_before(text, m.start(), limit=1)
        mod = key(m.group("mod"))
        if after in g.cues["count_after"] or after.startswith("%") or mod in g.cues["nonyear_before"]:
            return None
        if _looks_counted(after, g) or text[m.end():m.end() + 2] in _DECIMAL_POINTS:
            return None
        if before and before[-1] in g.cues["nonyear_before"] and not mod:
            return None
        if year < 1900 and not mod and not _old_year(before, after, g):  # a plain number: 1250 نقطة, ١٥٠٠
            return None
    if m.group("yr_yy"):  # 2015-16, 2019/20: a season or budget year, only of consecutive years
        last = year + 1
        if int(m.group("yr_yy")) != last % 100:
            return Reading(cal.year_value(year), "year", kind="year")
        return Reading(f"{year:04d}/{last:04d}", "span", kind="year", note="range")
    if m.group("yr_y2"):
        last = int(m.group("yr_y2"))
        if not year < last <= min(year + 100, 2100):
            return None
        return Reading(f"{year:04d}/{last:04d}", "span", kind="year", note="range")
    return Reading(cal.year_value(year), "year", kind="year")


def _old_year(before: list[str], after: str, g) -> bool:
    """"in 1884.", "since 1759 the …": an English preposition before and no counted noun after."""
    return bool(before) and before[-1] in g.cues["old_year_before"] and (
        not after or after in g.cues["old_year_after"])


def not_era(text: str, end: int) -> bool:
    """"3970 م د", "1454 م.د": million dinars (Tunisian), not the Gregorian era mark.

    Args:
        text: normalised text.
        end: end of the number.

    Returns:
        True when the م after the number is a currency.
    """
    return bool(re.match(r"[^\S\n]*[.]?[^\S\n]*د(?!\w)", text[end:end + 4]))


def _looks_counted(after: str, g) -> bool:
    """An indefinite accusative noun after a number (2033 تلميذا، 1200 صوتا): a count."""
    return (len(after) >= 4 and after.endswith("ا") and after[0] not in word_list("counted_first")
            and not after.endswith(word_list("pronoun_suffix")) and after not in g.cues["not_counted"])


def read_hijri(m: re.Match, text: str, pub, g) -> Reading | None:
    """A Hijri date (``hj`` alternative): "15 شعبان 1443هـ", "رمضان 2019", "شهر رمضان".

    Args:
        m: the grammar match.
        text: normalised text.
        pub: publication date, or None.
        g: the grammar.

    Returns:
        A :class:`Reading` (Gregorian value) or None.
    """
    month = g.hijri[key(m.group("hj_m"))]
    day = int(m.group("hj_d")) if m.group("hj_d") else g.ordinals.get(key(m.group("hj_o")))
    if m.group("hj_y"):
        year = int(m.group("hj_y"))
        if not m.group("hj_eh") and (m.group("hj_eg") or 1800 <= year <= 2100):
            year = cal.hijri_month_in_gregorian_year(year, month)
            if year is None or day:
                return None
        value, precision = cal.hijri_value(year, month, day)
        note = f"Hijri {year}-{month:02d}" + (f"-{day:02d}" if day else "")
        return Reading(value, precision, kind="hijri", note=note)
    if not (day or m.group("hj_sh") or m.group("hj_q")):
        return None
    if pub is None:
        return Reading("", "day" if day else "month", kind="hijri", note="year-less Hijri date; no publication date")
    offset = g.qual_after.get(key(m.group("hj_q"))) if m.group("hj_q") else None
    year = cal.hijri_anchor_year(pub, month, direction=cal.direction_of(offset, is_future(text, m.start(), g)))
    if year is None:
        return None
    value, precision = cal.hijri_value(year, month, day)
    return Reading(value, precision, anchored=True, kind="hijri", note=f"Hijri {year}-{month:02d}")


def read_numeric(m: re.Match, text: str, pub, g) -> Reading | None:
    """A numeric date (``num`` alternative): "14/11/2019", "2019-11-14", "14-09-1432 هـ".

    A four-digit year in the Hijri range (or with a Hijri era mark) makes the
    date a Hijri day, converted to its Gregorian day.

    Args:
        m: the grammar match.
        text: normalised text.
        pub: publication date (unused).
        g: the grammar.

    Returns:
        A :class:`Reading` or None.
    """
    a, b, c = m.group("num_a"), int(m.group("num_b")), m.group("num_c")
    if m.group("num_eg") and not_era(text, m.end("num_c")):
        return None
    if len(a) == 4:
        if len(c) != 2:
            return None
        year, month, day = int(a), b, int(c)
    else:
        if m.group("num_s") == "." and len(c) != 4:
            return None
        year = int(c) if len(c) == 4 else (2000 + int(c) if int(c) < 50 else 1900 + int(c))
        x = int(a)
        day, month = (b, x) if (b > 12 and x <= 12) else (x, b)
    if m.group("num_eh") or (not m.group("num_eg") and cal.HIJRI_YEARS[0] <= year <= cal.HIJRI_YEARS[1]):
        if (len(c) == 2 and len(a) != 4) or not (1 <= month <= 12 and 1 <= day <= 30):
            return None
        value, _ = cal.hijri_value(year, month, day)
        return Reading(value, "day", kind="hijri", note=f"Hijri {year}-{month:02d}-{day:02d}") if value else None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return Reading(cal.day_value(date), "day") if 1800 <= date.year <= 2100 else None


def read_month_year(m: re.Match, text: str, pub, g) -> Reading | None:
    """A numeric month and year (``nmy`` alternative): "11/2019".

    Args:
        m: the grammar match.
        text: normalised text.
        pub: publication date (unused).
        g: the grammar.

    Returns:
        A :class:`Reading` or None.
    """
    month, year = int(m.group("nmy_m")), int(m.group("nmy_y"))
    if 1 <= month <= 12 and 1900 <= year <= 2100:
        return Reading(cal.month_value(year, month), "month")
    return None
