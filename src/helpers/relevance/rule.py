"""The document rule of relevance, and the weighted topic evidence of each sentence.

**Sentences** (:func:`sentence_scores`): the weighted hits inside each
sentence; a sentence with a score above 0 is *topical*.

**Document** (:func:`document_relevance`), a rule a researcher can read
and tune in the profile's ``[thresholds]``.  Topical means that the topic
is a *subject* of the text, not that a long text names it a few times, so
every way to be topical asks for a share of the sentences, never a count
of names: ``none`` without a core hit; ``topical`` when

* a core hit is in the title (a first line of at most 30 words, alone in
  its paragraph) and at least ``title_share`` of the sentences are topical
  (a core hit, or an anchor or related entity beside one), or
* a core hit is in the lead (the first ``lead_sentences`` sentences, the
  title included) and at least ``lead_share`` of the sentences are
  topical, or
* at least ``topical_share`` of the sentences have a core hit *and* an
  anchor term gives the topic substance (a short story that only names
  the region as someone's home is ``passing``), or
* at least ``subject_share`` of the sentences have a core hit, wherever
  they are and whatever they say;

otherwise ``passing`` (at least ``passing_hits`` core hits).  Shares are
counted over the title and the lines of prose: a line with no final stop
and fewer than 12 words (a menu item, a link, a related story's headline)
neither dilutes a page's story nor makes it about the topic.  A long
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

from helpers.relevance.topics import TopicProfile, load_profile

__all__ = ["NOT_RELEVANT", "sentence_scores", "document_relevance"]

#: The documents-table values of a document the prefilter rules out.
NOT_RELEVANT = {"relevance": "none", "relevance_score": 0.0, "relevance_evidence": ""}
_EVIDENCE_TERMS = 8
#: A first line of at most this many words, alone in its paragraph, is a title.
_TITLE_WORDS = 30
#: A line without a final stop is prose (counted in the shares) from this many words on.
_PROSE_WORDS = 12
_STOPS = (".", "!", "?", "؟", "…", "؛", ":")
_CLOSERS = "\"'»”’)]} \u00a0"


def sentence_scores(sentences, hits: list[dict], profile: TopicProfile | str | None = None
                    ) -> list[float]:
    """The weighted topic evidence inside each sentence.

    Args:
        sentences: the document's sentences (objects or dicts with start/end).
        hits: :func:`helpers.relevance.classify.topic_hits` output.
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


def _title_end(sentences) -> int:
    """End of the title: the first sentence when it is a whole, short first line (else 0)."""
    if len(sentences) < 2:
        return 0
    first, second = sentences[0], sentences[1]
    paragraph = (first.get("paragraph") if isinstance(first, dict)
                 else getattr(first, "paragraph", None))
    text = first.get("text", "") if isinstance(first, dict) else getattr(first, "text", "")
    if paragraph is None or paragraph == _get_or(second, "paragraph"):
        return 0
    return _get(first, "end") if 0 < len(text.split()) <= _TITLE_WORDS else 0


def _prose(sentences, title_end: int) -> list:
    """The sentences the shares are counted over: the title and the lines of prose.

    A line that neither ends with a stop nor runs to ``_PROSE_WORDS`` words is
    a menu item, a link or a related story's headline, not a sentence of the
    text: a page's link list must not dilute its story.  Without any prose
    beside the title, every sentence counts.
    """
    title = [s for s in sentences if title_end and _get(s, "end") <= title_end]
    prose = [s for s in sentences[len(title):] if _is_prose(_get_or(s, "text"))]
    return title + prose if prose else list(sentences)


def _is_prose(text) -> bool:
    if text is None:
        return True
    text = text.strip().rstrip(_CLOSERS)
    return text.endswith(_STOPS) or len(text.split()) >= _PROSE_WORDS


def _get_or(item, name: str):
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


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
        hits: :func:`helpers.relevance.classify.topic_hits` output.
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
    title_end = _title_end(sentences)
    prose = _prose(sentences, title_end)
    n = max(1, len(prose))
    lead = int(limits["lead_sentences"])
    lead_end = _get(sentences[min(lead, len(sentences)) - 1], "end") if sentences and lead else 0
    in_lead = core[0]["start"] < lead_end
    in_title = core[0]["start"] < title_end
    with_core = sum(1 for s in sentence_scores(prose, core, profile) if s > 0)
    topical = sum(1 for s in sentence_scores(prose, hits, profile) if s > 0)
    substance = any(h["kind"] == "anchor" for h in hits)
    counted = 0 < limits["topical_hits"] <= len(core)
    if ((in_title and topical / n >= limits["title_share"])
            or (in_lead and topical / n >= limits["lead_share"])
            or (substance and with_core / n >= limits["topical_share"])
            or with_core / n >= limits["subject_share"] or counted):
        level = "topical"
    elif len(core) >= limits["passing_hits"]:
        level = "passing"
    else:
        level = "none"
    weighted = sum(profile.weights[h["kind"]] for h in hits)
    evidence = _evidence(hits, in_lead) + f"; sentences: {topical} topical, {with_core} core of {n}"
    return {"relevance": level, "relevance_score": round(weighted / max(1, len(sentences)), 3),
            "relevance_evidence": evidence}
