"""Scoring the stance summaries against the seeds' gold (``tests/gold/stances.tsv``).

One label per (document, actor), as :func:`helpers.analysis.stance_aggregate.aggregate_stances`
gives it.  Moved out of :mod:`helpers.analysis.stance_aggregate` so that analysis code
never imports scoring code.
"""

from __future__ import annotations

import pandas as pd

from helpers.analysis.stance_aggregate import LABELS
from helpers.evaluate.actors import actor_key
from helpers.evaluate.scoring import prf, read_gold

__all__ = ["read_stance_gold", "score_stances", "stance_errors"]


def read_stance_gold(path) -> pd.DataFrame:
    """Read ``tests/gold/stances.tsv`` (doc_id, actor, stance, evidence, note).

    Args:
        path: the gold file.

    Returns:
        DataFrame of gold rows.
    """
    return read_gold(path)


def _pairs(aggregated: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Gold and predicted labels side by side per (document, actor); actors are compared with
    :func:`helpers.evaluate.actors.actor_key` (the gold's name is shown when both have one)."""
    pred = aggregated[aggregated["doc_id"].isin(set(gold["doc_id"]))]
    pred = pred.assign(key=[actor_key(a) for a in pred["actor"]]).drop_duplicates(["doc_id", "key"])
    want = gold.assign(key=[actor_key(a) for a in gold["actor"]])
    merged = want[["doc_id", "key", "actor", "stance", "evidence"]].merge(
        pred[["doc_id", "key", "actor", "stance", "evidence"]], on=["doc_id", "key"], how="outer",
        suffixes=("_gold", "_pred"))
    merged["actor"] = merged["actor_gold"].fillna(merged["actor_pred"])
    merged = merged.drop(columns=["key", "actor_gold", "actor_pred"])
    return merged.fillna({"stance_gold": "", "stance_pred": "", "evidence_gold": "", "evidence_pred": ""})


def score_stances(aggregated: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Per-label precision, recall, F1 and macro-F1 at the (document, actor) level.

    A predicted (document, actor) absent from gold counts as a false positive
    of its label; a gold pair the extractor missed as a false negative.

    Args:
        aggregated: output of :func:`helpers.analysis.stance_aggregate.aggregate_stances`.
        gold: output of :func:`read_stance_gold`.

    Returns:
        One row per label (tp, fp, fn, precision, recall, f1) and a final
        ``macro`` row (mean precision, recall and F1 over the four labels).
    """
    pairs = _pairs(aggregated, gold)
    rows = []
    for label in LABELS:
        g, p = pairs["stance_gold"] == label, pairs["stance_pred"] == label
        rows.append({"label": label, **prf(int((g & p).sum()), int((p & ~g).sum()), int((g & ~p).sum()))})
    table = pd.DataFrame(rows)
    macro = {"label": "macro", "tp": table["tp"].sum(), "fp": table["fp"].sum(), "fn": table["fn"].sum()}
    macro.update({m: round(float(table[m].mean()), 3) for m in ("precision", "recall", "f1")})
    return pd.concat([table, pd.DataFrame([macro])], ignore_index=True)


def stance_errors(aggregated: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The (document, actor) pairs where the extractor and gold disagree.

    Args:
        aggregated: output of :func:`helpers.analysis.stance_aggregate.aggregate_stances`.
        gold: output of :func:`read_stance_gold`.

    Returns:
        DataFrame with doc_id, actor, gold, predicted ("" when absent),
        gold evidence and predicted evidence, sorted.
    """
    pairs = _pairs(aggregated, gold)
    wrong = pairs[pairs["stance_gold"] != pairs["stance_pred"]]
    wrong = wrong.rename(columns={"stance_gold": "gold", "stance_pred": "predicted"})
    columns = ["doc_id", "actor", "gold", "predicted", "evidence_gold", "evidence_pred"]
    return wrong[columns].sort_values(["doc_id", "actor"], ignore_index=True)
