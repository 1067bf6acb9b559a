"""Read the span alternatives of the grammar (:mod:`helpers.extract.temporal.spans`).

One function per alternative, each returning a :class:`Reading` or None.
Values are TIMEX3 (:mod:`helpers.extract.temporal.periods`); anaphora ("اليوم ذاته")
return an empty value with ``ana`` set, filled in by the document pass
(:mod:`helpers.extract.temporal.document`).
"""

from __future__ import annotations

import datetime as dt

import helpers.extract.temporal.calendar as cal
import helpers.extract.temporal.periods as per
from helpers.extract.temporal.context import (
    Reading,
    definite_clitic,
    is_definite,
    is_future,
    key,
    word_after,
    words_before,
)
from helpers.extract.temporal.words import word_list

__all__ = ["SPAN_RESOLVERS"]

_NO_DATE = "no publication date"


def _year(m, p: str, pub, g) -> tuple[int | None, bool, tuple]:
    """The year a part or season refers to: (year, anchored, pending anaphor)."""
    if m.group(f"{p}_y"):
        year = int(m.group(f"{p}_y"))
        return (year if 1000 <= year <= 2100 else None), False, ()
    if m.group(f"{p}_an"):
        return None, False, ("year",) + g.spans.anaphors[key(m.group(f"{p}_an"))][1:]
    offset = (g.qual_after.get(key(m.group(f"{p}_q"))) if m.group(f"{p}_q")
              else g.qual_before.get(key(m.group(f"{p}_qb"))) if m.group(f"{p}_qb")
              else 0 if m.group(f"{p}_cur") else None)
    if offset is None:
        return None, False, ()
    return (pub.year + offset if pub else None), True, ()


def _other_year(m, p: str, text: str) -> bool:
    """"السداسي الأول من السنة الدراسية": a school or fiscal year, not the calendar year."""
    return bool(m.group(f"{p}_cur")) and is_definite(word_after(text, m.end()))


def _r_prt(m, text, pub, g):
    if _other_year(m, "prt", text):
        return None
    unit, index = g.spans.parts[key(m.group("prt_p"))]
    has_ref = any(m.group(f"prt_{s}") for s in ("y", "an", "q", "qb", "cur"))
    if not has_ref and word_after(text, m.end()) in word_list("of"):
        return None  # النصف الأول من المباراة: part of something else
    year, anchored, pending = _year(m, "prt", pub, g)
    if pending:
        return Reading("", unit, kind="span", ana=("part", unit, index, pending[1]))
    if m.group("prt_y") and year is None:
        return None
    if not has_ref:
        if pub is None:
            return Reading("", unit, kind="span", note=f"year-less {unit}; {_NO_DATE}")
        direction = 2 if is_future(text, m.start(), g) else 0
        year, anchored = per.part_year(pub, unit, index, direction=direction), True
    if year is None:
        return Reading("", unit, kind="span", note=_NO_DATE)
    return Reading(per.part_value(year, unit, index), unit, anchored=anchored, kind="span")


def _r_sea(m, text, pub, g):
    if _other_year(m, "sea", text):
        return None
    code = g.spans.seasons[key(m.group("sea_n"))]
    qual = m.group("sea_qa") or m.group("preq")
    has_ref = any(m.group(f"sea_{s}") for s in ("y", "an", "q", "qb", "cur"))
    if not (has_ref or qual or m.group("sea_w") or m.group("mod")):
        return None
    if has_ref:
        year, anchored, pending = _year(m, "sea", pub, g)
        if pending:
            return Reading("", "season", kind="span", ana=("part", "season", code, pending[1]))
        if year is None:
            return None if m.group("sea_y") else Reading("", "season", kind="span", note=_NO_DATE)
        return Reading(per.part_value(year, "season", code), "season", anchored=anchored, kind="span")
    if pub is None:
        return Reading("", "season", kind="span", note=f"year-less season; {_NO_DATE}")
    offset = (g.qual_after.get(key(qual)) if m.group("sea_qa")
              else g.qual_before.get(key(qual)) if qual else None)
    direction = {-1: -1, -2: -1, 0: 3, 1: 1, 2: 1}.get(offset, 2 if is_future(text, m.start(), g) else 0)
    year = per.part_year(pub, "season", code, direction=direction)
    return Reading(per.part_value(year, "season", code), "season", anchored=True, kind="span")


def _r_cyc(m, text, pub, g):
    kind, first = g.spans.cycles[key(m.group("cyc_n"))]
    note = f"{kind} season" if first != 1 else f"{kind} year"
    if m.group("cyc_y"):
        year = int(m.group("cyc_y"))
        if not 1000 <= year <= 2100:
            return None
        if not m.group("cyc_y2"):
            return Reading(f"{year:04d}", "year", kind="span", note=note)
        last = int(m.group("cyc_y2"))
        last = last + year // 100 * 100 if last < 100 else last
        if not year < last <= year + 5:
            return None
        return Reading(f"{year:04d}/{last:04d}", "span", kind="span", note=note)
    qual = m.group("cyc_q") or m.group("preq")
    if not (qual or m.group("mod")):  # مطلع السنة الدراسية: the current one
        return None
    offset = (g.qual_after.get(key(qual)) if m.group("cyc_q") else g.qual_before.get(key(qual), 0))
    if pub is None:
        return Reading("", "span", kind="span", note=f"{note}; {_NO_DATE}")
    if first == 1:
        return Reading(f"{pub.year + offset:04d}", "year", anchored=True, kind="span", note=note)
    a, b = per.cycle_years(pub, first, offset)
    return Reading(f"{a:04d}/{b:04d}", "span", anchored=True, kind="span", note=note)


def _count(word: str | None, g) -> int | None:
    word = key(word)
    word = word[2:].strip() if is_definite(word) else word
    return int(word) if word.isdigit() else g.numbers.get(word)


def _r_pl(m, text, pub, g):
    unit_word = m.group("pl_u") or m.group("pl_u2") or m.group("pl_u3")
    unit = g.spans.plurals.get(key(unit_word)) or g.spans.count_plurals[key(unit_word)]
    count = _count(m.group("pl_n") or m.group("pl_n2") or m.group("pl_n3"), g)
    direction = g.spans.plural_quals[key(m.group("pl_q") or m.group("pl_q2") or m.group("pl_q3"))]
    if not count or count < 2 or count > {"day": 366, "week": 104, "month": 120}.get(unit, 200):
        return None
    if pub is None:
        return Reading("", "span", kind="span", note=f"last {count} {unit}s; {_NO_DATE}")
    value = cal.last_units(pub, unit, count, direction)
    return Reading(value, "span", anchored=True, kind="span",
                   note=f"{'last' if direction < 0 else 'next'} {count} {unit}s")


def _r_ana(m, text, pub, g):
    phrase = key(m.group("ana_a"))
    unit, offset = g.spans.anaphors[phrase]
    if unit == "year" and phrase.split()[0] in g.units:
        before = words_before(text, m.start(), limit=1)
        if before and definite_clitic().match(before[-1]) and before[-1] not in g.units:
            return None  # الأمين العام السابق: "general", not "year"
    year = ()
    if m.group("ana_b"):
        year = ("previous", g.spans.anaphors[key(m.group("ana_b"))][1])
    elif m.group("ana_q") or m.group("ana_qb"):
        year = ("publication", g.qual_after.get(key(m.group("ana_q")), 0) if m.group("ana_q")
                else g.qual_before.get(key(m.group("ana_qb")), 0))
    return Reading("", unit, kind="anaphor", ana=("anaphor", unit, offset) + year)


def _r_yrr(m, text, pub, g):
    first, last = int(m.group("yrr_a")), int(m.group("yrr_c"))
    after = word_after(text, m.end())
    if after in g.cues["count_after"] or after.startswith("%") or not first < last <= first + 200:
        return None
    keyword = m.group("yrr_k") or any(stem in m.group(0) for stem in word_list("year_stem"))
    if not (1000 <= first and last <= 2100) or (not keyword and first < 1900):
        return None
    note = "two years" if m.group("yrr_k") else "range"
    return Reading(f"{first:04d}/{last:04d}", "span", kind="span", note=note)


def _range_direction(m, p: str, text: str, g) -> int:
    """Which year a year-less range's last month is in: its qualifier (من 22 جويلية إلى 5 أوت
    المقبل), else the last such month, or the next in a future clause."""
    offset = g.qual_after.get(key(m.group(f"{p}_q"))) if m.group(f"{p}_q") else None
    return cal.direction_of(offset, is_future(text, m.start(), g))


def _r_mrr(m, text, pub, g):
    a, b = g.months[key(m.group("mrr_a"))][0], g.months[key(m.group("mrr_b"))][0]
    if a == b:
        return None
    if m.group("mrr_y"):
        year = int(m.group("mrr_y"))
        if not 1000 <= year <= 2100:
            return None
        anchored = False
    elif pub is None:
        return Reading("", "span", kind="span", note=f"range; {_NO_DATE}")
    else:  # من مارس إلى مايو: the months of the last such range, or the next in a future clause
        year, anchored = cal.year_for_month(pub, b, direction=_range_direction(m, "mrr", text, g)), True
    start = year - (a > b)
    return Reading(f"{start:04d}-{a:02d}/{year:04d}-{b:02d}", "span", anchored=anchored, kind="span", note="range")


def _r_drr(m, text, pub, g):
    a, b = g.months[key(m.group("drr_a"))][0], g.months[key(m.group("drr_b"))][0]
    d1, d2 = int(m.group("drr_d1")), int(m.group("drr_d2"))
    if a == b:
        return None
    if m.group("drr_y"):
        year, anchored = int(m.group("drr_y")), False
    elif pub is None:
        return Reading("", "span", kind="span", note=f"range; {_NO_DATE}")
    else:
        year, anchored = cal.year_for_month(pub, b, direction=_range_direction(m, "drr", text, g)), True
    try:
        first, last = dt.date(year - (a > b), a, d1), dt.date(year, b, d2)
    except ValueError:
        return None
    return Reading(f"{first.isoformat()}/{last.isoformat()}", "span", anchored=anchored, kind="span", note="range")


SPAN_RESOLVERS = {"prt": _r_prt, "sea": _r_sea, "cyc": _r_cyc, "pl": _r_pl, "ana": _r_ana,
                  "yrr": _r_yrr, "mrr": _r_mrr, "drr": _r_drr}
