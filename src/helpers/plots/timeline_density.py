"""Timelines that scale: event density per outlet over a sensible window.

A lane per document stops being readable beyond a dozen documents, and one
stray "year" (a stock index "1330 نقطة", an article number) stretches the
axis over a millennium.  Here events are (1) kept only when their first day
falls in a plausible window around the publication dates, (2) counted per
outlet and month (or year), the window zoomed to where most events are, and
(3) the most frequent dated values listed as "top events" to label.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd

from helpers.analysis.outlets import source_names
from helpers.extract.temporal.calendar import value_span
from helpers.plots.style import arabic_label, short_label

__all__ = ["plausible_events", "event_density", "top_events", "anchoring_by_outlet", "density_chart",
           "attention_chart"]


def plausible_events(events: pd.DataFrame, documents: pd.DataFrame, *, earliest: int = 1900,
                     ahead_years: int = 5) -> pd.DataFrame:
    """Events with a calendar span inside a plausible window.

    Args:
        events: the events table.
        documents: the documents table (publication dates).
        earliest: drop events before this year.
        ahead_years: drop events more than this many years after the
            latest publication date (no upper bound when no document is
            dated: the clock is never read, so results do not change with
            the day they are computed).

    Returns:
        The kept events with ``first``/``last`` (dates) and ``outlet``.
    """
    spans = events["value"].fillna("").astype(str).map(value_span)
    out = events.loc[spans.notna()].copy()
    spans = spans[spans.notna()]
    out["first"] = [s[0] for s in spans]
    out["last"] = [s[1] for s in spans]
    # the year of every publication date, whatever its precision (2016, 2016-04, a Hijri month's span)
    dates = pd.to_numeric(documents["published"].astype(str).str[:4], errors="coerce").dropna()
    years = out["first"].map(lambda d: d.year)
    keep = years >= earliest
    if len(dates):
        keep &= years <= int(dates.max()) + ahead_years
    out = out[keep]
    out["outlet"] = out["doc_id"].map(source_names(documents))
    return out.reset_index(drop=True)


def _window(firsts: pd.Series, coverage: float) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The shortest interval holding ``coverage`` of the dates (where the events are)."""
    stamps = pd.Series(pd.to_datetime(firsts)).sort_values(ignore_index=True)
    k = max(0, math.ceil(coverage * len(stamps)) - 1)
    widths = stamps.iloc[k:].reset_index(drop=True) - stamps.iloc[: len(stamps) - k].reset_index(drop=True)
    best = int(widths.argmin())
    return stamps.iloc[best], stamps.iloc[best + k]


def event_density(events: pd.DataFrame, *, freq: str | None = None, coverage: float = 0.8,
                  top_outlets: int = 12) -> tuple[pd.DataFrame, str]:
    """Events per outlet and period, over the shortest window holding most events.

    Args:
        events: the output of :func:`plausible_events`.
        freq: ``"month"`` or ``"year"``; default: month when the window is
            at most six years long, else year.
        coverage: the share of events the window holds.
        top_outlets: the outlets with most events (the rest become "other").

    Returns:
        ``(table, freq)``: DataFrame indexed by outlet, one column per period
        (``YYYY-MM`` or ``YYYY``) with event counts, and the frequency used.
        An event is counted when its value is no coarser than the period
        (a bare year is not counted in a month).
    """
    if events.empty:
        return pd.DataFrame(), freq or "month"
    low, high = _window(events["first"], coverage)
    freq = freq or ("month" if (high - low).days <= 6 * 366 else "year")
    low = low.to_period("M" if freq == "month" else "Y").start_time
    stamps = pd.to_datetime(events["first"])
    days = (pd.to_datetime(events["last"]) - stamps).dt.days
    kept = events[(stamps >= low) & (stamps <= high) & (days <= (31 if freq == "month" else 366))]
    if kept.empty:
        return pd.DataFrame(), freq
    period = pd.to_datetime(kept["first"]).dt.to_period("M" if freq == "month" else "Y")
    ranked = kept["outlet"].value_counts(sort=True)
    outlet = kept["outlet"].where(kept["outlet"].isin(set(ranked.index[:top_outlets])), "other")
    table = pd.crosstab(outlet, period)
    full = pd.period_range(period.min(), period.max(), freq=period.dt.freq)
    table = table.reindex(columns=full, fill_value=0)
    table.columns = [str(p) for p in table.columns]
    sums = table.sum(axis=1)
    table = table.loc[sorted(table.index, key=lambda o: (o == "other", -int(sums[o]), o))]
    table.index.name, table.columns.name = "outlet", None
    return table, freq


def top_events(events: pd.DataFrame, *, top: int = 8, density: pd.DataFrame | None = None) -> pd.DataFrame:
    """The dated values most mentioned (by documents), with an example expression.

    Args:
        events: the output of :func:`plausible_events`.
        top: how many values.
        density: keep only values inside this table's periods (and no
            coarser than them), so that each can be marked on the chart.

    Returns:
        ``value, documents, outlets, example`` sorted by documents (then value).
    """
    columns = ["value", "documents", "outlets", "example"]
    if density is not None and not density.empty:
        width = len(density.columns[0])
        inside = events["value"].astype(str).map(lambda v: len(v) >= width and v[:width] in set(density.columns))
        events = events[inside & ~events["value"].astype(str).str.contains("/")]
    if events.empty:
        return pd.DataFrame(columns=columns)
    table = events.groupby("value").agg(documents=("doc_id", "nunique"), outlets=("outlet", "nunique"),
                                        example=("surface", lambda s: s.value_counts().index[0]))
    table = table.reset_index().sort_values(["documents", "value"], ascending=[False, True], kind="mergesort")
    return table.head(top).reset_index(drop=True)[columns]


def anchoring_by_outlet(events: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: documents, events, and the share that needed the publication date.

    Args:
        events: the events table.
        documents: the documents table.

    Returns:
        DataFrame ``outlet, documents, events, resolved, anchored_share``
        (percent of the resolved events that were anchored), most events first.
    """
    names = source_names(documents)
    docs = pd.Series(names).value_counts().rename("documents")
    frame = events.assign(outlet=events["doc_id"].map(names),
                          resolved=events["value"].fillna("").astype(str) != "",
                          anchored=events["anchored"].astype(str).str.lower().isin(["true", "1"]))
    table = frame.groupby("outlet").agg(events=("doc_id", "size"), resolved=("resolved", "sum"),
                                        anchored=("anchored", "sum"))
    table = pd.concat([docs, table], axis=1).fillna(0).astype("int64")
    table["anchored_share"] = (100 * table["anchored"] / table["resolved"].where(table["resolved"] > 0)).round(1)
    table.index.name = "outlet"
    table = table.sort_values(["events", "documents"], ascending=False, kind="mergesort")
    return table.drop(columns="anchored").reset_index()


def density_chart(table: pd.DataFrame, *, labels: pd.DataFrame | None = None, title: str = "",
                  width: float = 11.0, unit: str = "events"):
    """Events per period (bars, all outlets) over a heat map of events per outlet and period.

    Args:
        table: the first output of :func:`event_density`.
        labels: the output of :func:`top_events`: each value gets a number
            over its bar, explained in a list under the chart.
        title: chart title (Arabic is fine).
        width: figure width in inches.
        unit: what the table counts (the bars' axis label).

    Returns:
        The matplotlib Figure (the heat map only when there are two outlets or more).
    """
    if table.empty:
        fig, ax = plt.subplots(figsize=(width, 1.5))
        ax.text(0.5, 0.5, f"no dated {unit} in this corpus", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    rows = len(table) if len(table) > 1 else 0
    notes = 0 if labels is None else len(labels)
    fig, axes = plt.subplots(2 if rows else 1, 1, squeeze=False, sharex=True,
                             figsize=(width, 2.6 + max(0.9, 0.34 * rows) * bool(rows) + 0.2 * notes),
                             gridspec_kw={"height_ratios": [2.2, max(0.9, 0.34 * rows)] if rows else [1]})
    bars, x = axes[0][0], range(len(table.columns))
    bars.bar(x, table.sum(axis=0).to_numpy(), color="tab:blue", width=0.85)
    bars.set_ylabel(unit)
    bars.yaxis.set_major_locator(plt.MaxNLocator(5, integer=True))  # counts: no "0.25 documents"
    bars.set_title(arabic_label(title))
    if rows:
        heat = axes[1][0]
        image = heat.imshow(table.to_numpy(), aspect="auto", cmap="Blues", interpolation="nearest", vmin=0)
        heat.set_yticks(range(rows), [short_label(o) for o in table.index])
        scale = fig.colorbar(image, cax=heat.inset_axes([1.01, 0.0, 0.012, 1.0]))
        scale.set_label(unit.split(" per ")[0], fontsize="small")
        scale.ax.tick_params(labelsize="x-small")
        scale.ax.yaxis.set_major_locator(plt.MaxNLocator(4, integer=True))
    axis = axes[-1][0]
    step = max(1, math.ceil(len(table.columns) / 18))
    axis.set_xticks(range(0, len(table.columns), step), table.columns[::step], rotation=45, ha="right")
    if notes:
        _mark_top(bars, table, labels)
    fig.tight_layout()
    if notes:
        _top_list(fig, labels)
    return fig


def _top_list(fig, labels: pd.DataFrame) -> None:
    """The numbered top values under the chart, two columns; the Arabic example in its own text."""
    half = math.ceil(len(labels) / 2)
    height = fig.get_size_inches()[1]
    line = 0.2 / height
    fig.subplots_adjust(bottom=(0.2 * half + 0.95) / height)
    for i, (value, example, docs) in enumerate(zip(labels["value"], labels["example"], labels["documents"])):
        x, y = 0.06 + 0.46 * (i // half), 0.02 + line * (half - 1 - i % half)
        fig.text(x, y, f"{i + 1}.  {value}  ({docs} doc{'' if docs == 1 else 's'})", fontsize="small",
                 va="bottom")
        fig.text(x + 0.36, y, arabic_label(str(example)), fontsize="small", va="bottom", ha="right")


def _mark_top(ax, table: pd.DataFrame, labels: pd.DataFrame) -> None:
    """Number each top value over its period's bar."""
    width, totals = len(table.columns[0]), table.sum(axis=0)
    stacked: dict[int, int] = {}
    for number, value in enumerate(labels["value"], start=1):
        key = str(value)[:width]
        if key not in table.columns:
            continue
        x = list(table.columns).index(key)
        level = stacked.get(x, 0)
        stacked[x] = level + 1
        ax.annotate(str(number), (x, totals[key]), xytext=(0, 3 + 10 * level), textcoords="offset points",
                    ha="center", fontsize="x-small", fontweight="bold", color="tab:red")
    ax.margins(y=0.25)


def attention_chart(table: pd.DataFrame, *, freq: str = "month", title: str = "", width: float = 11.0):
    """Documents published per period (bars) over a heat map of documents per outlet and period.

    The same layout as :func:`density_chart` (which counts the dates the texts
    mention), so the two can be read one above the other.

    Args:
        table: the first output of :func:`helpers.analysis.attention.attention_table`.
        freq: its frequency (week, month, year), named on the axis.
        title: chart title (Arabic is fine).
        width: figure width in inches.

    Returns:
        The matplotlib Figure.
    """
    return density_chart(table, title=title, width=width, unit=f"documents per {freq}")
