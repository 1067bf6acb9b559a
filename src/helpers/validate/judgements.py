"""Judgements: one coder's verdict on one sampled row, kept as a line of JSONL.

A judgement is a JSON object: ``key`` (the row's key), ``table``, ``sample``
(rows | recall), ``doc_id``, ``label``, ``outlet``, ``verdict``,
``correct_label``, ``correct_actor``, ``note``, ``coder`` and ``time`` (ISO
8601, UTC; taken from the clock only when the coder judges).  The notebook's
widget and the form page append such lines (:func:`append_judgement`), so a
kernel restart loses nothing.  A spreadsheet (the sample's CSV, or the same
saved as ``.xlsx``) whose ``verdict`` column is filled is read as judgements
too; its coder is its ``coder`` column, else the file's name without suffix
(a verdict is read in any case, with spaces or hyphens for ``_``).

When a row was judged several times, each coder's last judgement counts;
when several coders judged it, :func:`resolve_judgements` takes the verdict most of
them gave (a tie: the verdict of the coder first in alphabetical order).
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from helpers.io.cells import unescape_cell
from helpers.io.corpus import LoadError
from helpers.io.records_base import Part
from helpers.validate.vocabulary import is_recall_key, verdict_action, verdicts

__all__ = ["FIELDS", "make_judgement", "append_judgement", "read_judgements", "latest", "resolve_judgements",
           "judged_keys", "stale_problems"]

#: The fields of a judgement, in the order they are written.
FIELDS = ("key", "table", "sample", "doc_id", "label", "outlet", "verdict", "correct_label", "correct_actor",
          "note", "coder", "time")
_SHEETS = {".csv": "csv", ".tsv": "tsv", ".xlsx": "xlsx"}


def _text(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def make_judgement(row, verdict: str, *, coder: str, correct_label: str = "", correct_actor: str = "",
                   note: str = "", time: str | None = None) -> dict:
    """One judgement of a sample row.

    Args:
        row: the sample row (a mapping with key, table, sample, doc_id, label, outlet).
        verdict: one of the table's verdicts (``data/validate/verdicts.tsv``).
        coder: who judged.
        correct_label: the right label (``wrong_label``, ``wrong_value`` …).
        correct_actor: the right actor (``wrong_actor``, ``wrong_speaker`` …).
        note: free text.
        time: when (default: now, UTC, to the second: the clock is read here only).

    Returns:
        A dict with the :data:`FIELDS`; ValueError for a verdict outside the vocabulary.
    """
    table, key = _text(row.get("table")), _text(row.get("key"))
    recall = is_recall_key(key)
    if verdict_action(table, verdict, recall=recall) is None:
        allowed = ", ".join(verdicts(table, recall=recall))
        raise ValueError(f"verdict {verdict!r} is not one of {allowed}")
    if time is None:
        time = datetime.now(timezone.utc).isoformat(timespec="seconds")
    values = {"key": key, "table": table, "sample": "recall" if recall else "rows", "verdict": verdict,
              "correct_label": correct_label, "correct_actor": correct_actor, "note": note, "coder": coder,
              "time": time}
    return {field: _text(values.get(field, row.get(field))) for field in FIELDS}


def append_judgement(path: str | Path, judgement: dict) -> None:
    """Append one judgement to a JSONL file, flushed to disk before returning.

    Args:
        path: the judgements file (created with its folder when missing).
        judgement: a dict from :func:`make_judgement`.

    Returns:
        None; the line is on disk when it returns (a kernel restart loses nothing).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({f: judgement.get(f, "") for f in FIELDS}, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def _jsonl(path: Path):
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                yield number, None, "not a JSON object (the line is not used)"
                continue
            yield number, record if isinstance(record, dict) else None, "" if isinstance(record, dict) else \
                "not a JSON object (the line is not used)"


def _sheet(path: Path, kind: str):
    if kind == "xlsx":
        from helpers.io.records_xlsx import read_xlsx

        records = read_xlsx(Part(str(path), "xlsx"), text_columns=("key",))
    else:
        from helpers.io.records_csv import read_csv

        records = read_csv(Part(str(path), kind))
    for record in records:
        if record.problem:
            if record.level == "error":
                yield record.number, None, record.problem
            continue
        fields = {k: unescape_cell(_text(v)) if kind != "xlsx" else _text(v) for k, v in record.fields.items()}
        if fields.get("verdict"):
            yield record.number, {**fields, "coder": fields.get("coder") or path.stem}, ""


def read_judgements(paths, *, coder: str | None = None) -> tuple[pd.DataFrame, list[LoadError]]:
    """Judgements from JSONL files and filled-in spreadsheets.

    Args:
        paths: one path or several (``.jsonl``/``.ndjson``, ``.csv``, ``.tsv``, ``.xlsx``).
        coder: keep only this coder's judgements (default: all).

    Returns:
        ``(judgements, problems)``: a DataFrame with the :data:`FIELDS` and
        ``source`` (``FILE line N``), in the order read; one ``LoadError``
        per line that could not be used (a missing file, a line that is not
        JSON, a verdict outside the vocabulary), naming the file and line.
    """
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    rows, problems = [], []
    for path in map(Path, paths):
        if not path.is_file():
            problems.append(LoadError(str(path), "no such judgements file"))
            continue
        kind = _SHEETS.get(path.suffix.lower())
        for number, record, problem in (_sheet(path, kind) if kind else _jsonl(path)):
            where = f"{path} line {number}"
            if record is None:
                problems.append(LoadError(where, problem))
                continue
            judged = {f: _text(record.get(f)) for f in FIELDS}
            judged["verdict"] = "_".join(judged["verdict"].replace("-", " ").lower().split())
            key = judged["key"]
            judged["table"] = judged["table"] or key.split("|")[1 if is_recall_key(key) else 0]
            judged["sample"] = "recall" if is_recall_key(key) else "rows"
            try:
                action = verdict_action(judged["table"], judged["verdict"], recall=is_recall_key(key))
            except ValueError as exc:
                problems.append(LoadError(where, str(exc)))
                continue
            if not key or action is None:
                allowed = ", ".join(verdicts(judged["table"], recall=is_recall_key(key))) if key else ""
                problems.append(LoadError(where, f"verdict {judged['verdict']!r} is not one of {allowed} "
                                                 "(the judgement is not used)" if key else "no key (not used)"))
                continue
            rows.append({**judged, "action": action, "source": where})
    frame = pd.DataFrame(rows, columns=[*FIELDS, "action", "source"])
    if coder is not None:
        frame = frame[frame["coder"] == coder].reset_index(drop=True)
    return frame, problems


def latest(judgements: pd.DataFrame) -> pd.DataFrame:
    """Each coder's last judgement of each row (a row judged again counts once, as last judged).

    Args:
        judgements: from :func:`read_judgements`.

    Returns:
        The judgements, one per (coder, key), in the order read.
    """
    return judgements.drop_duplicates(["coder", "key"], keep="last").reset_index(drop=True)


def resolve_judgements(judgements: pd.DataFrame) -> pd.DataFrame:
    """One judgement per row: skips left out, then the verdict most coders gave.

    Args:
        judgements: from :func:`read_judgements`.

    Returns:
        One row per key (the chosen coder's judgement) with ``coders``, the
        number of coders who judged it; on a tie the coder first in
        alphabetical order decides.
    """
    judged = latest(judgements)
    judged = judged[judged["action"] != "skip"]
    chosen = []
    for _, group in judged.groupby("key", sort=True):
        counts = group["verdict"].value_counts()
        top = counts[counts == counts.max()].index
        group = group.sort_values("coder", kind="stable")
        pick = group[group["verdict"].isin(top)].iloc[0].to_dict()
        chosen.append({**pick, "coders": len(group)})
    return pd.DataFrame(chosen, columns=[*judgements.columns, "coders"])


def judged_keys(path: str | Path, coder: str) -> set[str]:
    """The keys a coder has judged already in a judgements file (for resuming).

    Args:
        path: the JSONL file (missing: nothing judged).
        coder: the coder.

    Returns:
        The keys of that coder's judgements, skips included.
    """
    if not Path(path).is_file():
        return set()
    frame, _ = read_judgements(path, coder=coder)
    return set(frame["key"])


def stale_problems(judgements: pd.DataFrame, present: set[str], *, most: int = 20) -> list[LoadError]:
    """One line per judgement whose row is no longer in the output.

    Args:
        judgements: from :func:`read_judgements` (or :func:`latest`).
        present: the keys of the current tables (rows, and ``recall|…`` sentences).
        most: lines at most; a last line counts the rest.

    Returns:
        ``warning`` LoadErrors naming the file and line, the key and what is done with it.
    """
    gone = judgements[~judgements["key"].isin(present)]
    lines = [LoadError(source, f"row {key} is not in the {table} table any more (the output changed since "
                               "the sample was drawn): the judgement is kept in the file but not used",
                       level="warning")
             for source, key, table in zip(gone["source"], gone["key"], gone["table"])]
    if len(lines) > most:
        rest = len(lines) - most
        lines = lines[:most] + [LoadError(str(gone["source"].iloc[most]).rsplit(" line ", 1)[0],
                                          f"{rest} more judgements of rows no longer in the output", level="warning")]
    return lines
