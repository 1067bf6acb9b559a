"""What Part 2 of notebooks 02–04 (and ``helpers report``) analyses: a corpus, or the tables of a run.

``RESULTS_DIR`` (an output folder of ``helpers analyze``) is read as it is —
nothing is analysed again, so a million-document run can be explored in
JupyterLab — else ``CORPUS_DIR`` is loaded and analysed in the kernel.
Either way the notebook gets the same things: the tables, the documents
with their text (rebuilt from the sentences of a run, see
:mod:`helpers.io.results`), the topic and scope in force, and the problems
met while reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from helpers.analysis.outlets import analyze, load_any
from helpers.io.results import Results, read_results

__all__ = ["AnalysisInput", "open_analysis"]


@dataclass
class AnalysisInput:
    """The tables and documents a notebook's Part 2 works on.

    Attributes:
        tables: ``{name: DataFrame}`` as extracted (the documents table lists every document).
        documents: the documents, with their text (empty outside the run's scope).
        topic: the topic profile in force (the run's, for a results folder).
        scope: the relevance scope in force (never wider than the run's).
        note: a sentence about the source ("" when nothing is worth saying).
        problems: the lines to print about inputs that could not be read.
        failed: how many inputs could not be read.
    """

    tables: dict[str, pd.DataFrame]
    documents: list
    topic: str
    scope: str
    note: str = ""
    problems: list = field(default_factory=list)
    failed: int = 0


_CACHE: dict[tuple, tuple[Results, list]] = {}


def _results(folder: str):
    """A results folder read once per kernel while its run.json is unchanged (the notebooks of a report share it)."""
    from pathlib import Path

    stat = (Path(folder) / "run.json").stat()
    key = (str(Path(folder).resolve()), stat.st_mtime_ns, stat.st_size)
    if key not in _CACHE:
        _CACHE.clear()
        results = read_results(folder)
        _CACHE[key] = (results, results.documents())
    results, documents = _CACHE[key]
    return results, documents


def open_analysis(corpus_dir=None, results_dir=None, *, topic: str = "xinjiang", scope: str = "topical"
                  ) -> AnalysisInput:
    """Read a run's tables (``results_dir``), else load and analyse a corpus (``corpus_dir``).

    Args:
        corpus_dir: a folder or a JSONL/CSV/Parquet file.
        results_dir: an output folder of ``helpers analyze`` (it wins when given).
        topic: the topic profile for a corpus (a run keeps its own).
        scope: topical | passing | all (a run's narrower scope wins).

    Returns:
        An :class:`AnalysisInput` (its tables are copies: a notebook may change them).
    """
    if results_dir:
        results, documents = _results(str(results_dir))
        used, note = results.narrowest(scope)
        if results.topic != topic:
            note = (note + " " if note else "") + (f"The run used the topic profile '{results.topic}', "
                                                  f"so it is used here (not '{topic}').")
        failed = results.failed
        problems = ([f"note: {failed} inputs of the run could not be read (see {results.folder.name}/run.json)"]
                    if failed else [])
        return AnalysisInput(tables={name: frame.copy() for name, frame in results.tables.items()},
                             documents=documents, topic=results.topic, scope=used, note=note,
                             problems=problems, failed=failed)
    corpus = load_any(corpus_dir)
    return AnalysisInput(tables=analyze(corpus, topic=topic, scope=scope), documents=corpus.documents,
                         topic=topic, scope=scope, problems=[str(e) for e in corpus.errors],
                         failed=len(corpus.errors))
