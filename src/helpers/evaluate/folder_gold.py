"""Reading a folder's reader's gold (``gold.json``, the dev-set shape).

The file maps each ``doc_id`` to ``relevance`` (topical | passing | none),
``names`` (region/people mentions ``{surface, kind, start, end}``),
``stances`` (``{actor, stance, evidence, start, end}``) and ``figures``
(``{surface, value, high?, attributed_to, start, end}``); offsets are Python
string offsets into the document's raw text.  :func:`read_folder_gold`
checks every offset against the texts so that a shifted gold row is an
error, not a silent miss.

Voices (who is given a voice, ``(doc_id, actor)``) are found by this rule
(:func:`find_voice_gold`): the file passed as ``voices`` (a TSV with
doc_id, actor, evidence, such as ``tests/gold/dev_voices.tsv``; kept outside
the corpus folder, whose ``.tsv`` files are documents); else a ``voices``
list in the documents' entries of ``gold.json`` (``[{actor, evidence}]``);
else none (the folder is not scored on voices).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.evaluate.voices import read_voice_gold

__all__ = ["FolderGold", "read_folder_gold", "find_voice_gold", "GOLD_FILE"]

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
        voices: the voices gold (doc_id, actor, evidence), or None when the folder has none.
    """

    relevance: dict[str, str] = field(default_factory=dict)
    voices: pd.DataFrame | None = None  # doc_id, actor, evidence; None: no voices gold
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
    inline = [{"doc_id": doc_id, "actor": str(v.get("actor", "")), "evidence": str(v.get("evidence", ""))}
              for doc_id, entry in sorted(data.items()) for v in entry.get("voices", [])]
    voices = pd.DataFrame(inline, columns=["doc_id", "actor", "evidence"]) if inline else None
    return FolderGold(relevance=relevance, voices=voices, **tables)


def find_voice_gold(path: str | Path, gold: FolderGold, voices: str | Path | None = None) -> pd.DataFrame | None:
    """The voices gold of a folder, by the rule of the module docstring.

    Args:
        path: the gold file or the folder holding ``gold.json`` (named in messages).
        gold: the folder's :class:`FolderGold` (its inline voices).
        voices: a voices TSV given by the caller (wins over the inline lists).

    Returns:
        DataFrame (doc_id, actor, evidence), or None when there is no voices gold.

    Raises:
        ValueError: the voices file is malformed or names a document not in the gold.
    """
    if voices is None:
        return gold.voices
    found = read_voice_gold(voices)
    unknown = sorted(set(found["doc_id"]) - set(gold.relevance))
    if unknown:
        raise ValueError(f"{voices}: voices for {unknown[0]!r}, which the gold of {path} does not list")
    return found


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
