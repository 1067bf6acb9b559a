"""Open-world actors: named speakers the gazetteer does not know keep their own name.

A company, a researcher, an artist or a think tank that a text quotes is an
actor even when the gazetteer has no entry for it.  This module says who such
a name is; :mod:`helpers.extract.quotes.open_names` finds where they stand.

- ``data/quotes/open_actors.tsv`` gives one canonical spelling to the ones
  outlets quote often (:func:`canonical`: أديداس، اديداس، Adidas → Adidas),
  names the gazetteer entities that speak for themselves (``own_voice``: a
  university; :func:`speaks_for_self`: also a person of one, or a person
  affiliated with a people, Ilham Tohti), the state a people's adjective names
  on an official role (:func:`people_state`: الخارجية الكازاخية → Kazakhstan),
  and words that are never names;
- ``speaks_for`` in ``data/quotes/speaker_roles.tsv`` says which roles speak
  for themselves (:func:`role_speaks_for`: شركة، الباحث، singer);
- within a document one actor has one spelling (:func:`canonical_names`): a
  table name takes its canonical form, a shorter form takes the longest form
  that contains its words ("Murphy" → "Laura Murphy").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.speech_lexicon import ARTICLE, LI_ARTICLE, lexicon
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import lookup_key, normalise_text

__all__ = ["OpenName", "canonical_names", "canonical", "own_voice", "role_speaks_for", "people_state",
           "speaks_for_self"]

_TOKEN = re.compile(r"\w+(?:['’.&-]\w+)*")


@dataclass(frozen=True)
class OpenName:
    """A name outside the gazetteer: normalised and raw spans, the raw surface, a kind."""

    start: int
    end: int
    raw_start: int
    raw_end: int
    surface: str
    kind: str = ""
    apposition_end: int = -1  # normalised end of "X, a blogger …," (-1: none)


@lru_cache(maxsize=1)
def _table() -> dict:
    """The open-actor table: aliases, own-voice entities, words that are not names, organisations' head nouns,
    nouns a role governs before a name, the second words of compound adjectives of origin."""
    aliases, own, not_name, states, heads, governed, tails = {}, set(), set(), {}, set(), set(), set()
    for row in read_tsv("quotes/open_actors.tsv"):
        if row["kind"] == "own_voice":
            own.add(row["entity_id"])
        elif row["kind"] == "people_state":
            states[row["alias"]] = row["entity_id"]
        elif row["kind"] == "not_name":
            not_name.add(normalise_text(row["alias"]))
        elif row["kind"] == "org_head":
            heads.add(normalise_text(row["alias"]))
        elif row["kind"] == "governed":
            governed.add(normalise_text(row["alias"]))
            not_name.add(normalise_text(row["alias"]))
        elif row["kind"] == "origin_tail":
            tails.add(normalise_text(row["alias"]))
        else:
            aliases[lookup_key(row["alias"])] = (row["actor"], row["kind"], row["lang"])
    return {"aliases": aliases, "own": frozenset(own), "not_name": frozenset(not_name), "states": states,
            "org_heads": frozenset(heads), "governed": frozenset(governed),
            "origin_tails": frozenset(tails)}


@lru_cache(maxsize=1)
def _roles() -> dict[str, tuple[str, str]]:
    """``{normalised role: (role kind, speaks_for)}`` of the roles that speak for themselves or head a name."""
    return {lookup_key(r["role"]): (r["kind"], r["speaks_for"])
            for r in read_tsv("quotes/speaker_roles.tsv") if r.get("speaks_for")}


def role_speaks_for(word: str) -> str:
    """``self`` | ``named`` | "" for a normalised word or phrase (article and و ف ب ل stripped)."""
    for form in _bare(word):
        if form in _roles():
            return _roles()[form][1]
    return ""


def _official(phrase: str) -> bool:
    """Whether a two-word phrase is a role of its own that speaks for a body (not for itself)."""
    match = lexicon().role_re.fullmatch(phrase)
    return bool(match and match.group("role2") and not role_speaks_for(phrase))


#: و ف ب ل and the article glued before a word of two letters or more.
_PROCLITICS = re.compile(rf"^(?:[وف]?(?:{LI_ARTICLE}|[بل]?{ARTICLE}|[بل]))(?=\w\w)")


def _bare(word: str) -> list[str]:
    forms = [word]
    stripped = _PROCLITICS.sub("", word)
    if stripped != word:
        forms.append(stripped)
    return forms


def canonical(surface: str) -> tuple[str, str]:
    """The table's canonical name and kind of a spelling, or ``(surface, "")`` when unknown.

    Args:
        surface: a name as written.

    Returns:
        ``(actor, kind)``.
    """
    found = _table()["aliases"].get(lookup_key(surface))
    return (found[0], found[1]) if found else (surface, "")


def own_voice(entity_id: str) -> bool:
    """Whether a gazetteer entity speaks for itself (and the people affiliated with it do too).

    Args:
        entity_id: a gazetteer entity id.

    Returns:
        True for the ``own_voice`` rows of the table (universities …).
    """
    return entity_id in _table()["own"]


def speaks_for_self(entity_id: str, kind: str, affiliation: str, affiliation_kind: str) -> bool:
    """Whether a gazetteer entity speaks for itself rather than for its affiliation.

    An ``own_voice`` entity does (a university, an independent researcher); so
    does a person affiliated with one (James Millward of Georgetown
    University) or with a people (Ilham Tohti is not "the Uyghurs").

    Args:
        entity_id: the entity.
        kind: its gazetteer kind.
        affiliation: its affiliation's id ("" when none).
        affiliation_kind: the affiliation's kind.

    Returns:
        True when the entity is its own actor.
    """
    if own_voice(entity_id):
        return True
    return kind == "person" and bool(affiliation) and (own_voice(affiliation) or affiliation_kind == "people")


def people_state(entity_id: str) -> str:
    """The state a people's adjective names on an official role or body (``kazakhs`` → ``KAZ``).

    Args:
        entity_id: a gazetteer people id.

    Returns:
        The state's entity id, "" when the table has none.
    """
    return _table()["states"].get(entity_id, "")


def _tokens(view: QuoteView, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(view.text, start, end)]


def _capital(view: QuoteView, token) -> bool:
    if not token[2][:1].isalnum() or "\u0600" <= token[2][:1] <= "\u06ff":  # Latin with diacritics too (Şahin)
        return False
    raw_start, _ = view.to_raw(token[0], token[1])
    return view.raw[raw_start:raw_start + 1].isupper()


def _make(view: QuoteView, start: int, end: int, kind: str, apposition: int = -1) -> OpenName:
    raw_start, raw_end = view.to_raw(start, end)
    return OpenName(start, end, raw_start, raw_end, view.raw[raw_start:raw_end], kind, apposition)


def canonical_names(surfaces) -> dict[str, str]:
    """One spelling per actor in a document: ``{surface as written: canonical actor}``.

    A spelling in the table takes its canonical name; a spelling whose words
    are all in a longer spelling of the document takes that longer one (the
    longest, the first seen on ties), as written.

    Args:
        surfaces: the open names' surfaces of one document, in text order.

    Returns:
        The mapping (every given surface is a key).
    """
    words = {s: frozenset(normalise_text(s).replace("’", "'").split()) for s in surfaces}
    result = {}
    for surface in surfaces:
        table, kind = canonical(surface)
        if kind:
            result[surface] = table
            continue
        longer = [o for o in surfaces if words[surface] < words[o]]
        best = max(longer, key=lambda o: len(words[o]), default=surface)
        result[surface] = canonical(best)[0]
    return result
