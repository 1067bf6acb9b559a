"""Saved web pages: the main text and the page's own metadata (trafilatura).

The page's boilerplate (menus, footers, comments, related links) is left out
by trafilatura's extractor; the extracted text is what the document keeps as
``raw``, so every offset refers to it.  The page's title, date, site name and
canonical URL become the document's metadata.  Dates come only from the
page's markup (no guess from the clock or the URL path, and no upper limit
taken from the clock) so that results do not depend on the day they are
computed.
"""

from __future__ import annotations

import codecs
import re

from helpers.io.corpus_encoding import DocumentError, decode

__all__ = ["PageError", "decode_page", "extract_page"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
#: htmldate drops dates after its ``max_date``, which defaults to the clock: pinned far ahead, so
#: that a page's date does not depend on the day it is read (a future date is warned about when
#: the document is made, :mod:`helpers.io.pubdate`).
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2099-12-31"}


class PageError(ValueError):
    """Raised when a page has no main text or cannot be decoded."""


def decode_page(data: bytes, *, detail: bool = False):
    """Decode a saved page: its BOM first, then its declared charset, then detection.

    A BOM (UTF-8, UTF-16) decides; else a UTF-16 page without a BOM is told
    by its NUL pattern; else the ``<meta charset>`` (or ``http-equiv``
    content type) is used when Python knows it and it decodes the page; else
    UTF-8, else the legacy encodings :func:`helpers.io.corpus.decode` detects.
    The declaration is checked against the bytes: a page declaring a legacy
    charset whose bytes are valid UTF-8 with non-ASCII characters is read as
    UTF-8 (a legacy text is practically never valid UTF-8), and a page
    declaring UTF-8 that is not UTF-8 is detected; both with a warning
    naming the wrong declaration.

    Args:
        data: the page's bytes.
        detail: also return the warnings.

    Returns:
        ``(html, encoding)``, or with ``detail`` ``(html, encoding, warnings)``.

    Raises:
        PageError: the page is empty or in no known encoding.
    """
    html, encoding, notes = _decode_page(data)
    return (html, encoding, notes) if detail else (html, encoding)


def _decode_page(data: bytes) -> tuple[str, str, list[str]]:
    if not data.strip():
        raise PageError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", []
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace"), "utf-16", []
    declared = _CHARSET.search(data[:4096]) if data[:4096].count(b"\x00") < 8 else None
    notes = []
    if declared:
        name = declared.group(1).decode("ascii").lower()
        utf8 = _utf8_text(data)
        if utf8 is not None and not _is_utf8_name(name) and max(data) > 127:
            return utf8, "utf-8", [f"the page declares charset {name} but its bytes are UTF-8; "
                                   "read as UTF-8"]
        try:
            return data.decode(name), name, []
        except (LookupError, UnicodeDecodeError):
            if _is_utf8_name(name):
                notes.append(f"the page declares charset {name} but its bytes are not UTF-8; "
                             "encoding detected")
    try:
        html, encoding = decode(data)
    except DocumentError as exc:
        raise PageError(f"{exc} (HTML, no usable BOM or <meta charset>)") from None
    return html, encoding, notes


def _utf8_text(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _is_utf8_name(name: str) -> bool:
    try:
        return codecs.lookup(name).name == "utf-8"
    except LookupError:
        return False


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
