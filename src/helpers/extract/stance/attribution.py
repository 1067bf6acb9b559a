"""Attribution of stance cues: whose stance a cue expresses, and its polarity.

Works on one sentence at a time, in normalised text (:class:`SentenceView`):
the sentence's words numbered by clause, its cue matches, and the actors
named in it (from the mentions table, already resolved to the state or
organisation they speak for).  The rules, in order:

1. **agent / according** — "انتقادات من X", "criticised by X", "وفق تعبير X":
   the actor right after the marker holds the cue (``report``).
2. **subject** — the cue's own subject (attitude cues: condemn, deny,
   decline, concern) or the subject of the speech/attitude verb governing it
   (content cues: "قالت X إن … مكافحة الإرهاب").  A subject is looked for
   before the word in its clause (SVO), then right after it (VSO: "وترفض
   بكين الاتهامات"), then in the earlier clauses of the sentence ("قالت X إن
   الحكومة تشعر بالقلق"), but not across a contrast ("…, while some
   countries ignore") unless the verb follows it at once ("ولكنها أعربت").
   An actor after a preposition (في بكين، إلى رويترز، of China) is never a
   subject; actors joined by و / and / commas hold the cue together
   ("ورفضت السفارات الأوروبية والبريطانية …"), a person in apposition names
   the speaker ("رئيس الأمم المتحدة أنطونيو جوتيريش"), and an actor named
   after the holders is the target ("تتهم دول غربية … الصين").  Members named
   after "including" (من بينها، بما فيها، such as) are subjects, not objects
   of a preposition.  When a document is the subject ("تقارير تتهم بكين", "a
   report accused China"), the actor that produced it holds the cue (one
   qualifying it, "تقارير أممية", or the nearest before it), else nobody.
3. Otherwise the cue has no holder in its sentence; :mod:`helpers.extract.stance.rows`
   may carry the previous speaker over ("نحن …", "وأضاف …") or give it to the author.

Accusers and off-target objects are in :mod:`helpers.extract.stance.objects`.

The sentence itself (:class:`SentenceView`, :class:`ActorRef`) and the
polarity of a cue (:func:`polarity`) are in
:mod:`helpers.extract.stance.sentence`.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpers.extract.stance.lexicon import CueMatch
from helpers.extract.stance.links import (  # noqa: F401
    _adjective,
    _chain,
    _document,
    _eligible,
    _members_after,
    _object_after_verb,
    _producer,
)
from helpers.extract.stance.parties import _counterpart, _object_of_relative
from helpers.extract.stance.polarity import REJECTING
from helpers.extract.stance.sentence import ActorRef, SentenceView
from helpers.text.affixes import affixes
from helpers.text.charsets import ARABIC_LETTER

__all__ = ["Attribution", "attribute", "names_accusation"]

_VSO_WINDOW = 3
#: Words before a speech verb in which an exhortation (should, it is time, آن الأوان) makes its subject the one asked.
_EXHORTATION_WINDOW = 4
_AGENT_WINDOW = 8
#: Words between من / from and the first actor of its list (عدد من، بعض).
_AGENT_START = 3
_CLAUSES_BACK = 3
#: Cue categories whose span names their object after their verb: the ambassador one summons is never a
#: subject ("استدعت السفير الصيني احتجاجا", "summoned the Chinese ambassador to protest").
_OBJECT_CUES = frozenset({"summons"})
#: Cue categories whose "من X" / "from X" names what the cue is about, not its holder ("قلق من X").
_ABOUT = frozenset({"concern"})
#: A definite word (ال، وال) and "from" before a source (من، from): data/text/affixes.tsv.
_DEFINITE, _FROM = affixes("definite_start"), affixes("source_from")

@dataclass(frozen=True)
class Attribution:
    """Who holds a cue, how that was decided, and whom it targets."""

    holders: tuple[ActorRef, ...]
    source: str  # subject | report | idle (a named group that does not speak: no row) | "" (unresolved)
    target: str = ""


def _in_clause(view: SentenceView, clause: int, lo: int = 0, hi: int | None = None) -> list[int]:
    """Eligible actors of a clause whose first word is in [lo, hi]."""
    hi = len(view.words) if hi is None else hi
    return [k for k, w in enumerate(view.first)
            if lo <= w <= hi and view.clause(w) == clause and _eligible(view, k) and not _summoned(view, k)]


def _summoned(view: SentenceView, k: int) -> bool:
    """Whether actor ``k`` is the envoy a summons cue summons ("استدعت … السفير الصيني", "summoned the Chinese
    ambassador"): a summoned_role word at the actor or before it (Arabic: السفير الصيني) or after it (English:
    Chinese ambassador), the role word inside the cue's span."""
    if not view.any_of("summoned_role"):
        return False
    i = view.first[k]
    roles = [view.words[j].start for j in ((i - 1, i) if ARABIC_LETTER.match(view.words[i].text) else (i, i + 1))
             if 0 <= j < len(view.words) and view.has(j, "summoned_role")]
    return any(c.category in _OBJECT_CUES and c.start < r < c.end for c in view.cues for r in roles)


def _subject(view: SentenceView, i: int) -> list[int]:
    """Actors holding word ``i``'s predicate: SVO before it, VSO after it, then earlier clauses."""
    clause = view.clause(i)
    document = _document(view, i)
    if document is not None:  # a report is the subject: its producer holds the cue, or nobody
        return _producer(view, document, i)
    if clause and view.words[i].opener and (view.has(i, "participle") or (
            i + 1 < len(view.words) and view.has(i + 1, "resumptive"))):
        # "، مطالبة بكين بإغلاق …"، ", urging …"، "، أشادت فيها بـ…" (a document's "in which")
        for main in range(clause):  # the main clause's subject; the noun after the participle is its object
            earlier = _in_clause(view, main)
            if earlier:
                return _chain(view, earlier[0])
        return []
    before = [k for k in _in_clause(view, clause, 0, i - 1) if not _inside_relative(view, k, i)]
    if len(before) > 1:  # "أبلغ وزير الخارجية البريطاني نظيره الصيني قلق بلاده": the counterpart is addressed
        before = [k for k in before if not _counterpart(view, k)] or before
    objects_of = [k for k in before if _object_of_relative(view, k, i)]
    if objects_of:  # "Beijing … sanctioned lawmakers and researchers it accused of …": "it" is the clause's subject
        return _chain(view, before[0]) if before[0] < objects_of[0] and before[0] not in _chain(view, objects_of[0]) \
            else []
    if before and view.has(i, "adverbial") and _adjective(view, before[-1]):  # "قاطعت تركيا المعرض الصيني احتجاجا
        return _chain(view, before[0])  # على …": the clause's subject protests, not the exhibition's adjective
    relative = [k for k in before if _before_relative(view, k)]
    if relative or before:
        return _chain(view, (relative or before)[-1])
    if any(j < i and view.clause(j) == clause for j in view.starts("speaker_self")):
        return []  # "قال الوزير إن بلاده تدعم موقف الصين": the speaker's own country, not China
    if ARABIC_LETTER.match(view.words[i].text):  # VSO: "وترفض بكين", "لم تستجب السفارات الإيرلندية"
        after = _in_clause(view, clause, i, i + _VSO_WINDOW) or _members_after(view, i)
        if after:
            return _chain(view, after[0])
        if _unnamed_subject(view, i):
            return []
    for previous in range(clause - 1, max(clause - 1 - _CLAUSES_BACK, -1), -1):
        opener = next(j for j, w in enumerate(view.words) if w.clause == previous + 1)
        if view.words[opener].opener == "contrast" and opener + 1 != i:
            break  # "…, while some countries ignore": a contrast clause has its own subject
        earlier = _in_clause(view, previous)
        if earlier:
            return _chain(view, earlier[0])
        if any(j < opener and view.clause(j) == previous for j in view.starts("governor")):
            break  # a speech verb with an unnamed subject ("قال السفراء"): do not guess further
    return []


def _unnamed_subject(view: SentenceView, i: int) -> bool:
    """A definite noun right after the verb that names no actor ("قال السفراء"), or a quantified subject within
    two words of it ("ولم تصدر أي دولة عربية تعليقا")."""
    j = i + 1
    if j >= len(view.words) or view.clause(j) != view.clause(i):
        return False
    if any(k < len(view.words) and view.clause(k) == view.clause(i) and view.has(k, "no_one") for k in (j, j + 1)):
        return True
    word = view.words[j]
    named = any(a.start <= word.start < a.end for a in view.actors)
    return not named and word.text.startswith(_DEFINITE) and len(word.text) > 4


def _inside_relative(view: SentenceView, k: int, i: int) -> bool:
    """Whether actor ``k`` is the subject of a relative clause that a copula closes before word ``i`` ("the camps,
    which Beijing calls schools, are prisons"): it holds its own clause's words, not the main predicate's."""
    w = view.first[k]
    if not any(view.has(j, "relative") or view.words[j].text == "that" for j in range(max(w - 2, 0), w)):
        return False
    return any(view.has(j, "copula") for j in range(view.word_at(view.actors[k].end - 1) + 1, i))


def _before_relative(view: SentenceView, k: int) -> bool:
    j = view.word_at(view.actors[k].end)
    return j < len(view.words) and view.words[j].start >= view.actors[k].end and view.has(j, "relative") > 0


def _after_marker(view: SentenceView, lo: int, hi: int, kind: str) -> list[int]:
    """Holders named right after an agent / according marker found in words [lo, hi)."""
    for j in view.starts(kind):  # the words in [lo, hi) where a marker starts
        if j < lo:
            continue
        if j >= hi:
            break
        size = view.has(j, kind)
        if size:
            following = [k for k, w in enumerate(view.first) if j + size <= w <= j + size + 2]
            if following:
                return _chain(view, following[0])
    return []


def _agent_list(view: SentenceView, j: int) -> list[int]:
    """Actors in a list after "من" (غضبا من النشطاء … والأمم المتحدة); the list starts within a
    few words of من ("موقف بكين من شينجيانغ في الأمم المتحدة": من is "on", the UN is a place)."""
    found = [k for k, w in enumerate(view.first)
             if j < w <= j + _AGENT_WINDOW and view.clause(w) == view.clause(j)]
    if not found or view.first[found[0]] > j + _AGENT_START \
            or any(view.has(x, "object_marker") == 1 for x in range(j + 1, view.first[found[0]])):
        return []  # "… من شينجيانغ في الأمم المتحدة": the UN is where, not who
    return _chain(view, found[0])


def _governor(view: SentenceView, i: int) -> int | None:
    """The nearest speech or attitude verb before word ``i`` (not inside a name), unless it is the verb of a
    relative clause that a copula closes before ``i`` ("the camps, which Beijing calls schools, are prisons")."""
    for j in reversed(view.starts("governor")):
        if j < i and not any(a.start <= view.words[j].start < a.end for a in view.actors):
            relative = any(view.has(r, "relative") or view.words[r].text == "that" for r in range(max(j - 3, 0), j))
            if relative and any(view.has(c, "copula") for c in range(j + 1, i)):
                return None
            return j
    return None


def _target(view: SentenceView, holders: list[int], i: int) -> str:
    """The first other actor named after the holders in word ``i``'s clause."""
    names = {view.actors[h].actor for h in holders}
    for k in range(max(holders) + 1, len(view.actors)):
        if view.first[k] >= i and view.clause(view.first[k]) == view.clause(i) \
                and view.actors[k].actor not in names:
            return view.actors[k].actor
    return ""


def attribute(view: SentenceView, cue: CueMatch) -> Attribution:
    """Find the actors holding one cue of a sentence.

    Args:
        view: the sentence.
        cue: one of its cue matches.

    Returns:
        An :class:`Attribution`; ``holders`` is empty when the sentence does
        not name the holder.
    """
    if not view.words or not view.actors:
        return Attribution((), "")
    named = [k for k, a in enumerate(view.actors) if a.start <= cue.start < a.end]
    if named and cue.pos == "attitude":  # the cue names its holder: "المنتقدون", "critics"
        if not any(view.clause(j) == view.clause(view.first[named[0]]) for j in view.starts("governor")):
            return Attribution((), "idle")  # "what the critics cannot forgive": named, not speaking
        return Attribution(tuple(view.actors[k] for k in _chain(view, named[0])), "subject")
    inner = [k for k, a in enumerate(view.actors) if cue.start < a.start and a.end <= cue.end]
    if inner and cue.pos == "attitude" and cue.category == "rejection" \
            and not _object_after_verb(view, cue):  # "…, a charge Beijing denies"
        return Attribution(tuple(view.actors[k] for k in _chain(view, inner[0])), "subject")
    i, after = view.word_at(cue.start), view.word_at(cue.end - 1) + 1
    if cue.label == "defends" and names_accusation(view, cue, after):
        return _subject_of(view, cue, i)  # "dismissed criticism from X", "a report by X": X accuses, not holds
    # "criticism from X", "accusations levelled by X"; a claim's agent comes right after it ("an information war
    # waged by Washington": who wages it, not who says it)
    holders = _after_marker(view, after, after + (1 if cue_at(view, after) or cue.pos == "content" else 2), "agent")
    sourced = cue.category not in _ABOUT  # "قلق من X" is a concern about X, not X's
    for j in (after, after + 1) if sourced else ():  # "انتقادات من X", "موجات نقد واسعة من X"
        if not holders and cue.pos == "attitude" and j < len(view.words) \
                and view.words[j].text in _FROM and view.clause(j) == view.clause(i) \
                and not (j > 0 and view.has(j - 1, "quantifier")):  # "على عدد من المسؤولين": partitive
            holders = _agent_list(view, j)
    holders = holders or _after_marker(view, after, after + 4, "according")
    if holders:
        return Attribution(tuple(view.actors[k] for k in holders), "report")
    return _subject_of(view, cue, i)


def _subject_of(view: SentenceView, cue: CueMatch, i: int) -> Attribution:
    """The cue's own subject (attitude cues), else its governing verb's, else an "according to" before it."""
    anchors = [i] if cue.pos == "attitude" else []
    governor = _governor(view, i)
    if governor is not None and not any(view.has(j, "exhortation")
                                        for j in range(max(governor - _EXHORTATION_WINDOW, 0), governor)):
        anchors.append(governor)  # "it is time the West admitted that …": the West is asked, it does not say it
    for anchor in anchors:
        found = _subject(view, anchor)
        if found:
            holders = found + _endorsers(view, found)
            return Attribution(tuple(view.actors[k] for k in holders), "subject", _target(view, found, i))
    holders = _after_marker(view, 0, i, "according")
    return Attribution(tuple(view.actors[k] for k in holders), "report" if holders else "")


def _endorsers(view: SentenceView, found: list[int]) -> list[int]:
    """Who welcomes the act the holders do: "X welcomed Y's decision to impose sanctions", «رحب X بتصويت Y لصالح
    فرض عقوبات» — the subject of an endorser verb before the holders, in their clause.

    Args:
        view: the sentence.
        found: the actors holding a cue (indices into ``view.actors``).

    Returns:
        The endorsing actors (indices), none when no endorser verb comes before the holders in their clause.
    """
    first = min(view.first[k] for k in found)
    verbs = [j for j in view.starts("endorser") if j < first and view.clause(j) == view.clause(first)]
    if not verbs or cue_at(view, verbs[-1]):
        return []  # "welcomed China's efforts" is a cue of its own
    return [k for k in _subject(view, verbs[-1]) if k not in found and view.first[k] < first]


def names_accusation(view: SentenceView, cue: CueMatch, after: int) -> bool:
    """Whether a cue ends in what somebody else said against the policy: an accusation noun (اتهامات،
    criticism), or, for a rejection, a document noun ("dismissed a report by X": X made it).

    Args:
        view: the sentence.
        cue: one of its cues.
        after: the index of the word right after the cue.

    Returns:
        True when the cue's last word is such a noun.
    """
    return bool(view.has(after - 1, "accusation_noun")) or (
        cue.category in REJECTING and bool(view.has(after - 1, "document_noun")))


def cue_at(view: SentenceView, j: int) -> bool:
    """Whether word ``j`` starts another cue (its agent, "allegations by X", is that cue's)."""
    return j < len(view.words) and any(c.start == view.words[j].start for c in view.cues)
