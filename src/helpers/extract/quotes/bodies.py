"""Speakers named around a phrase: a person before their apposition, the target's unnamed bodies, and
definite descriptions that refer back (المنظمة، the group; ``data/quotes/anaphors.tsv``).

Part of :mod:`helpers.extract.quotes.actors`.  "Darren Byler, an
anthropologist at …, said": the phrase before the verb is the apposition of a
person named right before it, who speaks (:func:`apposed_person`).  "State
media said", "officials in Xinjiang said", "وقالت الشرطة في كاشغر": a body
or official of a state, unnamed, speaks for the topic's target state (the
profile's ``target_entities``, China) when the phrase or its sentence names a
place of the topic (:func:`target_body`); elsewhere it speaks for nobody.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.quotes.context import MATCH_STEPS, Mention, QuoteView
from helpers.extract.quotes.open_antecedents import before_seat
from helpers.extract.quotes.open_arabic import other_given_name
from helpers.extract.quotes.speech_lexicon import ARTICLE, LI_ARTICLE, lexicon, particles
from helpers.gazetteer.index import default_gazetteer
from helpers.relevance.topics import load_profile
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import normalise_text

__all__ = ["is_anaphor_head", "apposed_person", "target_body", "definite_head", "definite_kinds", "definites"]

_APPOSED = re.compile(r"\s*,\s*(?:an?|the|one)\s+(?:[\w-]+\s+){0,5}|\s*,\s*(?:an?|the)?\s*")
#: Kinds of names that, alone in a phrase, leave its body unnamed (a place is where, not whose).
_WHERE = frozenset({"place"})


def apposed_person(view: QuoteView, start: int) -> list[Mention]:
    """A person named right before a phrase that is their apposition.

    Args:
        view: the document's quote view.
        start: the phrase's normalised start ("anthropologist at …" in "Darren Byler, an anthropologist
            at …, said").

    Returns:
        ``[the person's mention]``, or ``[]``.
    """
    index = view.sentence_of(start)
    first = view.sentences[index][0] if index >= 0 else max(start - 80, 0)
    before = [m for m in view.mentions_in(first, start) if m.end <= start]
    if not before or before[-1].kind != "person" or not _APPOSED.fullmatch(view.text, before[-1].end, start) \
            or other_given_name(view, before[-1]):  # "Aziz Zenz, an engineer, said": not Adrian Zenz
        return []
    return [before[-1]]


@lru_cache(maxsize=1)
def _topic() -> tuple[str, frozenset]:
    """The default profile's target entity (one id, "" when several) and its places' entity ids."""
    profile = load_profile(None)
    target = min(profile.target_entities) if len(profile.target_entities) == 1 else ""
    try:
        entities = default_gazetteer().entities
    except (OSError, ValueError):
        return target, frozenset()
    places = frozenset(e for e in profile.core_entities if e in entities and entities[e].kind == "place")
    return target, places


@lru_cache(maxsize=1)
def _state_bodies() -> frozenset:
    """The heads of a state's unnamed bodies (``target_body``, ``official`` and ``state_body`` rows of
    ``stance/groups.tsv``, diplomats aside): government, authorities, police, officials, state media …"""
    heads = set()
    for row in read_tsv("stance/groups.tsv"):
        if row["kind"] in ("target_body", "official", "state_body") \
                and not any(word in row["entry"] for word in particles("not_state_body")):
            entry = normalise_text(row["entry"], steps=MATCH_STEPS).lower()
            heads.update({entry, entry.split()[-1] if entry.isascii() else entry.split()[0]})
    return frozenset(heads)


def target_body(view: QuoteView, start: int, end: int, names: list[Mention]) -> str:
    """The target state's entity id for an unnamed body or official of it, else "".

    Args:
        view: the document's quote view.
        start: the speaker phrase's normalised start.
        end: its end.
        names: the speaking mentions inside the phrase.

    Returns:
        The target's entity id (``CHN``) when the phrase is headed by a state's body (government,
        authorities, police, officials, state media, الشرطة …: :func:`_state_bodies`), names no state or
        organisation, and it or its sentence names a place of the topic; else "".
    """
    target, places = _topic()
    role_re = lexicon().role_re
    if not target or any(m.kind not in _WHERE
                         and not (m.kind == "group" and role_re.fullmatch(view.text, m.start, m.end))
                         for m in names):
        return ""  # a state or organisation is named: its own voice (a role-like group, state media, is not)
    role = role_re.search(view.text, start, end)
    if role is None:
        return ""
    head = role.group("role") or " ".join(role.group("role2").split())
    following = _WORD.match(view.text, role.end() + 1, end)  # رئيس بلدية: the longer role, or the office it heads
    if following and (f"{head} {following.group()}" in lexicon().roles or following.group() in _PLACE_OFFICIALS):
        head = f"{head} {following.group()}" if f"{head} {following.group()}" in lexicon().roles else following.group()
    single = head in _PLACE_OFFICIALS or ARTICLE + head in _PLACE_OFFICIALS  # "a senior official in Urumqi"
    if not (single or head in _state_bodies() or ARTICLE + head in _state_bodies()
            or (head.isascii() and head.split()[-1] in _state_bodies())  # vice governor, deputy mayor
            or _governing_body(view.text[role.end():end])):  # مكتب الإعلام لحكومة الإقليم: the government's office
        return ""  # a committee, a newspaper, a company, states, a statement: not a body of the state
    index = view.sentence_of(start)
    lo, hi = view.sentences[index] if index >= 0 else (start, end)
    if head in particles("generic_body"):  # "some media said …": whose only when the phrase says where
        hi = _before_verb(view.text, end, hi)  # ("local media in Xinjiang reported", "Xinjiang media said")
    if single:
        lo, hi = start, _place_after(view, end)  # one official: where the phrase itself says he serves
    return target if any(m.entity_id in places for m in view.mentions_in(lo, hi)) else ""


_WORD = re.compile(r"\w+")
#: A single official's head (``place_official`` particles): the target's only with a place of the topic in the phrase.
_PLACE_OFFICIALS = frozenset(normalise_text(w, steps=MATCH_STEPS) for w in particles("place_official"))


#: What joins an English head to the place right after the phrase ("a court in Kashgar", "the mayor of Hotan").
_PLACE_LINK = re.compile(r"\s+(?:in|of|at)\s+$")


def _place_after(view: QuoteView, end: int) -> int:
    """Where a phrase ends once a place right after it, joined by "in" / "of" / "at", is counted ("A court in
    Kashgar said": the phrase found is "court"), else ``end``."""
    for mention in view.mentions_in(end, min(end + 40, len(view.text))):
        if mention.kind in _WHERE and _PLACE_LINK.match(view.text[end:mention.start]):
            return mention.end
        break
    return end


def _before_verb(text: str, start: int, end: int) -> int:
    """Where the first speech verb after ``start`` (before ``end``) starts, else ``end``."""
    verbs = lexicon().verbs
    return next((w.start() for w in _WORD.finditer(text, start, end) if w.group() in verbs), end)


#: What joins a role to the state body it belongs to: ل / لل glued before the body (لحكومة), "of (the)".
_BODY_LINK = re.compile(rf"^(?:{LI_ARTICLE}|ل)(?=\w\w)")


def _governing_body(rest: str) -> bool:
    """Whether the words after a phrase's first role name the state body it belongs to (مكتب الإعلام
    لحكومة …، the press office of the regional government): a state body head glued to ل / لل, or after
    "of"; the rest of the phrase is the body's own, not another speaker."""
    words = rest.split()
    for index, word in enumerate(words):
        if word.isascii():
            if index and words[index - 1] in ("of", "the") and word.lower() in _state_bodies():
                return True
            continue
        bare = _BODY_LINK.sub("", word)
        if bare != word and (bare in _state_bodies() or ARTICLE + bare in _state_bodies()):
            return True
    return False


@lru_cache(maxsize=1)
def _anaphors() -> dict[str, tuple[frozenset, bool]]:
    """``{normalised head: (kinds it refers back to, fallback)}`` from ``quotes/anaphors.tsv``."""
    return {normalise_text(row["head"], steps=MATCH_STEPS): (frozenset(row["refers_to"].split("|")),
                                                             row["fallback"] == "yes")
            for row in read_tsv("quotes/anaphors.tsv")}


def is_anaphor_head(word: str) -> bool:
    """Whether a normalised word is the head of a description that refers back to a body (embassy, ministry, group).

    Args:
        word: one normalised word.

    Returns:
        True when ``quotes/anaphors.tsv`` lists it.
    """
    return word in _anaphors()


def definite_head(words: list[str], *, article_before: bool = False) -> str:
    """The head of a definite description that refers back ("" when the phrase is not one).

    Args:
        words: the phrase's normalised words ("المنظمه", "the group",
            "المنظمه الحقوقيه", "the rights group").
        article_before: the English article "the" stands right before the phrase.

    Returns:
        The head as listed in ``quotes/anaphors.tsv`` (normalised), or "".
    """
    heads, words = _anaphors(), before_seat(words)  # المركز ومقره لندن: the seat describes the centre
    if words and words[0].startswith(ARTICLE) and len(words) <= 2:  # المنظمه (+ an adjective)
        if len(words) == 1 or words[1].startswith(ARTICLE):
            head = words[0][len(ARTICLE):]
            return head if head in heads else ""
        return ""
    if words and words[0] == "the":
        words, article_before = words[1:], True
    if article_before and 1 <= len(words) <= 2 and words[-1].isascii():  # the (rights) group
        return words[-1] if words[-1] in heads else ""
    return ""


def definite_kinds(words: list[str], *, article_before: bool = False) -> frozenset:
    """The actor kinds a definite description refers back to (empty when it is not one).

    Args:
        words: the phrase's normalised words (see :func:`definite_head`).
        article_before: the English article "the" stands right before the phrase.

    Returns:
        Actor kinds (``country``, ``organization``, ``media``, ``group``), or an empty set.
    """
    head = definite_head(words, article_before=article_before)
    return _anaphors()[head][0] if head else frozenset()


@lru_cache(maxsize=1)
def definites() -> re.Pattern:
    """English definite descriptions that refer back ("the organisation", "the rights group"), heads of
    ``quotes/anaphors.tsv``; group 1 is the description without its article.

    Returns:
        The compiled pattern.
    """
    heads = sorted((h for h in _anaphors() if h.isascii()), key=len, reverse=True)
    return re.compile(r"(?<!\w)the\s+((?:[a-z-]+\s+)?(?:" + "|".join(map(re.escape, heads)) + r"))(?!\w)")
