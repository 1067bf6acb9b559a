"""Claims a speaker holds at a distance, and acts that take no side.

- **Pretexts** (grammar kind ``pretext``): a defending claim that a pretext word follows in its clause
  ("counter-terrorism was a pretext for …", "used the threat of terrorism to justify …") is critical; a
  justification right after one ("غطاء لتبريرها") is none; a pretext phrase that names what follows it (grammar
  kind ``pretext_of``: "under the pretext of", «بذريعة») calls nothing before it a pretext, and the defending word
  right after it is none.
- **Others' accusations**: a critical accusation noun opening a quote ("… said Western accusations … were an
  attempt to interfere") is what others said, not the speaker's position.
- **Claims told as claims** (grammar kind ``claim_verb``): a defending claim right after "claims", "alleges",
  «تزعم», «تدعي» in the words of a speaker who does not own the policy ("Rights groups said China claims workers are
  treated well") is that speaker's doubt: critical.
- **The state's claims debunked** (grammar kinds ``claim_noun``, ``charge_noun``, ``against``, ``against_person``,
  ``charged_person``, ``official``, ``described_as``): a claim that a speaker calls false or rejects is the state's
  when the policy's owner owns it ("China's claims … are propaganda", «مزاعم الصين … أكاذيب», «الرواية الرسمية»)
  or when it is the charges brought against a person ("the charges against the Uyghur poet were baseless",
  «التهم الموجهة إلى الناشطة ملفقة»): the speaker is critical, not defending.
- **Denials of nothing on the topic**: a bare denial verb whose "that" clause holds no stance cue ("denied that the
  minister had raised Xinjiang") takes no side; nor does a refusal to say whether something is so when the question
  names nothing of the topic ("declined to say whether he would be disciplined").
- **Own acts** (grammar kind ``own_act``): the clause a denial governs when it is the denier's own act ("denied
  that it had deported any Uyghurs") takes no side unless the denier owns the policy.

:mod:`helpers.extract.stance.rows` applies them cue by cue.
"""

from __future__ import annotations

import re

from helpers.extract.quotes.open_actors import role_speaks_for
from helpers.text.charsets import ARABIC_LETTER

__all__ = ["claimed", "declines_nothing", "denies_nothing", "others_accusation", "own_act_clause", "pretext_reading",
           "state_claim"]

#: Cue categories of an accusation or criticism named as a noun (accusations, الاتهامات).
_ACCUSATIONS = frozenset({"accusation", "criticism"})
#: Cue categories of pressure named as a noun (sanctions, العقوبات): others' when a defending cue rebuts them.
_SANCTIONS = frozenset({"sanctions"})
#: Possessives that keep a quoted accusation the speaker's own ("its criticism").
_OWN = frozenset({"its", "their", "our", "his", "her", "my"})
_WORD = re.compile(r"\w+")
#: An English possessive right after a name, or after one lower-case word (its group 1).
_POSSESSIVE = re.compile(r"(?: ([a-z]+))?['’]s\b")
#: How many words after a defending claim a pretext word still calls it one ("… was a pretext for …").
_PRETEXT_WINDOW = 6
#: Cue categories of a defending claim about conditions in the region (what a claim verb can tell as a claim); a
#: negated critical claim ("claims no one is detained") is one too. Debunking, praise and rejection are not.
_CONDITIONS = frozenset({"benefit_report", "development", "counterterrorism", "vocational", "rights_respected",
                         "three_evils", "openness"})
#: How many words before a defending claim a claim verb still tells it as a claim ("claims that workers … are").
_CLAIM_WINDOW = 10
#: Cue categories that call a claim false or reject it (or an accusation cue so rejected).
_DEBUNKING = frozenset({"disinformation", "rejection", "denial", "accusation", "criticism"})
#: How many words after a charge noun its "against" may stand, and the accused after "against".
_AGAINST_WINDOW, _ACCUSED_WINDOW = 3, 4
#: How many words after the cue's end a rejected claim noun may stand ("dismissed as propaganda China's claims").
_CLAIM_AFTER = 4
#: How many words a possessive owner may stand before its claim noun ("China's official account").
_OWNER_BEFORE = 3
#: How many words an agent may stand after its claim noun ("claims made by Beijing").
_OWNER_AFTER = 3
#: How many words after a denial its "that it …" may start ("denied on Monday that it had …").
_OWN_ACT_WINDOW = 4


def pretext_reading(view, cue) -> str:
    """How a ``pretext`` word of the grammar bears on a defending cue.

    Args:
        view: the sentence.
        cue: a defending cue of it.

    Returns:
        ``claim`` when one follows the claim in its clause within six words ("counter-terrorism was a pretext
        for …", "used the threat of terrorism to justify …"), ``justify`` when one stands right before a
        justification ("غطاء لتبريرها"), else "".
    """
    if not view.words or not (view.any_of("pretext") or view.any_of("pretext_of")):
        return ""
    first, last = view.word_at(cue.start), view.word_at(cue.end - 1)
    if cue.category == "justification" and any(view.has(j, "pretext") for j in range(max(first - 2, 0), first)):
        return "justify"
    named = _named_after(view)
    if first in named.values():
        return "justify"  # "under the pretext of fighting extremism", «بذريعة مكافحة الإرهاب»: the pretext itself
    clause = view.clause(first)
    if cue.pos == "content" and any(view.has(j, "pretext") and view.clause(j) == clause and j not in named
                                    for j in range(last + 1, min(last + 1 + _PRETEXT_WINDOW, len(view.words)))):
        return "claim"
    return ""


def _named_after(view) -> dict[int, int]:
    """The words of the sentence's ``pretext_of`` phrases, each with the word right after its phrase.

    Args:
        view: the sentence.

    Returns:
        ``{word index in a phrase: index of the word the phrase names}`` ("pretext of" in "under the pretext of
        human rights" names "human").
    """
    named = {}
    for k in view.starts("pretext_of"):
        size = view.has(k, "pretext_of")
        named.update({j: k + size for j in range(k, k + size)})
    return named


def others_accusation(text: str, cue, at: int, quoted, offset: int, *, rebutted: bool = False) -> bool:
    """Whether a critical accusation noun opens the content of the quote it is in ("Western accusations …
    were an attempt to interfere", «الاتهامات الغربية … محاولة»): the speaker talks about others'
    accusations; an English possessive before it ("its criticism") keeps it the speaker's. Others' sanctions
    ("the sanctions over Xinjiang are an attempt to contain China", «العقوبات … محاولة لاحتواء») count too when
    a defending cue after them rebuts them.

    Args:
        text: the sentence's raw text.
        cue: the cue.
        at: the cue's start in ``text``.
        quoted: the sentence's quotes (raw content spans).
        offset: the sentence's raw start.
        rebutted: a defending cue follows the cue in the sentence.

    Returns:
        True when the cue is such a noun within the first three words of its quote's content.
    """
    nouns = _ACCUSATIONS | (_SANCTIONS if rebutted else frozenset())
    if cue.label != "critical" or cue.category not in nouns or " " in cue.cue.strip():
        return False
    spans = [q for q in quoted if q.start <= offset + at < q.end]
    if not spans:
        return False
    before = _WORD.findall(text[max(spans[0].start - offset, 0):at])
    return len(before) <= 2 and not any(w.lower() in _OWN for w in before)


def own_act_clause(view, cue) -> int | None:
    """The clause of "that it …" / «أنها …» right after a denial (its own act), or None.

    Args:
        view: the sentence.
        cue: a denial or rejection cue.

    Returns:
        The clause index of the denied clause, or None when the denial is not of the denier's own act.
    """
    after = view.word_at(cue.end - 1) + 1
    for j in range(after, min(after + _OWN_ACT_WINDOW, len(view.words))):
        size = view.has(j, "own_act")
        if size:
            return view.clause(j + size - 1)
    return None


def denies_nothing(view, cue) -> bool:
    """Whether a one-word denial («نفت», "denied") denies a "that" clause that holds no stance cue.

    Args:
        view: the sentence.
        cue: a cue of the ``denial`` category.

    Returns:
        True when the clause right after the denial's own is opened by أن / "that" and no other cue stands in it:
        "denied that the minister had discussed the Uyghurs during his visit" says nothing about the policy.
    """
    if cue.category != "denial" or " " in cue.cue.strip() or not view.words:
        return False
    first = view.word_at(cue.start)
    clause = view.clause(first)
    after = next((k for k in range(first + 1, len(view.words)) if view.clause(k) != clause), None)
    if after is None or view.words[after].opener != "boundary":
        return False
    denied = view.clause(after)
    return not any(c is not cue and view.clause(view.word_at(c.start)) == denied for c in view.cues)


def declines_nothing(view, cue, topic, owners) -> bool:
    """Whether a refusal to say whether something is so ("declined to say whether", «رفض الإفصاح عما إذا») leaves open
    a question that names nothing of the topic ("declined to say whether he would be disciplined").

    Args:
        view: the sentence.
        cue: a cue of the ``declined`` category.
        topic: the spans of the topic's places and core names in the sentence.
        owners: the policy's owners.

    Returns:
        True when the cue ends on a conditional word (whether, إذا) and the rest of the sentence holds no other cue,
        no name of the topic, no owner and no word of the policy.
    """
    if cue.category != "declined" or not view.words:
        return False
    last = view.word_at(cue.end - 1)
    if not view.has(last, "conditional"):
        return False
    rest = range(last + 1, len(view.words))
    start = view.words[last + 1].start if last + 1 < len(view.words) else len(view.text)
    return not any(c.start >= start for c in view.cues) and not any(a >= start for a, _ in topic) \
        and not any(r.actor in owners and r.start >= start for r in view.actors) \
        and not any(view.has(k, "subject_policy") for k in rest)


def claimed(view, cue) -> bool:
    """Whether a claim verb of the grammar (claims, alleges, تزعم، تدعي) tells the cue as somebody's claim.

    Args:
        view: the sentence.
        cue: a content cue of it: a defending claim about conditions (benefit, development, counter-terrorism,
            rights respected …) or a negated critical one.

    Returns:
        True when such a verb stands within ten words before the cue with no contrast (but, لكن) between:
        "China claims (that) workers in Xinjiang are treated well".
    """
    if cue.pos != "content" or not view.words or not view.any_of("claim_verb") \
            or (cue.label == "defends" and cue.category not in _CONDITIONS):
        return False
    first = view.word_at(cue.start)
    for j in range(first - 1, max(first - 1 - _CLAIM_WINDOW, -1), -1):
        if j + 1 < first and view.words[j + 1].opener not in ("", "boundary"):
            return False  # a contrast or a comma: "While the US accuses China of genocide, Russia says …"
        if view.has(j, "claim_verb") and not (view.has(j - 1, "determiner") or view.has(j + 1, "noun_of")
                                               or view.has(j + 1, "about")):
            return True  # … not the noun: "the claims", "claims of genocide", "claims about the camps"
    return False


def state_claim(view, cue, owners, *, rejected: bool = False) -> bool:
    """Whether the claim a defending-looking cue debunks or rejects is the state's own (the module docstring).

    Args:
        view: the sentence.
        cue: a cue whose label came out ``defends``.
        owners: the policy's owners (actors).
        rejected: the cue's label came from a rejecter or a debunking word (any category).

    Returns:
        True when a claim noun of the cue's clause (or of the clause a «بأنها» continues), up to four words after
        the cue, is owned by an owner or official, or is a charge brought against a person.
    """
    if not (rejected or cue.category in _DEBUNKING) or not view.words \
            or not (view.any_of("claim_noun") or view.any_of("charge_noun")):
        return False
    first, last = view.word_at(cue.start), view.word_at(cue.end - 1)
    clauses = {view.clause(first)}
    opener = next((k for k in range(first, -1, -1) if view.clause(k) != view.clause(first)), None)
    if opener is not None and view.has(opener + 1, "described_as"):
        clauses.add(view.clause(opener))  # «وصفت الاتهامات … بأنها ملفقة»
    for j in range(min(last + _CLAIM_AFTER, len(view.words) - 1), -1, -1):
        if view.clause(j) not in clauses:
            if j < first:
                break
            continue
        if view.has(j, "claim_noun") and _owned(view, j, owners):
            return True
        if view.has(j, "charge_noun") and _against_person(view, j):
            return True
    return False


def _owned(view, j: int, owners) -> bool:
    """Whether the claim noun at word ``j`` is the policy owner's: "China's claims", «مزاعم الصين», "claims by
    Beijing", «الرواية الرسمية», "the official account"."""
    if view.has(j + 1, "official") or view.has(j - 1, "official"):
        return True
    for ref, at in zip(view.actors, view.first):
        if ref.actor not in owners:
            continue
        if j - _OWNER_BEFORE <= at < j and _possessive(view.text, ref.end):
            return True  # "China's claims", "the Chinese government's report"
        if at == j + 1 and ARABIC_LETTER.search(view.words[j].text):
            return True  # «مزاعم الصين»: the owner in the genitive
        if j + 1 < at <= j + _OWNER_AFTER and any(view.has(k, "agent") for k in range(j + 1, at)):
            return True  # "claims made by Beijing"
    return False


def _possessive(text: str, end: int) -> bool:
    """Whether an English possessive follows an owner's name ending at ``end``, right after it ("China's") or
    after one lower-case word that is no role speaking for itself ("the Chinese government's", not "a Chinese
    dissident's")."""
    found = _POSSESSIVE.match(text, end)
    return bool(found) and (not found.group(1) or role_speaks_for(found.group(1)) != "self")


def _against_person(view, j: int) -> bool:
    """Whether the charge noun at word ``j`` is brought against a person: "charges against the Uyghur poet",
    «التهم الموجهة إلى الناشطة», «التهم الموجهة إليه»."""
    for k in range(j + 1, min(j + 1 + _AGAINST_WINDOW, len(view.words))):
        if view.has(k, "against_person"):
            return True
        size = view.has(k, "against")
        if size:
            return any(view.has(m, "charged_person")
                       for m in range(k + size, min(k + size + _ACCUSED_WINDOW, len(view.words))))
    return False
