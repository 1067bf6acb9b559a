"""Mentions that can speak in a speaker phrase, adjectives of origin and audiences.

Part of :mod:`helpers.extract.quotes.speakers` (which re-exports :data:`BASED_IN`, :func:`is_nisba` and
:func:`speaking_mentions`).
"""

from __future__ import annotations

import re

from helpers.extract.quotes.context import SPEAKING_KINDS, Mention, QuoteView
from helpers.extract.quotes.open_antecedents import SEAT_WORDS
from helpers.extract.quotes.open_names import other_given_name
from helpers.extract.quotes.open_quoted import after_quoted_name
from helpers.extract.quotes.speech_lexicon import ARTICLE, LI_ARTICLE, lexicon, particles, suffix_forms
from helpers.text.lexicon_tools import literal_alternation
from helpers.text.word_before import previous_word

__all__ = ["BASED_IN", "HEARERS", "is_nisba", "speaking_mentions"]

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
