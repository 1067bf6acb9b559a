"""Reading an output folder of ``helpers analyze`` back: its run, its tables, its documents' text.

A folder is an output of ``helpers analyze`` when it holds ``run.json``; each
table is ``NAME.csv``, ``NAME.parquet`` or (``--engine dask``) a folder
``NAME/`` of Parquet parts.  Notebooks 02–04 (``RESULTS_DIR``) and ``helpers
report`` read such a folder instead of analysing a corpus again, so a
million-document run can be explored without re-running the pipeline.

The text of each analysed document is rebuilt from the tables: the sentences
and the cleaning rows (boilerplate, removed white space) sit at their raw
offsets, and the gaps between them (white space) become spaces, or a line
break where a paragraph ends.  Offsets of every row therefore point into the
rebuilt text as into the raw one (``text[start:end] == surface``).  Documents
outside the run's scope have no sentences: their text is empty.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.io.corpus import Document
from helpers.io.schema import conform
from helpers.io.table_reader import read_table
from helpers.io.tables import TABLES

__all__ = ["RUN_FILE", "Results", "is_results", "table_path", "read_results", "rebuild_text"]

#: The manifest that marks an output folder of ``helpers analyze``.
RUN_FILE = "run.json"


def is_results(path: str | Path) -> bool:
    """Whether a path is an output folder of ``helpers analyze`` (a folder with ``run.json``).

    Args:
        path: any path.

    Returns:
        True for a folder holding ``run.json``.
    """
    path = Path(path)
    return path.is_dir() and (path / RUN_FILE).is_file()


def table_path(out: str | Path, table: str) -> Path | None:
    """Where a table of an output folder is (CSV, Parquet file or folder of Parquet parts).

    Args:
        out: the output folder.
        table: the table's name.

    Returns:
        The path, or None when the folder holds no such table.
    """
    out = Path(out)
    for candidate in (out / f"{table}.csv", out / f"{table}.parquet", out / table):
        if candidate.is_file() or (candidate.is_dir() and any(candidate.glob("*.parquet"))):
            return candidate
    return None


@dataclass
class Results:
    """An output folder read back: ``run`` (run.json) and ``tables`` ({name: DataFrame})."""

    folder: Path
    run: dict
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    @property
    def scope(self) -> str:
        """The relevance scope the run analysed (topical | passing | all)."""
        return str(self.run.get("scope") or "topical")

    @property
    def topic(self) -> str:
        """The topic profile of the run."""
        return str(self.run.get("topic") or "xinjiang")

    @property
    def failed(self) -> int:
        """How many inputs the run could not read (from run.json)."""
        return int(sum((self.run.get("failed") or {}).values()))

    def narrowest(self, scope: str) -> tuple[str, str]:
        """The scope to show: ``scope``, or the run's when the run analysed fewer documents.

        Args:
            scope: the scope asked for (topical | passing | all).

        Returns:
            ``(scope, note)``: the note ("" when ``scope`` is kept) says why
            the run's scope is used instead.
        """
        order = ("topical", "passing", "all")
        if scope in order and self.scope in order and order.index(scope) > order.index(self.scope):
            return self.scope, (f"The run in {self.folder.name} analysed scope '{self.scope}' only, so the "
                                f"scope '{self.scope}' is used (run helpers analyze with --scope {scope} "
                                f"to widen it).")
        return scope, ""

    def documents(self) -> list[Document]:
        """The documents of the run, their text rebuilt from the sentences and cleaning tables.

        Returns:
            :class:`~helpers.io.corpus.Document` objects sorted by doc_id; the
            text of a document without sentences (outside the run's scope) is "".
        """
        docs = self.tables.get("documents", pd.DataFrame(columns=["doc_id"]))
        pieces = _pieces(self.tables.get("sentences"), self.tables.get("cleaning"))
        out = []
        for row in docs.to_dict("records"):
            doc_id = str(row["doc_id"])
            raw = rebuild_text(pieces.get(doc_id, []), _int(row.get("n_chars")))
            out.append(Document(doc_id=doc_id, file=_text(row.get("file")), raw=raw, title=_text(row.get("title")),
                                outlet=_text(row.get("outlet")), url=_text(row.get("url")),
                                language=_text(row.get("language")), published=_date(row.get("published")),
                                genre=_text(row.get("genre"))))
        return sorted(out, key=lambda d: d.doc_id)


def read_results(folder: str | Path, *, tables=TABLES) -> Results:
    """Read an output folder of ``helpers analyze``.

    Args:
        folder: the folder (it must hold ``run.json``).
        tables: the tables wanted; a table the folder does not hold is left out.

    Returns:
        The :class:`Results`, each table with its written columns and types.

    Raises:
        FileNotFoundError: the folder is missing or holds no ``run.json``.
        ValueError: ``run.json`` cannot be read.
    """
    folder = Path(folder)
    if not is_results(folder):
        raise FileNotFoundError(f"{folder}: not an output folder of helpers analyze (no {RUN_FILE})")
    try:
        run = json.loads((folder / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{folder / RUN_FILE}: cannot be read ({exc})") from None
    found = {}
    for name in dict.fromkeys(tables):
        path = table_path(folder, name)
        if path is not None:
            found[name] = conform(name, pd.read_parquet(path)) if path.is_dir() else read_table(path)
    return Results(folder=folder, run=run if isinstance(run, dict) else {}, tables=found)


def rebuild_text(pieces: list[tuple[int, int, str, int]], length: int | None = None) -> str:
    """A text from pieces at their offsets, the gaps filled with spaces (a line break between paragraphs).

    Args:
        pieces: ``(start, end, text, paragraph)``; overlapping pieces are
            skipped (the first one sorted by start wins); ``paragraph`` is -1
            when unknown.
        length: the length of the whole text (default: the end of the last piece).

    Returns:
        The text ("" without pieces); every piece sits at ``[start:end]``.
    """
    if not pieces:
        return ""
    parts, at, last_paragraph = [], 0, None
    for start, end, text, paragraph in sorted(pieces, key=lambda p: (p[0], p[1])):
        if start < at or len(text) != end - start:
            continue
        if start > at:
            gap = start - at
            breaks = last_paragraph is not None and paragraph >= 0 and paragraph != last_paragraph
            parts.append(" " * (gap - 1) + "\n" if breaks else " " * gap)
        parts.append(text)
        at, last_paragraph = end, (paragraph if paragraph >= 0 else last_paragraph)
    if length is not None and length > at:
        parts.append(" " * (length - at))
    return "".join(parts)


def _pieces(sentences: pd.DataFrame | None, cleaning: pd.DataFrame | None) -> dict[str, list[tuple]]:
    """``{doc_id: [(start, end, text, paragraph), …]}`` of the sentences, then the cleaning spans."""
    found: dict[str, list[tuple]] = {}
    for frame, has_paragraph in ((sentences, True), (cleaning, False)):
        if frame is None or frame.empty:
            continue
        paragraphs = (frame["paragraph"] if has_paragraph and "paragraph" in frame
                      else pd.Series(-1, index=frame.index))
        for doc_id, start, end, text, paragraph in zip(frame["doc_id"], frame["start"], frame["end"],
                                                       frame["text"], paragraphs):
            if pd.isna(start) or pd.isna(end) or not isinstance(text, str):
                continue
            found.setdefault(str(doc_id), []).append(
                (int(start), int(end), text, -1 if pd.isna(paragraph) else int(paragraph)))
    return found


def _text(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _int(value) -> int | None:
    try:
        return None if value is None or pd.isna(value) else int(value)
    except (TypeError, ValueError):
        return None


def _date(value) -> dt.date | None:
    """A publication date known to the day (``YYYY-MM-DD``), else None (as :class:`Document` keeps it)."""
    text = _text(value)
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None
