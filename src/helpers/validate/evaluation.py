"""What is known of a table's accuracy before the user's corpus is judged: the project's own evaluation figures.

``data/validate/evaluation_figures.tsv`` holds, per table, the precision and
recall measured on the project's evaluation sets — the seeds against their
gold and a judged sample of their stance rows, the dev set against its
``gold.json`` and its judged sample, the project's probes.  It is made by
``python bench/evaluation_figures.py``, never typed.  :func:`evaluation_sentence`
says them in one Markdown paragraph that names the sets and says that they
come from other documents than the user's; it is the fallback of
:func:`helpers.validate.reliability_note` for a section whose table has no
judgements.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from helpers.text.lexicon_tools import read_tsv
from helpers.validate.stats import SMALL
from helpers.validate.vocabulary import table_spec

__all__ = ["evaluation_figures", "evaluation_sentence"]

_COLUMNS = ["table", "source", "documents", "measure", "metric", "figure", "n"]


@lru_cache(maxsize=1)
def _rows() -> tuple[dict, ...]:
    return tuple(read_tsv("validate/evaluation_figures.tsv"))


def evaluation_figures(table: str | None = None) -> pd.DataFrame:
    """The figures of the project's evaluation sets (``data/validate/evaluation_figures.tsv``).

    Args:
        table: one table (stances | quotes | claims | mentions | events); None: all.

    Returns:
        One row per figure: table, source (seeds | dev | probes), documents
        (the set in words), measure, metric (precision | recall), figure (0–1)
        and n (rows found for a precision, gold items for a recall), in file order.
    """
    frame = pd.DataFrame(list(_rows()), columns=_COLUMNS).astype({"figure": float, "n": int})
    return frame if table is None else frame[frame["table"] == table].reset_index(drop=True)


def _figure(metric: str, figure: float, n: int) -> str:
    small = f", fewer than {SMALL}" if n < SMALL else ""
    return f"{metric} {figure * 100:.0f} % (n = {n}{small})"


def evaluation_sentence(table: str) -> str:
    """The fallback of a section whose table has no judgements of this corpus, in Markdown.

    Args:
        table: stances | quotes | claims | mentions | events.

    Returns:
        e.g. "**Not measured on this corpus**: none of its stance rows has been
        judged. The project's own evaluation sets, checked against answers
        written by hand, are other documents than yours. On the dev set (11
        real documents …): stance rows a reader judged right in their
        sentence, precision 80 % (n = 45); … Rules score lower on reporting
        they were not shaped on: …".
    """
    item = table_spec(table).item
    head = f"**Not measured on this corpus**: none of its {item} rows has been judged."
    figures = evaluation_figures(table)
    advice = (f"Rules score lower on reporting they were not shaped on: judge a sample of this corpus's {item} rows "
              "(notebook 06, `helpers validate`) to know its precision here.")
    if figures.empty:
        return f"{head} No evaluation set of the project covers the {table} table. {advice}"
    parts = []
    for documents, on_set in figures.groupby("documents", sort=False):
        said = "; ".join(f"{measure}, " + ", ".join(_figure(r.metric, r.figure, r.n) for r in group.itertuples())
                         for measure, group in on_set.groupby("measure", sort=False))
        parts.append(f"On {documents}: {said}.")
    return (f"{head} The project's own evaluation sets, checked against answers written by hand, are other "
            f"documents than yours. {' '.join(parts)} {advice}")
