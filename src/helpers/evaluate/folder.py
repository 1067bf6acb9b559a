"""Scoring the whole pipeline on any folder that has a reader's gold (``gold.json``).

``evaluate_folder(path)`` loads the folder's documents, runs the pipeline
(or takes the tables given), reads the gold (:mod:`helpers.evaluate.folder_gold`)
and scores each measure (:mod:`helpers.evaluate.measures`): relevance
accuracy, region/people names, stances as (document, actor, label) facts,
figures and their attribution, and voices as (document, actor) facts when the
folder has a voices gold (:func:`helpers.evaluate.folder_gold.find_voice_gold`).  It returns a :class:`Scores` with a
scoreboard and an error table (every miss and false hit with its sentence),
for notebook 05 and the tests.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

import helpers.evaluate.measures as measures
from helpers.engine.pipeline import analyze_corpus
from helpers.evaluate.folder_gold import FolderGold, find_voice_gold, read_folder_gold
from helpers.evaluate.voices import predicted_voices, score_voices
from helpers.io.corpus_loader import load_corpus
from helpers.text.segment import sentences

__all__ = ["Scores", "evaluate_folder", "BOARD_COLUMNS", "ERROR_COLUMNS"]

BOARD_COLUMNS = ["measure", "criterion", "tp", "fp", "fn", "precision", "recall", "f1", "accuracy", "note"]
ERROR_COLUMNS = ["measure", "error", "doc_id", "start", "end", "surface", "gold", "predicted", "sentence"]


@dataclass
class Scores:
    """The result of :func:`evaluate_folder`.

    Attributes:
        scoreboard: one row per (measure, criterion), columns :data:`BOARD_COLUMNS`.
        errors: one row per error, columns :data:`ERROR_COLUMNS`, sorted by
            measure, document and position.
        gold: the folder's :class:`~helpers.evaluate.folder_gold.FolderGold`.
        tables: the pipeline's tables that were scored.
    """

    scoreboard: pd.DataFrame
    errors: pd.DataFrame
    gold: FolderGold = field(repr=False)
    tables: dict = field(repr=False, default_factory=dict)

    def get(self, measure: str, criterion: str, metric: str = "f1") -> float:
        """One number of the scoreboard.

        Args:
            measure: names | stances | figures | relevance.
            criterion: the criterion as written in the scoreboard.
            metric: precision | recall | f1 | accuracy | tp | fp | fn.

        Returns:
            The value (NaN when the row or value is absent).
        """
        board = self.scoreboard
        row = board[(board["measure"] == measure) & (board["criterion"] == criterion)]
        return float(row.iloc[0][metric]) if len(row) else math.nan


def _with_context(errors: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Fill each error's surface from the text and its sentence (a document's first line for relevance)."""
    spans = {doc_id: sentences(raw) for doc_id, raw in texts.items()}
    surfaces, contexts = [], []
    for row in errors.itertuples(index=False):
        raw = texts[row.doc_id]
        if row.measure == "relevance":
            surfaces.append(row.surface)
            contexts.append(row.sentence or raw.strip().split("\n")[0])
            continue
        surfaces.append(row.surface or raw[row.start:row.end])
        around = next((s.text for s in spans[row.doc_id] if s.start <= row.start < s.end), "")
        contexts.append(row.sentence or around)
    return errors.assign(surface=surfaces, sentence=contexts)


def _score_voices(tables, gold: pd.DataFrame, texts: dict[str, str], documents: set) -> tuple[list, list]:
    """The voices measure: one scoreboard row and its errors (evidence located in the text)."""
    predicted = predicted_voices(tables)
    result, found = score_voices(predicted, gold, documents=documents)
    where = {(d, a): (s, e) for d, a, s, e in zip(predicted["doc_id"], predicted["actor"], predicted["start"],
                                                  predicted["end"])}
    errors = []
    for row in found:
        start, end = where.get((row["doc_id"], row["actor"]), (0, 0))
        if row["error"] == "miss":
            at = texts.get(row["doc_id"], "").find(row["evidence"]) if row["evidence"] else -1
            start, end = (at, at + len(row["evidence"])) if at >= 0 else (0, 0)
        errors.append({"measure": "voices", "error": row["error"], "doc_id": row["doc_id"], "start": start,
                       "end": end, "surface": row["actor"], "gold": row["actor"] if row["error"] == "miss" else "",
                       "predicted": row["actor"] if row["error"] != "miss" else "", "sentence": ""})
    return [measures.board_row("voices", "(doc, actor)", result)], errors


def evaluate_folder(path: str | Path, *, tables: dict[str, pd.DataFrame] | None = None,
                    gold_file: str | Path | None = None, scope: str | None = None,
                    voices: str | Path | None = None) -> Scores:
    """Score the pipeline on a folder of documents with a ``gold.json``.

    Args:
        path: a folder of ``*.txt`` documents (optionally ``docs/`` and a
            ``catalog.csv``, as :func:`helpers.io.corpus_loader.load_corpus` reads them).
        tables: the pipeline's tables for these documents (computed with
            :func:`helpers.engine.pipeline.analyze_corpus` when None).
        gold_file: the gold file (default ``path/gold.json``).
        scope: the pipeline's scope when the tables are computed (topical |
            passing | all; None: the pipeline's default).  Under ``topical``
            a document the pipeline calls passing has no names, stances or figures.
        voices: a voices gold TSV (doc_id, actor, evidence; e.g.
            ``tests/gold/dev_voices.tsv``); when None, ``gold.json``'s own
            ``voices`` lists are used, if any.

    Returns:
        A :class:`Scores`.  Voices, when there is a voices gold, are scored as
        (document, actor) facts over the gold's documents (:mod:`helpers.evaluate.voices`).
        Figures are scored on every document, then on the
        documents the gold calls topical (what figure-level rules achieve once
        documents are scoped: an oracle scope, labelled as such), and on the
        documents the pipeline calls topical when the documents table has a
        ``relevance`` column.  The error table lists the errors over every document.

    Raises:
        ValueError: a document failed to load, or the gold file is malformed
            (one line naming the file and the problem).
    """

    path = Path(path)
    corpus = load_corpus(path)
    failed = [e for e in corpus.errors if e.level == "error"]  # notes and warnings do not stop it
    if failed:
        raise ValueError(f"{path}: {len(failed)} document(s) did not load: {failed[0]}")
    texts = {doc.doc_id: doc.raw for doc in corpus}
    gold = read_folder_gold(gold_file or path, texts)
    if tables is None:
        tables = analyze_corpus(corpus) if scope is None else analyze_corpus(corpus, scope=scope)
    keep = lambda table: table[table["doc_id"].isin(set(gold.relevance))]  # noqa: E731
    parts = [measures.score_relevance(tables["documents"], gold.relevance),
             measures.score_names(keep(tables["mentions"]), gold.names),
             measures.score_folder_stances(keep(tables["stances"]), gold.stances),
             measures.score_figures(keep(tables["claims"]), gold.figures)]
    claims = keep(tables["claims"])
    in_scope = {doc_id for doc_id, label in gold.relevance.items() if label == "topical"}
    parts.append(measures.score_figures(claims[claims["doc_id"].isin(in_scope)],
                                        gold.figures[gold.figures["doc_id"].isin(in_scope)],
                                        label=", documents the gold calls topical"))
    documents = tables["documents"]
    topical = set(documents.loc[documents["relevance"] == "topical", "doc_id"])
    parts.append(measures.score_figures(claims[claims["doc_id"].isin(topical)], gold.figures,
                                        label=", documents the pipeline calls topical"))
    voice_gold = find_voice_gold(gold_file or path, gold, voices)
    if voice_gold is not None:
        parts.insert(4, _score_voices(tables, voice_gold, texts, set(gold.relevance)))
    scored = 5 if voice_gold is not None else 4
    board = pd.DataFrame([row for rows, _ in parts for row in rows], columns=BOARD_COLUMNS)
    errors = pd.DataFrame([row for _, rows in parts[:scored] for row in rows], columns=ERROR_COLUMNS)
    errors = _with_context(errors, texts)
    errors = errors.sort_values(["measure", "doc_id", "start", "error"], ignore_index=True)
    return Scores(scoreboard=board, errors=errors, gold=gold, tables=tables)
