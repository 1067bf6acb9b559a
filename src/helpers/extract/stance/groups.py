"""Holders that are not named actors: groups, unnamed government bodies and unnamed officials.

``data/stance/groups.tsv`` lists them (matched on the normalised,
lower-cased sentence, whole words, after و / ف):

- ``group``: a group that speaks as one actor, under a canonical name
  ("خبراء" → Experts, "critics" → Critics); an entry may start with ``{n}``,
  a number in digits or words ("22 دولة", "thirty-seven countries" →
  Foreign governments);
- ``target_body``: an unnamed government body (السلطات، the authorities) is
  the government whose policy is the target, unless a state is named right
  after it (الحكومة التركية);
- ``government``: "the government" / الحكومة is the government of a state other
  than the target whose speaker or body is named before it in the sentence, else
  as ``target_body``;
- ``official``: unnamed officials speak for the state or organisation named
  right after them ("مسؤولون في قرغيزستان", "officials from Kazakhstan"), or
  for the target when they are officials of a place of the topic ("officials
  in Urumqi"); with neither, for nobody.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.quotes.speakers import BASED_IN
from helpers.extract.stance.actors import country_actors, top_actor
from helpers.extract.stance.fields import field_follows
from helpers.extract.stance.holders import localise
from helpers.extract.stance.links import opening_subject
from helpers.extract.stance.sentence import ActorRef, SentenceView
from helpers.extract.stance.tokens import sentence_words as words
from helpers.gazetteer.index import gazetteer_inputs
from helpers.io.disk_cache import cached, package_files
from helpers.text.affixes import affix_alternation, affixes
from helpers.text.lexicon_tools import read_tsv, trie_alternation
from helpers.text.normalise import lookup_key, normalise_text

__all__ = ["group_refs", "group_table", "opening_actor", "sentence_view"]

#: What may stand between unnamed officials and the state or place they belong to.
_OF = re.compile(rf"\s+(?:{affix_alternation('officials_link')})\s+|\s+(?=[بل]\w)")
_LINKS = "".join(affixes("link_preposition"))


@lru_cache(maxsize=1)
def _numbers() -> str:
    """A pattern for a number in digits or words (``twenty-two``, ``ثلاثين``, ``عشرات``)."""
    words = {lookup_key(r["word"]) for r in read_tsv("text/number_words.tsv")
             if r["kind"] in ("cardinal", "vague")}
    alternation = "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))
    return rf"(?:\d[\d,.]*|(?:{alternation})(?:[\s-]+(?:و)?(?:{alternation}))*)"


@lru_cache(maxsize=1)
def group_table() -> tuple[re.Pattern, list[tuple[re.Pattern, str]], dict[str, tuple[str, str, str]]]:
    """The table as patterns: plain entries, ``{n}`` entries, and ``{entry: (kind, actor, entity)}``.

    Returns:
        ``(pattern of plain entries, [(pattern of a {n} entry, entry)], table)``;
        disk-cached, keyed by the stance, text and gazetteer data files and code (actors).
    """
    inputs = package_files("data/stance", "extract/stance", "data/text") + gazetteer_inputs()
    return cached("stance-groups", inputs, _build_group_table)


def _build_group_table() -> tuple:
    """Build :func:`group_table` from the data files."""
    table, numbered = {}, []
    for row in read_tsv("stance/groups.tsv"):
        entity = row.get("entity_id", "")
        for entry in _spellings(normalise_text(row["entry"]).lower()):
            table.setdefault(entry, (row["kind"], row.get("actor", "") or top_actor(entity), entity))
        entry = normalise_text(row["entry"]).lower()
        table[entry] = (row["kind"], row.get("actor", "") or top_actor(entity), entity)
        if "{n}" in entry:
            body = re.escape(entry).replace(re.escape("{n}"), _numbers()).replace(r"\ ", r"\s+")
            numbered.append((re.compile(rf"(?<!\w)([وف]?)({body})(?!\w)"), entry))
    plain = [e for e in table if "{n}" not in e]
    alternation = trie_alternation(plain, spaces=False)  # the longest entry first, as a|b|c longest first
    return re.compile(rf"(?<!\w)([وف]?)({alternation})(?!\w)"), numbered, table


def _spellings(entry: str) -> list[str]:
    """An entry and its other spellings of the people's stem (``people_spelling`` of data/text/affixes.tsv:
    الجالية الإيغورية → الجالية الأويغورية، الجالية الويغورية …), the entry itself first."""
    stems = affixes("people_spelling")
    found = next((stem for stem in sorted(stems, key=len, reverse=True) if stem in entry), None)
    return [entry] if found is None else [entry] + [entry.replace(found, other) for other in stems if other != found]


def group_refs(text: str, *, actors, owner: str, places=()) -> list[tuple]:
    """Groups, unnamed government bodies and unnamed officials named in a sentence.

    Args:
        text: the normalised sentence.
        actors: the sentence's named actors (:class:`~helpers.extract.stance.sentence.ActorRef`);
            entries overlapping them are skipped, except a group whose phrase holds one whole
            (Chinese experts, دول ذات غالبية مسلمة): the caller drops the names inside a group.
        owner: the target's actor name, given to unnamed bodies ("" gives them none).
        places: normalised spans of the topic's places in the sentence (Urumqi, Kashgar …).

    Returns:
        ``[(start, end, actor, entity_id, clitic, origin)]`` in normalised
        offsets, origin ``group`` or ``body``.
    """
    plain, numbered, table = group_table()
    lowered = text.lower()
    matches = [(m, m.group(2)) for m in plain.finditer(lowered)]
    matches += [(m, entry) for pattern, entry in numbered if all(w in lowered for w in _literals(entry))
                for m in pattern.finditer(lowered)]
    taken = [(a.start, a.end) for a in actors]
    found = []
    for m, entry in sorted(matches, key=lambda x: (x[0].start(2), -x[0].end(2))):
        start, end = m.start(2), m.end(2)
        kind, actor, entity = table[entry]
        if any(a < end and start < b for a, b in [(f[0], f[1]) for f in found]) \
                or any(a < end and start < b and not (kind == "group" and start <= a and b <= end)
                       for a, b in taken):
            continue  # a group's phrase may hold a name as an adjective: Muslim-majority countries, خبراء صينيون
        if kind in ("target_body", "government"):
            following = [a for a, _ in taken if a >= end]
            if not owner or (following and not text[end:min(following)].strip()):
                continue
            before = [a.actor for a in actors if a.end <= start and a.actor != owner and a.actor in country_actors()]
            actor = before[-1] if kind == "government" and before else owner  # "Wong said the government had …"
        elif kind == "official":
            actor = _official(text, end, actors, owner, places)
        if actor:
            origin = "group" if kind == "group" else "body"
            found.append((start, end, actor, entity, m.group(1), origin))
    return found


@lru_cache(maxsize=None)
def _literals(entry: str) -> tuple[str, ...]:
    """The words of a ``{n}`` entry besides the number: its pattern matches them verbatim, so a
    sentence without one of them cannot match (the gate is derived from the entry itself)."""
    return tuple(entry.replace("{n}", " ").split())


def _official(text: str, end: int, actors, owner: str, places) -> str:
    """Whom unnamed officials speak for: the actor or topic place named right after them, else nobody."""
    link = _OF.match(text, end)
    at = link.end() if link else None
    if at is None:
        return ""
    named = next((a for a in actors if a.start == at or (a.start > at and not text[at:a.start].strip(_LINKS))), None)
    if named is not None:
        return named.actor
    if owner and any(s == at or (s > at and not text[at:s].strip(_LINKS)) for s, _ in places):
        return owner
    return ""


def sentence_view(norm, offset: int, refs, owners, cues) -> tuple[SentenceView, list, list]:
    """One sentence as the stance rules read it, with the groups and unnamed bodies among its actors.

    Args:
        norm: the sentence's :class:`~helpers.text.normalise.Normalised` text.
        offset: the sentence's raw start.
        refs: its actor refs ``(start, end, actor, speaker, entity_id, clitic, origin)`` in raw offsets.
        owners: the target actors (an unnamed government body speaks for the only one).
        cues: its cue matches.

    Returns:
        ``(view, located, topic)``: the :class:`SentenceView`, its actor refs in normalised offsets and
        the spans of the topic's places and core names.
    """
    located = localise(norm, offset, refs)
    actors = [r for r in located if r.origin not in ("place", "core")
              and not BASED_IN.match(norm.text, r.end)]  # "the London-based institute": where, not who
    places = [(r.start, r.end) for r in located if r.origin == "place"]
    owner = min(owners) if len(owners) == 1 else ""
    tokens = words(norm.text)
    groups = [ActorRef(a, b, actor, "", entity, clitic=clitic, origin=origin) for a, b, actor, entity, clitic, origin
              in group_refs(norm.text, actors=actors, owner=owner, places=places)
              if origin != "group" or not field_follows(tokens, b)]  # "نقاد السينما": not the policy's critics
    inside = [(g.start, g.end) for g in groups if g.origin == "group"]
    actors = [r for r in actors if not any(a <= r.start and r.end <= b for a, b in inside)] + groups
    topic = [(r.start, r.end) for r in located if r.origin in ("place", "core")]
    return SentenceView(norm.text, tokens, cues, actors), located, topic


def opening_actor(norm, offset: int, refs, owners) -> list[tuple]:
    """The actor a sentence without cues opens with, for the next sentence to go on with.

    Args:
        norm, offset, refs, owners: as :func:`sentence_view` takes them.

    Returns:
        :func:`helpers.extract.stance.links.opening_subject` of the sentence.
    """
    return opening_subject(sentence_view(norm, offset, refs, owners, [])[0])
