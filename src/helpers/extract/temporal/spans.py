"""Grammar pieces for spans: parts of a year, seasons, cycles, ranges, anaphora.

Loads ``data/temporal/spans.tsv`` and builds the extra alternatives of the
tagger's single pattern (:mod:`helpers.extract.temporal.patterns`):

- ``prt`` a quarter or half and its year: "النصف الثاني من العام الماضي",
  "الثلاثي الثالث من سنة 2014", "the first half of 2015", "Q2 2015";
- ``sea`` a season: "فصل الشتاء", "صيف 2015", "الخريف المقبل", "last summer";
- ``cyc`` a season that crosses the new year: "الموسم الحالي", "موسم 2014-2015",
  "السنة الدراسية الحالية", "السنة المالية 2016";
- ``pl`` the last or next N units: "الأيام الثلاثة الماضية", "الخمس سنوات الأخيرة";
- ``ana`` anaphora: "في اليوم ذاته", "الشهر نفسه من العام السابق", "the same day";
- ``yrr`` two years: "بين عامي 2010 و2014", "عامي 2010 و2012", "من 2010 إلى 2015";
- ``mrr`` a range of months: "من جانفي إلى أوت 2015", "بين مارس ومايو", "من مارس إلى مايو"
  (without من/بين the month alternatives read it: "مايو-يونيو 2011", "مايو حتى يونيو 2011");
- ``drr`` a range of days across months: "من 28 مايو إلى 3 يونيو 2011" (returned apart:
  it starts with a digit, which the tagger's own guard lets through).

:mod:`helpers.extract.temporal.span_resolve` reads their matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from helpers.extract.temporal.words import alternations, word_list

__all__ = ["SpanTables", "span_tables", "span_alternatives"]


@dataclass(frozen=True)
class SpanTables:
    """The rows of ``temporal/spans.tsv`` by role; keys are normalised phrases."""

    parts: dict[str, tuple[str, int]]        # النصف الاول -> ("half", 1)
    seasons: dict[str, str]                   # الشتاء -> "WI"
    season_words: frozenset
    cycles: dict[str, tuple[str, int]]        # الموسم -> ("sports", 7)
    plurals: dict[str, str]                   # الايام -> "day"
    count_plurals: dict[str, str]             # سنوات -> "year"
    plural_quals: dict[str, int]              # الماضيه -> -1
    anaphors: dict[str, tuple[str, int]]      # اليوم ذاته -> ("day", 0)
    recurring: re.Pattern                     # من كل عام, matched right after a date
    rate_before: frozenset


def span_tables(read_table: Callable, norm: Callable) -> SpanTables:
    """Load ``temporal/spans.tsv``.

    Args:
        read_table: :func:`helpers.text.lexicon_tools.read_tsv`.
        norm: the grammar's normaliser for phrases.

    Returns:
        The :class:`SpanTables`.
    """
    rows = read_table("temporal/spans.tsv")

    def role(name):
        return [r for r in rows if r["role"] == name]
    return SpanTables(
        parts={norm(r["phrase"]): (r["unit"], int(r["value"])) for r in role("part")},
        seasons={norm(r["phrase"]): r["value"] for r in role("season")},
        season_words=frozenset(norm(r["phrase"]) for r in role("season_word")),
        cycles={norm(r["phrase"]): (r["unit"], int(r["value"])) for r in role("cycle")},
        plurals={norm(r["phrase"]): r["unit"] for r in role("plural")},
        count_plurals={norm(r["phrase"]): r["unit"] for r in role("count_plural")},
        plural_quals={norm(r["phrase"]): int(r["value"]) for r in role("plural_qual")},
        anaphors={norm(r["phrase"]): (r["unit"], int(r["value"])) for r in role("anaphor")},
        recurring=_phrases_after(norm(r["phrase"]) for r in role("recurring")),
        rate_before=frozenset(norm(r["phrase"]) for r in role("rate_before")))


def _phrases_after(phrases) -> re.Pattern:
    """A pattern for any of ``phrases`` (longest first) after optional spaces, ending a word."""
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    return re.compile(rf"[^\S\n]*(?:{body})(?!\w)")


def span_alternatives(t: SpanTables, *, alt: Callable, sp: str, osp: str, r: str, qa: str,
                      qb: str, ykw: str, month: str, card_ar: str, card_en: str) -> str:
    """The span alternatives of the tagger's pattern (tried before the others).

    Args:
        t: the tables.
        alt: the grammar's trie alternation builder.
        sp: one or more spaces; ``osp``: optional spaces; ``r``: a word end.
        qa: qualifiers after (الماضي); ``qb``: before (هذا, last).
        ykw: year keywords (عام، سنة); ``month``: month names.
        card_ar: Arabic cardinal words; ``card_en``: English ones.

    Returns:
        ``(spans, drr)``: one pattern (a cheap look-ahead on the words these
        alternatives can start with, then the alternatives, each one named
        group) and the day-range alternative.
    """
    w = alternations()  # the small words between the lexicons (data/temporal/pattern_words.tsv)
    year_words = rf"(?:{w.year_noun})"
    anaphor_year = alt(p for p, (u, _) in t.anaphors.items() if u == "year")

    def year_ref(p: str) -> str:
        return (rf"(?:(?:{ykw}){osp})?(?P<{p}_y>\d{{4}})(?!\d)(?![.,]\d)"
                rf"|(?P<{p}_an>{anaphor_year})"
                rf"|{year_words}{sp}(?P<{p}_q>{qa})|(?P<{p}_qb>{qb}){sp}{year_words}"
                rf"|(?P<{p}_cur>{year_words})")

    joiner = rf"(?:{sp}(?:{w.joiner}){sp}|{sp}ل|{osp},?{osp})"
    plural_qual = alt(t.plural_quals)
    number = rf"(?:{w.article}{osp})?(?:\d{{1,3}}|{card_ar})"
    firsts = {p.split()[0] for table in (t.anaphors, t.parts, t.seasons, t.season_words, t.cycles,
                                          t.plurals, t.plural_quals) for p in table}
    firsts |= {*word_list("range_from"), *(p.split()[0] for p in word_list("two_years")), "the"}
    guard = rf"(?=(?:{alt(firsts)}){r}|{number}{osp}(?:{alt(t.count_plurals)}){r})"
    alternatives = [
        rf"(?P<ana>(?P<ana_a>{alt(t.anaphors)}){r}(?:{sp}(?:{w.of_in}){sp}(?:(?P<ana_b>{anaphor_year})"
        rf"|{year_words}{sp}(?P<ana_q>{qa})|(?P<ana_qb>{qb}){sp}{year_words}))?){r}",
        rf"(?P<prt>(?P<prt_p>{alt(t.parts)}){r}(?:{joiner}(?:{year_ref('prt')}))?){r}",
        rf"(?P<sea>(?:(?P<sea_w>{alt(t.season_words)}){sp})?(?P<sea_n>{alt(t.seasons)}){r}"
        rf"(?:{sp}(?P<sea_qa>{qa})|{joiner}(?:{year_ref('sea')}))?){r}",
        rf"(?P<cyc>(?P<cyc_n>{alt(t.cycles)}){r}(?:{sp}(?P<cyc_q>{qa})|{osp}(?P<cyc_y>\d{{4}})"
        rf"(?:{osp}[-/]{osp}(?P<cyc_y2>\d{{4}}|\d\d))?(?!\d)(?![.,]\d))?){r}",
        rf"(?P<pl>(?P<pl_u>{alt(t.plurals)}){sp}(?P<pl_n>{number}){sp}(?P<pl_q>{plural_qual})"
        rf"|(?P<pl_n2>{number}){osp}(?P<pl_u2>{alt(t.count_plurals)}){sp}(?P<pl_q2>{plural_qual})"
        rf"|(?P<pl_q3>{plural_qual}){sp}(?P<pl_n3>\d{{1,3}}|{card_en}){sp}(?P<pl_u3>{alt(t.plurals)})){r}",
        rf"(?P<yrr>(?:(?P<yrr_b>{w.between})(?:{sp}(?:{ykw}))?{osp}|(?P<yrr_f>{w.from_year}){sp}(?:(?:{ykw}){osp})?"
        rf"|(?P<yrr_k>{w.two_years}){osp})"
        rf"(?P<yrr_a>\d{{4}})(?!\d)(?![.,]\d)(?:{osp}و{osp}|{sp}(?:{w.and_to}){sp})"
        rf"(?:(?:{ykw}){osp})?(?P<yrr_c>\d{{4}})(?!\d)(?![.,]\d)){r}",
        rf"(?P<mrr>(?:{w.range_from}){sp}(?:{w.month_noun}{sp})?(?P<mrr_a>{month}){r}"
        rf"(?:{sp}(?:{w.to_through})|{osp}و|{sp}and){osp}"
        rf"(?:(?:{w.end_of}){sp})?"
        rf"(?:{w.month_noun}{sp})?(?P<mrr_b>{month}){r}(?:{osp},?{osp}(?:(?:{w.of}){sp})?(?:(?:{w.lil}|ل{osp})?(?:{ykw}){osp})?"
        rf"(?P<mrr_y>\d{{4}})(?!\d)(?![.,]\d)|{sp}(?P<mrr_q>{qa}))?){r}",
    ]
    drr = (rf"(?P<drr>(?:(?P<drr_p>{w.range_from}){sp})?(?P<drr_d1>\d{{1,2}})(?!\d){osp}(?:(?:{w.of}){sp})?"
           rf"(?P<drr_a>{month}){r}{osp},?{osp}(?:-|{sp}(?:{w.to})|(?(drr_p){osp}و|(?!))){osp}"
           rf"(?:{w.day_noun}{sp})?(?P<drr_d2>\d{{1,2}})(?!\d){osp}(?:(?:{w.of}){sp})?(?P<drr_b>{month}){r}"
           rf"(?:{osp},?{osp}(?:(?:{w.of}){sp})?(?:(?:{w.lil}|ل{osp})?(?:{ykw}){osp})?(?P<drr_y>\d{{4}})(?!\d)(?![.,]\d)"
           rf"|{sp}(?P<drr_q>{qa}))?){r}")
    return guard + "(?:" + "|".join(alternatives) + ")", drr
