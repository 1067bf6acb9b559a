"""Tables that show Arabic right to left in a notebook.

The browser handles direction per cell only partly, so each Arabic column
gets ``direction: rtl; text-align: right`` and each mixed column
``unicode-bidi: plaintext`` (every cell takes the direction of its first
strong character).  The table itself is not mirrored (``dir="rtl"`` on the
whole table would reverse numbers and the index).
"""

from __future__ import annotations

import re

import pandas as pd
from pandas.io.formats.style import Styler

__all__ = ["column_scripts", "rtl_table", "shorten"]

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F]")
_LATIN = re.compile(r"[A-Za-z]")
_RTL = "direction: rtl; text-align: right; unicode-bidi: plaintext"
_MIXED = "unicode-bidi: plaintext; text-align: start"


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
        arabic = sum(bool(_ARABIC.search(v)) for v in values) / len(values)
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
              caption: str | None = None) -> Styler:
    """Style a table so Arabic cells read right to left.

    Args:
        frame: the table.
        uuid: a fixed id for the HTML (deterministic notebook output).
        width: cut text cells longer than this (``None`` keeps them whole).
        caption: an optional caption.

    Returns:
        A pandas ``Styler``.
    """
    shown = frame.copy()
    if width:
        for column in shown.columns:
            if shown[column].dtype == object or pd.api.types.is_string_dtype(shown[column]):
                shown[column] = shown[column].map(
                    lambda v: shorten(v, width=width) if isinstance(v, str) else v)
    styler = shown.style.set_uuid(uuid)
    for column, script in column_scripts(shown).items():
        css = _RTL if script == "arabic" else _MIXED if script == "mixed" else ""
        if css:
            styler = styler.map(lambda _v, css=css: css, subset=[column])
            styler = styler.set_table_styles({column: [{"selector": "th", "props": "text-align: center"}]},
                                             overwrite=False)
    if caption:
        styler = styler.set_caption(caption)
    return styler
