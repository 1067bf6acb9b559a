"""The actor/place gazetteer: load, expand and validate its data files.

Data files (``src/helpers/data/``, TSV with a header, ``#`` comments on top):

``gazetteer/entities.tsv``   entity_id, kind, name_en, name_ar, affiliation, note
``gazetteer/variants.tsv``   entity_id, lang, form, family, flags, pattern
``gazetteer/templates.tsv``  template, kind, name_en, name_ar, lang, form, flags, pattern
                             (per-state bodies: foreign ministry, embassy, parliament)
``clitics.tsv``              proclitics, glue words, stopwords (see mentions.py)
``variant_rules.tsv``        transliteration drift rules (see variants.py)
``gazetteer/ambiguous.tsv``  forms that are also given names, surnames or common words
``gazetteer/corroboration.tsv``  which entities corroborate an ambiguous form
                             (both in :mod:`helpers.gazetteer.ambiguity`)

``kind`` is one of country, organization, person, place, people, group;
``name_en`` is the English Wikipedia title where an article exists;
``affiliation`` is the entity a person or sub-body speaks for (Hua Chunying →
CHN).  ``form`` is name | nisba | metonym | acronym | block (a context that
vetoes the entity, e.g. "السياسة الخارجية الصينية" is not the ministry);
``family`` is the naming family (official_chinese, east_turkestan, …);
``flags``: ``coref`` (a short name accepted only when the entity is named in
full in the same document), ``coref_aff`` (… or when its affiliation is),
``case`` (English, must not be all lower case), ``translit`` (apply drift).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from helpers.gazetteer.ambiguity import load_ambiguous, load_corroboration
from helpers.gazetteer.entries import (
    FLAGS,
    FORMS,
    KINDS,
    Entity,
    GazetteerError,
    Variant,
    _check_row,
    _make_variants,
    _read_tsv,
    clitic_rules,
)
from helpers.gazetteer.templates import expand_templates
from helpers.io.disk_cache import cached
from helpers.io.packed import PackedMapping

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, not to import this module
    import pandas as pd

__all__ = ["KINDS", "FORMS", "FLAGS", "Entity", "Variant", "Gazetteer", "GazetteerError",
           "load_gazetteer", "default_gazetteer", "gazetteer_inputs", "entities", "clitic_rules"]

_NEEDS_AFFILIATION = frozenset({"person"})
_ENTITY_COLUMNS = ("entity_id", "kind", "name_en", "name_ar", "affiliation")
_VARIANT_COLUMNS = ("entity_id", "lang", "form", "family", "flags", "pattern")


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Loaded gazetteer (hashable by identity, so finders can cache per object).

    Attributes:
        entities: ``{entity_id: Entity}``.
        keys: ``{match key: (Variant, …)}`` after conflict resolution; one
            entity per key except for coref-only keys (a read-only
            :class:`~helpers.io.packed.PackedMapping` when loaded from the disk cache).
        blocks: ``{match key: frozenset(vetoed entity ids)}``.
        conflicts: generated variants dropped because they collided.
        ambiguous: ``{match key: ambiguity}`` (given | surname | word) for
            forms that need corroboration (``gazetteer/ambiguous.tsv``).
        corroborators: ``{entity_id: frozenset(entity ids)}`` whose
            unambiguous mention corroborates an ambiguous one.
    """

    entities: dict
    keys: dict
    blocks: dict
    conflicts: tuple = field(default=())
    ambiguous: dict = field(default_factory=dict)
    corroborators: dict = field(default_factory=dict)

    def __reduce__(self):
        # pickled (the disk cache) with its keys packed: each key's variants are unpickled
        # when the key is first read, not the 58,328 variants at every start
        keys = self.keys if isinstance(self.keys, PackedMapping) else PackedMapping(self.keys)
        return type(self), (self.entities, keys, self.blocks, self.conflicts, self.ambiguous,
                            self.corroborators)

    def table(self) -> pd.DataFrame:
        """The entity table as a DataFrame (sorted by entity_id).

        Returns:
            Columns entity_id, kind, name_en, name_ar, affiliation.
        """
        import pandas as pd

        return pd.DataFrame(self.entity_rows(), columns=list(_ENTITY_COLUMNS))

    def entity_rows(self) -> list[dict]:
        """The rows of :meth:`table` as dicts, without pandas (sorted by entity_id).

        Returns:
            One dict per entity: entity_id, kind, name_en, name_ar, affiliation.
        """
        return [{column: getattr(e, column) for column in _ENTITY_COLUMNS}
                for e in sorted(self.entities.values(), key=lambda e: e.entity_id)]


def _load_entities(path: Path, errors: list[str]) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    lines: dict[str, int] = {}
    for number, row in _read_tsv(path, _ENTITY_COLUMNS, errors):
        where = f"{path}:{number}"
        entity = Entity(*(row[c] for c in _ENTITY_COLUMNS))
        if not entity.entity_id:
            errors.append(f"{where}: empty entity_id")
            continue
        if entity.entity_id in entities:
            errors.append(f"{where}: duplicate entity_id '{entity.entity_id}' "
                          f"(first on line {lines[entity.entity_id]})")
            continue
        if entity.kind not in KINDS:
            errors.append(f"{where}: kind '{entity.kind}' not in {sorted(KINDS)}")
        if not entity.name_en or not entity.name_ar:
            errors.append(f"{where}: '{entity.entity_id}' needs name_en and name_ar")
        entities[entity.entity_id] = entity
        lines[entity.entity_id] = number
    for entity_id, entity in entities.items():
        where = f"{path}:{lines[entity_id]}"
        if entity.affiliation and entity.affiliation not in entities:
            errors.append(f"{where}: affiliation '{entity.affiliation}' of '{entity_id}' "
                          "is not an entity")
        elif entity.affiliation == entity_id:
            errors.append(f"{where}: '{entity_id}' is affiliated with itself")
        elif entity.kind in _NEEDS_AFFILIATION and not entity.affiliation:
            errors.append(f"{where}: {entity.kind} '{entity_id}' needs an affiliation")
    return entities


def _load_variants(path: Path, entities, stopwords, errors) -> list[Variant]:
    found: list[Variant] = []
    for number, row in _read_tsv(path, _VARIANT_COLUMNS, errors):
        where = f"{path}:{number}"
        if row["entity_id"] not in entities:
            errors.append(f"{where}: unknown entity_id '{row['entity_id']}'")
            continue
        flags = _check_row(where, row, errors)
        if flags is None:
            continue
        found.extend(_make_variants(where, row, flags, stopwords, errors))
    return found


def _resolve(variants: list[Variant], errors: list[str]):
    """Group variants by key; report or drop cross-entity collisions.

    A generated variant that a block row of its own entity names (another
    place one letter away, e.g. شيجيانغ for the region's spellings) is dropped.
    """
    by_key: dict[str, list[Variant]] = defaultdict(list)
    blocks: dict[str, set] = defaultdict(set)
    for v in variants:
        if v.form == "block":
            blocks[v.key].add(v.entity_id)
        else:
            by_key[v.key].append(v)
    keys, conflicts = {}, []
    for key, vs in by_key.items():
        if all(v.generated and v.entity_id in blocks.get(key, ()) for v in vs):
            conflicts.append(f"{key}: generated, but a block of {sorted({v.entity_id for v in vs})}")
            continue
        firm = [v for v in vs if not v.flags & {"coref", "coref_aff"}]
        pool = firm or vs
        owners = {v.entity_id for v in pool}
        if len(owners) > 1 and firm:
            explicit = [v for v in pool if not v.generated]
            if len({v.entity_id for v in explicit}) > 1:
                sources = "; ".join(f"{v.entity_id} ({v.source})" for v in explicit)
                errors.append(f"{explicit[0].source}: variant '{key}' names several "
                              f"entities: {sources}")
                continue
            conflicts.append(f"{key}: {sorted(owners)}")
            if not explicit:
                continue
            pool = [v for v in pool if v.entity_id == explicit[0].entity_id]
        keys[key] = tuple(pool)
    return keys, {k: frozenset(v) for k, v in blocks.items()}, tuple(sorted(conflicts))


def load_gazetteer(entities_path=None, variants_path=None, templates_path=None, *,
                   clitics_path=None, ambiguous_path=None, corroboration_path=None) -> Gazetteer:
    """Load, expand and validate the gazetteer.

    Args:
        entities_path: entity TSV (default: packaged ``gazetteer/entities.tsv``).
        variants_path: variant TSV (default: packaged ``gazetteer/variants.tsv``).
        templates_path: template TSV (default: packaged; ``""`` for none).
        clitics_path: clitics TSV (default: packaged).
        ambiguous_path: ambiguous forms TSV (default: the packaged one when the
            packaged entities are loaded, none otherwise; ``""`` for none).
        corroboration_path: corroboration groups TSV (same default).

    Returns:
        A validated :class:`Gazetteer`.

    Raises:
        GazetteerError: every problem found, one ``file:line: problem`` per line.
    """
    data = resources.files("helpers") / "data"
    packaged = "" if entities_path else None
    ambiguous_path = packaged if ambiguous_path is None else ambiguous_path
    corroboration_path = packaged if corroboration_path is None else corroboration_path
    entities_path = Path(entities_path or data / "gazetteer/entities.tsv")
    variants_path = Path(variants_path or data / "gazetteer/variants.tsv")
    if templates_path is None:
        templates_path = data / "gazetteer/templates.tsv"
    stopwords = clitic_rules(str(clitics_path) if clitics_path else None)["stopword"]
    errors: list[str] = []
    entities = _load_entities(entities_path, errors)
    found = _load_variants(variants_path, entities, stopwords, errors)
    if templates_path:
        found += expand_templates(Path(templates_path), entities, found, errors)
    keys, blocks, conflicts = _resolve(found, errors)
    named = {v.entity_id for vs in keys.values() for v in vs}
    for entity_id in sorted(set(entities) - named):
        errors.append(f"{entities_path}: entity '{entity_id}' has no variant")
    ambiguous = corroborators = {}
    if ambiguous_path != "":
        ambiguous = load_ambiguous(Path(ambiguous_path or data / "gazetteer/ambiguous.tsv"),
                                   keys, entities, errors)
    if corroboration_path != "":
        corroborators = load_corroboration(
            Path(corroboration_path or data / "gazetteer/corroboration.tsv"), entities, errors)
    if errors:
        raise GazetteerError("\n".join(errors))
    return Gazetteer(entities, keys, blocks, conflicts, ambiguous, corroborators)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process.

    Kept in the disk cache (:mod:`helpers.io.disk_cache`), keyed by the
    gazetteer's and the text stage's data files and code: a changed file
    builds it again.

    Returns:
        The :class:`Gazetteer` built from ``src/helpers/data``.
    """
    return cached("gazetteer", gazetteer_inputs(), load_gazetteer)


def gazetteer_inputs() -> list[Path]:
    """The files the packaged gazetteer is built from (its disk cache's key).

    Returns:
        The data files of ``data/gazetteer`` and ``data/text`` and the code of ``gazetteer/`` and ``text/``.
    """
    root = Path(str(resources.files("helpers")))
    return [path for folder in ("data/gazetteer", "data/text", "gazetteer", "text")
            for path in sorted((root / folder).glob("*.*")) if path.suffix in (".tsv", ".txt", ".py")]


def entities() -> pd.DataFrame:
    """The packaged entity table (stance and quote stages look actors up here).

    Returns:
        Columns entity_id, kind, name_en, name_ar, affiliation, sorted by id.
    """
    return default_gazetteer().table()
