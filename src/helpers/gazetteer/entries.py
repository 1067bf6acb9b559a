"""The gazetteer's building blocks: kinds and forms, entity and variant records, row checks.

Shared by the loader (:mod:`helpers.gazetteer.index`), the templates
(:mod:`helpers.gazetteer.templates`), the ambiguity rules
(:mod:`helpers.gazetteer.ambiguity`) and the name-context table of
:mod:`helpers.extract.mentions.context`, so that none of them imports
the loader that imports them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import helpers.gazetteer.variants as V
from helpers.gazetteer.spelling import generated_forms
from helpers.text.lexicon_tools import DataFileError, numbered_rows

__all__ = ["KINDS", "FORMS", "FLAGS", "Entity", "Variant", "GazetteerError", "clitic_rules"]

KINDS = frozenset({"country", "organization", "person", "place", "people", "group"})


FORMS = frozenset({"name", "nisba", "metonym", "acronym", "block"})


FLAGS = frozenset({"coref", "coref_aff", "case", "translit", "spelling", "typo"})


#: Flags that ask for the one-word spelling and slip forms (helpers.gazetteer.spelling).
_SPELLING = frozenset({"spelling", "typo"})


_TEMPLATE_COLUMNS = ("template", "kind", "name_en", "name_ar", "lang", "form", "flags", "pattern")


class GazetteerError(ValueError):
    """Invalid gazetteer data; the message lists ``file:line: problem`` lines."""


@dataclass(frozen=True)
class Entity:
    """One row of the entity table."""

    entity_id: str
    kind: str
    name_en: str
    name_ar: str
    affiliation: str


@dataclass(frozen=True)
class Variant:
    """One concrete variant after expansion, with its match key."""

    entity_id: str
    lang: str
    form: str
    family: str
    flags: frozenset
    text: str
    key: str
    source: str
    generated: bool = False

    def __reduce__(self):  # its fields in order, without their names (a smaller disk cache)
        return type(self), (self.entity_id, self.lang, self.form, self.family, self.flags, self.text,
                            self.key, self.source, self.generated)


def _read_tsv(path: Path, columns, errors: list[str]):
    """Yield ``(line_number, row)`` for data rows (:func:`helpers.text.lexicon_tools.numbered_rows`);
    a malformed file is recorded in ``errors`` (file and line named) and ends the rows."""
    with open(path, encoding="utf-8", newline="") as handle:
        try:
            yield from numbered_rows(handle, str(path), columns)
        except DataFileError as exc:
            errors.append(str(exc))


def _check_row(where, row, errors) -> frozenset | None:
    """Validate lang/form/flags/pattern cells; return the flag set or None."""
    flags = frozenset(f for f in row["flags"].split(",") if f)
    problems = []
    if row["lang"] not in ("ar", "en"):
        problems.append(f"lang '{row['lang']}' is not ar or en")
    if row["form"] not in FORMS:
        problems.append(f"form '{row['form']}' not in {sorted(FORMS)}")
    if flags - FLAGS:
        problems.append(f"unknown flag(s) {', '.join(sorted(flags - FLAGS))}")
    if not row["pattern"]:
        problems.append("empty variant")
    errors.extend(f"{where}: {p}" for p in problems)
    return None if problems else flags


def _concrete(row: dict, flags: frozenset) -> list[tuple[str, bool]]:
    """Expand one row's pattern into ``(variant, generated)`` pairs."""
    out: list[tuple[str, bool]] = []
    for text in V.expand_pattern(row["pattern"]):
        if row["form"] == "nisba":
            forms = (V.arabic_nisba_forms(text) if row["lang"] == "ar"
                     else V.english_nisba_forms(text))
            out.extend((f, False) for f in forms)
        else:
            out.append((text, False))
    extra: list[tuple[str, bool]] = []
    for text, _ in out:
        if row["lang"] == "en":
            folded = V.ascii_fold(text)
            if folded != text:
                extra.append((folded, True))
        elif "translit" in flags and len(text.split()) > 1:
            extra.extend((d, True) for d in V.drift_forms(V.match_key(text))[1:])
        elif flags & _SPELLING and len(text.split()) == 1:
            extra.extend((d, True) for d in generated_forms(V.match_key(text), flags))
    out += extra
    if row["form"] != "block":
        out += [(g, True) for text, _ in list(out) for g in V.glued_forms(text)]
    return out


def _make_variants(where, row, flags, stopwords, errors, *, template: bool = False) -> list[Variant]:
    """The row's variants; a ``template`` row's are all marked generated."""
    try:
        pairs = _concrete(row, flags)
    except V.PatternError as exc:
        errors.append(f"{where}: {exc}")
        return []
    out = []
    for text, generated in pairs:
        key = V.match_key(text)
        cased = "case" in flags or row["form"] == "acronym"
        if not key:
            errors.append(f"{where}: variant '{text}' is empty after normalisation")
        elif key in stopwords and not cased and not generated:
            errors.append(f"{where}: variant '{text}' is a stopword")
        elif not (key in stopwords and not cased):
            out.append(Variant(row["entity_id"], row["lang"], row["form"], row["family"],
                               flags, text, key, where, generated or template))
    return out


@lru_cache(maxsize=8)
def clitic_rules(path: str | None = None) -> dict[str, frozenset]:
    """Load ``clitics.tsv`` once: ``{"proclitic"|"glue"|"stopword": frozenset}``.

    Args:
        path: another clitics file (default: the packaged one).

    Returns:
        Normalised forms per kind (proclitic, glue, stopword).
    """
    file = Path(path) if path else resources.files("helpers") / "data" / "gazetteer/clitics.tsv"
    out: dict[str, set] = defaultdict(set)
    errors: list[str] = []
    for _, row in _read_tsv(file, ("kind", "form"), errors):
        out[row["kind"]].add(V.match_key(row["form"]))
    if errors:
        raise GazetteerError("\n".join(errors))
    return {k: frozenset(out.get(k, ())) for k in ("proclitic", "glue", "stopword")}
