"""Sources of figures given without a speech verb, and a pronoun's source in the sentence before.

The quote stage finds voices ("X said", "according to X" with a name it knows).
Newswire gives many figures on someone's authority in other words: "according to
a BuzzFeed News investigation", "Adrian Zenz's figures show", "data compiled by
the Xinjiang Victims Database", "Chinese government figures show", "X puts the
figure at".  :func:`cue_source` reads these cues (data
``data/claims/source_cues.tsv``) in a figure's sentence when no quote gave it a
source; :func:`previous_source` names the actor a pronoun or a definite report
noun stands for ("Human Rights Watch published a report. It estimates …").

The source inside a cue is, in order: a gazetteer actor named there (a state's
body or media → the state, a person of an organisation → the organisation), an
open-world name (:func:`helpers.extract.quotes.open_names.open_names`), nothing
(the figure stays the outlet's own: "according to a leaked list").
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.claims.bodies import described
from helpers.extract.claims.sources import _actor_of
from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.open_actors import canonical
from helpers.extract.quotes.open_names import open_names
from helpers.text.affixes import affix, affix_alternation, affixes
from helpers.text.lexicon_tools import read_tsv, trie_alternation
from helpers.text.normalise import lookup_key

__all__ = ["cue_source", "goes_on", "head_antecedent", "named_before", "previous_source", "refers_back",
           "stands_for_previous", "PRONOUNS", "SUBJECT_PRONOUNS"]

_SLOT = 90  # characters: how far a cue's source may reach
#: Where a source after a cue ends: punctuation, a bracket, a complementiser.
_AFTER_END = re.compile(r"[,.;:()\[\]\"«»“”،؛]|(?<!\w)(?:" + affix_alternation("source_end_en") + r"|[اأ]ن|"
                        rf"{affix_alternation('source_end')})(?!\w)")
#: Where a source before a cue begins: the clause's punctuation.
_BEFORE_START = re.compile(r"[,.;:()\[\]\"«»“”،؛](?![\d])")
#: A definite noun's article and proclitics (the tribunal → tribunal, والمحكمة → محكمة).
_HEAD_ARTICLE = re.compile(rf"^(?:the\s+|[وفب]?{affix('article')})")
#: A sentence opening with a subject pronoun and an active verb ("It estimates", not "It is estimated").
_PRONOUN_OPENING = re.compile(rf"[^\S\n]*(?:{affix_alternation('subject_pronoun_en')})[^\S\n]+"
                              rf"(?!{affix_alternation('passive_aux_en')})\w+")
_RANK = {"country": 0, "organization": 0, "person": 1, "group": 2, "people": 3}
#: Speakers that stand for the actor named in the sentence before (English pronouns, report nouns).
PRONOUNS = frozenset({*affixes("subject_pronoun_en"), *affixes("report_noun_en"), *affixes("report_noun")})
#: English subject pronouns as speakers ("it said"): they may stand for a state or body named earlier in their sentence.
SUBJECT_PRONOUNS = frozenset(affixes("subject_pronoun_en"))


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    """``{"after", "before", "previous", "opening": pattern}`` compiled from ``source_cues.tsv``."""
    forms: dict[str, list[str]] = {"after": [], "before": [], "previous": [], "opening": [], "subject": []}
    for row in read_tsv("claims/source_cues.tsv"):
        for form in row["forms"].split("|"):
            key = lookup_key(form.strip())
            if key:
                forms[row["side"]].append(key)
    after = trie_alternation(forms["after"])
    before = trie_alternation(forms["before"])
    previous = trie_alternation(forms["previous"])
    opening = trie_alternation(forms["opening"])
    subject = trie_alternation(forms["subject"])
    return {"subject": re.compile(rf"\s*(?:(?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}?|(?:\w+\s+)?[وف]?"
                                  rf"{affix('article')})(?:{subject})(?!\w)"),
            "after": re.compile(rf"(?<!\w)[وف]?(?:{after})(?:(?<=ل)|(?!\w))"),
            "before": re.compile(rf"(?:{before})(?!\w)"),
            "previous": re.compile(rf"(?<!\w)[وفب]?(?:{previous})(?!\w)"),
            "opening": re.compile(rf"\s*[وف]?(?:{opening})(?!\w)")}


def cue_source(view: QuoteView, start: int, end: int, sentence: tuple[int, int],
               reach: int | None = None) -> tuple[str, str]:
    """The source a cue of the figure's sentence names.

    Args:
        view: the document's quote view (normalised text, mentions).
        start: the figure's normalised start.
        end: its normalised end.
        sentence: its sentence as normalised ``(start, end)``.
        reach: when given, only cues that start at most this many characters from the figure count.

    Returns:
        ``(actor, phrase as written)``; ``("", "")`` when no cue names one.
    """
    text, (s_start, s_end) = view.text, sentence
    slots = []
    for match in _cues()["after"].finditer(text, s_start, s_end):
        if match.start() < end and match.end() > start:
            continue
        limit = min(s_end, match.end() + _SLOT, start if start >= match.end() else s_end)
        stop = _AFTER_END.search(text, match.end(), limit)
        slots.append((match.end(), stop.start() if stop else limit, match.start()))
    for match in _cues()["before"].finditer(text, s_start, s_end):
        if match.start() < end and match.end() > start:
            continue
        lo = max(s_start, match.start() - _SLOT)
        opened = [m.end() for m in _BEFORE_START.finditer(text, lo, match.start())]
        slots.append((opened[-1] if opened else lo, match.start(), match.start()))
    for slot_start, slot_end, cue_at in sorted(slots, key=lambda s: abs(s[2] - start)):
        far = reach is not None and min(abs(cue_at - end), abs(cue_at - start)) > reach
        if far or slot_start <= start < slot_end:
            continue
        name = _named(view, slot_start, slot_end)
        if name[0]:
            return name
    return "", ""


def stands_for_previous(view: QuoteView, speaker: str, index: int) -> bool:
    """Whether an unnamed speaker is a pronoun or a report noun ("It estimates", "the study found"),
    or is missing in a sentence that opens with a pronoun and no passive ("It estimates that …").

    Args:
        view: the document's quote view.
        speaker: the quote's speaker phrase as written.
        index: the figure's sentence index.

    Returns:
        True when the sentence before should name the source.
    """
    key = lookup_key(speaker)
    if key:
        return key in PRONOUNS
    start, end = view.sentences[index]
    return bool(_PRONOUN_OPENING.match(view.text, start, end))


def goes_on(view: QuoteView, index: int) -> bool:
    """Whether a sentence goes on with the actor of the sentence before: it opens with an English subject pronoun
    ("They counted …", "It had gathered …") or with an Arabic verb of counting or finding (``opening`` cues:
    وأحصوا، وجمعت) and names no actor of its own.

    Args:
        view: the document's quote view.
        index: the figure's sentence index.

    Returns:
        True when the sentence before should name the source.
    """
    if index <= 0:
        return False
    start, end = view.sentences[index]
    if _PRONOUN_OPENING.match(view.text, start, end):
        return True
    return bool(_cues()["opening"].match(view.text, start, end)) and not _named(view, start, end, peoples=False)[0]


def refers_back(view: QuoteView, sentence: tuple[int, int]) -> bool:
    """Whether a sentence refers to a report named before ("the report", التقرير: ``previous`` cues).

    Args:
        view: the document's quote view.
        sentence: the sentence as normalised ``(start, end)``.

    Returns:
        True when one of the ``previous`` cues is in it.
    """
    return bool(_cues()["previous"].search(view.text, *sentence))


def head_antecedent(view: QuoteView, index: int, *, back: int = 2) -> tuple[str, str]:
    """The organisation a definite report or body noun of sentence ``index`` refers back to by its head ("The Uyghur
    Tribunal delivered its judgment … The tribunal found …", «محكمة الأويغور … وخلصت المحكمة»): the nearest earlier
    organisation, in the ``back`` sentences before, whose name holds the noun.

    Args:
        view: the document's quote view.
        index: the figure's sentence index.
        back: how many sentences to look back.

    Returns:
        ``(actor, phrase as written)``; ``("", "")`` when no earlier name holds the noun.
    """
    start, end = view.sentences[index]
    cue = _cues()["previous"].search(view.text, start, end)
    if cue is None or index <= 0:
        return "", ""
    head = _HEAD_ARTICLE.sub("", cue.group().split()[-1])
    for mention in reversed(view.mentions_in(view.sentences[max(index - back, 0)][0], start)):
        if mention.kind == "organization" and head in view.text[mention.start:mention.end]:
            name = _actor_of(mention.entity_id, mention.kind, mention.name_en)
            if name:
                raw = view.to_raw(mention.start, mention.end)
                return name, view.raw[raw[0]:raw[1]]
    return "", ""


def previous_source(view: QuoteView, index: int) -> tuple[str, str]:
    """The actor the sentence before ``index`` names first (a pronoun's or a report noun's antecedent); none
    when that sentence opens with a definite subject that refers back itself (``subject`` cues: "The group
    based its report on state media articles": state media do not speak, the group does, as named before).

    Args:
        view: the document's quote view.
        index: the figure's sentence index.

    Returns:
        ``(actor, phrase as written)``; ``("", "")`` when it names none.
    """
    if index <= 0:
        return "", ""
    start, end = view.sentences[index - 1]
    if _cues()["subject"].match(view.text, start, end) and not _actor_in(view, start, end, _opening_end(view, start)):
        return "", ""  # "The Washington-based group based its report on state media articles.": the group speaks
    return _named(view, start, end, peoples=False)


def _actor_in(view: QuoteView, start: int, end: int, opening: int) -> bool:
    """Whether a state, organisation or person named in the sentence ``[start, end)`` starts before ``opening``
    (a group word such as "the researchers" is not one: it refers back to the institute named before)."""
    named = described(view.raw, view.mentions_in(start, end))
    return any(m.kind in ("country", "organization", "person") and m.start < opening for m in named)


def _opening_end(view: QuoteView, start: int) -> int:
    """Where the ``subject`` cue that opens the sentence at ``start`` ends."""
    match = _cues()["subject"].match(view.text, start)
    return match.end() if match else start


def named_before(view: QuoteView, start: int, end: int) -> tuple[str, str]:
    """A state or organisation named in ``[start, end)`` of the figure's own sentence, the antecedent of a pronoun
    speaking after it ("the UN human rights office published its report …; it said …").

    Args:
        view: the document's quote view.
        start: normalised start (the sentence's).
        end: normalised end (the figure's start).

    Returns:
        ``(actor, phrase as written)``; ``("", "")`` when the span names no state or organisation.
    """
    for mention in described(view.raw, view.mentions_in(start, end)):
        if mention.kind in ("country", "organization"):
            name = _actor_of(mention.entity_id, mention.kind, mention.name_en)
            if name:
                raw = view.to_raw(mention.start, mention.end)
                return name, view.raw[raw[0]:raw[1]]
    return "", ""


def _named(view: QuoteView, start: int, end: int, *, peoples: bool = True) -> tuple[str, str]:
    """The best actor named inside normalised ``[start, end)``: a gazetteer actor (a people only when ``peoples``:
    "the Uyghur population" is no antecedent of "the tribunal"), else an open name."""
    mentions = [m for m in described(view.raw, view.mentions_in(start, end)) if m.kind in _RANK and m.end <= end
                and (peoples or m.kind != "people")]
    for mention in sorted(mentions, key=lambda m: (_RANK[m.kind], m.start)):
        name = _actor_of(mention.entity_id, mention.kind, mention.name_en)
        if name:
            raw = view.to_raw(mention.start, mention.end)
            return name, view.raw[raw[0]:raw[1]]
    for name in open_names(view, start, end):
        if start <= name.start and name.end <= end:
            return canonical(name.surface)[0], name.surface
    return "", ""
