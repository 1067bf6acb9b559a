"""The documents of the report page: each one's text with its rows highlighted and listed.

Every ``doc_id`` in a table of the page links to ``#doc-<doc_id>``
(:func:`helpers.io.page_links.doc_anchor`); this module writes those sections:
the text (right to left for Arabic), with the mentions, quotes, stance
evidence and cues, figures and dates marked where the tables say they are
(``raw[start:end]``), and the rows listed under it.  The text is the one the
results hold (:mod:`helpers.io.results`); every piece of it is HTML-escaped.
On a corpus of :data:`ALL_UP_TO` documents or more only the documents the
page refers to are embedded, and the page says so.
"""

from __future__ import annotations

import html
import re

import pandas as pd

from helpers.io.page_links import doc_anchor

__all__ = ["ALL_UP_TO", "LAYERS", "referenced", "highlighted", "documents_section"]

#: Below this many documents in the run, every analysed document is embedded.
ALL_UP_TO = 1000
#: (table, start column, end column, css class, what it is), drawn in this order (later ones on top).
LAYERS = (("stances", "start", "end", "hl-s", "stance evidence"), ("quotes", "content_start", "content_end", "hl-q",
                                                                     "quote"),
          ("mentions", "start", "end", "hl-m", "name"), ("events", "start", "end", "hl-d", "date"),
          ("claims", "start", "end", "hl-f", "figure"), ("stances", "cue_start", "cue_end", "hl-c", "stance cue"))
#: A link to a document, in the page's HTML or inside a table's JSON (itables: ``href=\\"#doc-…\\"``).
_LINK = re.compile(r'href=\\?"#(doc-[A-Za-z0-9_-]+)\\?"')


def referenced(page: str) -> set[str]:
    """The document anchors a page links to.

    Args:
        page: HTML.

    Returns:
        The anchors (``doc-…``) of every ``href="#doc-…"``.
    """
    return set(_LINK.findall(page))


def _by_doc(tables: dict, wanted: set[str]) -> dict[str, dict[str, list[dict]]]:
    """``{doc_id: {table: [row, …]}}`` for the documents wanted: one pass over each table."""
    found: dict[str, dict[str, list[dict]]] = {}
    for name in ("mentions", "quotes", "stances", "claims", "events"):
        frame = tables.get(name)
        if frame is None or frame.empty or "doc_id" not in frame:
            continue
        for row in frame[frame["doc_id"].astype(str).isin(wanted)].to_dict("records"):
            found.setdefault(str(row["doc_id"]), {}).setdefault(name, []).append(row)
    return found


def _spans(rows: dict[str, list[dict]]) -> list[tuple[int, int, str]]:
    """``(start, end, css class)`` of one document's rows (:func:`_by_doc`), layer by layer."""
    found = []
    for name, start, end, css, _ in LAYERS:
        for row in rows.get(name, ()):
            s, e = row.get(start), row.get(end)
            if s is not None and e is not None and pd.notna(s) and pd.notna(e) and e > s:
                found.append((int(s), int(e), css))
    return found


def highlighted(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The text as HTML, each piece inside the spans that cover it marked with their classes.

    Args:
        text: the document's text.
        spans: ``(start, end, css class)`` (they may overlap or nest).

    Returns:
        HTML: the text escaped, pieces covered by spans inside
        ``<mark class="…">`` (one element per piece, classes of every span over it).
    """
    cuts = sorted({0, len(text), *(p for s, e, _ in spans for p in (s, e) if 0 <= p <= len(text))})
    out = []
    for left, right in zip(cuts, cuts[1:]):
        piece = html.escape(text[left:right], quote=False)
        classes = sorted({css for s, e, css in spans if s <= left and right <= e})
        out.append(f'<mark class="{" ".join(classes)}">{piece}</mark>' if classes else piece)
    return "".join(out)


def _rows(rows: dict[str, list[dict]]) -> list[tuple[str, str, str]]:
    """``(kind, words, what)`` of one document's rows (:func:`_by_doc`), in text order."""
    listed = []

    def add(name, columns, kind, what):
        for row in rows.get(name, ()):
            words, start = row.get(columns), row.get("start")
            words = "" if words is None or (isinstance(words, float) and words != words) else str(words)
            listed.append((int(start) if start is not None and pd.notna(start) else 0, kind, words, what(row)))

    add("mentions", "surface", "name", lambda r: f"{r.get('name_en', '')} ({r.get('kind', '')})")
    add("quotes", "content", "quote", lambda r: f"{r.get('actor') or r.get('speaker') or '(unattributed)'}"
                                                f" · {r.get('verb', '')}")
    add("stances", "cue", "stance", lambda r: f"{r.get('actor', '')}: {r.get('stance', '')}")
    add("claims", "surface", "figure", lambda r: " · ".join(str(v) for v in (r.get("value"), r.get("unit"),
                                                                            r.get("qualifier"), r.get("attributed_to"))
                                                         if v is not None and str(v) not in ("", "nan")))
    add("events", "surface", "date", lambda r: str(r.get("value") or ""))
    return [row[1:] for row in sorted(listed, key=lambda r: r[0])]


def _meta(row: dict) -> str:
    parts = [row.get("outlet"), row.get("published"), row.get("language"),
             f"relevance {row.get('relevance')}" if row.get("relevance") else "", row.get("file")]
    return " · ".join(html.escape(str(p), quote=False) for p in parts if p is not None and str(p) not in ("", "nan"))


def _section(row: dict, text: str, rows_of: dict[str, list[dict]], scope: str) -> str:
    doc_id = str(row["doc_id"])
    title = html.escape(str(row.get("title") or ""), quote=False)
    direction = "rtl" if str(row.get("language") or "") == "ar" else "ltr"
    if text:
        body = f'<div class="doc-text" dir="{direction}">{highlighted(text, _spans(rows_of))}</div>'
        rows = _rows(rows_of)
        listing = "".join(f"<tr><td>{html.escape(k)}</td><td dir=\"auto\">{html.escape(w, quote=False)}</td>"
                          f"<td dir=\"auto\">{html.escape(what, quote=False)}</td></tr>" for k, w, what in rows)
        if rows:
            body += (f"<details><summary>{len(rows)} rows of this document</summary><table class=\"doc-rows\">"
                     f"<thead><tr><th>row</th><th>words</th><th>what</th></tr></thead><tbody>{listing}</tbody>"
                     "</table></details>")
    else:
        body = (f'<p class="doc-none">Not analysed: outside the scope \'{html.escape(scope)}\' of the run, which '
                "keeps only its row in the documents table.</p>")
    return (f'<section class="doc" id="{doc_anchor(doc_id)}"><h3>{html.escape(doc_id, quote=False)}'
            f'{" · " + title if title else ""}</h3><p class="doc-meta">{_meta(row)}</p>{body}'
            '<p class="doc-back"><a href="#report-top">top of the page</a> · '
            '<a href="#" class="doc-return">back</a></p></section>')


def documents_section(documents: list, tables: dict, page: str, *, scope: str) -> str:
    """The page's "Documents" part: every analysed document, or those the page refers to.

    Args:
        documents: the run's documents with their text (:meth:`helpers.io.results.Results.documents`).
        tables: the run's tables (documents, mentions, quotes, stances, claims, events).
        page: the page's HTML so far (its ``#doc-…`` links).
        scope: the run's scope (said of documents without text).

    Returns:
        HTML: a heading, a sentence saying which documents are embedded, the legend and the sections.
    """
    texts = {d.doc_id: d.raw for d in documents}
    frame = tables["documents"]
    rows = {str(r["doc_id"]): r for r in frame.to_dict("records")}
    wanted = referenced(page)
    if len(frame) < ALL_UP_TO:
        chosen = [d for d in rows if texts.get(d) or doc_anchor(d) in wanted]
        said = (f"Every analysed document of the run is here ({sum(1 for d in chosen if texts.get(d))} of "
                f"{len(frame)}; the others are outside the scope), with the rows of its tables marked in its text.")
    else:
        chosen = [d for d in rows if doc_anchor(d) in wanted]
        said = (f"The run has {len(frame):,} documents: the page embeds only the {len(chosen):,} its tables refer to "
                "(every document is in the run's tables), with the rows of its tables marked in its text.")
    legend = "".join(f'<mark class="{css}">{what}</mark> ' for _, _, _, css, what in LAYERS)
    by_doc = _by_doc(tables, set(chosen))
    sections = "".join(_section(rows[d], texts.get(d, ""), by_doc.get(d, {}), scope) for d in sorted(chosen))
    return (f'<div class="report-documents" id="documents"><h1 id="Documents">Documents</h1><p>{said} '
            f"Marked: {legend}</p>{sections}</div>")
