"""Scoring region and people names (Xinjiang, the Uyghurs) against a reader's gold.

Gold shape (``gold.json`` of a development folder such as
``../shared/data/dev-xinjiang``): ``{doc_id: {"names": [{surface, occurrence,
kind: region|people, start, end}, …], …}}`` with raw offsets; the gold surface
includes clitics (للإيغور) and a region name inside an organisation's name is
not a region mention.

Matching rule (one to one): a gold name matches a predicted mention of the
same document whose entity maps to the gold ``kind`` (``xinjiang`` → region,
``uyghurs`` → people, see :data:`KINDS`) and whose span overlaps the gold
span (our surface leaves out proclitics, the gold's keeps them; any overlap of
at least one character counts).  Gold names are taken in document order and
each is paired with the first unpaired overlapping prediction.  Unpaired
predictions are false hits, unpaired gold names misses.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from helpers.extract.mentions.mentions import mention_rows

__all__ = ["KINDS", "read_names_gold", "read_texts", "predicted_names", "score_names",
           "score_names_folder"]

#: entity_id of a mention → the gold ``kind`` it stands for.  A group named after the people
#: (the Uyghur diaspora: الجالية الأويغورية) names the people with their adjective; an organisation
#: named after them (World Uyghur Congress) does not.
KINDS = {"xinjiang": "region", "uyghurs": "people", "uyghur_diaspora": "people"}


def read_names_gold(path: str | Path) -> dict[str, list[dict]]:
    """Read the ``names`` entries of a gold file.

    Args:
        path: ``gold.json`` (``{doc_id: {"names": [...], ...}}``).

    Returns:
        ``{doc_id: [gold name dicts]}`` for every document of the file
        (an empty list where it names nothing).

    Raises:
        ValueError: the file is not of that shape (naming the file).
    """
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected an object keyed by doc_id")
    out = {}
    for doc_id, entry in data.items():
        names = entry.get("names", []) if isinstance(entry, dict) else None
        if not isinstance(names, list):
            raise ValueError(f"{path}: document {doc_id!r} has no list of names")
        out[str(doc_id)] = names
    return out


def read_texts(folder: str | Path, doc_ids) -> dict[str, str]:
    """Read the raw texts of a development folder, exactly as stored.

    Args:
        folder: the folder; its ``catalog.csv`` (``doc_id``, ``file``) names
            each file, otherwise ``docs/<doc_id>.txt``.
        doc_ids: the documents to read.

    Returns:
        ``{doc_id: text}`` (UTF-8, newlines kept as written).
    """
    folder = Path(folder)
    files = {}
    catalog = folder / "catalog.csv"
    if catalog.is_file():
        with open(catalog, encoding="utf-8-sig", newline="") as handle:
            files = {row["doc_id"]: row["file"] for row in csv.DictReader(handle) if row.get("file")}
    texts = {}
    for doc_id in doc_ids:
        path = folder / files.get(doc_id, f"docs/{doc_id}.txt")
        with open(path, encoding="utf-8", newline="") as handle:
            texts[doc_id] = handle.read()
    return texts


def predicted_names(mentions, *, kinds: dict[str, str] | None = None) -> dict[str, list[dict]]:
    """Keep the mentions that are region/people names, grouped by document.

    Args:
        mentions: mention rows (dicts) or a DataFrame with doc_id, start,
            end, surface, entity_id.
        kinds: entity_id → gold kind (default :data:`KINDS`).

    Returns:
        ``{doc_id: [{surface, kind, start, end, entity_id}]}`` sorted by start.
    """
    kinds = KINDS if kinds is None else kinds
    rows = mentions.to_dict("records") if hasattr(mentions, "to_dict") else mentions
    out: dict[str, list[dict]] = {}
    for row in rows:
        kind = kinds.get(row["entity_id"])
        if kind:
            out.setdefault(str(row["doc_id"]), []).append(
                {"surface": row["surface"], "kind": kind, "start": int(row["start"]),
                 "end": int(row["end"]), "entity_id": row["entity_id"]})
    return {d: sorted(v, key=lambda r: r["start"]) for d, v in out.items()}


def score_names(predicted: dict[str, list[dict]], gold: dict[str, list[dict]], *,
                texts: dict[str, str] | None = None) -> dict:
    """Precision, recall and F1 of predicted names against the gold (see the module rule).

    Args:
        predicted: ``{doc_id: [{kind, start, end, surface}]}`` (:func:`predicted_names`).
        gold: ``{doc_id: [{kind, start, end, surface}]}`` (:func:`read_names_gold`);
            only its documents are scored.
        texts: ``{doc_id: raw}``; when given, every error carries its context.

    Returns:
        ``{"precision", "recall", "f1", "tp", "fp", "fn", "errors"}``; ``errors``
        lists ``{doc_id, error: miss|false hit, kind, surface, start, end,
        context}`` in document order.
    """
    tp = fp = fn = 0
    errors = []
    for doc_id in sorted(gold):
        preds = predicted.get(doc_id, [])
        used = [False] * len(preds)
        for item in sorted(gold[doc_id], key=lambda g: g["start"]):
            index = next((i for i, p in enumerate(preds) if not used[i] and p["kind"] == item["kind"]
                          and p["start"] < item["end"] and item["start"] < p["end"]), None)
            if index is None:
                fn += 1
                errors.append(_error(doc_id, "miss", item, texts))
            else:
                used[index] = True
                tp += 1
        for pred, was_used in zip(preds, used):
            if not was_used:
                fp += 1
                errors.append(_error(doc_id, "false hit", pred, texts))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn,
            "errors": sorted(errors, key=lambda e: (e["doc_id"], e["start"]))}


def _error(doc_id: str, error: str, item: dict, texts) -> dict:
    start, end = int(item["start"]), int(item["end"])
    context = ""
    if texts is not None:
        raw = texts[doc_id]
        context = " ".join(raw[max(0, start - 60):end + 60].split())
    return {"doc_id": doc_id, "error": error, "kind": item["kind"], "surface": item["surface"],
            "start": start, "end": end, "context": context}


def score_names_folder(folder: str | Path, *, gold_file: str = "gold.json") -> dict:
    """Run the mention finder on a development folder and score its names.

    Args:
        folder: a folder with ``gold.json`` and the documents (``catalog.csv``).
        gold_file: the gold file's name inside ``folder``.

    Returns:
        The :func:`score_names` result (errors with context).
    """
    gold = read_names_gold(Path(folder) / gold_file)
    texts = read_texts(folder, gold)
    rows = [row for doc_id, raw in texts.items() for row in mention_rows(raw, doc_id=doc_id)]
    return score_names(predicted_names(rows), gold, texts=texts)
