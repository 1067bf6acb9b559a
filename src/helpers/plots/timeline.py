"""Timeline charts of the events table: what happened when, and when it was reported.

* :func:`timeline_chart` — events on a time axis, one lane per source.  A
  day is a point, a week, month or year (or an era, a Hijri month) is a bar
  over the days it covers, so the precision the text gave is visible; the
  part a modifier points to (مطلع → first third, منتصف → middle third,
  أواخر → last third) is drawn darker; expressions that needed the
  publication date are drawn hollow / hatched; each lane's publication
  date is a black diamond.
* :func:`reported_chart` — publication date (x) against event date (y):
  points on the diagonal were reported the day they happened, points far
  below it are history recalled.

Labels are passed through :func:`helpers.plots.style.arabic_label`, which leaves
them alone on matplotlib ≥ 3.11 (it shapes Arabic right to left itself).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from helpers.extract.temporal.calendar import value_span
from helpers.plots.style import arabic_label

__all__ = ["event_spans", "timeline_chart", "reported_chart"]

_THIRDS = {"START": (0.0, 1 / 3), "MID": (1 / 3, 2 / 3), "END": (2 / 3, 1.0)}
_LABEL_LEVELS = 3
_SUBROW = 0.1     # vertical step between overlapping spans of one lane
_MAX_SUBROWS = 3


def event_spans(events: pd.DataFrame) -> pd.DataFrame:
    """Add the calendar span of each event's value.

    Args:
        events: an events table (needs ``value``).

    Returns:
        A copy with ``first`` and ``last`` (``datetime.date``, the first and
        last day the value covers) and ``focus_first``/``focus_last`` (the
        part a START/MID/END modifier points to, else the whole span); rows
        whose value is empty (unresolved) are dropped.
    """
    spans = events["value"].astype(str).map(value_span)
    out = events.loc[spans.notna()].copy()
    spans = spans[spans.notna()]
    out["first"] = [s[0] for s in spans]
    out["last"] = [s[1] for s in spans]
    focus = [_focus(first, last, mod) for first, last, mod in
             zip(out["first"], out["last"], out.get("modifier", pd.Series("", index=out.index)))]
    out["focus_first"] = [f[0] for f in focus]
    out["focus_last"] = [f[1] for f in focus]
    return out


def _focus(first: dt.date, last: dt.date, modifier) -> tuple[dt.date, dt.date]:
    if modifier not in _THIRDS:
        return first, last
    days = (last - first).days + 1
    lo, hi = _THIRDS[modifier]
    return first + dt.timedelta(days=int(days * lo)), first + dt.timedelta(days=max(0, int(days * hi) - 1))


def _lanes(events: pd.DataFrame, documents: pd.DataFrame | None, lane: str) -> pd.DataFrame:
    """One row per lane: key, label, publication date (or NaT)."""
    keys = set(events[lane].astype(str))
    if documents is not None and lane == "doc_id":
        keys |= set(documents["doc_id"].astype(str))
    table = pd.DataFrame({"key": sorted(keys)})
    if documents is None or lane != "doc_id":
        return table.assign(label=table["key"], published=pd.NaT)
    docs = documents.assign(key=documents["doc_id"].astype(str)).drop_duplicates("key")
    table = table.merge(docs, on="key", how="left")
    blank = pd.Series("", index=table.index)
    outlet = table.get("outlet", blank).fillna("").astype(str)
    genre = table.get("genre", blank).fillna("").astype(str).map(lambda g: _short(g, 22))
    table["label"] = [f"{_short(o or g, 26)} · {k[:3]}" if (o or g) else _short(k, 30)
                      for o, g, k in zip(outlet, genre, table["key"])]
    table["published"] = pd.to_datetime(table.get("published"), format="%Y-%m-%d", errors="coerce")
    return table[["key", "label", "published"]]


def _short(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def timeline_chart(events: pd.DataFrame, *, documents: pd.DataFrame | None = None,
                   lane: str = "doc_id", label: str = "surface", since=None, until=None,
                   label_width: int = 28, title: str = "", ax=None):
    """Events on a time axis, one lane per source, precision shown as point or bar.

    Args:
        events: events table (``doc_id, surface, value, precision, modifier,
            anchored``); rows with an empty value are left out.
        documents: documents table (``doc_id, outlet, published``) for lane
            names and publication markers; optional.
        lane: the column that makes lanes (default one lane per document).
        label: the column written next to each event (short: the surface).
        since: draw only events ending on or after this date (e.g. to leave
            out eras); ``None`` draws all.
        until: draw only events starting on or before this date.
        label_width: labels longer than this are cut with "…".
        title: chart title.
        ax: an existing axes, or None to make a figure.

    Returns:
        The matplotlib axes.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    data = event_spans(events)
    if since is not None:
        data = data[data["last"] >= pd.Timestamp(since).date()]
    if until is not None:
        data = data[data["first"] <= pd.Timestamp(until).date()]
    lanes = _lanes(data, documents, lane)
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 1.2 + 1.3 * max(1, len(lanes))))
    row_of = {key: i for i, key in enumerate(lanes["key"])}
    data = data.sort_values(["first", "last"], kind="stable")
    levels = _pack(data, lane)
    for n, (event, level) in enumerate(zip(data.itertuples(index=False), levels)):
        lane_y = row_of[str(getattr(event, lane))]
        y = lane_y - _SUBROW * level
        _draw_event(ax, event, y)
        offset = lane_y + 0.16 + 0.15 * (n % _LABEL_LEVELS) - y
        middle = event.focus_first + (event.focus_last - event.focus_first) / 2
        ax.plot([middle, middle], [y + 0.06, y + offset], color="grey", linewidth=0.5, zorder=1)
        ax.text(middle, y + offset, arabic_label(_short(getattr(event, label), label_width)),
                ha="center", va="bottom", fontsize=8)
    for i, published in enumerate(lanes["published"]):
        if pd.notna(published):
            ax.plot([published.date()] * 2, [i - 0.4, i + 0.06], color="black", linewidth=1, zorder=2)
            ax.plot([published.date()], [i - 0.4], marker="D", color="black", markersize=6, zorder=5)
    ax.set_yticks(range(len(lanes)), [arabic_label(text) for text in lanes["label"]])
    ax.set_ylim(-0.6, len(lanes) - 0.2 + 0.35)
    if len(data):
        shown = [p.date() for p in lanes["published"] if pd.notna(p)]
        low = pd.Timestamp(since).date() if since is not None else min([data["first"].min(), *shown])
        high = pd.Timestamp(until).date() if until is not None else max([data["last"].max(), *shown])
        pad = dt.timedelta(days=max(3, (high - low).days // 20))
        ax.set_xlim(low - pad, high + pad)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(arabic_label(title))
    _legend(ax)
    return ax


def _pack(data: pd.DataFrame, lane: str) -> list[int]:
    """Sub-row of each event (rows sorted by start): overlapping spans of one
    lane go to the next sub-row down, so a week inside a month stays visible."""
    ends: dict[str, list] = {}
    levels = []
    for key, first, last in zip(data[lane].astype(str), data["first"], data["last"]):
        rows = ends.setdefault(key, [])
        level = next((i for i, end in enumerate(rows) if end < first), len(rows))
        level = min(level, _MAX_SUBROWS - 1)
        if level < len(rows):
            rows[level] = max(rows[level], last)
        else:
            rows.append(last)
        levels.append(level)
    return levels


def _draw_event(ax, event, y: float) -> None:
    color = "tab:orange" if event.anchored else "tab:blue"
    if event.first == event.last:
        ax.plot([event.first], [y], marker="o", markersize=8, linestyle="",
                markerfacecolor="white" if event.anchored else color, markeredgecolor=color,
                markeredgewidth=2, zorder=4)
        return
    width = (event.last - event.first).days + 1
    ax.barh(y, width, left=event.first, height=0.08, color=color, alpha=0.35,
            hatch="//" if event.anchored else None, edgecolor=color, zorder=3)
    if (event.focus_first, event.focus_last) != (event.first, event.last):
        ax.barh(y, (event.focus_last - event.focus_first).days + 1, left=event.focus_first,
                height=0.08, color=color, alpha=0.9, zorder=3)


def _legend(ax) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Line2D([], [], marker="o", linestyle="", color="tab:blue", label="day (date in the text)"),
        Line2D([], [], marker="o", linestyle="", markerfacecolor="white", markeredgecolor="tab:orange",
               markeredgewidth=2, label="day (needs publication date)"),
        Patch(facecolor="tab:blue", alpha=0.35, label="week / month / year span"),
        Patch(facecolor="tab:orange", alpha=0.35, hatch="//", label="span (needs publication date)"),
        Patch(facecolor="grey", alpha=0.9, label="part named by early/mid/late"),
        Line2D([], [], marker="D", linestyle="", color="black", label="publication date"),
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)


def _draw_reported(ax, data: pd.DataFrame, label: str, width: int, *, gap: dt.timedelta,
                   labelled: bool = True) -> None:
    """Points with span bars; labels (when ``labelled``) at their point's height, pushed down in a
    column only as far as needed to avoid the label above, with a leader line."""
    for _, group in data.groupby("published", sort=True):
        placed = None
        rows = sorted(group.itertuples(index=False), key=lambda e: e.first + (e.last - e.first) / 2,
                      reverse=True)
        for event in rows:
            x = event.published.date()
            middle = event.first + (event.last - event.first) / 2
            color = "tab:orange" if event.anchored else "tab:blue"
            ax.plot([x, x], [event.first, event.last], color=color, linewidth=6, alpha=0.35,
                    solid_capstyle="butt")
            ax.plot([x], [middle], marker="o", color=color, zorder=4)
            if not labelled:
                continue
            spot = middle if placed is None else min(middle, placed - gap)
            placed = spot
            ax.annotate(arabic_label(_short(getattr(event, label), width)), (x, middle),
                        xytext=(x + gap * 3, spot), textcoords="data", va="center", ha="left",
                        fontsize=8, arrowprops={"arrowstyle": "-", "color": "grey", "linewidth": 0.5})


def reported_chart(events: pd.DataFrame, *, documents: pd.DataFrame, label: str = "surface",
                   label_width: int = 24, title: str = "", ax=None, max_labels: int = 40):
    """When was each thing reported: publication date (x) vs event date (y).

    Each event is a point at the middle of its span, with a vertical bar over
    the whole span (a month-precision event is a taller bar than a day).
    The dashed diagonal is "reported the day it happened".  Events of
    documents without a publication date cannot be placed and are left out.

    Args:
        events: events table.
        documents: documents table with ``doc_id, published`` (and ``outlet``).
        label: column written next to each point.
        label_width: labels longer than this are cut with "…".
        title: chart title.
        ax: an existing axes, or None to make a figure.
        max_labels: with more events than this, the points are not labelled
            (labels would cover each other) and a note says so.

    Returns:
        The matplotlib axes.
    """
    import matplotlib.pyplot as plt

    data = event_spans(events)
    pub = documents[["doc_id", "published"]].assign(
        published=lambda f: pd.to_datetime(f["published"], format="%Y-%m-%d", errors="coerce"))
    data = data.merge(pub, on="doc_id", how="inner").dropna(subset=["published"])
    data = data.sort_values(["published", "first"], kind="stable")
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 6))
    if len(data):
        low = min(data["first"].min(), data["published"].min().date())
        high = max(data["last"].max(), data["published"].max().date())
        pad = dt.timedelta(days=max(30, (high - low).days // 10))
        ax.plot([low - pad, high + pad], [low - pad, high + pad], linestyle="--", color="grey",
                linewidth=1, label="reported the day it happened")
        ax.set_xlim(low - pad, high + pad)
        ax.set_ylim(low - pad, high + pad)
        ax.legend(loc="upper left", frameon=False, fontsize=8)
        labelled = len(data) <= max_labels
        _draw_reported(ax, data, label, label_width, gap=(high - low + 2 * pad) * 0.035, labelled=labelled)
        if not labelled:
            ax.text(0.99, 0.01, f"{len(data)} events: too many to label", transform=ax.transAxes, ha="right",
                    va="bottom", fontsize="small", color="dimgrey")
    ax.set_xlabel("publication date")
    ax.set_ylabel("event date (bar = span of the value)")
    ax.grid(alpha=0.3)
    ax.set_title(arabic_label(title))
    return ax
