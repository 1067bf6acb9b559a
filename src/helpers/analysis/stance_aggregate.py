"""Stance summaries: one label per (document, actor), per-document and cross-source views, scoring.

:func:`aggregate_stances` folds the stances table (one row per cue and
holder) into one label per (document, actor): the label with the larger
summed cue strength among critical and defends, else declined, else neutral;
actors that the document only names (mentions with no stance) are neutral.
``conflict`` flags an actor portrayed both ways.  :func:`document_summary`,
:func:`source_matrix`, :func:`single_source_actors` and
:func:`cross_source_conflicts` answer "who is critical, who defends, who
declines, who is only mentioned" per document and across sources;
:func:`evidence` is the drill-down.  Scoring against gold is
:mod:`helpers.evaluate.stances`.
"""

from __future__ import annotations

import pandas as pd

from helpers.extract.stance.actors import resolve_actor

__all__ = ["LABELS", "AGGREGATE_COLUMNS", "aggregate_stances", "document_summary", "source_matrix",
           "single_source_actors", "cross_source_conflicts", "evidence"]

LABELS = ("critical", "defends", "declined", "neutral")
AGGREGATE_COLUMNS = ["doc_id", "actor", "stance", "critical", "defends", "declined", "n_cues",
                     "conflict", "speakers", "evidence", "start", "end", "label_source"]
_CONFLICT_SHARE = 0.25


def _decide(critical: float, defends: float, declined: float) -> str:
    if critical or defends:
        return "critical" if critical >= defends else "defends"
    return "declined" if declined else "neutral"


def _conflict(critical: float, defends: float) -> bool:
    return min(critical, defends) > 0 and min(critical, defends) / max(critical, defends) >= _CONFLICT_SHARE


def _number(value) -> float:
    """A strength or offset as a float; missing values (None, NaN) as NaN."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def _best(rows: list[dict]) -> dict:
    """The row with the strongest cue, the first cue on a tie (missing strengths and offsets last)."""
    def key(row):
        strength, start = _number(row.get("strength")), _number(row.get("cue_start"))
        return (strength != strength, -strength if strength == strength else 0.0, start != start,
                start if start == start else 0.0)
    return min(rows, key=key)  # min keeps the first of equal keys: a stable choice


def _one_actor(rows: list[dict]) -> dict:
    """One (document, actor)'s label, scores and evidence from its stance rows (in table order)."""
    scores = {label: 0.0 for label in ("critical", "defends", "declined")}
    for row in rows:
        strength = _number(row.get("strength"))
        if row.get("stance") in scores and strength == strength:
            scores[row["stance"]] += strength
    stance = _decide(scores["critical"], scores["defends"], scores["declined"])
    chosen = [row for row in rows if row.get("stance") == stance] if stance != "neutral" else rows
    best = _best(chosen or rows)
    speakers = sorted({s for s in (row.get("speaker") for row in rows) if isinstance(s, str) and s})
    return {**scores, "stance": stance, "n_cues": len(rows),
            "conflict": _conflict(scores["critical"], scores["defends"]),
            "speakers": "; ".join(speakers), "evidence": best["evidence"], "start": int(best["start"]),
            "end": int(best["end"]), "label_source": best["label_source"]}


def aggregate_stances(stances: pd.DataFrame, *, mentions: pd.DataFrame | None = None,
                      documents: pd.DataFrame | None = None,
                      levels: tuple[str, ...] = ("topical",)) -> pd.DataFrame:
    """One stance label per (document, actor), with cue-strength scores and evidence.

    Args:
        stances: the stances table of one or more documents.
        mentions: the mentions table of the same documents; actors named
            there with no stance row are added as ``neutral`` (evidence: the
            first mention's surface).
        documents: the documents table; when given, only documents whose
            relevance is in ``levels`` are summarised
            (a stance summary of the topic counts documents about the topic,
            whatever ``--scope`` the tables were made with).
        levels: the relevance levels to summarise (default: topical only).

    Returns:
        DataFrame with :data:`AGGREGATE_COLUMNS`, sorted by doc_id and actor.
    """
    if documents is not None:
        keep = set(documents.loc[documents["relevance"].isin(levels), "doc_id"])
        stances = stances[stances["doc_id"].isin(keep)]
        if mentions is not None:
            mentions = mentions[mentions["doc_id"].isin(keep)]
    groups: dict[tuple, list[dict]] = {}
    for row in stances.to_dict("records"):
        if isinstance(row.get("actor"), str) or pd.notna(row.get("actor")):
            groups.setdefault((row["doc_id"], row["actor"]), []).append(row)
    rows = [{"doc_id": doc_id, "actor": actor, **_one_actor(group)}
            for (doc_id, actor), group in sorted(groups.items(), key=lambda item: item[0])]
    seen = {(r["doc_id"], r["actor"]) for r in rows}
    if mentions is not None and not mentions.empty:
        for row in mentions.sort_values(["doc_id", "start"], kind="stable").to_dict("records"):
            actor = resolve_actor(row)[0]
            if actor and (row["doc_id"], actor) not in seen:
                seen.add((row["doc_id"], actor))
                rows.append({"doc_id": row["doc_id"], "actor": actor, "stance": "neutral",
                             "critical": 0.0, "defends": 0.0, "declined": 0.0, "n_cues": 0,
                             "conflict": False, "speakers": "", "evidence": row["surface"],
                             "start": int(row["start"]), "end": int(row["end"]),
                             "label_source": "mention"})
    frame = pd.DataFrame(rows, columns=AGGREGATE_COLUMNS)
    return frame.sort_values(["doc_id", "actor"], ignore_index=True)


def document_summary(aggregated: pd.DataFrame) -> pd.DataFrame:
    """Who is critical, who defends, who declines, who is only mentioned, per document.

    Args:
        aggregated: output of :func:`aggregate_stances`.

    Returns:
        One row per document: doc_id, then per label the sorted actors
        (``", "``-joined), then ``n_<label>`` counts and the conflicting actors.
    """
    rows = []
    for doc_id, group in aggregated.groupby("doc_id", sort=True):
        row = {"doc_id": doc_id}
        for label in LABELS:
            row[label] = ", ".join(sorted(group.loc[group["stance"] == label, "actor"]))
        for label in LABELS:
            row[f"n_{label}"] = int((group["stance"] == label).sum())
        row["conflicting"] = ", ".join(sorted(group.loc[group["conflict"], "actor"]))
        rows.append(row)
    return pd.DataFrame(rows)


def source_matrix(aggregated: pd.DataFrame, *, sources: dict[str, str] | None = None) -> pd.DataFrame:
    """Actor × source matrix of stance labels ("" where the source does not name the actor).

    Documents of the same source are combined by summing their scores.

    Args:
        aggregated: output of :func:`aggregate_stances`.
        sources: ``{doc_id: source name}`` (outlet, or a short label);
            documents not in it are their own source.

    Returns:
        DataFrame indexed by actor (sorted), one column per source (sorted).
    """
    frame = aggregated.assign(source=aggregated["doc_id"].map(lambda d: (sources or {}).get(d) or d))
    sums = frame.groupby(["actor", "source"], sort=True)[["critical", "defends", "declined"]].sum()
    labels = sums.apply(lambda r: _decide(r["critical"], r["defends"], r["declined"]), axis=1)
    matrix = labels.unstack("source").fillna("")
    matrix.columns.name = None
    return matrix.sort_index()


def single_source_actors(matrix: pd.DataFrame) -> pd.DataFrame:
    """Actors that only one source names.

    Args:
        matrix: output of :func:`source_matrix`.

    Returns:
        DataFrame with actor, source, stance (sorted by source, actor).
    """
    rows = []
    for actor, row in matrix.iterrows():
        present = [(source, label) for source, label in row.items() if label]
        if len(present) == 1:
            rows.append({"actor": actor, "source": present[0][0], "stance": present[0][1]})
    frame = pd.DataFrame(rows, columns=["actor", "source", "stance"])
    return frame.sort_values(["source", "actor"], ignore_index=True)


def cross_source_conflicts(matrix: pd.DataFrame) -> pd.DataFrame:
    """Actors that different sources portray with different positions (neutral ignored).

    Args:
        matrix: output of :func:`source_matrix`.

    Returns:
        The matrix rows of those actors.
    """
    keep = [actor for actor, row in matrix.iterrows()
            if len({label for label in row if label and label != "neutral"}) > 1]
    return matrix.loc[keep]


def evidence(stances: pd.DataFrame, *, actor: str | None = None, doc_id: str | None = None,
             stance: str | None = None) -> pd.DataFrame:
    """The sentences behind a label (drill-down), one row per cue.

    Args:
        stances: the stances table.
        actor: keep only this actor.
        doc_id: keep only this document.
        stance: keep only this label.

    Returns:
        DataFrame with doc_id, actor, speaker, stance, cue, label_source,
        negated, evidence, in document order.
    """
    rows = stances
    for column, value in (("actor", actor), ("doc_id", doc_id), ("stance", stance)):
        if value is not None:
            rows = rows[rows[column] == value]
    columns = ["doc_id", "actor", "speaker", "stance", "cue", "label_source", "negated", "evidence"]
    return rows.sort_values(["doc_id", "cue_start", "actor"], kind="stable")[columns].reset_index(drop=True)
