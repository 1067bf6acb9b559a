"""A PDF's own metadata: title and creation date from its document information or XMP packet.

Only what the file says is used (never the clock or the file's time).  The
creation date is the day the PDF was made; a title that is only a file name
(``Microsoft Word - draft.docx``, ``report.pdf``, ``untitled``) is dropped.
Used by :mod:`helpers.io.pdf`.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from helpers.io.metadata import iso_date
from helpers.text.lexicon_tools import literal_alternation, read_words

__all__ = ["pdf_metadata", "metadata_row"]

_PDF_DATE = re.compile(r"^(?:D:)?\s*([0-9]{4})([0-9]{2})([0-9]{2})")
_XMP_TITLE = re.compile(r"<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>", re.DOTALL)
_XMP_DATE = re.compile(r"""xmp:CreateDate(?:>|=["'])\s*([0-9]{4}-[0-9]{2}-[0-9]{2})""")
_FILE_TITLE = re.compile(r"(?i)^(?:microsoft \w+ - .*|.*\.(?:docx?|odt|rtf|pdf|txt|html?)|"
                         + literal_alternation(read_words("io/placeholder_titles.txt")) + ")$")
_MAX_XMP = 1 << 20


def pdf_metadata(document) -> dict:
    """``title`` and ``published`` of a pdfminer ``PDFDocument``.

    Args:
        document: the open document.

    Returns:
        The metadata row (empty strings where the file says nothing).
    """
    from pdfminer.pdftypes import PDFStream, resolve1
    from pdfminer.utils import decode_text

    info: dict[str, str] = {}
    for entries in document.info:
        for key in ("Title", "CreationDate"):
            value = resolve1(entries.get(key))
            if isinstance(value, bytes) and key not in info:
                info[key] = decode_text(value)
            elif isinstance(value, str) and key not in info:
                info[key] = value
    xmp = ""
    stream = resolve1(document.catalog.get("Metadata"))
    if isinstance(stream, PDFStream):
        try:
            xmp = stream.get_data()[:_MAX_XMP].decode("utf-8", "replace")
        except Exception:  # an undecodable metadata stream is no metadata
            xmp = ""
    return metadata_row(info, xmp)


def metadata_row(info: dict, xmp: str) -> dict:
    """The metadata row from the document information (first) and the XMP packet.

    Args:
        info: ``Title`` and ``CreationDate`` as text (``D:20210504101500+02'00'``).
        xmp: the XMP packet ("" when none).

    Returns:
        ``{"title": …, "published": "YYYY-MM-DD" or ""}``.
    """
    title = (info.get("Title") or "").strip()
    date = _PDF_DATE.match(info.get("CreationDate") or "")
    published = "-".join(date.groups()) if date else ""
    if xmp and (not title or not published):
        found = _XMP_TITLE.search(xmp)
        title = title or (html.unescape(found.group(1)).strip() if found else "")
        found = _XMP_DATE.search(xmp)
        published = published or (found.group(1) if found else "")
    if _FILE_TITLE.match(title):
        title = ""
    published = iso_date(published)
    try:
        valid = dt.date.fromisoformat(published).year > 1900
    except ValueError:
        valid = False
    return {"title": " ".join(title.split()), "published": published if valid else ""}
