"""Step 3 of the topic rule: is a population figure the population of the topic's place?

A population word ("population", "residents", سكان، نسمة …) that is the anchor
nearest a number makes it a population figure (:mod:`helpers.extract.claims.claim_topic`);
it is about the topic when the place it is the population of is the topic's.
That place is, in order: the place named nearest before the number in its
clause (else the first one after it); a place noun ("a city of 2 million": another
place, unless a core name follows it at once); a deictic ("the region", المنطقة:
the topic's region when the context is topical and in focus); a name the
gazetteer lacks right after the population word ("سكان إسطنبول", "population of
Almaty": another place; the words that may stand there without naming a place are
the ``not_place`` rows of ``data/claims/figure_anchors.tsv``); with none in the
clause, the place named last before the clause in the sentence ("Kazakhstan,
which has a population of …"); with none there either, the figure is the
topic's when its clause has a core name or its context is topical and in focus.
"""

from __future__ import annotations

import re

from helpers.extract.claims.claim_anchors import not_place_words

__all__ = ["population_ok"]

#: The word after a population word (and "of"): the place it is the population of.
_GENITIVE = re.compile(r"[^\S\n]+(?:of[^\S\n]+)?(?P<w>[^\W\d_]{3,})(?!\w)")


def population_ok(test, core: list, clause: tuple[int, int], start: int, context_ok: bool,
                  sentence_start: int) -> bool:
    """Whether a population figure is the population of the topic's place (the module docstring).

    Args:
        test: the document's :class:`~helpers.extract.claims.claim_topic.TopicTest`.
        core: the core names of the figure's clause, as ``(start, end)``.
        clause: the clause ``(start, end)`` (normalised offsets).
        start: the figure's start.
        context_ok: whether its context is topical and in focus.
        sentence_start: where its sentence begins.

    Returns:
        True when the place is the topic's.
    """
    c_start, c_end = clause
    refs = [(s, e, "core" if is_core else "other") for s, e, is_core in test.places if c_start <= s < c_end]
    for a in test.in_span(c_start, c_end):
        if a.cls == "deictic":
            refs.append((a.start, a.end, "deictic"))
        elif a.cls == "place_noun":
            follows = any(a.end <= s <= a.end + 2 for s, _, is_core in test.places if is_core)
            refs.append((a.start, a.end, "core" if follows else "other"))
        elif a.cls == "population":
            refs.extend(_unknown_place(test, a.end))
    before = [r for r in refs if r[0] < start]
    after = [r for r in refs if r[0] >= start]
    place = max(before) if before else (min(after) if after else None)
    if place is None:  # "Kazakhstan, which has a population of 19 million": the place before the clause
        earlier = [(s, e, "core" if is_core else "other") for s, e, is_core in test.places
                   if sentence_start <= s < c_start]
        place = max(earlier) if earlier else None
    if place is None:
        return bool(core) or context_ok
    return place[2] == "core" or (place[2] == "deictic" and context_ok)


def _unknown_place(test, position: int) -> list[tuple[int, int, str]]:
    """A name the gazetteer lacks right after a population word: another place.  A listed word,
    a mention, a number, a word with the article or a ``not_place`` word is not."""
    found = _GENITIVE.match(test.text, position)
    if not found or found.group("w") in not_place_words() or found.group("w").startswith("ال"):
        return []
    at = found.start("w")
    if test.in_span(at, at + 1) or any(s == at for s, _, _ in test.core + test.other) or \
            any(s == at for s, _, _ in test.places):
        return []
    return [(at, found.end("w"), "other")]
