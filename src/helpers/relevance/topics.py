"""Topic profiles: what a corpus is studied for, as data (``data/topics/*.toml``).

A profile names the stance target ("China's policy in Xinjiang"), the
gazetteer entities and extra terms that are direct evidence of the topic
(*core*), the anchor terms that place a sentence in the topic once the
document has a core hit (camps, detention, forced labour …), entities that
add weight only beside a core hit (*related*), the principal actors and the
thresholds of the document rule (see :mod:`helpers.relevance.classify`).  The packaged
profiles are ``xinjiang`` (the default) and ``rohingya``; a user writes a
new one by copying a file — the format is documented at the top of
``data/topics/xinjiang.toml`` — and passes its path.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from helpers.gazetteer.index import default_gazetteer

__all__ = ["DEFAULT_TOPIC", "TopicProfile", "TopicError", "load_profile", "available_profiles"]

DEFAULT_TOPIC = "xinjiang"
_THRESHOLDS = {"title_share": 0.1, "lead_sentences": 2, "lead_share": 0.2, "topical_share": 0.2,
               "subject_share": 0.3, "topical_hits": 0, "passing_hits": 1}
_WEIGHTS = {"core": 1.0, "anchor": 0.5, "related": 0.25}
_TOP_KEYS = frozenset({"id", "name", "target", "target_entities", "actors", "core", "anchors",
                       "related", "thresholds", "weights"})


class TopicError(ValueError):
    """An invalid or missing topic profile; the message names the file and the problem."""


@dataclass(frozen=True)
class TopicProfile:
    """One topic profile (hashable by identity, so matchers can be cached per profile).

    Attributes:
        id: short name (``xinjiang``).
        name: human-readable name.
        target: the stance target in words.
        target_entities: gazetteer ids whose policy the stances are about.
        core_entities: gazetteer ids whose unambiguous mention is topic evidence.
        core_terms: extra core patterns ``(lang, concept, pattern)``.
        anchor_terms: anchor patterns ``(lang, concept, pattern)``.
        related_entities: gazetteer ids that add weight beside a core hit.
        actors: principal actors (gazetteer ids), in display order.
        thresholds: the document rule's thresholds.
        weights: per-hit weights (core, anchor, related).
        source: the file the profile was read from.
    """

    id: str
    name: str
    target: str
    target_entities: frozenset
    core_entities: frozenset
    core_terms: tuple
    anchor_terms: tuple
    related_entities: frozenset
    actors: tuple
    thresholds: dict = field(hash=False, compare=False)
    weights: dict = field(hash=False, compare=False)
    source: str = ""

    __hash__ = object.__hash__
    __eq__ = object.__eq__


@lru_cache(maxsize=64)
def _path_of(text: str) -> Path:
    """A profile name (``xinjiang``) or a path to a TOML file → the file's path."""
    if text.endswith(".toml") or "/" in text or "\\" in text:
        return Path(text)
    return Path(str(resources.files("helpers") / "data" / "topics" / f"{text}.toml"))


def available_profiles() -> list[str]:
    """The packaged profiles' names.

    Returns:
        Sorted names (file stems of ``data/topics/*.toml``).
    """
    folder = resources.files("helpers") / "data" / "topics"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


def _strings(where: str, value, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TopicError(f"{where}: '{key}' must be a list of non-empty strings")
    return [v.strip() for v in value]


def _numbers(where: str, given, defaults: dict, key: str) -> dict:
    given = given or {}
    if not isinstance(given, dict):
        raise TopicError(f"{where}: [{key}] must be a table")
    unknown = sorted(set(given) - set(defaults))
    if unknown:
        raise TopicError(f"{where}: unknown {key} {', '.join(unknown)}; "
                         f"known: {', '.join(defaults)}")
    out = dict(defaults)
    for k, v in given.items():
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
            raise TopicError(f"{where}: {key}.{k} must be a non-negative number")
        out[k] = v
    return out


def _terms(where: str, table, key: str) -> tuple:
    """``[key.ar]``/``[key.en]`` tables of ``concept = "pattern"`` (or plain lists)."""
    table = table or {}
    if not isinstance(table, dict):
        raise TopicError(f"{where}: [{key}] must be a table")
    out = []
    for lang in ("ar", "en"):
        given = table.get(lang, {})
        if isinstance(given, list):
            given = {f"{key}_{lang}_{i + 1}": p for i, p in enumerate(_strings(
                where, given, f"{key}.{lang}"))}
        if not isinstance(given, dict) or not all(isinstance(p, str) and p.strip()
                                                  for p in given.values()):
            raise TopicError(f"{where}: [{key}.{lang}] must map names to non-empty patterns")
        out.extend((lang, name, p.strip()) for name, p in given.items())
    return tuple(out)


def _check_entities(where: str, ids: set[str]) -> None:
    known = default_gazetteer().entities
    missing = sorted(i for i in ids if i not in known)
    if missing:
        raise TopicError(f"{where}: unknown gazetteer entity id(s) {', '.join(missing)}")


@lru_cache(maxsize=16)
def _load(path: str) -> TopicProfile:
    where = path
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise TopicError(f"{where}: no such topic profile (packaged: "
                         f"{', '.join(available_profiles())})") from None
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TopicError(f"{where}: cannot read the profile: {exc}") from None
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise TopicError(f"{where}: unknown key(s) {', '.join(unknown)}")
    for key in ("id", "target"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise TopicError(f"{where}: '{key}' is missing or empty")
    core = data.get("core") or {}
    related = data.get("related") or {}
    for key, allowed in (("core", {"entities", "ar", "en"}), ("anchors", {"ar", "en"}),
                         ("related", {"entities"})):
        table = data.get(key) or {}
        extra = sorted(set(table) - allowed) if isinstance(table, dict) else []
        if extra:
            raise TopicError(f"{where}: unknown key(s) {', '.join(extra)} in [{key}]")
    core_ids = _strings(where, core.get("entities", []), "core.entities")
    related_ids = _strings(where, related.get("entities", []), "related.entities")
    targets = _strings(where, data.get("target_entities", []), "target_entities")
    actors = _strings(where, data.get("actors", []), "actors")
    _check_entities(where, set(core_ids) | set(related_ids) | set(targets) | set(actors))
    core_terms = _terms(where, {k: v for k, v in core.items() if k != "entities"}, "core")
    if not core_ids and not core_terms:
        raise TopicError(f"{where}: the profile has no core entities and no core terms")
    return TopicProfile(
        id=data["id"].strip(), name=str(data.get("name", data["id"])).strip(),
        target=data["target"].strip(), target_entities=frozenset(targets),
        core_entities=frozenset(core_ids), core_terms=core_terms,
        anchor_terms=_terms(where, data.get("anchors"), "anchors"),
        related_entities=frozenset(related_ids), actors=tuple(actors),
        thresholds=_numbers(where, data.get("thresholds"), _THRESHOLDS, "thresholds"),
        weights=_numbers(where, data.get("weights"), _WEIGHTS, "weights"), source=path)


def load_profile(name: str | Path | TopicProfile | None = None) -> TopicProfile:
    """Load a topic profile (cached per file).

    Args:
        name: a packaged profile's name (``"xinjiang"``, ``"rohingya"``), a
            path to a TOML file, a profile (returned as is), or None for the
            default (``xinjiang``).

    Returns:
        The :class:`TopicProfile`.

    Raises:
        TopicError: missing file or invalid content, naming the file.
    """
    if isinstance(name, TopicProfile):
        return name
    return _load(str(_path_of(str(name or DEFAULT_TOPIC))))
