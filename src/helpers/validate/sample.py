"""Reproducible, stratified validation samples of an ``analyze`` output.

:func:`draw_sample` draws ``n`` units (rows that share a key are one unit,
:mod:`helpers.validate.vocabulary`) of one table, stratified by the table's
label and the document's outlet, and by the ``rule`` and ``confidence``
columns when the table has them (a number in bands: below 0.5, 0.5–0.8, 0.8
and above).  Every stratum gets one unit when ``n`` allows, the rest is
shared in proportion to the strata's sizes (D'Hondt's highest averages), so
the sample is close to self-weighting and every label and outlet is seen.
Units are drawn in each stratum with ``numpy.random.default_rng(seed)`` and
the sample is shown in a seeded random order: one seed, one sample.

Each sampled row carries its evidence sentence (:mod:`helpers.validate.evidence`),
the document's title and outlet, the table's own columns and the empty
judgement columns.  ``recall=True`` draws topical sentences that produced no
row of the table instead, stratified by outlet, for a coder to mark what
was missed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from helpers.validate.evidence import attach_evidence
from helpers.validate.output import load_output, outlet_names
from helpers.validate.vocabulary import JUDGEMENT_COLUMNS, recall_key, row_keys, table_spec

__all__ = ["META_COLUMNS", "draw_sample", "allocate", "strata", "recall_population", "units"]

#: The columns every sample starts with, before the table's own columns.
META_COLUMNS = ("key", "sample", "table", "doc_id", "title", "outlet", "stratum", "label",
                "evidence_sentence", "mark_start", "mark_end")
_BANDS = ((0.5, "<0.5"), (0.8, "0.5-0.8"), (float("inf"), ">=0.8"))


def units(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The table's rows with their key, one row per key (the first of rows that share it).

    Args:
        table: the table's name.
        frame: the table.

    Returns:
        The rows with a ``key`` column in front, keys unique.
    """
    keyed = frame.copy()
    keyed.insert(0, "key", row_keys(table, frame).astype(str) if len(frame) else pd.Series([], dtype=str))
    return keyed.drop_duplicates("key").reset_index(drop=True)


def _band(value) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if number != number:
        return ""
    return next(name for limit, name in _BANDS if number < limit)


def strata(table: str, frame: pd.DataFrame, outlets: dict[str, str]) -> pd.Series:
    """The stratum of every row: ``label · outlet`` (· rule · confidence band where present).

    Args:
        table: the table's name.
        frame: its rows (with ``doc_id``).
        outlets: ``{doc_id: outlet}``.

    Returns:
        A Series of stratum names, aligned with ``frame``.
    """
    spec = table_spec(table)
    parts = [frame[spec.label].fillna("").astype(str).replace("", "(none)") if spec.label in frame
             else pd.Series("", index=frame.index),
             frame["doc_id"].map(lambda d: outlets.get(d, "")).fillna("")]
    for column in spec.strata:
        if column in frame:
            values = frame[column]
            numeric = pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values)
            parts.append(values.map(_band) if numeric else values.fillna("").astype(str))
    joined = parts[0].astype(str)
    for part in parts[1:]:
        joined = joined + " · " + part.astype(str)
    return joined


def allocate(sizes: dict[str, int], n: int, *, order: list[str] | None = None) -> dict[str, int]:
    """How many units each stratum gets: one each when ``n`` allows, then in proportion (D'Hondt).

    Args:
        sizes: ``{stratum: units in it}``.
        n: the sample size (at most the population).
        order: the strata in the order that breaks ties (default: sorted).

    Returns:
        ``{stratum: units drawn}``, summing to ``min(n, total)``, never above a stratum's size.
    """
    order = order or sorted(sizes)
    n = min(n, sum(sizes.values()))
    given = {s: 0 for s in order}
    if n >= len([s for s in order if sizes[s]]):
        given = {s: int(sizes[s] > 0) for s in order}
    while sum(given.values()) < n:
        open_strata = [s for s in order if given[s] < sizes[s]]
        best = max(open_strata, key=lambda s: (sizes[s] / (given[s] + 1), -order.index(s)))
        given[best] += 1
    return given


def _draw(population: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """Stratified draw on ``population['stratum']`` (rows sorted by key first), in a seeded random order."""
    rng = np.random.default_rng(seed)
    population = population.sort_values("key", kind="stable").reset_index(drop=True)
    sizes = population["stratum"].value_counts().to_dict()
    names = sorted(sizes)
    order = [names[i] for i in rng.permutation(len(names))]
    chosen = []
    for stratum, count in allocate(sizes, n, order=order).items():
        members = population.index[population["stratum"] == stratum].to_numpy()
        if count:
            chosen.extend(rng.choice(members, size=count, replace=False).tolist())
    picked = population.loc[sorted(chosen)]
    return picked.iloc[rng.permutation(len(picked))].reset_index(drop=True)


def recall_population(table: str, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Topical sentences that produced no row of a table.

    A sentence counts as topical by the sentences table's ``topical`` flag
    (every sentence when there is none); it produced a row when a row of the
    table overlaps it.

    Args:
        table: the table whose misses are looked for.
        tables: the output tables (``sentences`` needed).

    Returns:
        The sentences (doc_id, sent_id, start, end, text …), with a ``key``.
    """
    sentences = tables.get("sentences")
    if sentences is None or sentences.empty:
        return pd.DataFrame(columns=["key", "doc_id", "start", "end", "text"])
    if "topical" in sentences:
        sentences = sentences[sentences["topical"].astype(bool)]
    rows = tables.get(table, pd.DataFrame(columns=["doc_id", "start", "end"]))
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc_id, start, end in zip(rows["doc_id"], rows["start"], rows["end"]):
        spans.setdefault(doc_id, []).append((int(start), int(end)))
    empty = [not any(s < int(e) and int(b) < t for s, t in spans.get(d, ()))
             for d, b, e in zip(sentences["doc_id"], sentences["start"], sentences["end"])]
    found = sentences[empty].copy()
    found.insert(0, "key", [recall_key(table, d, s, e) for d, s, e in
                            zip(found["doc_id"], found["start"], found["end"])])
    return found.reset_index(drop=True)


def draw_sample(source, table: str, *, n: int = 60, seed: int = 7, recall: bool = False) -> pd.DataFrame:
    """A reproducible stratified sample of one table, ready to judge.

    Args:
        source: an output folder of ``helpers analyze`` (with ``run.json``)
            or ``{name: DataFrame}`` tables (documents and sentences give
            titles, outlets and evidence).
        table: stances | quotes | claims | mentions | events.
        n: units to draw (all of them when there are fewer).
        seed: the random seed.
        recall: draw topical sentences without a row of the table instead.

    Returns:
        A DataFrame: :data:`META_COLUMNS`, the table's own columns (a name
        that clashes with those or with the judgement columns gets ``row_``
        before it) and the empty judgement columns.
    """
    spec = table_spec(table)
    tables = source if isinstance(source, dict) else load_output(Path(source), ("documents", "sentences", table))
    if table not in tables and not recall:
        raise ValueError(f"{source}: no {table} table (run helpers analyze with --tables {table})")
    documents = tables.get("documents")
    outlets = outlet_names(documents)
    if recall:
        population = recall_population(table, tables)
        population["stratum"] = population["doc_id"].map(lambda d: outlets.get(d, "")).fillna("")
        own = [c for c in ("sent_id", "start", "end", "topic_score") if c in population]
    else:
        population = units(table, tables[table])
        population["stratum"] = strata(table, population, outlets)
        own = [c for c in tables[table].columns]
    picked = _draw(population, n, seed)
    titles = dict(zip(documents["doc_id"], documents["title"])) if documents is not None else {}
    meta = pd.DataFrame({
        "key": picked["key"], "sample": "recall" if recall else "rows", "table": table,
        "doc_id": picked["doc_id"], "title": picked["doc_id"].map(lambda d: titles.get(d, "")),
        "outlet": picked["doc_id"].map(lambda d: outlets.get(d, "")), "stratum": picked["stratum"],
        "label": "" if recall or spec.label not in picked else picked[spec.label].fillna("").astype(str)})
    meta = attach_evidence(meta, picked, table, tables.get("sentences"), recall=recall)
    taken = set(META_COLUMNS) | set(JUDGEMENT_COLUMNS)
    body = picked[own].rename(columns={c: f"row_{c}" for c in own if c in taken and c != "doc_id"})
    body = body.drop(columns=["doc_id"], errors="ignore")
    judged = pd.DataFrame({c: "" for c in JUDGEMENT_COLUMNS}, index=picked.index)
    return pd.concat([meta, body, judged], axis=1)
