"""Grammar pieces for decades, centuries, years in words, holidays and "after N units".

Loads ``data/temporal/eras.tsv`` and ``data/temporal/holidays.tsv`` and builds
more alternatives of the tagger's single pattern
(:mod:`helpers.extract.temporal.patterns`):

- ``cen`` a century: "القرن 19", "القرن التاسع عشر", "القرن الـ18", "القرن الماضي",
  "the 19th century";
- ``dec`` a decade: "السبعينيات", "ثمانينيات القرن الماضي", "العقد الأول من القرن
  الحادي والعشرين", "the 1990s", "the eighties";
- ``yw`` a year in words or in two digits after a year word: "عام ألفين وعشرة",
  "سنة ألف وتسعمائة وواحد وتسعين", "عام 91";
- ``hol`` a holiday with a year, a qualifier or alone: "عيد الأضحى 2013",
  "عيد الفطر الماضي", "Christmas 2014";
- named events and eras (``named_dates.tsv``: "هجمات 11 سبتمبر", "الثورة الثقافية")
  are a second pass: :func:`named_rows` compiles a head-word scanner and one
  pattern per row;
- ``aft`` after N units: "بعد ثلاث سنوات", "بعد مرور عامين", "بعد ذلك بعامين",
  "in two weeks", "two years later", "a day earlier".

:mod:`helpers.extract.temporal.era_resolve` reads their matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from helpers.extract.temporal.words import alternations, word_list

__all__ = ["EraTables", "era_tables", "era_alternatives", "named_rows"]


@dataclass(frozen=True)
class EraTables:
    """The rows of ``eras.tsv`` by role and of ``holidays.tsv``; keys are normalised."""

    decades: dict[str, int]                 # سبعينيات -> 70, seventies -> 70
    age_after: re.Pattern                   # من عمره … right after a decade
    age_before: frozenset                   # his, her … right before a decade
    other_era: frozenset                    # قبل الميلاد, الهجري: not a Gregorian century
    gregorian_era: frozenset                # الميلادي
    lapse: frozenset                        # مرور, مضي (بعد مرور عامين)
    duration_after: frozenset               # مرت, قضاها (بعد ست سنوات مرت على الثورة): a duration
    after_filler: frozenset                 # فقط, واحد (بعد عام واحد فقط)
    duration_before: frozenset              # لمدة, طيلة: before سنة 16, a length, not a year
    approx: frozenset                       # نحو, حوالي, about …
    within_before: frozenset                # first time, highest: "in 15 years" looks back, not ahead
    holidays: dict[str, dict]               # عيد الاضحي -> its row


def era_tables(read_table: Callable, norm: Callable) -> EraTables:
    """Load ``eras.tsv`` and ``holidays.tsv``.

    Args:
        read_table: :func:`helpers.text.lexicon_tools.read_tsv`.
        norm: the grammar's normaliser for phrases.

    Returns:
        The :class:`EraTables`.
    """
    rows = read_table("temporal/eras.tsv")

    def role(name):
        return frozenset(norm(r["phrase"]) for r in rows if r["role"] == name)
    ages = sorted(role("age_after"), key=lambda a: (-len(a), a))  # longest first; ties in a fixed order
    return EraTables(
        decades={norm(r["phrase"]): int(r["value"]) for r in rows if r["role"] == "decade"},
        age_after=re.compile(r"[^\S\n]*(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in ages) + r")(?!\w)"),
        age_before=role("age_before"), other_era=role("other_era"), gregorian_era=role("gregorian_era"),
        lapse=role("after_lapse"), duration_after=role("duration_after"), after_filler=role("after_filler"),
        duration_before=role("duration_before"),
        approx=role("approx"), within_before=role("within_before"),
        holidays={norm(r["name"]): r for r in read_table("temporal/holidays.tsv")})


def era_alternatives(t: EraTables, *, alt: Callable, sp: str, osp: str, r: str, qa: str, ykw: str,
                     ordinal: str, card_ar: str, card_en: str, count_ar: str, count_en: str,
                     year_tail: Callable, adjectives: str, not_after: str,
                     english_words: set[str]) -> tuple[str, set[str]]:
    """The era alternatives of the tagger's pattern and the words they can start with.

    Args:
        t: the tables.
        alt: the grammar's trie alternation builder.
        sp: one or more spaces; ``osp``: optional spaces; ``r``: a word end.
        qa: qualifiers after (الماضي); ``ykw``: year keywords; ``ordinal``: ordinal words.
        card_ar: Arabic cardinal words; ``card_en``: English ones.
        count_ar: Arabic unit words after a count (سنوات، عامين); ``count_en``: English ones.
        year_tail: the grammar's "optional من/في, a year word, a year, an era" builder.
        adjectives: holiday adjectives (المبارك).
        not_after: names that may not follow a bare unit (months, weekdays: بعد شهر رمضان).
        english_words: English number and ordinal words (nineteenth century, two years later).

    Returns:
        ``(pattern, first words)``: one look-ahead on the words the alternatives
        can start with, then the alternatives, each one named group.
    """
    w = alternations()  # the small words between the lexicons (data/temporal/pattern_words.tsv)
    arabic = {d for d in t.decades if not d.isascii()}
    english = {d for d in t.decades if d.isascii()}
    approx_ar = alt(a for a in t.approx if not a.isascii())
    approx_en = alt(a for a in t.approx if a.isascii())

    def century(p: str) -> str:
        return (rf"(?:{w.century}{sp}(?:(?P<{p}_d>\d{{1,2}})(?!\d)|{w.article}{osp}(?P<{p}_d2>\d{{1,2}})(?!\d)"
                rf"|(?P<{p}_o>{ordinal})|(?P<{p}_q>{qa})){r}"
                rf"(?:{sp}(?P<{p}_ge>{alt(t.gregorian_era)})|{sp}(?P<{p}_oe>{alt(t.other_era)}))?"
                rf"|(?:the{sp})?(?:(?P<{p}_ed>\d{{1,2}})(?:st|nd|rd|th)|(?P<{p}_eo>{ordinal})"
                rf"|(?P<{p}_eq>{w.century_relative})){osp}-?{osp}century)")

    later = rf"(?P<aft_n3>\d{{1,3}}|{card_en}|a|an){sp}(?P<aft_u3>{count_en}){sp}(?:later|(?P<aft_e>earlier))"
    alternatives = [
        rf"(?P<cen>{century('cen')}){r}",
        rf"(?P<dec>(?:(?:(?P<dec_k>{w.decade}){sp})?(?:{w.article})?(?P<dec_n>{alt(arabic)}){r}"
        rf"|{w.decade_def}{sp}(?P<dec_o>{ordinal}){r}(?={sp}(?:{w.min}{sp})?{w.century})"
        rf"|(?:the{sp})?(?:(?P<dec_y>1\d\d0|20\d0)'?s|'(?P<dec_yy>\d0)s|(?P<dec_e>{alt(english)}))){r}"
        rf"(?:{sp}(?:{w.min}{sp})?{century('decc')})?){r}",
        rf"(?P<yw>(?P<yw_k>{w.year_keyword}){sp}(?:(?P<yw_n>(?:{w.thousand}){r}"
        rf"(?:{sp}و{osp}(?:{card_ar}){r}(?:{sp}(?:{w.teen}){r})?)*)|(?P<yw_yy>\d\d)(?!\d)(?![.,:/\-]\d)"
        rf"(?!{osp}(?:{count_ar}){r}))){r}",  # هذا العام 29 يوما: a count, and هذا العام stays
        rf"(?P<hol>(?P<hol_n>{alt(t.holidays)}){r}(?:{sp}(?P<hol_a>{adjectives}){r})?"
        rf"(?:{year_tail('hol')}|{sp}(?P<hol_q>{qa})|{sp}(?:{w.min}{sp})?(?P<hol_yq>(?:{w.this}){sp}(?:{w.year_def})"
        rf"|(?:{w.year_def}){sp}{qa}))?){r}",
        rf"(?P<aft>{w.after}{sp}(?:(?P<aft_then>{w.that}){sp}ب{osp}|(?:{alt(t.lapse)}){sp})?"
        rf"(?:(?P<aft_x>{approx_ar}){sp})?(?:(?P<aft_n>\d{{1,3}}|{card_ar}){osp})?(?P<aft_u>{count_ar}){r}"
        rf"(?!{osp}\d)(?P<aft_then2>{sp}(?:{w.min}{sp})?{w.that_after}{r})?(?:{sp}(?:{alt(t.after_filler)}){r})*+"
        rf"(?!{sp}(?:{w.not_after_after}|{alt(t.duration_after)}){r})(?!{sp}{w.article})"
        rf"(?!{sp}(?:{not_after}){r})"
        rf"|in{sp}(?:(?P<aft_x2>{approx_en}){sp})?(?P<aft_n2>\d{{1,3}}|{card_en}|a|an){sp}(?P<aft_u2>{count_en}){r}"
        rf"(?!{sp}(?:{w.not_after_count_en}){r})|{later}){r}",
    ]
    firsts = {word for slot in ("century", "decade_def", "decade", "year_keyword", "after") for word in word_list(slot)}
    firsts |= {"the", "century", "in", "a", "an", *word_list("century_relative")}
    firsts |= {a + d for a in word_list("article") for d in arabic} | arabic | english | set(english_words)
    firsts |= {h.split()[0] for h in t.holidays}
    # one look-ahead for all five: their first words, or digits read in English (19th, 1990s, '90s, 20 years later)
    guard = rf"(?=(?:{alt(firsts)}){r}|\d{{1,4}}(?:st|nd|rd|th|'?s){r}|\d{{1,3}}{sp}[a-z]|'\d0s)"
    return guard + "(?:" + "|".join(alternatives) + ")", firsts


def _date_macro(day: int, month: int, months: dict, ordinals: dict, *, alt: Callable, sp: str, osp: str,
                r: str) -> str:
    """Expand ``{date:DD-MM}`` of named_dates.tsv into a pattern."""
    w = alternations()
    day_words = [o for o, v in ordinals.items() if v == day]
    day_re = rf"(?:0?{day}(?:st|nd|rd|th)?|{alt(day_words)})" if day_words else rf"0?{day}"
    month_re = alt(n for n, (m, _) in months.items() if m == month)
    pair = rf"(?:{osp}[/(\-]{osp}{alt(months)}(?:{osp}\))?)?"
    return (rf"(?:{day_re}{osp}(?:(?:{w.of}){sp})?(?:{w.month_noun}{sp})?{month_re}{r}{pair}"
            rf"|{month_re}\.?{sp}{day_re}(?!\d))")


def named_rows(rows, months: dict, ordinals: dict, *, alt: Callable, sp: str, osp: str, r: str,
               norm: Callable) -> tuple[re.Pattern, dict[str, tuple[int, ...]], tuple[re.Pattern, ...]]:
    """Compile named_dates.tsv: a head-word scanner and one pattern per row.

    Args:
        rows: the rows of ``named_dates.tsv``.
        months: month name -> (month, context level); ``ordinals``: ordinal word -> value.
        alt: the grammar's trie alternation builder; ``sp``, ``osp``, ``r``: spaces and a word end.
        norm: the grammar's normaliser for phrases.

    Returns:
        ``(heads, index, patterns)``: the pattern that finds head words, head word -> the
        rows it can start, and one pattern per row (used with ``.match`` at a head).
    """
    index: dict[str, list[int]] = {}
    compiled = []
    for number, row in enumerate(rows):
        body = re.sub(r"\{date:(\d\d)-(\d\d)\}",
                      lambda m: _date_macro(int(m[1]), int(m[2]), months, ordinals, alt=alt, sp=sp, osp=osp, r=r),
                      norm(row["pattern"]))
        compiled.append(re.compile(body.replace(" ", sp) + r))
        for head in row["head"].split("|"):
            index.setdefault(norm(head), []).append(number)
    heads = re.compile(rf"(?P<head>{alt(index)}){r}")
    return heads, {k: tuple(v) for k, v in index.items()}, tuple(compiled)
