"""The small words inside the temporal patterns, read from ``data/temporal/pattern_words.tsv``.

Prepositions, joiners and nouns such as "month" and "year" sit between the
lexicons of the tagger's patterns ("5 من مايو", "من 2010 إلى 2015", "بعد ذلك
بعامين"); each row of the data file names one such slot.  The patterns take a
slot as an alternation (:func:`alternations`, ``w.of`` → ``من|of``) or, for a
slot of single letters, a character class body (:func:`letters`), the readers
as a tuple of words (:func:`word_list`).  Read once per process.  Two slots
come from the affixes every stage shares (``data/text/affixes.tsv``): ``article``
(ال, الـ5 من الشهر، القرن الـ18) and ``lil`` (the article after ل: للعام 2014).
"""

from __future__ import annotations

import re
from functools import cache
from types import SimpleNamespace

from helpers.text.affixes import affix
from helpers.text.charsets import LINE_SPACES
from helpers.text.lexicon_tools import read_tsv

__all__ = ["alternations", "letters", "word_list"]


@cache
def _slots() -> dict[str, tuple[str, ...]]:
    rows = read_tsv("temporal/pattern_words.tsv", columns=("slot", "words", "example"))
    shared = {"article": (affix("article"),), "lil": (affix("article_lam"),)}
    return {**shared, **{r["slot"]: tuple(r["words"].split("|")) for r in rows}}


def word_list(slot: str) -> tuple[str, ...]:
    """The words of a slot of ``pattern_words.tsv``, in file order.

    Args:
        slot: the slot's name (``of``, ``month_noun`` …).

    Returns:
        Its words.
    """
    return _slots()[slot]


def letters(slot: str) -> str:
    """The one-letter words of a slot as the body of a character class (``و|ف`` → ``وف``).

    Args:
        slot: the slot's name (``proclitic``, ``conjunction`` …).

    Returns:
        The letters, in file order, escaped for a ``[...]`` class.
    """
    return "".join(re.escape(w) for w in _slots()[slot])


@cache
def alternations() -> SimpleNamespace:
    """Every slot as a regex alternation in file order, one attribute per slot.

    A space in a word matches a run of spaces (not a newline); the words are
    literal.  ``alternations().to`` is ``الي|حتي|to|until``.

    Returns:
        A namespace: slot name → alternation (no group around it).
    """
    return SimpleNamespace(**{slot: "|".join(re.escape(w).replace(r"\ ", LINE_SPACES) for w in words)
                              for slot, words in _slots().items()})
