"""Charts of stances: the actor × source matrix as a labelled heatmap, label counts per document.

Labels go through :func:`helpers.plots.style.arabic_label`, which leaves them to
matplotlib 3.11's native Arabic shaping (and reshapes only for renderers
that cannot shape), so Arabic actor names read right to left.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.plots.style import arabic_label, short_label, shown_note, use_style, wrap_label

__all__ = ["STANCE_COLOURS", "stance_matrix_chart", "stance_counts_chart", "stance_count_chart"]

#: One colour per label (colour-blind-safe Okabe-Ito hues); "" (absent) is white.
STANCE_COLOURS = {"critical": "#D55E00", "defends": "#0072B2", "declined": "#E69F00",
                  "neutral": "#DDDDDD", "": "#FFFFFF"}
_ORDER = ("critical", "defends", "declined", "neutral", "")


def stance_matrix_chart(matrix: pd.DataFrame, *, names: dict[str, str] | None = None,
                        title: str = "", ax=None, top_sources: int = 15):
    """Draw an actor × source stance matrix, each cell coloured and labelled.

    Args:
        matrix: output of :func:`helpers.analysis.stance_aggregate.source_matrix`.
        names: optional ``{actor: label}`` for the rows (e.g. "China · الصين").
        title: the chart title (Arabic is fine).
        ax: an existing axes, or None to make a figure sized to the matrix.
        top_sources: at most this many columns (the sources with the most
            labels; a note under the chart says how many are shown).

    Returns:
        The matplotlib axes.
    """
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    use_style()
    total = matrix.shape[1]
    if total > top_sources:
        filled = (matrix != "").sum(axis=0)
        matrix = matrix[sorted(matrix.columns, key=lambda c: (-int(filled[c]), str(c)))[:top_sources]]
    codes = np.vectorize(_ORDER.index)(matrix.to_numpy(dtype=str)) if matrix.size else np.zeros((0, 0))
    if ax is None:
        _, ax = plt.subplots(figsize=(2.6 + 1.25 * matrix.shape[1], 1.4 + 0.38 * matrix.shape[0]))
    cmap = ListedColormap([STANCE_COLOURS[label] for label in _ORDER])
    ax.imshow(codes, cmap=cmap, vmin=-0.5, vmax=len(_ORDER) - 0.5, aspect="auto")
    for (row, col), label in np.ndenumerate(matrix.to_numpy(dtype=str)):
        if label:
            ax.text(col, row, label, ha="center", va="center", fontsize=8,
                    color="white" if label in ("critical", "defends") else "black")
    rows = [short_label((names or {}).get(actor, actor), 40) for actor in matrix.index]
    ax.set_yticks(range(len(rows)), rows)
    ax.set_xticks(range(matrix.shape[1]), [wrap_label(c, 14) for c in matrix.columns], fontsize="small")
    ax.xaxis.tick_top()
    ax.set_xticks(np.arange(-0.5, matrix.shape[1]), minor=True)
    ax.set_yticks(np.arange(-0.5, matrix.shape[0]), minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="both", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    handles = [Patch(color=STANCE_COLOURS[label], label=label) for label in _ORDER if label]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    if title:
        ax.set_title(arabic_label(title), pad=12)
    shown_note(ax.figure, matrix.shape[1], total, "sources", "most labels")
    return ax


def stance_counts_chart(summary: pd.DataFrame, *, labels: dict[str, str] | None = None,
                        title: str = "", ax=None):
    """Stacked bars: how many actors each document puts under each label.

    Args:
        summary: output of :func:`helpers.analysis.stance_aggregate.document_summary`.
        labels: optional ``{doc_id: bar label}`` (outlet names, Arabic titles).
        title: the chart title.
        ax: an existing axes, or None.

    Returns:
        The matplotlib axes.
    """
    import matplotlib.pyplot as plt

    use_style()
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.9 + 0.55 * len(summary)))
    names = [short_label((labels or {}).get(d, d)) for d in summary["doc_id"]]
    left = np.zeros(len(summary))
    for label in _ORDER[:-1]:
        values = summary[f"n_{label}"].to_numpy(dtype=float)
        ax.barh(names, values, left=left, color=STANCE_COLOURS[label], label=label,
                edgecolor="white")
        left += values
    ax.invert_yaxis()
    ax.set_xlabel("actors")
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    if title:
        ax.set_title(arabic_label(title))
    return ax


def _cell_text(row) -> str:
    short = {"critical": "crit", "defends": "def", "declined": "decl"}
    parts = [f"{int(row[label])} {short[label]}" for label in short if row[label]]
    return "\n".join(parts) or (f"{int(row['neutral'])} neut" if row["neutral"] else "")


def stance_count_chart(counts: pd.DataFrame, *, names: dict[str, str] | None = None, title: str = "",
                       top_outlets: int = 10):
    """Actor × outlet grid: documents per stance in each cell, coloured by the majority.

    Args:
        counts: the output of :func:`helpers.analysis.outlet_stances.stance_counts`.
        names: optional ``{actor: label}`` for the rows.
        title: the chart title.
        top_outlets: at most this many outlets (most documents first).

    Returns:
        The matplotlib axes; a cell reads e.g. "3 crit / 1 def" (document
        counts), its colour the label of most documents (neutral: grey).
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    use_style()
    documents = counts.groupby("outlet")["documents"].sum()
    ranked = sorted(documents.index, key=lambda o: (-int(documents[o]), str(o)))
    outlets = ranked[:top_outlets]
    actors = sorted(counts["actor"].unique())
    _, ax = plt.subplots(figsize=(3.0 + 1.15 * max(1, len(outlets)), 1.6 + 0.5 * max(1, len(actors))))
    cells = counts.set_index(["actor", "outlet"])
    for i, actor in enumerate(actors):
        for j, outlet in enumerate(outlets):
            if (actor, outlet) not in cells.index:
                continue
            row = cells.loc[(actor, outlet)]
            label = max(("critical", "defends", "declined"), key=lambda k: row[k])
            label = label if row[label] else "neutral"
            ax.add_patch(plt.Rectangle((j - 0.48, i - 0.48), 0.96, 0.96, color=STANCE_COLOURS[label]))
            ax.text(j, i, _cell_text(row), ha="center", va="center", fontsize=7,
                    color="white" if label in ("critical", "defends") else "black")
    ax.set_xlim(-0.5, max(1, len(outlets)) - 0.5)
    ax.set_ylim(max(1, len(actors)) - 0.5, -0.5)
    ax.set_yticks(range(len(actors)), [short_label((names or {}).get(a, a), 40) for a in actors])
    ax.set_xticks(range(len(outlets)), [wrap_label(o, 14) for o in outlets], fontsize="small")
    ax.xaxis.tick_top()
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    handles = [Patch(color=STANCE_COLOURS[k], label=k) for k in ("critical", "defends", "declined", "neutral")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    if title:
        ax.set_title(arabic_label(title), pad=12)
    shown_note(ax.figure, len(outlets), len(ranked), "outlets", "most documents")
    return ax
