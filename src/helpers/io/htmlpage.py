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
from helpers.io.corpus_encoding import DocumentError, decode

__all__ = ["PageError", "decode_page", "extract_page"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


class PageError(ValueError):
    """Raised when a page has no main text or cannot be decoded."""


def decode_page(data: bytes) -> tuple[str, str]:
    """Decode a saved page: its BOM first, then its declared charset, then detection.

    A BOM (UTF-8, UTF-16) decides; else a UTF-16 page without a BOM is told
    by its NUL pattern; else the ``<meta charset>`` (or ``http-equiv``
    content type) is used when Python knows it and it decodes the page; else
    UTF-8, else the legacy encodings :func:`helpers.io.corpus.decode` detects.

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
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace"), "utf-16"
    declared = _CHARSET.search(data[:4096]) if data[:4096].count(b"\x00") < 8 else None
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        html, encoding = decode(data)
    except DocumentError as exc:
        raise PageError(f"{exc} (HTML, no usable BOM or <meta charset>)") from None
    return html, encoding


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
    except ImportError as exc:  # trafilatura itself, or a module it imports (lxml_html_clean …)
        raise PageError(f"reading HTML pages needs the 'html' extra: module {exc.name or exc} is "
                        "missing (pip install 'helpers[html]')") from None
    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, deduplicate=False, date_extraction_params=_DATE_PARAMS)
    text = (getattr(result, "text", None) or "").strip("\n") if result is not None else ""
    if not text.strip():
        raise PageError("no main text found in the page")
    row = {"title": result.title or "", "published": result.date or "",
           "outlet": result.sitename or result.hostname or "", "url": result.url or ""}
    return text, {key: value.strip() for key, value in row.items()}
