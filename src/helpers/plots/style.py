"""Plot helpers: Arabic labels for the renderer in use, fonts, small charts.

matplotlib 3.11 and later shape Arabic and lay it out right to left
natively (libraqm / HarfBuzz).  Reshaping a label with arabic-reshaper and
reordering it with python-bidi *as well* makes it print backwards.
:func:`arabic_label` is the one place that decides: it leaves text alone for
a renderer that shapes, and applies reshaper + bidi only for one that does
not (matplotlib before 3.11, Pillow without raqm, a plain terminal).
"""

from __future__ import annotations

from functools import lru_cache

import matplotlib
import pandas as pd

__all__ = ["renderer_shapes_arabic", "arabic_label", "short_label", "wrap_label", "shown_note", "use_style",
           "counts_chart"]

#: A font bundled with matplotlib that has Arabic glyphs (the machine has no other).
ARABIC_FONT = "DejaVu Sans"


@lru_cache(maxsize=8)
def renderer_shapes_arabic(renderer: str = "matplotlib") -> bool:
    """Whether a renderer shapes and orders Arabic itself.

    Args:
        renderer: ``"matplotlib"``, ``"pillow"`` or ``"plain"`` (a terminal,
            or anything that draws code points one by one, left to right).

    Returns:
        True when the renderer shapes Arabic natively.
    """
    if renderer == "matplotlib":
        major, minor = (int(part) for part in matplotlib.__version__.split(".")[:2])
        return (major, minor) >= (3, 11)
    if renderer == "pillow":
        from PIL import features

        return bool(features.check("raqm"))
    if renderer == "plain":
        return False
    raise ValueError(f"unknown renderer {renderer!r}")


def arabic_label(text: str, *, renderer: str = "matplotlib") -> str:
    """Prepare a label so the renderer shows it right to left, letters joined.

    Args:
        text: the label in logical order (as typed).
        renderer: see :func:`renderer_shapes_arabic`.

    Returns:
        ``text`` unchanged for a shaping renderer; otherwise the reshaped
        presentation forms in visual order.
    """
    if renderer_shapes_arabic(renderer):
        return text
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(text))


def short_label(text, width: int = 34) -> str:
    """A label on one line, cut to ``width`` characters with "…" in the middle, ready for the renderer.

    Outlet and actor names can be 80 characters long: a tick label that long
    squeezes the chart into a sliver.  The cut keeps the beginning and the
    end ("Radio Free Asia Uyg…volunteers) 2"), so that names differing only
    at their end stay apart.

    Args:
        text: the label (any value; ``str()`` is taken, white space collapsed).
        width: the longest label kept whole.

    Returns:
        The label, passed through :func:`arabic_label`.
    """
    text = " ".join(str(text).split())
    if len(text) > width:
        tail = (width - 1) * 2 // 5
        text = text[: width - 1 - tail].rstrip() + "…" + text[len(text) - tail:].lstrip()
    return arabic_label(text)


def wrap_label(text, width: int = 16, lines: int = 3) -> str:
    """A label wrapped on at most ``lines`` lines of about ``width`` characters (cut: "…" and its end).

    Args:
        text: the label.
        width: characters per line.
        lines: lines at most.

    Returns:
        The wrapped label, each line passed through :func:`arabic_label`.
    """
    import textwrap

    text = " ".join(str(text).split())
    parts = textwrap.wrap(text, width=width, break_long_words=True) or [""]
    if len(parts) > lines:  # the last line keeps the end of the name ("…volunteers) 2")
        parts = parts[: lines - 1] + ["…" + text[len(text) - max(1, width - 1):].lstrip()]
    return "\n".join(arabic_label(part) for part in parts)


def shown_note(fig, shown: int, total: int, what: str = "outlets", why: str = "most documents") -> None:
    """Say under a chart that it shows only some of the rows ("12 of 30 outlets shown (most documents)").

    Args:
        fig: the matplotlib Figure.
        shown: rows drawn.
        total: rows there are.
        what: what the rows are.
        why: how the shown ones were chosen.

    Returns:
        None; nothing is written when every row is shown.
    """
    if total > shown:
        fig.text(0.01, 0.0, f"{shown} of {total} {what} shown ({why}).",
                 fontsize="small", color="dimgrey", ha="left", va="bottom")


def use_style() -> None:
    """Deterministic, readable matplotlib defaults with an Arabic-capable font.

    Labels come from the documents (outlets, names), so ``$…$`` in them is
    shown as written, never read as mathtext (``$\\frac$`` in an outlet's
    name would otherwise stop the chart with a parse error).

    Returns:
        None; sets ``matplotlib.rcParams``.
    """
    matplotlib.rcParams.update({
        "text.parse_math": False,
        "font.family": ARABIC_FONT,
        "figure.dpi": 100,
        "savefig.dpi": 100,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "svg.hashsalt": "helpers",
    })


def counts_chart(table: pd.DataFrame, *, label: str, columns: list[str], title: str = "",
                 ax=None):
    """Horizontal grouped bars of counts per item (e.g. per document).

    Args:
        table: one row per item.
        label: the column holding the item's label (Arabic is fine).
        columns: the count columns to draw.
        title: the chart title.
        ax: an existing axes, or None to make a figure.

    Returns:
        The matplotlib axes.
    """
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.6 + 0.5 * len(table) * max(1, len(columns)) / 2))
    data = table.set_index(table[label].map(arabic_label))[columns]
    data.iloc[::-1].plot.barh(ax=ax, width=0.8)
    ax.set_ylabel("")
    ax.set_title(arabic_label(title))
    ax.legend(frameon=False, loc="lower right")
    return ax
