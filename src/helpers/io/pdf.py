"""PDF files: the text layer and the file's own metadata (pdfminer.six, extra ``pdf``).

pdfminer.six reads the characters of each text line in the order they stand
on the page, which for Arabic is visual order (right-to-left text laid out
left to right).  Of the extractors compared in ``bench/RELIABILITY.md`` this,
with the repair below, is the one that gives Arabic mixed with digits, Latin
names and punctuation back in logical order; PDFium reorders lines itself
but misplaces numbers, Latin words and brackets in them.

- The document's lines are checked with
  :func:`helpers.text.visual_order.detect_visual_order`; when they are in
  visual order, each Arabic line is turned with the bidi algorithm at the
  glyph level: a ligature glyph that stands for two letters (lam-alef) keeps
  its letters in order.  That is the reader's normal work on a well-made
  Arabic PDF and says nothing about the file, so it is silent; a document
  too short to decide is left as read, with the visual-order warning.
- Presentation forms (U+FB50–U+FEFF, written by older producers) are folded
  to base letters (NFKC on those ranges only).
- Text boxes are read top to bottom (pdfminer's default flow would read
  columns left to right, wrong for Arabic); a line that wraps inside a box's
  paragraph (it does not end a sentence and is at least 60 % as long as the
  box's longest line) is joined to the next with a space; each box ends with
  a line break, and pages are separated by a blank line.
- Metadata: ``title`` from the document information (or the XMP packet),
  ``published`` from its creation date (``D:20210504…``, or XMP
  ``xmp:CreateDate``), never from the clock or the file's time.  That is the
  day the PDF was made: for a report usually its date of issue, for a page
  printed to PDF the day it was printed (a ``catalog.csv`` date wins).

The extracted text is the document's raw text: every offset refers to it.
Encrypted, damaged, image-only and empty files raise one
:class:`~helpers.io.corpus_encoding.DocumentError` line.
"""

from __future__ import annotations

import io
import re
from collections import deque

from helpers.io.corpus_encoding import DocumentError, is_blank
from helpers.io.pdf_meta import pdf_metadata
from helpers.text.visual_order import (
    detect_visual_order,
    fold_presentation_forms,
    reads_visual,
    visual_order_note,
    visual_to_logical,
)

__all__ = ["extract_pdf"]

_ARABIC_UNIT = re.compile("^[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]{2,}$")
_SENTENCE_END = tuple(".!?؟:;…»\"”)")
_WRAPPED = 0.6


def extract_pdf(data: bytes) -> tuple[str, dict, list[str]]:
    """Extract a PDF's text layer and metadata.

    Args:
        data: the file's bytes.

    Returns:
        ``(text, row, warnings)``: the text (pages separated by a blank
        line), a metadata row with ``title`` and ``published`` (empty strings
        where the file says nothing) and warning lines (Arabic that may be in
        visual order, pages without a text layer).

    Raises:
        DocumentError: pdfminer.six is missing, or the file is not a PDF, is
            encrypted, damaged, image-only (no text layer) or empty.
    """
    try:
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError:
        raise DocumentError("reading PDF files needs pdfminer.six: pip install 'helpers[pdf]'"
                            ) from None
    if not data.strip():
        raise DocumentError("empty file")
    if b"%PDF-" not in data[:1024]:
        raise DocumentError("not a PDF file (no %PDF- header)")
    try:
        pages, images, row = _read(data)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise DocumentError("encrypted PDF (it needs a password): save an unprotected copy "
                            "first") from None
    except DocumentError:
        raise
    except Exception as exc:  # pdfminer raises many kinds (and plain Python errors) for a bad file
        raise DocumentError(f"damaged PDF ({_reason(exc)})") from None
    lines = [line for page in pages for box in page for line in box]
    if not any(line for line in lines if not is_blank(line[0])):
        if any(images):
            raise DocumentError("no text layer (scanned?); OCR it first")
        raise DocumentError("empty PDF (no text on any page)" if pages else "empty PDF (no pages)")
    warnings = _logical_order(lines)
    texts = ["\n".join(_join_wrapped([line[0] for line in box]) for box in page) for page in pages]
    text = "\n\n".join(page for page in texts if not is_blank(page))
    scanned = [n + 1 for n, (page, pictures) in enumerate(zip(texts, images))
               if pictures and is_blank(page)]
    if scanned:
        shown = ", ".join(map(str, scanned[:10])) + (" …" if len(scanned) > 10 else "")
        warnings.append(f"{len(scanned)} of {len(pages)} page(s) have no text layer (scanned?): "
                        f"page(s) {shown}; their text is missing (OCR them)")
    return text, row, warnings


def _reason(exc: Exception) -> str:
    message = " ".join(str(exc).split())[:100]
    return f"{exc.__class__.__name__}: {message}" if message else exc.__class__.__name__


def _read(data: bytes) -> tuple[list, list[int], dict]:
    """Pages (text boxes of lines ``[plain, glyph-prepared]``), images per page, metadata."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    document = PDFDocument(PDFParser(io.BytesIO(data)))
    manager = PDFResourceManager()
    # boxes top to bottom (the default flow orders columns left to right, wrong for Arabic)
    device = PDFPageAggregator(manager, laparams=LAParams(boxes_flow=None))
    interpreter = PDFPageInterpreter(manager, device)
    pages, images = [], []
    for page in PDFPage.create_pages(document):
        interpreter.process_page(page)
        boxes, pictures = _page(device.get_result())
        pages.append(boxes)
        images.append(pictures)
    return pages, images, pdf_metadata(document)


def _page(layout) -> tuple[list[list[list[str]]], int]:
    """The text boxes of a laid-out page as lists of lines, and its image count."""
    from pdfminer.layout import LTAnno, LTChar, LTImage, LTTextBox, LTTextLine

    boxes, pictures, stack = [], 0, deque([layout])
    while stack:
        item = stack.popleft()
        if isinstance(item, LTImage):
            pictures += 1
        elif isinstance(item, LTTextBox):
            lines = []
            for line in item:
                if isinstance(line, LTTextLine):
                    units = [c.get_text() for c in line if isinstance(c, (LTChar, LTAnno))]
                    plain = "".join(units).strip("\n")
                    # glyph-prepared: a multi-letter Arabic glyph reversed, so that
                    # reordering the line puts its letters back as they were
                    prepared = "".join(u[::-1] if _ARABIC_UNIT.match(u) else u
                                       for u in units).strip("\n")
                    lines.append([plain, prepared])
            boxes.append(lines)
        elif hasattr(item, "__iter__") and not isinstance(item, LTTextLine):
            stack.extend(item)
    return boxes, pictures


def _logical_order(lines: list[list[str]]) -> list[str]:
    """Turn visual-order lines in place (when confidently found); fold presentation forms."""
    found = detect_visual_order("\n".join(line[0] for line in lines), sample=None)
    count = 0
    if found.visual and found.confident:
        for line in lines:
            if reads_visual(line[0]):
                line[0] = visual_to_logical(line[1])
                count += 1
    for line in lines:
        line[0] = fold_presentation_forms(line[0]).strip()
    return [visual_order_note(found, count)] if found.visual and not found.confident else []


def _join_wrapped(lines: list[str]) -> str:
    """Join the lines of a text box that wrap inside a paragraph (one space for the break)."""
    lines = [line for line in lines if line]
    longest = max(map(len, lines), default=0)
    out: list[str] = []
    for index, line in enumerate(lines):
        wraps = (index + 1 < len(lines) and not line.endswith(_SENTENCE_END)
                 and len(line) >= _WRAPPED * longest)
        out.append(line + (" " if wraps else "\n"))
    return "".join(out).strip()
