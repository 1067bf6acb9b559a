"""The whole name a document gives a one-word open speaker at its first use ("Aidar Seitkali runs a shop. …
'…,' Aidar said"): a given name re-mentioning a person introduced earlier, in either language.

Only a name used more than once is read, and only at its first use, which must come before the others: the
words right after it that can be part of a name (no verb, preposition, article word, listed non-name, gazetteer
mention or punctuation between).  :func:`helpers.extract.quotes.open_actors.canonical_names` then maps the short
name to the long one; a second person sharing the given name is written with his own surname and keeps it.
"""

from __future__ import annotations

import re

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.name_words import stop_word
from helpers.extract.quotes.open_actors import _table
from helpers.text.normalise import normalise_text

__all__ = ["first_full_names"]

#: The words right after a name at its first use, up to two (spaces only between them).
_FOLLOWING = re.compile(r"[ \t]+([\w'’-]+)(?:[ \t]+([\w'’-]+))?")


def first_full_names(view: QuoteView, surfaces) -> list[str]:
    """The longer names (as written) that one-word English open names have at their first use.

    Args:
        view: the document's quote view.
        surfaces: open names as written.

    Returns:
        The longer names found, raw, one per surface at most.
    """
    found = []
    for surface in dict.fromkeys(surfaces):
        if not surface[:1].isupper() or " " in surface:
            continue  # English only: an Arabic word after a name is as often its object (توختي مطعما)
        uses = list(re.finditer(rf"(?<!\w){re.escape(normalise_text(surface))}(?!\w)", view.text))
        if len(uses) < 2:
            continue  # the speaker's own use: nothing earlier to read
        end = _name_end(view, uses[0].end())
        if end > uses[0].end():
            raw_start, raw_end = view.to_raw(uses[0].start(), end)
            found.append(view.raw[raw_start:raw_end])
    return found


def _name_end(view: QuoteView, start: int) -> int:
    """Where the name that a first use starts ends (``start`` when nothing follows it)."""
    match = _FOLLOWING.match(view.text, start)
    if match is None:
        return start
    end = start
    for k in (1, 2):
        word = match.group(k)
        if not word or not _name_word(view, match.start(k), match.end(k), word):
            break
        end = match.end(k)
    return end


def _name_word(view: QuoteView, start: int, end: int, word: str) -> bool:
    """Whether a word after a first use can be part of the name: capitalised, no verb, no listed non-name."""
    if stop_word(word) or word in _table()["not_name"] or view.mentions_in(start, end) or len(word) < 2:
        return False
    raw = view.raw[slice(*view.to_raw(start, end))]
    return raw[:1].isupper() and raw[1:2].islower()
