"""Who can hold a stance: actors from mentions and quotes, and the author's voice.

A stance belongs to a state, an organisation or a group.  A person speaks
for the state or organisation of their affiliation (gazetteer), an organ of
a state (a ministry, an embassy, a party) for that state.  Capitals used as
metonyms (بكين، واشنطن) are countries in the mentions table already.
Peoples (الإيغور) and places are talked about, not actors.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.quotes.groups import group_name, group_names
from helpers.extract.quotes.open_actors import speaks_for_self
from helpers.extract.quotes.speech_lexicon import ARTICLE, particles
from helpers.extract.stance.grammar import load_grammar, voice_pattern
from helpers.extract.stance.sentence import QuotedSpan
from helpers.gazetteer.index import default_gazetteer
from helpers.io.rows import as_rows, isna
from helpers.text.affixes import affixes
from helpers.text.normalise import normalise_text

__all__ = ["ACTOR_KINDS", "actor_refs", "author_voice", "country_actors", "quote_spans", "resolve_actor",
           "resolve_actor_id", "top_actor", "unheld_spans"]

#: Mention kinds that can hold a stance themselves.
ACTOR_KINDS = frozenset({"country", "organization", "organisation", "group", "person"})
_AFFILIATION_COLUMNS = ("speaks_for", "affiliation")  # optional extras of a mentions table
#: A definite adjective of origin: its start (ال، وال) and endings (ي، ية، يه), data/text/affixes.tsv.
_DEFINITE, _NISBA_END = affixes("definite_start"), affixes("nisba_end")


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, dict[str, str]]:
    """``{entity_id: {"name_en", "kind", "affiliation"}}``.

    From :meth:`~helpers.gazetteer.index.Gazetteer.entity_rows`.
    """
    return {row["entity_id"]: {"name_en": row["name_en"], "kind": row["kind"],
                               "affiliation": row["affiliation"] or ""}
            for row in default_gazetteer().entity_rows()}


def _top(value: str) -> str:
    """Follow an affiliation chain (Xinjiang CPC committee → CPC → China) to its end.

    The chain stops at an entity that speaks for itself
    (:func:`helpers.extract.quotes.open_actors.speaks_for_self`: a university, a
    person of one, a person affiliated with a people).
    """
    table, seen = _gazetteer(), set()
    while value in table and table[value]["affiliation"] and value not in seen:
        seen.add(value)
        up = table[value]["affiliation"]
        if speaks_for_self(value, table[value]["kind"], up, table.get(up, {}).get("kind", "")):
            break
        value = up
    return table[value]["name_en"] if value in table else value


def top_actor(entity_id: str) -> str:
    """The actor at the end of an entity's affiliation chain (its own id when not in the gazetteer).

    Args:
        entity_id: a gazetteer entity id.

    Returns:
        The English name of the entity the chain ends at.
    """
    return _top(entity_id) if entity_id in _gazetteer() else ""


@lru_cache(maxsize=1)
def country_actors() -> frozenset:
    """The actor names of the gazetteer's countries (China, Australia …).

    Returns:
        Their English names.
    """
    return frozenset(row["name_en"] for row in _gazetteer().values() if row["kind"] == "country")


def resolve_actor_id(entity_id: str) -> str:
    """The actor name of a gazetteer entity (its affiliation chain followed: ``CHN`` → China).

    Args:
        entity_id: a gazetteer entity id.

    Returns:
        The English name of the entity at the end of the chain ("" when unknown).
    """
    return _top(entity_id) if entity_id in _gazetteer() else ""


def resolve_actor(row: dict) -> tuple[str, str, str]:
    """The actor a mention stands for.

    Args:
        row: a mentions-table row as a dict (entity_id, kind, name_en, extras).

    Returns:
        ``(actor, speaker, entity_id)``: a person's actor is the state or
        organisation at the end of their affiliation chain and ``speaker`` is
        their name; a body's actor is the state it belongs to (Global Affairs
        Canada → Canada).  ``actor`` is empty when the mention cannot hold a
        stance (a people, a place; capitals used as metonyms are already
        countries in the mentions table).
    """
    entity_id = str(row.get("entity_id") or "")
    kind = str(row.get("kind") or "")
    name = str(row.get("name_en") or "")
    if kind not in ACTOR_KINDS:
        return "", "", entity_id
    given = next((str(row[c]) for c in _AFFILIATION_COLUMNS
                  if isinstance(row.get(c), str) and row[c]), "")
    actor = _top(given) if given else (_top(entity_id) if entity_id in _gazetteer() else name)
    if kind == "group":
        actor = group_name(entity_id, actor)  # one name per group: Rights groups, Western countries
    return actor or name, (name if kind == "person" else ""), entity_id


def actor_refs(mentions) -> list[tuple[int, int, str, str, str, str]]:
    """Mentions that can hold a stance, resolved to their actor.

    Args:
        mentions: the mentions (a DataFrame, row dicts or None); an optional
            ``clitic`` column (و، ب، ل … glued before the name) is passed on.

    Returns:
        ``[(start, end, actor, speaker, entity_id, clitic)]`` sorted by start.
    """
    refs, cache = [], {}
    for row in as_rows(mentions):
        key = (row.get("entity_id"), row.get("kind"), row.get("name_en"), row.get("clitic"),
               *(row.get(c) for c in _AFFILIATION_COLUMNS))
        if key not in cache:  # one resolution per distinct entity (and clitic)
            cache[key] = resolve_actor(row)
        actor, speaker, entity = cache[key]
        if actor:
            clitic = row.get("clitic") if isinstance(row.get("clitic"), str) else ""
            refs.append((int(row["start"]), int(row["end"]), actor, speaker, entity, clitic))
    return sorted(refs)


def quote_spans(quotes) -> list[QuotedSpan]:
    """The content spans of quotes whose speaker speaks for a known actor.

    The speaker is the person's English name when the quotes table resolved
    them, the role phrase when it did not ("متحدث باسم السفارة الأمريكية"),
    and empty when the speaker is the actor itself ("وتقول الصين").  Quotes
    whose actor is a people or a place (أقلية الإيغور) are left out.

    Args:
        quotes: the quotes (DataFrame, row dicts or None; content_start/
            content_end extras when present, else start/end).

    Returns:
        :class:`~helpers.extract.stance.sentence.QuotedSpan` (content start and end, actor, speaker,
        actor_entity_id, origin) sorted; origin is ``group`` for a group's voice (Experts), else ``quote``.
    """
    table, groups = _gazetteer(), group_names()
    spans = []
    for row in as_rows(quotes):
        actor, entity = _text(row.get("actor")), _text(row.get("actor_entity_id"))
        if not actor or (entity in table and table[entity]["kind"] not in ACTOR_KINDS):
            continue
        actor = _top(entity) if entity in table else actor  # OHCHR → United Nations
        if _policy_phrase(_text(row.get("speaker"))):
            continue  # "وصف معاملة الصين بأنها …": what is described is not who speaks
        speaker_id = _text(row.get("speaker_entity_id"))
        if speaker_id in table:
            speaker = table[speaker_id]["name_en"] if table[speaker_id]["kind"] == "person" else ""
        else:
            speaker = _text(row.get("speaker"))
        start, end = row.get("content_start", row["start"]), row.get("content_end", row["end"])
        if start is None or end is None or isna(start) or isna(end) or int(start) < 0:
            start, end = row["start"], row["end"]
        spans.append(QuotedSpan(int(start), int(end), actor, speaker, entity,
                                "group" if actor in groups else "quote"))
    return sorted(spans)


def unheld_spans(quotes) -> list[tuple[int, int]]:
    """The spans (speaker, verb and content) of reported speech whose speaker speaks for nobody known
    ("Reports said …", "ذكرت تقارير إعلامية أن …", "قالت مصادر إن …"): somebody's words, never the author's.

    Args:
        quotes: the quotes (DataFrame, row dicts or None).

    Returns:
        ``[(start, end)]`` raw spans of the quotes with such a speaker phrase and no actor.
    """
    spans = []
    for row in as_rows(quotes):
        start, end = row.get("start", -1), row.get("end", -1)
        if not _text(row.get("actor")) and _hearsay(_text(row.get("speaker"))) \
                and isinstance(start, (int, float)) and not isna(start) and 0 <= start < end:
            spans.append((int(start), int(end)))
    return spans


#: و / ف and the article before a speaker's head word (والتقارير).
_ARTICLE = re.compile(rf"^[وف]?(?:{ARTICLE})?")


def _hearsay(speaker: str) -> bool:
    """Whether a speaker phrase is headed by a word that names nobody (``hearsay_speaker`` rows of
    ``quotes/particles.tsv``: reports, sources, تقارير، مصادر), not the author's own study or paper."""
    words = [_ARTICLE.sub("", normalise_text(w).lower()) for w in speaker.split()[:4]]
    return any(w in _hearsay_heads() for w in words)


@lru_cache(maxsize=1)
def _hearsay_heads() -> frozenset:
    return frozenset(normalise_text(w).lower() for w in particles("hearsay_speaker"))


def _policy_phrase(speaker: str) -> bool:
    """Whether a speaker phrase starts with a policy noun ("معاملة الصين", "China's treatment"): a quote
    stage's reading of "describe X as …" where X is the object, not a speaker."""
    first = [normalise_text(word).lower() for word in speaker.split()[:2]]  # a word at a time: no re-normalising
    nouns = load_grammar().get("policy_noun", frozenset())
    return bool(first) and ((first[0],) in nouns or (len(first) > 1 and first[0].endswith(("'s", "’s"))
                                                     and (first[1],) in nouns))


def _text(value) -> str:
    return value if isinstance(value, str) else ""


#: How far into a document its own-voice markers are looked for (raw characters).
_VOICE_HEAD = 20000


def author_voice(raw: str, *, genre: str = "", view=None) -> bool:
    """Whether the document speaks in its own voice (academic, opinion, NGO report).

    Args:
        raw: the raw text (used only when ``genre`` is empty: its markers
            such as "في هذا البحث" or "this study" decide).
        genre: the catalog's genre, free text ("academic abstract", "news article").
        view: the document's :class:`~helpers.text.view.DocumentView`, whose
            normalised text is reused, or None.

    Returns:
        True for authored genres; False for news and unknown genres.
    """
    if genre.strip():
        text = normalise_text(genre).lower()
        if voice_pattern("news_genre").search(text):
            return False
        return bool(voice_pattern("author_genre").search(text))
    head = view.head_text(_VOICE_HEAD) if view is not None else normalise_text(raw[:_VOICE_HEAD])
    return bool(voice_pattern("marker").search(head.lower()))
