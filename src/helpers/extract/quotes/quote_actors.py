"""Who speaks, and for whom: a speaker phrase resolved to a speaker and an actor.

The speaker is the person when one is named in the phrase (the name as
written), else the phrase itself (المتحدث باسم السفارة الأمريكية، مصدر
دبلوماسي).  The actor is the state or organisation spoken for: a state or
organisation named in the phrase (its affiliation when it is a state body:
وزارة الخارجية الكندية → Canada), else the person's affiliation in the
gazetteer (Hua Chunying → China), else a bloc or people (Western world,
Uyghurs).  A group that is only a role noun (دبلوماسيون، activists) is
nobody's voice.  A bare surname takes the actor of the earlier speaker it
belongs to (هوا → هوا تشون يونغ).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from helpers.gazetteer.gazetteer import default_gazetteer
from helpers.text.normalise import normalise_text
from helpers.extract.quotes.quote_context import MATCH_STEPS, QuoteView, Mention
from helpers.extract.quotes.quote_speakers import previous_word, speaking_mentions, words_between
from helpers.extract.quotes.speech_lexicon import lexicon

__all__ = ["Speaker", "NO_SPEAKER", "resolve"]


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: surface, ids, actor, and the raw span of the surface."""

    speaker: str
    speaker_entity_id: str
    actor: str
    actor_entity_id: str
    start: int = -1
    end: int = -1

    def __bool__(self) -> bool:
        return bool(self.speaker or self.actor)


NO_SPEAKER = Speaker("", "", "", "")


@lru_cache(maxsize=1)
def _entities() -> dict:
    """``{entity_id: (kind, name_en, affiliation)}`` from the gazetteer (empty without one)."""
    try:
        table = default_gazetteer().entities
    except (OSError, ValueError):
        return {}
    return {e.entity_id: (e.kind, e.name_en, e.affiliation) for e in table.values()}


def resolve(view: QuoteView, start: int, end: int, *, history=()) -> Speaker:
    """Turn a speaker phrase into speaker, actor and their entity ids.

    Args:
        view: the document.
        start: phrase start (normalised).
        end: phrase end (normalised).
        history: earlier :class:`Speaker` objects of the document, used when
            the phrase is a bare surname (هوا → هوا تشون يونغ).

    Returns:
        A :class:`Speaker`; the speaker is the person's name when one is named,
        else the phrase; the actor is the name_en of the state or organisation.
    """
    if end <= start:
        return NO_SPEAKER
    raw_start, raw_end = view.to_raw(start, end)
    names = speaking_mentions(view, start, end)
    persons = [m for m in names if m.kind == "person" and previous_word(view.text, m.start) != "باسم"]
    if persons:
        person = persons[0]
        actor, actor_id = _actor_of(person)
        if not actor:
            actor, actor_id = _best_actor(view, [m for m in names if m is not person])
        return Speaker(view.raw[person.raw_start:person.raw_end], person.entity_id, actor, actor_id,
                       person.raw_start, person.raw_end)
    phrase = view.raw[raw_start:raw_end]
    if names:
        actor, actor_id = _best_actor(view, names)
        whole = len(names) == 1 and len(words_between(view.text, start, end)) <= len(
            words_between(view.text, names[0].start, names[0].end))
        return Speaker(phrase, names[0].entity_id if whole else "", actor, actor_id, raw_start, raw_end)
    key = frozenset(w for _, _, w in words_between(view.text, start, end))
    for earlier in reversed(list(history)):
        if key and len(key) <= 3 and key <= _key(earlier.speaker):
            return Speaker(phrase, earlier.speaker_entity_id, earlier.actor, earlier.actor_entity_id,
                           raw_start, raw_end)
    return Speaker(phrase, "", "", "", raw_start, raw_end)


@lru_cache(maxsize=4096)
def _key(speaker: str) -> frozenset:
    """The normalised words of a speaker's surface."""
    text = normalise_text(speaker, steps=MATCH_STEPS)
    return frozenset(word for _, _, word in words_between(text, 0, len(text)))


def _best_actor(view: QuoteView, names: list[Mention]) -> tuple[str, str]:
    """The actor of a speaker phrase: a state or organisation named in it first, then a
    person's affiliation, then a bloc or people; a group that is only a role noun
    (دبلوماسيون، activists) is nobody's voice."""
    rank = {"country": 0, "organization": 0, "person": 1, "group": 2, "people": 2}
    role = lexicon().role_re
    for mention in sorted(names, key=lambda m: (rank.get(m.kind, 3), m.start)):
        if mention.kind in ("group", "people") and role.fullmatch(view.text[mention.start:mention.end]):
            continue
        actor = _actor_of(mention)
        if actor[0]:
            return actor
    return "", ""


def _actor_of(mention: Mention) -> tuple[str, str]:
    """The actor a mention stands for: its affiliation (persons, bodies) or itself."""
    info = _entities().get(mention.entity_id)
    if info and info[2] and mention.kind in ("person", "organization", "group"):
        affiliated = _entities().get(info[2])
        if affiliated:
            return affiliated[1], info[2]
    if mention.kind == "person":
        return "", ""
    return mention.name_en, mention.entity_id
