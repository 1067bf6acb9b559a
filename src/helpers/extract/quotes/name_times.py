"""Times glued to English names: "Pakistan on Friday", "Minister X this morning", "Greenline Apparel last week".

A weekday or a month (``temporal/weekdays.tsv``, ``temporal/months.tsv``) never continues a capitalised name
("Pakistan on Friday" is Pakistan), and a time phrase between a name and its verb ("X on Sunday said", "X last
week said") does not keep the name from being the verb's subject.  The time words are data
(``name_time_en`` rows of ``quotes/particles.tsv``).
"""

from __future__ import annotations

from functools import lru_cache

from helpers.extract.quotes.speech_lexicon import particles
from helpers.text.lexicon_tools import read_tsv

__all__ = ["calendar_word", "time_after"]

#: The longest time phrase skipped after a name, in tokens ("earlier this week", "on March 3").
_MAX_TOKENS = 4


@lru_cache(maxsize=1)
def _calendar() -> frozenset[str]:
    """English weekday and month names, lower case."""
    rows = read_tsv("temporal/weekdays.tsv") + read_tsv("temporal/months.tsv")
    return frozenset(r["name"].strip().lower() for r in rows if r.get("lang") == "en")


@lru_cache(maxsize=None)
def _time(code: str) -> frozenset[str]:
    """The ``name_time_en`` words of one code."""
    return frozenset(particles("name_time_en", code))


def calendar_word(word: str) -> bool:
    """Whether a word is an English weekday or month name ("Friday", "March").

    Args:
        word: a token.

    Returns:
        True for a weekday or a month.
    """
    return word.lower() in _calendar()


def time_after(tokens, k: int) -> int:
    """The index of the first token after the time phrase that starts at ``tokens[k]`` (``k`` when none).

    Args:
        tokens: ``(start, end, word)`` tokens of a sentence.
        k: where the phrase may start.

    Returns:
        ``k`` when no time phrase starts there, else the index right after it ("on Friday", "on March 3",
        "last week", "this morning", "yesterday", "earlier this week").
    """
    words = [t[2].lower() for t in tokens[k:k + _MAX_TOKENS]]
    i = 0
    while i < len(words):
        if words[i] in _time("word"):
            i += 1
        elif i + 1 < len(words) and words[i] in _time("deictic") and (
                words[i + 1] in _time("unit") or words[i + 1] in _calendar()):
            i += 2
        elif i + 1 < len(words) and words[i] in _time("on") and words[i + 1] in _calendar():
            i += 3 if i + 2 < len(words) and words[i + 2].isdigit() else 2
        else:
            break
    return k + i
