"""Turn a match of the temporal grammar into a value, resolving against the publication date.

One small function per alternative of :mod:`helpers.extract.temporal.patterns`.  Each
returns a :class:`Reading` (value, precision, modifier, anchored, kind, note)
or None when the context shows the match is not a date (a count, a
non-weekday الاثنين, "اليوم الثاني", an ambiguous month name alone).  Without a
publication date, expressions that need one get ``value=''`` and
``anchored=False``: nothing is ever resolved against today's clock.
"""

from __future__ import annotations

import datetime as dt
import re

import helpers.extract.temporal.calendar as cal
from helpers.extract.temporal.context import (
    RETRY,
    Reading,
    context,
    definite_clitic,
    is_definite,
    is_future,
    key,
    listed_month,
    noun_after,
    preposition_before,
    recurring,
    spaced_pair,
    word_after,
    words_before,
)
from helpers.extract.temporal.era_resolve import ERA_RESOLVERS
from helpers.extract.temporal.holidays import read_weekday
from helpers.extract.temporal.patterns import Grammar, scan
from helpers.extract.temporal.span_resolve import SPAN_RESOLVERS
from helpers.extract.temporal.words import word_list
from helpers.extract.temporal.years import read_hijri, read_month_year, read_numeric, read_year

__all__ = ["Reading", "interpret", "find_named"]



def _month_of(m: re.Match, prefix: str, g: Grammar) -> tuple[int, int]:
    month, level = g.months[key(m.group(f"{prefix}_m1"))]
    if m.group(f"{prefix}_m2"):
        level = 0  # a pair ("ماي/أيار", "مارس آذار") or a range ("مايو-يونيو") is always a month
    return month, level


def _range_end(m: re.Match, prefix: str, g: Grammar) -> int | None:
    """"مايو-يونيو 2011", "يناير/فبراير": the last month of a range (None for a pair of one month)."""
    if not m.group(f"{prefix}_m2"):
        return None
    last = g.months[key(m.group(f"{prefix}_m2"))][0]
    return last if last != g.months[key(m.group(f"{prefix}_m1"))][0] else None


def _month_range(first: int, last: int, year: int, anchored: bool = False) -> Reading:
    start = year - (first > last)
    return Reading(f"{start:04d}-{first:02d}/{year:04d}-{last:02d}", "span", anchored=anchored, kind="span",
                   note="range")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _gregorian_year(m: re.Match, prefix: str) -> int | None:
    year = int(m.group(f"{prefix}_y"))
    has_context = m.group(f"{prefix}_k") or m.group(f"{prefix}_k2") or m.group(f"{prefix}_eg")
    return year if has_context or 1000 <= year <= 2100 else None


def _day_month(month: int, day: int, year: int | None, offset, m, text, pub, g, kind="date"):
    """A day of a month, with or without a year; anchors a year-less one."""
    if not 1 <= day <= 31:
        return None
    if year is not None:
        date = _safe_date(year, month, day)
        return Reading(cal.day_value(date), "day", kind=kind) if date else None
    if pub is None:
        return Reading("", "day", kind=kind, note="year-less date; no publication date")
    year = cal.year_for_month(pub, month, direction=cal.direction_of(offset, is_future(text, m.start(), g)))
    if offset in (-1, -2, 1):  # "11 سبتمبر الماضي": the last such date, compared by day
        this_year = _safe_date(pub.year, month, day)
        if this_year and offset < 0:
            year = (pub.year if this_year < pub else pub.year - 1) - (offset == -2)
        elif this_year:
            year = pub.year if this_year > pub else pub.year + 1
    date = _safe_date(year, month, day)
    free = ("free_year",) if offset is None else ()  # a weekday named with it may pick the year
    return Reading(cal.day_value(date), "day", anchored=True, kind=kind, ana=free) if date else None


def _r_dmy(m, text, pub, g):
    month, _ = _month_of(m, "dmy", g)
    day = int(m.group("dmy_d")) if m.group("dmy_d") else g.ordinals[key(m.group("dmy_o"))]
    year = _gregorian_year(m, "dmy") if m.group("dmy_y") else None
    if m.group("dmy_y") and year is None:
        return None
    offset = g.qual_after.get(key(m.group("dmy_q"))) if m.group("dmy_q") else None
    reading = _day_month(month, day, year, offset, m, text, pub, g)
    if reading is None or not m.group("dmy_r"):
        return reading
    first = int(m.group("dmy_r"))  # "من 10 إلى 12 سبتمبر": an interval of days
    if not (m.group("dmy_d") and 1 <= first < day):
        return None
    if not reading.value:
        return reading
    start = dt.date.fromisoformat(reading.value).replace(day=first)
    return Reading(f"{start.isoformat()}/{reading.value}", "span", anchored=reading.anchored, note="range")


def _r_mdy(m, text, pub, g):
    month = g.months[key(m.group("mdy_m1"))][0]
    if m.group("mdy_an"):  # March 1 that year: a day in the year of the last date given
        day = int(m.group("mdy_d"))
        if not _safe_date(2000, month, day):
            return None
        offset = g.spans.anaphors[key(m.group("mdy_an"))][1]
        return Reading("", "day", kind="anaphor", ana=("day_of", month, day, offset))
    year = int(m.group("mdy_y")) if m.group("mdy_y") else None
    reading = _day_month(month, int(m.group("mdy_d")), year, None, m, text, pub, g)
    if reading is None or not m.group("mdy_d2") or not reading.value:
        return reading
    last = int(m.group("mdy_d2"))  # Oct. 21-22: an interval of days
    end = _safe_date(int(reading.value[:4]), month, last) if last > int(m.group("mdy_d")) else None
    if end is None:
        return None
    return Reading(f"{reading.value}/{cal.day_value(end)}", "span", anchored=reading.anchored, note="range")


def _r_dcur(m, text, pub, g):
    offset = 0 if m.group("dcur_t") else g.qual_after[key(m.group("dcur_q"))]
    if m.group("dcur_o"):  # الأسابيع الثلاثة الأولى من هذا الشهر: an adjective of the noun before, no day
        before = words_before(text, m.start(), limit=1)
        if before and is_definite(before[-1]) and before[-1] not in g.weekdays and before[-1] not in g.fixed:
            return RETRY
    if not m.group("dcur_u") and offset != 0:
        return None
    day = int(m.group("dcur_d")) if m.group("dcur_d") else g.ordinals[key(m.group("dcur_o"))]
    pending = ("dcur", day, offset)  # the document pass reads it in a Hijri month when the text is in one
    if pub is None:
        return Reading("", "day", kind="relative", note="day of the current month; no publication date", ana=pending)
    year, month = cal.add_months(pub.year, pub.month, offset)
    date = _safe_date(year, month, day)
    return Reading(cal.day_value(date), "day", anchored=True, kind="relative", ana=pending) if date else None


def _r_my(m, text, pub, g):
    if spaced_pair(m, "my"):
        return None
    month, _ = _month_of(m, "my", g)
    year = _gregorian_year(m, "my")
    last = _range_end(m, "my", g)
    if year and last:
        return _month_range(month, last, year)
    return Reading(cal.month_value(year, month), "month") if year else None


def _r_mon(m, text, pub, g):
    if spaced_pair(m, "mon"):
        return None
    month, level = _month_of(m, "mon", g)
    qualified = m.group("mon_q") or m.group("mon_yq") or m.group("mon_ye") or m.group("mon_an") or m.group("preq")
    spelling = ()
    month_noun = any(n in m.group(0) for n in word_list("month_noun"))  # مطلع شهر مارس
    if level and not (m.group("mon_sh") or qualified or (m.group("mod") and month_noun)):
        if level == 2:
            return None
        other = g.month_other.get(key(m.group("mon_m1")), frozenset())
        if not (m.group("mod") or listed_month(m, text, g)):
            if not preposition_before(m, text, g) or ("@noun_after" in other and noun_after(text, m.end(), g)):
                return None  # باب، من مارس العنف: another word
        spellings = other - {"@noun_after"}
        if spellings:  # the raw spelling decides (آب, not أب "father"): checked by the tagger
            spelling = ("spelling", m.start("mon_m1"), m.end("mon_m1"), spellings)
    if m.group("mon_an"):  # مارس من السنة نفسها: the year of the last date given
        anchor = g.spans.anaphors[key(m.group("mon_an"))][1]
        return Reading("", "month", kind="anaphor", ana=("month_of", month, anchor))
    if pub is None:
        return Reading("", "month", note="year-less month; no publication date", ana=spelling)
    if m.group("mon_yq"):
        words = key(m.group("mon_yq")).split()
        year = pub.year + (g.qual_after.get(words[-1], 0) if words[0] in g.units else 0)
    elif m.group("mon_ye"):  # April last year
        year = pub.year + g.qual_before[" ".join(key(m.group("mon_ye")).split()[:-1])]
    else:
        offset = (g.qual_after.get(key(m.group("mon_q"))) if m.group("mon_q")
                  else g.qual_before.get(key(m.group("preq"))) if m.group("preq") else None)
        last = _range_end(m, "mon", g)
        if last:
            year = cal.year_for_month(pub, last, direction=cal.direction_of(offset, is_future(text, m.start(), g)))
            return _month_range(month, last, year, anchored=True)
        year = cal.year_for_month(pub, month, direction=cal.direction_of(offset, is_future(text, m.start(), g)))
    return Reading(cal.month_value(year, month), "month", anchored=True, ana=spelling)


def _r_ago(m, text, pub, g):
    unit_word = key(m.group("ago_u") or m.group("ago_u2"))
    number = m.group("ago_n") or m.group("ago_n2")
    unit, inherent = g.counts[unit_word]
    count = (int(number) if number.isdigit() else 1 if number in ("a", "an") else g.numbers.get(key(number))
             ) if number else inherent
    if not count:
        return None
    if unit == "decade":  # a decade ago, قبل عقدين: counted in years
        unit, count = "year", count * 10
    modifier = "APPROX" if m.group("ago_x") or m.group("ago_x2") else ""  # قبل نحو عشر سنوات
    if pub is None:
        return Reading("", unit, modifier, kind="relative", note=f"{count} {unit}(s) ago; no publication date")
    value, precision = cal.shift(pub, unit, -count)
    return Reading(value, precision, modifier, anchored=True, kind="relative", note=f"{count} {unit}(s) ago")


def _r_rel(m, text, pub, g):
    unit_word = key(m.group("rel_u1") or m.group("rel_u2") or m.group("rel_u3"))
    if m.group("rel_u2") and unit_word in g.unit_deny_definite and not m.group("mod"):
        before = words_before(text, m.start(), limit=1)
        if before and definite_clitic().match(before[-1]) and before[-1] not in g.units:
            return None  # الأمين العام الحالي: "general", not "year"
    offset = (g.qual_before[key(m.group("rel_qb"))] if m.group("rel_qb")
              else g.qual_after[key(m.group("rel_qa"))] if m.group("rel_qa")
              else g.qual_before.get(key(m.group("preq")), 0))
    unit = g.units[unit_word]
    bare = not (m.group("rel_u1") or m.group("rel_u2") or m.group("preq"))
    note = "no qualifier: taken as the current " + unit if bare else ""
    if pub is None:
        return Reading("", unit, kind="relative", note="relative; no publication date")
    value, precision = cal.shift(pub, unit, offset)
    return Reading(value, precision, anchored=True, kind="relative", note=note)


def _r_fix(m, text, pub, g):
    word = key(m.group("fix_w"))
    deny = g.fixed_deny[word]
    after = word_after(text, m.end())
    if after and (after in deny or ("@ordinal" in deny and after in g.ordinal_any)
                  or ("@definite" in deny and is_definite(after)
                      and after not in g.cues["function_word"] | g.cues["preposition"])):
        return None
    before = words_before(text, m.start(), limit=2)
    if len(before) == 2 and before[1] in g.cues["preposition"] and before[0] in g.spans.rate_before:
        return None  # ثماني ساعات في اليوم: a rate, not a date
    unit, offset = g.fixed[word]
    if pub is None:
        return Reading("", unit, kind="relative", note="relative; no publication date")
    value, precision = cal.shift(pub, unit, offset)
    return Reading(value, precision, anchored=True, kind="relative")


_RESOLVERS = {**SPAN_RESOLVERS, **ERA_RESOLVERS, "yr": read_year, "num": read_numeric, "nmy": read_month_year,
              "dmy": _r_dmy, "mdy": _r_mdy, "dcur": _r_dcur, "my": _r_my, "mon": _r_mon, "hj": read_hijri,
              "wd": read_weekday,
              "ago": _r_ago, "rel": _r_rel, "fix": _r_fix}


def interpret(m: re.Match, text: str, published: dt.date | None, g: Grammar) -> Reading | None:
    """Read one match of the grammar.

    Args:
        m: a match of ``g.pattern`` on ``text``.
        text: the normalised text.
        published: publication date, or None.
        g: the grammar.

    Returns:
        A :class:`Reading`, None when the match is not a date in context, or
        :data:`RETRY` when a shorter date may start inside it.
    """
    reading = _RESOLVERS[m.lastgroup](m, text, published, g)
    if reading is RETRY:
        return RETRY
    if reading is None or recurring(m, text, g) or (reading.precision == "day" and _names_place(m, text, g)):
        return None
    modifier, note = context(m, m.start(), text, g)
    if reading.precision == "day" and modifier != "APPROX":
        modifier = ""  # منتصف ليل الأربعاء, early Tuesday: a time of day, not part of a period
    notes = "; ".join(n for n in (note, reading.note) if n)
    return Reading(reading.value, reading.precision, modifier or reading.modifier,
                   reading.anchored, reading.kind, notes, reading.anchor, reading.ana, m.lastgroup)


def _names_place(m: re.Match, text: str, g: Grammar) -> bool:
    """"شارع 9 أفريل", "حركة 20 فبراير", "the March 14 alliance": a name, not a date."""
    if m.lastgroup not in ("dmy", "mdy"):
        return False
    before = words_before(text, m.start(), limit=1)
    word = before[-1] if before else ""
    if any(w in g.cues["name_before"] for w in (word, word[1:], word[2:]) if w):
        return True
    return word_after(text, m.end()) in g.cues["name_after"]


def find_named(text: str, g: Grammar) -> list[tuple[int, int, Reading]]:
    """Named events and eras (``named_dates.tsv``): fixed values, never anchored.

    Args:
        text: the normalised text.
        g: the grammar.

    Returns:
        ``(start, end, reading)`` in normalised offsets, in text order,
        non-overlapping (the first row that matches at a head wins).
    """
    found: list[tuple[int, int, Reading]] = []
    for head in scan(g.named_heads, text):
        if found and head.start() < found[-1][1]:
            continue
        for row in g.named_index[key(head.group("head"))]:
            match = g.named_patterns[row].match(text, head.start())
            if match:
                info = g.named[row]
                _, note = context(None, head.start(), text, g)
                notes = "; ".join(n for n in (note, info["note"]) if n)
                found.append((head.start(), match.end(),
                              Reading(info["value"], info["precision"], kind="named", note=notes, rule="named")))
                break
    return found
