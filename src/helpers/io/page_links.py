"""Links between the sections of the report page: a document's anchor, a link to it, a count that opens its rows.

Every id and text put into a link is made safe: an anchor holds only ASCII
letters, digits, ``-`` and ``_<hex>_`` escapes; link text is HTML-escaped; the
rows a count links to travel JSON percent-encoded in ``data-rows``.
"""

from __future__ import annotations

import html

__all__ = ["doc_anchor", "doc_link", "rows_link"]


def doc_anchor(doc_id) -> str:
    """The id of a document's section in the report page: ``doc-`` and the doc_id, made safe.

    ASCII letters, digits and ``-`` are kept; any other character (``_``
    included) becomes ``_<hex code point>_``, so two doc_ids never share
    an anchor and the anchor holds nothing a page could run.

    Args:
        doc_id: the document's id.

    Returns:
        The anchor (without ``#``).
    """
    return "doc-" + "".join(c if c.isascii() and (c.isalnum() or c == "-") else f"_{ord(c):x}_"
                            for c in str(doc_id))


def doc_link(doc_id, text=None) -> str:
    """A link to a document's section of the report page (``<a href="#doc-…">``), its text escaped.

    Args:
        doc_id: the document's id.
        text: the link text (default: the doc_id).

    Returns:
        HTML.
    """
    shown = html.escape(str(doc_id if text is None else text), quote=False)
    return f'<a class="doc-link" href="#{doc_anchor(doc_id)}">{shown}</a>'


def rows_link(target: str, count, match: dict) -> str:
    """A count that links to the rows behind it in another table of the report page.

    The report's script reads ``data-rows`` (the table's id and the column
    values, JSON percent-encoded, so no document text is an attribute's
    plain value) and shows that table filtered to those rows.

    Args:
        target: the uuid given to :func:`table` for the rows' table.
        count: the number shown.
        match: ``{column: value}`` the rows must have.

    Returns:
        HTML.
    """
    import json
    from urllib.parse import quote

    rows = quote(json.dumps({"table": f"T_{target}", "match": {str(k): str(v) for k, v in match.items()}},
                            ensure_ascii=False, sort_keys=True), safe="")
    return f'<a class="rows-link" href="#T_{html.escape(target)}" data-rows="{rows}">{html.escape(str(count))}</a>'
