"""What a stance cue is aimed at: the accuser of a rejected accusation, and off-target objects.

Accusers: the actor named right after an accusation or criticism noun
("اتهامات منظمات حقوقية", "مزاعم من قبل X", "allegations by X") made the
accusation (:func:`accuser`), so when the sentence's subject rejects it
("نفت الصين اتهامات X"), the subject defends and X is critical.

Off-target objects: a condemnation or call whose object is an attack or its
perpetrators ("أدان الهجوم", "condemned the bombing", "محاسبة مرتكبيه") is
not a position on the policy (:func:`off_target`).  Both word lists are
kinds of ``data/stance/grammar.tsv`` (``accusation_noun``,
``off_target_object``).
"""

from __future__ import annotations

from helpers.extract.stance.attribution import (
    _after_marker,
    _agent_list,
    _chain,
    _document,
    _eligible,
    attribute,
    names_accusation,
)
from helpers.extract.stance.fields import OBJECT_WINDOW, about_else
from helpers.extract.stance.lexicon import CueMatch
from helpers.extract.stance.sentence import ActorRef, SentenceView
from helpers.text.affixes import affixes

__all__ = ["accuser", "accused", "object_of", "aimed_elsewhere", "off_target", "author_turn",
           "author_asserts"]

#: Words after an accusation verb in which its object (the accused) is named.
_ACCUSED_WINDOW = 2
#: Cue categories whose object is the one they are aimed at.
_AIMED = frozenset({"accusation", "criticism", "condemnation"})
#: "from" before who a criticism comes from (من، from): data/text/affixes.tsv.
_FROM = affixes("source_from")
#: Cue categories of weak judgement words that say nothing about the policy by themselves (brutal, shameful).
_WEAK_JUDGEMENT = frozenset({"judgement", "evaluative", "benefit_report", "harm_report"})


def accused(view: SentenceView) -> frozenset[tuple[str, int]]:
    """The actors a sentence accuses: named right after a critical attitude verb held by someone else.

    "تقارير تتهم بكين …", "Amnesty accused China of …", "بيان يتهم الصين": the
    actor after the verb is its object, so it can hold none of the critical cues
    of that clause (not even as a "defence"); in a clause of its own it acts
    for itself ("The EU sanctioned officials in Xinjiang; Beijing retaliated
    with reciprocal sanctions").  A verb that opens its clause with the actor
    after it ("وتتهم الصين الولايات المتحدة") has that actor as subject unless a
    document noun is the subject.

    Args:
        view: the sentence.

    Returns:
        ``(actor name, clause)`` of each accused actor and the clause of the verb accusing it.
    """
    found = ((object_of(view, cue), view.clause(view.word_at(cue.start))) for cue in view.cues if view.words)
    return frozenset((actor, clause) for actor, clause in found if actor)


def object_of(view: SentenceView, cue: CueMatch) -> str:
    """The actor a critical attitude cue is aimed at: named right after it, held by someone else.

    "Amnesty accused China of …" → China; "Russia accused Western countries of
    hypocrisy" → Western countries (then the cue is not a position on the
    policy at all: :func:`aimed_elsewhere`).

    Args:
        view: the sentence.
        cue: one of its cues.

    Returns:
        The object's actor name, or "".
    """
    if cue.pos != "attitude" or cue.label != "critical" or not view.words:
        return ""
    i, last = view.word_at(cue.start), view.word_at(cue.end - 1)
    objects = [a for k, (a, w) in enumerate(zip(view.actors, view.first))
               if last < w <= last + _ACCUSED_WINDOW and view.clause(w) == view.clause(i)
               and (_eligible(view, k) or w == last + 1)]  # "غضبا من النشطاء": a source
    if not objects:
        return ""
    holders = {h.actor for h in attribute(view, cue).holders}
    objects = [a for a in objects if a.actor not in holders]  # «واتهمت روسيا الدول الغربية»: VSO, the subject first
    if not objects:
        return ""
    return objects[0].actor if _document(view, i) is not None or holders else ""


def aimed_elsewhere(view: SentenceView, cue: CueMatch, owners) -> bool:
    """Whether an accusation, criticism or condemnation is aimed at an actor other than the
    policy owner ("Russia accused Western countries of hypocrisy over Xinjiang": an attack on the
    critics, whose defence the sentence's other words carry, not a criticism of the policy).

    Args:
        view: the sentence.
        cue: one of its cues.
        owners: the policy owner's actor names.

    Returns:
        True when the cue names another actor as its object.
    """
    if cue.category not in _AIMED:
        return False
    target = object_of(view, cue)
    return bool(target) and target not in owners


def accuser(view: SentenceView, cue: CueMatch) -> list[ActorRef]:
    """The actors who made an accusation that the cue names ("اتهامات X", "rejected claims by X").

    Args:
        view: the sentence.
        cue: a cue ending in an accusation or criticism noun (``accusation_noun``
            in the grammar: اتهامات، انتقادات، allegations, criticism), alone or
            inside a rejection ("رفضت … الاتهامات", "dismissed criticism");
            other cues, verbs included, have no accuser.

    Returns:
        The actor right after the noun (a genitive) or after an agent / from
        marker within two words ("made by X", "from X"), or an English
        possessive before it ("Amnesty's accusations"), with the actors joined
        to it; else ``[]``.
    """
    if not view.words:
        return []
    after = view.word_at(cue.end - 1) + 1
    if not names_accusation(view, cue, after):
        return []  # a verb: "انتقدت الصين …" names its subject next, not an accuser ("rejected a report by X": X)
    possessive = [k for k, a in enumerate(view.actors) if cue.start < a.start and a.end < cue.end
                  and view.text[a.end:a.end + 2] in ("'s", "’s")]
    if possessive:
        return [view.actors[k] for k in _chain(view, possessive[0])]
    if after >= len(view.words) or view.clause(after) != view.clause(after - 1):
        return []
    genitive = [k for k, w in enumerate(view.first) if w == after and not view.actors[k].clitic
                and view.actors[k].start >= cue.end]
    found = _chain(view, genitive[0]) if genitive else _after_marker(view, after, after + 2, "agent")
    for j in (after, after + 1):
        if not found and j < len(view.words) and view.words[j].text in _FROM:
            found = _agent_list(view, j)
    return [view.actors[k] for k in found]


#: Cue categories that charge someone: a silence cue after one in its clause is the charge, not a refusal.
_CHARGES = frozenset({"accusation", "criticism", "condemnation"})


def off_target(view: SentenceView, cue: CueMatch, topic=()) -> bool:
    """Whether a cue is aimed at something other than the policy.

    True when the cue, or a condemnation earlier in its sentence, has an ``off_target_object`` (هجوم، تفجير،
    attack, perpetrators …) within :data:`OBJECT_WINDOW` words after it; or when it is about another region or
    cause, a field, a law's name or another sanctions regime (:mod:`helpers.extract.stance.fields`); a silence
    cue after an accusation in its clause (accused X of turning a blind eye) is what X is accused of.

    Args:
        view: the sentence.
        cue: one of its cues.
        topic: normalised spans of the topic's names in the sentence (Xinjiang, Uyghurs …).

    Returns:
        True when the cue should give no stance row.
    """
    if not view.words:
        return False
    first = view.word_at(cue.start)
    if cue.label == "declined":  # "accused VW of turning a blind eye": the silence is what X is accused of
        return any(other.category in _CHARGES and other.end <= cue.start
                   and view.clause(view.word_at(other.start)) == view.clause(first) for other in view.cues)
    if about_else(view, cue, topic):
        return True
    if cue.label != "critical":
        return False
    for other in view.cues:
        if other.start > cue.start or (other is not cue and other.category != "condemnation") \
                or (other is cue and cue.pos == "content"):
            continue  # "condemned the attack" is off the policy; "the imprisonment … was an attack on" is not
        after = view.word_at(other.end - 1) + 1
        if any(view.has(j, "off_target_object") for j in range(after, min(after + OBJECT_WINDOW, len(view.words)))):
            return True
    return False


def author_turn(view: SentenceView, cue: CueMatch, holders, source: str) -> bool:
    """Whether the author takes the word between a holder and a cue ("Critics call it genocide; I think
    the word is misused, but …", "وأرى أن …"): in an authored text the cue is then the author's.

    Args:
        view: the sentence.
        cue: one of its cues.
        holders: the holders found for it (``(actor, …)`` tuples).
        source: how they were found (only ``subject`` and ``carried`` holders and a quote of nobody named
            give way).

    Returns:
        True when an ``author_first_person`` word stands after the holders' names and before the cue.
    """
    unnamed = source == "quote" and not any(h.actor for h in holders)  # "Drawing on …, we argue that …"
    if (source not in ("subject", "carried") and not unnamed) or not view.words:
        return False
    first = view.word_at(cue.start)
    names = {h.actor for h in holders}
    held = [a.end for a in view.actors if a.actor in names]
    after = max(held) if held and source == "subject" else -1
    return any(j < first and view.words[j].start >= after for j in view.starts("author_first_person"))


def author_asserts(view: SentenceView, cue: CueMatch, names_target: bool = True, refs=()) -> bool:
    """Whether the author asserts a cue that nobody in the text holds: not after hearsay ("it is alleged that",
    "يقال إن"), not in a sentence that states a condition ("if the reports are true, it would be …", "Should …",
    "لو ثبت …"), not after a hedge in its clause ("Perhaps … will one day bring prosperity", "ربما …"), unless the
    author takes the word in between ("Some say X; I think Y", "أما أنا فأرى"); and a weak judgement word
    (brutal, shameful, مخز) or a weak report of conditions (crowded bazaars) only where the author speaks as a
    witness ("I saw", رأيت بعيني) or the sentence names the policy's owner, its people, one of its
    nouns (``policy_noun``: camps, detention, المعسكرات) or holds another cue ("I call the camps a disgrace"), not
    only a place ("the deserts of Xinjiang are a brutal place").

    Args:
        view: the sentence.
        cue: one of its cues.
        names_target: whether the sentence names the policy's owner (China, Beijing, the authorities).
        refs: the sentence's refs (:class:`ActorRef`, ``origin`` core for the topic's people).

    Returns:
        False when the cue is only reported, supposed or hedged, or a weak word about something else.
    """
    if cue.strength <= 1 and cue.category in _WEAK_JUDGEMENT and not names_target \
            and not any(r.origin == "core" for r in refs) and not view.any_of("author_first_person") \
            and not view.any_of("policy_noun") and not any(c.category not in _WEAK_JUDGEMENT for c in view.cues):
        return False  # alone in its sentence with a place: "a brutal place", "غياب مخز للرقابة"
    if not view.words:
        return True
    first = view.word_at(cue.start)
    own = [j for j in view.starts("author_first_person") if j < first]
    since = max(own) if own else -1  # the author's own "I think" starts afresh
    for j in view.starts("hearsay"):
        if since < j < first and not any(view.words[k].opener == "contrast" for k in range(j + 1, first)):
            return False
    if (view.has(0, "conditional_initial") and since < 0) or any(since < j < first for j in view.starts("conditional")):
        return False
    clause = view.clause(first)
    return not any(since < j < first and view.clause(j) == clause and not (j and view.has(j - 1, "object_marker"))
                   and not view.has(j + 1, "hedge_assertive") for j in view.starts("hypothetical"))

