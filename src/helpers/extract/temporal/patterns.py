"""The temporal tagger's grammar: data files → one compiled pattern, once per process.

Every word the tagger knows lives in a data file under ``data/`` (month and
weekday names, Hijri months, relative words, cue words, number words, named
events, and the small words between them: ``temporal/pattern_words.tsv``, read
by :mod:`helpers.extract.temporal.words`).  :func:`grammar` loads them, normalises them with
:func:`helpers.text.normalise.normalise_text` (so spelling variants collapse the way
the text does) and compiles a single alternation over *normalised* text.  Each
alternative is a named group (``num``, ``dmy``, ``mon``, ``wd`` …) whose
sub-groups carry the parts; :mod:`helpers.extract.temporal.resolve` turns a match into
a calendar value.  Named events (``named_dates.tsv``) are a second, cheap
pass: a trie of their head words finds where one may start, and only the
rows indexed by that head are tried there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.extract.temporal.eras import EraTables, era_alternatives, era_tables, named_rows
from helpers.extract.temporal.spans import SpanTables, span_alternatives, span_tables
from helpers.extract.temporal.words import alternations, letters, word_list
from helpers.io.disk_cache import cached, package_files
from helpers.text.charsets import LINE_SPACES, OPTIONAL_LINE_SPACES
from helpers.text.lexicon_tools import read_tsv, trie_alternation
from helpers.text.normalise import lookup_key

__all__ = ["Grammar", "grammar", "scan"]

SP, OSP = LINE_SPACES, OPTIONAL_LINE_SPACES
R = r"(?!\w)"


@lru_cache(maxsize=1)
def expression_start() -> re.Pattern:
    """The start of an expression, compiled once.

    A word start, or right after a glued proclitic (و ف ب ل, وب فب ول فل) or an
    article glued to a number (الـ5 من الشهر الجاري); never inside a number like
    14/11/2019 or 2,017.

    Returns:
        The pattern, used with ``.match`` at a candidate's start.
    """
    w, clitic, conj, prep = alternations(), letters("proclitic"), letters("conjunction"), letters("preposition_letter")
    return re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)[{clitic}])|(?<=(?<!\w)[{conj}][{prep}])|(?<=(?<!\w){w.article})(?=\d))"
                      r"(?<!\d[/.,:\-])")



@dataclass(frozen=True)
class Grammar:
    """Compiled pattern plus the lookup tables the resolver needs.

    All keys are normalised words with single spaces.
    """

    pattern: re.Pattern
    months: dict[str, tuple[int, int]]        # name -> (month, context level)
    month_other: dict[str, frozenset]         # name -> raw spellings that alone are another word (أب)
    weekdays: dict[str, int]                  # name -> ISO weekday
    weekday_deny: dict[str, tuple[frozenset, frozenset]]
    hijri: dict[str, int]                     # name -> Hijri month
    fixed: dict[str, tuple[str, int]]         # اليوم -> ("day", 0)
    fixed_deny: dict[str, frozenset]
    units: dict[str, str]                     # الأسبوع -> "week"
    unit_deny_definite: frozenset
    qual_after: dict[str, int]
    qual_before: dict[str, int]
    counts: dict[str, tuple[str, int | None]]  # يومين -> ("day", 2)
    numbers: dict[str, int]                   # cardinals
    ordinals: dict[str, int]
    ordinal_any: frozenset                    # all ordinal words (masc. + fem.)
    cues: dict[str, frozenset]                # role -> words
    modifiers: dict[str, str]                 # مطلع -> START
    named: tuple[dict[str, str], ...]         # rows of named_dates.tsv
    named_heads: re.Pattern                   # finds the head words of named events
    named_index: dict[str, tuple[int, ...]]   # head word -> rows it can start
    named_patterns: tuple[re.Pattern, ...]    # one per row, used with .match at a head
    spans: SpanTables                         # rows of temporal/spans.tsv
    eras: EraTables                           # rows of eras.tsv and holidays.tsv


def _month_spec(prefix: str, months: str, *, ranged: bool = True) -> str:
    """A month name, maybe paired ("أغسطس/ آب") or, when ``ranged``, the end of a range
    ("مايو-يونيو", "مايو حتى يونيو", "May to June"): the readers tell them apart."""
    w = alternations()
    to = rf"|{SP}(?:{w.to}){SP}(?:(?:{w.month_noun_range}){SP})?" if ranged else ""
    pair = rf"(?:(?:{OSP}[/(\-]{OSP}|{SP}{to})(?P<{prefix}_m2>{months}){R}(?:{OSP}\))?)?"
    return rf"(?P<{prefix}_m1>{months}){R}{pair}"


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """Load the data files and compile the tagger's pattern (once per process).

    Kept in the disk cache (:mod:`helpers.io.disk_cache`), keyed by the data
    files and the code of the temporal stage and the text stage.

    Returns:
        The :class:`Grammar`.
    """
    inputs = package_files("data/temporal", "data/text", "extract/temporal", "text")
    return cached("temporal-grammar", inputs, _build)


def _build() -> Grammar:
    """Build the :class:`Grammar` from the data files (see :func:`grammar`)."""
    month_rows = read_tsv("temporal/months.tsv")
    months = {lookup_key(r["name"]): (int(r["month"]), int(r["context"])) for r in month_rows}
    month_other = {lookup_key(r["name"]): frozenset(w for w in r["other_word"].split("|") if w)
                   for r in month_rows if r["other_word"]}
    weekday_rows = read_tsv("temporal/weekdays.tsv")
    weekdays = {lookup_key(r["name"]): int(r["weekday"]) for r in weekday_rows}
    weekday_deny = {lookup_key(r["name"]): (frozenset(lookup_key(w) for w in r["deny_before"].split("|") if w),
                                       frozenset(lookup_key(w) for w in r["deny_after"].split("|") if w))
                    for r in weekday_rows}
    hijri = {lookup_key(r["name"]): int(r["month"]) for r in read_tsv("temporal/hijri_months.tsv")}
    rel = read_tsv("temporal/relative.tsv")
    by_role = lambda role: [r for r in rel if r["role"] == role]  # noqa: E731
    fixed = {lookup_key(r["phrase"]): (r["unit"], int(r["offset"])) for r in by_role("fixed")}
    fixed_deny = {lookup_key(r["phrase"]): frozenset(lookup_key(w) for w in r["deny_after"].split("|") if w)
                  for r in by_role("fixed")}
    units = {lookup_key(r["phrase"]): r["unit"] for r in by_role("unit")}
    unit_deny = frozenset(lookup_key(r["phrase"]) for r in by_role("unit") if r["unit"] == "year" and r["lang"] == "ar")
    qual_after = {lookup_key(r["phrase"]): int(r["offset"]) for r in by_role("qual_after")}
    qual_before = {lookup_key(r["phrase"]): int(r["offset"]) for r in by_role("qual_before")}
    counts = {lookup_key(r["phrase"]): (r["unit"], int(r["offset"]) if r["offset"] else None)
              for r in by_role("count")}
    number_rows = read_tsv("text/number_words.tsv")
    numbers = {lookup_key(r["word"]): int(r["value"]) for r in number_rows if r["kind"] == "cardinal"}
    ordinals = {lookup_key(r["word"]): int(r["value"]) for r in number_rows if r["kind"] == "ordinal"}
    ordinal_any = frozenset(lookup_key(r["word"]) for r in number_rows if r["kind"].startswith("ordinal"))
    cue_rows = read_tsv("temporal/cues.tsv")
    cues: dict[str, set] = {}
    for r in cue_rows:
        cues.setdefault(r["role"], set()).add(lookup_key(r["cue"]))
    modifiers = {lookup_key(r["cue"]): r["value"] for r in cue_rows if r["role"] == "modifier"}
    named = tuple(read_tsv("temporal/named_dates.tsv"))
    spans = span_tables(read_tsv, lookup_key)
    eras = era_tables(read_tsv, lookup_key)
    pattern = _compile(months, weekdays, hijri, fixed, units, qual_after, qual_before,
                       counts, numbers, ordinals, cues, spans, eras)
    heads, index, patterns = named_rows(named, months, ordinals, alt=trie_alternation, sp=SP, osp=OSP, r=R,
                                        norm=lookup_key)
    return Grammar(pattern, months, month_other, weekdays, weekday_deny, hijri, fixed, fixed_deny, units,
                   unit_deny, qual_after, qual_before, counts, numbers, ordinals, ordinal_any,
                   {k: frozenset(v) for k, v in cues.items()}, modifiers, named,
                   heads, index, patterns, spans, eras)


def _compile(months, weekdays, hijri, fixed, units, qual_after, qual_before, counts,
             numbers, ordinals, cues, spans, eras) -> re.Pattern:
    w = alternations()  # the small words between the lexicons (data/temporal/pattern_words.tsv)
    month = trie_alternation(months)
    month_en = trie_alternation(n for n in months if n.isascii())
    qa, qb = trie_alternation(qual_after), trie_alternation(qual_before)
    qb_en = trie_alternation(q for q in qual_before if q.isascii())  # April last year
    ykw = trie_alternation(cues["year_keyword"])
    month_word = trie_alternation(cues["month_word"])
    era_g, era_h = trie_alternation(cues["era_gregorian"]), trie_alternation(cues["era_hijri"])
    era = rf"(?:{OSP}(?P<{{p}}_eg>{era_g})|{OSP}(?P<{{p}}_eh>{era_h}))"
    era_of = lambda p: era.replace("{p}", p)  # noqa: E731
    ordinal = trie_alternation(ordinals)
    day_ordinal = trie_alternation(o for o, v in ordinals.items() if v > 10 and not o.isascii())  # السبت السادس عشر
    day = lambda p: rf"(?P<{p}_d>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?"  # noqa: E731
    # "2014", "من عام 2014", "لعام 2014", "للعام 2014", "في سنة 2014" (في needs the year word)
    year_tail = lambda p: (rf"{OSP},?{OSP}(?:(?:(?:{w.of}){SP})?(?:{w.lil}|ل{OSP})?(?:(?P<{p}_k>{ykw}){OSP})?"  # noqa: E731
                           rf"|(?:{w.in_year}){SP}(?:{w.lil}|ل{OSP})?(?P<{p}_k2>{ykw}){OSP})"
                           rf"(?P<{p}_y>\d{{4}})(?!\d){era_of(p)}?")
    day_part, day_word = trie_alternation(cues["day_part"]), trie_alternation(cues["day_word"] | set(fixed))
    count_ar = trie_alternation(c for c in counts if not c.isascii())
    count_en = trie_alternation(c for c in counts if c.isascii())
    card_ar = trie_alternation(n for n in numbers if not n.isascii())
    card_en = trie_alternation(n for n in numbers if n.isascii())
    weekday = trie_alternation(weekdays)
    approx_ar = trie_alternation(a for a in eras.approx if not a.isascii())
    approx_en = trie_alternation(a for a in eras.approx if a.isascii())
    era_alts, era_firsts = era_alternatives(
        eras, alt=trie_alternation, sp=SP, osp=OSP, r=R, qa=qa, ykw=ykw, ordinal=ordinal, card_ar=card_ar,
        card_en=card_en, count_ar=count_ar, count_en=count_en, year_tail=year_tail,
        adjectives=trie_alternation(cues["holiday_adjective"]),
        not_after=trie_alternation(set(months) | set(hijri) | set(weekdays)),
        english_words={n for n in set(numbers) | set(ordinals) if n.isascii()})
    span_part, drr = span_alternatives(spans, alt=trie_alternation, sp=SP, osp=OSP, r=R, qa=qa, qb=qb, ykw=ykw,
                                       month=month, card_ar=card_ar, card_en=card_en)
    anaphor_year = trie_alternation(p for p, (unit, _) in spans.anaphors.items() if unit == "year")
    alternatives = [  # Hijri months first: ربيع الأول is not the season ربيع
        rf"(?P<hj>(?:{day('hj')}{OSP}(?:{w.min}{SP})?|(?P<hj_o>{ordinal}){SP}(?:{w.min}{SP})?)?"
        rf"(?:(?P<hj_sh>{w.month_noun}){SP})?(?P<hj_m>{trie_alternation(hijri)}){R}"
        rf"(?:{year_tail('hj')}|{SP}(?P<hj_q>{qa}))?){R}",
        era_alts,
        span_part, drr,
        r"(?P<num>(?P<num_a>\d{1,4})(?P<num_s>[/.\-])(?P<num_b>\d{1,2})(?P=num_s)"
        rf"(?P<num_c>\d{{4}}|\d{{2}})(?!\d)(?![.,/\-]\d){era_of('num')}?)",
        r"(?P<nmy>(?P<nmy_m>\d{1,2})[/\-](?P<nmy_y>\d{4}))(?!\d)(?![.,/\-]\d)",
        rf"(?P<dmy>(?:(?P<dmy_r>\d{{1,2}})(?!\d)(?:{OSP}-{OSP}|{SP}(?:{w.to_and}){SP}|{OSP}و{OSP}))?"
        rf"(?:{day('dmy')}{OSP}(?:(?:{w.of}){SP})?|(?:the{SP})?(?P<dmy_o>{ordinal}){SP}(?:{w.of}){SP})"
        rf"(?:(?P<dmy_sh>{w.month_noun}){SP})?{_month_spec('dmy', month, ranged=False)}"
        rf"(?:{year_tail('dmy')}|{SP}(?P<dmy_q>{qa}))?){R}",
        rf"(?P<dcur>(?:{day('dcur')}|(?P<dcur_o>{ordinal})(?={SP}{w.min}{SP})){SP}(?:(?:{w.min}{SP})?(?:(?P<dcur_u>{w.the_month}){SP})?"
        rf"(?P<dcur_q>{qa})|{w.min}{SP}(?P<dcur_t>{w.this_month}))){R}",
        rf"(?P<mdy>(?P<mdy_m1>{month_en})\.?{SP}{day('mdy')}(?:{OSP}[-\u2013]{OSP}(?P<mdy_d2>\d{{1,2}})(?!\d)(?![/.:]\d))?"
        rf"(?:{OSP},?{OSP}(?P<mdy_y>\d{{4}})(?!\d)|{SP}(?:of{SP})?(?P<mdy_an>{anaphor_year}))?){R}",
        rf"(?P<my>(?:(?P<my_sh>{month_word}){SP})?{_month_spec('my', month)}{year_tail('my')}){R}",
        rf"(?P<mon>(?:(?P<mon_sh>{month_word}){SP})?{_month_spec('mon', month)}"
        rf"(?:{SP}(?P<mon_q>{qa})|{SP}(?:{w.of}){SP}(?:(?P<mon_an>{anaphor_year})|(?P<mon_yq>(?:{w.year_def}){SP}{qa}"
        rf"|(?:{w.this}){SP}(?:{w.year_def})))|{SP}(?:of{SP})?(?P<mon_ye>{qb_en}{SP}year))?){R}",
        rf"(?P<wd>(?:(?P<wd_dp>{day_part}){SP})?(?:(?P<wd_w>{day_word}){SP})?(?P<wd_n>{weekday}){R}"
        rf"(?:{SP}(?P<wd_q>{qa})|{SP}(?P<wd_o>{day_ordinal}){R}(?!{SP}(?:{w.not_after_day_ordinal}){R}))?){R}",
        rf"(?P<ago>(?P<ago_p>{w.ago}){SP}(?:(?P<ago_x>{approx_ar}){SP})?(?:(?P<ago_n>\d{{1,3}}|{card_ar}){OSP})?"
        rf"(?P<ago_u>{count_ar}){R}(?!{OSP}\d)(?!{SP}(?:{w.not_after_ago}|{weekday}){R})"
        rf"|(?:(?P<ago_x2>{approx_en}){SP})?(?P<ago_n2>\d{{1,3}}|{card_en}|a|an){SP}(?P<ago_u2>{count_en}){SP}ago){R}",
        rf"(?P<rel>(?P<rel_qb>{qb}){SP}(?P<rel_u1>{trie_alternation(units)})|(?P<rel_u2>{trie_alternation(units)}){SP}(?P<rel_qa>{qa})"
        rf"|(?(mod)(?P<rel_u3>{trie_alternation(units)})(?!{OSP}\d)|(?!))){R}",
        rf"(?P<fix>(?:(?P<fix_dp>{day_part}){SP})?(?P<fix_w>{trie_alternation(fixed)})){R}",
        rf"(?P<yr>(?:(?P<yr_k>{ykw}){OSP})?(?P<yr_y>\d{{4}})(?!\d)"
        rf"(?:{OSP}[-/]{OSP}(?P<yr_y2>\d{{4}})(?!\d)|[-/](?P<yr_yy>\d\d)(?![\d.,/:\-]))?{era_of('yr')}?){R}",
    ]
    prefix = (rf"(?:(?P<mod>{trie_alternation(cues['modifier'])})(?:{SP}|{OSP}-{OSP})"
              rf"(?:(?:(?:{w.modifier_filler})){SP}){{0,2}})?"
              rf"(?:(?P<preq>{qb}){SP})?")
    firsts = {word.split()[0] for group in (
        cues["modifier"], cues["day_part"], cues["day_word"], cues["year_keyword"],
        cues["month_word"], months, weekdays, hijri, fixed, units, qual_before, ordinals,
        numbers, spans.parts, spans.seasons, spans.season_words, spans.cycles, spans.plurals,
        spans.count_plurals, spans.plural_quals, spans.anaphors,
        {"the"}, word_list("ago"), {p.split()[0] for p in word_list("two_years")},
        {a + n for a in word_list("article") for n, v in numbers.items() if not n.isascii() and v < 100}, era_firsts,
        {a for a in eras.approx if a.isascii()}, {"a", "an"}) for word in group if word}
    # "من 2010 إلى 2015", "بين عامي …", "من جانفي إلى أوت 2015": common words, so only
    # when a year or a month follows (keeps the guard as selective as before)
    ranged = rf"(?:{w.range_from}){SP}(?:(?:{ykw}|{w.month_noun}){OSP})?(?=\d|{month})"
    first_chars = {f[0] for f in firsts if not f[0].isdigit()} | {f[0] for f in word_list("range_from")}
    first_chars = "".join(sorted(first_chars))
    guard = (rf"(?=[\d{re.escape(first_chars)}])(?<!\d[/.,:\-])"
             rf"(?=\d|{trie_alternation(firsts)}(?:{R}|-)|{ranged})")
    # what the compiled pattern tests itself: no word character before, other than a
    # proclitic letter; scan() then applies expression_start() exactly
    cheap_start = rf"(?<![^\W{letters('proclitic')}])"
    return re.compile(cheap_start + guard + prefix + "(?:" + "|".join(alternatives) + ")")


def scan(pattern: re.Pattern, text: str):
    """``pattern.finditer(text)`` restricted to matches that start an expression.

    The compiled patterns only test one character before a match (cheap); the
    exact rule (:func:`expression_start`: a word start or right after a glued proclitic)
    is checked here on the few hits, searching again one character later when
    it fails, so no match is lost.  A consumer may ``send`` a position to go on
    from there instead of after the match (a reading rejected inside a longer
    match: "الأسابيع الثلاثة الأولى من هذا الشهر" still holds "هذا الشهر").

    Args:
        pattern: a compiled pattern of this module.
        text: normalised text.

    Yields:
        The accepted matches, in text order, non-overlapping.
    """
    start, pos, end = expression_start(), 0, len(text)
    while pos <= end:
        match = pattern.search(text, pos)
        if match is None:
            return
        if start.match(text, match.start()) is None:
            pos = match.start() + 1
            continue
        resume = yield match
        pos = resume if resume is not None else max(match.end(), match.start() + 1)
