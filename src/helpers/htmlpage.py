"""Saved web pages: the main text and the page's own metadata (trafilatura).

The page's boilerplate (menus, footers, comments, related links) is left out
by trafilatura's extractor; the extracted text is what the document keeps as
``raw``, so every offset refers to it.  The page's title, date, site name and
canonical URL become the document's metadata.  Dates come only from the
page's markup (no guess from the clock or the URL path) so that results do
not depend on the day they are computed.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["PageError", "decode_page", "extract_page"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


class PageError(ValueError):
    """Raised when a page has no main text or cannot be decoded."""


def decode_page(data: bytes) -> tuple[str, str]:
    """Decode a saved page by its BOM, its ``<meta charset>``, or UTF-8.

    Args:
        data: the page's bytes.

    Returns:
        ``(html, encoding)``.

    Raises:
        PageError: the page is empty or in no known encoding.
    """
    if not data.strip():
        raise PageError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    declared = _CHARSET.search(data[:4096])
    names = [declared.group(1).decode("ascii").lower()] if declared else []
    for name in names + ["utf-8", "cp1256"]:
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            continue
    raise PageError("not UTF-8 or Windows-1256 HTML, and no usable <meta charset>")


def extract_page(html: str) -> tuple[str, dict]:
    """Extract a page's main text and metadata.

    Args:
        html: the page's markup.

    Returns:
        ``(text, row)``: the main text (paragraphs on their own lines) and a
        metadata row with ``title``, ``published``, ``outlet``, ``url``
        (empty strings where the page says nothing).

    Raises:
        PageError: no main text was found.
    """
    try:
        import trafilatura
    except ImportError:
        raise PageError("reading HTML pages needs trafilatura: pip install 'helpers[html]'") from None
    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, deduplicate=False, date_extraction_params=_DATE_PARAMS)
    text = (getattr(result, "text", None) or "").strip("\n") if result is not None else ""
    if not text.strip():
        raise PageError("no main text found in the page")
    row = {"title": result.title or "", "published": result.date or "",
           "outlet": result.sitename or result.hostname or "", "url": result.url or ""}
    return text, {key: value.strip() for key, value in row.items()}
