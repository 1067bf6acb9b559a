"""Who holds a cue, and how each stance row can be audited: its rule family and its confidence.

:func:`holders` decides the holders of one cue (the quote it is in, the
sentence's grammar, or the previous speaker going on); :func:`stance_of`
turns holders into (actor, stance) pairs (a critical cue held by the policy
owner is a defence; the author of a rejected accusation is critical).

Every row names the rule that produced it and a confidence
(:func:`rule_of`, :func:`confidence_of`):

- ``rule`` is ``<family>:<category>``, the family of the cue's category in
  ``data/stance/rules.tsv`` (critical-lexicon, pressure,
  justification, defence, declined), or ``author-voice:…``,
  ``carried-subject:…``, ``accuser:…`` when the holder was not named with
  the cue;
- ``confidence`` is ``high`` for an explicit cue (an attitude verb or a cue
  of strength 2-3) held by a named actor (a gazetteer name, a name outside
  the gazetteer, a quoted speaker); ``medium`` for a framing word (strength 1)
  held by a named actor, an accuser, an unnamed government body (السلطات →
  the policy owner) or a group with an explicit cue; ``low`` for the author's
  voice, a carried subject and a group with a framing word.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import numpy as np

from helpers.extract.stance.attribution import attribute
from helpers.extract.stance.links import _chain
from helpers.extract.stance.parties import joint_member
from helpers.extract.stance.sentence import ActorRef, Holder
from helpers.io.rows import as_rows
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import normalise_text

__all__ = ["ORIGINS", "AUTHOR", "holders", "stance_of", "rule_of", "confidence_of", "localise", "rule_families",
           "quotes_by_sentence", "agreed_rows", "topic_places", "speaker_spans", "reported", "finish_rows"]

#: How many characters a cue may start before a quote's content and still be in it (a complementiser: بأنهم).
_LEAD_IN = 8
#: The actor name of the document's own voice.
AUTHOR = "(author)"

#: How a holder was found: a gazetteer mention, a name outside the gazetteer, a group, an unnamed
#: government body, a quote's speaker, or the document itself.
ORIGINS = ("mention", "open", "group", "body", "quote", "author")
_NAMED = frozenset({"mention", "open", "quote"})


@lru_cache(maxsize=1)
def rule_families() -> dict[str, str]:
    """``{cue category: rule family}`` from ``data/stance/rules.tsv``.

    Returns:
        The mapping.
    """
    return {row["category"]: row["family"] for row in read_tsv("stance/rules.tsv")}


def rule_of(category: str, source: str) -> str:
    """The ``rule`` of a row: ``<family>:<category>``, or how an unnamed holder was found.

    Args:
        category: the cue's category.
        source: how the holder was found (quote | subject | report | carried | accuser | author).

    Returns:
        e.g. ``justification:counterterrorism``, ``author-voice:evaluative``.
    """
    prefix = {"author": "author-voice", "carried": "carried-subject", "accuser": "accuser"}.get(source)
    return f"{prefix or rule_families().get(category, 'cue')}:{category}"


def confidence_of(*, source: str, origin: str, pos: str, strength: float) -> str:
    """The ``confidence`` of a row (see the module docstring).

    Args:
        source: how the holder was found (quote | subject | report | carried | accuser | author).
        origin: what the holder is (one of :data:`ORIGINS`).
        pos: the cue's part (attitude | content).
        strength: the cue's strength (1-3).

    Returns:
        ``high`` | ``medium`` | ``low``.
    """
    explicit = pos == "attitude" or strength >= 2
    if source in ("author", "carried"):
        return "low"
    if origin == "group":
        return "medium" if explicit else "low"
    if origin == "body" or source == "accuser" or origin not in _NAMED:
        return "medium"
    return "high" if explicit else "medium"


def _own_subject(view, cue, found) -> bool:
    """An attitude cue whose subject (or agent right after it) is named in its own clause, in a quote of someone
    else ("اتهمت منظمات حقوقية الصين …، وهو ما نفته بكين": Beijing denies, not the groups; «…، ولم يصدر تعليق فوري
    من بكين»: Beijing gives no comment, not the speaker)."""
    if cue.pos != "attitude" or found.source not in ("subject", "report") or not view.words:
        return False
    clause = view.clause(view.word_at(cue.start))
    return all(view.clause(view.word_at(h.start)) == clause for h in found.holders)


def _named_subject(found) -> bool:
    """Whether the attribution found a subject that is a known actor ("Only later does the committee …": an open
    name at the start of a sentence is no subject to trust over the quote stage)."""
    return found.source == "subject" and bool(found.holders) and not any(h.origin == "open" for h in found.holders)


def _speaker_opens(view, quote, before: int) -> bool:
    """Whether a quote's named speaker phrase stands in the sentence before normalised offset ``before`` as a
    subject — not after a preposition ("Only later does the committee turn to Xinjiang, urging …": the committee;
    not "protested outside the Chinese consulate, demanding …")."""
    speaker = normalise_text(quote.speaker or "").lower()
    at = view.text.lower().find(speaker, 0, before) if quote.actor and speaker else -1
    if at < 0:
        return False
    j = view.word_at(at) - 1
    while j >= 0 and view.has(j, "determiner"):
        j -= 1
    return j < 0 or not view.has(j, "object_marker")


def _participle_clause(view, cue) -> bool:
    """A cue in a clause that a participle opens after a comma ("أيدت مصر موقف الصين، مشيدة بجهودها", "Canada
    summoned China's ambassador, voicing concern"), or a verb with the resumptive «فيها» (a document's "in which":
    "وقعت الإمارات رسالة، أشادت فيها بـ…"): the main clause's subject holds it, whoever the quote stage heard, and
    nobody when that subject is no actor."""
    if not view.words:
        return False
    clause = view.clause(view.word_at(cue.start))
    opener = next((j for j, w in enumerate(view.words) if w.clause == clause), None)
    return bool(clause and opener is not None and view.words[opener].opener
                and (view.has(opener, "participle")
                     or (opener + 1 < len(view.words) and view.has(opener + 1, "resumptive"))))


def holders(view, cue, c_start: int, quoted, carry, c_end: int = -1) -> tuple[list[Holder], str, str]:
    """The holders of one cue.

    A cue is in a quote when it starts there, or when it ends there and starts on the
    complementiser just before the content ("أنهم أُجبروا …": the quote's content starts at the verb).

    Args:
        view: the sentence (:class:`~helpers.extract.stance.sentence.SentenceView`).
        cue: the cue.
        c_start: the cue's raw start.
        c_end: the cue's raw end (-1: unknown, only the start counts).
        quoted: the quote spans of the sentence (:class:`~helpers.extract.stance.sentence.QuotedSpan`).
        carry: the previous sentence's holders, when this one goes on with them.

    Returns:
        ``([Holder], source, target)``; source is
        quote | subject | report | carried | idle (no row: a group named by the cue that does not speak) |
        "" (none).
    """
    inside = [q for q in quoted if q.start <= c_start < q.end
              or (c_start < q.start < c_end <= q.end and q.start - c_start <= _LEAD_IN)]
    found = attribute(view, cue)
    if found.source == "idle" and not inside:
        return [], "idle", ""  # "what its critics cannot forgive": the word names a group that says nothing
    participle = _participle_clause(view, cue)
    if inside and participle and not found.holders and not _speaker_opens(view, inside[-1], cue.start):
        return [], "", ""  # "Hundreds of Uyghurs protested outside the consulate, demanding …": no named subject
    if inside and not _own_subject(view, cue, found) and not (participle and _named_subject(found)):
        q = inside[-1]
        if not q.actor and carry and not found.holders:
            return list(carry), "carried", ""  # "It said …", "وأضافت أن …": the quote's unnamed speaker goes on
        joined = [Holder(h.actor, "", h.entity_id, h.origin) for h in found.holders
                  if h.actor != q.actor and joint_member(view, h)] if len(found.holders) > 1 else []
        for k, ref in enumerate(view.actors):  # "X read a statement on behalf of 68 countries which said …"
            if ref.actor == q.actor and joint_member(view, ref):
                joined += [Holder(m.actor, "", m.entity_id, m.origin) for m in map(view.actors.__getitem__,
                                                                                    _chain(view, k))
                           if m.actor != q.actor and m.actor not in {j.actor for j in joined}]
        return [q.holder, *joined], "quote", ""  # "Speaking on behalf of 70 countries, Pakistan's envoy said"
    if found.holders:
        actors = {h.actor for h in found.holders}
        people = [h.speaker for h in found.holders if h.speaker]
        result, seen = [], set()
        for h in found.holders:
            if h.actor not in seen:
                seen.add(h.actor)
                speaker = h.speaker or (people[0] if people and len(actors) == 1 else "")
                result.append(Holder(h.actor, speaker, h.entity_id, h.origin))
        return result, found.source, found.target
    if carry:
        return list(carry), "carried", ""
    return [], "", ""


def stance_of(found: list[Holder], accusers, label: str, source: str, owners) -> list[tuple]:
    """``(actor, speaker, entity, stance, label_source, origin, source)`` of each holder and accuser.

    A critical cue held by the policy owner itself (China criticising its
    critics) is a defence; the accuser of a rejected accusation ("X denies Y's
    claims") holds the accusation: critical.

    Args:
        found: the holders (:func:`holders`).
        accusers: the accusers' :class:`ActorRef` (``stance_objects.accuser``).
        label: the cue's label after polarity.
        source: how the holders were found.
        owners: the policy owner's actor names.

    Returns:
        One tuple per holder and accuser.
    """
    how = "report" if source == "carried" else source
    out = []
    for actor, speaker, entity, origin in found:
        out.append((actor, speaker, entity, "defends" if actor in owners and label == "critical" else label,
                    how, origin, source))
    held = {h.actor for h in found}
    for ref in accusers:
        if ref.actor not in held and ref.actor not in owners:
            out.append((ref.actor, ref.speaker, ref.entity_id, "critical", "accuser", ref.origin, "accuser"))
    return out


def localise(norm, offset: int, refs) -> list[ActorRef]:
    """Actor refs of one sentence in its normalised coordinates.

    Args:
        norm: the sentence's :class:`~helpers.text.normalise.Normalised`.
        offset: the sentence's raw start.
        refs: ``(start, end, actor, speaker, entity_id, clitic, origin)`` in raw offsets.

    Returns:
        The :class:`ActorRef` list.
    """
    origin = norm.origin
    result = []
    for start, end, actor, speaker, entity, clitic, how in refs:
        rel_s, rel_e = start - offset, end - offset
        if origin is not None:
            rel_s = int(np.searchsorted(origin, rel_s))
            rel_e = int(np.searchsorted(origin, rel_e))
        result.append(ActorRef(rel_s, rel_e, actor, speaker, entity, clitic=clitic, origin=how))
    return result


def quotes_by_sentence(spans, sentences) -> dict[int, list]:
    """The quotes of each sentence.

    Args:
        spans: quote spans ``(content_start, content_end, …)``, sorted.
        sentences: the document's sentences.

    Returns:
        ``{sentence index: quote spans overlapping it}`` (each quote found by bisection).
    """
    starts = [s.start for s in sentences]
    result: dict[int, list] = {}
    for span in spans:
        first = max(bisect.bisect_right(starts, span[0]) - 1, 0)
        last = bisect.bisect_left(starts, span[1])
        for index in range(first, last):
            if sentences[index].end > span[0]:
                result.setdefault(index, []).append(span)
    return result


def agreed_rows(rows: list[dict], outlet: str) -> list[dict]:
    """The author's own rows for the positions of a sentence the author agrees with ("…, and I agree").

    Args:
        rows: the sentence's rows.
        outlet: the document's outlet (the author's ``speaker``).

    Returns:
        One ``(author)`` row per critical or defends row the author does not hold yet.
    """
    own = {r["cue_start"] for r in rows if r["actor"] == AUTHOR}
    return [{**r, "actor": AUTHOR, "speaker": outlet, "actor_entity_id": "", "label_source": "author",
             "rule": f"author-voice:{r['category']}", "confidence": "low"}
            for r in rows if r["actor"] != AUTHOR and r["cue_start"] not in own
            and r["stance"] in ("critical", "defends")]


def topic_places(mentions, profile) -> list[tuple]:
    """The topic's core names in a document, as refs without an actor.

    Args:
        mentions: the document's mentions (rows or DataFrame).
        profile: the topic profile (its ``core_entities``).

    Returns:
        ``(start, end, "", "", entity_id, "", origin)`` with origin ``place``
        for its places (where unnamed officials belong) and ``core`` for the
        others (what keeps a cue on the topic).
    """
    core = profile.core_entities
    return [(int(r["start"]), int(r["end"]), "", "", r["entity_id"], "",
             "place" if r.get("kind") == "place" else "core") for r in as_rows(mentions)
            if r.get("entity_id") in core]


def speaker_spans(quotes) -> list[tuple[int, int]]:
    """The raw spans of the quotes' speaker phrases ("خبراء صينيون في مكافحة الإرهاب"): a cue in one
    describes who speaks, it is not what they say.

    Args:
        quotes: the quotes (DataFrame, row dicts or None; ``speaker_start``/``speaker_end``, -1 when unknown).

    Returns:
        ``[(start, end)]`` raw spans.
    """
    spans = []
    for row in as_rows(quotes):
        start, end = row.get("speaker_start", -1), row.get("speaker_end", -1)
        if isinstance(start, (int, float)) and isinstance(end, (int, float)) and 0 <= start < end:
            spans.append((int(start), int(end)))
    return spans


def reported(view, clause: int) -> bool:
    """Whether a clause is reported speech: it opens with إن / أن / that after a speech verb.

    Args:
        view: the sentence (:class:`~helpers.extract.stance.sentence.SentenceView`).
        clause: a clause number.

    Returns:
        True when the clause's first word is a complementiser.
    """
    first = next((w for w in view.words if w.clause == clause), None)
    return first is not None and first.opener == "boundary"


def finish_rows(rows: list[dict], doc_id: str) -> list[dict]:
    """Rows with their doc_id, one per (actor, cue, stance), sorted by sentence and cue.

    Args:
        rows: a document's stance rows.
        doc_id: the document id.

    Returns:
        The rows, deduplicated and sorted.
    """
    seen, out = set(), []
    for row in rows:
        key = (row["actor"], row["cue_start"], row["stance"])
        if key not in seen:
            seen.add(key)
            out.append({"doc_id": doc_id, **row})
    out.sort(key=lambda r: (r["start"], r["cue_start"], r["actor"]))
    return out

