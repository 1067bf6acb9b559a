"""What researchers bring: JSON arrays, .gz, .tsv, .xlsx, paragraph lists, .md (issue 19)."""

import csv
import datetime as dt
import gzip
import io
import json
import zipfile

import pytest

from helpers.cli.main import main
from helpers.io.corpus import Document, LoadError
from helpers.io.formats import iter_documents, iter_records, plan_parts, record_columns, source_kind

AR = "أعلنت البلدية أن السوق الأسبوعية ستفتح أبوابها صباح السبت في ساحة المدينة.\n"
AR2 = "وقال رئيس الجمعية إن الباعة طالبوا بمظلات جديدة قبل موسم الأمطار.\n"
EN = "The weekly market will open on Saturday morning in the town square, the council said.\n"
RECORDS = [{"id": "m1", "title": "السوق الأسبوعية", "text": AR, "date": "2021-03-06"},
           {"id": "m2", "title": "Market day", "text": EN, "date": "06/03/2021"}]


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Document)],
            [f"{i.level}: {i}" for i in items if isinstance(i, LoadError)])


def jsonl(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def pretty(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode()


def tabular(sep: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\n")
    writer.writerow(["id", "title", "text", "date"])
    writer.writerows([r["id"], r["title"], r["text"].strip(), r["date"]] for r in RECORDS)
    return out.getvalue().encode()


RENAMED = ("note: c.jsonl: one JSON document over several lines, not one object a line (JSON "
           "Lines); read as a JSON document")
# (file name, bytes, kind, the lines expected, the `file` column of the first document)
CONTAINERS = [
    ("c.json", pretty(RECORDS), "json", [], "c.json:1"),
    ("c.json", json.dumps(RECORDS, ensure_ascii=False).encode(), "json", [], "c.json:1"),
    ("c.json", pretty({"status": "ok", "total": 2, "articles": RECORDS}), "json",
     ["note: c.json: records read from the list under 'articles' (an object holding 2 records)"],
     "c.json:1"),
    ("c.json", json.dumps({"articles": RECORDS}, ensure_ascii=False).encode(), "json",
     ["note: c.json: records read from the list under 'articles' (an object holding 2 records)"],
     "c.json:1"),
    ("c.json", jsonl(RECORDS), "json", [], "c.json:1"),                  # JSON Lines named .json
    ("c.json", pretty(RECORDS).decode().encode("utf-16"), "json", [], "c.json:1"),  # PowerShell
    ("c.jsonl", pretty(RECORDS), "jsonl", [RENAMED], "c.jsonl:1"),
    ("c.jsonl", pretty(RECORDS[0]) + b"\n" + pretty(RECORDS[1]), "jsonl", [RENAMED], "c.jsonl:1"),
    ("c.jsonl.gz", gzip.compress(jsonl(RECORDS)), "jsonl", [], "c.jsonl.gz:1"),
    ("c.ndjson.gz", gzip.compress(jsonl(RECORDS)), "jsonl", [], "c.ndjson.gz:1"),
    ("c.json.gz", gzip.compress(pretty(RECORDS)), "json", [], "c.json.gz:1"),
    ("c.csv.gz", gzip.compress(tabular(",")), "csv", [], "c.csv.gz:2"),
    ("c.tsv.gz", gzip.compress(tabular("\t")), "tsv", [], "c.tsv.gz:2"),
    ("c.tsv", tabular("\t"), "tsv", [], "c.tsv:2"),
]


@pytest.mark.parametrize("name, data, kind, lines, first", CONTAINERS)
def test_record_containers_give_every_document(tmp_path, name, data, kind, lines, first):
    path = tmp_path / name
    path.write_bytes(data)
    assert source_kind(path) == kind
    docs, found = split(iter_documents(path))
    assert found == lines
    assert [(d.doc_id, d.raw.strip(), d.title, str(d.published)) for d in docs] == [
        ("m1", AR.strip(), "السوق الأسبوعية", "2021-03-06"), ("m2", EN.strip(), "Market day", "2021-03-06")]
    assert docs[0].file == first and docs[0].encoding == "utf-8"
    assert set(record_columns(path)) >= {"id", "title", "text"}
    parts = plan_parts(path, part_bytes=16)
    assert len(parts) == 1 or kind in ("jsonl", "json", "csv", "tsv") and not name.endswith(".gz")
    assert [r.doc_id for p in parts for r in iter_records(p) if not isinstance(r, LoadError)] == [
        "m1", "m2"]


@pytest.mark.parametrize("name, data, lines, ids", [
    # a bad first line does not make a JSON Lines file a document: each bad line is named
    ("c.jsonl", b'{"id": "x", "te\n' + jsonl(RECORDS), [
        "error: c.jsonl line 1: invalid JSON (Unterminated string starting at)"], ["m1", "m2"]),
    # a bad element keeps the ones before it and names the line
    ("c.json", b'[\n' + json.dumps(RECORDS[0], ensure_ascii=False).encode() + b',\n{"id": oops}\n]',
     ["error: c.json: invalid JSON (Expecting value) at line 3 after 1 record(s); the rest of "
      "the file is not read"], ["m1"]),
    ("c.json", pretty([RECORDS[0], "a string", 7]),
     ["error: c.json record 2: a JSON str, not an object",
      "error: c.json record 3: a JSON int, not an object"], ["m1"]),
    ("c.jsonl.gz", gzip.compress(jsonl(RECORDS * 400))[:-30], [
        "error: c.jsonl.gz: damaged gzip stream (Compressed file ended before the end-of-stream "
        "marker was reached); the rest of the file is not read"], None),
    ("c.json", b"", ["error: c.json: empty file"], []),
    ("c.json", pretty({"status": "ok"}), ["error: c.json record 1: no text column (looked for "
                                           "text / content / body / article / full_text)"], []),
])
def test_bad_json_and_gzip_cost_only_what_they_hold(tmp_path, name, data, lines, ids):
    path = tmp_path / name
    path.write_bytes(data)
    docs, found = split(iter_documents(path))
    if ids is None:  # a damaged stream: the records before the damage are kept
        assert found[-1:] == lines and len(docs) > 100
    else:
        assert found == lines and [d.doc_id for d in docs] == ids


@pytest.mark.parametrize("name, data", [
    ("p.jsonl", jsonl([{"id": "p", "text": ["السوق مفتوحة.", None, "The market is open."]}])),
    ("p.csv", 'id,text\np,"[""السوق مفتوحة."", ""The market is open.""]"\n'.encode()),
])
def test_a_list_of_paragraphs_is_joined_with_offsets_kept(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    docs, found = split(iter_documents(tmp_path / name))
    assert found == [f"note: {name}: the text column holds lists of paragraphs: joined with a "
                     "blank line between them (offsets refer to the joined text)"]
    raw = docs[0].raw
    assert raw == "السوق مفتوحة.\n\nThe market is open."
    start = raw.index("The market")
    assert raw[start:start + 10] == "The market" and start == len("السوق مفتوحة.") + 2


def test_a_list_that_is_not_paragraphs_is_named(tmp_path):
    (tmp_path / "c.jsonl").write_bytes(jsonl([{"id": "q", "text": [{"p": "x"}]},
                                              {"id": "r", "text": EN}]))
    docs, found = split(iter_documents(tmp_path / "c.jsonl"))
    assert found == ["error: c.jsonl line 1: text column 'text' holds a list of dict, not text"]
    assert [d.doc_id for d in docs] == ["r"]


def _workbook(path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    news = book.active
    news.title = "أخبار"
    news.append(["Doc ID", " Text ", "Title", "Published"])
    news.append(["x1", AR + "_x000D_\n" + AR2, "السوق", dt.datetime(2021, 3, 6, 9, 30)])
    news.append([None, None, None, None])                      # an empty row: passed over
    news.append(["x2", EN, "Market", "07/03/2021"])
    news.append(["x3", 42, "A number", None])
    codes = book.create_sheet("codebook")
    codes.append(["code", "meaning"])
    codes.append([1, "market"])
    more = book.create_sheet("BBC")
    more.append([None])                                        # the header is the first filled row
    more.append(["text", "title"])
    more.append([EN, "Second sheet"])
    book.save(path)


def test_xlsx_sheets_are_read_a_row_a_document(tmp_path):
    path = tmp_path / "news.xlsx"
    _workbook(path)
    assert source_kind(path) == "xlsx"
    assert record_columns(path) == ["doc_id", "text", "title", "published", "code", "meaning"]
    docs, found = split(iter_documents(path))
    assert found == [
        "error: news.xlsx sheet 'أخبار' row 5: text column 'text' holds a int, not text",
        "note: news.xlsx: sheet 'codebook' not read (no text column: text / content / body / "
        "article / full_text)"]
    assert [(d.doc_id, d.file, d.title, str(d.published)) for d in docs] == [
        ("x1", "news.xlsx:أخبار:2", "السوق", "2021-03-06"),
        ("x2", "news.xlsx:أخبار:4", "Market", "2021-03-07"),
        ("news-BBC-00000003", "news.xlsx:BBC:3", "Second sheet", "None")]
    assert docs[0].raw == AR + "\r\n" + AR2
    assert docs[1].raw == EN


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "<row/>" * (1 << 19))
    return buffer.getvalue()


@pytest.mark.parametrize("data, line", [
    (b"not a workbook", "not a readable .xlsx workbook (an old .xls, a password-protected "
                        "workbook or another file: save it as .xlsx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "not a readable .xlsx workbook (an old "
     ".xls, a password-protected workbook or another file: save it as .xlsx)"),
    (_bomb(), "refused as a possible zip bomb (over 256 MiB a member, 4 GiB in all or 200:1 "
              "compression); xl/worksheets/sheet1.xml"),
])
def test_a_bad_workbook_is_one_line(tmp_path, data, line):
    (tmp_path / "w.xlsx").write_bytes(data)
    docs, found = split(iter_documents(tmp_path / "w.xlsx"))
    assert (docs, found) == ([], [f"error: w.xlsx: {line}"])


def test_markdown_is_read_raw(tmp_path):
    text = "# السوق الأسبوعية\n\n" + AR + "\n* " + EN
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(AR2, encoding="utf-8")
    docs, found = split(iter_documents(tmp_path))
    assert found == []
    assert [(d.doc_id, d.file, d.raw) for d in docs] == [("a", "a.md", text), ("b", "b.txt", AR2)]
    assert source_kind(tmp_path / "a.md") == "txt"


@pytest.mark.parametrize("name, make, line", [
    ("codes.xlsx", "workbook", "no text column 'text' / 'content' / 'body' / 'article' / "
                               "'full_text' (the file has code, meaning); name it with --text-column"),
    ("c.json", "json", "no text column 'text' / 'content' / 'body' / 'article' / 'full_text' "
                       "(the file has id, body_text); name it with --text-column"),
    ("c.rtf", "rtf", "unknown corpus format (expected a folder or .zip of .txt/.md/.html/.pdf/"
                     ".docx files (or one such file), or a .json, .jsonl, .ndjson, .csv, .tsv "
                     "(these also .gz), .xlsx or .parquet file); rich text is not read (save it "
                     "as .txt)"),
])
def test_the_cli_checks_new_kinds_before_the_run(tmp_path, capsys, name, make, line):
    path = tmp_path / name
    if make == "workbook":
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.Workbook()
        book.active.append(["code", "meaning"])
        book.active.append([1, "market"])
        book.save(path)
    elif make == "json":
        path.write_bytes(pretty([{"id": "a", "body_text": AR}]))
    else:
        path.write_bytes(b"{\\rtf1 x}")
    code = main(["analyze", str(path), "--out", str(tmp_path / "out")])
    assert (code, capsys.readouterr().err) == (2, f"error: {path}: {line}\n")
