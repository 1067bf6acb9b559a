"""Whether a stance cue is asserted: negated, rejected, hypothetical, received or withheld.

:func:`polarity` reads the words around a cue in its :class:`~helpers.extract.stance.sentence.SentenceView`:
a negator a few words before the cue (لا، لم, not) or in one of its gaps ("the camps are not schools"),
or a rejecter (نفى، رفض، deny, so-called) turns it into the lexicon's ``on_negation`` / ``on_rejection``
label; idioms like لا يزال or لا سيما do not negate, nor does "ليس … فحسب، بل" (not only … but). A cue
asserts nothing in a condition, after a hedge or a rumour, after a refusal to comment in its clause,
or in a "that" clause a rejecter denies; "lies about X" and "rejected the accusations of X" reject X.
"""

from __future__ import annotations

from functools import lru_cache

from helpers.extract.stance.concession import conceded
from helpers.extract.stance.framing import named_by
from helpers.extract.stance.grammar import negator_words
from helpers.extract.stance.lexicon import CueMatch
from helpers.extract.stance.sentence import SentenceView
from helpers.text.affixes import affix, affixes

__all__ = ["REJECTING", "polarity"]

_NEGATION_WINDOW = 4
#: How far before a "that" clause a rejecter or negator denies it (نفى المتحدث باسم الخارجية أن …).
_DENIAL_WINDOW = 6
#: Cue categories that reject what follows them in their clause (رفضت الاتهامات …، denied the reports …).
REJECTING = frozenset({"rejection", "denial"})
#: Declined-cue categories that withhold a claim on what follows (not silence: "silence on the persecution").
_WITHHOLDING = frozenset({"declined", "no_comment", "no_response"})
_ONLY_WINDOW = 6
_REJECTION_WINDOW = 7
#: Words after a framing rejecter (so-called, ما يسمى) that it still rejects: the name it frames, not the predicate.
_FRAMING_WINDOW = 3
#: Words after a claim in which a debunking predicate rejects it ("the genocide label … is a fabrication").
_DEBUNK_WINDOW = 10
#: The most words of an aside clause (", Zakharova said,") that a debunking predicate reads across.
_ASIDE_WORDS = 4
_HEDGE_WINDOW = 4
#: Words after a cue in which a modal of a conditional sentence makes it the answer ("sanctions would follow if").
_HEDGE_AFTER = 2
_RECEIVED_WINDOW = 5
#: Cue categories that a subject can undergo (faces criticism, sanctions), unlike abuses it suffers.
_RECEIVED = frozenset({"criticism", "condemnation", "accusation", "sanctions", "concern", "anger", "summons"})
#: Cue categories of an abuse of the policy: opposing one condemns it ("opposes the forced labour of Uyghurs").
_HARMS = frozenset({"abuse", "atrocity", "harm_report"})
_FUTURE, _FUTURE_PERSON = affix("future_prefix"), affixes("future_person")
_NOT_FUTURE, _PRESENT, _NOT_PRESENT = affixes("not_future"), affixes("present_prefix"), affixes("not_present")


def polarity(view: SentenceView, cue: CueMatch) -> tuple[str, str]:
    """Whether a cue is asserted, negated or rejected by the words before it (same clause).

    A cue that is not asserted at all is ``hypothetical``: in the clause of a
    condition (if, whether, إذا، لو، في حال … up to the clause's comma or the
    answer "فإن / فعليها / then"), or after a hedging modal within a few words
    (could, might, may, ربما، يمكن أن، قد before a present verb; would only
    when the sentence states a condition).

    Args:
        view: the sentence.
        cue: one of its cue matches.

    Returns:
        ``("negated" | "rejected" | "hypothetical" | "received" | "withheld" | "", the governing word)``;
        ``withheld``: a content cue after a refusal to comment in its clause or a "that" clause it governs
        (امتنع عن التعليق على …، declined to comment on reports that …);
        ``received``: the cue is something its subject undergoes (تتعرض لانتقادات، faces
        criticism, came under fire): the subject holds no position by it.
    """
    if not view.words:
        return "", ""
    first = view.word_at(cue.start)
    hedge = _hypothetical(view, first)
    if hedge:
        return "hypothetical", hedge
    granted = conceded(view, cue)
    if granted:
        return "hypothetical", granted  # "… even though there had been no attacks": granted, not asserted
    for j in view.starts("rumour") if view.any_of("rumour") else ():
        if j < first and not any(view.words[k].opener == "contrast" for k in range(j + 1, first + 1)):
            return "hypothetical", view.words[j].text  # "Rumours spread that X was about to summon …"
    for i in range(first - 1, max(first - 1 - _RECEIVED_WINDOW, -1), -1) \
            if cue.category in _RECEIVED and view.any_of("recipient") else ():
        if view.words[i].clause != view.clause(first):
            break
        if view.has(i, "recipient"):
            return "received", view.words[i].text  # "تتعرض لانتقادات", "came under criticism"
    if cue.category == "no_response" and view.any_of("recipient") \
            and any(view.has(j, "recipient") for j in range(first, view.word_at(cue.end - 1) + 1)):
        return "received", ""  # "had not received a reply": the one who asked, not the one who kept silent
    if cue.pos == "content" and any(c.category in _WITHHOLDING and c.end <= cue.start
                                    and _only_complements(view, view.word_at(c.start), first)
                                    for c in view.cues):
        return "withheld", ""  # "declined to comment on the fate of the detainees": no claim made
    if cue.pos == "attitude" and _denied_clause(view, first):
        return "withheld", ""  # "denied that Jakarta had condemned …", "It is not true that Brazil condemned …"
    if cue.pos == "content" and _denied_clause(view, first, rejecting=True):
        return "rejected", ""  # "rejected accusations by rights groups that its cameras track Uyghurs"
    if cue.label == "defends" and cue.pos == "content" and named_by(view, first) is not None:
        return "rejected", ""  # "held in what the authorities call vocational training centres"
    debunker = _debunked(view, cue) if view.any_of("debunker") else ""
    if debunker:
        return "rejected", debunker  # "the allegations … rest on flawed data", "تهمة الإبادة … افتراء"
    if cue.pos == "content" and view.any_of("lie_noun") and _lies_about(view, first):
        return "rejected", ""  # "the lies spread by some media about 'forced labour'"
    if not (view.any_of("rejecter") or view.any_of("negator") or view.any_of("framing") or view.any_of("talk_of")):
        return "", ""  # the loop below can only find one of these
    declined = [(c.start, c.end) for c in view.cues if c is not cue and c.label == "declined"]
    others = [(c.start, c.end, c.category) for c in view.cues if c is not cue and c.label != "declined"]
    for i in range(first - 1, max(first - _REJECTION_WINDOW, 0) - 1, -1):
        word = view.words[i]
        if word.clause != view.clause(first) or any(s <= word.start < e for s, e in declined):
            break
        if view.has(i, "not_negation"):
            continue
        if view.has(i, "opposer") and cue.category in _HARMS:
            return "", ""  # "opposes the detention of Uyghurs": opposing an abuse condemns it
        if view.has(i, "rejecter") or (first - i <= _FRAMING_WINDOW and view.has(i, "framing")):
            return "rejected", word.text  # "so-called camps" (not "so-called schools are a cover for detention")
        if cue.pos == "content" and first - i <= _FRAMING_WINDOW and view.has(i, "talk_of"):
            return "negated", word.text  # "talk of repression is part of an information war": others' talk, denied
        if any(s <= word.start < e and k in REJECTING for s, e, k in others) and cue.pos == "content":
            return "rejected", word.text  # "rejected the accusations of helping to surveil Uyghurs"
        if any(s <= word.start < e for s, e, _ in others):
            break  # "لأجل غير مسمى دون توجيه تهم": غير belongs to the other cue
        if first - i <= _NEGATION_WINDOW and view.has(i, "negator"):
            if view.has(i, "privative") and first - i - view.has(i, "privative") > 1:
                continue  # "احتجاز … من دون محاكمة سياسة قمع": "without" takes the noun after it, not the cue
            return ("", "") if _not_only(view, cue) else ("negated", word.text)
    inside = _gap_negator(view, cue, first) if view.any_of("negator") else ""
    return ("negated", inside) if inside else ("", "")


def _only_complements(view: SentenceView, lo: int, hi: int) -> bool:
    """Whether words ``lo`` … ``hi`` are one clause or clauses that only "that" / أن opens ("declined to
    comment on reports that workers were moved by force"): no comma, no contrast between."""
    return all(view.words[k].opener in ("", "boundary") for k in range(lo + 1, hi + 1))


def _gap_negator(view: SentenceView, cue: CueMatch, first: int) -> str:
    """A negator in a gap of the cue ("the camps are not schools" for "camps _ are _ schools").

    Args:
        view: the sentence.
        cue: the cue match.
        first: the index of the cue's first word.

    Returns:
        The negator's text, or "" when none (or the cue's own words hold a negator: "لم تشهد … هجوم").
    """
    if _negating_cue(cue.cue):
        return ""
    i = first + 1
    while i < len(view.words) and view.words[i].start < cue.end:
        if view.has(i, "negator") and not view.has(i, "not_negation"):
            return view.words[i].text
        i += 1
    return ""


@lru_cache(maxsize=None)
def _negating_cue(cue: str) -> bool:
    """Whether one of a cue's own words is a one-word negator."""
    negators = negator_words()
    return any(form.lstrip("=") in negators for word in cue.split() for form in word.split("|"))


def _lies_about(view: SentenceView, first: int) -> bool:
    """Whether the cue at word ``first`` is what "lies about …" names (lie_noun, then about, then the cue).

    Args:
        view: the sentence.
        first: the index of the cue's first word.

    Returns:
        True when one of the two words before the cue is "about / حول / عن" and a lie noun comes
        at most 10 words before it, with no contrast between.
    """
    for p in range(first - 1, max(first - 3, -1), -1):
        if view.has(p, "about"):
            for j in range(p - 1, max(p - 1 - _DEBUNK_WINDOW, -1), -1):
                if view.words[j + 1].opener == "contrast":
                    return False
                if view.has(j, "lie_noun"):
                    return True
            return False
    return False


def _denied_clause(view: SentenceView, first: int, *, rejecting: bool = False) -> bool:
    """Whether word ``first`` is in a "that" clause that a rejecter or negator just before it denies.

    Args:
        view: the sentence.
        first: the index of the cue's first word.
        rejecting: a rejecter, or a rejecting cue ("rejected accusations by X that …", «نفت الاتهامات بأن»),
            must deny it; a negator does not (a claim in a "that" clause after "not" is read by its own words).

    Returns:
        True for "نفى المتحدث أن تكون جاكرتا قد أدانت …" and "It is not true that X condemned …".
    """
    start = view.that_clause(first)
    if start is None:
        return False
    for i in range(start - 1, max(start - 1 - _DENIAL_WINDOW, -1), -1):
        if view.has(i, "not_negation"):
            continue
        if view.has(i, "rejecter") or (not rejecting and view.has(i, "negator")):
            return True
        if rejecting and any(c.category in REJECTING and c.start <= view.words[i].start < c.end for c in view.cues):
            return True
        if view.has(i, "participle"):
            return False  # "… to reject the request, saying that …": the clause is the participle's
    return False


def _hypothetical(view: SentenceView, first: int) -> str:
    """The condition or hedge that makes the cue at word ``first`` a non-assertion ("" when none).

    A sentence states a condition when a ``conditional`` word stands in it or
    when it opens with an inverted condition (``conditional_initial``: "Should
    the claims be confirmed, …", "Had monitors been allowed, …"); the cue of
    the condition's own clause asserts nothing, and neither does a cue of the
    answer under a future or modal word (will, would, سوف، ستفرض): "if …,
    Canada will impose sanctions".  A hedge (could, may, قد) asserts nothing,
    except before a verb that characterises (``hedge_assertive``: "may amount
    to genocide", قد ترقى إلى) in a sentence without a condition.
    """
    conditional = bool(view.words) and view.has(0, "conditional_initial") > 0
    for j in range(first, -1, -1) if conditional or view.any_of("conditional") else ():
        if view.has(j, "apodosis") and j < first:
            break
        if view.has(j, "conditional") or (j == 0 and conditional):
            return view.words[j].text
        if view.words[j].opener in ("punct", "contrast") and j < first:
            break
    if not conditional:
        conditional = view.any_of("conditional")
    if conditional and _future(view.words[first].text):
        return view.words[first].text  # "…فإن بلاده ستفرض عقوبات"
    hedges = conditional or view.any_of("hypothetical") or view.any_of("hypothetical_present")
    for j in range(first - 1, max(first - 1 - _HEDGE_WINDOW, -1), -1) if hedges else ():
        if view.words[j].clause != view.words[first].clause:
            break
        word = view.words[j].text
        assertive = not conditional and j + 1 < len(view.words) and view.has(j + 1, "hedge_assertive")
        if view.has(j, "hypothetical") and not (j and view.has(j - 1, "object_marker")) and not assertive:
            return word  # could, might, ربما (not "in May"; not "may amount to")
        if conditional and (view.has(j, "hypothetical_if") or _future(word)):
            return word  # would / will / ستواجه … if
        if view.has(j, "hypothetical_present") and j + 1 < len(view.words) \
                and _present(view.words[j + 1].text) and not assertive:
            return word  # قد تدرس (but قد فرضت: has imposed; قد ترقى إلى: may amount to)
    for j in range(first + 1, min(first + 1 + _HEDGE_AFTER, len(view.words))) if conditional else ():
        if view.words[j].clause != view.words[first].clause:
            break
        if view.has(j, "hypothetical") or view.has(j, "hypothetical_if"):
            return view.words[j].text  # "sanctions might be considered if the allegations were proven"
    return ""


def _future(word: str) -> bool:
    """An Arabic future verb: سـ before a present prefix (ستفرض، سيدرس، سنواصل), not a noun (سياسة، سنة)."""
    return len(word) >= 5 and word[0] == _FUTURE and word[1] in _FUTURE_PERSON and _present(word[1:]) \
        and not word.startswith(_NOT_FUTURE)


def _present(word: str) -> bool:
    """An Arabic present-tense verb (يـ / تـ), not a past form that starts with تـ (تم، تمت)."""
    return len(word) >= 3 and word[0] in _PRESENT and word not in _NOT_PRESENT


def _not_only(view: SentenceView, cue: CueMatch) -> bool:
    """"ليس … فحسب، بل" (not only … but): an ``only`` word follows the cue closely."""
    last = view.word_at(cue.end - 1)
    return any(view.has(j, "only") for j in range(last + 1, min(last + _ONLY_WINDOW, len(view.words))))


def _debunked(view: SentenceView, cue: CueMatch) -> str:
    """The debunking predicate after a claim in its clause ("… is a fabrication", "… rest on flawed data",
    "… افتراء", "… مغلوطة"): the claim is rejected by whoever says the sentence ("" when none).

    Only a claim or frame (``pos`` content) is debunked, never someone's act (condemned, called for).
    """
    if cue.pos != "content":
        return ""
    last = view.word_at(cue.end - 1)
    allowed, asides = {view.clause(last)}, None
    for j in range(last + 1, min(last + 1 + _DEBUNK_WINDOW, len(view.words))):
        clause = view.clause(j)
        if clause not in allowed and clause == max(allowed) + 1 and view.has(j, "described_as"):
            allowed.add(clause)  # «وصف الاتهامات … بأنها أكاذيب»: what the object is
        elif clause not in allowed:
            asides = _aside_clauses(view) if asides is None else asides
            if clause not in asides or clause != max(allowed) + 1:
                break
            allowed |= {clause, clause + 1}  # "… talk of "genocide", Zakharova said, was a propaganda campaign"
        elif view.has(j, "rejecter"):
            break  # "… to combat terrorism and rejected any interference": the debunker is another verb's object
        if view.has(j, "debunker") and not any(c.label == "critical" and c.start <= view.words[j].start < c.end
                                               for c in view.cues if c is not cue):
            # … not one in a critical cue of its own ("jailed on fabricated charges", «سجن بتهم ملفقة»),
            # … unless denied: "not propaganda", "no myth", "ليست أكذوبة"
            return "" if any(view.has(k, "negator") for k in range(max(j - 2, last + 1), j)) else view.words[j].text
    return ""


def _aside_clauses(view: SentenceView) -> set[int]:
    """Clauses of at most four words that hold a speech verb: an aside (", Zakharova said,") that does not
    cut the clause around it."""
    sizes: dict[int, int] = {}
    for word in view.words:
        sizes[word.clause] = sizes.get(word.clause, 0) + 1
    return {view.clause(j) for j in view.starts("governor") if sizes[view.clause(j)] <= _ASIDE_WORDS}
