"""Attention over time: documents PUBLISHED per outlet and week, month or year (as Media Cloud's attention chart).

The timeline of notebook 03 counts the dates a text MENTIONS; this counts
the documents themselves by their publication date, so a reader sees when
each outlet wrote about the topic.  Documents whose date is not known to the
day (or missing) are counted apart ("undated").
"""

from __future__ import annotations

import pandas as pd

from helpers.analysis.outlets import source_names
from helpers.io.markdown_text import escape_markdown

__all__ = ["FREQUENCIES", "attention_table", "attention_summary"]

#: Period names and their pandas frequencies.
FREQUENCIES = {"week": "W-SUN", "month": "M", "year": "Y"}


def _frequency(first: pd.Timestamp, last: pd.Timestamp) -> str:
    """Week up to half a year, month up to eight years, else year."""
    days = (last - first).days
    return "week" if days <= 183 else "month" if days <= 8 * 366 else "year"


def _label(period: pd.Period, freq: str) -> str:
    """``2019-W07``-style weeks (ISO: year and week of the Monday), ``2019-02``, ``2019``."""
    if freq == "week":
        year, week, _ = period.start_time.isocalendar()
        return f"{year}-W{week:02d}"
    return str(period)


def attention_table(documents: pd.DataFrame, *, freq: str | None = None, top_outlets: int = 12
                    ) -> tuple[pd.DataFrame, str, int]:
    """Documents published per outlet and period (every period of the range, zeros included).

    Args:
        documents: the documents table (``published``, ``outlet``).
        freq: ``week``, ``month`` or ``year``; default: week for up to half a
            year of publication dates, month up to eight years, else year.
        top_outlets: outlets with the most documents get a row; the others
            are summed into "other outlets".

    Returns:
        ``(table, freq, undated)``: DataFrame indexed by outlet (most
        documents first), one column per period, the frequency used and how
        many documents have no publication date known to the day.
    """
    dates = pd.to_datetime(documents["published"].astype(str).str[:10], format="%Y-%m-%d", errors="coerce")
    undated = int(dates.isna().sum())
    if dates.notna().sum() == 0:
        return pd.DataFrame(), freq or "month", undated
    freq = freq or _frequency(dates.min(), dates.max())
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}, not {freq!r}")
    names = documents["doc_id"].map(source_names(documents))
    periods = dates[dates.notna()].dt.to_period(FREQUENCIES[freq])
    outlets = names[dates.notna()]
    ranked = outlets.value_counts(sort=True)
    ranked = sorted(ranked.index, key=lambda o: (-ranked[o], o))
    outlets = outlets.where(outlets.isin(set(ranked[:top_outlets])), "other outlets")
    table = pd.crosstab(outlets, periods)
    full = pd.period_range(periods.min(), periods.max(), freq=FREQUENCIES[freq])
    table = table.reindex(columns=full, fill_value=0)
    table.columns = [_label(p, freq) for p in table.columns]
    order = sorted(table.index, key=lambda o: (o == "other outlets", -int(table.loc[o].sum()), o))
    table = table.loc[order]
    table.index.name, table.columns.name = "outlet", None
    return table, freq, undated


def attention_summary(table: pd.DataFrame, freq: str, undated: int) -> str:
    """The busiest periods and outlets, in one Markdown sentence.

    Args:
        table: the first output of :func:`attention_table`.
        freq: its frequency.
        undated: documents without a publication date.

    Returns:
        Markdown (outlet names escaped).
    """
    missing = f" {undated} documents have no publication date known to the day and are not counted." if undated else ""
    if table.empty:
        return "No document in scope has a publication date known to the day: no attention over time." + missing
    totals = table.sum(axis=0)
    peaks = totals.sort_values(ascending=False, kind="mergesort").head(3)
    peak = ", ".join(f"{escape_markdown(p)} ({int(n)})" for p, n in peaks.items() if n)
    busiest = table.sum(axis=1).head(3)
    outlets = ", ".join(f"{escape_markdown(o)} ({int(n)})" for o, n in busiest.items())
    return (f"**{int(totals.sum())} documents** published from {escape_markdown(table.columns[0])} "
            f"to {escape_markdown(table.columns[-1])}, "
            f"counted by {freq}. Busiest {freq}s: {peak}. Outlets with the most documents: {outlets}.{missing}")
