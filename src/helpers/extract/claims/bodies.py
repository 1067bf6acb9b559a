"""Whose figure a state body's or a described organisation's is (data ``data/claims/state_bodies.tsv``).

Two rules the figure's source namer (:class:`helpers.extract.claims.sources.SourceNamer`) applies to a speaker
phrase (the subject of the quote that gives the figure):

- :func:`regional_state`: a government body or paper with a region word or a place of a state
  ("the regional statistics bureau", "Xinjiang's department of human resources", «مكتب الإحصاء في الإقليم»)
  speaks for that state (the home region's state for a bare region word: China);
- :func:`descriptors`: a country mention that only describes an organisation next to it ("the British paper
  The Guardian", «صحيفة الغارديان البريطانية», "the Washington-based group") is not the source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.gazetteer.index import default_gazetteer
from helpers.text.affixes import affix
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import lookup_key

__all__ = ["described", "descriptors", "regional_state", "speaks_for_nobody"]

#: Arabic proclitics and the article a body or region word may carry (وحكومة، بالإقليم).
_PREFIX = rf"(?:[وفبل]?(?:{affix('article')}|ل)?)"
_POSSESSIVE = re.compile(r"['’]s\s*")
_ARTICLE = re.compile(r"(?<!\w)(?:the|a|an|its)(?!\w)")
_LEFT = re.compile(r"[\s\-–,]*")
_BEFORE = 4        # characters: "Xinjiang's " may stand right before the speaker phrase
_DESCRIBE = 24     # characters: the most a descriptor gap between an organisation and a country may span


def _alternation(forms: list[str], arabic: bool) -> re.Pattern | None:
    if not forms:
        return None
    body = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w){_PREFIX if arabic else ''}(?:{body})(?!\w)")


@lru_cache(maxsize=1)
def _data() -> dict[str, object]:
    """The kinds of ``state_bodies.tsv``: one compiled pattern per kind (both languages), and the home place id."""
    forms: dict[str, dict[str, list[str]]] = {}
    home = ""
    for row in read_tsv("claims/state_bodies.tsv", ("kind", "lang", "forms")):
        if row["kind"] == "home":
            home = row["forms"].strip()
            continue
        by_lang = forms.setdefault(row["kind"], {})
        by_lang.setdefault(row["lang"], []).extend(lookup_key(f) for f in row["forms"].split("|") if f.strip())
    patterns: dict[str, object] = {"home": home}
    for kind, by_lang in forms.items():
        patterns[kind] = [p for p in (_alternation(by_lang.get("en", []), False),
                                      _alternation(by_lang.get("ar", []), True)) if p]
    return patterns


def _has(kind: str, text: str) -> bool:
    return any(p.search(text) for p in _data()[kind])


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """``{place or country id: the English name of the state it belongs to}``."""
    entities = default_gazetteer().entities
    names = {e.entity_id: e.name_en for e in entities.values() if e.kind == "country"}
    for e in entities.values():
        if e.kind == "place" and e.affiliation in names:
            names[e.entity_id] = names[e.affiliation]
    return names


def regional_state(raw: str, start: int, end: int, mentions: list) -> str:
    """The state a government body in a speaker phrase speaks for, when the phrase places it.

    Args:
        raw: the document's raw text.
        start: the speaker phrase's raw start.
        end: its raw end (the subject's end).
        mentions: the document's mentions in raw order (objects with ``raw_start``, ``raw_end``, ``kind``,
            ``entity_id``) that may name a place in or right before the phrase.

    Returns:
        The state's English name ("China"), or "" when the phrase names no body or places none.
    """
    phrase = lookup_key(raw[start:end])
    if not _has("body", phrase):
        return ""
    states = _states()
    for mention in mentions:
        inside = start <= mention.raw_start < end
        before = start - _BEFORE <= mention.raw_end <= start and _POSSESSIVE.fullmatch(raw[mention.raw_end:start])
        if (inside or before) and mention.kind in ("place", "country") and mention.entity_id in states:
            return states[mention.entity_id]
    return states.get(str(_data()["home"]), "") if _has("region", phrase) else ""


def _only_descriptors(gap: str) -> bool:
    """Whether a gap between two mentions holds only descriptor nouns, articles and spaces ("paper", " ")."""
    rest = lookup_key(gap)
    for pattern in _data()["descriptor"]:
        rest = pattern.sub(" ", rest)
    return bool(_LEFT.fullmatch(_ARTICLE.sub(" ", rest)))


def descriptors(raw: str, mentions: list) -> set[int]:
    """Indices of country mentions that describe an organisation mention next to them, or a base ("X-based").

    Args:
        raw: the document's raw text.
        mentions: mentions of one speaker phrase, in raw order.

    Returns:
        Positions in ``mentions`` of the country mentions that are no source.
    """
    skip = set()
    for index, mention in enumerate(mentions):
        if mention.kind != "country":
            continue
        after = lookup_key(raw[mention.raw_end:mention.raw_end + 8])
        if after.startswith("-based") or after.startswith("based"):
            skip.add(index)
            continue
        for other in mentions[max(0, index - 1):index + 2]:
            if other.kind != "organization":
                continue
            lo, hi = sorted((mention.raw_end, other.raw_start)) if other.raw_start >= mention.raw_end \
                else sorted((other.raw_end, mention.raw_start))
            if hi - lo <= _DESCRIBE and _only_descriptors(raw[lo:hi]):
                skip.add(index)
    return skip


def described(raw: str, mentions: list) -> list:
    """The mentions less the country mentions that only describe an organisation or a base (:func:`descriptors`).

    Args:
        raw: the document's raw text.
        mentions: mentions in raw order.

    Returns:
        The mentions that may name a source, in order.
    """
    skip = descriptors(raw, mentions)
    return [m for i, m in enumerate(mentions) if i not in skip] if skip else list(mentions)


def speaks_for_nobody(raw: str, start: int, end: int, mentions: list) -> bool:
    """Whether a speaker phrase is a written record that names no organisation or person ("the leaked documents",
    "government documents", «الوثائق المسربة»): its quote gives a figure no voice.

    Args:
        raw: the document's raw text.
        start: the speaker phrase's raw start.
        end: its raw end.
        mentions: the document's mentions that start inside the phrase (a state's adjective may be one).

    Returns:
        True when the phrase is a record and none of the mentions is an organisation or a person.
    """
    if start < 0 or not _has("record", lookup_key(raw[start:end])):
        return False
    return not any(m.kind in ("organization", "person") for m in mentions)
