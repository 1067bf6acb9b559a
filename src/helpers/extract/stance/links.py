"""How the actors of a sentence link up: who can be a subject, coordination, and document subjects.

Part of :mod:`helpers.extract.stance.attribution`: an actor after a
preposition is never a subject (:func:`_eligible`); actors joined by و / and /
commas, in apposition or named after "including" form one chain of holders
(:func:`_chain`); a document noun as a subject ("تقارير تتهم بكين", "the
statement criticising …") gives the cue to the actor that produced it, unless
that actor's own verb is negated (:func:`_document`, :func:`_producer`).  Across sentences: the policy
owner a call is addressed to ("وحثت بكين على …") holds none of it (:func:`addressed`), and a sentence
without cues hands on the actor it opens with (:func:`opening_subject`).
"""

from __future__ import annotations

import re

from helpers.extract.stance.parties import _glued_head
from helpers.extract.stance.sentence import Holder, SentenceView
from helpers.text.affixes import affix_alternation, affixes
from helpers.text.charsets import ARABIC_LETTER

_VSO_WINDOW = 3
#: How many words (a verb and a document: "read a joint statement") may stand before "on behalf of".
_DOCUMENT_WORDS = 4
#: How many words may stand between a possessive producer and its document ("X's annual human rights report").
_POSSESSED_WORDS = 4
#: Prepositions glued to a name (ب ل ك) and the partitive (من، of): data/text/affixes.tsv.
_GLUED, _PARTITIVE = affixes("glued_preposition"), affixes("partitive")
#: The English possessive ending (normalised text keeps the apostrophe): China's treatment.
_POSSESSIVE = ("'s", "’s")
#: A definite word's start (ال، وال) and an adjective of origin's endings (ي، ية، يه): data/text/affixes.tsv.
_DEFINITE_START, _NISBA_END = affixes("definite_start"), affixes("nisba_end")
#: "Canada, the United Kingdom and the EU": what joins two actors of one list.
_JOINER = re.compile(rf"^\s*(?:,\s*)?(?:(?:{affix_alternation('actor_joiner')})\s*)?(?:the\s*)?$")


def _owns_policy(view: SentenceView, actor, i: int) -> bool:
    """Whether the actor whose first word is ``i`` is the genitive of a policy noun: right after it in
    Arabic (سياسة الصين، معاملة بكين), before it with 's in English (China's treatment)."""
    if i > 0 and view.words[i - 1].clause == view.words[i].clause and view.has(i - 1, "policy_noun") == 1 \
            and view.words[i - 1].end <= actor.start:
        return True
    last = view.word_at(actor.end - 1)
    return view.words[last].text.endswith(_POSSESSIVE) and last + 1 < len(view.words) \
        and view.has(last + 1, "policy_noun") > 0


def _eligible(view: SentenceView, k: int) -> bool:
    """False when actor ``k`` follows a preposition or owns a policy noun (so it cannot be a subject).

    A partitive من / of after a quantity (عدد من الدبلوماسيين) does not count. The owner of a policy
    noun is its genitive ("معاملة الصين", "China's treatment"): what is said about the treatment is not
    China's to hold.
    """
    actor, i = view.actors[k], view.first[k]
    word = view.words[i]
    if _owns_policy(view, actor, i):
        return False
    glued = actor.clitic or (view.text[word.start:actor.start] if word.start < actor.start else "")
    if any(c in glued for c in _GLUED):
        return False  # ببكين، للصين، لأمم المتحدة
    if _after_inclusion(view, i):
        return True  # "منظمات، من بينها العفو الدولية": a named member, not an object
    if any(view.has(j, "no_one") == i - j for j in range(max(i - 3, 0), i)):
        return False  # "No Arab state has commented", "أي دولة عربية": nobody in particular
    j, head = i - 1, 0
    while j >= 0 and view.clause(j) == word.clause:
        if view.has(j, "determiner"):
            j -= 1
            continue
        if view.has(j, "object_marker") == 1 and not _opening_verb(view, j):
            partitive = view.words[j].text in _PARTITIVE and any(
                q >= 0 and view.has(q, "quantifier") for q in (j - 1, j - 2))  # عدد آخر من
            return partitive
        if head:  # one head noun may sit in between: مع السلطات الصينية، إلى لجنة الأمم المتحدة
            return True
        if _glued_head(view.words[j].text):
            return False  # "ضمانات الاستثمار لشركة فولكسفاغن": a company named after a glued preposition
        head, j = 1, j - 1
    return True


def _opening_verb(view: SentenceView, j: int) -> bool:
    """Whether word ``j``, a preposition that is also a speech verb once its vowels are gone (عبر: "via" or عبّر
    "expressed"), opens its clause: "عبّر شيخ الأزهر عن قلقه" (the verb; its subject follows)."""
    return view.has(j, "governor") > 0 and (j == 0 or view.words[j - 1].clause != view.words[j].clause)


def _after_inclusion(view: SentenceView, i: int) -> bool:
    """Whether an "including" phrase (بما فيها، من بينها، such as) ends right before word ``i``."""
    return any(view.has(j, "inclusion") == i - j for j in range(max(i - 3, 0), i))


def _members_after(view: SentenceView, i: int) -> list[int]:
    """VSO with an unnamed group and its members: "انتقدت منظمات دولية ومنها X" (X is a subject)."""
    for j in range(i + 1, min(i + 1 + _VSO_WINDOW, len(view.words))):
        size = view.has(j, "inclusion")
        if size and view.clause(j) == view.clause(i):
            return [k for k, w in enumerate(view.first) if w == j + size]
    return []


def _document(view: SentenceView, i: int) -> int | None:
    """The document noun that is the subject of the verb at word ``i`` ("تقارير تتهم بكين",
    "a report that accused China", "the report, which described", «تقرير منظمة العفو، الذي وصف», VSO
    "وتنتقد تقارير دولية الصين"), or None."""
    clause = view.clause(i)
    for j in range(i - 1, max(i - 3, -1), -1):
        relative = view.has(j + 1, "relative") or view.words[j + 1].text in ("that", "which")
        if view.clause(j) != clause and not (j + 1 < i and relative):
            break  # "the report, which described …": a relative clause after a comma still has the report
        named = next((a for a in view.actors if a.start <= view.words[j].start < a.end), None)
        if named is not None:  # «تقرير منظمة العفو الدولية، الذي وصف»: the report before its producer's name
            k = view.word_at(named.start) - 1
            return k if relative and k >= 0 and view.has(k, "document_noun") else None
        if view.has(j, "document_noun"):
            return j
        if not view.has(j, "relative") and view.words[j].text not in ("that", "which"):
            break
    j = i + 1
    if ARABIC_LETTER.match(view.words[i].text) and j < len(view.words) and view.clause(j) == clause \
            and view.has(j, "document_noun"):
        return j
    return None


def _producer(view: SentenceView, j: int, i: int) -> list[int]:
    """The actors that produced document noun ``j`` (subject of the verb at word ``i``), or [].

    An actor qualifying the noun comes first ("تقارير أممية", "a report by Amnesty"), then the
    nearest eligible actor before it ("أصدرت العفو الدولية تقريرا").
    """
    lo, reach = min(i, j), (i - 1 if j < i else j + 1)  # VSO: the object follows, only an adjective counts
    own = [k for k, w in enumerate(view.first)
           if j < w <= min(j + 2, reach) and view.clause(w) == view.clause(j)]
    own = own or _possessor(view, j)  # "the US State Department's annual human rights report"
    if own:
        return _chain(view, own[0])
    before = [k for k, w in enumerate(view.first) if w < lo and _eligible(view, k)]
    if not before:
        return []
    clause = view.clause(view.first[before[-1]])
    if any(view.clause(x) == clause and view.has(x, "negator") and not view.has(x, "not_negation")
           for x in range(j)):
        return []  # "لم تنضم إندونيسيا إلى البيان الذي ينتقد …": it did not join the statement
    return _chain(view, before[-1])


def _possessor(view: SentenceView, j: int) -> list[int]:
    """An actor in the English possessive a few words before document noun ``j``, in its clause ("the State
    Department's annual human rights report"): the document's producer, even after a preposition."""
    for k, actor in enumerate(view.actors):
        last = view.word_at(actor.end - 1)
        if last < j <= last + _POSSESSED_WORDS and view.words[last].text.endswith(_POSSESSIVE) \
                and view.clause(last) == view.clause(j):
            return [k]
    return []


def _link(view: SentenceView, k: int) -> str:
    """How actor ``k + 1`` follows actor ``k``: ``and`` (و، and, a comma, together with), ``apposition``,
    ``including`` (جماعات … بما فيها X) or ""."""
    here, nxt = view.actors[k], view.actors[k + 1]
    gap = view.text[here.end:nxt.start]
    if bool(_JOINER.match(gap)) and bool(gap.strip() or nxt.conj):
        return "and"
    if not gap.strip() and nxt.actor == here.actor:
        return "apposition"
    inner = [i for i, w in enumerate(view.words) if here.end <= w.start and w.end <= nxt.start]
    if inner and view.has(inner[0], "inclusion") == len(inner):
        return "including"
    inner = [i for i in inner if not view.has(i, "determiner")]  # "Canada joined the US in imposing …"
    cut = next((t for t in range(len(inner)) if view.has(inner[t], "approximation") == len(inner) - t), len(inner))
    inner = inner[:cut]  # "on behalf of more than 40 countries": the approximation belongs to the number
    if inner and view.has(inner[0], "joint") == len(inner):
        return "and"  # "كندا، بالتزامن مع الاتحاد الأوروبي": both hold the act
    read = [t for t in range(1, min(len(inner), _DOCUMENT_WORDS + 1)) if view.has(inner[t], "joint") == len(inner) - t]
    if read and any(view.has(x, "document_noun") for x in inner[:read[0]]):
        return "and"  # "Pakistan read a joint statement on behalf of 65 countries": they hold it too
    if read and "," in view.text[here.end:view.words[inner[read[0]]].start]:
        return "and"  # "Pakistan's envoy, speaking on behalf of 70 countries, said": an apposed joint phrase
    return ""


def _chain(view: SentenceView, k: int) -> list[int]:
    """Actor ``k`` and the actors joined to it by conjunctions or apposition.

    The chain starts at the first actor of a coordination that ``k`` belongs
    to; a group followed by "including" named members (جماعات حقوقية بما فيها
    العفو الدولية وهيومن رايتس ووتش) gives way to its members.
    """
    while k > 0 and _link(view, k - 1):
        k -= 1
    chain, last = [k], k
    while last + 1 < len(view.actors):
        link = _link(view, last)
        if not link:
            break
        if link == "including":
            chain = []
        last += 1
        chain.append(last)
    return chain


def addressed(view: SentenceView, owners) -> frozenset[str]:
    """The policy's owners a sentence addresses a call to ("حثت بكين على …", "ودعت سفيرتها الصين إلى …",
    "urged China to …"): named within two words after an ``addressing`` verb and followed by an
    ``addressee_marker`` (على، إلى، to, on); or named right after an ``informing`` verb (أبلغت، told, informed)
    whose subject is named before it ("الحكومة أبلغت بكين قلقها").

    Args:
        view: the sentence.
        owners: the target actors (China).

    Returns:
        Their names; they hold none of the sentence's critical cues.
    """
    found = set()
    for j in view.starts("informing"):  # "أبلغت بكين قلقها", "told Beijing of its concern": no marker needed
        end = j + view.has(j, "informing")
        found.update(a.actor for k, a in enumerate(view.actors) if a.actor in owners and view.first[k] == end
                     and view.clause(end) == view.clause(j) and any(view.first[m] < j for m in range(k)))
    for j in view.starts("addressing"):
        end = j + view.has(j, "addressing")
        for k, actor in enumerate(view.actors):
            first, after = view.first[k], view.word_at(actor.end)
            if actor.actor in owners and end <= first <= end + 1 and view.clause(first) == view.clause(j) \
                    and after < len(view.words) and view.words[after].start >= actor.end \
                    and view.has(after, "addressee_marker"):
                found.add(actor.actor)
    return frozenset(found)


#: Words before a sentence's opening subject ("وقالت الباحثة هدى …", "The Uyghur poet Abdulla Karim …").
_OPENING_WORDS = 4


def opening_subject(view) -> list[tuple]:
    """The actor a sentence opens with, as the holder the next sentence goes on with ("The Chinese embassy
    issued a statement. It said …", "طرحت أستراليا القضية. ودعت سفيرتها …") when it holds no cue itself.

    Args:
        view: the sentence (:class:`~helpers.extract.stance.sentence.SentenceView`).

    Returns:
        ``[(actor, speaker, entity_id, origin)]`` of the first actor within the first words that no
        preposition governs, or ``[]``.
    """
    for k, actor in enumerate(view.actors):
        if view.first[k] > _OPENING_WORDS:
            break
        if actor.actor and actor.origin not in ("body", "official") and _eligible(view, k):
            return [Holder(actor.actor, actor.speaker, actor.entity_id, actor.origin)]
    return []


def back_reference(view: SentenceView) -> bool:
    """Whether a sentence opens with a reference back (He …, It said, The report said, وقال التقرير، ودان
    النواب): it goes on with the previous sentence's holder.

    Args:
        view: the sentence.

    Returns:
        True when its first or second word starts a ``back_reference`` entry.
    """
    return bool(view.words) and (view.has(0, "back_reference") > 0
                                 or (len(view.words) > 1 and view.has(1, "back_reference") > 0))


def _adjective(view: SentenceView, k: int) -> bool:
    """Whether actor ``k`` is an Arabic adjective of origin after a noun (المعرض الصيني), not a name."""
    surface = view.text[view.actors[k].start:view.actors[k].end]
    return surface.startswith(_DEFINITE_START) and surface.endswith(_NISBA_END) and view.first[k] > 0


def _object_after_verb(view: SentenceView, cue) -> bool:
    """Whether a rejection cue opens with an English rejecting verb, so that an actor inside it is its object's
    ("dismissed the BBC report": the BBC's report, not the BBC dismissing); an Arabic verb first is followed by
    its subject (نفت الخارجية الصينية التقرير).

    Args:
        view: the sentence.
        cue: a rejection cue with an actor inside it.

    Returns:
        True when the cue's first word is a rejecter written in Latin letters.
    """
    first = view.word_at(cue.start)
    return bool(view.has(first, "rejecter")) and view.words[first].text.isascii()

