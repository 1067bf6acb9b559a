"""PDF and DOCX files: text in logical order, metadata, one line for a bad file, offsets through the CLI."""

import datetime as dt
import sys

import pandas as pd
import pytest
from bidi.algorithm import get_display

from helpers.cli.main import main
from helpers.io.corpus import LoadError
from helpers.io.corpus_encoding import DocumentError
from helpers.io.docx import extract_docx
from helpers.io.formats import iter_documents, source_kind
from helpers.io.pdf import extract_pdf
from helpers.io.pdf_meta import metadata_row
from office_maker import PRODUCERS, docx_bytes, encrypted_docx, image_only_pdf, mixed_scan_pdf, pdf_bytes

AR = ["قال المتحدث باسم الوزارة إن الوفد زار إقليم شينجيانغ يوم الاثنين.",
      "وأضاف أن الأحد المقبل سيشهد لقاء حول أوضاع الإيغور في المنطقة.",
      "ولا علاقة لهذا الاجتماع بالسلام التجاري بين البلدين عام 2024."]
EN = ["The delegation visited Urumqi in Xinjiang on Monday, the ministry said.",
      "Officials declined to comment on the talks."]
TRICKY = ["بلغت النسبة 12% في عام 2024، وارتفعت إلى 3.5 نقطة.",
          "وفي 14/03/2024 (تقريبا) قال: «نعم» - وهذا كل شيء!",
          "زار John Smith مدينة وهران يوم 5 مايو."]
CREATED = dt.datetime(2021, 5, 4, 9, 30, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("producer", PRODUCERS)
def test_arabic_pdf_is_read_in_logical_order_without_presentation_forms(producer):
    text, row, warnings = extract_pdf(pdf_bytes([AR + TRICKY], producer, title="تقرير الوفد",
                                                created=CREATED))
    # lam-alef ligatures (الأحد, ولا, علاقة, بالسلام), digits, Latin names, brackets in order
    assert text == "\n".join(AR + TRICKY)
    assert not any("\ufb50" <= c <= "\ufeff" for c in text)
    assert row == {"title": "تقرير الوفد", "published": "2021-05-04"}
    assert warnings == []


@pytest.mark.parametrize("producer", ["matplotlib", "fpdf-plain"])
def test_english_pdf_and_pages(producer):
    text, row, warnings = extract_pdf(pdf_bytes([EN, AR[:1]], producer))
    assert text == "\n".join(EN) + "\n\n" + AR[0]
    assert warnings == []


def test_short_arabic_pdf_in_visual_order_is_named():
    text, _, warnings = extract_pdf(pdf_bytes([["مدرسة جميلة كبيرة"]], "matplotlib"))
    assert text == "ةريبك ةليمج ةسردم"
    assert warnings == ["Arabic text appears in visual (reversed) order (as some PDF extractors "
                        "write it); left as it is (too little evidence to reorder it): extract it "
                        "again in logical order"]


def test_wrapped_lines_are_joined_into_a_paragraph():
    first = "قال المتحدث باسم الوزارة إن الوفد زار إقليم شينجيانغ يوم الاثنين وأضاف أن"
    second = "The delegation visited Urumqi in Xinjiang on Monday and the ministry said that"
    lines = [first, "الأحد المقبل سيشهد لقاء.", second, "talks will go on."]
    for producer in ("matplotlib", "fpdf-reshaped"):
        text, _, _ = extract_pdf(pdf_bytes([lines], producer))
        assert text == first + " الأحد المقبل سيشهد لقاء.\n" + second + " talks will go on."


@pytest.mark.parametrize("info, xmp, expected", [
    ({"Title": "Annual report", "CreationDate": "D:20210504101500+02'00'"}, "",
     {"title": "Annual report", "published": "2021-05-04"}),
    ({"Title": "Microsoft Word - draft.docx", "CreationDate": "D:2021"}, "",
     {"title": "", "published": ""}),
    ({"CreationDate": "D:20211345"}, "", {"title": "", "published": ""}),
    ({}, '<x:xmpmeta><dc:title><rdf:Alt><rdf:li xml:lang="x-default">T &amp; Q</rdf:li>'
         '</rdf:Alt></dc:title><xmp:CreateDate>2019-11-02T08:00:00Z</xmp:CreateDate></x:xmpmeta>',
     {"title": "T & Q", "published": "2019-11-02"}),
    ({}, '<x:xmpmeta><rdf:Description xmp:CreateDate="2018-01-31T00:00"/></x:xmpmeta>',
     {"title": "", "published": "2018-01-31"}),
    ({}, "", {"title": "", "published": ""}),
])
def test_pdf_metadata_from_the_information_or_xmp(info, xmp, expected):
    assert metadata_row(info, xmp) == expected


def test_pdf_without_a_creation_date_has_no_published():
    _, row, _ = extract_pdf(pdf_bytes([EN], "matplotlib"))
    assert row == {"title": "", "published": ""}


@pytest.mark.parametrize("name, data, message", [
    ("encrypted", lambda: pdf_bytes([AR], "fpdf-reshaped", password="secret"),
     "encrypted PDF (it needs a password): save an unprotected copy first"),
    ("truncated", lambda: pdf_bytes([AR], "matplotlib")[:1500],
     "damaged PDF (PSEOF: Unexpected EOF)"),
    ("image only", lambda: image_only_pdf(2), "no text layer (scanned?); OCR it first"),
    ("blank page", lambda: pdf_bytes([[]], "matplotlib"), "empty PDF (no text on any page)"),
    ("not a PDF", lambda: b"PK\x03\x04 not a pdf at all", "not a PDF file (no %PDF- header)"),
    ("0 bytes", lambda: b"", "empty file"),
])
def test_bad_pdf_is_one_line(name, data, message):
    with pytest.raises(DocumentError) as caught:
        extract_pdf(data())
    assert str(caught.value) == message


def test_a_scanned_page_among_text_pages_is_named():
    text, _, warnings = extract_pdf(mixed_scan_pdf(EN))
    assert text == "\n".join(EN)
    assert warnings == ["1 of 2 page(s) have no text layer (scanned?): page(s) 2; their text "
                        "is missing (OCR them)"]


def test_missing_reader_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pdfminer.pdfdocument", None)
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(DocumentError, match=r"pip install 'helpers\[pdf\]'"):
        extract_pdf(pdf_bytes([EN], "matplotlib"))
    with pytest.raises(DocumentError, match=r"pip install 'helpers\[docx\]'"):
        extract_docx(b"PK")


def test_docx_paragraphs_tables_and_rtl_in_order():
    data = docx_bytes(AR[:2], table=[["الاسم", "المنصب"], ["Anna", "مستشارة"]],
                      merged="خلية مدمجة في صفين", after=EN, title="محضر الاجتماع",
                      created=CREATED)
    text, row, warnings = extract_docx(data)
    assert text.split("\n") == [*AR[:2], "الاسم", "المنصب", "Anna", "مستشارة",
                                "خلية مدمجة في صفين", *EN]
    assert row == {"title": "محضر الاجتماع", "published": "2021-05-04"}
    assert warnings == []


def test_docx_keeps_inserted_and_content_control_text():
    import io

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(docx_bytes([AR[0]])))
    paragraph = document.paragraphs[0]._p
    inserted, control, content = OxmlElement("w:ins"), OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    inserted.set(qn("w:id"), "1")
    inserted.set(qn("w:author"), "editor")
    for host, words in ((inserted, " وأكد ذلك."), (content, " Added in a control.")):
        run, text = OxmlElement("w:r"), OxmlElement("w:t")
        text.text = words
        text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(text)
        host.append(run)
    control.append(content)
    paragraph.append(inserted)
    paragraph.append(control)
    sink = io.BytesIO()
    document.save(sink)
    assert extract_docx(sink.getvalue())[0] == AR[0] + " وأكد ذلك. Added in a control."


def test_docx_template_date_is_not_a_publication_date():
    assert extract_docx(docx_bytes(EN))[1] == {"title": "", "published": ""}


@pytest.mark.parametrize("name, data, message", [
    ("encrypted", lambda: encrypted_docx(docx_bytes(AR)),
     "encrypted DOCX (it needs a password): save an unprotected copy first"),
    ("Word 97-2003", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
     "a Word 97-2003 document (.doc), not .docx: save it as .docx"),
    ("truncated", lambda: docx_bytes(AR)[:700], "damaged DOCX (not a readable ZIP package)"),
    ("zip without a document", lambda: _zip({"a.txt": "x"}),
     "damaged DOCX (no word/document.xml: not a Word document)"),
    ("no text", lambda: docx_bytes([" ", ""]), "empty DOCX (no text in its paragraphs or tables)"),
])
def test_bad_docx_is_one_line(name, data, message):
    with pytest.raises(DocumentError) as caught:
        extract_docx(data())
    assert str(caught.value) == message


def _zip(members: dict) -> bytes:
    import io
    import zipfile

    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return sink.getvalue()


@pytest.mark.parametrize("name, kind", [("a.pdf", "pdf"), ("a.PDF", "pdf"), ("a.docx", "docx")])
def test_single_office_file_is_a_corpus(tmp_path, name, kind):
    path = tmp_path / name
    path.write_bytes(pdf_bytes([AR], "matplotlib") if kind == "pdf" else docx_bytes(AR))
    assert source_kind(path) == kind
    docs = list(iter_documents(path))
    assert [d.raw for d in docs] == ["\n".join(AR)]
    assert docs[0].encoding == kind


def test_catalog_metadata_wins_over_the_file(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "r.pdf").write_bytes(pdf_bytes([AR], "matplotlib", title="PDF title",
                                             created=CREATED))
    (folder / "catalog.csv").write_text("file,title,published\nr.pdf,Catalog title,2021-06-01\n",
                                        encoding="utf-8")
    [doc] = list(iter_documents(folder))
    assert (doc.title, doc.published) == ("Catalog title", dt.date(2021, 6, 1))


def test_folder_of_txt_pdf_and_docx_through_the_cli(tmp_path, capsys):
    folder, out = tmp_path / "corpus", tmp_path / "out"
    folder.mkdir()
    (folder / "a.txt").write_text("\n".join(AR), encoding="utf-8")
    (folder / "b.pdf").write_bytes(pdf_bytes([AR, EN], "matplotlib", title="تقرير",
                                             created=CREATED))
    (folder / "c.pdf").write_bytes(pdf_bytes([AR], "fpdf-plain"))
    (folder / "d.docx").write_bytes(docx_bytes(AR, table=[["Urumqi", "شينجيانغ"]], after=EN,
                                               created=CREATED))
    (folder / "e.pdf").write_bytes(image_only_pdf())
    (folder / "f.docx").write_bytes(docx_bytes(AR)[:500])
    (folder / "g.txt").write_text(get_display("\n".join(AR), base_dir="R"), encoding="utf-8")
    code = main(["analyze", str(folder), "--out", str(out), "--jobs", "1", "--no-progress",
                 "--scope", "all"])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert err[:-1] == [
        "error: e.pdf: no text layer (scanned?); OCR it first",
        "error: f.docx: damaged DOCX (not a readable ZIP package)",
        "warning: g.txt: Arabic text appears in visual (reversed) order (as some PDF extractors "
        "write it); 3 line(s) reordered to logical order (offsets refer to the reordered text)"]
    docs = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert list(docs.doc_id) == ["a", "b", "c", "d", "g"]
    assert list(docs.published) == ["", "2021-05-04", "2020-01-02", "2021-05-04", ""]
    raw = {d.doc_id: d.raw for d in iter_documents(folder) if not isinstance(d, LoadError)}
    assert raw["a"] == raw["c"] == raw["g"] == "\n".join(AR)
    assert raw["b"] == "\n".join(AR) + "\n\n" + "\n".join(EN)
    for table, column in (("sentences", "text"), ("mentions", "surface")):
        frame = pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False)
        assert set(frame.doc_id) == {"a", "b", "c", "d", "g"}, table
        for row in frame.itertuples():
            assert raw[row.doc_id][int(row.start):int(row.end)] == getattr(row, column)
