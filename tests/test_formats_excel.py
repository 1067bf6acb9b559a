"""Excel-made CSV files and catalogs: encodings, delimiters, folded headers, Windows paths (issue 19)."""

import pandas as pd
import pytest

from helpers.cli.main import main
from helpers.io.corpus import Document, LoadError
from helpers.io.formats import iter_documents, plan_parts

AR = "أكد مدير الميناء أن السفن التجارية ستعود إلى الرصيف الشمالي بعد انتهاء أعمال الصيانة."
AR2 = "وأضاف أن حركة الشحن تراجعت خلال الشتاء بسبب العواصف المتكررة على الساحل."
EN = "The port director said cargo ships will return to the northern quay after repairs."
TITLE = "عودة السفن إلى الرصيف"


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Document)],
            [f"{i.level}: {i}" for i in items if isinstance(i, LoadError)])


def rows(sep: str, newline: str = "\n", header=("id", "title", "text", "published")) -> str:
    body = [header, ("p1", TITLE, AR, "2019-02-11"), ("p2", "Port news", EN, "12/02/2019")]
    return "".join(sep.join(row) + newline for row in body)


EXCEL_UNICODE = rows("\t", "\r\n").encode("utf-16")             # Excel's "Unicode text"
MULTILINE = ('id,title,text,published\np1,' + TITLE + ',"' + AR + '\n' + AR2 + '",2019-02-11\n'
             'p3,empty,,\np2,Port news,"' + EN + '",12/02/2019\n')
# (file name, bytes, the lines, the documents' encoding, the documents)
CSVS = [
    ("c.csv", EXCEL_UNICODE, ["note: c.csv: encoding utf-16 (detected)",
                              "note: c.csv: delimiter '\\t' (detected)"], "utf-16", None),
    ("c.tsv", EXCEL_UNICODE, ["note: c.tsv: encoding utf-16 (detected)"],
     "utf-16", None),
    ("c.csv", rows(",").encode("utf-16-le"),
     ["note: c.csv: encoding utf-16-le (detected)"], "utf-16-le", None),
    ("c.csv", MULTILINE.encode("cp1256"),
     ["note: c.csv: encoding cp1256 (detected)", "error: c.csv line 4: empty text"],
     "cp1256", {"p1": AR + "\n" + AR2}),
    ("c.csv", MULTILINE.encode("utf-16"),
     ["note: c.csv: encoding utf-16 (detected)", "error: c.csv line 4: empty text"],
     "utf-16", {"p1": AR + "\n" + AR2}),
    ("c.csv", b"\xef\xbb\xbf" + rows(";", "\r\n").encode(), ["note: c.csv: delimiter ';' (detected)"],
     "utf-8", None),
    # folded header names; empty trailing cells and rows as Excel leaves them
    ("c.csv", (rows(",", header=("Doc ID", " Title ", "TEXT", "Published At")).replace("\n", ",,\n")
               + ",,,,,\n,,,,,\n").encode(), [], "utf-8", None),
]


@pytest.mark.parametrize("name, data, lines, encoding, texts", CSVS)
def test_excel_made_csv_keeps_every_record_and_its_metadata(tmp_path, name, data, lines,
                                                            encoding, texts):
    (tmp_path / name).write_bytes(data)
    docs, found = split(iter_documents(tmp_path / name))
    assert found == lines
    assert [(d.doc_id, d.title, str(d.published), d.encoding) for d in docs] == [
        ("p1", TITLE, "2019-02-11", encoding), ("p2", "Port news", "2019-02-12", encoding)]
    assert [d.raw for d in docs] == [(texts or {}).get("p1", AR), EN]
    parts = plan_parts(tmp_path / name, part_bytes=64)
    assert len(parts) == 1 or encoding == "utf-8"


def test_an_excel_workbook_named_csv_is_one_line(tmp_path):
    (tmp_path / "c.csv").write_bytes(b"PK\x03\x04" + bytes(40))
    assert split(iter_documents(tmp_path / "c.csv")) == ([], [
        "error: c.csv: a zip or Excel workbook, not CSV text (an .xlsx file is read as .xlsx)"])


def test_the_cli_reads_excel_unicode_text_and_folded_column_options(tmp_path, capsys):
    (tmp_path / "c.csv").write_bytes(rows("\t", "\r\n", header=("id", "title", "Body Text",
                                                                 "published")).encode("utf-16"))
    code = main(["analyze", str(tmp_path / "c.csv"), "--out", str(tmp_path / "out"), "--jobs",
                 "1", "--no-progress", "--text-column", "Body Text"])
    err = capsys.readouterr().err.splitlines()
    assert code == 0 and err[:-1] == ["note: c.csv: encoding utf-16 (detected)",
                                      "note: c.csv: delimiter '\\t' (detected)"]
    docs = pd.read_csv(tmp_path / "out" / "documents.csv", encoding="utf-8-sig", dtype=str)
    assert list(docs.encoding) == ["utf-16", "utf-16"] and list(docs.title) == [TITLE, "Port news"]


def catalog(sep=",", newline="\n", header=("file", "doc_id", "title", "published"),
            a="a.txt", b="sub/b.txt", tail="") -> str:
    body = [header, (a, "d-a", TITLE, "2019-02-11"), (b, "d-b", "Port news", "12/02/2019")]
    return "".join(sep.join(row) + newline for row in body) + tail


KEPT = [("d-a", "a.txt", TITLE, "2019-02-11"), ("d-b", "sub/b.txt", "Port news", "2019-02-12")]
# (catalog file name, its bytes, the lines, the documents)
CATALOGS = [
    ("catalog.csv", catalog().encode("cp1256"),
     ["note: catalog.csv: encoding cp1256 (detected)"], KEPT),
    ("catalog.csv", catalog("\t", "\r\n").encode("utf-16"),
     ["note: catalog.csv: encoding utf-16 (detected)",
      "note: catalog.csv: delimiter '\\t' (detected)"], KEPT),
    ("catalog.csv", b"\xef\xbb\xbf" + catalog(";", "\r\n").encode(),
     ["note: catalog.csv: delimiter ';' (detected)"], KEPT),
    ("catalog.csv", catalog(header=("\ufeffFile", " Doc ID", " title ", " Published ")).encode(),
     [], KEPT),
    ("Catalog.CSV", catalog(b="sub\\b.txt").encode(), [], KEPT),
    ("CATALOG.csv", catalog(a="A.TXT", b=".\\sub\\b.txt").encode(), [], KEPT),
    ("catalog.csv", catalog(tail=",,,\n,,,\n\n").encode(), [], KEPT),
    ("catalog.csv", catalog(tail="missing.txt,d-m,,\n").encode(),
     ["error: missing.txt: listed in catalog.csv but the file is missing"], KEPT),
    ("catalog.csv", b"\x00\x01\x02" * 40,
     ["error: catalog.csv: cannot read catalog (binary file (NUL bytes), not text)"],
     [("a", "a.txt", "", ""), ("sub/b", "sub/b.txt", "", "")]),
    ("catalog.csv", "name,title\na.txt,x\n".encode(),
     ["error: catalog.csv: catalog has no 'file' column (its columns: name, title)"],
     [("a", "a.txt", "", ""), ("sub/b", "sub/b.txt", "", "")]),
]


@pytest.mark.parametrize("name, data, lines, kept", CATALOGS)
def test_excel_made_catalogs_keep_their_metadata(tmp_path, name, data, lines, kept):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(EN, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    docs, found = split(iter_documents(tmp_path))
    assert found == lines
    assert [(d.doc_id, d.file, d.title if "title" not in d.inferred else "",
             str(d.published or "")) for d in docs] == kept
