"""Read the era alternatives of the grammar (:mod:`helpers.extract.temporal.eras`).

One function per alternative, each returning a :class:`Reading` or None.
Values (README, events): a century or a decade is the interval of its years
(``1800/1899`` for the 19th century, as TIMEX3's ``18``; ``1970/1979``),
precision ``century`` | ``decade``; a year in words or two digits is a year;
a holiday is its day; "after N units" is resolved by the document pass
(:mod:`helpers.extract.temporal.document`): in a future clause from
the publication date, else from a date the text gave just before it (without
one it is a duration, "بعد 20 عاما في منصبه", and no event).
"""

from __future__ import annotations

import helpers.extract.temporal.calendar as cal
from helpers.extract.temporal.context import Reading, is_future, key, word_after, words_before
from helpers.extract.temporal.holidays import holiday_in_year, holiday_near
from helpers.extract.temporal.words import word_list
from helpers.text.numbers import number_phrases

__all__ = ["ERA_RESOLVERS"]

_NO_DATE = "no publication date"


def _century(m, p: str, pub, g) -> tuple[int | None, bool]:
    """First year of the century a match names (1800 for the 19th) and whether it needed ``pub``."""
    if m.group(f"{p}_oe"):
        return None, False  # قبل الميلاد, the Hijri century
    number = m.group(f"{p}_d") or m.group(f"{p}_d2") or m.group(f"{p}_ed")
    ordinal = m.group(f"{p}_o") or m.group(f"{p}_eo")
    qualifier = m.group(f"{p}_q") or m.group(f"{p}_eq")
    if number or ordinal:
        n = int(number) if number else g.ordinals.get(key(ordinal))
        return ((n - 1) * 100 if n and 1 <= n <= 21 else None), False
    if pub is None:
        return None, True
    word = key(qualifier)
    offset = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}.get(word, g.qual_after.get(word))
    return (None if offset is None else (pub.year // 100 + offset) * 100), True


def _r_cen(m, text, pub, g):
    base, anchored = _century(m, "cen", pub, g)
    if base is None:
        return Reading("", "century", kind="span", note=f"century; {_NO_DATE}") if anchored else None
    return Reading(f"{max(base, 1):04d}/{base + 99:04d}", "century", anchored=anchored, kind="span", note="century")


def _is_age(m, text, g) -> bool:
    """في السبعينيات من عمره, in his seventies: an age."""
    before = words_before(text, m.start(), limit=1)
    return bool(g.eras.age_after.match(text, m.end())) or bool(before and before[-1] in g.eras.age_before)


def _r_dec(m, text, pub, g):
    if _is_age(m, text, g):
        return None
    if m.group("dec_y"):
        first = int(m.group("dec_y"))
    else:
        has_century = any(m.group(f"decc_{s}") for s in ("d", "d2", "o", "q", "ed", "eo", "eq"))
        base, anchored = _century(m, "decc", pub, g) if has_century else (1900, False)
        if base is None:
            return Reading("", "decade", kind="span", note=f"decade; {_NO_DATE}") if anchored else None
        if m.group("dec_o"):
            ordinal = g.ordinals.get(key(m.group("dec_o")))
            if not ordinal or ordinal > 10:
                return None
            tens = (ordinal - 1) * 10
        else:
            word = key(m.group("dec_n") or m.group("dec_e"))
            tens = int(m.group("dec_yy")) if m.group("dec_yy") else g.eras.decades[word]
        first = base + tens
    anchored = bool(m.group("decc_q") or m.group("decc_eq"))
    return Reading(f"{first:04d}/{first + 9:04d}", "decade", anchored=anchored, kind="span", note="decade")


def _r_yw(m, text, pub, g):
    after = word_after(text, m.end())
    if after in g.cues["count_after"] or after in g.counts or after.startswith("%") \
            or (m.group("yw_yy") and after in g.cues["era_hijri"]):
        return None  # العام 15 مليون, سنة 16 يوما, عام 65 هجرية
    before = words_before(text, m.start(), limit=1)
    if before and (before[-1] in g.qual_before or before[-1] in g.eras.duration_before):
        return None  # هذا العام 29 يوما, لمدة سنة 16
    if key(m.group("yw_k")) in word_list("general"):  # الأمين العام 12: "general"
        if before and before[-1].startswith(word_list("definite_prefix")) and before[-1] not in g.cues["preposition"]:
            return None
    if m.group("yw_n"):
        phrases = number_phrases(m.group("yw_n"))
        year = int(phrases[0].low) if len(phrases) == 1 and phrases[0].low == phrases[0].high else 0
        note = "year in words"
    else:
        yy = int(m.group("yw_yy"))
        if pub is not None:
            year = 2000 + yy if 2000 + yy <= pub.year else 1900 + yy
        else:
            year = 1900 + yy if yy >= 30 else 2000 + yy
        note = "two-digit year"
    if not 1000 <= year <= 2100:
        return None
    return Reading(cal.year_value(year), "year", kind="year", note=note)


def _r_hol(m, text, pub, g):
    row = g.eras.holidays[key(m.group("hol_n"))]
    note = row["note"].split(":")[0].split(" (")[0]
    if m.group("hol_y"):
        year = int(m.group("hol_y"))
        day = holiday_in_year(row, year, hijri_year=bool(m.group("hol_eh")) or not 1800 <= year <= 2100)
        return Reading(cal.day_value(day), "day", kind="holiday", note=note) if day else None
    qualifier = m.group("hol_q") or m.group("preq")
    if not (qualifier or m.group("hol_yq") or m.group("hol_a") or row["alone"] == "1"):
        return None
    if pub is None:
        return Reading("", "day", kind="holiday", note=f"{note}; {_NO_DATE}")
    if m.group("hol_yq"):
        words = key(m.group("hol_yq")).split()
        offset = g.qual_after.get(words[-1], 0) if words[0] in g.units else 0
        day = holiday_in_year(row, pub.year + offset)
    else:
        offset = (g.qual_after.get(key(m.group("hol_q"))) if m.group("hol_q")
                  else g.qual_before.get(key(m.group("preq"))) if m.group("preq") else None)
        direction = ({-1: -1, -2: -2, 0: 3, 1: 1, 2: 1}.get(offset, 0) if offset is not None
                     else 2 if is_future(text, m.start(), g) else 0)
        day = holiday_near(row, pub, direction=direction)
    return Reading(cal.day_value(day), "day", anchored=True, kind="holiday", note=note) if day else None


def _count(word: str | None, g) -> int | None:
    word = key(word)
    if word in ("a", "an"):
        return 1
    return int(word) if word.isdigit() else g.numbers.get(word)


def _r_aft(m, text, pub, g):
    unit_word = key(m.group("aft_u") or m.group("aft_u2") or m.group("aft_u3"))
    number = m.group("aft_n") or m.group("aft_n2") or m.group("aft_n3")
    unit, inherent = g.counts[unit_word]
    count = _count(number, g) if number else inherent
    if count and unit == "decade":  # in two decades, بعد عقدين: counted in years
        unit, count = "year", count * 10
    if not count or count > {"day": 366, "week": 104, "month": 240}.get(unit, 200):
        return None
    before = words_before(text, m.start(), limit=3)
    if before and before[-1] in g.counts:
        return None  # عاما بعد عام, يوما بعد يوم: "year after year"
    if m.group("aft_u2") and set(before) & g.eras.within_before:
        return None  # for the first time in 15 years, the highest in a decade: a span up to now
    if m.group("aft_e"):  # a day earlier: before the date given just before
        count = -count
    if m.group("aft_u2") or (is_future(text, m.start(), g) and not (m.group("aft_then") or m.group("aft_then2"))):
        mode = "publication"  # in two weeks, سيعود بعد أسبوعين
    else:
        mode = "previous"  # وبعد عامين, بعد ذلك بعامين, two years later: after a date given just before
    modifier = "APPROX" if m.group("aft_x") or m.group("aft_x2") else ""
    return Reading("", unit, modifier=modifier, kind="relative",
                   note=f"after {count} {unit}(s)" if count > 0 else f"{-count} {unit}(s) earlier",
                   ana=("after", unit, count, mode))


ERA_RESOLVERS = {"cen": _r_cen, "dec": _r_dec, "yw": _r_yw, "hol": _r_hol, "aft": _r_aft}

