"""Source comparison: naming analysis, plus shared helpers for keyness and KWIC.

Which name does each source give the region (شينجيانغ، شينجيانج، سنجان،
تركستان الشرقية …) and the people (الإيغور، الأويغور، الأويجور …)?
:func:`naming_table` counts, per document, the surface forms that the mention
finder (:func:`helpers.extract.mentions.rows.find_mentions`) found for chosen entities,
grouped by naming family (official Chinese name, transliteration, East
Turkestan …), with each surface's *form*: the matching-normalised spelling
without proclitics (و ف ب ك ل) and article (ال), so that والإيغور، للإيغور
and الايغور count as one spelling while الأويغور and الأويجور stay apart.

The other two comparisons live in their own modules, which build on this one
(``iter_docs``, ``strip_proclitics``): :func:`helpers.analysis.keyness.keyness`
(distinctive vocabulary) and :func:`helpers.analysis.kwic.kwic` (keyword in
context); ``from helpers import keyness, kwic`` gives both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

import pandas as pd

from helpers.text.affixes import affix
from helpers.text.normalise import normalise, normalise_text

__all__ = [
    "DEFAULT_NAMING_ENTITIES",
    "iter_docs",
    "strip_proclitics",
    "naming_table",
    "naming_pivot",
    "preferred_names",
]

#: ``name_en`` of the entities a naming analysis looks at by default.
DEFAULT_NAMING_ENTITIES: tuple[str, ...] = ("Xinjiang", "Uyghurs")

NAMING_COLUMNS = ["doc_id", "entity_id", "name_en", "family", "variant", "form",
                  "spelling", "surface", "count", "share"]

# Proclitic chains on a normalised Arabic word: conjunction و/ف, then either a
# preposition ب/ك + article, the article alone, or ل + article written لل.
_ARTICLE_CHAIN = re.compile(rf"^[وف]?(?:[بك]?{affix('article')}|{affix('article_lam')})(?=\w{{2}})")
_BARE_CHAIN = re.compile(r"^[وف]?[بكل]?")
_SPACES = re.compile(r"\s+")
_LEADING_MARKS = re.compile(r"^[\u064B-\u065F\u0670\u0640]+")

def iter_docs(docs) -> Iterator[tuple[str, str]]:
    """Yield ``(doc_id, raw)`` pairs from any of the usual corpus shapes.

    Args:
        docs: a :class:`helpers.io.corpus_loader.Corpus` (anything with ``.documents``),
            an iterable of documents (objects with ``doc_id`` and ``raw``) or of
            ``(doc_id, raw)`` pairs, a mapping ``{doc_id: raw}``, a DataFrame
            with ``doc_id`` and ``raw`` (or ``text``) columns, or one string
            (its doc_id is ``""``).

    Returns:
        An iterator of ``(doc_id, raw)``; mappings are sorted by doc_id.
    """
    if isinstance(docs, str):
        yield "", docs
        return
    if hasattr(docs, "documents"):
        docs = docs.documents
    if isinstance(docs, pd.DataFrame):
        column = "raw" if "raw" in docs.columns else "text"
        for doc_id, raw in zip(docs["doc_id"], docs[column]):
            yield str(doc_id), str(raw)
        return
    if isinstance(docs, Mapping):
        for doc_id in sorted(docs):
            yield str(doc_id), docs[doc_id]
        return
    for doc in docs:
        if hasattr(doc, "raw"):
            yield str(doc.doc_id), doc.raw
        else:
            doc_id, raw = doc
            yield str(doc_id), raw


def strip_proclitics(word: str, *, core: str | None = None) -> str:
    """Remove proclitics and the article from a *normalised* Arabic word.

    Without ``core`` only chains that end in the article are removed, because
    a bare و ف ب ك ل is ambiguous (وزير، فنلندا، بكين، لندن):
    والصين → صين، للصين → صين، بالامم → امم.  With ``core`` (the expected word,
    e.g. a gazetteer variant) any chain of و ف ب ك ل (+ article) in front of it
    is removed: بشينجيانغ → شينجيانغ.

    Args:
        word: one normalised word (see :func:`helpers.text.normalise.normalise_text`).
        core: the expected word without clitics, normalised, or ``None``.

    Returns:
        The word without its proclitics (unchanged when nothing applies).
    """
    if core:
        core = _ARTICLE_CHAIN.sub("", core)
        if word.endswith(core) and len(word) > len(core):
            prefix = word[: -len(core)]
            chain = _ARTICLE_CHAIN.match(word)
            if _BARE_CHAIN.fullmatch(prefix) or (chain and chain.end() == len(prefix)):
                return core
        if word == core:
            return word
    return _ARTICLE_CHAIN.sub("", word)


def _naming_form(surface: str, variant: str) -> tuple[str, str]:
    """``(form, spelling)``: normalised form and raw surface without proclitics."""
    norm = normalise(surface)
    text = norm.text
    lead = len(text) - len(text.lstrip())
    words = _SPACES.sub(" ", text).strip().split(" ")
    core = normalise_text(variant).split()[0] if variant and variant.strip() else None
    first = strip_proclitics(words[0], core=core)
    cut = lead + len(words[0]) - len(first)
    words[0] = first
    return " ".join(words), surface[norm.raw_index(cut):].strip()


def _fold_contracted_article(rows: pd.DataFrame) -> None:
    """Fold لأويغور (ل + ال written لل, the finder having split off one ل) into
    the entity's form اويغور, when that form is attested for the entity.

    Only when the stripped proclitic (column ``clitic``, if any) ends in ل and
    the rest is a known form of the same entity, so that لندن stays لندن.
    """
    clitics = rows["clitic"].fillna("").astype(str) if "clitic" in rows else None
    known = set(zip(rows["entity_id"], rows["form"]))
    forms, spellings = list(rows["form"]), list(rows["spelling"])
    for i, (entity, form) in enumerate(zip(rows["entity_id"], forms)):
        lam = clitics is None or clitics.iloc[i].endswith("ل")
        if lam and form.startswith("ل") and (entity, form[1:]) in known:
            forms[i] = form[1:]
            spellings[i] = _LEADING_MARKS.sub("", spellings[i][1:])
    rows["form"], rows["spelling"] = forms, spellings


def _select(mentions: pd.DataFrame, entity_ids, names) -> pd.DataFrame:
    if entity_ids is not None:
        ids = {entity_ids} if isinstance(entity_ids, str) else set(entity_ids)
        return mentions[mentions["entity_id"].isin(ids)]
    return mentions[mentions["name_en"].isin(set(names))]


def naming_table(mentions: pd.DataFrame, *, entity_ids: Iterable[str] | str | None = None,
                 names: Iterable[str] = DEFAULT_NAMING_ENTITIES) -> pd.DataFrame:
    """Count, per source, the names used for chosen entities.

    Args:
        mentions: a mentions table (``doc_id, start, end, surface, entity_id,
            kind, name_en, name_ar`` and optionally ``family``, ``variant``),
            for one or many documents.
        entity_ids: entity ids to analyse; default: the entities whose
            ``name_en`` is in ``names``.
        names: ``name_en`` values used when ``entity_ids`` is ``None``
            (default: Xinjiang and Uyghurs).

    Returns:
        DataFrame ``doc_id, entity_id, name_en, family, variant, form,
        spelling, surface, count, share``: one row per distinct raw surface;
        ``form`` is its normalised spelling without proclitics and article (for
        counting: الأويغور، للأويغور، الاويغور → اويغور), ``spelling`` the raw
        surface without them (for display: أويغور), ``share`` its fraction of
        the entity's mentions in that document.  Sorted by doc_id, name_en,
        count (descending), form, surface.
    """
    rows = _select(mentions, entity_ids, names).copy()
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "count" else
                                          "float64" if c == "share" else "object")
                             for c in NAMING_COLUMNS})
    for column in ("family", "variant"):
        rows[column] = rows[column].fillna("").astype(str) if column in rows else ""
    rows["family"] = rows["family"].replace("", "unknown")
    forms = [_naming_form(s, v) for s, v in zip(rows["surface"], rows["variant"])]
    rows["form"] = [form for form, _ in forms]
    rows["spelling"] = [spelling for _, spelling in forms]
    _fold_contracted_article(rows)
    keys = ["doc_id", "entity_id", "name_en", "family", "variant", "form", "spelling", "surface"]
    table = rows.groupby(keys, sort=False, dropna=False).size().rename("count").reset_index()
    totals = table.groupby(["doc_id", "entity_id"])["count"].transform("sum")
    table["share"] = (table["count"] / totals).round(4)
    table = table.sort_values(["doc_id", "name_en", "count", "form", "surface"],
                              ascending=[True, True, False, True, True], kind="mergesort")
    return table[NAMING_COLUMNS].reset_index(drop=True)


def naming_pivot(table: pd.DataFrame, *, by: str = "family", entity: str | None = None,
                 share: bool = False) -> pd.DataFrame:
    """Pivot a naming table to sources × families (or variants, forms).

    Args:
        table: the output of :func:`naming_table`.
        by: the column to spread: ``"family"``, ``"variant"``, ``"form"``,
            ``"spelling"`` or ``"surface"``.
        entity: keep one entity (its entity_id or name_en); default: all, with
            columns ``(name_en, value)``.
        share: give each row's shares per entity instead of counts.

    Returns:
        DataFrame indexed by doc_id, one column per value (sorted), zeros where
        a source never uses that name.
    """
    if entity is not None:
        table = table[(table["entity_id"] == entity) | (table["name_en"] == entity)]
    columns = [by] if entity is not None else ["name_en", by]
    values = "share" if share else "count"
    pivot = table.pivot_table(index="doc_id", columns=columns, values=values,
                              aggfunc="sum", fill_value=0, sort=True)
    if not share:
        pivot = pivot.astype("int64")
    pivot.columns.names = columns if len(columns) > 1 else [by]
    return pivot


def preferred_names(table: pd.DataFrame) -> pd.DataFrame:
    """The most used spelling of each entity in each source.

    Args:
        table: the output of :func:`naming_table`.

    Returns:
        DataFrame ``doc_id, name_en, form, family, surface, count, share,
        n_forms``: one row per (doc_id, name_en); ``count``/``share`` are the
        form's totals (all its surfaces), ``surface`` its most frequent raw
        spelling, ``n_forms`` how many different forms the source uses.
        Ties go to the alphabetically first form.
    """
    keys = ["doc_id", "name_en", "form"]
    forms = (table.groupby(keys + ["family"], sort=True)
             .agg(count=("count", "sum"), share=("share", "sum"),
                  surface=("surface", "first")).reset_index())
    forms["n_forms"] = forms.groupby(["doc_id", "name_en"])["form"].transform("nunique")
    forms = forms.sort_values(["doc_id", "name_en", "count", "form"],
                              ascending=[True, True, False, True], kind="mergesort")
    best = forms.drop_duplicates(["doc_id", "name_en"], keep="first")
    columns = ["doc_id", "name_en", "form", "family", "surface", "count", "share", "n_forms"]
    return best[columns].reset_index(drop=True)
