"""Publication dates (issue 19): Hijri dates, partial dates with their precision, future dates.

Every test gives the run's day explicitly (``today=``, ``pin_run_day`` or
``HELPERS_RUN_DAY``), so that the suite passes on any date (also under
``faketime``).
"""

import datetime as dt
import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from conftest import ROOT
from helpers.extract.temporal.rows import event_rows
from helpers.io.corpus import LoadError, documents_table
from helpers.io.formats import iter_documents
from helpers.io.metadata import iso_date
from helpers.io.pubdate import parse_published, pin_run_day, run_day

TODAY = dt.date(2024, 6, 1)
TEXT = "قال المتحدث أمس إن الوفد زار مدينة أورومتشي في إقليم شينجيانغ.\n"


@pytest.mark.parametrize("written, value, precision, calendar, inferred", [
    # Hijri, marked or with a Hijri month name (Umm al-Qura: 5 Shawwal 1436 = 21 July 2015)
    ("1436-10-05 هـ", "2015-07-21", "day", "hijri", False),
    ("05/10/1436 ه", "2015-07-21", "day", "hijri", False),
    ("١٤٣٦/١٠/٠٥هـ", "2015-07-21", "day", "hijri", False),
    ("1436-10-05 AH", "2015-07-21", "day", "hijri", False),
    ("5 شوال 1436 هـ", "2015-07-21", "day", "hijri", False),
    ("٥ شوّال ١٤٣٦", "2015-07-21", "day", "hijri", False),
    ("شوال 1436", "2015-07-17/2015-08-15", "month", "hijri", False),
    ("رمضان 1436 للهجرة", "2015-06-18/2015-07-16", "month", "hijri", False),
    ("1436 هـ", "2014-10-25/2015-10-13", "year", "hijri", False),
    # Hijri inferred: an unmarked year between 1300 and 1500
    ("1436-10-05", "2015-07-21", "day", "hijri", True),
    ("05/10/1436", "2015-07-21", "day", "hijri", True),
    ("1436", "2014-10-25/2015-10-13", "year", "hijri", True),
    # Gregorian, to the day
    ("2016-04-23", "2016-04-23", "day", "gregorian", False),
    ("23/04/2016", "2016-04-23", "day", "gregorian", False),
    ("٢٣-٠٤-٢٠١٦", "2016-04-23", "day", "gregorian", False),
    ("2016-04-23T08:15:00+03:00", "2016-04-23", "day", "gregorian", False),
    ("23 أبريل 2016م", "2016-04-23", "day", "gregorian", False),
    ("السبت، 23 أفريل 2016", "2016-04-23", "day", "gregorian", False),
    ("April 23, 2016", "2016-04-23", "day", "gregorian", False),
    ("Sat, 23 Apr 2016 08:00:00 GMT", "2016-04-23", "day", "gregorian", False),
    # Gregorian, to the month or the year
    ("2016-04", "2016-04", "month", "gregorian", False),
    ("04/2016", "2016-04", "month", "gregorian", False),
    ("أبريل 2016", "2016-04", "month", "gregorian", False),
    ("نيسان/ أبريل 2016", "2016-04", "month", "gregorian", False),
    ("April 2016", "2016-04", "month", "gregorian", False),
    ("2016", "2016", "year", "gregorian", False),
    ("٢٠١٦", "2016", "year", "gregorian", False),
    ("1436م", "1436", "year", "gregorian", False),  # marked Gregorian: not read as Hijri
])
def test_publication_dates_are_read_with_precision_and_calendar(written, value, precision,
                                                                  calendar, inferred):
    date, warnings = parse_published(written, today=TODAY)
    assert (date.value, date.precision, date.calendar, date.inferred) == (
        value, precision, calendar, inferred)
    assert date.written == written
    assert date.day == (dt.date.fromisoformat(value) if precision == "day" else None)
    assert len(warnings) == inferred  # one warning when the calendar was inferred
    if inferred:
        assert "read as Hijri" in warnings[0] and "inferred" in warnings[0]


@pytest.mark.parametrize("written, problem", [
    ("2016-04-2399", "is not a date (YYYY-MM-DD or DD/MM/YYYY)"),
    ("2016-02-30", "is not a date (YYYY-MM-DD or DD/MM/YYYY)"),
    ("04/23/2016", "is not a date (YYYY-MM-DD or DD/MM/YYYY)"),   # month first
    ("1436-13-01 هـ", "is not a date (no day 1 of Hijri month 13 in 1436)"),
    ("1320-01-01", "outside the years the converter knows (1343–1500 AH)"),
    ("أبريل 1436 هـ", "is not a date"),  # a Gregorian month with a Hijri mark
    ("قريبا", "is not a date"),
])
def test_bad_dates_are_named(written, problem):
    with pytest.raises(ValueError, match="published date") as caught:
        parse_published(written, today=TODAY)
    assert problem in str(caught.value)


@pytest.mark.parametrize("written, future", [
    ("2024-06-01", False), ("2024-06-02", True), ("2024-06", False), ("2024-07", True),
    ("2024", False), ("2025", True), ("1445-11-24 هـ", False),  # = 2024-06-01
    ("1445-11-25 هـ", True), ("1446 هـ", True),
])
def test_dates_after_the_run_day_are_warned_about(written, future):
    date, warnings = parse_published(written, today=TODAY)
    expected = [f"published date {date.value} is in the future"] if future else []
    assert warnings == expected


def test_the_run_day_is_pinned_by_function_or_environment(monkeypatch):
    monkeypatch.setenv("HELPERS_RUN_DAY", "2030-01-01")
    assert run_day() == dt.date(2030, 1, 1)
    assert parse_published("2029-12-31")[1] == []
    assert parse_published("2030-01-02")[1] == ["published date 2030-01-02 is in the future"]
    pin_run_day(dt.date(2020, 1, 1))
    try:
        assert run_day() == dt.date(2020, 1, 1)
        assert parse_published("2029-12-31")[1] == ["published date 2029-12-31 is in the future"]
    finally:
        pin_run_day(None)
    assert run_day() == dt.date(2030, 1, 1)


@pytest.mark.parametrize("value, expected", [
    ("1436-10-05 هـ", "2015-07-21"), ("2016-04", "2016-04"), ("2016", "2016"),
    ("April 2016", "2016-04"), ("شوال 1436", "2015-07-17/2015-08-15"), (2016, "2016"),
    ("not a date", "not a date"),
])
def test_iso_date_gives_the_value_at_its_precision(value, expected):
    assert iso_date(value) == expected


def _split(items):
    items = list(items)
    docs = {d.doc_id: d for d in items if not isinstance(d, LoadError)}
    return docs, [f"{e.level}: {e}" for e in items if isinstance(e, LoadError)]


DATES = {"hijri": "1436-10-05 هـ", "inferred": "05/10/1436", "month": "أبريل 2016",
         "year": "2016", "future": "2031-01-05", "day": "2016-04-23"}
EXPECTED = {  # doc_id: published, precision, calendar, Document.published
    "hijri": ("2015-07-21", "day", "hijri", dt.date(2015, 7, 21)),
    "inferred": ("2015-07-21", "day", "hijri", dt.date(2015, 7, 21)),
    "month": ("2016-04", "month", "gregorian", None),
    "year": ("2016", "year", "gregorian", None),
    "future": ("2031-01-05", "day", "gregorian", dt.date(2031, 1, 5)),
    "day": ("2016-04-23", "day", "gregorian", dt.date(2016, 4, 23)),
}


def _write_corpus(tmp_path, kind):
    rows = [{"id": key, "text": TEXT, "published": value} for key, value in DATES.items()]
    if kind == "catalog":
        folder = tmp_path / "corpus"
        folder.mkdir()
        for row in rows:
            (folder / f"{row['id']}.txt").write_text(TEXT, encoding="utf-8")
        pd.DataFrame({"doc_id": [r["id"] for r in rows], "file": [f"{r['id']}.txt" for r in rows],
                      "published": [r["published"] for r in rows]}).to_csv(
            folder / "catalog.csv", index=False)
        return folder
    path = tmp_path / f"news.{kind}"
    if kind == "jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        encoding="utf-8")
    elif kind == "csv":
        pd.DataFrame(rows).to_csv(path, index=False)
    else:
        pd.DataFrame(rows).to_parquet(path)
    return path


@pytest.mark.parametrize("kind", ["catalog", "jsonl", "csv", "parquet"])
def test_every_input_kind_reads_dates_the_same_way(tmp_path, kind):
    pin_run_day(TODAY)
    try:
        docs, messages = _split(iter_documents(_write_corpus(tmp_path, kind)))
    finally:
        pin_run_day(None)
    for key, (value, precision, calendar, day) in EXPECTED.items():
        doc = docs[key]
        assert (doc.publication.value, doc.publication.precision, doc.publication.calendar,
                doc.published) == (value, precision, calendar, day)
    # one line each (file or record named first), in input order
    assert sorted(m.split(": ", 1)[0] + ": " + m.split(": ", 2)[2] for m in messages) == [
        "warning: published date '05/10/1436' read as Hijri (2015-07-21; the calendar is "
        "inferred: 1436 is no plausible Gregorian year for news)",
        "warning: published date 2031-01-05 is in the future"]
    table = documents_table(docs.values()).set_index("doc_id")
    assert table.loc["year", "published"] == "2016"
    assert table.loc["month", "published"] == "2016-04"
    assert table.loc["hijri", ["published", "published_precision", "published_calendar",
                               "published_written"]].tolist() == [
        "2015-07-21", "day", "hijri", "1436-10-05 هـ"]


def test_relative_dates_follow_a_hijri_date_and_wait_for_a_day(tmp_path):
    """أمس resolves against the converted Hijri date, and stays unresolved for a month-only date."""
    pin_run_day(TODAY)
    try:
        docs, _ = _split(iter_documents(_write_corpus(tmp_path, "jsonl")))
    finally:
        pin_run_day(None)
    values = {key: [r["value"] for r in event_rows(doc.raw, published=doc.published)
                    if r["surface"] == "أمس"] for key, doc in docs.items()}
    assert values["hijri"] == ["2015-07-20"]  # not the year 1436 AD
    assert values["month"] == values["year"] == [""]


def test_page_dates_from_markup_follow_the_same_rules(tmp_path):
    pytest.importorskip("trafilatura")
    body = "<p>" + TEXT * 4 + "</p>"
    page = ('<html><head><title>خبر</title><meta property="article:published_time" '
            f'content="2031-01-05T10:00:00"></head><body><article>{body}</article></body></html>')
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "future.html").write_text(page, encoding="utf-8")
    (folder / "hijri.html").write_text(page.replace("2031-01-05T10:00:00", ""), encoding="utf-8")
    (folder / "catalog.csv").write_text("file,published\nhijri.html,5 شوال 1436 هـ\n",
                                        encoding="utf-8")
    pin_run_day(TODAY)
    try:
        docs, messages = _split(iter_documents(folder))
    finally:
        pin_run_day(None)
    assert docs["future"].published == dt.date(2031, 1, 5)  # not dropped by the clock
    assert messages == ["warning: future.html: published date 2031-01-05 is in the future"]
    assert docs["hijri"].publication.value == "2015-07-21"


def test_command_line_writes_precision_and_warns_once(tmp_path):
    source = _write_corpus(tmp_path, "jsonl")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "HELPERS_RUN_DAY": TODAY.isoformat()}
    done = subprocess.run([sys.executable, "-m", "helpers", "analyze", str(source), "--out",
                           str(tmp_path / "out"), "--jobs", "1", "--no-progress", "--tables",
                           "documents"], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("warning:") == 2
    assert "warning: news.jsonl line 5: published date 2031-01-05 is in the future" in done.stderr
    table = pd.read_csv(tmp_path / "out" / "documents.csv", dtype=str, keep_default_na=False,
                        encoding="utf-8-sig").set_index("doc_id")
    assert table["published"].to_dict() == {k: v[0] for k, v in EXPECTED.items()}
    assert table["published_precision"].to_dict() == {k: v[1] for k, v in EXPECTED.items()}
    assert table.loc["inferred", "published_written"] == "05/10/1436"


def test_partial_dates_do_not_hide_the_days_in_corpus_summaries():
    """A year-only date first in the table must not turn every day into 'no date' (pandas infers
    one format from the first value); partial dates stay out of day-level spans."""
    from helpers.analysis.summaries import corpus_summary

    documents = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "outlet": ["X"] * 4,
                              "published": ["2016", "2016-04-23", "2016-04",
                                            "2015-07-17/2015-08-15"]})
    overview = pd.DataFrame({"documents": [4]}, index=["X"])
    assert "published between 2016-04-23 and 2016-04-23" in corpus_summary(documents, overview, "")
