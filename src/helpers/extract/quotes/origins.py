"""Origins are not speakers: "More than 300 academics from 28 countries have signed …", «أكاديميون من ثماني دول».

A count of states after a preposition of origin says where a group comes from; the group before it speaks.
The words are data (``origin_preposition`` and ``origin_plural`` rows of ``quotes/particles.tsv``).
"""

from __future__ import annotations

from helpers.extract.quotes.asides import words_between
from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.speech_lexicon import particles

__all__ = ["origin_group"]

_FROM = frozenset(particles("origin_preposition"))
_STATES = frozenset(particles("origin_plural"))
#: The most words (a number, "more than") between the preposition and the states' word.
_COUNT_WORDS = 3
#: The most words between the states' word and the verb.
_TO_VERB = 2


def origin_group(view: QuoteView, head: tuple[int, int], left: int, verb_start: int) -> tuple[int, int] | None:
    """The group a count of states after "from" / «من» describes, when ``head`` is that count, right before the
    verb (an auxiliary or two between: "have signed"; not a clause away: «خبراء من عديد دول العالم وذلك …، مضيفا»).

    Args:
        view: the document's quote view.
        head: the normalised span of the subject head nearest the verb ("28 countries", «دول»).
        left: where the subject may start (normalised).
        verb_start: where the verb starts (normalised).

    Returns:
        The span of the word before the preposition ("academics", «أكاديميون»), or None when ``head`` is no
        count of states after an origin preposition, or nothing stands before it.
    """
    if view.text[head[0]:head[1]].split()[-1:] and view.text[head[0]:head[1]].split()[-1] not in _STATES:
        return None
    if len(words_between(view.text, head[1], verb_start)) > _TO_VERB:
        return None
    before = words_between(view.text, left, head[0])
    for k in range(len(before) - 1, max(len(before) - 2 - _COUNT_WORDS, -1), -1):
        if before[k][2] in _FROM:
            return (before[k - 1][0], before[k - 1][1]) if k > 0 else None
    return None
