"""What a number counts, and which numbers are never figures (years, dates, ages, identifiers).

The vocabulary is ``data/claims/count_units.tsv`` (counted nouns and their
kinds, rates, and the words that make a number a label, an age or a year),
with the month names of the timeline and the range words of
``data/text/number_words.tsv``.  :mod:`helpers.extract.claims.rows` applies
these to every number phrase; the figure rule is its module docstring.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.quotes.context import QuoteView
from helpers.io.disk_cache import cached, package_files
from helpers.text.affixes import affix, affix_alternation, affixes
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import lookup_key
from helpers.text.numbers import NumberPhrase

__all__ = ["unit_patterns", "counted_noun", "is_trap", "is_tally", "is_figure"]

#: A scale word right after a cluster of digits: a range of amounts, not a date.
_SCALE_AFTER = re.compile(rf"[^\S\n]*(?:{affix_alternation('scale_after_en')}|m\b|{affix_alternation('scale_after')})")
_AL = affix("article")
#: "80 other brands", "200 more people": the word between a number and its noun that adds to a set.
_MORE = rf"(?:(?:{affix_alternation('other_word_en')})[^\S\n]+)?"
#: "one in ten", "1 in 5 adults": a proportion written as two numbers, not two counts.
_ONE_IN = re.compile(r"(?<!\w)(?:one|1|a)[^\S\n]+(?:in|out[^\S\n]+of)[^\S\n]+(?:every[^\S\n]+)?$")
_IN_N = re.compile(r"[^\S\n]+(?:in|out[^\S\n]+of)[^\S\n]+(?:every[^\S\n]+)?(?:\d{1,3}|"
                   + affix_alternation("in_n_en").replace(" ", r"[^\S\n]+") + r")(?!\w)")
_DATE_CLUSTER = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d{1,2}:\d{2}")
_NOT_FIGURE_UNITS = frozenset({"time", "label", "measure", "vote", "length"})


@lru_cache(maxsize=1)
def unit_patterns() -> dict:
    """Compiled unit, label, age, year, rate, month and range patterns (once per process).

    Returns:
        ``{"units": {form: (unit, kind)}, "unit", "label", "age", "year", "rate",
        "month_after", "month_before", "join", "open": compiled patterns}``.
    """
    inputs = package_files("data/claims", "data/temporal", "data/text", "extract/claims", "text")
    return cached("claim-units", inputs, _build_unit_patterns)


def _build_unit_patterns() -> dict:
    """Build :func:`unit_patterns` from the data files."""
    units, labels, ages, years, rates = {}, set(), set(), set(), set()
    parts, parts_before, not_nouns, prices = set(), set(), set(), set()
    samples: dict[str, set[str]] = {"sample": set(), "sample_of": set(), "sample_stop": set()}
    voters, vote_verbs, time_deictic = set(), set(), set()
    for row in read_tsv("claims/count_units.tsv"):
        for form in row["forms"].split("|"):
            key = lookup_key(form)
            if row["kind"] in ("part", "part_before", "not_noun"):
                {"part": parts, "part_before": parts_before, "not_noun": not_nouns}[row["kind"]].add(key)
            elif row["kind"] == "label":
                labels.add(key)
            elif row["kind"] == "price":
                prices.add(key)
            elif row["kind"] in samples:
                samples[row["kind"]].add(key)
            elif row["kind"] == "time_deictic":
                time_deictic.add(key)
            elif row["kind"] in ("vote_unit", "vote_verb"):
                (voters if row["kind"] == "vote_unit" else vote_verbs).add(key)
            elif row["kind"] == "age":
                ages.add(key)
            elif row["kind"] == "year":
                years.add(key)
            else:
                units.setdefault(key, (row["unit"], row["kind"]))
                if row["kind"] == "rate":
                    rates.add(key)
    months = {lookup_key(r["name"]) for r in read_tsv("temporal/months.tsv")}
    words = read_tsv("text/number_words.tsv")
    joins = {form for r in words if r["kind"] == "range"  # as written too: the en dash of 1–3 million
             for form in (lookup_key(r["word"]), r["word"].strip().lower())}
    opens = {lookup_key(r["word"]) for r in words if r["kind"] == "range_open"}
    alt = lambda forms: "|".join(re.escape(f).replace(r"\ ", r"[^\S\n]+")  # noqa: E731
                                 for f in sorted(forms, key=lambda f: (-len(f), f)))
    sp = r"[^\S\n]*"
    return {
        "units": units,
        "unit": re.compile(rf"{sp}(?:(?:{affix_alternation('unit_of')}){sp})?"
                           rf"(?:(?:{affix_alternation('members_of')}|members{sp}of){sp})?{_MORE}"
                           rf"[\"'«“‘]?(?P<adjective>(?:[a-z]+(?:-[a-z]+)?[^\S\n]+){{1,2}}?)??[\"'«“‘]?"
                           rf"(?:{_AL})?(?P<unit>{alt(units)})(?!\w)"),
        "year": re.compile(rf"(?<!\w)(?:{alt(years)}){sp}$"),
        # a rate after the counted noun: 12 cases per 100,000, 8 حالات لكل ألف
        "rate": re.compile(rf"{sp}(?:\w+[^\S\n]+)?(?P<unit>{alt(rates)})(?!\w)"),
        "label": re.compile(rf"(?<!\w)(?:{alt(labels)})\.?{sp}[:#]?{sp}$"),
        "age": re.compile(rf"(?<!\w)(?:{alt(ages)})(?:[^\S\n]+\w+){{0,2}}{sp}$"),
        "month_after": re.compile(rf"{sp}[/\-]?{sp}(?:{alt(months)})(?!\w)"),
        "month_before": re.compile(rf"(?<!\w)(?:{alt(months)}){sp}[/\-،,]?{sp}$"),
        "join": re.compile(rf"{sp}(?:(?:{_AL})?(?:{alt(units)}){sp})?(?:{alt(joins)}){sp}$"),
        "open": re.compile(rf"(?<!\w)(?:{alt(opens)}){sp}$"),
        "part": re.compile(rf"{sp}(?:{alt(parts)})(?!\w)"),
        "part_before": re.compile(rf"(?<!\w)(?:{alt(parts_before)}){sp}[,،]?{sp}$"),
        # a noun not listed: an English plural after at most one other word, an Arabic noun in -ا or -ة
        "thing": re.compile(rf"{sp}{_MORE}[\"'«“‘]?(?:(?P<word>[a-z]+(?:-[a-z]+)?)[^\S\n]+)?"
                            rf"(?P<noun>[a-z]{{2,}}[a-rtv-z]s|[^\W\d_a-z]{{2,}}[اه])(?!\w)"),  # ة is ه here
        "not_noun": frozenset(not_nouns),
        "price": re.compile(rf"{sp}(?:{alt(prices)})(?!\w)"),
        # members of a parliament counted with a vote word: «أيدها 76 نائبا», "52 lawmakers voted against"
        "voters": frozenset(voters),
        "time_deictic": frozenset(time_deictic),
        "vote_before": re.compile(rf"(?<!\w)[وف]?(?:{alt(vote_verbs)})(?:[^\S\n]+[^\s\d,،;؛.]+){{0,2}}{sp}$"),
        "vote_after": re.compile(rf"(?:[^\S\n]+[^\s\d,،;؛.]+){{0,2}}?[^\S\n]+[وف]?(?:{alt(vote_verbs)})(?!\w)"),
        # a survey named before the number, "of"/من right before it: the sample's size
        "sample": re.compile(rf"(?<!\w)[وف]?(?:{_AL})?(?:{alt(samples['sample'])})(?!\w)"
                             rf"(?:[^\S\n]+(?!(?:{alt(samples['sample_stop'])})(?!\w))[^\s\d,،;؛.]+){{0,6}}?"
                             rf"[^\S\n]+(?:{alt(samples['sample_of'])})(?:[^\S\n]+[^\s\d,،;؛.]+){{0,2}}{sp}$"),
    }


def counted_noun(view: QuoteView, phrase: NumberPhrase) -> tuple[str, str, int]:
    """What a number phrase counts: the noun after it (``count_units.tsv``), a rate, or a people mention.

    Args:
        view: the document's quote view (normalised text and mentions).
        phrase: the number phrase.

    Returns:
        ``(unit, kind, end of the counted noun)``; ``("", "", end)`` when none.
    """
    pats, text = unit_patterns(), view.text
    position = max(phrase.end, phrase.qualifier_end)
    found = pats["unit"].match(text, position)
    if text.startswith("%", phrase.end):
        return "%", "percent", phrase.end + 1
    rate = pats["rate"].match(text, position)
    if rate:
        return pats["units"][" ".join(rate.group("unit").split())][0], "rate", rate.end()
    if found and not (found.group("adjective") and _is_unit_word(found.group("adjective"))):
        form = " ".join(found.group("unit").split())
        unit, kind = pats["units"][form]
        if kind == "time" and (text.startswith(_AL, found.start("unit") - len(_AL)) or (
                found.group("adjective") or "").strip() in pats["time_deictic"]):
            return "", "", position  # "158 million last year", «158 مليونا العام الماضي»: when, not how long
        noun = _ADJECTIVE_NOUN.match(text, found.end()) if kind == "people" and form.isascii() \
            and not form.endswith("s") else None
        if noun and noun.group(1) not in _NOT_NOUNS:  # three Uighur regions, 400 Uyghur scholars
            plural = noun.group(1).endswith("s") and noun.group(1) not in pats["not_noun"]
            unit, kind = pats["units"].get(noun.group(1), (noun.group(1), "thing" if plural else ""))
            return unit, kind, noun.end()
        return unit, kind, found.end()
    window = _UNIT_OF.match(text[position:position + 20])
    after = position + window.end()
    for mention in view.mentions_in(after, after + 40)[:1]:
        if mention.start == after and mention.kind == "people":
            return mention.name_en, "people", mention.end
    part = pats["part"].match(text, position) or _OF_NUMBER.match(text, position)
    if phrase.low == 1 == phrase.high:  # "one of the largest", "one of them": not a count
        part = None
    elif part or pats["part_before"].search(text, max(0, phrase.start - 24), _first(phrase)):
        return "", "part", part.end() if part else position
    return _thing(view, position)


def _first(phrase: NumberPhrase) -> int:
    """Where a phrase begins, its qualifier included."""
    return min(phrase.start, phrase.qualifier_start) if phrase.qualifier_start >= 0 else phrase.start


def _thing(view: QuoteView, position: int) -> tuple[str, str, int]:
    """A counted noun the table does not list (kind ``thing``, the noun as written), or nothing."""
    pats = unit_patterns()
    found = pats["thing"].match(view.text, position)
    if not found or found.group("noun") in pats["not_noun"] or (
            found.group("word") and (found.group("word") in _NOT_NOUNS or found.group("word") in pats["not_noun"]
                                     or found.group("word") in pats["units"])):
        return "", "", position
    start, end = view.to_raw(found.start("noun"), found.end("noun"))
    return view.raw[start:end], "thing", found.end()


#: "26 of the 40 people", "26 من 40": a part of the number after it.
_OF_NUMBER = re.compile(rf"[^\S\n]+(?:of(?:[^\S\n]+the)?|{affix('part_of_number')})[^\S\n]+(?=\d)")
#: "of" right after a number, before what it counts: 3 من الاطفال.
_UNIT_OF = re.compile(rf"[^\S\n]*(?:(?:{affix_alternation('unit_of')})[^\S\n]+)?")
#: An English people name used as an adjective: the noun after it is what is counted.
_ADJECTIVE_NOUN = re.compile(r"[^\S\n]+([a-z]+)(?!\w)")
_NOT_NOUNS = frozenset(affixes("not_adjective_noun_en"))
#: An English plural noun (not an adjective before the counted noun).
_PLURAL = re.compile(r"[a-z]{2,}[a-rtv-z]s")
#: Joining words before a unit: the unit is not this number's ("between 3 and 4 people").
_UNIT_JOINERS = frozenset(affixes("unit_joiner_en"))


def _is_unit_word(word: str) -> bool:
    """Whether the word (or either of two words) before a unit is itself a unit or a joining word (the unit
    then is not this number's); a people name used as an adjective is not (4,000 Uyghur workers count
    workers)."""
    words = word.split()
    if len(words) > 1:  # "380 suspected detention facilities": either adjective may be a unit or a joiner, and a
        # plural noun is none ("45 shrines last year": shrines is what is counted, not "year")
        return any(_is_unit_word(w) or _PLURAL.fullmatch(w) for w in words)
    word = word.strip()
    unit = unit_patterns()["units"].get(word)
    if unit and unit[1] == "people" and not word.endswith("s"):
        return False
    return bool(unit) or word in _UNIT_JOINERS


def is_trap(view: QuoteView, phrase: NumberPhrase, unit_kind: str, unit_end: int | None = None) -> bool:
    """Whether the number is a year, date, time, ordinal, duration, identifier, a unit price, a survey's sample
    or in a URL.

    Args:
        view: the document's quote view.
        phrase: the number phrase.
        unit_kind: the kind of its counted noun.
        unit_end: where its counted noun ends (an amount of money followed by a ``price`` row of
            ``count_units.tsv`` is the price of one measure of goods: "15,000 yuan a tonne").

    Returns:
        True when it is not a figure whatever follows.
    """
    text, pats = view.text, unit_patterns()
    if view.in_url(phrase.start) or unit_kind in _NOT_FIGURE_UNITS:
        return True
    if unit_kind == "money" and unit_end is not None and pats["price"].match(text, unit_end):
        return True
    if pats["sample"].search(text, max(0, phrase.start - 90), phrase.start):
        return True  # "a survey by the World Uyghur Congress of 1,200 members": the sample, not a figure
    if (phrase.low == 1 == phrase.high and _IN_N.match(text, phrase.end)) or _ONE_IN.search(
            text, max(0, phrase.start - 20), phrase.start):
        return True  # "one in ten Uyghurs": a proportion, not two counts
    if re.match(r"0\d", text[phrase.start:phrase.end]):  # 0713, 0021671…: an identifier, never a count
        return True
    left = text[max(0, phrase.start - 12):phrase.end + 12]
    cluster = re.search(r"[\d/.\-:]*\d[\d/.\-:]*", text[max(0, phrase.start - 6):phrase.end + 8])
    if phrase.kinds[0] == "digits" and cluster and _DATE_CLUSTER.search(cluster.group()) and not _SCALE_AFTER.match(
            text, max(0, phrase.start - 6) + cluster.end()):  # 14/11/2019, 10:30; not "1-1.5 million"
        return True
    if pats["month_after"].match(text, phrase.end) or pats["month_before"].search(
            text, max(0, phrase.start - 30), phrase.start):
        return True
    if pats["label"].search(text, max(0, phrase.start - 20), phrase.start):
        return True
    if pats["age"].search(text, max(0, phrase.start - 30), phrase.start):
        return True
    plain = phrase.kinds == ("digits",) and not phrase.grouped
    if plain and 1800 <= phrase.low <= 2100 and phrase.low == int(phrase.low) and not phrase.qualifier and (
            unit_kind in ("", "part", "thing") or pats["year"].search(text, max(0, phrase.start - 12), phrase.start)):
        return True
    if phrase.kinds == ("cardinal",) and phrase.low < 10 and re.search(r"(?<!\w)the[^\S\n]+$", text[
            max(0, phrase.start - 5):phrase.start]):
        return True  # "the two camps", "the three men": a reference to what was counted, not a count
    vague = set(phrase.kinds) <= {"vague", "scale"}  # العشرات، المئات: "dozens", "hundreds" as nouns
    if (phrase.definite or text[max(0, phrase.start - 2):phrase.start] == _AL) and not unit_kind and not vague:
        return True
    return bool(re.search(r"\d(?:st|nd|rd|th)\b", left)) and plain


def is_tally(view: QuoteView, phrase: NumberPhrase, unit: str, unit_end: int) -> bool:
    """Whether a count of members of a parliament is a vote's tally (``vote_unit`` and ``vote_verb`` rows).

    Args:
        view: the document's quote view.
        phrase: the number phrase.
        unit: its counted noun's unit (``count_units.tsv``'s canonical name).
        unit_end: where its counted noun ends.

    Returns:
        True when a vote word stands right before the number (two words between at most: «أيدها 76 نائبا») or
        right after the counted noun ("52 lawmakers voted against"): not a figure.
    """
    pats = unit_patterns()
    if not unit or lookup_key(unit) not in pats["voters"]:
        return False
    first = _first(phrase)
    return bool(pats["vote_before"].search(view.text, max(0, first - 40), first)
                or pats["vote_after"].match(view.text, unit_end))


def is_figure(phrase: NumberPhrase, unit_kind: str) -> bool:
    """Whether a phrase that is no trap is a figure: a counted noun, a scale word, a hedge or grouped digits.

    Args:
        phrase: the number phrase.
        unit_kind: the kind of its counted noun.

    Returns:
        True for a figure.
    """
    if unit_kind == "thing":
        return phrase.low >= 10 or phrase.has_scale or bool(phrase.qualifier) or phrase.grouped
    if unit_kind or phrase.has_scale or phrase.qualifier or phrase.grouped:
        return True
    return False
