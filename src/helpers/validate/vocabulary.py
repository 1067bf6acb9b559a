"""What a sampled row is: its table's columns, its verdicts and its stable key.

Both vocabularies are data (``data/validate/tables.tsv``, ``data/validate/verdicts.tsv``):
which column of a table holds the label precision is reported by, which
column a verdict corrects, which span is highlighted, and the verdicts a
coder may give with what each does to the row.  A row's key is
``TABLE|doc_id|start-end|value|actor`` (value and actor where the table has
them), so that a judgement finds its row again after a re-run as long as the
row itself is unchanged; rows that share a key (one actor, one label, one
sentence, found by two cues) are one unit of judgement.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from helpers.text.lexicon_tools import read_tsv

if TYPE_CHECKING:  # pandas is imported where a table is handled: the command line's parser needs none of it
    import pandas as pd

__all__ = ["VALIDATED_TABLES", "JUDGEMENT_COLUMNS", "TableSpec", "table_spec", "verdicts", "verdict_action",
           "row_key", "row_keys", "recall_key", "is_recall_key", "ERROR_ACTIONS"]

#: The judgement columns of a sample (filled by the coder).
JUDGEMENT_COLUMNS = ("verdict", "correct_label", "correct_actor", "note")
#: The actions that make a row an error (see verdicts.tsv).
ERROR_ACTIONS = ("relabel", "reactor", "drop")


@dataclass(frozen=True)
class TableSpec:
    """How one table is read for validation (a row of ``tables.tsv``).

    Attributes:
        table: the table's name.
        label: the column precision is reported by.
        value: the column ``relabel`` corrects ("" when none).
        actor: the column ``reactor`` corrects ("" when none).
        mark: the (start, end) columns of the highlighted span.
        item: one row in words ("stance").
        choices: the labels a coder picks from for ``correct_label`` (empty: free text).
        strata: further stratification columns, used when present.
    """

    table: str
    label: str
    value: str
    actor: str
    mark: tuple[str, str]
    item: str
    choices: tuple[str, ...]
    strata: tuple[str, ...]


@lru_cache(maxsize=None)
def _specs() -> dict[str, TableSpec]:
    return {row["table"]: TableSpec(row["table"], row["label"], row["value"], row["actor"],
                                    (row["mark_start"], row["mark_end"]), row["item"],
                                    tuple(row["choices"].split()), tuple(row["strata"].split()))
            for row in read_tsv("validate/tables.tsv")}


@lru_cache(maxsize=None)
def _verdicts() -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for row in read_tsv("validate/verdicts.tsv"):
        found.setdefault(row["table"], {})[row["verdict"]] = row["action"]
    return found


#: The tables a sample can be drawn from.
VALIDATED_TABLES = ("stances", "quotes", "claims", "mentions", "events")


def table_spec(table: str) -> TableSpec:
    """The validation columns of a table.

    Args:
        table: stances | quotes | claims | mentions | events.

    Returns:
        Its :class:`TableSpec`; ValueError names the tables for any other name.
    """
    specs = _specs()
    if table not in specs:
        raise ValueError(f"no validation for table {table!r} (one of {', '.join(specs)})")
    return specs[table]


def verdicts(table: str, *, recall: bool = False) -> dict[str, str]:
    """The verdicts a coder may give, with their actions, in the order of ``verdicts.tsv``.

    Args:
        table: the table sampled.
        recall: the vocabulary of a recall sample instead.

    Returns:
        ``{verdict: action}``.
    """
    return dict(_verdicts()["recall" if recall else table_spec(table).table])


def verdict_action(table: str, verdict: str, *, recall: bool = False) -> str | None:
    """What a verdict does (``keep``, ``relabel``, ``reactor``, ``drop``, ``skip``, ``missed``, ``none``).

    Args:
        table: the table sampled.
        verdict: the verdict as written.
        recall: whether the row came from a recall sample.

    Returns:
        The action, or None when the verdict is not in the table's vocabulary.
    """
    return verdicts(table, recall=recall).get(str(verdict).strip())


def _part(value) -> str:
    if value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType":
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def row_key(table: str, row) -> str:
    """The stable key of one row.

    Args:
        table: the table's name.
        row: a mapping (a dict, a pandas row) with doc_id, start, end and
            the table's value and actor columns.

    Returns:
        ``TABLE|doc_id|start-end|value|actor`` (without the parts the table lacks).
    """
    spec = table_spec(table)
    parts = [table, _part(row.get("doc_id")), f"{_part(row.get('start'))}-{_part(row.get('end'))}"]
    parts += [_part(row.get(column)) for column in dict.fromkeys(c for c in (spec.value, spec.actor) if c)]
    return "|".join(parts)


def row_keys(table: str, frame: pd.DataFrame) -> pd.Series:
    """:func:`row_key` of every row of a table.

    Args:
        table: the table's name.
        frame: the table (as read or as computed).

    Returns:
        A Series of keys, aligned with ``frame``.
    """
    import pandas as pd

    if frame.empty:
        return pd.Series([], dtype="object", index=frame.index)
    return pd.Series([row_key(table, row) for row in frame.to_dict("records")], index=frame.index, dtype="object")


def recall_key(table: str, doc_id: str, start: int, end: int) -> str:
    """The key of a sentence in a recall sample.

    Args:
        table: the table whose misses are looked for.
        doc_id: the document.
        start: the sentence's start offset.
        end: its end offset.

    Returns:
        ``recall|TABLE|doc_id|start-end``.
    """
    return f"recall|{table}|{doc_id}|{_part(start)}-{_part(end)}"


def is_recall_key(key: str) -> bool:
    """Whether a key names a sentence of a recall sample.

    Args:
        key: a row or recall key.

    Returns:
        True for ``recall|…`` keys.
    """
    return str(key).startswith("recall|")
