"""The anchor words of figures about the topic: ``data/claims/figure_anchors.tsv`` compiled.

:func:`anchors_in` finds every listed word in normalised text (an Arabic form
also after the proclitics و ف ب ل ك and the article, and with an accusative,
pronoun or plural ending; a form ending in * as a word prefix);
:func:`clause_breaks` is the pattern that cuts a sentence into clauses;
:func:`other_region_ids` names the target state's other regions for a topic
profile.  :mod:`helpers.extract.claims.topic` applies the rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.gazetteer.index import default_gazetteer
from helpers.text.affixes import affix, affix_alternation
from helpers.text.lexicon_tools import read_tsv, trie_alternation
from helpers.text.normalise import lookup_key

__all__ = ["TAIL", "Anchor", "anchors_in", "clause_breaks", "core_terms", "counter_word", "not_place_words",
           "other_region_ids"]

_AL = affix("article")
_CLITICS = rf"(?:[وف]?(?:[بلك]?{_AL}|[بلك]|{affix('article_lam')})?)"
#: After a clause break, only a preposition before a number: not a new clause ("…doubled, to 11.3 million").
TAIL = re.compile(rf"[^\S\n]*(?:{affix_alternation('tail_preposition')})[^\S\n]*")
_PUNCT_BREAK = re.compile(r"(?<!\d)[,،](?!\d)|[,،](?=\s)|[;؛:]|\s[-–—]\s")
#: Endings an Arabic word may add to a listed form (accusative alif, pronouns, dual, plurals).
_AR_SUFFIX = f"(?:{affix_alternation('anchor_suffix')})?"


@dataclass(frozen=True)
class Anchor:
    """One anchor word found in the normalised text."""

    start: int
    end: int
    cls: str
    counts: str


def _key(form: str) -> str:
    return lookup_key(form)


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    """The anchor table compiled: one pattern for every word, a lookup per form."""
    exact: dict[str, list[tuple[str, str]]] = {}
    prefix: dict[str, list[tuple[str, str]]] = {}
    other_ids: set[str] = set()
    for row in read_tsv("claims/figure_anchors.tsv"):
        for form in filter(None, (f.strip() for f in row["forms"].split("|"))):
            if row["class"] == "other_region":
                other_ids.add(form)
                continue
            if row["class"] in ("link", "not_place", "counter"):  # read by claim_links, not_place_words, counter_word
                continue
            wild = form.endswith("*")
            key = _key(form.rstrip("*"))
            if row["lang"] == "ar" and key.startswith(_AL) and len(key) > 4:
                key = key[len(_AL):]  # the article is read as a clitic
            (prefix if wild else exact).setdefault(key, []).append((row["class"], row["counts"]))
    pattern = re.compile(
        rf"(?<!\w){_CLITICS}(?:(?P<p>{trie_alternation(prefix)})\w*|(?P<x>{trie_alternation(exact)}){_AR_SUFFIX}(?!\w))")
    core = [k for table in (exact, prefix) for k, rows in table.items() if any(c == "core" for c, _ in rows)]
    return {"exact": exact, "prefix": prefix, "pattern": pattern, "other_ids": frozenset(other_ids),
            "core": re.compile(rf"(?<!\w){_CLITICS}(?:{trie_alternation(core)})")}


def anchors_in(text: str, start: int = 0, end: int | None = None) -> list[Anchor]:
    """Every anchor word of ``text[start:end]`` (normalised text), in order.

    Args:
        text: normalised text.
        start: where to begin.
        end: where to stop (default: the end).

    Returns:
        :class:`Anchor` items (a word of two classes gives two items).
    """
    lex, found = _lexicon(), []
    for match in lex["pattern"].finditer(text, start, len(text) if end is None else end):
        for group, table in (("x", "exact"), ("p", "prefix")):
            if match.group(group):
                key = " ".join(match.group(group).split())
                for cls, counts in lex[table].get(key, ()):
                    found.append(Anchor(match.start(group), match.end(), cls, counts))
                break
    return found


@lru_cache(maxsize=2)
def clause_breaks(words_only: bool = False) -> re.Pattern:
    """Clause breaks: , ، ; ؛ : (not a comma between digits), a spaced dash, the ``break`` words.

    Args:
        words_only: only the ``break`` words and ; ؛ (what cuts a sentence into its
            statements; a comma or a colon does not).

    Returns:
        The compiled pattern.
    """
    words = [_key(f) for r in read_tsv("claims/figure_anchors.tsv") if r["class"] == "break"
             for f in r["forms"].split("|") if f.strip()]
    punct = "[;؛]" if words_only else _PUNCT_BREAK.pattern
    return re.compile(rf"{punct}|(?<!\w)و?(?:{trie_alternation(words)})(?!\w)")


def other_region_ids(profile) -> frozenset:
    """Entity ids of the target state's other regions and peoples, and the ``other_region`` rows.

    Args:
        profile: a topic profile (core, related and target entities).

    Returns:
        Place mentions affiliated to a target entity and peoples, neither core nor related.
    """
    return _other_ids_cached(profile.core_entities, profile.related_entities, profile.target_entities)


@lru_cache(maxsize=8)
def _other_ids_cached(core: frozenset, related: frozenset, targets: frozenset) -> frozenset:
    ids = set(_lexicon()["other_ids"])
    for entity in default_gazetteer().entities.values():
        if entity.entity_id in core or entity.entity_id in related:
            continue
        if entity.kind == "people" or (entity.kind == "place" and entity.affiliation in targets):
            ids.add(entity.entity_id)
    return frozenset(ids)


def core_terms() -> re.Pattern:
    """The ``core`` words alone (a cheap test of whether a document can hold a figure).

    Returns:
        The compiled pattern.
    """
    return _lexicon()["core"]


@lru_cache(maxsize=1)
def not_place_words() -> frozenset:
    """The ``not_place`` words: what may follow a population word without naming a place.

    Returns:
        Normalised single words.
    """
    return frozenset(_key(f) for r in read_tsv("claims/figure_anchors.tsv") if r["class"] == "not_place"
                     for f in r["forms"].split("|") if f.strip())


@lru_cache(maxsize=1)
def _counters() -> tuple[frozenset, tuple]:
    exact, prefixes = set(), []
    for row in read_tsv("claims/figure_anchors.tsv"):
        if row["class"] == "counter":
            for form in filter(None, (f.strip() for f in row["forms"].split("|"))):
                (prefixes.append(_key(form[:-1])) if form.endswith("*") else exact.add(_key(form)))
    return frozenset(exact), tuple(prefixes)


def counter_word(word: str) -> bool:
    """Whether a population word takes no genitive (a ``counter`` row: نسمة، يعيش; "home to").

    Args:
        word: the population word as found (normalised text).

    Returns:
        True when the word after it is never the place it counts.
    """
    exact, prefixes = _counters()
    key = _key(" ".join(word.split()))
    return key in exact or key.startswith(prefixes)
