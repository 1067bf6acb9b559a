"""PDF and DOCX files made for the tests and the reliability cases (text written for them).

Three PDF producers put Arabic into a PDF in three ways:

- ``matplotlib``: shaped glyphs placed in visual order, each mapped back to
  its letters (a lam-alef ligature to two letters), as Word, browsers and
  LibreOffice do;
- ``fpdf-reshaped``: the text reshaped to presentation forms (U+FB50–U+FEFF)
  and put in visual order before it is written (arabic-reshaper and
  python-bidi), as older report generators do;
- ``fpdf-plain``: the letters written unshaped, left to right, in logical
  order (a naive producer: the page shows the Arabic broken, and extractors
  that reorder right-to-left text give it reversed).

Every function returns the file's bytes; nothing depends on the clock: fpdf2
always writes a creation date, :data:`FIXED` unless one is given (matplotlib
writes none unless one is given).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

PRODUCERS = ("matplotlib", "fpdf-reshaped", "fpdf-plain")
#: Line spacing of the matplotlib pages (a fraction of the A4 height: 14 pt for 10 pt type).
LEADING = 14 / 842
#: The creation date fpdf2 files get when none is given.
FIXED = dt.datetime(2020, 1, 2, tzinfo=dt.timezone.utc)


def _font() -> str:
    import matplotlib

    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")


def _is_arabic(line: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in line)


def pdf_bytes(pages: list[list[str]], producer: str = "matplotlib", *, title: str = "",
              created: dt.datetime | None = None, password: str = "", xmp: str = "") -> bytes:
    """A PDF with one page per list of lines (Arabic lines right-aligned).

    Args:
        pages: the lines of each page.
        producer: one of :data:`PRODUCERS`.
        title: the document information's Title.
        created: its CreationDate (matplotlib: none when ``None``; fpdf: :data:`FIXED`).
        password: a user password (fpdf producers only): the file is encrypted.
        xmp: an XMP packet to embed (fpdf producers only).
    """
    if producer == "matplotlib":
        return _matplotlib_pdf(pages, title=title, created=created)
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dejavu", fname=_font())
    pdf.set_font("dejavu", size=13)
    pdf.creation_date = created or FIXED
    if title:
        pdf.set_title(title)
    if xmp:
        pdf.set_xmp_metadata(xmp)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            arabic = _is_arabic(line)
            if arabic and producer == "fpdf-reshaped":
                import arabic_reshaper
                from bidi.algorithm import get_display

                line = get_display(arabic_reshaper.reshape(line), base_dir="R")
            pdf.multi_cell(0, 6, line, align="R" if arabic else "L", new_x="LMARGIN",
                           new_y="NEXT")
    if password:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    return bytes(pdf.output())


def _matplotlib_pdf(pages: list[list[str]], *, title: str, created: dt.datetime | None) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    sink = io.BytesIO()
    metadata = {"Title": title or None, "CreationDate": created, "Creator": None,
                "Producer": None}
    with PdfPages(sink, metadata=metadata) as out:
        for lines in pages:
            figure = plt.figure(figsize=(8.27, 11.69))
            for number, line in enumerate(lines):
                arabic = _is_arabic(line)
                figure.text(0.93 if arabic else 0.07, 0.94 - LEADING * number, line,
                            ha="right" if arabic else "left", family="DejaVu Sans", fontsize=10)
            out.savefig(figure)
            plt.close(figure)
    return sink.getvalue()


def image_only_pdf(pages: int = 1) -> bytes:
    """A PDF whose pages hold only a picture (a scan without a text layer)."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.creation_date = FIXED
    picture = Image.new("L", (200, 120), color=200)
    for _ in range(pages):
        pdf.add_page()
        pdf.image(picture, x=20, y=20, w=160)
    return bytes(pdf.output())


def mixed_scan_pdf(lines: list[str]) -> bytes:
    """A PDF whose first page has text and whose second page is only a picture."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.creation_date = FIXED
    pdf.add_font("dejavu", fname=_font())
    pdf.set_font("dejavu", size=13)
    pdf.add_page()
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.image(Image.new("L", (200, 120), color=200), x=20, y=20, w=160)
    return bytes(pdf.output())


def docx_bytes(paragraphs: list[str], *, table: list[list[str]] | None = None,
               merged: str = "", after: list[str] = (), title: str = "",
               created: dt.datetime | None = None, rtl: bool = True) -> bytes:
    """A Word document: paragraphs (right-to-left when Arabic), a table, more paragraphs.

    Args:
        paragraphs: the paragraphs before the table.
        table: its rows (cells as text).
        merged: text of an extra last row whose two first cells are merged.
        after: paragraphs after the table.
        title: the core property ``title``.
        created: ``dcterms:created`` (python-docx's template date when ``None``).
        rtl: mark Arabic paragraphs and runs right-to-left (``w:bidi``, ``w:rtl``).
    """
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    if title:
        document.core_properties.title = title
    if created is not None:
        document.core_properties.created = created

    def paragraph(text: str) -> None:
        added = document.add_paragraph(text)
        if rtl and _is_arabic(text):
            added._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
            for run in added.runs:
                run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))

    for text in paragraphs:
        paragraph(text)
    if table:
        grid = document.add_table(rows=len(table) + bool(merged), cols=len(table[0]))
        for r, cells in enumerate(table):
            for c, text in enumerate(cells):
                grid.cell(r, c).text = text
        if merged:
            grid.cell(len(table), 0).merge(grid.cell(len(table), 1)).text = merged
    for text in after:
        paragraph(text)
    sink = io.BytesIO()
    document.save(sink)
    return sink.getvalue()


def encrypted_docx(data: bytes, password: str = "secret") -> bytes:
    """A Word document encrypted with a password (msoffcrypto-tool, ECMA-376 agile encryption)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    sink = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, sink)
    return sink.getvalue()
