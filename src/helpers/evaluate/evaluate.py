"""The scoreboard: every extractor scored against the gold files, and the error analysis.

The scoring primitives (:func:`match`, :func:`score`, :func:`error_table`, …)
are in :mod:`helpers.evaluate.scoring`; the per-extractor scorers
(:mod:`~helpers.evaluate.evaluate_extractors`, :mod:`~helpers.evaluate.evaluate_stances`,
:mod:`~helpers.evaluate.evaluate_temporal`) build on them, and this module
gathers their results.  Nothing here is imported by an extractor.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import helpers.analysis.stance_aggregate as stance_summary
import helpers.evaluate.evaluate_extractors as evaluate_extractors
import helpers.evaluate.evaluate_stances as evaluate_stances
import helpers.evaluate.evaluate_temporal as evaluate_temporal
from helpers.evaluate.evaluate_folder import evaluate_folder as _run_folder
from helpers.evaluate.scoring import error_table, match, prf, read_gold, resolve_gold, score
from helpers.text.segment import sentences

__all__ = ["read_gold", "resolve_gold", "match", "score", "error_table", "prf", "scoreboard", "evaluate_folder",
           "error_analysis"]


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
    q = evaluate_extractors.score_quotes(tables["quotes"], read_gold(gold_dir / "quotes.tsv"), texts)
    add("quotes", "content span", q["span"])
    add("quotes", "span + speaker + actor", q["full"])
    c = evaluate_extractors.score_claims(tables["claims"], read_gold(gold_dir / "claims.tsv"), texts)
    add("claims", "span + value", c["value"])
    add("claims", "+ attribution", c["attributed"])
    events_gold = evaluate_temporal.locate_gold(evaluate_temporal.load_gold(gold_dir / "events.tsv"), texts)
    events = tables["events"][tables["events"]["doc_id"].isin(texts)]
    for row in evaluate_temporal.score(events, events_gold, tagger="ours").to_dict("records"):
        add("events", f"{row['level']} (span overlap{' + value' if row['level'] == 'value' else ''})", row)
    agg = stance_summary.aggregate_stances(tables["stances"], mentions=tables["mentions"])
    stance_scores = evaluate_stances.score_stances(agg, evaluate_stances.read_stance_gold(gold_dir / "stances.tsv"))
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
    events = evaluate_temporal.locate_gold(evaluate_temporal.load_gold(gold_dir / "events.tsv"), texts)
    parts.append(("events", error_table(tables["events"], events, texts=texts, equal=same)))
    frames = [frame.assign(extractor=name) for name, frame in parts if not frame.empty]
    columns = ["extractor", "error", "doc_id", "start", "end", "surface", "sentence"]
    if not frames:
        return pd.DataFrame(columns=columns)
    table = pd.concat(frames, ignore_index=True)
    table["sentence"] = [_sentence_of(texts[d], s) for d, s in zip(table["doc_id"], table["start"])]
    return table[columns].sort_values(["extractor", "doc_id", "start", "error"], ignore_index=True)


def evaluate_folder(path: str | Path, *, tables: dict[str, pd.DataFrame] | None = None,
                    gold_file: str | Path | None = None, scope: str | None = None):
    """Score the pipeline on a folder with a ``gold.json`` (see :mod:`helpers.evaluate.evaluate_folder`).

    Args:
        path: the folder of documents.
        tables: the pipeline's tables (computed when None).
        gold_file: the gold file (default ``path/gold.json``).
        scope: the pipeline's scope when the tables are computed (None: its default).

    Returns:
        A :class:`helpers.evaluate.evaluate_folder.Scores` (``.scoreboard``, ``.errors``).
    """
    return _run_folder(path, tables=tables, gold_file=gold_file, scope=scope)
