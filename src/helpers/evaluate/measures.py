"""One scorer per measure of a folder's gold: names, stances, figures, relevance.

Each scorer takes the pipeline's table and the gold table (see
:mod:`helpers.evaluate.folder_gold`) and returns ``(scoreboard rows, error rows)``.
A scoreboard row is ``{measure, criterion, tp, fp, fn, precision, recall,
f1, accuracy, note}``; an error row is ``{measure, error, doc_id, start,
end, surface, gold, predicted, sentence}`` where ``error`` is the kind of
error (miss, false hit, wrong kind, wrong label, wrong value, wrong source).
"""

from __future__ import annotations

import math

import pandas as pd

from helpers.evaluate.actors import actor_key
from helpers.evaluate.scoring import match, prf
from helpers.text.numbers import format_value

__all__ = ["NAME_KINDS", "STANCE_LABELS", "score_names", "score_folder_stances", "score_figures",
           "score_relevance", "board_row"]

#: Gazetteer entities whose mentions the gold's names count, and the gold kind of each.  A group
#: named after the people (the Uyghur diaspora: الجالية الأويغورية) names the people with their
#: adjective; an organisation named after them (World Uyghur Congress) does not.
NAME_KINDS = {"xinjiang": "region", "uyghurs": "people", "uyghur_diaspora": "people"}
STANCE_LABELS = ("critical", "defends", "declined")


def board_row(measure: str, criterion: str, result: dict | None = None, *, accuracy=math.nan,
              note: str = "") -> dict:
    """One scoreboard row from a :func:`helpers.evaluate.scoring.prf` result and/or an accuracy.

    Args:
        measure: names | stances | figures | relevance.
        criterion: what a match needs.
        result: the prf dict (None for an accuracy-only row).
        accuracy: share of correct items, when the criterion is an accuracy.
        note: a remark ("not available" …).

    Returns:
        The row dict.
    """
    result = result or {}
    row = {"measure": measure, "criterion": criterion}
    row.update({k: result.get(k, math.nan) for k in ("tp", "fp", "fn", "precision", "recall", "f1")})
    row.update(accuracy=accuracy, note=note)
    return row


def _error(measure, error, row, *, surface="", gold="", predicted="", sentence="") -> dict:
    return {"measure": measure, "error": error, "doc_id": row["doc_id"], "start": int(row["start"]),
            "end": int(row["end"]), "surface": surface, "gold": gold, "predicted": predicted,
            "sentence": sentence}


def _unmatched(pred, gold, pairs, loose_pairs, measure, describe, loose_kind) -> list[dict]:
    """Error rows: loose pairs that failed the strict test, then plain misses and false hits."""
    hit_p, hit_g = {p for p, _ in pairs}, {g for _, g in pairs}
    rows, seen_p, seen_g = [], set(hit_p), set(hit_g)
    for p, g in loose_pairs:
        if p not in seen_p and g not in seen_g:
            seen_p.add(p)
            seen_g.add(g)
            rows.append(_error(measure, loose_kind, gold.loc[g], surface=describe(gold.loc[g], "surface"),
                               gold=describe(gold.loc[g], "gold"), predicted=describe(pred.loc[p], "pred")))
    rows += [_error(measure, "miss", r, surface=describe(r, "surface"), gold=describe(r, "gold"))
             for i, r in gold.iterrows() if i not in seen_g]
    rows += [_error(measure, "false hit", r, surface=describe(r, "surface"), predicted=describe(r, "pred"))
             for i, r in pred.iterrows() if i not in seen_p]
    return rows


def score_names(mentions: pd.DataFrame, gold: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """Region/people names: span overlap with the same kind.

    Args:
        mentions: the pipeline's mentions table (entity_id picks the names counted).
        gold: the gold names (doc_id, start, end, surface, kind).

    Returns:
        ``(scoreboard rows, error rows)``.
    """
    pred = mentions[mentions["entity_id"].isin(NAME_KINDS)].copy()
    pred["kind"] = pred["entity_id"].map(NAME_KINDS)
    pred = pred.reset_index(drop=True)
    gold = gold.reset_index(drop=True)
    pairs = match(pred, gold, on=("kind",))
    loose = match(pred, gold)
    tp = len(pairs)
    board = [board_row("names", "span overlap + kind", prf(tp, len(pred) - tp, len(gold) - tp)),
             board_row("names", "span overlap", prf(len(loose), len(pred) - len(loose), len(gold) - len(loose)))]
    describe = lambda r, what: str(r.get("surface", "")) if what == "surface" else r["kind"]  # noqa: E731
    return board, _unmatched(pred, gold, pairs, loose, "names", describe, "wrong kind")


def _triples(table: pd.DataFrame, evidence: str) -> pd.DataFrame:
    """Distinct (doc_id, actor key, label) with the first evidence of each."""
    rows = table[table["stance"].isin(STANCE_LABELS)].copy()
    rows["key"] = [actor_key(a) for a in rows["actor"]]
    rows = rows.sort_values(["doc_id", "start"], kind="stable")
    rows = rows.drop_duplicates(["doc_id", "key", "stance"])
    rows["sentence"] = rows[evidence].fillna("").astype(str)
    return rows[["doc_id", "key", "actor", "stance", "start", "end", "sentence"]].reset_index(drop=True)


def score_folder_stances(stances: pd.DataFrame, gold: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """Stances as (document, actor, label) facts: P/R/F1 per label, over all, and macro-F1.

    Actors are compared with :func:`helpers.evaluate.actors.actor_key`.

    Args:
        stances: the pipeline's stances table (doc_id, actor, stance, evidence, start, end).
        gold: the gold stances (doc_id, actor, stance, evidence, start, end).

    Returns:
        ``(scoreboard rows, error rows)``; the macro row averages the three labels.
    """
    pred, want = _triples(stances, "evidence"), _triples(gold, "evidence")
    p_set = set(zip(pred["doc_id"], pred["key"], pred["stance"]))
    g_set = set(zip(want["doc_id"], want["key"], want["stance"]))
    board, per_label = [], []
    for label in STANCE_LABELS:
        p = {t for t in p_set if t[2] == label}
        g = {t for t in g_set if t[2] == label}
        result = prf(len(p & g), len(p - g), len(g - p))
        per_label.append(result)
        board.append(board_row("stances", f"(doc, actor, {label})", result))
    board.append(board_row("stances", "(doc, actor, label) all", prf(len(p_set & g_set), len(p_set - g_set),
                                                                       len(g_set - p_set))))
    macro = {m: round(sum(r[m] for r in per_label) / len(per_label), 3) for m in ("precision", "recall", "f1")}
    board.append(board_row("stances", "macro over labels", macro))
    errors = []
    g_pairs = {(d, k) for d, k, _ in g_set}
    for _, row in want.iterrows():
        if (row["doc_id"], row["key"], row["stance"]) in p_set:
            continue
        other = sorted(s for d, k, s in p_set if (d, k) == (row["doc_id"], row["key"]))
        kind = "wrong label" if other else "miss"
        errors.append(_error("stances", kind, row, surface=row["actor"], gold=row["stance"],
                             predicted=", ".join(other), sentence=row["sentence"]))
    for _, row in pred.iterrows():
        if (row["doc_id"], row["key"], row["stance"]) not in g_set and (row["doc_id"], row["key"]) not in g_pairs:
            errors.append(_error("stances", "false hit", row, surface=row["actor"], predicted=row["stance"],
                                 sentence=row["sentence"]))
    return board, errors


def _same_value(p, g) -> bool:
    low, high = float(p["low"]), float(p["high"])
    if not math.isclose(low, float(g["value"]), rel_tol=1e-6):
        return False
    return pd.isna(g["high"]) or math.isclose(high, float(g["high"]), rel_tol=1e-6)


def _same_source(p, g) -> bool:
    return _same_value(p, g) and actor_key(p["attributed_to"]) == actor_key(g["attributed_to"])


def _figure(row, what: str) -> str:
    if what == "surface":
        return str(row.get("surface", "") or "")
    if what == "gold":
        high = row["value"] if pd.isna(row["high"]) else row["high"]
        value = format_value(float(row["value"]), float(high))
    else:
        value = str(row["value"])
    return f"{value} · {row['attributed_to'] or '(author)'}"


def score_figures(claims: pd.DataFrame, gold: pd.DataFrame, *, label: str = "") -> tuple[list[dict], list[dict]]:
    """Figures: span overlap, span + value, span + value + source, and attribution accuracy.

    Args:
        claims: the pipeline's claims table (with ``low``/``high`` columns).
        gold: the gold figures (doc_id, start, end, surface, value, high, attributed_to).
        label: added to each criterion (``", topical documents"`` …).

    Returns:
        ``(scoreboard rows, error rows)``; ``wrong value`` errors are overlapping
        spans with another value, ``wrong source`` matched values with another source.
    """
    pred, gold = claims.reset_index(drop=True), gold.reset_index(drop=True)
    board, found = [], {}
    for name, equal in (("span overlap", None), ("span + value", _same_value),
                        ("span + value + source", _same_source)):
        found[name] = match(pred, gold, equal=equal)
        tp = len(found[name])
        board.append(board_row("figures", name + label, prf(tp, len(pred) - tp, len(gold) - tp)))
    valued = found["span + value"]
    right = sum(_same_source(pred.loc[p], gold.loc[g]) for p, g in valued)
    board.append(board_row("figures", "attribution accuracy (matched values)" + label,
                           accuracy=round(right / len(valued), 3) if valued else math.nan))
    errors = _unmatched(pred, gold, valued, found["span overlap"], "figures", _figure, "wrong value")
    errors += [_error("figures", "wrong source", gold.loc[g], surface=gold.loc[g, "surface"],
                      gold=_figure(gold.loc[g], "gold"), predicted=_figure(pred.loc[p], "pred"))
               for p, g in valued if not _same_source(pred.loc[p], gold.loc[g])]
    return board, errors


def score_relevance(documents: pd.DataFrame, gold: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """Relevance accuracy, when the documents table has a ``relevance`` column.

    Args:
        documents: the pipeline's documents table.
        gold: ``{doc_id: topical | passing | none}``.

    Returns:
        ``(scoreboard rows, error rows)``.
    """
    predicted = dict(zip(documents["doc_id"], documents["relevance"].fillna("").astype(str)))
    errors = [{"measure": "relevance", "error": "wrong label", "doc_id": doc_id, "start": 0, "end": 0,
               "surface": "", "gold": label, "predicted": predicted.get(doc_id, ""), "sentence": ""}
              for doc_id, label in sorted(gold.items()) if predicted.get(doc_id, "") != label]
    accuracy = round(1 - len(errors) / len(gold), 3) if gold else math.nan
    return [board_row("relevance", "label accuracy", accuracy=accuracy)], errors
