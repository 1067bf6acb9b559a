"""Charts for source comparison: names per source, distinctive terms per source.

Arabic labels are passed to matplotlib as plain strings: matplotlib 3.11
shapes and orders them itself.  When :func:`helpers.plots.style.arabic_label` is
available it is applied (it decides whether the renderer needs help); the
text is never reshaped here.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from helpers.analysis.compare import naming_pivot
from helpers.plots.style import arabic_label, short_label, shown_note, wrap_label

__all__ = ["plot_naming", "plot_keyness", "naming_share_chart", "keyness_grid"]


def _label(text) -> str:
    return arabic_label(str(text))


def _source_names(index, labels) -> list[str]:
    labels = labels or {}
    return [short_label(labels.get(doc_id, doc_id)) for doc_id in index]


def _form_spellings(table: pd.DataFrame) -> dict[str, str]:
    """``{form: its most frequent raw spelling}`` (ties: alphabetical)."""
    if "spelling" not in table.columns:
        return {}
    totals = table.groupby(["form", "spelling"], as_index=False)["count"].sum()
    totals = totals.sort_values(["form", "count", "spelling"], ascending=[True, False, True])
    return dict(totals.drop_duplicates("form")[["form", "spelling"]].itertuples(index=False))


def plot_naming(table: pd.DataFrame, *, by: str = "family", share: bool = False,
                labels: dict[str, str] | None = None, width: float = 11.0):
    """Horizontal stacked bars: which names each source uses, per entity.

    Args:
        table: the output of :func:`helpers.analysis.compare.naming_table`.
        by: what the bar segments are: ``"family"``, ``"form"`` (labelled
            with its most frequent raw ``spelling``), ``"surface"`` or
            ``"variant"``.
        share: plot shares of each entity's mentions instead of counts.
        labels: ``{doc_id: display name}`` for the y axis (e.g. outlets).
        width: figure width in inches.

    Returns:
        The matplotlib Figure: one panel per entity (sorted by name_en), one
        bar per source (first doc_id at the top).
    """
    names = _form_spellings(table) if by == "form" else {}
    entities = sorted(table["name_en"].unique())
    docs = sorted(table["doc_id"].unique())
    height = 2.2 + 0.4 * max(1, len(docs))
    fig, axes = plt.subplots(1, max(1, len(entities)), squeeze=False, sharey=True, figsize=(width, height),
                             layout="constrained")
    for ax, name in zip(axes[0], entities):
        pivot = naming_pivot(table, by=by, entity=name, share=share).reindex(docs, fill_value=0)
        left = pd.Series(0.0, index=pivot.index)
        colours = plt.get_cmap("tab10" if pivot.shape[1] <= 10 else "tab20")
        for k, column in enumerate(pivot.columns):
            ax.barh(_source_names(pivot.index, labels), pivot[column], left=left,
                    color=colours(k % colours.N), label=_label(names.get(column, column)))
            left += pivot[column]
        if ax is axes[0][0]:
            ax.invert_yaxis()  # the axes share y: inverted once
        ax.set_title(_label(name))
        ax.set_xlabel("share of mentions" if share else "mentions")
        if not share:
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(title=by, fontsize="small", loc="upper center", frameon=False,
                  bbox_to_anchor=(0.5, -0.55 / max(0.5, height - 1.6)),
                  ncol=min(3, max(1, pivot.shape[1])))
    for ax in axes[0][len(entities):]:
        ax.set_visible(False)
    return fig


def plot_keyness(key: pd.DataFrame, *, top: int = 12, labels: dict[str, str] | None = None,
                 ncols: int | None = None, colour: str = "tab:blue", label: str = "example"):
    """Bar charts of each source's most distinctive terms.

    Args:
        key: the output of :func:`helpers.analysis.keyness.keyness`.
        top: terms per source.
        labels: ``{doc_id: display name}`` for the panel titles.
        ncols: panels per row (default: up to three).
        colour: bar colour.
        label: the column that names a bar: ``"example"`` (the term as
            written, when the table has it) or ``"term"`` (normalised).

    Returns:
        The matplotlib Figure: one panel per source, the strongest term at the
        top, bar length the keyness ``score`` with its count as a note.
    """
    docs = sorted(key["doc_id"].unique())
    ncols = ncols or min(3, max(1, len(docs)))
    nrows = max(1, math.ceil(len(docs) / ncols))
    fig, axes = plt.subplots(nrows, ncols, squeeze=False, layout="constrained",
                             figsize=(4.2 * ncols, (1.0 + 0.32 * top) * nrows))
    flat = axes.ravel()
    for ax, doc_id in zip(flat, docs):
        rows = key[key["doc_id"] == doc_id].head(top)
        column = label if label in rows.columns else "term"
        terms = [_label(t) for t in rows[column]]
        ax.barh(terms, rows["score"], color=colour)
        for y, (score, count) in enumerate(zip(rows["score"], rows["count"])):
            ax.annotate(f" {count}", (score, y), va="center", fontsize="x-small")
        ax.invert_yaxis()
        ax.set_title(wrap_label((labels or {}).get(doc_id, doc_id), width=40, lines=2), fontsize="medium")
        ax.set_xlabel("keyness score")
        ax.margins(x=0.15)
    for ax in flat[len(docs):]:
        ax.set_visible(False)
    return fig


def naming_share_chart(shares: pd.DataFrame, *, by: str = "spelling", top_outlets: int = 12,
                       top_names: int = 8, width: float | None = None):
    """Heat map per entity: the percent of its mentions each outlet gives each name.

    The panels share their rows: outlet names are written once, on the left
    (cut to one line), and each panel ends with a grey "docs" column (how many
    of the outlet's documents name the entity), so that no label runs into
    the next panel however long the names and however many the outlets.

    Args:
        shares: the output of :func:`helpers.analysis.outlets.naming_shares`.
        by: the column naming the variants (``spelling``, ``family`` …).
        top_outlets: outlets with the most mentions (the others are left out,
            and a note under the chart says how many are shown).
        top_names: names with the most mentions per entity.
        width: figure width in inches (default: from the number of names).

    Returns:
        The matplotlib Figure: one panel per entity, outlets as rows, names as
        columns, cells "66.7 %".
    """
    entities = sorted(shares["name_en"].unique()) or ["(no names found)"]
    totals = shares.groupby("outlet")["mentions"].sum()
    ranked = sorted(totals.index, key=lambda o: (-totals[o], str(o)))
    outlets = ranked[:top_outlets]
    columns = {}
    for name in entities:
        part = shares[(shares["name_en"] == name) & shares["outlet"].isin(outlets)]
        counts = part.groupby(by)["mentions"].sum()
        columns[name] = sorted(counts.index, key=lambda n: (-counts[n], str(n)))[:top_names]
    ratios = [max(2, len(columns[name])) + 0.8 for name in entities]
    width = width or min(18.0, 3.2 + 0.95 * sum(ratios))
    fig, axes = plt.subplots(1, len(entities), squeeze=False, sharey=True, width_ratios=ratios,
                             figsize=(width, 1.9 + 0.36 * max(1, len(outlets))), layout="constrained")
    for ax, name in zip(axes[0], entities):
        names = columns[name]
        part = shares[(shares["name_en"] == name) & shares["outlet"].isin(outlets)]
        pivot = part.pivot_table(index="outlet", columns=by, values="share", aggfunc="sum",
                                 fill_value=0.0).reindex(index=outlets, columns=names, fill_value=0.0)
        docs = part.groupby("outlet")["documents"].max().reindex(outlets, fill_value=0)
        ax.imshow(pivot.to_numpy(), cmap="Oranges", vmin=0, vmax=100, aspect="auto",
                  extent=(-0.5, len(names) - 0.5, len(outlets) - 0.5, -0.5))
        for (i, j), value in np.ndenumerate(pivot.to_numpy()):
            if value > 0:
                ax.text(j, i, f"{value:.0f} %", ha="center", va="center", fontsize="x-small",
                        color="white" if value > 60 else "black")
        for i, n in enumerate(docs):
            ax.text(len(names), i, str(int(n)) if n else "", ha="center", va="center", fontsize="x-small",
                    color="dimgrey")
        ax.set_xlim(-0.5, len(names) + 0.5)
        ax.set_xticks(range(len(names) + 1), [short_label(n, 18) for n in names] + ["docs"], rotation=35,
                      ha="right", rotation_mode="anchor")
        ax.set_title(_label(name))
        ax.tick_params(length=0)
        for side in ax.spines.values():
            side.set_visible(False)
    axes[0][0].set_yticks(range(len(outlets)), [short_label(o) for o in outlets])
    shown_note(fig, len(outlets), len(ranked), "outlets", "most mentions")
    return fig


def keyness_grid(key: pd.DataFrame, *, top: int = 6, top_sources: int = 12, label: str = "example",
                 width: float = 12.0, order=None):
    """One compact chart: each source's ``top`` distinctive words in a row.

    Args:
        key: the output of :func:`helpers.analysis.keyness.keyness` (``doc_id`` holds
            the source when it was run with ``groups=``).
        top: words per source.
        top_sources: at most this many sources; a note under the chart says
            how many are shown.
        label: the column naming a word (``example`` or ``term``).
        width: figure width in inches.
        order: the sources in the order to draw them (e.g. outlets by
            documents, largest first); default: sorted by name.

    Returns:
        The matplotlib Figure: a grid of sources × rank, each cell the word
        with its count, shaded by its keyness score within the row.
    """
    present = set(key["doc_id"].unique())
    ranked = [s for s in (order if order is not None else sorted(present)) if s in present]
    ranked += sorted(present - set(ranked))
    sources = ranked[:top_sources] or ["(no source)"]
    fig, ax = plt.subplots(figsize=(width, 1.1 + 0.42 * len(sources)), layout="constrained")
    column = label if label in key.columns else "term"
    shade = np.zeros((len(sources), top))
    for i, source in enumerate(sources):
        rows = key[key["doc_id"] == source].head(top)
        best = rows["score"].max() if len(rows) else 1.0
        for j, (word, count, score) in enumerate(zip(rows[column], rows["count"], rows["score"])):
            shade[i, j] = score / best if best else 0.0
            ax.text(j, i, _label(f"{word} ({count})"), ha="center", va="center", fontsize="small")
    ax.imshow(shade, cmap="Blues", vmin=0, vmax=1.6, aspect="auto")
    ax.set_yticks(range(len(sources)), [short_label(s) for s in sources])
    ax.set_xticks(range(top), [f"#{j + 1}" for j in range(top)])
    ax.xaxis.tick_top()
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    shown_note(fig, len(sources), len(ranked), "sources", "the first in order")
    return fig
