"""Every optional reader the extras promise imports and reads a small input (HTML, PDF, DOCX, XLSX).

A fresh install of ``helpers[html]`` must read HTML pages: with lxml >= 6,
trafilatura's import needs ``lxml_html_clean``, which the extra declares.
A reader whose module is missing names the module and the extra.
"""

import builtins

import pytest

from helpers.io.htmlpage import PageError, extract_page

PAGE = ("<html><head><title>Test page</title></head><body><article>"
        "<p>The committee met on Monday to discuss the new harvest figures for the region.</p>"
        "<p>Its members agreed to publish the full report before the end of the month.</p>"
        "</article></body></html>")


def test_html_extra_imports_and_reads_a_page():
    import lxml_html_clean  # noqa: F401  (declared by the html extra)
    import trafilatura  # noqa: F401

    text, row = extract_page(PAGE)
    assert "harvest figures" in text
    assert row["title"] == "Test page"


def test_a_missing_module_is_named_with_its_extra(monkeypatch):
    real_import = builtins.__import__

    def refuse(name, *args, **kwargs):
        if name == "trafilatura":
            raise ModuleNotFoundError("No module named 'lxml_html_clean'", name="lxml_html_clean")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse)
    with pytest.raises(PageError, match=r"lxml_html_clean is missing.*helpers\[html\]"):
        extract_page(PAGE)


def test_pdf_extra_imports_and_reads_a_pdf():
    import pdfminer  # noqa: F401  (the pdf extra)

    from helpers.io.pdf import extract_pdf
    from office_maker import pdf_bytes

    text, _row, _notes = extract_pdf(pdf_bytes([["The harvest report was published on Monday."]]))
    assert "harvest report" in text


def test_docx_extra_imports_and_reads_a_document():
    import docx  # noqa: F401  (the docx extra)

    from helpers.io.docx import extract_docx
    from office_maker import docx_bytes

    text, _row, _notes = extract_docx(docx_bytes(["The committee met on Monday.", "It agreed."]))
    assert text.splitlines()[:2] == ["The committee met on Monday.", "It agreed."]


def test_xlsx_reader_imports_and_reads_a_sheet(tmp_path):
    import openpyxl

    from helpers.io.formats import iter_documents

    book = openpyxl.Workbook()
    book.active.append(["id", "text"])
    book.active.append(["r1", "The committee met on Monday to discuss the harvest."])
    book.save(tmp_path / "news.xlsx")
    docs = [d for d in iter_documents(tmp_path / "news.xlsx") if hasattr(d, "raw")]
    assert [(d.doc_id, d.raw) for d in docs] == [("r1", "The committee met on Monday to discuss the harvest.")]
