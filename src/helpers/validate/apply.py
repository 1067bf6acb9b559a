"""Corrections that every summary honours: judgements applied to the pipeline's tables.

:func:`apply_judgements` returns corrected copies of the tables: a row judged
``wrong_label`` (``wrong_value``, ``wrong_entity``) takes the coder's
``correct_label`` in the table's value column, a row judged ``wrong_actor``
(``wrong_speaker``, ``wrong_source``) takes ``correct_actor`` in its actor
column, and a row judged ``not_a_stance`` (``not_a_quote``,
``not_about_topic``, ``not_a_name``, ``not_a_date``) is dropped; every row
that shares the judged row's key is changed alike.  A correction without the
right label or actor keeps the row as it is and says so.  The tables passed
in are never changed.  Judgements whose row is gone give one line each and
are not applied (:func:`helpers.validate.judgements.stale_problems`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from helpers.io.corpus import LoadError
from helpers.validate.judgements import latest, read_judgements, resolve_judgements, stale_problems
from helpers.validate.vocabulary import row_keys, table_spec

__all__ = ["Corrections", "apply_judgements"]


@dataclass
class Corrections:
    """Corrected tables and what was changed; ``tables, n = apply_judgements(…)`` unpacks it.

    Attributes:
        tables: ``{name: DataFrame}``, corrected copies (tables without judgements as given).
        corrected: rows changed or dropped, in all.
        by_table: ``{table: {"relabel": n, "reactor": n, "drop": n, "rows": rows before}}``.
        problems: lines about judgements not applied (stale, incomplete, unreadable).
    """

    tables: dict
    corrected: int = 0
    by_table: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)

    def __iter__(self):
        """``tables, corrected = apply_judgements(…)``."""
        return iter((self.tables, self.corrected))

    def sentence(self, table: str | None = None) -> str:
        """What the judgements changed, in one sentence (for a notebook or the report).

        Args:
            table: one table (default: all of them).

        Returns:
            e.g. "Judgements corrected 7 of 111 stance rows (2 relabelled, 1 given
            another actor, 4 dropped); the figures below use the corrected table."
        """
        names = [table] if table else sorted(self.by_table)
        parts = []
        for name in names:
            done = self.by_table.get(name)
            if not done:
                continue
            count = done["relabel"] + done["reactor"] + done["drop"]
            parts.append(f"{count} of {done['rows']} {table_spec(name).item} rows ({done['relabel']} relabelled, "
                         f"{done['reactor']} given another actor, {done['drop']} dropped)")
        if not parts:
            return "No judgement changes these tables: they are used as extracted."
        stale = sum("any more" in p.problem for p in self.problems)
        tail = f"; {stale} judgement{'s' * (stale != 1)} refer to rows no longer in the output" if stale else ""
        return f"Judgements corrected {'; '.join(parts)}{tail}; the figures below use the corrected tables."


def _apply_one(frame: pd.DataFrame, table: str, judged: pd.DataFrame, problems: list) -> tuple[pd.DataFrame, dict]:
    spec = table_spec(table)
    keys = row_keys(table, frame)
    out = frame.copy()
    done = {"relabel": 0, "reactor": 0, "drop": 0, "rows": len(frame)}
    drop = pd.Series(False, index=frame.index)
    for judgement in judged.to_dict("records"):
        action, hit = judgement["action"], keys == judgement["key"]
        if action == "drop":
            drop |= hit
            done["drop"] += int(hit.sum())
        elif action in ("relabel", "reactor"):
            column = spec.value if action == "relabel" else spec.actor
            value = judgement["correct_label" if action == "relabel" else "correct_actor"]
            if not column or not value:
                what = "correct_label" if action == "relabel" else "correct_actor"
                problems.append(LoadError(judgement["source"], f"{judgement['verdict']} without {what}: "
                                                               "the row is kept as extracted", level="warning"))
                continue
            if column in out and not pd.api.types.is_string_dtype(out[column]):
                out[column] = out[column].astype(object)
            out.loc[hit, column] = value
            done[action] += int(hit.sum())
    return out[~drop].reset_index(drop=True), done


def apply_judgements(tables: dict, judgements) -> Corrections:
    """Corrected copies of the pipeline's tables.

    Args:
        tables: ``{name: DataFrame}`` as ``helpers analyze`` writes them or
            ``analyze_corpus`` returns them (the stances, quotes, claims,
            mentions and events tables are corrected; the others are passed on).
        judgements: judgement files (JSONL, filled-in CSV/XLSX samples) or a
            DataFrame from :func:`~helpers.validate.judgements.read_judgements`.

    Returns:
        A :class:`Corrections` (``tables, corrected = apply_judgements(…)``).
    """
    problems: list = []
    if not isinstance(judgements, pd.DataFrame):
        judgements, problems = read_judgements(judgements)
    result = Corrections(tables=dict(tables), problems=problems)
    rows_judged = judgements[judgements["sample"] == "rows"]
    for table in sorted(set(rows_judged["table"])):
        if table not in tables:
            continue
        mine = rows_judged[rows_judged["table"] == table]
        present = set(row_keys(table, tables[table]))
        result.problems += stale_problems(latest(mine), present)
        chosen = resolve_judgements(mine[mine["key"].isin(present)])
        corrected, done = _apply_one(tables[table], table, chosen, result.problems)
        result.tables[table] = corrected
        result.by_table[table] = done
        result.corrected += done["relabel"] + done["reactor"] + done["drop"]
    return result
