"""Two calls for a notebook section or the report: corrected tables, and what is known of a table's precision.

Notebooks 02–04 and ``helpers report`` analyse a corpus in memory
(``found = analyze(corpus)``).  With a judgements file::

    tables, said = corrected_tables(found, JUDGEMENTS)     # said: how many rows were corrected
    note = reliability_note(found, JUDGEMENTS, "stances", fallback="…")

``reliability_note`` must be given the tables as extracted (the judgements
are about those rows), ``corrected_tables`` returns the ones to summarise.
Without judgements (``JUDGEMENTS`` None, or none about the table) the
tables come back unchanged and the note is ``fallback`` (by default the
figures on the project's own evaluation sets, with a sentence saying that
they come from other documents: :func:`helpers.validate.evaluation_sentence`).
A judgements file that does not exist, or lines of it that cannot be used,
are named in the sentence of :func:`corrected_tables`.
"""

from __future__ import annotations

from pathlib import Path

from helpers.io.markdown_text import escape_markdown
from helpers.validate.apply import apply_judgements
from helpers.validate.evaluation import evaluation_sentence
from helpers.validate.judgements import read_judgements
from helpers.validate.scores import score_judgements
from helpers.validate.summary import precision_sentence

__all__ = ["corrected_tables", "reliability_note", "judgement_files"]


def _given(judgements) -> list[Path]:
    if judgements is None or judgements == "":
        return []
    paths = [judgements] if isinstance(judgements, (str, Path)) else list(judgements)
    return [Path(p) for p in paths if p]


def judgement_files(judgements) -> list[Path]:
    """The judgement files that exist among those given.

    Args:
        judgements: None, one path, or several.

    Returns:
        The existing files (an empty list: no judgements).
    """
    return [path for path in _given(judgements) if path.is_file()]


def _not_used(problems: list, *, most: int = 3) -> str:
    """The judgements that could not be read (a missing file, a bad line), stale rows left out."""
    lines = [p for p in problems if "any more" not in p.problem and "more judgements of rows" not in p.problem]
    if not lines:
        return ""
    shown = "; ".join(f"{p.level}: {escape_markdown(p)}" for p in lines[:most])
    rest = f" (and {len(lines) - most} more)" if len(lines) > most else ""
    return f" Not used: {shown}{rest}."


def corrected_tables(tables: dict, judgements) -> tuple[dict, str]:
    """The tables to summarise: corrected by the judgements when there are some.

    Args:
        tables: ``{name: DataFrame}`` as extracted.
        judgements: None, a judgements file (JSONL, filled-in CSV/XLSX), or several.

    Returns:
        ``(tables, sentence)``: the corrected copies (or ``tables`` itself
        without judgements) and Markdown saying how many rows were
        corrected, how many judgements refer to rows no longer in the
        output, and which files or lines could not be used (a file that
        does not exist: one ``error:`` line naming it); "" when
        ``judgements`` is None.
    """
    given = _given(judgements)
    if not given:
        return tables, ""
    corrections = apply_judgements(tables, given)
    said = corrections.sentence() + _not_used(corrections.problems)
    return (corrections.tables if corrections.by_table else tables), said


def reliability_note(tables: dict, judgements, table: str, *, fallback: str | None = None) -> str:
    """What is known of a table's precision on this corpus, in one Markdown sentence.

    Args:
        tables: ``{name: DataFrame}`` AS EXTRACTED (documents, sentences and ``table``).
        judgements: None, a judgements file, or several.
        table: stances | quotes | claims | mentions | events.
        fallback: the sentence when no row of ``table`` was judged (None:
            :func:`~helpers.validate.evaluation_sentence`, the figures on the
            project's own evaluation sets, saying that they come from other
            documents).

    Returns:
        :func:`~helpers.validate.precision_sentence` of the judgements of
        ``table`` (precision with its 95 % interval, per label, with n), or ``fallback``.
    """
    if fallback is None:
        fallback = evaluation_sentence(table)
    files = judgement_files(judgements)
    if not files:
        return fallback
    judged, _ = read_judgements(files)
    judged = judged[(judged["table"] == table) & (judged["sample"] == "rows")]
    if judged.empty or table not in tables:
        return fallback
    scores, _ = score_judgements(tables, judged, table=table)
    if not scores["overall"]["n"]:
        return fallback
    return precision_sentence(scores)
