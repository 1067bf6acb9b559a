"""Figures that lean on the figure before them: a part of it, a comparison with it, "N others".

A number that names no counted noun of its own but refers to a figure given
just before — "Of those, 300 were later released", "وأفرج عن 150 منهم", "61 of
them", "26 من أصل 40 شخصا", "22 countries signed …, and 37 others", "42 percent
…, up from 6 percent" — is about the topic exactly when that figure is.  The
topic rule (:mod:`helpers.extract.claims.topic`) decides every figure on
its own words first; :func:`inherit` then gives such a number the decision of
the figure it leans on: a part (kind ``part``) either way (a part of a dropped
figure is dropped: the hundreds of Hui who protested in Ningxia are not the
topic's); "N others" and a comparison only when they have no decision of their own.

Links (``link`` rows of ``data/claims/figure_anchors.tsv`` for comparisons; the
``part`` and ``part_before`` rows of ``data/claims/count_units.tsv`` for parts):

- a *part* (counted noun kind ``part``, or the unit "others" / آخرين) leans on
  the nearest figure before it in its sentence or the sentence before; one
  whose part word is "out of"/"من أصل"/"of the" leans on the figure right after
  it ("26 out of 40 people");
- a *comparison*: a ``link`` word right before the number ("up from", "compared
  with", "مقابل", "بعد أن كانت") leans on the nearest figure before it in its
  sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from helpers.extract.claims.topic import Decision
from helpers.text.affixes import affix_alternation, affixes
from helpers.text.lexicon_tools import read_tsv, trie_alternation
from helpers.text.normalise import lookup_key

__all__ = ["inherit"]

#: Part words after the number that point at the figure right after it.
_FORWARD = re.compile(rf"[^\S\n]*(?:{affix_alternation('part_forward')})(?!\w)")
_OTHERS = frozenset(affixes("other_word"))


@lru_cache(maxsize=1)
def _link_pattern() -> re.Pattern:
    """A ``link`` word (and an optional clitic ب and tatweel) right before a number."""
    forms = [lookup_key(f) for row in read_tsv("claims/figure_anchors.tsv")
             if row["class"] == "link" for f in row["forms"].split("|") if f.strip()]
    return re.compile(rf"(?<!\w)(?:{trie_alternation(forms)})[^\S\n]*ـ?[^\S\n]*$")


def _sentence(view, item: dict) -> int:
    return view.sentence_of(item["phrase"].start)


def _start(item: dict) -> int:
    phrase = item.get("low_phrase", item["phrase"])
    return min(phrase.start, phrase.qualifier_start) if phrase.qualifier_start >= 0 else phrase.start


def _leans_on(view, candidates: list[dict], index: int) -> int | None:
    """The index of the figure candidate ``index`` leans on, or None."""
    item, text = candidates[index], view.text
    sentence = _sentence(view, item)
    part = item["kind"] == "part" or item["unit"] in _OTHERS
    if part and index + 1 < len(candidates) and _FORWARD.match(text, item["phrase"].end) \
            and _sentence(view, candidates[index + 1]) == sentence:
        return index + 1
    if index == 0:
        return None
    before = candidates[index - 1]
    gap = _sentence(view, before)
    if part and sentence - 1 <= gap <= sentence:
        return index - 1
    start = _start(item)
    if gap == sentence and _link_pattern().search(text, max(before["phrase"].end, start - 30), start):
        return index - 1
    return None


def inherit(view, candidates: list[dict], decisions: list) -> list:
    """Give every part or comparison the decision of the figure it leans on.

    Args:
        view: the document's quote view.
        candidates: the figure candidates in text order (``phrase``, ``unit``, ``kind``).
        decisions: the topic rule's decision for each (a :class:`Decision` or None).

    Returns:
        The decisions: a part's replaced by its figure's, a comparison's kept
        when it has one, else its figure's (rule ``link``).
    """
    result = list(decisions)
    for index in range(len(candidates)):
        target = _leans_on(view, candidates, index)
        if target is None:
            continue
        part = candidates[index]["kind"] == "part"
        decision = result[target]
        if isinstance(decision, Decision):
            result[index] = result[index] if result[index] and not part else replace(decision, rule="link")
        elif part:
            result[index] = None
    return result
