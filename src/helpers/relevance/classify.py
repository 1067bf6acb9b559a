"""Relevance: is a document, and each sentence, about the profile's topic?

Computed early and cheaply, before the deep stages (quotes, stances,
figures), from a :class:`~helpers.relevance.topics.TopicProfile`:

1. **Prefilter** (:func:`could_be_relevant`): one Aho–Corasick pass over the
   normalised text looks for every core name (gazetteer variants of the
   profile's core entities and its own core terms).  A document with
   none cannot be topical: it is ``none`` without further work.  On a
   general news archive this settles almost every document.  The batch engine asks
   :func:`could_be_relevant_batch` once per batch (the same answers, one pass).
2. **Hits** (:func:`topic_hits`): core entity mentions (from the mention
   finder, so ambiguity rules apply: a mention flagged ``ambiguous`` counts
   only beside an unambiguous core hit), the profile's core terms, its
   anchor terms and related entities.  Anchors and related entities count
   only when the document has a core hit: "forced labour" alone proves
   nothing about Xinjiang.
3. **Sentences** and 4. **Document**: :mod:`helpers.relevance.rule`
   (:func:`sentence_scores`, :func:`document_relevance`), re-exported here.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import ahocorasick

from helpers.extract.mentions.rows import mention_rows
from helpers.gazetteer.index import Entity, Gazetteer, Variant, default_gazetteer, gazetteer_inputs
from helpers.gazetteer.variants import expand_pattern, match_key
from helpers.io.disk_cache import cached, package_files
from helpers.io.rows import as_rows
from helpers.relevance.rule import NOT_RELEVANT, document_relevance, sentence_scores
from helpers.relevance.topics import TopicProfile, load_profile
from helpers.text.flat_batch import SEPARATOR, flat_batch
from helpers.text.normalise import lookup_key
from helpers.text.view import DocumentView

__all__ = ["LEVELS", "SCOPES", "could_be_relevant", "could_be_relevant_batch", "topic_hits", "sentence_scores",
           "document_relevance", "in_scope", "NOT_RELEVANT"]

LEVELS = ("topical", "passing", "none")
#: ``--scope`` values and the relevance levels each analyses in depth.
SCOPES = {"topical": frozenset({"topical"}), "passing": frozenset({"topical", "passing"}),
          "all": frozenset(LEVELS)}
#: Short names kept only beside the full name (which is itself a trigger).
_COREF = frozenset({"coref", "coref_aff"})


def in_scope(relevance: str, scope: str) -> bool:
    """Whether a document of this relevance is analysed in depth under ``scope``.

    Args:
        relevance: topical | passing | none.
        scope: topical | passing | all.

    Returns:
        True when the deep stages should run.
    """
    try:
        return relevance in SCOPES[scope]
    except KeyError:
        raise ValueError(f"unknown scope '{scope}'; known: {', '.join(SCOPES)}") from None


@lru_cache(maxsize=16)
def _terms_gazetteer(profile: TopicProfile) -> Gazetteer:
    """The profile's own terms (core terms and anchors) as a small gazetteer."""
    entities, keys = {}, {}
    for kind, terms in (("core", profile.core_terms), ("anchor", profile.anchor_terms)):
        for lang, concept, pattern in terms:
            variants = expand_pattern(pattern)
            entity_id = f"{kind}:{concept}"
            entities[entity_id] = Entity(entity_id, kind, concept, variants[0], "")
            for text in variants:
                key = match_key(text)
                if key and key not in keys:
                    keys[key] = (Variant(entity_id, lang, "name", kind, frozenset(), text, key,
                                         f"{profile.source}:{kind}.{lang}"),)
    return Gazetteer(entities, keys, {})


@lru_cache(maxsize=16)
def _trigger_automaton(profile: TopicProfile):
    """Automaton of the core names' match keys (a superset test for core hits).

    Kept in the disk cache, named by the profile's core entities and terms
    and keyed by the gazetteer's inputs and this stage's code: finding the
    core names among every gazetteer key costs a tenth of a second at each
    start.
    """
    core = repr((sorted(profile.core_entities), profile.core_terms)).encode("utf-8")
    name = f"prefilter-{hashlib.sha256(core).hexdigest()[:16]}"
    inputs = gazetteer_inputs() + package_files("relevance")
    return cached(name, inputs, lambda: _build_trigger_automaton(profile))


def _build_trigger_automaton(profile: TopicProfile):
    keys = {key for key, variants in default_gazetteer().keys.items()
            if any(v.entity_id in profile.core_entities and not v.flags & _COREF
                   for v in variants)}
    keys |= {key for key, variants in _terms_gazetteer(profile).keys.items()
             if variants[0].family == "core"}
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, key)
    if keys:
        automaton.make_automaton()
    return automaton, bool(keys)


def could_be_relevant(raw: str, profile: TopicProfile | str | None = None, *,
                      view: DocumentView | None = None) -> bool:
    """The prefilter: False when no core name can occur in ``raw``.

    One Aho–Corasick pass looks for the core names' match keys, as
    substrings, in the normalised text with every run of white space made
    one space: a document in which the mention finder could find a core
    name contains its key (except a name whose words are separated by
    punctuation rather than spaces, which the finder reads but outlets
    hardly write).

    Args:
        raw: the raw text.
        profile: a profile or its name (default: xinjiang).
        view: the document's :class:`~helpers.text.view.DocumentView`, whose
            normalised text is reused (and kept for the later stages); without
            it the text is normalised without an offset map
            (:func:`helpers.text.normalise.lookup_key`, equal to ``DocumentView(raw).flat``).

    Returns:
        True when the document needs the full relevance rule.
    """
    automaton, any_keys = _trigger_automaton(load_profile(profile))
    if not any_keys:
        return False
    for _ in automaton.iter(view.flat if view is not None else lookup_key(raw)):
        return True
    return False


@lru_cache(maxsize=16)
def _joinable(automaton) -> bool:
    """Whether no key of the automaton holds the batch separator (so none matches across texts)."""
    return not any(SEPARATOR in key for key in automaton.keys())


def could_be_relevant_batch(raws, profile: TopicProfile | str | None = None) -> list[bool]:
    """:func:`could_be_relevant` of many texts, with one normalisation and one automaton pass.

    The texts' lookup keys are made in one string (:func:`helpers.text.flat_batch.flat_batch`,
    regions cut by a separator no key holds), the automaton runs over it once and each match
    is given to the text whose region holds it.  A text the batch cannot hold (a presentation
    form, the separator) is tested on its own.

    Args:
        raws: the raw texts.
        profile: a profile or its name (default: xinjiang).

    Returns:
        ``[could_be_relevant(raw, profile) for raw in raws]``.
    """
    profile = load_profile(profile)
    automaton, any_keys = _trigger_automaton(profile)
    if not any_keys or len(raws) < 2 or not _joinable(automaton):
        return [could_be_relevant(raw, profile) for raw in raws]
    batch = flat_batch(raws)
    found = [False] * len(raws)
    ends = [end for end, _ in automaton.iter(batch.text)]
    for owner in set(batch.owners(ends).tolist()) if ends else ():
        found[owner] = True
    return [hit if exact else could_be_relevant(raw, profile)
            for hit, exact, raw in zip(found, batch.exact, raws)]


def topic_hits(raw: str, *, mentions, profile: TopicProfile | str | None = None,
               view: DocumentView | None = None) -> list[dict]:
    """Every piece of topic evidence in a document, sorted by start.

    Args:
        raw: the raw text.
        mentions: the document's mention rows (or DataFrame) from the mention finder.
        profile: a profile or its name (default: xinjiang).
        view: the document's :class:`~helpers.text.view.DocumentView`: the
            profile's terms are matched on its normalised text.

    Returns:
        Dicts with start, end, surface, term (entity id or the term's first
        form), kind (core | anchor | related).  Anchors and related
        entities are returned only when there is a core hit; ambiguous core
        mentions only beside an unambiguous one.
    """

    profile = load_profile(profile)
    core, ambiguous, related = [], [], []
    for m in as_rows(mentions):
        entity = m["entity_id"]
        if entity in profile.core_entities:
            hit = {"start": m["start"], "end": m["end"], "surface": m["surface"],
                   "term": entity, "kind": "core"}
            (ambiguous if m.get("ambiguous") else core).append(hit)
        elif entity in profile.related_entities:
            related.append({"start": m["start"], "end": m["end"], "surface": m["surface"],
                            "term": entity, "kind": "related"})
    anchors = []
    if profile.core_terms or profile.anchor_terms:
        terms = _terms_gazetteer(profile)
        for row in mention_rows(raw, gazetteer=terms, view=view):
            kind = row["kind"]
            hit = {"start": row["start"], "end": row["end"], "surface": row["surface"],
                   "term": row["name_en"], "kind": kind}
            (core if kind == "core" else anchors).append(hit)
    if not core:
        return []
    hits = core + ambiguous + anchors + related
    return sorted(hits, key=lambda h: (h["start"], h["end"]))
