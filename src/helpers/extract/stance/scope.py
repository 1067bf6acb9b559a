"""Which sentences of a document may carry a stance toward the target.

A stance is a stance *toward the topic's target* (China's policy in
Xinjiang for the default profile).  A cue — "rejected the accusations",
"condemned", "expressed concern" — says nothing about the target unless
the text around it is about the topic, so :mod:`helpers.extract.stance.rows` writes a
row only for cues in sentences that **bear on the target**:

1. the sentence is *topical*: it carries topic evidence (a core entity of
   the profile — the region, the people, Xinjiang institutions and places,
   Uyghur organisations — or an anchor term: camps, re-education, forced
   labour, counter-terrorism …; :func:`helpers.relevance.classify.sentence_scores`);
2. or it is in the **neighbourhood** of a topical sentence — at most
   :data:`WINDOW` sentences after it, or the one sentence before it — and
   either names one of
   the profile's *target entities* (China, its ministries and officials via
   their gazetteer affiliation: China as the object of criticism or as the
   one defending itself), or refers back to the topic (a ``topic_anaphor``:
   "the region", المنطقة، الإقليم), or its cue is held by the previous
   sentence's speaker going on ("وأضاف …", "He added …", "It said …", the
   next sentence of the same quote), by a named speaker it quotes (a
   quotation next to the topic is about it), or, in an authored genre, by
   the author — which :mod:`helpers.extract.stance.rows` decides cue by cue;
3. a cue inside a quote whose content overlaps a topical sentence bears on
   the target as well (a quotation is one utterance);
4. a declined / no-response cue ("did not respond to a request for
   comment", "لم تستجب لطلبات التعليق") bears on the target anywhere in a
   document whose subject is the topic — at least :data:`SUBJECT_SENTENCES`
   topical sentences — since the request was about the story;
5. in a document whose subject is the topic (at least :data:`SUBJECT_SENTENCES` topical sentences), a
   sentence anywhere that names a target entity together with a word of the policy (grammar kind
   ``subject_policy``: the detentions, the camps, the crackdown, الاحتجازات) is in its neighbourhood: "The
   United States imposed visa restrictions on Chinese officials last year over the detentions";
6. the answers of an interview or briefing transcript (quotes whose cue is
   ``transcript``, :mod:`helpers.extract.quotes.transcript`) bear on the
   target when a sentence of the transcript or of its introduction is
   topical: an interview is one exchange, and its answers rarely repeat
   the region's name.

A document with no topic evidence therefore yields no stance row at all.
:func:`topical_flags` computes the per-sentence evidence when the pipeline
did not pass it.
"""

from __future__ import annotations

from typing import NamedTuple

from helpers.extract.stance.actors import resolve_actor_id
from helpers.io.rows import as_rows
from helpers.relevance.classify import sentence_scores, topic_hits

__all__ = ["WINDOW", "SUBJECT_SENTENCES", "Scope", "bears", "may_bear", "tied_to_subject", "topical_flags",
           "near_topic", "target_names", "topical_quotes", "transcript_answers"]

#: How many sentences after a topical sentence a target-naming sentence still bears on the target.
WINDOW = 2
#: Topical sentences that make the topic a document's subject (declined cues count anywhere in it).
SUBJECT_SENTENCES = 3


def topical_flags(raw: str, *, sentences, mentions, profile, view=None) -> list[bool]:
    """Per sentence, whether it carries topic evidence (core entity or anchor term).

    Args:
        raw: the raw text.
        sentences: the document's sentences (:func:`helpers.text.segment.sentences`).
        mentions: the mentions table (DataFrame or rows).
        profile: a :class:`helpers.relevance.topics.TopicProfile`.
        view: the document's :class:`~helpers.text.view.DocumentView`, or None.

    Returns:
        One bool per sentence.
    """

    hits = topic_hits(raw, mentions=as_rows(mentions), profile=profile, view=view)
    return [score > 0 for score in sentence_scores(sentences, hits, profile)]


def near_topic(topical: list[bool], *, window: int = WINDOW) -> list[bool]:
    """Per sentence, whether it is topical or in a topical sentence's neighbourhood.

    Args:
        topical: :func:`topical_flags` output, one bool per sentence.
        window: sentences after a topical one that stay in its neighbourhood
            (the one sentence before it always does).

    Returns:
        One bool per sentence.
    """
    n, near = len(topical), list(topical)
    for i, flag in enumerate(topical):
        if flag:
            for j in range(max(i - 1, 0), min(i + window + 1, n)):
                near[j] = True
    return near


def target_names(profile) -> frozenset[str]:
    """The actor names (gazetteer ``name_en`` at the end of the affiliation chain) of the target entities.

    Args:
        profile: a topic profile (``target_entities``).

    Returns:
        Actor names as :mod:`helpers.extract.stance.actors` resolves them (``{"China"}``).
    """
    return frozenset(filter(None, (resolve_actor_id(e) for e in profile.target_entities)))


class Scope(NamedTuple):
    """Where a sentence stands toward the topic: ``topical`` | ``near`` | ``off``, the target actors,
    the topical quote spans and whether the topic is the document's subject."""

    where: str
    owners: frozenset
    hot: list
    subject: bool = False  # the topic is the document's subject


def topical_quotes(spans, sentences, topical) -> list[tuple[int, int]]:
    """Content spans of quotes that overlap a topical sentence.

    Args:
        spans: quote spans ``(content_start, content_end, …)``.
        sentences: the document's sentences.
        topical: per-sentence topic evidence.

    Returns:
        ``[(start, end)]`` of the quotes that bear on the target.
    """
    marked = [(s.start, s.end) for s, flag in zip(sentences, topical) if flag]
    return [(a, b) for a, b, *_ in spans if any(a < e and s < b for s, e in marked)]


def transcript_answers(quotes, sentences, topical) -> list[tuple[int, int]]:
    """Content spans of a transcript's answers when the transcript is about the topic (rule 6).

    Args:
        quotes: the quotes (DataFrame, row dicts or None).
        sentences: the document's sentences.
        topical: per-sentence topic evidence.

    Returns:
        ``[(start, end)]`` raw content spans of the quotes with cue ``transcript``, or none when no
        sentence up to the transcript's last answer is topical.
    """
    answers = [(int(r["content_start"]), int(r["content_end"])) for r in as_rows(quotes)
               if r.get("cue") == "transcript"]
    if not answers:
        return []
    last = max(end for _, end in answers)
    if any(flag and s.start < last for s, flag in zip(sentences, topical)):
        return answers
    return []


def bears(scope, c_start: int, linked: bool, label: str) -> bool:
    """Whether a cue bears on the target (the rules above).

    Args:
        scope: the sentence's :class:`Scope`.
        c_start: the cue's raw start.
        linked: the sentence names the target, or the cue's holder is the
            previous sentence's speaker going on.
        label: the cue's label (declined cues count anywhere in a document
            whose subject is the topic).

    Returns:
        True when the cue may give stance rows.
    """
    if scope.where == "topical" or any(a <= c_start < b for a, b in scope.hot):
        return True
    if label == "declined" and scope.subject:
        return True
    return scope.where == "near" and linked


def may_bear(scope: Scope, sentence, cues) -> bool:
    """Whether a cue of a sentence off the topic could pass :func:`bears` (a superset of its rules: inside a
    topical quote, a declined cue, or any cue of a document whose subject is the topic, rule 5).

    Args:
        scope: the sentence's :class:`Scope` (``where`` is ``off``).
        sentence: the sentence (``start``, ``end``).
        cues: its cue matches.

    Returns:
        False when no cue of the sentence can give a row.
    """
    return scope.subject or any(a <= sentence.end and sentence.start < b for a, b in scope.hot)


def tied_to_subject(scope: Scope, view) -> Scope:
    """The scope of a sentence off the topic that rule 5 ties to it: in a document whose subject is the topic,
    it names a target entity and a word of the policy (``subject_policy``).

    Args:
        scope: the sentence's :class:`Scope`.
        view: the sentence (:class:`~helpers.extract.stance.sentence.SentenceView`).

    Returns:
        The scope with ``where`` "near" when the rule ties it, else ``scope``.
    """
    if scope.where != "off" or not scope.subject or not view.any_of("subject_policy"):
        return scope
    return scope._replace(where="near") if any(a.actor in scope.owners for a in view.actors) else scope
