"""Clause context for the temporal tagger: words around a match, tense, cue words.

Small, cheap look-ups on the *normalised* text, called only for the few
matches the grammar finds (never over the whole text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.extract.temporal.patterns import Grammar
from helpers.extract.temporal.words import alternations, letters, word_list

__all__ = ["Reading", "RETRY", "words_before", "word_after", "is_future", "context", "preposition_before",
           "noun_after", "key", "spaced_pair", "title_word",
           "listed_month", "recurring", "definite_clitic", "is_definite"]

_CLAUSE = re.compile(r"[.;:!?\"()\[\]\n,]")
_WORD = re.compile(r"[\w'%$€£]+")
_FUTURE_VERB = re.compile(r"^[وف]?س[يتن]\w{3,}$")


@lru_cache(maxsize=1)
def definite_clitic() -> re.Pattern:
    """A word's definite start, maybe after clitics (العام، والعام، بالعام، فبالعام، للعام).

    Returns:
        The pattern, used with ``.match`` on a word.
    """
    w, clitic, conj = alternations(), letters("proclitic"), letters("conjunction")
    return re.compile(rf"^(?:(?:[{clitic}]|{w.clitic_pair})?{w.article}|[{conj}]?{w.lil})")


def is_definite(word: str) -> bool:
    """Whether ``word`` starts with the article (ال), clitics not counted."""
    return word.startswith(word_list("article"))


@dataclass(frozen=True)
class Reading:
    """What an expression means: the columns of the events table but the offsets.

    ``anchor`` is publication | previous | none (set by the document pass when
    empty); ``ana`` carries what the document pass still has to resolve
    (anaphora, a day of a Hijri month, "today + weekday").
    """

    value: str
    precision: str
    modifier: str = ""
    anchored: bool = False
    kind: str = "date"
    note: str = ""
    anchor: str = ""
    ana: tuple = ()
    rule: str = ""  # the grammar alternative that read it (dmy, prt, ana …) or "named"


#: What a resolver returns when its match holds no date but a shorter expression may
#: start inside it (the tagger then searches again one character after the match's start).
RETRY = Reading("", "retry")


def key(s: str | None) -> str:
    """A matched phrase with single spaces ('' for None), as the lookup tables spell it.

    Args:
        s: a matched group or None.

    Returns:
        The key.
    """
    return " ".join(s.split()) if s else ""


def words_before(text: str, pos: int, *, limit: int = 8) -> list[str]:
    """Words of the clause that ends at ``pos`` (normalised text), nearest last.

    Args:
        text: normalised text.
        pos: position the clause ends at.
        limit: at most this many words.

    Returns:
        The words, in text order.
    """
    window = text[max(0, pos - 90):pos]
    cut = [m.end() for m in _CLAUSE.finditer(window)]
    return _WORD.findall(window[cut[-1] if cut else 0:])[-limit:]


def word_after(text: str, pos: int) -> str:
    """The word (or symbol such as %) right after ``pos``, '' at a clause end.

    Args:
        text: normalised text.
        pos: position to look from.

    Returns:
        The word.
    """
    match = _WORD.match(text[pos:pos + 40].lstrip(" "))
    return match.group(0) if match else ""


def is_future(text: str, pos: int, g: Grammar) -> bool:
    """Whether the clause before ``pos`` speaks of the future (سوف، سيزور، will …).

    Args:
        text: normalised text.
        pos: start of the expression.
        g: the grammar (cue lists).

    Returns:
        True when a future cue is found.
    """
    words = words_before(text, pos)
    joined = " ".join(words)
    future, exceptions = g.cues["future"], g.cues["future_exception"]
    if any(w in future for w in words) or any(" " in f and f in joined for f in future):
        return True
    conjunctions = letters("conjunction")
    return any(_FUTURE_VERB.match(w) and w.lstrip(conjunctions) not in exceptions and w not in exceptions
               for w in words)


def context(m: re.Match | None, start: int, text: str, g: Grammar) -> tuple[str, str]:
    """Modifier (from the grammar's shared prefix) and since/until note (from the word before).

    Args:
        m: the grammar match, or None for a named event.
        start: start of the expression in ``text``.
        text: normalised text.
        g: the grammar.

    Returns:
        ``(modifier, note)``.
    """
    modifier = g.modifiers.get(key(m.group("mod")), "") if m else ""
    before = words_before(text, start, limit=1)
    note = ""
    if before and before[-1] in g.cues["since"]:
        note = "since"
    elif before and before[-1] in g.cues["until"]:
        note = "until"
    return modifier, note


def preposition_before(m: re.Match, text: str, g: Grammar) -> bool:
    """Whether a preposition (في، منذ، in …) comes right before the match, as a word.

    A proclitic glued to the name is not enough: باب "door" is ب + آب, لنيسان
    "for Nissan" is ل + نيسان.

    Args:
        m: the grammar match.
        text: normalised text.
        g: the grammar.

    Returns:
        True or False.
    """
    start = m.start()
    if start and text[start - 1].isalpha():
        return False
    before = words_before(text, start, limit=1)
    return bool(before) and before[-1] in g.cues["preposition"]


def noun_after(text: str, end: int, g: Grammar) -> bool:
    """Whether a definite noun follows (مارس العنف "practised violence", باب المؤسسة).

    Args:
        text: normalised text.
        end: end of the match.
        g: the grammar (``function_word`` cues: الذي، إلى … are not nouns).

    Returns:
        True when the next word carries the article and is not a function word.
    """
    after = word_after(text, end)
    return is_definite(after) and after not in g.cues["function_word"] | g.cues["preposition"]


def listed_month(m: re.Match, text: str, g: Grammar) -> bool:
    """"جويلية وأوت": a month name right after another month name and و is a month.

    Args:
        m: the grammar match.
        text: normalised text.
        g: the grammar.

    Returns:
        True when the word before is و and the one before it a month name.
    """
    before = words_before(text, m.start(), limit=2)
    return len(before) == 2 and before[1] == "و" and before[0] in g.months


def recurring(m: re.Match, text: str, g: Grammar) -> bool:
    """"15 مارس من كل عام", "كل يوم جمعة", every Monday: a recurring date, not one date.

    Args:
        m: the grammar match.
        text: normalised text.
        g: the grammar (``spans.recurring`` and the ``recurring_before`` cues).

    Returns:
        True when the match recurs.
    """
    if g.spans.recurring.match(text, m.end()):
        return True
    before = words_before(text, m.start(), limit=1)
    return bool(before) and before[-1] in g.cues["recurring_before"]


def spaced_pair(m: re.Match, prefix: str) -> bool:
    """"may mar": two English month words side by side are no pair (a pair needs "/", "-" or "to").

    Args:
        m: a match of the ``mon`` or ``my`` alternative.
        prefix: that alternative's name.

    Returns:
        True when the second month only follows the first after spaces and the first is English.
    """
    m1, m2 = m.group(f"{prefix}_m1"), m.group(f"{prefix}_m2")
    return bool(m2) and m1.isascii() and not m.string[m.end(f"{prefix}_m1"):m.start(f"{prefix}_m2")].strip()


_LATIN = re.compile(r"[A-Za-z]+")


def title_word(raw: str, start: int, end: int, *, weekday: bool = False) -> bool:
    """An English day word that is part of a name, not a date (raw text).

    "USA Today", "the BBC's Today programme": a capitalised day word right after a
    word (not at a sentence start), unless its line is a title-case headline
    ("Camps Will Close Today, Officials Say").  With ``weekday``: "the" before a
    weekday and a capitalised word after it ("The Monday Club").

    Args:
        raw: the raw text.
        start: start of the expression in ``raw``.
        end: its end.
        weekday: the expression is a weekday (else a word such as today).

    Returns:
        True when the expression names something.
    """
    word = raw[start:end]
    if not (word.isascii() and word[:1].isupper()):
        return False
    if weekday:
        before = _LATIN.findall(raw[max(0, start - 5):start])
        after = raw[end:end + 30].lstrip(" ")
        return bool(before) and before[-1].lower() == "the" and bool(re.match(r"[A-Z][a-z]{2,}(?![a-z]*\.? \d)", after))
    before = raw[max(0, start - 3):start].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "'\u2019"):
        return False
    line_end = raw.find("\n", end)
    line = raw[raw.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(raw)]
    words = [w for w in _LATIN.findall(line) if len(w) > 3]
    return sum(w[0].isupper() for w in words) < 0.6 * len(words)
