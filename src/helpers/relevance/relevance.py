"""Relevance: is a document, and each sentence, about the profile's topic?

Computed early and cheaply, before the deep stages (quotes, stances,
figures), from a :class:`~helpers.relevance.topics.TopicProfile`:

1. **Prefilter** (:func:`could_be_relevant`): one Aho–Corasick pass over the
   normalised text looks for every core name (gazetteer variants of the
   profile's core entities and its own core terms).  A document with
   none cannot be topical: it is ``none`` without further work.  On a
   general news archive this settles almost every document.
2. **Hits** (:func:`topic_hits`): core entity mentions (from the mention
   finder, so ambiguity rules apply: a mention flagged ``ambiguous`` counts
   only beside an unambiguous core hit), the profile's core terms, its
   anchor terms and related entities.  Anchors and related entities count
   only when the document has a core hit: "forced labour" alone proves
   nothing about Xinjiang.
3. **Sentences** (:func:`sentence_scores`): the weighted hits inside each
   sentence; a sentence with a score above 0 is *topical*.
4. **Document** (:func:`document_relevance`), a rule a researcher can read
   and tune in the profile's ``[thresholds]``.  Topical means that the topic
   is a *subject* of the text, not that a long text names it a few times, so
   every way to be topical asks for a share of the sentences, never a count
   of names: ``none`` without a core hit; ``topical`` when

   * a core hit is in the lead (the first ``lead_sentences`` sentences, where
     the title usually is) and at least ``lead_share`` of the sentences are
     topical (a core hit, or an anchor or related entity beside one), or
   * at least ``topical_share`` of the sentences have a core hit *and* an
     anchor term gives the topic substance (a short story that only names
     the region as someone's home is ``passing``), or
   * at least ``subject_share`` of the sentences have a core hit, wherever
     they are and whatever they say;

   otherwise ``passing`` (at least ``passing_hits`` core hits).  A long
   encyclopedic or peripheral text that names the region in its first line
   and a few times after is therefore ``passing``.  (``topical_hits``, a
   count of core hits that alone made a document topical, is 0 — off — in
   the packaged profiles.)  The score is the weighted hits per sentence; the
   evidence lists the terms with their first raw offset and count, and ends
   with the topical and core sentences out of all.
"""

from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache

import ahocorasick

from helpers.gazetteer.gazetteer import Entity, Gazetteer, Variant, default_gazetteer
from helpers.text.view import DocumentView
from helpers.relevance.topics import TopicProfile, load_profile
from helpers.gazetteer.variants import expand_pattern, match_key
from helpers.extract.mentions.mentions import mention_rows
from helpers.io.rows import as_rows

__all__ = ["LEVELS", "SCOPES", "could_be_relevant", "topic_hits", "sentence_scores",
           "document_relevance", "in_scope", "NOT_RELEVANT"]

LEVELS = ("topical", "passing", "none")
#: ``--scope`` values and the relevance levels each analyses in depth.
SCOPES = {"topical": frozenset({"topical"}), "passing": frozenset({"topical", "passing"}),
          "all": frozenset(LEVELS)}
#: The documents-table values of a document the prefilter rules out.
NOT_RELEVANT = {"relevance": "none", "relevance_score": 0.0, "relevance_evidence": ""}
_EVIDENCE_TERMS = 8
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
    """Automaton of the core names' match keys (a superset test for core hits)."""
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
            normalised text is reused (and kept for the later stages).

    Returns:
        True when the document needs the full relevance rule.
    """
    automaton, any_keys = _trigger_automaton(load_profile(profile))
    if not any_keys:
        return False
    for _ in automaton.iter((view if view is not None else DocumentView(raw)).flat):
        return True
    return False


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


def sentence_scores(sentences, hits: list[dict], profile: TopicProfile | str | None = None
                    ) -> list[float]:
    """The weighted topic evidence inside each sentence.

    Args:
        sentences: the document's sentences (objects or dicts with start/end).
        hits: :func:`topic_hits` output.
        profile: a profile or its name (its ``[weights]``).

    Returns:
        One float per sentence, aligned with ``sentences`` (0.0: no evidence).
    """
    weights = load_profile(profile).weights
    spans = [(_get(s, "start"), _get(s, "end")) for s in sentences]
    starts = [a for a, _ in spans]
    scores = [0.0] * len(spans)
    for hit in hits:
        i = bisect.bisect_right(starts, hit["start"]) - 1
        if i >= 0 and hit["start"] < spans[i][1]:
            scores[i] += weights[hit["kind"]]
    return [round(s, 3) for s in scores]


def _get(item, name: str):
    return item[name] if isinstance(item, dict) else getattr(item, name)


def _evidence(hits: list[dict], in_lead: bool) -> str:
    """``surface [term] ×count @first-start`` for the first few distinct terms."""
    counts = Counter((h["kind"], h["term"]) for h in hits)
    firsts: dict = {}
    for h in hits:
        firsts.setdefault((h["kind"], h["term"]), h)
    order = sorted(firsts, key=lambda k: (("core", "anchor", "related").index(k[0]),
                                          -counts[k], firsts[k]["start"]))
    parts = [f"{firsts[k]['surface']} [{k[0]}:{k[1]}] x{counts[k]} @{firsts[k]['start']}"
             for k in order[:_EVIDENCE_TERMS]]
    if len(order) > _EVIDENCE_TERMS:
        parts.append(f"… {len(order) - _EVIDENCE_TERMS} more")
    return ("lead; " if in_lead else "") + "; ".join(parts)


def document_relevance(sentences, hits: list[dict], profile: TopicProfile | str | None = None
                       ) -> dict:
    """Apply the document rule (see the module docstring).

    Args:
        sentences: the document's sentences (objects or dicts with start/end).
        hits: :func:`topic_hits` output.
        profile: a profile or its name (its ``[thresholds]`` and ``[weights]``).

    Returns:
        ``{"relevance": topical|passing|none, "relevance_score": float,
        "relevance_evidence": str}``.
    """
    profile = load_profile(profile)
    core = [h for h in hits if h["kind"] == "core"]
    if not core:
        return dict(NOT_RELEVANT)
    limits = profile.thresholds
    n = max(1, len(sentences))
    lead = int(limits["lead_sentences"])
    lead_end = _get(sentences[min(lead, len(sentences)) - 1], "end") if sentences and lead else 0
    in_lead = core[0]["start"] < lead_end
    with_core = sum(1 for s in sentence_scores(sentences, core, profile) if s > 0)
    topical = sum(1 for s in sentence_scores(sentences, hits, profile) if s > 0)
    substance = any(h["kind"] == "anchor" for h in hits)
    counted = 0 < limits["topical_hits"] <= len(core)
    if ((in_lead and topical / n >= limits["lead_share"])
            or (substance and with_core / n >= limits["topical_share"])
            or with_core / n >= limits["subject_share"] or counted):
        level = "topical"
    elif len(core) >= limits["passing_hits"]:
        level = "passing"
    else:
        level = "none"
    weighted = sum(profile.weights[h["kind"]] for h in hits)
    evidence = _evidence(hits, in_lead) + f"; sentences: {topical} topical, {with_core} core of {n}"
    return {"relevance": level, "relevance_score": round(weighted / n, 3),
            "relevance_evidence": evidence}
