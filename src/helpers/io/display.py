"""Tables that show Arabic right to left in a notebook.

The browser handles direction per cell only partly, so each Arabic column
gets ``direction: rtl; text-align: right`` and each mixed column
``unicode-bidi: plaintext`` (every cell takes the direction of its first
strong character).  The table itself is not mirrored (``dir="rtl"`` on the
whole table would reverse numbers and the index).

Document text is hostile: every text cell, label and caption of a table is
HTML-escaped (a title ``<script>…`` shows as written, it never runs).
Markdown built from results is :mod:`helpers.io.markdown_text`'s; the links
between the report page's sections are :mod:`helpers.io.page_links`'.
"""

from __future__ import annotations

import html
import numbers
import re

import pandas as pd
from pandas.io.formats.style import Styler

from helpers.io.page_links import doc_link, rows_link
from helpers.text.charsets import ARABIC_BLOCK

__all__ = ["column_scripts", "rtl_table", "shorten", "table", "use_interactive"]

_LATIN = re.compile(r"[A-Za-z]")
_RTL = "direction: rtl; text-align: right; unicode-bidi: plaintext"
_MIXED = "unicode-bidi: plaintext; text-align: start"
_INTERACTIVE = {"on": False}


def column_scripts(frame: pd.DataFrame) -> dict[str, str]:
    """Classify the text columns of a table by script.

    Args:
        frame: any DataFrame.

    Returns:
        ``{column: "arabic" | "mixed" | "latin"}`` for columns holding text;
        a column is ``arabic`` when at least 80% of its non-empty cells
        contain Arabic letters and ``mixed`` when some do.
    """
    result = {}
    for column in frame.columns:
        values = [v for v in frame[column].tolist() if isinstance(v, str) and v]
        if not values:
            continue
        arabic = sum(bool(ARABIC_BLOCK.search(v)) for v in values) / len(values)
        result[column] = "arabic" if arabic >= 0.8 else "mixed" if arabic > 0 else "latin"
    return result


def shorten(text: str, *, width: int = 80) -> str:
    """Cut a long text for display, marking the cut with an ellipsis.

    Args:
        text: the cell text.
        width: the longest text kept whole.

    Returns:
        ``text`` or its first ``width - 1`` characters and "…".
    """
    return text if len(text) <= width else text[: width - 1] + "…"


def rtl_table(frame: pd.DataFrame, *, uuid: str = "t", width: int | None = 120,
              caption: str | None = None, compact: bool = False, html_columns=()) -> Styler:
    """Style a table so Arabic cells read right to left.

    Args:
        frame: the table.
        uuid: a fixed id for the HTML (deterministic notebook output).
        width: cut text cells longer than this (``None`` keeps them whole).
        caption: an optional caption.
        compact: one CSS rule per column and no cell ids (much smaller HTML
            for long tables) instead of a style per cell.
        html_columns: columns whose cells are already HTML made by this
            module (:func:`doc_link`, :func:`rows_link`): not escaped again.

    Returns:
        A pandas ``Styler``; text cells, index and column labels and the
        caption are HTML-escaped (lists and other objects are shown as
        their escaped ``str``).
    """
    shown = frame.copy()
    for column in shown.columns:
        if column in html_columns:
            continue
        if shown[column].dtype == object or pd.api.types.is_string_dtype(shown[column]):
            shown[column] = shown[column].map(lambda v: _cell_text(v, width))
    shown.index.names = [_escape_name(n) for n in shown.index.names]
    shown.columns.names = [_escape_name(n) for n in shown.columns.names]
    styler = Styler(shown, uuid=uuid, cell_ids=not compact)
    styler = styler.format_index(escape="html", axis=0).format_index(escape="html", axis=1)
    styler = _number_formats(styler, shown)
    for column, script in column_scripts(shown).items():
        css = _RTL if script == "arabic" else _MIXED if script == "mixed" else ""
        if css:
            rules = [{"selector": "th", "props": "text-align: center"}]
            if compact:
                rules.append({"selector": "td", "props": css})
            else:
                styler = styler.map(lambda _v, css=css: css, subset=[column])
            styler = styler.set_table_styles({column: rules}, overwrite=False)
    if caption:
        styler = styler.set_caption(html.escape(caption, quote=False))
    return styler


def _cell_text(value, width: int | None):
    """A text cell cut to ``width``, then HTML-escaped; a list, dict or other object as its escaped text.

    ``&``, ``<`` and ``>`` are escaped (the cell is element content, never an
    attribute, so quotes are kept as they are); numbers, dates and missing
    values are left to the Styler's formats.
    """
    if isinstance(value, str):
        return html.escape(shorten(value, width=width) if width else value, quote=False)
    if value is None or isinstance(value, (numbers.Number, pd.Timestamp)) or value is pd.NA or value is pd.NaT:
        return value
    return html.escape(str(value), quote=False)


def _escape_name(name):
    return html.escape(name) if isinstance(name, str) else name


def _number_formats(styler: Styler, frame: pd.DataFrame) -> Styler:
    """Shares as "66.7 %" (fractions are multiplied by 100), other floats with two decimals."""
    for column in frame.columns:
        values = frame[column]
        if not pd.api.types.is_float_dtype(values):
            continue
        name = str(column).lower()
        if name == "share" or name.endswith("_share") or name.endswith("%"):
            scale = 100.0 if values.dropna().abs().le(1.0).all() else 1.0
            styler = styler.format(lambda v, scale=scale: "" if pd.isna(v) else f"{v * scale:.1f} %",
                                   subset=[column])
        else:
            styler = styler.format(precision=2, subset=[column])
    return styler


def use_interactive(on: bool = True) -> None:
    """Switch :func:`table` to interactive tables (itables, DataTables bundled offline).

    Interactive tables carry random ids, so committed notebooks keep the
    static Styler (``on=False``, the default); the HTML report turns them on.

    Args:
        on: interactive or static.

    Returns:
        None; in a notebook, the first call with ``on=True`` embeds the
        DataTables library in the output (no network needed).
    """
    if on and not _INTERACTIVE["on"]:
        from itables import init_notebook_mode

        init_notebook_mode(all_interactive=False, connected=False)
    _INTERACTIVE["on"] = on


def table(frame: pd.DataFrame, *, uuid: str = "t", width: int | None = 120, caption: str | None = None,
          page: int = 10, limit: int = 25, most: int = 1000, drill: dict | None = None):
    """A long table: static Styler, or a searchable, sortable table after :func:`use_interactive`.

    The caption always says how many rows the table has and how many it
    shows ("first 25 of 109 rows").  In the interactive table (the report)
    every ``doc_id`` cell links to the document's section of the page
    (:func:`doc_link`), and ``drill`` turns count cells into links to the
    rows behind them (:func:`rows_link`).

    Args:
        frame: the table.
        uuid: a fixed id (static output; ``T_<uuid>`` is the interactive table's id).
        width: cut text cells longer than this.
        caption: an optional caption.
        page: rows per page in the interactive table.
        limit: rows shown by the static table.
        most: rows the interactive table holds at most (the page stays
            light for large corpora; every row is in ``helpers analyze``'s tables).
        drill: ``{"table": uuid of the rows' table, "by": [key columns],
            "columns": {count column: {column of the rows: value}}}``: in the
            interactive table, a count cell above 0 links to the rows of
            that table whose key columns equal this row's and whose columns
            equal the given values (e.g. the stance rows of one actor,
            outlet and label).

    Returns:
        A pandas Styler (static), or an ``IPython.display.HTML`` (interactive);
        both keep the per-cell direction styles of :func:`rtl_table` and hide
        the index (pass a frame whose index is a column).
    """
    shown = limit if not _INTERACTIVE["on"] else most
    if len(frame) > shown:
        caption = f"{caption + ' · ' if caption else ''}first {shown} of {len(frame)} rows"
    elif caption and len(frame) > page:
        caption = f"{caption} · {len(frame)} rows"
    if not _INTERACTIVE["on"]:
        return rtl_table(frame.head(limit), uuid=uuid, width=width, caption=caption).hide(axis="index")
    part, links = _linked(frame.head(most), width, drill)
    styler = rtl_table(part, uuid=uuid, width=width, caption=caption, compact=True, html_columns=links)
    styler = styler.hide(axis="index")
    from IPython.display import HTML
    from itables import to_html_datatable

    return HTML(to_html_datatable(styler, table_id=f"T_{uuid}", connected=False, allow_html=True,
                                  pageLength=page, classes="display compact",
                                  layout={"topStart": "pageLength", "topEnd": "search",
                                          "bottomStart": "info", "bottomEnd": "paging"}))


def _linked(frame: pd.DataFrame, width: int | None, drill: dict | None) -> tuple[pd.DataFrame, list]:
    """The doc_id column as links to the documents, the drill columns as links to their rows."""
    frame, links = frame.copy(), []
    if "doc_id" in frame.columns:
        frame["doc_id"] = [doc_link(d) for d in frame["doc_id"]]
        links.append("doc_id")
    for column, fixed in ((drill or {}).get("columns") or {}).items():
        if column not in frame.columns:
            continue
        keys = [c for c in drill.get("by", []) if c in frame.columns]
        frame[column] = [rows_link(drill["table"], value, {**{k: row[k] for k in keys}, **fixed})
                         if isinstance(value, numbers.Number) and value > 0 else value
                         for value, row in zip(frame[column], frame[keys].to_dict("records"))]
        links.append(column)
    return frame, links
