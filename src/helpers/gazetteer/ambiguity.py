"""Ambiguous name forms and corroboration groups: load and validate their data files.

``gazetteer/ambiguous.tsv``      entity_id, ambiguity, pattern, note
``gazetteer/corroboration.tsv``  group, entity_id, note

A form listed as ambiguous is a variant key of its entity that is also
something else in news text: a given name (``given``: إيغور is Igor, أوغور is
Uğur), a family name (``surname``: التركستاني; ``family``: a people's name that is also a family name in
Latin script, Uygur — it needs no corroboration unless the document uses it as someone's family name), or a
common word, verb form
or another place's or people's name (``word``: ويغور = و + يغور, طرفان "two
parties").  :mod:`helpers.extract.mentions.rows` keeps such a mention only when the
document also names the entity, or a member of one of its corroboration
groups, with an unambiguous form, and (for ``given``/``surname``) when it does
not stand in a person-name context (:mod:`helpers.extract.mentions.context`).

The result is attached to the :class:`helpers.gazetteer.index.Gazetteer` as
``ambiguous`` (``{match key: ambiguity}``) and ``corroborators``
(``{entity_id: frozenset of entity ids whose unambiguous mention corroborates
it}``, the entity itself included).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import helpers.gazetteer.variants as V
from helpers.gazetteer.entries import _read_tsv

__all__ = ["AMBIGUITIES", "load_ambiguous", "load_corroboration"]

AMBIGUITIES = frozenset({"given", "surname", "family", "word"})
_AMBIGUOUS_COLUMNS = ("entity_id", "ambiguity", "pattern")
_GROUP_COLUMNS = ("group", "entity_id")


def load_ambiguous(path: Path, keys: dict, entities: dict, errors: list[str]) -> dict[str, str]:
    """Read the ambiguous-forms file and check every form against the gazetteer.

    Args:
        path: ``gazetteer/ambiguous.tsv`` (or another file of that shape).
        keys: the gazetteer's ``{match key: (Variant, …)}`` after resolution.
        entities: ``{entity_id: Entity}``.
        errors: receives ``file:line: problem`` messages (unknown entity,
            unknown ambiguity, a form that is not a variant of the entity,
            one key given two ambiguities).

    Returns:
        ``{match key: ambiguity}``.
    """
    out: dict[str, str] = {}
    for number, row in _read_tsv(path, _AMBIGUOUS_COLUMNS, errors):
        where = f"{path}:{number}"
        entity_id, ambiguity = row["entity_id"], row["ambiguity"]
        if entity_id not in entities:
            errors.append(f"{where}: unknown entity_id '{entity_id}'")
            continue
        if ambiguity not in AMBIGUITIES:
            errors.append(f"{where}: ambiguity '{ambiguity}' not in {sorted(AMBIGUITIES)}")
            continue
        try:
            forms = V.expand_pattern(row["pattern"])
        except V.PatternError as exc:
            errors.append(f"{where}: {exc}")
            continue
        for form in forms:
            key = V.match_key(form)
            owners = {v.entity_id for v in keys.get(key, ())}
            if entity_id not in owners:
                errors.append(f"{where}: '{form}' is not a variant of '{entity_id}'")
            elif out.get(key, ambiguity) != ambiguity:
                errors.append(f"{where}: '{form}' is already marked '{out[key]}'")
            else:
                out[key] = ambiguity
    return out


def load_corroboration(path: Path, entities: dict, errors: list[str]) -> dict[str, frozenset]:
    """Read the corroboration groups.

    Args:
        path: ``gazetteer/corroboration.tsv`` (or another file of that shape).
        entities: ``{entity_id: Entity}``; every member must be one.
        errors: receives ``file:line: problem`` messages.

    Returns:
        ``{entity_id: frozenset of corroborating entity ids}`` for every
        member of a group (its groups' members, itself included).
    """
    members: dict[str, set] = defaultdict(set)
    for number, row in _read_tsv(path, _GROUP_COLUMNS, errors):
        where = f"{path}:{number}"
        if not row["group"]:
            errors.append(f"{where}: empty group")
        elif row["entity_id"] not in entities:
            errors.append(f"{where}: unknown entity_id '{row['entity_id']}'")
        else:
            members[row["group"]].add(row["entity_id"])
    out: dict[str, set] = defaultdict(set)
    for group in members.values():
        for entity_id in group:
            out[entity_id] |= group
    return {e: frozenset(g) for e, g in out.items()}
