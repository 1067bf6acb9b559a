"""The person a transcript's line label names when the gazetteer does not know them.

A hearing or a parliamentary record labels its lines with names the gazetteer never heard of ("WANG LIXIN
(researcher, …):", "Ms Ruth Okafor (Deputy Secretary, …):", "Mr Owain Rees (Swansea East) (Lab):", «سامي فارس:»).
Inside a document already read as a transcript, a label of two to four name words (after a title: Mr, Senator …)
is that person; a later label of a title and one word ("Ms Okafor:") is the person labelled before with that
family name, and nobody when no one was.  A role ("The Minister:"), a word of the speech lexicon or a title
alone names nobody.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.quotes.actors import Speaker
from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.open_actors import _table, canonical, role_speaks_for
from helpers.extract.quotes.speech_lexicon import lexicon
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import normalise_text

__all__ = ["label_person"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MAX_NAME_WORDS = 4


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """The ``honorific`` words of ``quotes/transcript.tsv``, lower case."""
    return frozenset(normalise_text(r["word"]).lower() for r in read_tsv("quotes/transcript.tsv", ("word", "kind"))
                     if r["kind"] == "honorific")


def label_person(view: QuoteView, span: tuple[int, int, int], earlier: list[Speaker]) -> Speaker | None:
    """The person a line label names, when it is a name and no known actor.

    Args:
        view: the document's quote view (a document read as a transcript).
        span: the label's normalised start, its end (before any parenthesis) and where its line's words start
            (after the parentheses and the colon).
        earlier: the speakers of the labels before it (a later "Ms Okafor" is the "Ms Ruth Okafor" among them).

    Returns:
        An open-world :class:`~helpers.extract.quotes.actors.Speaker` (the name as the actor), or None: also
        when the parentheses give an official's role ("First Assistant Secretary, North Asia Division"), whose
        words are the state's, not the person's, and no state is named there.
    """
    start, end, words_start = span
    if _official(view.text[end:words_start]):
        return None
    raw_start, raw_end = view.to_raw(start, end)
    words = [m for m in _WORD.finditer(view.raw, raw_start, raw_end)]
    if not words or view.raw[raw_start:raw_end].strip() != view.raw[words[0].start():words[-1].end()]:
        return None  # anything but words in the label
    titled = 0
    while titled < len(words) and words[titled].group().lower() in _honorifics():
        titled += 1
    name = words[titled:]
    if not name or any(_not_name(w.group()) for w in name):
        return None
    if len(name) == 1 and titled:  # "Ms Okafor:" after "Ms Ruth Okafor (…):"
        family = name[0].group().lower()
        return next((s for s in reversed(earlier) if s.open and s.actor.lower().split()[-1:] == [family]), None)
    if 2 <= len(name) <= _MAX_NAME_WORDS:
        return _person(view, name)
    return None


def _official(aside: str) -> bool:
    """Whether a label's parentheses give a role that speaks for a state (secretary, minister, official): no
    role that speaks for its holder (researcher, economist), no organisation's head word (director, Lisbon Centre
    for …), no seat or party."""
    roles, words = lexicon().roles, aside.lower().split()
    found = [m.group() for m in lexicon().role_re.finditer(aside.lower())]
    return any(roles.get(r) == "person" and not role_speaks_for(r) for r in found) \
        and not any(w.strip(",.()") in _table()["org_heads"] for w in words)


def _not_name(word: str) -> bool:
    """Whether a label word can be no part of a name: lower-case Latin, a role or a speech word."""
    latin = word.isascii()
    key = normalise_text(word).lower()
    return (latin and not word[:1].isupper()) or lexicon().role_re.fullmatch(key) is not None \
        or key in lexicon().verbs


def _person(view: QuoteView, name: list[re.Match]) -> Speaker:
    """An open-world speaker of the name words (capitalised when written in capitals)."""
    surface = " ".join(w.group().capitalize() if w.group().isupper() and len(w.group()) > 1 else w.group()
                       for w in name)
    return Speaker(surface, "", canonical(surface)[0], "", name[0].start(), name[-1].end(), open=True)
