"""Stances by outlet: actor × outlet document counts per label, and the evidence behind a cell."""

from __future__ import annotations

import pandas as pd

from helpers.analysis.outlets import source_names

__all__ = ["stance_counts", "stance_drilldown"]


def stance_counts(aggregated: pd.DataFrame, documents: pd.DataFrame, *, top: int = 15) -> pd.DataFrame:
    """Actor × outlet × stance: how many documents portray each actor each way.

    Args:
        aggregated: output of :func:`helpers.analysis.stance_aggregate.aggregate_stances`
            (one label per document and actor).
        documents: the documents table.
        top: keep the actors with the most non-neutral documents.

    Returns:
        Long table ``actor, outlet, critical, defends, declined, neutral,
        documents``: document counts per label.
    """
    labels = ["critical", "defends", "declined", "neutral"]
    if aggregated.empty:
        return pd.DataFrame(columns=["actor", "outlet", *labels, "documents"])
    frame = aggregated.assign(outlet=aggregated["doc_id"].map(source_names(documents)))
    table = pd.crosstab([frame["actor"], frame["outlet"]], frame["stance"]).reindex(columns=labels, fill_value=0)
    table["documents"] = table.sum(axis=1)
    table = table.reset_index()
    weight = table.assign(w=table["documents"] - table["neutral"]).groupby("actor")["w"].sum()
    keep = weight[weight > 0].sort_values(ascending=False, kind="mergesort").head(top).index
    table = table[table["actor"].isin(keep)]
    table.columns.name = None
    return table.sort_values(["actor", "outlet"], kind="mergesort").reset_index(drop=True)


def stance_drilldown(stances: pd.DataFrame, documents: pd.DataFrame, *, actor: str | None = None,
                     outlet: str | None = None, stance: str | None = None) -> pd.DataFrame:
    """The evidence behind one cell of the actor × outlet matrix.

    Args:
        stances: the stances table (one row per cue and holder).
        documents: the documents table.
        actor, outlet, stance: the cell (``None``: any).

    Returns:
        ``outlet, doc_id, actor, speaker, stance, cue, evidence, start, end``
        rows in outlet and document order (``cue``: the words that gave the
        label, when the table has them — two rows of one sentence differ by it).
    """
    frame = stances.assign(outlet=stances["doc_id"].map(source_names(documents)))
    for column, value in (("actor", actor), ("outlet", outlet), ("stance", stance)):
        if value is not None:
            frame = frame[frame[column] == value]
    columns = ["outlet", "doc_id", "actor", "speaker", "stance", *(["cue"] if "cue" in frame else []),
               "evidence", "start", "end"]
    return frame.sort_values(["outlet", "doc_id", "start"], kind="mergesort")[columns].reset_index(drop=True)
