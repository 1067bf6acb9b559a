"""The other parties of an act: who a clause names without making it the subject.

A counterpart addressed («أبلغ وزير الخارجية البريطاني نظيره الصيني قلق بلاده»), a body named after a glued
preposition («ضمانات الاستثمار لشركة فولكسفاغن»), the object of an English relative clause ("the researchers it
accused of lying"), and the states a joint phrase adds to a speaker ("speaking on behalf of 70 countries").
:mod:`helpers.extract.stance.attribution` and :mod:`helpers.extract.stance.holders` read them.
"""

from __future__ import annotations

from helpers.extract.quotes.open_actors import role_speaks_for
from helpers.extract.stance.sentence import SentenceView
from helpers.text.affixes import affixes
from helpers.text.charsets import ARABIC_LETTER

__all__ = ["joint_member"]

_GLUED = affixes("glued_preposition")
#: How many words before an actor a joint phrase (on behalf of) may start.
_JOINT_REACH = 6
#: How many words after an actor (its noun phrase) and before the verb an English relative pronoun may stand.
_RELATIVE_REACH, _RELATIVE_VERB = 4, 2


def _counterpart(view: SentenceView, k: int) -> bool:
    """Whether actor ``k`` names someone's counterpart («نظيره الصيني», "his Chinese counterpart"): the other party
    of the subject's act, not its subject when the clause names another actor first."""
    if not view.any_of("counterpart"):
        return False
    i = view.first[k]
    if ARABIC_LETTER.match(view.words[i].text):
        return i > 0 and view.has(i - 1, "counterpart") > 0  # نظيره الصيني
    return view.has(i + 1, "counterpart") > 0  # Chinese counterpart


def _glued_head(word: str) -> bool:
    """Whether a word is a one-letter preposition (ل، ب) glued to a head noun of a body that speaks for
    itself (لشركة، بجامعة): the name after it is that preposition's object."""
    return len(word) > 4 and word[0] in _GLUED and bool(ARABIC_LETTER.match(word)) \
        and role_speaks_for(word[1:]) == "self"


def joint_member(view: SentenceView, ref) -> bool:
    """Whether an actor is named right after a ``joint`` phrase ("speaking on behalf of 70 countries, …",
    «باسم 60 دولة»), an approximation allowed between ("on behalf of more than 40 countries").

    Args:
        view: the sentence.
        ref: one of its :class:`~helpers.extract.stance.sentence.ActorRef`.

    Returns:
        True when a joint phrase ends at the actor's first word.
    """
    i = view.word_at(ref.start)
    for j in range(max(i - _JOINT_REACH, 0), i):
        n = view.has(j, "joint")
        if n and j + n <= i and all(view.has(x, "approximation") for x in range(j + n, i)):
            return True
    return False


def _object_of_relative(view: SentenceView, k: int, i: int) -> bool:
    """Whether actor ``k`` is the object of an English relative clause whose pronoun subject follows it before word
    ``i`` ("lawmakers and researchers it accused of spreading lies": "it" accuses, not the researchers)."""
    after = view.word_at(view.actors[k].end)
    if after >= i or view.words[after].start < view.actors[k].end:
        return False
    return any(view.has(p, "subject_pronoun") and view.clause(p) == view.clause(i) and i - p <= _RELATIVE_VERB
               for p in range(after, min(after + _RELATIVE_REACH, i)))  # "British lawmakers and lawyers it accused"
