"""Who speaks, and for whom: a speaker phrase resolved to a speaker and an actor.

The speaker is the person when one is named in the phrase (the name as written), else the phrase itself
(المتحدث باسم السفارة الأمريكية، مصدر دبلوماسي).  The actor is the state or organisation spoken for: a state or
organisation named in the phrase (its affiliation when it is a state body: وزارة الخارجية الكندية → Canada), else
the person's affiliation in the gazetteer (Hua Chunying → China), else a bloc or people (Western countries, Uyghurs).
A group that is only a role noun (دبلوماسيون، activists) is nobody's voice.  A bare surname takes the actor of the
earlier speaker it belongs to (هوا → هوا تشون يونغ).  A definite description (المنظمة، the group, the government;
``data/quotes/anaphors.tsv``) speaks for the nearest actor named before it, in its sentence or the two before,
whose kind fits (an organisation for المنظمة, a state for الحكومة), else for an open-world organisation named
there ("the London-based institute": :mod:`helpers.extract.quotes.open_antecedents`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.extract.quotes.bodies import _anaphors, apposed_person, definite_head, definite_kinds, target_body
from helpers.extract.quotes.context import MATCH_STEPS, Mention, QuoteView
from helpers.extract.quotes.groups import group_label, group_name, phrase_group, referred_group
from helpers.extract.quotes.open_actors import canonical, people_state, role_speaks_for, speaks_for_self
from helpers.extract.quotes.open_antecedents import document_producer, open_antecedent, possessor_name
from helpers.extract.quotes.open_names import name_phrase, open_in, possessed_name, relative_name
from helpers.extract.quotes.speakers import is_nisba, previous_word, speaking_mentions, words_between
from helpers.extract.quotes.speaking import before_role, possessed_origin
from helpers.extract.quotes.speech_lexicon import ARTICLE, LI_ARTICLE, QUOTE_CHARS, lexicon, particles
from helpers.gazetteer.index import default_gazetteer
from helpers.text.lexicon_tools import literal_alternation, read_tsv
from helpers.text.normalise import normalise_text

__all__ = ["Speaker", "NO_SPEAKER", "resolve", "definite_kinds", "workplace"]

#: Sentences before a definite description's own in which its antecedent is looked for.
_ANTECEDENT_SENTENCES = 2
#: Words after an earlier use of a head that may name its actor (وزارة الداخلية المصرية).
_PHRASE_WORDS = 4
#: Where the phrase of an earlier use of a head ends: punctuation or a verb-like break.
_PHRASE_END = re.compile(rf"[,.;:!?()\"«»\n،؛؟]|(?<!\w)(?:{literal_alternation(particles('phrase_end'))})(?!\w)")
#: "On behalf of" before a name: whom the speaker speaks for (المتحدث باسم …).
_ON_BEHALF = particles("on_behalf")[0]


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: surface, ids, actor, and the raw span of the surface."""

    speaker: str
    speaker_entity_id: str
    actor: str
    actor_entity_id: str
    start: int = -1
    end: int = -1
    open: bool = False  # a name outside the gazetteer (helpers.extract.quotes.open_actors)

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
    persons = [m for m in names if m.kind == "person" and previous_word(view.text, m.start) != _ON_BEHALF]
    persons = persons or apposed_person(view, start)
    relative = relative_name(view, persons[0], end) if persons else None
    if relative is not None:  # "Ilham Tohti's daughter, Jewher Ilham, said": the daughter speaks
        return Speaker(relative.surface, "", canonical(relative.surface)[0], "", relative.raw_start,
                       relative.raw_end, open=True)
    if persons:
        person = persons[0]
        actor, actor_id = _actor_of(person)
        if not actor:
            actor, actor_id = _best_actor(view, [m for m in names if m is not person])
        return Speaker(view.raw[person.raw_start:person.raw_end], person.entity_id, actor, actor_id,
                       person.raw_start, person.raw_end)
    phrase = view.raw[raw_start:raw_end]
    staff = workplace(view, start, end)
    if staff[0]:  # "الباحثة في المنظمة سارة حسن": the organisation's voice
        named = open_in(view, start, end)
        return Speaker(named.surface if named else phrase, "", staff[0], staff[1], raw_start, raw_end)
    found = _open_speaker(view, start, end, names)
    if found is not None:
        return found
    if names:
        actor, actor_id = _best_actor(view, names)
        if not actor:  # "state media", "officials in Urumqi": the target's own bodies
            actor_id = target_body(view, start, end, names)
            actor = _entities().get(actor_id, ("", ""))[1] if actor_id else ""
        whole = len(names) == 1 and len(words_between(view.text, start, end)) <= len(
            words_between(view.text, names[0].start, names[0].end))
        return Speaker(phrase, names[0].entity_id if whole else "", actor, actor_id, raw_start, raw_end)
    key = frozenset(w for _, _, w in words_between(view.text, start, end))
    for earlier in reversed(list(history)):
        if key and len(key) <= 3 and key <= _key(earlier.speaker):
            return Speaker(phrase, earlier.speaker_entity_id, earlier.actor, earlier.actor_entity_id,
                           raw_start, raw_end, open=earlier.open)
    named = name_phrase(view, start, end) or possessed_name(view, start, end) or possessor_name(view, start, end)
    if named is not None:  # "وقال يوسف القاسمي إن": the phrase is a name the gazetteer does not know
        return Speaker(named.surface, "", canonical(named.surface)[0], "", named.raw_start, named.raw_end,
                       open=True)
    head = definite_head([w for _, _, w in words_between(view.text, start, end)],
                         article_before=view.text[max(0, start - 4):start] == "the ")
    producer = None if head else document_producer(view, start, end)  # "the report said": its producer
    actor, actor_id = open_antecedent(view, start, head, _anaphors()[head][0], _antecedent(view, start, head)) \
        if head else _actor_of(producer) if producer else ("", "")  # else an open organisation named before
    if not actor:  # "the authorities said" in a sentence about Xinjiang: the target's own bodies
        actor_id = target_body(view, start, end, names)
        actor = _entities().get(actor_id, ("", ""))[1] if actor_id else ""
    return Speaker(phrase, "", actor, actor_id, raw_start, raw_end)


def workplace(view: QuoteView, start: int, end: int) -> tuple[str, str]:
    """The organisation a person's role in a phrase works for, named or referred back to ("a researcher at
    Human Rights Watch", الباحثة في المنظمة، الأمين العام للمنظمة); none for a university or a city.

    Args:
        view: the document.
        start: the phrase's normalised start.
        end: its end.

    Returns:
        ``(actor, actor_entity_id)``.
    """
    lex, text = lexicon(), view.text
    for role in lex.role_re.finditer(text, start, end):
        if lex.roles.get(role.group("role") or " ".join(role.group("role2").split())) != "person":
            continue
        link = _WORKPLACE.match(text, role.end(), end) or _OF_BODY.match(text, role.end(), end)
        if link is None:
            continue
        body = next((m for m in view.mentions_in(link.end(), end) if m.start == link.end()), None)
        if body is not None:
            return _actor_of(body) if body.kind == "organization" else ("", "")
        for _, _, word in words_between(text, link.end(), end)[:3 if link.re is _OF_BODY else 1]:
            form = ARTICLE + word[len(LI_ARTICLE):] if word.startswith(LI_ARTICLE) else word  # للمنظمة → المنظمة
            head = definite_head([form], article_before=link.group().endswith("the "))
            if head:
                return _antecedent(view, link.end(), head)
        return "", ""
    return "", ""


#: A role's link to where one works ("researcher at", الباحثة في; رئيس المنظمة، الأمين العام للمنظمة).
_WORKPLACE = re.compile(rf"\s+(?:{literal_alternation(particles('workplace'))})\s+(?:the\s+)?")
_OF_BODY = re.compile(rf"\s+(?:{LI_ARTICLE}|ل(?={ARTICLE})|(?={ARTICLE}))")


@lru_cache(maxsize=64)
def _head_use(head: str) -> re.Pattern:
    """An earlier use of an Arabic head, with or without article and proclitics (وزارة، لوزارة، الوزارة)."""
    return re.compile(rf"(?<!\w)[وف]?(?:{LI_ARTICLE}|[بلك]?(?:{ARTICLE})?){re.escape(head)}(?!\w)")


def _antecedent(view: QuoteView, start: int, head: str) -> tuple[str, str]:
    """The actor a definite description refers back to (see ``quotes/anaphors.tsv``)."""
    kinds, fallback = _anaphors()[head]
    index = view.sentence_of(start)
    if index < 0:
        index = max(bisect.bisect_right([s for s, _ in view.sentences], start) - 1, 0)
    first = view.sentences[max(index - _ANTECEDENT_SENTENCES, 0)][0] if view.sentences else 0
    if not head.isascii():
        uses = list(_head_use(head).finditer(view.text, first, start))
        if uses:  # the nearest earlier use of the head names the actor, or nobody
            use = uses[-1]
            stop = _PHRASE_END.search(view.text, use.end(), start)
            end = stop.start() if stop else start
            words = words_between(view.text, use.end(), end)[:_PHRASE_WORDS]
            return _of_kind(view.mentions_in(use.start(), words[-1][1] if words else use.end()), kinds)
    if not fallback:
        return "", ""
    ordered = []  # sentences from the nearest back, each in text order: its subject before its objects
    for lo in sorted({max(view.sentence_of(m.start), 0) for m in view.mentions_in(first, start)}, reverse=True):
        ordered += [m for m in view.mentions_in(view.sentences[lo][0], min(view.sentences[lo][1], start))]
    return _of_kind(ordered, kinds)


def _of_kind(mentions, kinds: frozenset) -> tuple[str, str]:
    """The first of ``mentions`` that stands for an actor of one of ``kinds`` (the
    Tunisian association, الجمعية التونسية, is not Tunisia)."""
    for mention in mentions:
        actor, actor_id = _actor_of(mention)
        if actor and (_kind_of(actor_id) in kinds or _kind_of(mention.entity_id) in kinds):  # Xinhua: media
            return actor, actor_id
    return "", ""


def _kind_of(entity_id: str) -> str:
    """An actor's kind for :func:`definite_kinds`: the gazetteer kind, with news outlets as ``media``."""
    kind, name = _entities().get(entity_id, ("", ""))[:2]
    return "media" if kind == "organization" and name in _media_outlets() else kind


@lru_cache(maxsize=1)
def _media_outlets() -> frozenset:
    """Names of news outlets (agencies, newspapers, broadcasters) from ``io/outlets.tsv``."""
    return frozenset(row["outlet"] for row in read_tsv("io/outlets.tsv")
                     if row["kind"] in ("agency", "news", "state media"))


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
    """The actor a mention stands for: its affiliation (persons, bodies) or itself.

    An entity that speaks for itself is its own actor
    (:func:`~helpers.extract.quotes.open_actors.speaks_for_self`).
    """
    info = _entities().get(mention.entity_id)
    affiliated = _entities().get(info[2]) if info and info[2] else None
    if speaks_for_self(mention.entity_id, mention.kind, info[2] if info else "",
                       affiliated[0] if affiliated else ""):
        return mention.name_en, mention.entity_id
    if affiliated and mention.kind in ("person", "organization", "group"):
        return affiliated[1], info[2]
    if mention.kind == "person":
        return "", ""
    return group_name(mention.entity_id, mention.name_en), mention.entity_id


def _phrase_role(view: QuoteView, start: int, end: int) -> tuple[str, str]:
    """The first role noun of a phrase (its normalised form) and whom it speaks for (self | named | "")."""
    for match in lexicon().role_re.finditer(view.text, start, end):
        role = match.group("role") or " ".join(match.group("role2").split())
        return role, role_speaks_for(role) or role_speaks_for(ARTICLE + role)
    return "", ""


def _located(view: QuoteView, mention: Mention) -> bool:
    """Whether a place stands after في / in: where a person who speaks for himself is (إمام مسجد في أنقرة),
    not whom he speaks for."""
    return previous_word(view.text, mention.start) in _LOCATIVE


#: The preposition of place before a city or a country (في): the ``field`` particle.
_LOCATIVE = frozenset(particles("field"))


def _open_speaker(view: QuoteView, start: int, end: int, names: list[Mention]) -> Speaker | None:
    """A speaker outside the gazetteer, a group, or a state named by its people's adjective.

    An open-world name in (or in apposition to) the phrase speaks for itself
    unless the phrase is an official's of a named state or organisation
    (المتحدث باسم الخارجية الصينية; a quoted name always: «حزب … - تونس»); a role that speaks for itself with no
    name is its group (Experts, Activists) or nobody, never the state of its
    adjective; an official role or body with a people's adjective is that
    people's state (الخارجية الكازاخية → Kazakhstan).
    """
    role, speaks = _phrase_role(view, start, end)
    if names and possessed_origin(view, start, names):  # "its Chinese director", مديرها الصيني X: not China
        named = possessed_name(view, start, end)
        raw_start, raw_end = (named.raw_start, named.raw_end) if named else view.to_raw(start, end)
        surface = view.raw[raw_start:raw_end]
        return Speaker(surface, "", canonical(surface)[0] if named else "", "", raw_start, raw_end, open=bool(named))
    bodies = [m for m in names if m.kind in ("country", "organization")]
    found = open_in(view, start, end)
    referred = referred_group(view, start, end)  # None: no group anaphor; "": one with no group named before
    group = phrase_group(view, start, end) if referred is None else referred
    if group or referred is not None:
        raw_start, raw_end = view.to_raw(start, end)
        return Speaker(view.raw[raw_start:raw_end], "", group, "", raw_start, raw_end)
    quoted = found is not None and found.kind == "organization" and view.text[max(found.start - 1, 0)] in QUOTE_CHARS
    if found is not None and (speaks or not bodies or not role or quoted):
        return Speaker(found.surface, "", canonical(found.surface)[0], "", found.raw_start, found.raw_end,
                       open=True)
    raw_start, raw_end = view.to_raw(start, end)
    phrase = view.raw[raw_start:raw_end]
    adjectives = [m for m in names if m.kind == "people" or (m.kind == "country" and is_nisba(m, view.text))
                  or (m.kind == "group" and not _entities().get(m.entity_id, ("", "", ""))[2])
                  or (speaks == "self" and m.kind in ("country", "place") and _located(view, m))
                  or (speaks == "self" and m.kind == "country" and before_role(view, m))]
    if speaks == "self" and len(adjectives) == len(names):  # الباحث الألماني, Uyghur activists: not a state
        return Speaker(phrase, "", group_label(role), "", raw_start, raw_end)
    people = [m for m in names if m.kind == "people" and people_state(m.entity_id)]
    if role and not speaks and people and not bodies:
        state = people_state(people[0].entity_id)
        return Speaker(phrase, "", _entities().get(state, ("", ""))[1], state, raw_start, raw_end)
    return None
