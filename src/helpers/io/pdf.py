"""PDF files: the text layer and the file's own metadata (pypdfium2, extra ``pdf``).

The text is read with PDFium (the PDF engine of Chromium, through pypdfium2),
which of the extractors compared in ``bench/RELIABILITY.md`` gives Arabic in
logical order for the most producers and folds presentation forms to base
letters.  What this module adds:

- a lam-alef ligature whose glyph maps to two letters comes out reversed
  from PDFium in right-to-left lines (``األحد`` for ``الأحد``); the two
  letters share one glyph box, which is how they are found and put back;
- any presentation form left is folded to its base letters (NFKC on those
  ranges only), line ends are ``\\n``, a line that wraps inside a paragraph
  (it does not end a sentence and is at least 60 % as long as the page's
  longest line) is joined to the next with a space, and pages are separated
  by a blank line;
- metadata: ``title`` from the document information (or the XMP packet),
  ``published`` from its creation date (``D:20210504…``, or XMP
  ``xmp:CreateDate``), never from the clock or the file's time.  That is the
  day the PDF was made: for a report usually its date of issue, for a page
  printed to PDF the day it was printed (a ``catalog.csv`` date wins).

The extracted text is the document's raw text: every offset refers to it.
Encrypted, damaged, image-only and empty files raise one
:class:`~helpers.io.corpus_encoding.DocumentError` line.
"""

from __future__ import annotations

import html
import re

from helpers.io.corpus_encoding import DocumentError, is_blank
from helpers.io.metadata import iso_date
from helpers.text.visual_order import check_visual_order_parts, fold_presentation_forms

__all__ = ["extract_pdf"]

_ALEF_LAM = re.compile("[اأإآ]ل")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SENTENCE_END = tuple(".!?؟:;…»\"”)")
_PDF_DATE = re.compile(r"^(?:D:)?\s*([0-9]{4})([0-9]{2})([0-9]{2})")
_XMP = re.compile(rb"<x:xmpmeta.*?</x:xmpmeta>", re.DOTALL)
_XMP_TITLE = re.compile(r"<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>", re.DOTALL)
_XMP_DATE = re.compile(r"""xmp:CreateDate(?:>|=["'])\s*([0-9]{4}-[0-9]{2}-[0-9]{2})""")
_FILE_TITLE = re.compile(r"(?i)^(?:microsoft \w+ - .*|.*\.(?:docx?|odt|rtf|pdf|txt|html?)|untitled)$")
_PASSWORD_ERRORS = (4, 6)  # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY
_WRAPPED = 0.6


def extract_pdf(data: bytes) -> tuple[str, dict, list[str]]:
    """Extract a PDF's text layer and metadata.

    Args:
        data: the file's bytes.

    Returns:
        ``(text, row, warnings)``: the text (pages separated by a blank
        line), a metadata row with ``title`` and ``published`` (empty strings
        where the file says nothing) and warning lines (pages without a text
        layer, characters without a Unicode mapping).

    Raises:
        DocumentError: pypdfium2 is missing, or the file is not a PDF, is
            encrypted, damaged, image-only (no text layer) or empty.
    """
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise DocumentError("reading PDF files needs pypdfium2: pip install 'helpers[pdf]'") from None
    if not data.strip():
        raise DocumentError("empty file")
    if b"%PDF-" not in data[:1024]:
        raise DocumentError("not a PDF file (no %PDF- header)")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in _PASSWORD_ERRORS:
            raise DocumentError("encrypted PDF (it needs a password): save an unprotected copy "
                                "first") from None
        raise DocumentError(f"damaged PDF ({_reason(exc)})") from None
    try:
        pages, scanned = [], []
        for number in range(len(document)):
            text, images = _page_text(document[number])
            pages.append(text)
            if is_blank(text) and images:
                scanned.append(number + 1)
        row = _metadata(document.get_metadata_dict(skip_empty=True), data)
    except pdfium.PdfiumError as exc:
        raise DocumentError(f"damaged PDF ({_reason(exc)})") from None
    finally:
        document.close()
    pages, warnings = check_visual_order_parts(pages)
    text = "\n\n".join(_join_wrapped(page) for page in pages if not is_blank(page))
    if is_blank(text):
        if scanned:
            raise DocumentError("no text layer (scanned?); OCR it first")
        raise DocumentError("empty PDF (no text on any page)" if pages else "empty PDF (no pages)")
    if scanned:
        warnings.append(f"page(s) {_numbers(scanned)} of {len(pages)} have no text layer "
                        "(scanned?): their text is missing; OCR them")
    unmapped = text.count("\ufffd")
    if unmapped > 0.02 * len(text):
        warnings.append(f"{unmapped} character(s) have no Unicode mapping in the PDF's fonts "
                        "(shown as U+FFFD)")
    return text, row, warnings


def _reason(exc: Exception) -> str:
    message = str(exc)
    inner = re.search(r"\(PDFium: ([^)]*)\)", message)
    return f"PDFium: {inner.group(1).lower()}" if inner else message


def _numbers(pages: list[int]) -> str:
    shown = ", ".join(map(str, pages[:10]))
    return shown + (f" and {len(pages) - 10} more" if len(pages) > 10 else "")


def _page_text(page) -> tuple[str, int]:
    """One page's text (lam-alef order repaired) and its image count."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        if len(text) == textpage.count_chars():
            text = _ligatures_in_order(text, textpage)
    finally:
        textpage.close()
    images = 0
    if is_blank(text):
        images = sum(1 for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))
    page.close()
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02\n", "")
    return fold_presentation_forms(_CONTROL.sub("", text)), images


def _ligatures_in_order(text: str, textpage) -> str:
    """Put back lam before alef where both letters come from one ligature glyph."""
    chars = list(text)
    for match in _ALEF_LAM.finditer(text):
        start = match.start()
        if textpage.get_charbox(start) == textpage.get_charbox(start + 1):
            chars[start], chars[start + 1] = chars[start + 1], chars[start]
    return "".join(chars)


def _join_wrapped(text: str) -> str:
    """Join the lines of a page that wrap inside a paragraph (one space for the break)."""
    lines = [line.strip() for line in text.split("\n")]
    longest = max(map(len, lines), default=0)
    out: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        wraps = (line and following and not line.endswith(_SENTENCE_END)
                 and len(line) >= _WRAPPED * longest)
        out.append(line + (" " if wraps else "\n"))
    return "".join(out).strip()


def _metadata(info: dict, data: bytes) -> dict:
    """``title`` and ``published`` from the document information, else from XMP."""
    title = (info.get("Title") or "").strip()
    date = _PDF_DATE.match(info.get("CreationDate") or "")
    published = "-".join(date.groups()) if date else ""
    if not title or not published:
        xmp = _XMP.search(data)
        packet = xmp.group().decode("utf-8", "replace") if xmp else ""
        found = _XMP_TITLE.search(packet)
        title = title or (html.unescape(found.group(1)).strip() if found else "")
        found = _XMP_DATE.search(packet)
        published = published or (found.group(1) if found else "")
    if _FILE_TITLE.match(title):
        title = ""
    published = iso_date(published)
    return {"title": " ".join(title.split()), "published": published if _valid(published) else ""}


def _valid(date: str) -> bool:
    return bool(re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", date)) and date[:4] > "1900"
