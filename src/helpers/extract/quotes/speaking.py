"""Mentions that can speak in a speaker phrase, adjectives of origin and audiences.

Part of :mod:`helpers.extract.quotes.speakers` (which re-exports :data:`BASED_IN`, :func:`is_nisba` and
:func:`speaking_mentions`).
"""

from __future__ import annotations

import re

from helpers.extract.quotes.asides import words_between
from helpers.extract.quotes.context import SPEAKING_KINDS, Mention, QuoteView
from helpers.extract.quotes.open_antecedents import SEAT_WORDS
from helpers.extract.quotes.open_holders import possessed_role
from helpers.extract.quotes.open_names import other_given_name
from helpers.extract.quotes.open_quoted import after_quoted_name
from helpers.extract.quotes.speech_lexicon import ARTICLE, LI_ARTICLE, lexicon, particles, suffix_forms
from helpers.text.lexicon_tools import literal_alternation
from helpers.text.word_before import previous_word

__all__ = ["BASED_IN", "HEARERS", "before_role", "is_nisba", "markers_only", "possessed_origin", "region_ok",
           "speaking_mentions"]

_REGION_WORDS = 12     # speaker words between a verb and its complement (more with a channel marker)
_EN_REGION_WORDS = 4   # English: told Reuters that, said on Tuesday that

#: A place name that says where a body is based ("London-based", "Washington-based").
BASED_IN = re.compile(r"[-‐–]based\b")
_NISBA = re.compile(
    rf"^(?:[وفبل]|{LI_ARTICLE}|ب{ARTICLE})?{ARTICLE}\w+(?:{literal_alternation(suffix_forms('nisba_suffix'))})$")
#: An audience glued to لـ after a speaker's name (للحاضرين، للصحفيين): the hearer, not part of the speaker.
HEARERS = frozenset(LI_ARTICLE + word[len(ARTICLE):] for word in particles("hearer_noun") if word.startswith(ARTICLE))


def is_nisba(mention: Mention, text: str) -> bool:
    """Whether a mention is an adjective of origin (الصينية، الأمريكيين), not a noun.

    Args:
        mention: a mention of the document.
        text: the normalised text.

    Returns:
        True for a definite nisba form.
    """
    words = text[mention.start:mention.end].split()
    return bool(words) and bool(_NISBA.match(words[-1]))


def speaking_mentions(view: QuoteView, start: int, end: int) -> list[Mention]:
    """Mentions that can speak inside a span, except negated nisbas (غير الأمريكيين) and a known
    person's family name after another given name (Gulnar Tohti).

    Args:
        view: the document.
        start: normalised span start.
        end: normalised span end.

    Returns:
        Persons, organisations, states, groups and peoples, in order.
    """
    nots = lexicon().words["not"] | SEAT_WORDS  # المركز ومقره لندن: a seat, not a speaker
    return [m for m in view.mentions_in(start, end)
            if m.kind in SPEAKING_KINDS and previous_word(view.text, m.start) not in nots
            and not other_given_name(view, m)  # "Gulnar Tohti" is not Ilham Tohti
            and not BASED_IN.match(view.text, m.end)  # "the London-based institute": a seat, not a speaker
            and not (is_nisba(m, view.text) and after_quoted_name(view, m.start))]  # شركة "…" الإماراتية


def markers_only(text: str, start: int, end: int) -> bool:
    """Whether a span holds only channel and time markers ("in an editorial on Tuesday", "at a briefing
    yesterday"): between an English verb and its "that", they make no speaker region however many words.

    Args:
        text: the normalised text.
        start: the span's start.
        end: its end.

    Returns:
        True when every word of the span is inside a channel or time marker (and there is one).
    """
    position, found = start, False
    stop_re = lexicon().stop_re
    while True:
        position += len(text[position:end]) - len(text[position:end].lstrip(" ,"))
        if position >= end:
            return found
        marker = stop_re.match(text, position, end)
        if marker is None:
            return False
        position, found = marker.end(), True


def region_ok(lang: str, text: str, start: int, end: int) -> bool:
    """Whether the words between a verb and its complement may be its speaker phrase and channel.

    Args:
        lang: the verb's language (en | ar).
        text: the normalised text.
        start: the verb's end.
        end: the complement's start.

    Returns:
        True for at most four English words or only channel and time markers ("wrote in an editorial on Tuesday
        that"); at most twelve Arabic words, or twice as many with a channel or time marker within the first twelve.
    """
    words = words_between(text, start, end)
    if lang == "en":
        return len(words) <= _EN_REGION_WORDS or markers_only(text, start, end)
    if len(words) <= _REGION_WORDS:
        return True
    stop = lexicon().stop_re.search(text, start, end)
    return bool(stop) and len(words) <= 2 * _REGION_WORDS and \
        len(words_between(text, start, stop.start())) <= _REGION_WORDS


def before_role(view: QuoteView, mention: Mention) -> bool:
    """Whether an English state word stands right before a role noun ("a German economist"): it describes
    the person, it is not whom he speaks for.

    Args:
        view: the document.
        mention: a mention of it.

    Returns:
        True when a role noun follows the English mention after one space.
    """
    role = lexicon().role_re.match(view.text, mention.end + 1)
    return view.text[mention.start:mention.end].isascii() and view.text[mention.end:mention.end + 1] == " " \
        and role is not None


def possessed_origin(view: QuoteView, start: int, names: list[Mention]) -> bool:
    """Whether a phrase is a possessed role whose only names are adjectives of origin ("its Chinese director",
    "their British lawyer", مديرها الصيني): the adjective tells where the person comes from; the possessive
    points back to the body he works for, never to the adjective's state.

    Args:
        view: the document.
        start: the phrase's normalised start.
        names: its speaking mentions.

    Returns:
        True for such a phrase.
    """
    if any(m.kind not in ("people", "country") or m.kind == "country" and not (
            is_nisba(m, view.text) or before_role(view, m)) for m in names):
        return False
    first = words_between(view.text, start, names[0].start + 1)[:1]
    return previous_word(view.text, start) in _POSSESSIVES or bool(first and possessed_role(view, first[0]))


#: English possessive determiners before a role ("its Chinese director").
_POSSESSIVES = frozenset(particles("possessive_determiner"))
