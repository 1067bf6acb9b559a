"""Per-state body templates for the gazetteer (foreign ministry, embassy, parliament).

``gazetteer/templates.tsv`` rows (columns template, kind, name_en, name_ar,
lang, form, flags, pattern) are applied to every entity of kind ``country``.
The entity id is ``<country id>.<template>`` (``CHN.mfa``); when the entities
file already defines it (with its Wikipedia title) only the variants are
added, otherwise an entity is created with ``name_en``/``name_ar`` filled from
``{en}``/``{ar}`` and affiliated with the country.

Placeholders in ``pattern`` (each becomes a group of the country's variants):

``{name}``     Arabic names (``الصين``, ``جمهورية الصين الشعبية``)
``{nisba_m}``  definite masculine nisba (``الصيني``)
``{nisba_f}``  definite feminine nisba (``الصينية``)
``{name_en}``  English names (``China``)
``{adj_en}``   English adjectives (``Chinese``)

A row whose placeholder has no value for a country is skipped for it.
"""

from __future__ import annotations

import re
from pathlib import Path

import helpers.gazetteer.entries as G
from helpers.text.affixes import affix

__all__ = ["expand_templates", "placeholder_values"]

#: A definite nisba (ال…) and its feminine ending (يه): data/text/affixes.tsv.
_AL, _FEMININE = affix("article"), affix("nisba_feminine")
_PLACEHOLDER = re.compile(r"\{(name|nisba_m|nisba_f|name_en|adj_en)\}")


def placeholder_values(entity_id: str, found: list) -> dict[str, list[str]]:
    """Collect a country's values for every placeholder.

    Args:
        entity_id: the country's id.
        found: variants loaded so far (:class:`helpers.gazetteer.index.Variant`).

    Returns:
        ``{placeholder: [values]}`` in data order, without duplicates.
    """
    values: dict[str, list[str]] = {k: [] for k in ("name", "nisba_m", "nisba_f", "name_en", "adj_en")}
    english_nisba = set()
    for v in found:
        if v.entity_id != entity_id or v.generated or v.flags & {"coref", "coref_aff"}:
            continue
        words = v.text.split()
        if v.lang == "ar" and v.form == "name":
            values["name"].append(v.text)
        elif v.lang == "ar" and v.form == "nisba" and all(w.startswith(_AL) for w in words):
            if all(w.endswith("ي") for w in words):
                values["nisba_m"].append(v.text)
            elif all(w.endswith(_FEMININE) for w in words):
                values["nisba_f"].append(v.text)
        elif v.lang == "en" and v.form == "name":
            values["name_en"].append(v.text)
        elif v.lang == "en" and v.form == "nisba":
            english_nisba.add(v.text)
    values["adj_en"] = sorted(t for t in english_nisba if t[:-1] not in english_nisba)
    return {k: list(dict.fromkeys(vs)) for k, vs in values.items()}


def expand_templates(path: Path, entities: dict, found: list, errors: list[str]) -> list:
    """Apply every template row to every country.

    Args:
        path: the templates TSV.
        entities: ``{entity_id: Entity}``; created body entities are added.
        found: variants loaded from the variants file.
        errors: list that receives ``file:line: problem`` messages.

    Returns:
        The generated variants (marked ``generated=True``).
    """
    stopwords = G.clitic_rules()["stopword"]
    countries = sorted(e for e, ent in entities.items() if ent.kind == "country")
    by_entity: dict[str, list] = {}
    for variant in found:  # one pass, not one per country
        by_entity.setdefault(variant.entity_id, []).append(variant)
    values = {c: placeholder_values(c, by_entity.get(c, [])) for c in countries}
    out = []
    for number, row in G._read_tsv(path, G._TEMPLATE_COLUMNS, errors):
        where = f"{path}:{number}"
        if row["kind"] not in G.KINDS:
            errors.append(f"{where}: kind '{row['kind']}' not in {sorted(G.KINDS)}")
            continue
        flags = G._check_row(where, row, errors)
        if flags is None:
            continue
        needed = set(_PLACEHOLDER.findall(row["pattern"]))
        for country in countries:
            if any(not values[country][p] for p in needed):
                continue
            body = f"{country}.{row['template']}"
            _ensure_entity(body, country, row, entities)
            pattern = _PLACEHOLDER.sub(
                lambda m: "(" + "|".join(values[country][m.group(1)]) + ")", row["pattern"])
            filled = dict(row, entity_id=body, pattern=pattern, family="")
            out.extend(G._make_variants(where, filled, flags, stopwords, errors, template=True))
    return out


def _ensure_entity(body: str, country: str, row: dict, entities: dict) -> None:
    if body in entities:
        return
    state = entities[country]
    entities[body] = G.Entity(body, row["kind"],
                              row["name_en"].replace("{en}", state.name_en),
                              row["name_ar"].replace("{ar}", state.name_ar), country)
