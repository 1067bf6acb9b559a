"""Corpus formats: folders (recursive, .txt + .html), JSONL, CSV, Parquet, pages, dates."""

import json

import pandas as pd
import pytest

from conftest import SEEDS
from helpers.io.corpus import Document, LoadError
from helpers.io.formats import Columns, iter_documents, iter_records, plan_parts, source_kind
from helpers.io.metadata import iso_date

REUTERS = "001_75a77eff23f1af0a"
DOSTOR = "002_62407a58411a9170"
# A realistic sentence from another outlet and year, with a Levantine month.
OTHER = ("أنقرة (الأناضول) - دعت منظمات حقوقية في 5 تموز 2021 إلى تحقيق مستقل في أوضاع "
         "الأويغور في إقليم تركستان الشرقية.\n")


def seed(doc_id: str) -> str:
    return (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")


def split(items):
    items = list(items)
    docs = [i for i in items if isinstance(i, Document)]
    return docs, [str(i) for i in items if isinstance(i, LoadError)]


@pytest.mark.parametrize("value, expected", [
    ("2018-11-14", "2018-11-14"),
    ("2022-09-13T08:15:00+03:00", "2022-09-13"),
    ("2022-09-13 08:15", "2022-09-13"),
    ("2021/7/5", "2021-07-05"),
    ("Tue, 13 Sep 2022 08:00:00 GMT", "2022-09-13"),
    (1542153600, "2018-11-14"),            # Unix seconds (UTC)
    (1542153600000, "2018-11-14"),         # Unix milliseconds
    ("1542153600", "2018-11-14"),
    (pd.Timestamp("2022-09-13 23:00"), "2022-09-13"),
    (None, ""),
    (float("nan"), ""),
    ("13/09/2022", "2022-09-13"),          # day first, as Arab newsrooms write dates
    ("13-09-2022 10:30", "2022-09-13"),
    ("٢٠٢٢-٠٩-١٣", "2022-09-13"),          # Arabic-Indic digits, as in a catalog
    ("09/13/2022", "09/13/2022"),          # not a day-first date: left for make_document to report
    ("2016-04-2399", "2016-04-2399"),      # trailing digits: not a date
    ("2022-02-30", "2022-02-30"),          # impossible day: left as is
    ("الثلاثاء 13 سبتمبر 2022", "2022-09-13"),  # weekday and month name (issue 19)
    ("الثلاثاء 13 سبتمبرر 2022", "الثلاثاء 13 سبتمبرر 2022"),  # no such month: left as is
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize("name, kind", [
    ("corpus", "folder"), ("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"), ("a.CSV", "csv"),
    ("a.parquet", "parquet"), ("a.html", "html"), ("a.htm", "html"), ("a.txt", "txt"),
    ("a.docx", "docx"), ("a.pdf", "pdf"), ("nope.jsonl", "missing"),
])
def test_source_kind(tmp_path, name, kind):
    if kind == "folder":
        (tmp_path / name).mkdir()
    elif kind != "missing":
        (tmp_path / name).write_bytes(b"x")
    assert source_kind(tmp_path / name) == kind


def test_jsonl_bad_records_are_named_and_the_rest_is_read(tmp_path):
    path = tmp_path / "scrape.jsonl"
    lines = [json.dumps({"id": "r1", "text": seed(REUTERS), "date": "2018-11-14",
                         "source": "Reuters"}, ensure_ascii=False),
             '{"id": "broken", "text": "نص مقطوع',
             json.dumps({"id": "empty", "text": "  "}),
             "",
             "[1, 2]",
             json.dumps({"id": "d1", "content": seed(DOSTOR), "published": "13/09/2022"},
                        ensure_ascii=False),
             json.dumps({"text": OTHER, "published": "Mon, 05 Jul 2021 10:00:00 GMT"},
                        ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = split(iter_documents(path))
    assert errors == [
        "scrape.jsonl line 2: invalid JSON (Unterminated string starting at)",
        "scrape.jsonl line 3: empty text",
        "scrape.jsonl line 5: a JSON list, not an object",
    ]
    assert [d.doc_id for d in docs] == ["r1", "d1", "scrape-00000007"]
    assert docs[0].raw == seed(REUTERS) and docs[0].outlet == "Reuters"
    assert str(docs[0].published) == "2018-11-14" and docs[0].file == "scrape.jsonl:1"
    assert docs[1].raw == seed(DOSTOR) and str(docs[1].published) == "2022-09-13"
    assert str(docs[2].published) == "2021-07-05" and docs[2].language == "ar"


def test_csv_multiline_fields_bom_and_line_numbers(tmp_path):
    frame = pd.DataFrame({"doc_id": ["a", "b", "c"], "title": ["خبر", "", "English"],
                          "body": [seed(REUTERS), "", "Beijing denies the camps exist.\nSecond line."],
                          "outlet": ["Reuters", "", "AFP"]})
    path = tmp_path / "export.csv"
    frame.to_csv(path, index=False, encoding="utf-8-sig")
    docs, errors = split(iter_documents(path))
    n_lines = seed(REUTERS).count("\n")
    assert errors == [f"export.csv line {3 + n_lines}: empty text"]
    assert [(d.doc_id, d.outlet) for d in docs] == [("a", "Reuters"), ("c", "AFP")]
    assert docs[0].raw == seed(REUTERS).replace("\r\n", "\n")
    assert docs[1].raw == "Beijing denies the camps exist.\nSecond line."
    assert docs[1].file == f"export.csv:{4 + n_lines}"


def test_csv_column_options(tmp_path):
    path = tmp_path / "db.csv"
    pd.DataFrame({"uid": ["x9"], "article_text": [OTHER], "text": ["not this one"],
                  "pubdate": ["2021-07-05"], "media": ["Anadolu"]}).to_csv(path, index=False)
    columns = Columns().override(text="article_text", doc_id="uid", outlet="media", url=None)
    docs, errors = split(iter_documents(path, columns=columns))
    assert not errors
    assert (docs[0].doc_id, docs[0].raw, docs[0].outlet) == ("x9", OTHER, "Anadolu")
    assert str(docs[0].published) == "2021-07-05"


def test_parquet_with_typed_columns(tmp_path):
    path = tmp_path / "news.parquet"
    pd.DataFrame({"id": [101, 102, 103],
                  "text": [seed(DOSTOR), None, OTHER],
                  "date": pd.to_datetime(["2022-09-13 09:00", "2022-01-01 00:00", None]),
                  "lang": ["ar", "ar", None]}).to_parquet(path, row_group_size=2)
    docs, errors = split(iter_documents(path))
    assert errors == ["news.parquet record 2: empty text"]
    assert [(d.doc_id, str(d.published), d.language) for d in docs] == [
        ("101", "2022-09-13", "ar"), ("103", "None", "ar")]
    assert docs[0].raw == seed(DOSTOR) and docs[1].file == "news.parquet:3"


PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}">
<title>تقرير أممي عن شينجيانغ | صحيفة المثال</title>
<meta property="og:site_name" content="صحيفة المثال">
<meta property="article:published_time" content="2022-09-01T10:00:00+03:00">
<link rel="canonical" href="https://example.org/world/2022/09/01/xinjiang-report">
</head><body><nav><a href="/">الرئيسية</a> | <a href="/world">العالم</a></nav>
<article><h1>تقرير أممي عن شينجيانغ</h1>
<p>قال مكتب المفوضية السامية لحقوق الإنسان في تقرير نشر في 31 أغسطس/ آب إن احتجاز الأويغور قد يشكل جرائم ضد الإنسانية.</p>
<p>وردت وزارة الخارجية الصينية بأن التقرير "مبني على معلومات مضللة"، وقالت إن سياساتها في الإقليم تهدف إلى مكافحة الإرهاب.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""  # noqa: E501


@pytest.mark.parametrize("charset, encoding", [("utf-8", "utf-8"), ("windows-1256", "windows-1256")])
def test_html_page_main_text_and_metadata(tmp_path, charset, encoding):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(charset=charset).encode(encoding))
    docs, errors = split(iter_documents(path))
    assert not errors
    doc = docs[0]
    assert "احتجاز الأويغور قد يشكل جرائم ضد الإنسانية" in doc.raw
    assert "الرئيسية" not in doc.raw and "جميع الحقوق محفوظة" not in doc.raw
    assert doc.title == "تقرير أممي عن شينجيانغ" and doc.outlet == "صحيفة المثال"
    assert str(doc.published) == "2022-09-01" and doc.encoding == charset
    assert doc.url == "https://example.org/world/2022/09/01/xinjiang-report"
    start = doc.raw.index("الأويغور")
    assert doc.raw[start:start + 8] == "الأويغور"


def test_folder_recursive_with_pages_and_catalog(tmp_path):
    (tmp_path / "2018" / "reuters").mkdir(parents=True)
    (tmp_path / "pages").mkdir()
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / "2018" / "reuters" / "envoys.txt").write_text(seed(REUTERS), encoding="utf-8")
    (tmp_path / "top.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / ".ipynb_checkpoints" / "top-checkpoint.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "pages" / "report.HTML").write_bytes(PAGE.format(charset="utf-8").encode())
    (tmp_path / "pages" / "empty.html").write_text(
        "<html><head><title>t</title></head><body><script>var a = 1;</script></body></html>")
    (tmp_path / "notes.odt").write_text("not read")
    (tmp_path / "catalog.csv").write_text(
        "file,outlet,published\n2018/reuters/envoys.txt,Reuters,2018-11-14\n"
        "pages/report.HTML,Example,\n", encoding="utf-8")
    docs, errors = split(iter_documents(tmp_path))
    assert errors == [f"{tmp_path.name}: 1 file not read (1 .odt: notes.odt); each is listed "
                      "with its reason under \"skipped\" in run.json",
                      "pages/empty.html: no main text found in the page"]
    assert [d.doc_id for d in docs] == ["2018/reuters/envoys", "pages/report", "top"]
    envoys, page, top = docs
    assert envoys.outlet == "Reuters" and str(envoys.published) == "2018-11-14"
    assert page.outlet == "Example" and str(page.published) == "2022-09-01"
    assert top.raw == OTHER


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "folder"])
def test_parts_cover_the_corpus_exactly_once(tmp_path, fmt):
    texts = [seed(REUTERS), OTHER, "Beijing \"rejects\" the report.\nIt calls it \"lies\".",
             seed(DOSTOR)] * 5
    frame = pd.DataFrame({"id": [f"n{i:02d}" for i in range(len(texts))], "text": texts})
    path = tmp_path / f"c.{fmt}"
    if fmt == "jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    elif fmt == "csv":
        frame.to_csv(path, index=False)
    elif fmt == "parquet":
        frame.to_parquet(path, row_group_size=3)
    else:
        path.mkdir()
        for row in frame.itertuples():
            (path / f"{row.id}.txt").write_text(row.text, encoding="utf-8")
    whole = [(r.doc_id, r.data, r.where) for r in iter_records(path)]
    parts = plan_parts(path, part_bytes=9000, part_files=6)
    pieces = [(r.doc_id, r.data, r.where) for p in parts for r in iter_records(p)]
    assert len(parts) > 2 and [p.index for p in parts] == list(range(len(parts)))
    assert pieces == whole and len(whole) == len(texts)
