"""The evidence a coder reads: a row's sentence with its span marked, as text and as safe HTML.

The sentence comes from the sentences table (the sentences that hold the
row's ``start`` and ``end``, by raw-text offsets); without one, from the
row's own text (a stance's ``evidence``, an event's ``sentence``, a quote's
``content``, a ``surface``).  The marked span is given by offsets into that
sentence (``mark_start``, ``mark_end``; empty when the span is not in it).
:func:`evidence_html` turns a sample row into HTML for the notebook, with
every piece of document text escaped.
"""

from __future__ import annotations

import bisect
import html

import pandas as pd

from helpers.validate.vocabulary import table_spec

__all__ = ["attach_evidence", "sentence_index", "evidence_html"]

#: Row text to fall back on without a sentences table: (text column, its start column).
_OWN_TEXT = (("evidence", "start"), ("sentence", "sent_start"), ("content", "content_start"), ("surface", "start"))


def sentence_index(sentences: pd.DataFrame | None) -> dict[str, tuple[list[int], list[int], list[str]]]:
    """The sentences of each document, sorted by start, for look-ups by offset.

    Args:
        sentences: the sentences table (None: an empty index).

    Returns:
        ``{doc_id: (starts, ends, texts)}``.
    """
    index: dict[str, tuple[list[int], list[int], list[str]]] = {}
    if sentences is None or sentences.empty:
        return index
    ordered = sentences.sort_values(["doc_id", "start"], kind="stable")
    for doc_id, group in ordered.groupby("doc_id", sort=False):
        index[str(doc_id)] = ([int(v) for v in group["start"]], [int(v) for v in group["end"]],
                              [str(v) for v in group["text"]])
    return index


def _int(value) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number


def _from_sentences(found, start: int, end: int) -> tuple[str, int] | None:
    starts, ends, texts = found
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, max(start, end - 1)) - 1
    if first < 0 or ends[first] <= start:
        return None
    last = max(first, last)
    text = texts[first]
    for i in range(first + 1, last + 1):  # a span over several sentences: the sentences, joined as in the raw text
        text += " " * (starts[i] - ends[i - 1]) + texts[i]
    return text, starts[first]


def _from_row(row: dict) -> tuple[str, int] | None:
    for column, start_column in _OWN_TEXT:
        text, start = row.get(column), _int(row.get(start_column))
        if isinstance(text, str) and text and start is not None:
            return text, start
    return None


def attach_evidence(meta: pd.DataFrame, rows: pd.DataFrame, table: str, sentences: pd.DataFrame | None, *,
                    recall: bool = False) -> pd.DataFrame:
    """Add ``evidence_sentence``, ``mark_start`` and ``mark_end`` to a sample's first columns.

    Args:
        meta: the sample's first columns (aligned with ``rows``).
        rows: the sampled rows (the table's columns; a recall sample's sentences).
        table: the table's name.
        sentences: the sentences table, or None.
        recall: the rows are sentences of a recall sample (nothing is marked).

    Returns:
        ``meta`` with the three columns (marks are ``Int64``, missing when not marked).
    """
    spec = table_spec(table)
    index = sentence_index(sentences)
    texts, marks_from, marks_to = [], [], []
    for row in rows.to_dict("records"):
        start, end = _int(row.get("start")), _int(row.get("end"))
        if recall:
            texts.append(str(row.get("text", "")))
            marks_from.append(None)
            marks_to.append(None)
            continue
        found = index.get(str(row.get("doc_id")))
        context = _from_sentences(found, start, end) if found and start is not None and end is not None else None
        context = context or _from_row(row) or ("", 0)
        text, base = context
        mark = (_int(row.get(spec.mark[0])), _int(row.get(spec.mark[1])))
        if mark[0] is None or mark[1] is None:
            mark = (start, end)
        inside = mark[0] is not None and base <= mark[0] <= mark[1] <= base + len(text)
        texts.append(text)
        marks_from.append(mark[0] - base if inside else None)
        marks_to.append(mark[1] - base if inside else None)
    out = meta.copy()
    out["evidence_sentence"] = texts
    out["mark_start"] = pd.array(marks_from, dtype="Int64")
    out["mark_end"] = pd.array(marks_to, dtype="Int64")
    return out


def evidence_html(text: str, mark_start=None, mark_end=None) -> str:
    """A sentence as right-to-left HTML with its span marked; all of its text escaped.

    Args:
        text: the evidence sentence (document text: hostile).
        mark_start: the marked span's start in ``text`` (None: nothing marked).
        mark_end: its end.

    Returns:
        ``<div dir="rtl" …>before<mark>span</mark>after</div>`` (``dir="auto"``
        for a sentence without Arabic letters).
    """
    text = "" if text is None else str(text)
    start, end = _int(mark_start), _int(mark_end)
    direction = "rtl" if any("\u0600" <= c <= "\u06ff" for c in text) else "auto"
    if start is None or end is None or not 0 <= start <= end <= len(text):
        body = html.escape(text)
    else:
        body = (html.escape(text[:start]) + "<mark>" + html.escape(text[start:end]) + "</mark>"
                + html.escape(text[end:]))
    return (f'<div dir="{direction}" style="text-align: start; font-size: 1.15em; line-height: 1.8; '
            f'unicode-bidi: plaintext">{body}</div>')
