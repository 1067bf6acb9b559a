"""Reading an output folder of ``helpers analyze`` for validation.

A folder is recognised by its ``run.json``; each table is ``NAME.csv``,
``NAME.parquet`` or (``--engine dask``) a folder ``NAME/`` of Parquet parts.
CSV tables are read with :func:`helpers.io.read_table`, which gives back
the exact text of cells the writer protected against spreadsheet formulas.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from helpers.io.corpus import LoadError
from helpers.io.results import table_path  # one definition of where a table of an output folder is
from helpers.io.schema import conform
from helpers.io.table_reader import read_table

__all__ = ["ValidationError", "load_output", "table_path", "outlet_names"]

#: The outlet of a document with neither outlet nor genre: the words of
#: :data:`helpers.analysis.outlets.UNKNOWN_OUTLET` (not imported: that module loads the pipeline).
_UNKNOWN_OUTLET = "(unknown outlet)"


class ValidationError(ValueError):
    """A problem that stops a validation command: ``str()`` is one line naming the file.

    Attributes:
        problem: the :class:`~helpers.io.corpus.LoadError` (file, problem, level ``error``).
    """

    def __init__(self, file: str | Path, message: str) -> None:
        self.problem = LoadError(str(file), message)
        super().__init__(str(self.problem))


def load_output(out: str | Path, tables=("documents", "sentences")) -> dict[str, pd.DataFrame]:
    """The tables of an output folder of ``helpers analyze``.

    Args:
        out: the folder (it must hold ``run.json``).
        tables: the tables wanted; a table the folder does not hold is left out.

    Returns:
        ``{name: DataFrame}`` with the written columns and types.

    Raises:
        ValidationError: the folder is missing or is not an output folder.
    """
    out = Path(out)
    if not out.is_dir():
        raise ValidationError(out, "no such output folder (run helpers analyze CORPUS --out OUT first)")
    if not (out / "run.json").is_file():
        raise ValidationError(out, "not an output folder of helpers analyze (no run.json)")
    try:
        json.loads((out / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError(out / "run.json", f"cannot be read ({exc})") from None
    found = {}
    for table in dict.fromkeys(tables):
        path = table_path(out, table)
        if path is None:
            continue
        if path.is_dir():
            found[table] = conform(table, pd.read_parquet(path))
        else:
            found[table] = read_table(path)
    return found


def outlet_names(documents: pd.DataFrame | None) -> dict[str, str]:
    """``{doc_id: outlet}``: the outlet, else the genre, else "(unknown outlet)".

    The same rule as :func:`helpers.analysis.source_names`, so that the
    figures per outlet name the outlets as the notebooks do.

    Args:
        documents: the documents table (None: no names).

    Returns:
        The outlet of every document.
    """
    if documents is None or documents.empty:
        return {}
    genre = documents["genre"] if "genre" in documents else pd.Series("", index=documents.index)
    outlet = documents["outlet"] if "outlet" in documents else pd.Series("", index=documents.index)
    return {str(d): (str(o).strip() if isinstance(o, str) else "") or (str(g).strip() if isinstance(g, str) else "")
            or _UNKNOWN_OUTLET for d, o, g in zip(documents["doc_id"], outlet, genre)}
