"""What a cue is about when it is not the policy: another region or cause, a field, a law's name, another regime.

:func:`helpers.extract.stance.objects.off_target` drops a cue that :func:`about_else` finds to be about:

- **another region or cause**: the words after the cue in its clause (for a claim, before it too) name another
  region of the policy owner (``other_place``: Hong Kong, Tibet, Taiwan) or another cause (``elsewhere``: the
  Rohingya, Gaza, Kashmir) and no name of the topic ("انتقد سياسة الصين في هونغ كونغ"; "in Tibet and Xinjiang"
  stays on the topic);
- **a field**: named right before it (``domain_modifier``: film critics) or after it (critics of the film, نقاد
  السينما);
- **a law's name**: a content cue right before a ``law_noun`` in English or right after one in Arabic ("the Uyghur
  forced labour bill", «قانون منع العمل القسري») asserts nothing by itself;
- **another sanctions regime**: a sanctions cue followed within fifteen words by an ``other_regime`` ("its Russia
  sanctions list", «العقوبات على روسيا»);
- **the victims counted**: a population-growth claim (``benefit_report``) with a word of the policy's ``victims``
  inside it ("the number of Uyghurs detained … has grown") counts the detained, not the people.
"""

from __future__ import annotations

from helpers.extract.stance.grammar import phrase_at
from helpers.extract.stance.lexicon import CueMatch
from helpers.extract.stance.sentence import SentenceView

__all__ = ["OBJECT_WINDOW", "about_else", "field_follows"]

#: How many words after a cue its object may name another region or cause (or an off-target object).
OBJECT_WINDOW = 12
#: How many words after a sanctions cue another sanctions regime makes it about that regime.
_REGIME_WINDOW = 15
#: How many words after an English content cue a law noun makes it the law's name.
_LAW_AFTER = 2


def about_else(view: SentenceView, cue: CueMatch, topic=()) -> bool:
    """Whether a cue is about another region or cause, a field, a law's name or another sanctions regime.

    Args:
        view: the sentence.
        cue: one of its cues.
        topic: normalised spans of the topic's names in the sentence.

    Returns:
        True when one of the module docstring's cases holds.
    """
    first, last = view.word_at(cue.start), view.word_at(cue.end - 1)
    if _other_place(view, cue, topic) or (first and view.has(first - 1, "domain_modifier")) or _field_after(view, cue):
        return True
    if cue.pos == "content" and view.any_of("law_noun") and _law_name(view, first, last):
        return True  # "the Uyghur forced labour bill", «قانون منع العمل القسري»
    if cue.category == "benefit_report" and view.any_of("victims") \
            and any(view.has(j, "victims") for j in range(first, last + 1)):
        return True  # "the number of Uyghurs detained … rose", «عدد الإيغور المعتقلين … ارتفع»
    return cue.category == "sanctions" and view.any_of("other_regime") and any(
        view.has(j, "other_regime") for j in range(max(first - 2, 0), min(last + _REGIME_WINDOW, len(view.words))))


def _law_name(view: SentenceView, first: int, last: int) -> bool:
    """A law noun right after the cue in its clause, or one that ends right before it (Arabic)."""
    return any(view.has(j, "law_noun") and view.clause(j) == view.clause(last)
               for j in range(last + 1, min(last + 1 + _LAW_AFTER, len(view.words)))) \
        or any(view.has(j, "law_noun") and j + view.has(j, "law_noun") >= first
               for j in range(max(first - 2, 0), first))


def field_follows(tokens, end: int) -> bool:
    """Whether a field is named right after a group's phrase ending at normalised offset ``end``
    ("critics of the film", "نقاد السينما"): the group speaks about that field, not the policy.

    Args:
        tokens: the sentence's words (:func:`helpers.extract.stance.grammar.words`).
        end: where the group's phrase ends.

    Returns:
        True when a ``domain_modifier`` follows (after "of" and an article in English).
    """
    j = next((k for k, w in enumerate(tokens) if w.start >= end), len(tokens))
    if j < len(tokens) and tokens[j].text == "of":
        j += 1 + (j + 1 < len(tokens) and phrase_at(tokens, j + 1, "determiner") > 0)
    return j < len(tokens) and not tokens[j].opener and phrase_at(tokens, j, "domain_modifier") > 0


def _field_after(view: SentenceView, cue: CueMatch) -> bool:
    """A field named right after a group cue: "critics of the film", "نقاد السينما"."""
    j = view.word_at(cue.end - 1) + 1
    if cue.pos != "attitude" or j >= len(view.words) or view.clause(j) != view.clause(j - 1):
        return False
    if view.words[j].text == "of":
        j += 1 + (j + 1 < len(view.words) and view.has(j + 1, "determiner") > 0)
    return j < len(view.words) and view.has(j, "domain_modifier") > 0


def _other_place(view: SentenceView, cue: CueMatch, topic) -> bool:
    """The cue's object (its clause, after it; for a claim, before it too) names another region or another
    cause and not the topic; or the sentence names another cause (``elsewhere``) and the topic only inside an
    actor's name (a Uyghur organisation's statement on Gaza)."""
    kinds = [kind for kind in ("other_place", "elsewhere") if view.any_of(kind)]
    if not kinds:
        return False
    first, last = view.word_at(cue.start), view.word_at(cue.end - 1)
    if "elsewhere" in kinds and not any(not any(a.start <= s < a.end for a in view.actors) for s, _ in topic):
        return True  # "ودان المؤتمر العالمي للأويغور قصف المستشفيات في غزة": the topic only in the speaker's name
    clause = view.clause(first)
    words = [j for j in range(last + 1, min(last + 1 + OBJECT_WINDOW, len(view.words)))
             if view.clause(j) == clause]
    if cue.pos == "content":  # a verdict's subject comes first: "ما يتعرض له مسلمو كشمير ظلم"
        words = [j for j in range(max(first - OBJECT_WINDOW, 0), first) if view.clause(j) == clause] + words
    if not words or not any(view.has(j, kind) for j in words for kind in kinds):
        return False
    span = (view.words[min(first, words[0])].start, view.words[max(last, words[-1])].end)
    return not any(span[0] <= s < span[1] for s, _ in topic)


