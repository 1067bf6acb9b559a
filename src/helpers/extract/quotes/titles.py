"""Open names that carry a state's official title: whom "Lithuanian Foreign Minister X" speaks for.

An English name outside the gazetteer right after a state word (Lithuanian, Egypt's, Kazakh) and an
official's title ("Foreign Minister", "foreign minister", "Deputy Prime Minister", "ambassador") is that
state's voice, at every use of the name in the document ("Egypt's foreign minister Sameh Shoukry met …
Shoukry said …"): the open speaker keeps its name, its actor is the state.  The title must be made only of
title words (the capitalised words of the ``not_name`` rows of ``quotes/open_actors.tsv`` and role nouns of
``quotes/speaker_roles.tsv``) with at least one official's role (a person's role that does not speak for
itself: minister, ambassador, spokesman, not researcher, senator, coach); any other word (company, firm)
breaks it ("Chinese company spokesman Wang Jian" speaks for himself).  Arabic phrases keep the role inside
the speaker phrase (وزير الخارجية الليتواني X), which :mod:`helpers.extract.quotes.actors` reads.
"""

from __future__ import annotations

import re

from helpers.extract.quotes.actors import _entities
from helpers.extract.quotes.bodies import _anaphors
from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.open_actors import _table, people_state, role_speaks_for
from helpers.extract.quotes.speakers import is_nisba, words_between
from helpers.extract.quotes.speech_lexicon import ARTICLE, lexicon, particles
from helpers.text.normalise import normalise_text

__all__ = ["titled_states", "governed_apposition", "given_names"]

_TITLE_WORDS = 5  # words of a title between the state word and the name
_WORD = re.compile(r"[\w.'’]+")
_GIVEN = 2  # given names before a surname
_OFFICIAL_TITLES = frozenset(particles("official_title"))
_LAST_WORD = re.compile(r"([\w'’-]+) $")
_POSSESSIVE = re.compile(r"['’]s$")


def titled_states(view: QuoteView, surfaces) -> dict[str, tuple[str, str]]:
    """The state each titled open name speaks for.

    Args:
        view: the document.
        surfaces: the open names of its speakers and of the document, as written.

    Returns:
        ``{surface: (state name, state entity id)}`` for the names that stand, at one of their uses in the
        document (with the given names before them: "… Sameh Shoukry" for "Shoukry"), right after a state's
        official title.
    """
    found = {}
    for surface in dict.fromkeys(surfaces):
        if not surface.isascii() or not surface[:1].isupper():
            continue
        key = normalise_text(surface)
        for use in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", view.text):
            start = _given_start(view, use.start())
            state = _title_state(view, start)
            if not state[0]:
                state = _earlier_state(view, _bare_title(view, start), start)
            if state[0]:
                found[surface] = state
                break
    return found


def _bare_title(view: QuoteView, start: int) -> str:
    """The official's title right before ``start`` when no state word opens it ("Foreign Minister X", "Later,
    Deputy Prime Minister X"), as normalised text ("foreign minister"); "" when there is no such title."""
    sentence = view.sentence_of(start)
    left = view.sentences[sentence][0] if sentence >= 0 else 0
    words = [w for w in _WORD.finditer(view.text, left, start)][-_TITLE_WORDS:]
    title = []
    for word in reversed(words):
        if view.text[word.end():(title[0].start() if title else start)].strip() or not _title_word(word.group()):
            break
        title.insert(0, word)
    if not any(_title_word(w.group()) == "official" for w in title):
        return ""
    return view.text[title[0].start():title[-1].end()]


def _earlier_state(view: QuoteView, title: str, before: int) -> tuple[str, str]:
    """The state of the nearest earlier use of the same title with a state word before it ("Pakistan's foreign
    minister … Foreign Minister X": Pakistan); ("", "") when the document names none (no guess).

    Args:
        view: the document.
        title: a bare title (:func:`_bare_title`), "" for none.
        before: where the titled name's use starts.

    Returns:
        ``(state name, state entity id)``, or ``("", "")``.
    """
    if not title:
        return "", ""
    for use in reversed(list(re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", view.text[:before]))):
        state = _title_state(view, use.start(), official=True)
        if state[0]:
            return state
    return "", ""


def _given_start(view: QuoteView, start: int) -> int:
    """Where a name's use starts with up to two capitalised given names before it ("Sameh Shoukry")."""
    for _ in range(_GIVEN):
        word = _LAST_WORD.search(view.text, max(0, start - 40), start)
        if word is None or _title_word(word.group(1)):
            break
        raw_start, _ = view.to_raw(word.start(1), word.end(1))
        if not view.raw[raw_start:raw_start + 1].isupper():
            break
        start = word.start(1)
    return start


def _title_state(view: QuoteView, start: int, official: bool = False) -> tuple[str, str]:
    """The state of the title right before ``start`` ("" when there is none; ``official``: the words after
    ``start`` already hold an official's role)."""
    sentence = view.sentence_of(start)
    left = view.sentences[sentence][0] if sentence >= 0 else 0
    position = start
    for _ in range(_TITLE_WORDS + 1):
        head = view.text[left:position].rstrip()
        word = _WORD.search(head, max(0, len(head) - 40)) if head else None
        while word is not None and word.end() != len(head):
            word = _WORD.search(head, word.end())
        if word is None:
            return "", ""
        w_start = left + word.start()
        state = _state_at(view, w_start, left + word.end())
        if state[0]:
            return state if official else ("", "")
        kind = _title_word(word.group())
        if not kind:
            return "", ""
        official = official or kind == "official"
        position = w_start
    return "", ""


def _state_at(view: QuoteView, start: int, end: int) -> tuple[str, str]:
    """The state a word names (a country, its adjective or possessive, a people's adjective)."""
    for mention in view.mentions_in(start, end):
        tail = view.text[mention.end:end]
        if tail and not _POSSESSIVE.fullmatch(tail):
            continue
        if mention.kind == "country":
            return mention.name_en, mention.entity_id
        state = people_state(mention.entity_id) if mention.kind == "people" else ""
        if state:
            return _entities().get(state, ("", ""))[1], state
    return "", ""


def _title_word(word: str) -> str:
    """``official`` for an official's role noun, ``title`` for another title word, else ""."""
    lower = word.lower()
    if lower in _OFFICIAL_TITLES:
        return "official"
    if lexicon().roles.get(lower) == "person":
        return "title" if role_speaks_for(lower) else "official"
    if normalise_text(word) in _table()["not_name"] or normalise_text(word.capitalize()) in _table()["not_name"]:
        return "title"
    return ""


def governed_apposition(view: QuoteView, end: int, limit: int) -> bool:
    """Whether an Arabic apposition after a name names whom the name speaks for through its role.

    «وانغ ون بين، المتحدث باسم الخارجية الصينية،», «X، الباحث في منظمة العفو الدولية،», «X، سفير الصين،»: the
    state or body stands right after the role, with only ``on_behalf`` / ``workplace`` particles, body nouns
    (the heads of ``quotes/anaphors.tsv``) and their glued ل between, and a state's adjective only on a state's
    own body (الخارجية الصينية, not المنظمة التونسية: the head of a Tunisian association speaks for it, nor a
    party's name «لحركة نداء تونس», nor the outlet he spoke to «لرويترز» after his own police unit).

    Args:
        view: the document.
        end: the name's normalised end (the apposition's comma follows).
        limit: where the apposition must close (the complement).

    Returns:
        True when there is no role, no state or body named, or the role governs it as above.
    """
    role = lexicon().role_re.search(view.text, end, limit)
    named = [m for m in view.mentions_in(role.end(), limit) if m.kind in ("country", "organization", "people")] \
        if role else []
    if not named:
        return True
    mention, heads = named[0], _anaphors()
    last = ""
    for _, _, word in words_between(view.text, role.end(), mention.start):
        bare = word[1:] if word[:1] == "ل" and word[1:] in _GLUED_HEADS else word
        head = bare[2:] if bare.startswith(ARTICLE) else bare
        if word in _LINKS:
            continue
        if head not in heads:
            return False
        last = head
    return not (last and is_nisba(mention, view.text) and "country" not in heads[last][0])


_LINKS = frozenset(particles("on_behalf") + particles("workplace"))
_GLUED_HEADS = frozenset(ARTICLE + h for h in _anaphors()) | frozenset(_anaphors())


def given_names(view: QuoteView, surfaces) -> list[str]:
    """The whole English names a document gives its one-word open names at their first use ("Midfielder Kerem
    Aydın scored …" for a later "Aydın, who …, told reporters"), for one canonical name per person.

    Args:
        view: the document.
        surfaces: open names as written.

    Returns:
        The longer names as written (raw), in the order of the surfaces.
    """
    found = []
    for surface in dict.fromkeys(surfaces):
        if " " in surface or not surface[:1].isupper():
            continue
        use = re.search(rf"(?<!\w){re.escape(normalise_text(surface))}(?!\w)", view.text)
        start = _given_start(view, use.start()) if use else -1
        if 0 <= start < use.start():
            raw_start, raw_end = view.to_raw(start, use.end())
            found.append(view.raw[raw_start:raw_end])
    return found
