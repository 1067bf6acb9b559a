"""Step 3 of the topic rule: is a population figure the population of the topic's place?

A population word ("population", "residents", سكان، نسمة …) that is the anchor nearest a number makes it a
population figure (:mod:`helpers.extract.claims.topic`); it is about the topic when the place it is the
population of is the topic's. That place is, in order: a core name right before the population word ("the
Uyghur population", "Xinjiang's residents": the topic's); the place named right after the population word
("سكان شينجيانغ", "population of the region", "residents of Almaty": a mention, a deictic, a place noun, or a
name the gazetteer lacks, which is another place); the place named nearest before the number in its clause,
the topic's people counting as the topic's place there ("عدد الإيغور نحو …"; else the first place after it); a
head counter (نسمة; ``counter`` rows) or an Arabic noun with the article (التعداد الصيني) names no place after
it; a place noun ("a city of 2 million": another place, unless a core name follows it at once); a deictic
("the region", المنطقة: the topic's region when the context is topical and in focus; the words that may follow
a population word without naming a place are the ``not_place`` rows of ``data/claims/figure_anchors.tsv``);
with none in the clause, the place named last before the clause in the sentence ("Kazakhstan, which has a
population of …"); with none there either, the figure is the topic's when its clause has a core name or its
context is topical and in focus.
"""

from __future__ import annotations

import re

from helpers.extract.claims.anchors import counter_word, not_place_words
from helpers.text.affixes import affix

__all__ = ["population_ok", "beyond_topic"]

_AL = affix("article")
#: The word after a population word (and "of"): the place it is the population of.
#: (English: after "of"; Arabic: the construct, سكان شينجيانغ.)
_GENITIVE = re.compile(r"[^\S\n]+(?:of[^\S\n]+(?P<w>[a-z]{3,})|(?P<a>[^\W\d_a-z]{3,}))(?!\w)")


def population_ok(test, core: list, clause: tuple[int, int], start: int, context_ok: bool,
                  sentence_start: int) -> bool:
    """Whether a population figure is the population of the topic's place (the module docstring).

    Args:
        test: the document's :class:`~helpers.extract.claims.topic.TopicTest`.
        core: the core names of the figure's clause, as ``(start, end)``.
        clause: the clause ``(start, end)`` (normalised offsets).
        start: the figure's start.
        context_ok: whether its context is topical and in focus.
        sentence_start: where its sentence begins.

    Returns:
        True when the place is the topic's.
    """
    c_start, c_end = clause
    for a in test.in_span(c_start, c_end, "population"):
        if any(a.start - 3 <= e <= a.start for _, e, _ in test.core):  # "the Uyghur population", "Xinjiang's residents"
            return True
        own = None if _no_genitive(test.text, a) else _genitive(test, a.end)
        if own is not None:  # "سكان شينجيانغ", "population of the region": whose population it is
            return own[2] == "core" or (own[2] == "deictic" and context_ok)
    refs = [(s, e, "core" if is_core else "other") for s, e, is_core in test.places if c_start <= s < c_end]
    refs += [(s, e, "core") for s, e, kind in test.core if kind == "people" and c_start <= s < start]
    for a in test.in_span(c_start, c_end):
        if a.cls == "deictic":
            refs.append((a.start, a.end, "deictic"))
        elif a.cls == "place_noun":
            follows = any(a.end <= s <= a.end + 2 for s, _, is_core in test.places if is_core)
            refs.append((a.start, a.end, "core" if follows else "other"))
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


def _no_genitive(text: str, anchor) -> bool:
    """Whether a population word cannot be followed by the place it counts: a head counter (نسمة) or an Arabic
    noun with the article (a construct noun has none: سكان شينجيانغ, but التعداد الصيني is a noun and its
    adjective)."""
    return counter_word(text[anchor.start:anchor.end]) or text.endswith(_AL, 0, anchor.start)


def _genitive(test, position: int) -> tuple[int, int, str] | None:
    """The place named right after a population word ("سكان شينجيانغ", "population of Almaty", "residents
    of the region"): a core or other mention, a deictic, a place noun, or a name the gazetteer lacks
    (another place); None when a number, a ``not_place`` word or a word with the article stands there."""
    found = _GENITIVE.match(test.text, position)
    if not found:
        return None
    group = "w" if found.group("w") else "a"
    at, word = found.start(group), found.group(group)
    for s, e, is_core in test.places:
        if s == at:
            return s, e, "core" if is_core else "other"
    for s, e, _ in test.core:
        if s == at:
            return s, e, "core"
    for a in test.in_span(at, at + 3):  # an Arabic anchor starts after its article
        if a.cls == "deictic":
            return a.start, a.end, "deictic"
        if a.cls == "place_noun":
            follows = any(a.end <= s <= a.end + 2 for s, _, is_core in test.places if is_core)
            return a.start, a.end, "core" if follows else "other"
        return None
    if word in not_place_words() or word.startswith(_AL) or any(s == at for s, _, _ in test.other):
        return None
    return at, found.end(group), "other"


#: More people than any people of the topic (the region's 26 million, the Uyghurs' 12 to 20 million): a state's or
#: the world's population ("1.4 billion people to feed").
_LARGEST = 100_000_000
#: The topic rule's weak steps: a count of people kept only because the document or the sentence before is topical.
_WEAK_RULES = frozenset({"previous", "document"})


def beyond_topic(item: dict, rule: str) -> bool:
    """Whether a count of people kept by a weak step of the topic rule is too large to be the topic's people.

    Args:
        item: a figure candidate of :mod:`helpers.extract.claims.rows` (``phrase``, ``kind``).
        rule: the step of the topic rule that kept it (``Decision.rule``).

    Returns:
        True for more than 100 million persons kept by the ``previous`` or ``document`` step ("the country had
        1.4 billion people to feed"): no figure about the topic.
    """
    return rule in _WEAK_RULES and item["kind"] in ("person", "people") and item["phrase"].low >= _LARGEST
