"""Stances toward the topic's target (China's policy in Xinjiang): cues + attribution → stances table.

Only cues that bear on the target give rows: in a topical sentence, in a
topical quote, or near one when the sentence names the target or its
speaker goes on (:mod:`helpers.extract.stance.scope`); a document without topic
evidence gives none.

:func:`find_stances` reads a document sentence by sentence.  In each
sentence it finds the stance cues of ``data/stance/cues.tsv``
(:mod:`helpers.extract.stance.lexicon`) on the sentence's slice of the
document view's normalised text, decides their polarity
(:mod:`helpers.extract.stance.sentence`) and who holds them
(:mod:`helpers.extract.stance.attribution`), and writes one row per (cue, holder)
with the sentence as evidence.  A holder is, in this order:

``quote``   the speaker of the quote (direct or reported) the cue is in;
``subject`` the subject of the cue, or of the speech/attitude verb governing it;
``report``  the actor named by "according to" / "من قبل", or the previous
            sentence's holder when the cue's sentence speaks as "we" (نحن، إننا)
            or goes on (وأضاف، he added, It said, Its ambassador; a cue-less sentence
            hands on the actor it opens with); a call's addressee never holds it;
``accuser`` the actor whose accusation is named ("اتهامات X", "allegations by X");
``author``  the document itself, for authored genres (academic, opinion, NGO
            report; ``data/stance/voice.tsv``) when no actor holds the cue.

Actors are the states and organisations people speak for: a person's row
names them as ``speaker`` and their affiliation as ``actor`` (Hua Chunying →
China); a capital used as metonym (بكين) counts as its state.  Because the
stance is *toward China's policy*, a "critical" cue held by the policy owner
itself (China criticising its critics, "انتقاد الصين" in a Chinese
statement) is recorded as ``defends``; the accuser of a rejected accusation
("نفت الصين اتهامات X") is ``critical``, and the actor a sentence accuses
("تقارير تتهم بكين") holds none of its critical cues (:mod:`helpers.extract.stance.objects`).
Groups ("خبراء", "critics") and unnamed government bodies ("السلطات", the
target's government) hold stances too (``data/stance/groups.tsv``).
Aggregation and summaries are in :mod:`helpers.analysis.stance_aggregate`.
"""

from __future__ import annotations

import bisect
import re
from functools import partial
from typing import TYPE_CHECKING

from helpers.extract.mentions.rows import mention_rows
from helpers.extract.quotes.rows import quote_rows
from helpers.extract.stance.actors import (
    actor_refs,
    author_voice,
    quote_spans,
    unheld_spans,
)
from helpers.extract.stance.distance import (
    claimed,
    declines_nothing,
    denies_nothing,
    others_accusation,
    own_act_clause,
    pretext_reading,
    state_claim,
)
from helpers.extract.stance.framing import named_by, namers, scare_quoted
from helpers.extract.stance.groups import opening_actor, sentence_view
from helpers.extract.stance.holders import (
    AUTHOR,
    agreed_rows,
    confidence_of,
    finish_rows,
    quotes_by_sentence,
    reported,
    rule_of,
    speaker_spans,
    stance_of,
    topic_places,
)
from helpers.extract.stance.holders import holders as find_holders
from helpers.extract.stance.lexicon import match_cues
from helpers.extract.stance.links import addressed, back_reference, opening_subject
from helpers.extract.stance.objects import (
    accused,
    accuser,
    aimed_elsewhere,
    author_asserts,
    author_turn,
    off_target,
)
from helpers.extract.stance.polarity import REJECTING, polarity
from helpers.extract.stance.refs import drop_described_origins, drop_official_names, merge_refs, open_refs
from helpers.extract.stance.scope import (
    SUBJECT_SENTENCES,
    Scope,
    bears,
    may_bear,
    near_topic,
    target_names,
    tied_to_subject,
    topical_flags,
    topical_quotes,
    transcript_answers,
)
from helpers.extract.stance.sentence import Holder
from helpers.io.rows import frame
from helpers.relevance.classify import could_be_relevant
from helpers.relevance.topics import load_profile
from helpers.text.segment import sentences as split
from helpers.text.view import DocumentView

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, not to import this module
    import pandas as pd

__all__ = ["STANCE_COLUMNS", "EXTRA_COLUMNS", "AUTHOR", "find_stances", "stance_rows", "author_voice"]

STANCE_COLUMNS = ["doc_id", "actor", "speaker", "stance", "evidence", "start", "end"]
EXTRA_COLUMNS = ["actor_entity_id", "cue", "cue_start", "cue_end", "label_source", "negated",
                 "target", "category", "strength", "rule", "confidence"]
#: Words after a policy word in which another actor makes it that actor's matter ("the detentions … in Belarus").
_POLICY_REACH = 6
_URL_LOWER_CASE = re.compile(r"(?:https?://|www\.)\S+")
_QUESTION = re.compile(r"[?؟]\W*$")
#: The cue category of the narrator's own evaluative wording (held by the author even in news).
EVALUATIVE = "evaluative"
#: The cue category of reported harm (a frame of data/stance/classes.tsv: "they took my brother away"): critical
#: in anyone's words but the policy owner's, whose own account of an arrest is not a position.
REPORTED_HARM = "harm_report"
#: Cue categories of the policy owner answering its critics ("a political show", "no right to lecture"): in a document
#: whose subject is the topic they bear on it anywhere, as declined cues do.
_REPLIES = frozenset({"disinformation", "rejection", "internal_affairs"})
#: The actor name of the document's own voice (``label_source == "author"``): :data:`stance_holders.AUTHOR`.


def find_stances(raw: str, *, doc_id: str = "", sentences=None, mentions=None, quotes=None,
                 genre: str = "", outlet: str = "", profile=None, topical=None,
                 policy_owner: str | None = None) -> pd.DataFrame:
    """Find who takes which stance toward the topic's target (China's policy in Xinjiang), with evidence.

    Args:
        raw: the document's raw text.
        doc_id: the document id written in every row.
        sentences: :func:`helpers.text.segment.sentences` output (computed if None).
        mentions: the mentions table (computed with :func:`helpers.extract.mentions.rows.find_mentions` if None).
        quotes: the quotes table (computed with :func:`helpers.extract.quotes.rows.find_quotes` if None).
        genre: the catalog's genre; authored genres give cues nobody holds to the author.
        outlet: the catalog's outlet (the author's ``speaker`` name).
        profile: a :class:`helpers.relevance.topics.TopicProfile` or its name (None: the default profile).
        topical: per sentence, whether it carries topic evidence (computed from
            the profile when None; ``True`` treats every sentence as topical,
            e.g. to study attribution alone; see :mod:`helpers.extract.stance.scope`).
        policy_owner: the actor whose policy the stances are about (default:
            the profile's target entities).

    Returns:
        DataFrame with :data:`STANCE_COLUMNS` then :data:`EXTRA_COLUMNS`, one
        row per (cue, holder), in text order; ``raw[start:end] == evidence``.
    """
    return frame(stance_rows(raw, doc_id=doc_id, sentences=sentences, mentions=mentions,
                             quotes=quotes, genre=genre, outlet=outlet, profile=profile,
                             topical=topical, policy_owner=policy_owner),
                 STANCE_COLUMNS + EXTRA_COLUMNS)


def stance_rows(raw: str, *, doc_id: str = "", sentences=None, mentions=None, quotes=None,
                genre: str = "", outlet: str = "", profile=None, topical=None,
                policy_owner: str | None = None, view: DocumentView | None = None) -> list[dict]:
    """:func:`find_stances` as row dicts (the pipeline's form, see :mod:`helpers.io.rows`).

    Only cues that bear on the target give rows (:mod:`helpers.extract.stance.scope`):
    in a topical sentence, in a topical quote, or near a topical sentence
    when the sentence names the target (China) or continues the previous
    speaker.

    Args:
        raw: the raw text.
        doc_id: the document id.
        sentences: sentences (computed when None).
        mentions: mentions as a DataFrame or rows (computed when None).
        quotes: quotes as a DataFrame or rows (computed when None).
        genre: the catalog's genre.
        outlet: the catalog's outlet.
        profile: a topic profile or its name (None: the default).
        topical: per-sentence topic evidence, aligned with ``sentences`` (computed
            when None; ``True``: every sentence is topical).
        policy_owner: the actor whose policy the stances are about (default: the profile's targets).
        view: the document's :class:`~helpers.text.view.DocumentView`: the
            sentences, mentions, topic flags and quotes the earlier stages left
            on it are read (when not given as arguments) and its normalised
            text is sliced per sentence, not normalised again.

    Returns:
        One dict per (cue, holder) with the keys of :data:`STANCE_COLUMNS`
        and :data:`EXTRA_COLUMNS`, in text order.
    """
    profile = load_profile(profile)
    if view is None:
        view = DocumentView(raw, doc_id=doc_id)
    sentences = view.sentences if sentences is None else sentences
    mentions = view.mentions if mentions is None else mentions
    topical = view.topical if topical is None else topical
    quotes = view.quotes if quotes is None else quotes
    if topical is None and mentions is None and not could_be_relevant(raw, profile, view=view):
        return []  # no word of any core name: nothing can bear on the target
    if sentences is None:
        sentences = split(raw)
    if mentions is None:
        mentions = mention_rows(raw, doc_id=doc_id, view=view)
    if topical is True:
        topical = [True] * len(sentences)
    elif topical is None:
        topical = topical_flags(raw, sentences=sentences, mentions=mentions, profile=profile,
                                view=view)
    if not any(topical):
        return []
    if quotes is None:
        quotes = quote_rows(raw, doc_id=doc_id, sentences=sentences, mentions=mentions, view=view)
    owners = frozenset({policy_owner}) if policy_owner else target_names(profile)
    refs = merge_refs([(*r, "mention") for r in actor_refs(mentions)],
                      open_refs(raw, doc_id=doc_id, sentences=sentences, mentions=mentions, view=view))
    refs = drop_described_origins(raw, refs)  # رجل الأعمال الباكستاني: not Pakistan
    refs = drop_official_names(refs, quotes)  # "Britain's ambassador Simon Manley": the United Kingdom
    refs += topic_places(mentions, profile)  # the topic's places: where unnamed officials belong
    refs.sort()
    ref_starts = [r[0] for r in refs]
    spans = quote_spans(quotes)
    speakers = speaker_spans(quotes)
    unheld = unheld_spans(quotes)  # "Reports said …": nobody's words, not the author's
    quoted = quotes_by_sentence(spans, sentences)
    hot = topical_quotes(spans, sentences, topical) + transcript_answers(quotes, sentences, topical)
    near = near_topic(list(topical))
    subject = sum(map(bool, topical)) >= SUBJECT_SENTENCES
    voice = author_voice(raw, genre=genre, view=view)
    rows: list[dict] = []
    carry: list[Holder] = []
    for index, sentence in enumerate(sentences):
        lo = bisect.bisect_left(ref_starts, sentence.start)
        hi = bisect.bisect_left(ref_starts, sentence.end)
        scope = Scope("topical" if topical[index] else "near" if near[index] else "off", owners, hot,
                      subject)
        found, carry = _sentence_rows(view, sentence, refs[lo:hi], quoted.get(index, []), carry,
                                      voice=voice, outlet=outlet, scope=scope, speakers=speakers,
                                      unheld=unheld)
        rows.extend(found)
    return finish_rows(rows, doc_id)


def _policy_word(view, owners) -> bool:
    """Whether the sentence names a word of the policy (grammar kind ``subject_policy``) that no other actor follows
    in its clause ("the detentions", «احتجاز مئات الآلاف»; not "the detentions of journalists in Belarus")."""
    for j in view.starts("subject_policy"):
        if not any(j < w <= j + _POLICY_REACH and view.clause(w) == view.clause(j) and a.actor not in owners
                   for a, w in zip(view.actors, view.first)):
            return True
    return False


def _sentence_rows(view, sentence, refs, quoted, carry, *, voice, outlet, scope, speakers=(), unheld=()):
    """Rows of one sentence, and the holders to carry over to the next."""
    if _URL_LOWER_CASE.match(sentence.text):
        return [], []
    raw, norm = view.raw, view.sentence_norm(sentence.start, sentence.end)
    urls = [m.span() for m in _URL_LOWER_CASE.finditer(norm.text)]
    cues = [c for c in match_cues(norm.text) if not any(a <= c.start < b for a, b in urls)]
    next_carry = [q.holder for q in quoted[-1:] if q.actor]
    if not cues or (scope.where == "off" and not may_bear(scope, sentence, cues)):
        if not next_carry and refs and scope.where != "off":  # "The embassy issued a statement. It said …"
            next_carry = partial(opening_actor, norm, sentence.start, refs, scope.owners)  # read when needed
        return [], next_carry  # no cue here can pass bears(): the rules below would give no row
    view, located, topic = sentence_view(norm, sentence.start, refs, scope.owners, cues)
    scope = tied_to_subject(scope, view)  # "The US imposed visa restrictions on Chinese officials over the detentions"
    names_target = any(r.actor in scope.owners for r in view.actors) or view.any_of("topic_anaphor") \
        or _policy_word(view, scope.owners)  # the region; "the detentions", «الاحتجاز» next to the topic
    goes = view.any_of("first_person") or view.any_of("continuation") or back_reference(view)
    addressees = addressed(view, scope.owners) if view.any_of("addressing") or view.any_of("informing") \
        else frozenset()
    carry = (carry() if goes or addressees else []) if callable(carry) else carry  # a cue-less sentence's opener
    previous = {h.actor for h in carry}  # the last speaker: "وأضاف …" goes on about the topic
    question = _QUESTION.search(sentence.text) is not None
    carried = carry if goes else []
    rows, heads, own_acts, scared = [], {}, set(), set()
    objects = accused(view)  # "تقارير تتهم بكين": the accused holds no critical cue of that clause
    states = {id(cue): polarity(view, cue) for cue in cues}
    naming = namers(view)  # "what X calls …": X holds the name it gives, nothing else by the frame
    for cue in cues:
        c_start, c_end = (sentence.start + x for x in norm.to_raw(cue.start, cue.end))
        if cue.category in REJECTING and any(states[id(c)][0] == "withheld" and c.pos == "attitude"
                                           and c.start > cue.start for c in cues):
            continue  # "denied that Jakarta had condemned China": a denial of one's own act takes no side
        if denies_nothing(view, cue) or declines_nothing(view, cue, topic, scope.owners):
            continue  # "denied that the minister had raised Xinjiang": nothing on the policy is denied
        if view.words and view.clause(view.word_at(cue.start)) in own_acts:
            continue  # "denied that it had deported any Uyghurs": what the denier denies doing
        if off_target(view, cue, topic) or aimed_elsewhere(view, cue, scope.owners) \
                or (cue.pos == "content" and any(a <= c_start and c_end <= b for a, b in speakers)):
            continue  # … or it describes a speaker: "خبراء في مكافحة الإرهاب", "counter-terrorism experts"
        state, _ = states[id(cue)]
        if state in ("hypothetical", "withheld") or question:
            continue  # a condition, a hedge or a question asserts nothing
        label = {"negated": cue.on_negation, "rejected": cue.on_rejection}.get(state, cue.label)
        pretext = pretext_reading(view, cue) if cue.label == "defends" else ""
        if pretext == "justify":
            continue  # "غطاء لتبريرها", "a cover to justify it": no justification of one's own
        if pretext == "claim":
            label = "critical"  # "counter-terrorism was a pretext for …": the claim is held at a distance
        if label == "defends" and state_claim(view, cue, scope.owners, rejected=state == "rejected"):
            label = "critical"  # "the charges against the Uyghur poet were baseless", «مزاعم الصين … أكاذيب»
        clause = view.words[view.word_at(cue.start)].clause if view.words else 0
        holders, source, target = find_holders(view, cue, c_start, quoted, carried, c_end)
        if source == "idle":
            continue
        distanced = False  # the author holds at a distance the name a namer gives ("what Beijing calls …")
        if naming and any(h.actor in naming for h in holders):
            if state == "rejected" and named_by(view, view.word_at(cue.start)) is not None:
                label = cue.label  # "what the government calls terrorism": the name is the namer's own framing
                distanced = voice and author_asserts(view, cue, names_target, located)
                state = ""  # asserted by the namer; the author's distance is the negated row below
            else:  # "what Beijing calls poverty alleviation is forced labour": the namer holds nothing else
                holders = [h for h in holders if h.actor not in naming]
                source = source if holders else ""
        own = own_act_clause(view, cue) if cue.category in REJECTING and view.any_of("own_act") else None
        if own is not None and holders and not any(h.actor in scope.owners for h in holders):
            own_acts.add(own)  # a third state denying its own act (deportations, votes) takes no side
            continue
        if source == "quote" and others_accusation(
                sentence.text, cue, c_start - sentence.start, quoted, sentence.start,
                rebutted=any(c.label == "defends" and c.start > cue.start for c in cues)) \
                and not accuser(view, cue) and not any(h.actor in scope.owners for h in holders):
            continue  # "… said Western accusations over Xinjiang were an attempt to interfere": not the speaker's
        if label == "defends" and source == "quote" and holders and claimed(view, cue) \
                and not any(h.actor in scope.owners for h in holders):
            label = "critical"  # "Rights groups said China claims workers are treated well": told as a claim
        if addressees and label == "critical" and holders and all(h.actor in addressees for h in holders):
            said = [q.holder for q in quoted if q.start <= c_start < q.end and q.actor]  # "أكد … أن الحكومة أبلغت بكين"
            holders, source, target = (list(carry), "carried", "") if carry else \
                (said[-1:], "quote", "") if said else ([], "", "")  # "وحثت بكين على …"
        if state == "received" and source != "report":
            continue  # criticism its subject faces is only held by whom it comes from (من، from, by)
        evaluative = cue.category == EVALUATIVE and source != "quote" and not reported(view, clause)
        # the narrator's own wording ("إجراءاتها القمعية", "بحسب زعمها") … or "I think …" in an essay
        if evaluative or (voice and author_turn(view, cue, holders, source)):
            holders, source, target = [], "", ""
        elif not holders and cue.pos == "content" and clause in heads:
            holders, source, target = heads[clause]  # "وترفض بكين الاتهامات بانتهاك …"
        elif holders and cue.pos == "attitude" and source != "quote":
            heads[clause] = (holders, source, target)
        goes_on = (source == "carried" or any(h.actor in previous for h in holders)
                   or (source == "quote" and bool(holders[0].actor)))
        authors = voice and not holders and (view.any_of("author_first_person") or view.any_of("first_person")
                                             or cue.category == "disinformation")  # "what Western media paint …"
        replies = scope.subject and label == "defends" and cue.category in _REPLIES \
            and any(h.actor in scope.owners for h in holders)  # the owner answering its critics, in a topical text
        if not bears(scope, c_start, goes_on or names_target or authors, cue.label) and not replies:  # "we argue"
            continue
        if (not holders and (voice or evaluative) and label != "declined"
                and not (cue.category == "accusation" and label == "critical")  # naming others' accusations
                and not any(a <= c_start < b for a, b in unheld)
                and author_asserts(view, cue, names_target, located)):
            holders, source = [Holder(AUTHOR, outlet, "", "author")], "author"
            if not state and scare_quoted(view.text, cue):  # the author's campaign against "extremism"
                label = cue.on_rejection
        accusers = accuser(view, cue)
        if accusers:  # "نفت الصين اتهامات X": X made the accusation, it does not reject it
            holders = [h for h in holders if h.actor not in {a.actor for a in accusers}]
        if label == "critical":
            holders = [h for h in holders if (h.actor, clause) not in objects]
            if cue.category == REPORTED_HARM:  # the police reporting an arrest takes no position
                holders = [h for h in holders if h.actor not in scope.owners]
        found_rows = [(found, bool(state)) for found in stance_of(holders, accusers, label, source, scope.owners)]
        if distanced:
            found_rows += [(found, True) for found in stance_of([Holder(AUTHOR, outlet, "", "author")], [],
                                                                cue.on_rejection, "author", scope.owners)]
        if label == "defends" and cue.pos == "content" and scare_quoted(view.text, cue):
            scared.update(range(len(rows), len(rows) + len(found_rows)))  # a critic's 'poverty alleviation'
        for (actor, speaker, entity, stance, how, origin, found), negated in found_rows:
            rows.append({"actor": actor, "speaker": speaker, "stance": stance,
                         "evidence": sentence.text, "start": sentence.start, "end": sentence.end,
                         "actor_entity_id": entity, "cue": raw[c_start:c_end], "cue_start": c_start,
                         "cue_end": c_end, "label_source": how, "negated": negated,
                         "target": target if target != actor else "", "category": cue.category,
                         "strength": cue.strength, "rule": rule_of(cue.category, found),
                         "confidence": confidence_of(source=found, origin=origin, pos=cue.pos,
                                                     strength=cue.strength)})
        if holders and source != "author":
            next_carry = holders
    next_carry = next_carry or (opening_subject(view) if scope.where != "off" else [])  # "It said …" next
    if scared:  # a defending frame in scare quotes, held by one critical in the same sentence: held at a distance
        critics = {r["actor"] for r in rows if r["stance"] == "critical"} - set(scope.owners)
        rows = [r for i, r in enumerate(rows)
                if not (i in scared and r["stance"] == "defends" and r["actor"] in critics)]
    if voice and rows and view.any_of("agreement"):  # "…, and I agree": the author holds them too
        rows += agreed_rows(rows, outlet)
    return rows, next_carry
