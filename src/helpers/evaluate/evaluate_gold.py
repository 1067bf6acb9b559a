"""Reading a folder's reader's gold (``gold.json``, the dev-set shape).

The file maps each ``doc_id`` to ``relevance`` (topical | passing | none),
``names`` (region/people mentions ``{surface, kind, start, end}``),
``stances`` (``{actor, stance, evidence, start, end}``) and ``figures``
(``{surface, value, high?, attributed_to, start, end}``); offsets are Python
string offsets into the document's raw text.  :func:`read_folder_gold`
checks every offset against the texts so that a shifted gold row is an
error, not a silent miss.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

__all__ = ["FolderGold", "read_folder_gold", "GOLD_FILE"]

GOLD_FILE = "gold.json"
_COLUMNS = {
    "names": ["doc_id", "start", "end", "surface", "kind"],
    "stances": ["doc_id", "actor", "stance", "evidence", "start", "end"],
    "figures": ["doc_id", "start", "end", "surface", "value", "high", "attributed_to"],
}
_SURFACE = {"names": "surface", "stances": "evidence", "figures": "surface"}


@dataclass
class FolderGold:
    """A folder's gold: relevance per document and one table per measure.

    Attributes:
        relevance: ``{doc_id: topical | passing | none}``.
        names, stances, figures: DataFrames with the columns of ``_COLUMNS``.
    """

    relevance: dict[str, str] = field(default_factory=dict)
    names: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=_COLUMNS["names"]))
    stances: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=_COLUMNS["stances"]))
    figures: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=_COLUMNS["figures"]))


def read_folder_gold(path: str | Path, texts: dict[str, str]) -> FolderGold:
    """Read ``gold.json`` (or the file given) and check it against the texts.

    Args:
        path: the gold file, or the folder holding ``gold.json``.
        texts: ``{doc_id: raw text}`` of the folder's documents.

    Returns:
        A :class:`FolderGold`; ``value`` and ``high`` are floats (``high`` NaN
        when the gold gives a point).

    Raises:
        ValueError: one line naming the file and the problem (unreadable
            JSON, an unknown document, a row whose offsets do not give its text).
    """
    path = Path(path)
    if path.is_dir():
        path = path / GOLD_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(f"{path}: cannot read the gold file ({error})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected an object mapping doc_id to its gold")
    rows: dict[str, list[dict]] = {name: [] for name in _COLUMNS}
    relevance = {}
    for doc_id, entry in sorted(data.items()):
        if doc_id not in texts:
            raise ValueError(f"{path}: gold for {doc_id!r}, which is not a document of the folder")
        relevance[doc_id] = str(entry.get("relevance", ""))
        for name in _COLUMNS:
            for item in entry.get(name, []):
                rows[name].append(_checked(path, doc_id, name, item, texts[doc_id]))
    tables = {name: pd.DataFrame(found, columns=_COLUMNS[name]) for name, found in rows.items()}
    for column in ("value", "high"):
        tables["figures"][column] = pd.to_numeric(tables["figures"][column], errors="coerce")
    return FolderGold(relevance=relevance, **tables)


def _checked(path: Path, doc_id: str, name: str, item: dict, raw: str) -> dict:
    """One gold row with its offsets checked against the raw text."""
    try:
        start, end = int(item["start"]), int(item["end"])
    except (KeyError, TypeError, ValueError):
        raise ValueError(f"{path}: {doc_id} {name}: a row without integer start/end: {item}") from None
    text = str(item.get(_SURFACE[name], ""))
    if raw[start:end] != text:
        raise ValueError(f"{path}: {doc_id} {name}: text[{start}:{end}] is {raw[start:end]!r}, "
                         f"not {text!r}")
    row = {column: item.get(column, "") for column in _COLUMNS[name]}
    row.update(doc_id=doc_id, start=start, end=end)
    if name == "figures":
        row["high"] = item.get("high")
    return row
