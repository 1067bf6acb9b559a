"""The figures of a validation: precision with Wilson intervals, errors, recall, agreement.

:func:`score` compares judgements with the current output: a judgement whose
row is gone (the output changed since the sample was drawn) gives one
``warning`` line and is not counted.  Each judged row counts once
(:func:`helpers.validate.judgements.resolve_judgements`); ``skip`` counts nowhere.

Precision is the share of judged rows whose verdict is ``correct`` (keep),
overall, per label and per outlet, each with its 95 % Wilson interval and
its number of judgements ``n`` (``small`` when under 20).  ``p_weighted``
re-weights the per-label precisions by each label's share of the table's
rows (the sample gives every stratum at least one row).  Recall comes from
the recall sample: the share of judged sentences without a row that held a
missed item, times the number of such sentences, estimates the items
missed; recall = correct rows / (correct rows + missed items), and its
interval combines the ends of the two Wilson intervals (conservative).  It
counts one item per missed sentence and none in sentences that have a row,
so it is an upper bound.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.validate.judgements import latest, read_judgements, resolve_judgements, stale_problems
from helpers.validate.output import ValidationError, load_output, outlet_names
from helpers.validate.sample import recall_population, units
from helpers.validate.stats import SMALL, agreement, proportion, wilson
from helpers.validate.vocabulary import recall_key, table_spec, verdicts

__all__ = ["score_judgements", "judged_table"]


def judged_table(judgements: pd.DataFrame, table: str | None) -> str:
    """The table the judgements are about.

    Args:
        judgements: from :func:`~helpers.validate.judgements.read_judgements`.
        table: the table asked for (None: the only one judged).

    Returns:
        The table's name; ValueError when the judgements cover several and none was asked for.
    """
    found = sorted(set(judgements["table"]))
    if table:
        return table
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValueError("no judgements")
    raise ValueError(f"the judgements cover the tables {', '.join(found)}: choose one (--table)")


def _groups(frame: pd.DataFrame, column: str) -> dict:
    return {str(name): proportion(int(group["correct"].sum()), len(group))
            for name, group in sorted(frame.groupby(column, sort=True), key=lambda item: (-len(item[1]), item[0]))}


def _recall(recalled: pd.DataFrame, empty: int, rows: int, precision: dict) -> dict:
    judged = recalled[recalled["action"].isin(("missed", "none"))]
    missed = int((judged["action"] == "missed").sum())
    result = {"r": None, "lo": None, "hi": None, "n": len(judged), "missed": missed,
              "sentences_without_rows": int(empty), "rows": int(rows), "small": len(judged) < SMALL}
    if judged.empty or precision["n"] == 0:
        return result
    rate, rate_lo, rate_hi = wilson(missed, len(judged))

    def ratio(p: float, miss: float) -> float:
        found = p * rows
        return found / (found + miss * empty) if found + miss * empty else 0.0

    result.update(r=round(ratio(precision["p"], rate), 4), lo=round(ratio(precision["lo"], rate_hi), 4),
                  hi=round(ratio(precision["hi"], rate_lo), 4))
    return result


def score_judgements(source, judgements, *, table: str | None = None) -> tuple[dict, list]:
    """Precision, errors, recall and agreement of one table, from judgements.

    Args:
        source: an output folder of ``helpers analyze`` or ``{name: DataFrame}``.
        judgements: judgement files (paths) or a DataFrame from ``read_judgements``.
        table: the table (default: the only one the judgements cover).

    Returns:
        ``(scores, problems)``: ``scores`` is ``{"table", "item", "overall":
        {"p", "lo", "hi", "n", "k", "small", "p_weighted"}, "by_label":
        {LABEL: {…}}, "by_outlet": {OUTLET: {…}}, "errors": {VERDICT:
        {"n", "share"}}, "recall": {"r", "lo", "hi", "n", "missed", …},
        "agreement": {"coders", "n", "kappa", "alpha", "observed", "small"},
        "judgements", "skipped", "stale"}``; ``problems`` the lines about
        unusable or stale judgements (LoadError).
    """
    problems: list = []
    if not isinstance(judgements, pd.DataFrame):
        judgements, problems = read_judgements(judgements)
    table = judged_table(judgements, table)
    spec = table_spec(table)
    judgements = judgements[judgements["table"] == table]
    tables = source if isinstance(source, dict) else load_output(Path(source), ("documents", "sentences", table))
    if table not in tables:
        raise ValidationError(source, f"no {table} table to score the judgements against")
    rows = units(table, tables[table])
    sentences = tables.get("sentences", pd.DataFrame(columns=["doc_id", "start", "end"]))
    present = set(rows["key"]) | {recall_key(table, d, s, e) for d, s, e in
                                  zip(sentences["doc_id"], sentences["start"], sentences["end"])}
    last = latest(judgements)
    problems += stale_problems(last, present)
    current = judgements[judgements["key"].isin(present)]
    chosen = resolve_judgements(current)
    kept = ["key", "doc_id"] + ([spec.label] if spec.label in rows else [])
    judged = chosen[chosen["sample"] == "rows"].merge(rows[kept].rename(columns={"doc_id": "row_doc"}), on="key",
                                                      how="left")
    outlets = outlet_names(tables.get("documents"))
    judged["label_now"] = judged[spec.label].fillna("").astype(str).replace("", "(none)") if spec.label in judged \
        else "(none)"
    judged["outlet_now"] = judged["row_doc"].map(lambda d: outlets.get(d, "")).fillna("")
    judged["correct"] = judged["action"] == "keep"
    overall = proportion(int(judged["correct"].sum()), len(judged))
    by_label = _groups(judged, "label_now")
    shares = rows[spec.label].fillna("").astype(str).replace("", "(none)").value_counts(normalize=True) \
        if spec.label in rows else pd.Series(dtype=float)
    weights = {label: float(shares.get(label, 0.0)) for label in by_label}
    total = sum(weights.values())
    overall["p_weighted"] = (round(sum(weights[label] * by_label[label]["p"] for label in by_label) / total, 4)
                             if total and by_label else None)
    errors = {verdict: {"n": int((judged["verdict"] == verdict).sum()),
                        "share": round(float((judged["verdict"] == verdict).mean()), 4) if len(judged) else None}
              for verdict, action in verdicts(table).items() if action not in ("skip", "keep")}
    items: dict[str, dict[str, str]] = {}
    for key, coder, verdict, action, sample in zip(last["key"], last["coder"], last["verdict"], last["action"],
                                                   last["sample"]):
        if key in present and action != "skip" and sample == "rows":
            items.setdefault(key, {})[coder] = verdict
    result = {"table": table, "item": spec.item, "overall": overall, "by_label": by_label,
              "by_outlet": _groups(judged, "outlet_now"), "errors": errors,
              "recall": _recall(chosen[chosen["sample"] == "recall"], len(recall_population(table, tables)),
                                len(rows), overall),
              "agreement": agreement(items),
              "judgements": int(len(judgements)), "coders": sorted(set(last["coder"])),
              "skipped": int(((last["action"] == "skip") & last["key"].isin(present)).sum()),
              "stale": int((~last["key"].isin(present)).sum())}
    return result, problems
