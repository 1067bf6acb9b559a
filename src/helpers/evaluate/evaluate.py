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

__all__ = ["read_gold", "resolve_gold", "match", "score", "error_table", "prf", "scoreboard", "evaluate_folder",
           "error_analysis"]


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


def _sentence_of(raw: str, start: int) -> str:
    from helpers.text.segment import sentences

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
    import helpers.evaluate.evaluate_extractors as evaluate_extractors
    import helpers.evaluate.evaluate_stances as evaluate_stances
    import helpers.evaluate.evaluate_temporal as evaluate_temporal
    import helpers.analysis.stance_aggregate as stance_summary

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
    import helpers.evaluate.evaluate_temporal as evaluate_temporal

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
    from helpers.evaluate.evaluate_folder import evaluate_folder as run

    return run(path, tables=tables, gold_file=gold_file, scope=scope)
