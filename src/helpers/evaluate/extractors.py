"""Scoring the quote and claim extractors against the seeds' gold (``tests/gold/*.tsv``).

Moved out of the extractors so that extraction code never imports scoring
code: :mod:`helpers.evaluate.board` imports the extractors, never the reverse.
"""

from __future__ import annotations

import pandas as pd

from helpers.evaluate.actors import actor_key
from helpers.evaluate.scoring import match, resolve_gold, score
from helpers.text.normalise import normalise_text

__all__ = ["score_quotes", "score_claims"]


def _key(name) -> str:
    """An actor's comparable form; "" stays "" (no actor), unlike the author key of a stance."""
    text = "" if name is None or name != name else str(name)
    return actor_key(text) if text.strip() else ""


def score_quotes(pred: pd.DataFrame, gold: pd.DataFrame, texts: dict[str, str]) -> dict:
    """Precision, recall and F1 of quotes against gold rows.

    A gold row (doc_id, speaker, actor, verb, content, mode, optional
    occurrence) names a distinctive snippet of the content.  A prediction
    matches it when the snippet starts inside the predicted content, and (for
    the ``full`` score) the actor is the same (compared with
    :func:`helpers.evaluate.actors.actor_key`: aliases and canonical
    group names) and the speakers overlap (one contains the other after
    normalisation; an empty gold speaker matches any).

    Args:
        pred: predicted quotes (:func:`helpers.extract.quotes.rows.find_quotes` rows of the gold's documents).
        gold: gold rows as read by :func:`helpers.evaluate.scoring.read_gold`.
        texts: ``{doc_id: raw text}``.

    Returns:
        ``{"span": prf, "full": prf, "mode_accuracy": float}`` (prf as in
        :func:`helpers.evaluate.scoring.prf`).
    """
    resolved = resolve_gold(gold, texts, surface="content")
    pred = pred[pred["doc_id"].isin(set(resolved["doc_id"]))]

    def inside(p, g) -> bool:
        return p["content_start"] <= g["start"] < p["content_end"]

    def same_voice(p, g) -> bool:
        a, b = normalise_text(str(p["speaker"])), normalise_text(str(g["speaker"]))
        same_actor = _key(p["actor"]) == _key(g["actor"])
        return inside(p, g) and same_actor and (not b or a in b or b in a)

    pairs = match(pred, resolved, equal=same_voice)
    modes = [pred.loc[p, "mode"] == resolved.loc[g, "mode"] for p, g in pairs]
    return {"span": score(pred, resolved, equal=inside), "full": score(pred, resolved, equal=same_voice),
            "mode_accuracy": round(sum(modes) / len(modes), 3) if modes else 0.0}


def score_claims(pred: pd.DataFrame, gold: pd.DataFrame, texts: dict[str, str]) -> dict:
    """Precision, recall and F1 of figures against gold rows.

    Args:
        pred: predicted claims (:func:`helpers.extract.claims.rows.find_claims` rows).
        gold: gold rows (doc_id, surface, value, unit, attributed_to, occurrence).
        texts: ``{doc_id: raw text}``.

    Returns:
        ``{"value": prf, "attributed": prf, "unit_accuracy": float}``: a match
        needs overlapping spans and the same value; ``attributed`` also needs
        the same attribution (one contains the other after normalisation, or
        the same actor under :func:`helpers.evaluate.actors.actor_key`).
    """
    resolved = resolve_gold(gold, texts)
    pred = pred[pred["doc_id"].isin(set(resolved["doc_id"]))]

    def same_value(p, g) -> bool:
        return str(p["value"]) == str(g["value"])

    def same_source(p, g) -> bool:
        a, b = normalise_text(str(p["attributed_to"])), normalise_text(str(g["attributed_to"]))
        same = a == b or (a and b and (a in b or b in a)) or (a and b and _key(a) == _key(b))
        return same_value(p, g) and same

    pairs = match(pred, resolved, equal=same_value)
    units = [pred.loc[p, "unit"] == resolved.loc[g, "unit"] for p, g in pairs]
    return {"value": score(pred, resolved, equal=same_value),
            "attributed": score(pred, resolved, equal=same_source),
            "unit_accuracy": round(sum(units) / len(units), 3) if units else 0.0}
