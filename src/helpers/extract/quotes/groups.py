"""Groups that speak as one actor, under the canonical names of ``data/stance/groups.tsv``.

The table is the stance stage's data file (read here too, so that quotes,
stances and figures give a group one name): a role noun that is a group
(activists → Activists), a whole speaker phrase that names one (الإيغور في
المنفى → Uyghur diaspora), and the gazetteer's group entities under their
canonical name (``hr_groups`` → Rights groups, ``western_countries`` →
Western countries).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.speakers import words_between
from helpers.extract.quotes.speech_lexicon import ARTICLE, particles
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import lookup_key

__all__ = ["group_label", "group_names", "group_name", "phrase_group", "group_subject", "referred_group"]

_FIRST = re.compile(r"\w+")
#: و or ف glued before the article (والناشطون): dropped before a group name is looked up.
_CONJUNCTION = re.compile(rf"^[وف](?={ARTICLE})")


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first words of the groups' entries (a quick filter for :func:`phrase_group`)."""
    return frozenset(entry.split()[0] for entry in _groups())


@lru_cache(maxsize=1)
def _groups() -> dict[str, str]:
    """``{normalised group noun: canonical group name}`` from ``stance/groups.tsv`` (groups only)."""
    return {lookup_key(r["entry"]): r["actor"]
            for r in read_tsv("stance/groups.tsv") if r["kind"] == "group" and r["actor"]}


@lru_cache(maxsize=1)
def _group_entities() -> dict[str, str]:
    """``{gazetteer group id: canonical group name}``.

    E.g. hr_groups → Rights groups, western_countries → Western countries.
    """
    table: dict[str, str] = {}
    for row in read_tsv("stance/groups.tsv"):
        if row["kind"] == "group" and row.get("entity_id") and row["actor"]:
            table.setdefault(row["entity_id"], row["actor"])
    return table


def group_name(entity_id: str, name: str) -> str:
    """The canonical name of a gazetteer group (``stance/groups.tsv``), else ``name``.

    Args:
        entity_id: a gazetteer entity id.
        name: the name to keep when the entity is not a listed group.

    Returns:
        The canonical group name ("Rights groups" for ``hr_groups``) or ``name``.
    """
    return _group_entities().get(entity_id, name)


def phrase_group(view: QuoteView, start: int, end: int) -> str:
    """The canonical group a whole speaker phrase names ("الإيغور في المنفى" → Uyghur diaspora), or "".

    Args:
        view: the document's quote view.
        start: phrase start (normalised).
        end: phrase end (normalised).

    Returns:
        The group name, or "".
    """
    first = _FIRST.match(view.text, start, end)
    word = _CONJUNCTION.sub("", first.group()) if first else ""
    if not word or (_NUMBER if word.isdigit() else word) not in _first_words():
        return ""  # most phrases: no group starts with their first word
    words = words_between(view.text, start, end)
    lone = len(words) == 1 or len(words) > 1 and words[1][2] in _LOCATIVE and not any(
        m.kind == "organization" for m in view.mentions_in(start, end))  # المحتجون; المشاركون في الندوة بتونس
    return _prefix_group(words)[0] or (_groups().get(_CONJUNCTION.sub("", word), "") if lone else "")


def _prefix_group(words) -> tuple[str, int]:
    """The group the first 2-5 ``words`` name and the offset where it ends, or ``("", -1)``."""
    table = _groups()
    for size in range(min(len(words), 5), 1, -1):
        key = " ".join(_NUMBER if w.isdigit() else w for _, _, w in words[:size])  # 37 دولة: {n} دولة
        bare = _CONJUNCTION.sub("", key)
        if key in table or bare in table:
            return table.get(key) or table[bare], words[size - 1][1]
    return "", -1


#: How ``stance/groups.tsv`` writes a number in an entry.
_NUMBER = "{n}"


def group_subject(view: QuoteView, subject: tuple[int, int] | None, left: int, verb_start: int
                  ) -> tuple[int, int] | None:
    """A subject phrase widened to the group that starts in it or up to two words before it.

    "Exiled Uyghurs", "Uyghur exiles in Germany" before the verb: the diaspora speaks, not the people.

    Args:
        view: the document's quote view.
        subject: the subject phrase found before the verb (normalised), or None.
        left: where the sentence starts.
        verb_start: where the verb starts.

    Returns:
        The span from the group's first word to its last (or the subject's end) when a group of
        ``stance/groups.tsv`` starts up to two words before the subject, else ``subject``.
    """
    if subject is None:
        return None
    before = words_between(view.text, max(left, subject[0] - 40), subject[0])
    if view.text[before[-1][1] if before else subject[0]:subject[0]].strip():
        before = []  # a comma or a quote mark stands between: not one phrase
    for word in before[-2:] + [subject]:
        first = _FIRST.match(view.text, word[0], verb_start)
        head = _CONJUNCTION.sub("", first.group()) if first else ""
        if not head or (_NUMBER if head.isdigit() else head) not in _first_words():
            continue
        name, end = _prefix_group(words_between(view.text, word[0], verb_start))
        if name:
            return word[0], max(end, subject[1])
    return subject


def group_names() -> frozenset[str]:
    """The canonical group names of ``stance/groups.tsv`` (Critics, Experts, Rights groups …).

    Returns:
        The names.
    """
    return frozenset(_groups().values())


def group_label(role: str) -> str:
    """The canonical group name of a role noun that is a group ("activists" → Activists), else "".

    Args:
        role: a normalised role noun.

    Returns:
        The name from ``stance/groups.tsv``, or "".
    """
    table = _groups()
    for form in (role, role[len(ARTICLE):] if role.startswith(ARTICLE) else ARTICLE + role):
        if form in table:
            return table[form]
    return ""


#: A preposition of place after a one-word group: where the group is, not whom it speaks for (المشاركون في …).
_LOCATIVE = frozenset(particles("field") + particles("group_place"))
#: Group nouns that refer back to the group named before them (المشاركون، participants).
_ANAPHORS = frozenset(particles("group_anaphor"))
#: How many sentences before the phrase's own the group it refers back to may stand in.
_BACK = 2


def referred_group(view: QuoteView, start: int, end: int) -> str | None:
    """The group a phrase opening with a group anaphor refers back to ("Hundreds of Uyghur diaspora members
    gathered … Participants said" → Uyghur diaspora), or "".

    Args:
        view: the document's quote view.
        start: phrase start (normalised).
        end: phrase end (normalised).

    Returns:
        The canonical name of the last group named before the phrase, in its sentence or the two before (an
        entry of ``stance/groups.tsv`` or a gazetteer group), other than the anaphor's own; "" when no group is
        named before it (the participants of an unnamed group are nobody's voice, not the place's state); None when
        the phrase opens with no anaphor.
    """
    first = _FIRST.match(view.text, start, end)
    if not first or _CONJUNCTION.sub("", first.group()) not in _ANAPHORS or not view.sentences:
        return None
    index = view.sentence_of(start)
    left = view.sentences[max(index - _BACK, 0)][0] if index >= 0 else max(start - 400, 0)
    own = _groups().get(_CONJUNCTION.sub("", first.group()), "")
    found = [(m.start, group_name(m.entity_id, m.name_en)) for m in view.mentions_in(left, start)
             if m.kind == "group" and m.entity_id in _group_entities()]
    words = words_between(view.text, left, start)
    for k, word in enumerate(words):
        bare = _CONJUNCTION.sub("", word[2])
        name = (_prefix_group(words[k:k + 5])[0] or _groups().get(bare, "")) if bare in _first_words() else ""
        found.append((word[0], name))
    named = [(position, name) for position, name in found if name and name != own]
    return max(named)[1] if named else ""
