"""Scoring extractors against gold annotations.

Gold files (``tests/gold/*.tsv``) name each expected item by ``doc_id`` and
its exact ``surface`` text, with ``occurrence`` (1-based) when the surface
occurs more than once; :func:`resolve_gold` turns them into raw offsets.
:func:`match` pairs predictions with gold items one to one (span overlap,
plus equal values in the columns named), and :func:`score` gives precision,
recall and F1, :func:`error_table` the misses and false hits.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

__all__ = ["read_gold", "resolve_gold", "match", "score", "error_table", "prf"]


def read_gold(path: str | Path) -> pd.DataFrame:
    """Read a gold TSV (``#`` comment lines allowed), all columns as text.

    Args:
        path: the gold file.

    Returns:
        DataFrame of the gold rows (empty cells as ``""``).
    """
    return pd.read_csv(path, sep="\t", dtype=str, comment="#", keep_default_na=False)


def resolve_gold(gold: pd.DataFrame, texts: dict[str, str], *, surface: str = "surface") -> pd.DataFrame:
    """Add raw ``start``/``end`` to gold rows by finding their surface text.

    Args:
        gold: gold rows with ``doc_id``, the surface column and optionally
            ``occurrence`` (1-based, default 1).
        texts: ``{doc_id: raw text}``.
        surface: the name of the column holding the exact surface.

    Returns:
        A copy of ``gold`` with integer ``start`` and ``end`` columns.

    Raises:
        ValueError: a surface is not found (naming the doc and the surface).
    """
    starts, ends = [], []
    for row in gold.itertuples(index=False):
        raw = texts[row.doc_id]
        text = getattr(row, surface)
        nth = int(getattr(row, "occurrence", "") or 1)
        position = -1
        for _ in range(nth):
            position = raw.find(text, position + 1)
            if position < 0:
                raise ValueError(f"gold: {text!r} (occurrence {nth}) not found in {row.doc_id}")
        starts.append(position)
        ends.append(position + len(text))
    result = gold.copy()
    result["start"], result["end"] = starts, ends
    return result


def match(pred: pd.DataFrame, gold: pd.DataFrame, *, on=(), overlap: bool = True,
          equal=None) -> list[tuple[int, int]]:
    """Pair predictions and gold rows one to one.

    A pair needs the same ``doc_id``, overlapping spans (or identical spans
    when ``overlap`` is false) and equal values in every column of ``on``
    (or ``equal(pred_row, gold_row)`` true).  Larger overlaps pair first.

    Args:
        pred: predicted rows with doc_id, start, end.
        gold: gold rows with doc_id, start, end.
        on: columns whose values must be equal.
        overlap: accept any overlap instead of exact spans.
        equal: optional function of (pred row, gold row) → bool.

    Returns:
        ``(pred index, gold index)`` pairs (DataFrame index labels).
    """
    candidates = []
    for doc_id, golds in gold.groupby("doc_id", sort=True):
        preds = pred[pred["doc_id"] == doc_id]
        for gi, g in golds.iterrows():
            for pi, p in preds.iterrows():
                common = min(p["end"], g["end"]) - max(p["start"], g["start"])
                if (common > 0 if overlap else (p["start"], p["end"]) == (g["start"], g["end"])) \
                        and all(str(p[c]) == str(g[c]) for c in on) \
                        and (equal is None or equal(p, g)):
                    candidates.append((-common, pi, gi))
    pairs, used_p, used_g = [], set(), set()
    for _, pi, gi in sorted(candidates, key=lambda c: (c[0], str(c[1]), str(c[2]))):
        if pi not in used_p and gi not in used_g:
            pairs.append((pi, gi))
            used_p.add(pi)
            used_g.add(gi)
    return pairs


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 from counts (0 where undefined).

    Args:
        tp: true positives.
        fp: false positives.
        fn: false negatives.

    Returns:
        ``{"tp", "fp", "fn", "precision", "recall", "f1"}``.
    """
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 3),
            "recall": round(recall, 3), "f1": round(f1, 3)}


def score(pred: pd.DataFrame, gold: pd.DataFrame, **options) -> dict:
    """Precision, recall and F1 of ``pred`` against ``gold``.

    Args:
        pred: predicted rows (doc_id, start, end, …), only of the gold's documents.
        gold: resolved gold rows (see :func:`resolve_gold`).
        **options: passed to :func:`match` (``on``, ``overlap``, ``equal``).

    Returns:
        The :func:`prf` dictionary.
    """
    pred = pred[pred["doc_id"].isin(set(gold["doc_id"]))]
    tp = len(match(pred, gold, **options))
    return prf(tp, len(pred) - tp, len(gold) - tp)


def error_table(pred: pd.DataFrame, gold: pd.DataFrame, *, texts: dict[str, str] | None = None,
                **options) -> pd.DataFrame:
    """The misses and false hits, for an error analysis.

    Args:
        pred: predicted rows.
        gold: resolved gold rows.
        texts: ``{doc_id: raw}`` to show the surface of each row.
        **options: passed to :func:`match`.

    Returns:
        DataFrame with columns error (``miss`` | ``false hit``), doc_id,
        start, end, surface, sorted by document and position.
    """
    pred = pred[pred["doc_id"].isin(set(gold["doc_id"]))]
    pairs = match(pred, gold, **options)
    hit_p = {p for p, _ in pairs}
    hit_g = {g for _, g in pairs}
    rows = []
    for kind, frame, hit in (("miss", gold, hit_g), ("false hit", pred, hit_p)):
        for index, row in frame.iterrows():
            if index not in hit:
                surface = texts[row["doc_id"]][row["start"]:row["end"]] if texts else row.get("surface", "")
                rows.append({"error": kind, "doc_id": row["doc_id"], "start": int(row["start"]),
                             "end": int(row["end"]), "surface": surface})
    table = pd.DataFrame(rows, columns=["error", "doc_id", "start", "end", "surface"])
    return table.sort_values(["doc_id", "start", "error"], ignore_index=True)
