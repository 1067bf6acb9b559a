"""The scoreboard: every extractor scored against the gold files, and the error analysis.

The scoring primitives (:func:`match`, :func:`score`, :func:`error_table`, …)
are in :mod:`helpers.evaluate.scoring`; the per-extractor scorers
(:mod:`~helpers.evaluate.extractors`, :mod:`~helpers.evaluate.stances`,
:mod:`~helpers.evaluate.temporal`) build on them, and this module
gathers their results.  Nothing here is imported by an extractor.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.analysis.stance_aggregate import aggregate_stances
from helpers.evaluate import extractors, stances, temporal
from helpers.evaluate.scoring import error_table, match, prf, read_gold, resolve_gold, score
from helpers.text.segment import sentences

__all__ = ["read_gold", "resolve_gold", "match", "score", "error_table", "prf", "scoreboard", "error_analysis"]


def _sentence_of(raw: str, start: int) -> str:
    for sentence in sentences(raw):
        if sentence.start <= start < sentence.end:
            return sentence.text
    return ""


def _resolved(gold_dir: Path, name: str, texts: dict[str, str], surface: str) -> pd.DataFrame:
    gold = read_gold(Path(gold_dir) / f"{name}.tsv")
    return resolve_gold(gold[gold["doc_id"].isin(texts)], texts, surface=surface)


def scoreboard(tables: dict[str, pd.DataFrame], texts: dict[str, str], *,
               gold_dir: str | Path) -> pd.DataFrame:
    """Score every extractor against the gold files in one table.

    Args:
        tables: the pipeline's tables (``pipeline.analyze_corpus``).
        texts: ``{doc_id: raw}`` of the annotated documents.
        gold_dir: the folder of ``mentions.tsv``, ``quotes.tsv``, ``claims.tsv``,
            ``events.tsv`` and ``stances.tsv``.

    Returns:
        DataFrame with one row per (extractor, criterion): tp, fp, fn,
        precision, recall, f1.
    """
    gold_dir = Path(gold_dir)
    rows = []

    def add(extractor: str, criterion: str, result: dict) -> None:
        rows.append({"extractor": extractor, "criterion": criterion,
                     **{k: result[k] for k in ("tp", "fp", "fn", "precision", "recall", "f1")}})

    mentions = _resolved(gold_dir, "mentions", texts, "surface")
    add("mentions", "span overlap", score(tables["mentions"], mentions))
    add("mentions", "span + entity", score(tables["mentions"], mentions, on=("entity_id",)))
    q = extractors.score_quotes(tables["quotes"], read_gold(gold_dir / "quotes.tsv"), texts)
    add("quotes", "content span", q["span"])
    add("quotes", "span + speaker + actor", q["full"])
    c = extractors.score_claims(tables["claims"], read_gold(gold_dir / "claims.tsv"), texts)
    add("claims", "span + value", c["value"])
    add("claims", "+ attribution", c["attributed"])
    events_gold = temporal.locate_gold(temporal.load_gold(gold_dir / "events.tsv"), texts)
    events = tables["events"][tables["events"]["doc_id"].isin(texts)]
    for row in temporal.score_events(events, events_gold, tagger="ours").to_dict("records"):
        add("events", f"{row['level']} (span overlap{' + value' if row['level'] == 'value' else ''})", row)
    agg = aggregate_stances(tables["stances"], mentions=tables["mentions"])
    stance_scores = stances.score_stances(agg, stances.read_stance_gold(gold_dir / "stances.tsv"))
    for row in stance_scores.to_dict("records"):
        add("stances", f"label {row['label']}", row)
    return pd.DataFrame(rows)


def error_analysis(tables: dict[str, pd.DataFrame], texts: dict[str, str], *,
                   gold_dir: str | Path) -> pd.DataFrame:
    """Every miss and false hit of the span extractors, with its sentence.

    Args:
        tables: the pipeline's tables.
        texts: ``{doc_id: raw}`` of the annotated documents.
        gold_dir: the folder of the gold files.

    Returns:
        DataFrame with columns extractor, error, doc_id, start, end, surface,
        sentence, sorted by extractor, document and position.
    """
    gold_dir = Path(gold_dir)
    parts = []
    mentions = _resolved(gold_dir, "mentions", texts, "surface")
    parts.append(("mentions", error_table(tables["mentions"], mentions, texts=texts, on=("entity_id",))))
    quotes = _resolved(gold_dir, "quotes", texts, "content")
    inside = lambda p, g: p["content_start"] <= g["start"] < p["content_end"]  # noqa: E731
    parts.append(("quotes", error_table(tables["quotes"], quotes, texts=texts, equal=inside)))
    claims = _resolved(gold_dir, "claims", texts, "surface")
    same = lambda p, g: str(p["value"]) == str(g["value"])  # noqa: E731
    parts.append(("claims", error_table(tables["claims"], claims, texts=texts, equal=same)))
    events = temporal.locate_gold(temporal.load_gold(gold_dir / "events.tsv"), texts)
    parts.append(("events", error_table(tables["events"], events, texts=texts, equal=same)))
    frames = [frame.assign(extractor=name) for name, frame in parts if not frame.empty]
    columns = ["extractor", "error", "doc_id", "start", "end", "surface", "sentence"]
    if not frames:
        return pd.DataFrame(columns=columns)
    table = pd.concat(frames, ignore_index=True)
    table["sentence"] = [_sentence_of(texts[d], s) for d, s in zip(table["doc_id"], table["start"])]
    return table[columns].sort_values(["extractor", "doc_id", "start", "error"], ignore_index=True)

