"""Issue 23, archives and start-up: the faster paths give what the plain ones gave.

Each test holds a shortcut of the off-topic path of a general archive (or of
the start-up) against the slower code it replaces: CSV headers without
pandas, CSV quoting decided once per column, publication dates read once
per distinct value, a record's row read from its own columns only, the
surrogate check in one scan, and ``helpers.engine`` loading its names on
first use.  No timing is asserted.
"""

import datetime as dt
import math
import subprocess
import sys
from dataclasses import fields

import pandas as pd
import pytest

from helpers.io.formats import Record, load_record
from helpers.io.formats_records import Columns, _record_row
from helpers.io.pubdate import parse_published, pin_run_day
from helpers.io.schema import _quote, conform, csv_header, csv_rows, schema
from helpers.io.tables import TABLES

TODAY = dt.date(2024, 6, 1)
AR = "قال المتحدث إن الوفد زار المدينة يوم الأحد الماضي.\n"


@pytest.mark.parametrize("name", TABLES)
def test_csv_header_is_pandas_header(name):
    assert csv_header(name) == conform(name, pd.DataFrame()).to_csv(index=False, lineterminator="\n")
    assert csv_header(name).count(",") == len(schema(name)) - 1


QUOTED = [
    # (cells of the title column, how each is written)
    (["plain", "also plain"], ["plain", "also plain"]),
    (["plain", "a, b"], ["plain", '"a, b"']),
    (['say "x"', "plain"], ['"say ""x"""', "plain"]),
    (["line\nbreak", "u2028\u2028", "nel\x85", "plain"],
     ['"line\nbreak"', '"u2028\u2028"', '"nel\x85"', "plain"]),
    (["nul\x00inside", "plain"], ["nul\x00inside", "plain"]),  # NUL is no reason to quote
    (["", ""], ["", ""]),
]


@pytest.mark.parametrize("titles, written", QUOTED)
def test_csv_rows_quote_only_the_cells_that_need_it(titles, written):
    rows = [{"doc_id": f"d{i}", "title": title} for i, title in enumerate(titles)]
    text = csv_rows("documents", rows)
    # the column is scanned once; each row alone is the cell-by-cell answer
    assert text == "".join(csv_rows("documents", [row]) for row in rows)
    for i, (title, cell) in enumerate(zip(titles, written)):
        assert cell == _quote(title)
        assert f"d{i},,{cell}," in text  # doc_id, file (empty), title


def test_parse_published_once_per_value_same_answers():
    pin_run_day(TODAY)
    try:
        first = parse_published("2016-04-23")
        second = parse_published(" 2016-04-23 ")
        assert first[0] == second[0] and first[1] == second[1] == []
        inferred = parse_published("1436-10-05")
        inferred[1].append("changed by the caller")
        again = parse_published("1436-10-05")
        assert len(again[1]) == 1 and "read as Hijri" in again[1][0]
        # the future is told against the run's day, not remembered with the value
        assert parse_published("2024-07-01")[1] == ["published date 2024-07-01 is in the future"]
        pin_run_day(dt.date(2025, 1, 1))
        assert parse_published("2024-07-01")[1] == []
        for _ in range(2):  # a value that is not a date raises every time
            with pytest.raises(ValueError, match="not a date"):
                parse_published("soon")
    finally:
        pin_run_day(None)


def _picked_row(fields_, columns):
    """The row as every field's :meth:`Columns.pick` gives it (the slower reference)."""
    return {f.name: columns.pick(fields_, f.name) for f in fields(Columns) if f.name != "text"}


@pytest.mark.parametrize("fields_", [
    {"id": "a", "title": "t", "url": "u", "published": "2016-04-23"},
    {"id": "", "doc_id": "b", "title": None, "headline": "h"},  # an empty first candidate
    {"id": 7.0, "date": 1461369600, "source": "  site  ", "lang": float("nan")},
    {"title": dt.date(2016, 4, 23), "link": ["x"], "genre": 3.5},
    {},
])
@pytest.mark.parametrize("columns", [Columns(), Columns().override(title="headline", url="link")])
def test_record_row_equals_pick(fields_, columns):
    assert _record_row(fields_, columns) == _picked_row(fields_, columns)


@pytest.mark.parametrize("row, file, bad", [
    ({"doc_id": "a", "title": "ok"}, "c.jsonl:1", None),
    ({"doc_id": "a", "title": "bad \ud800"}, "c.jsonl:1", "title"),
    ({"doc_id": "a\udc80", "title": "bad \ud800", "published": ""}, "c.jsonl:1", "doc_id, title"),
    ({"doc_id": "a", "title": "ok"}, "f\udce4.txt", "file name"),
])
def test_surrogates_in_metadata_named_as_before(row, file, bad):
    loaded = load_record(Record("text", file, "c.jsonl line 1", AR, row), infer=False)
    notes = [item.problem for item in loaded[:-1]]
    if bad is None:
        assert not any("not valid Unicode" in n for n in notes)
    else:
        assert any(n.startswith(f"not valid Unicode in {bad} ") for n in notes)
        assert not any("\ud800" <= c <= "\udfff" for c in loaded[-1].title + loaded[-1].doc_id)


def test_engine_names_load_on_first_use():
    code = ("import sys, helpers.engine.scale, helpers.engine.scale_report\n"
            "print('helpers.engine.pipeline' in sys.modules)\n"
            "import helpers.engine as engine\n"
            "print(engine.run is helpers.engine.scale.run, 'analyze_corpus' in dir(engine))\n"
            "print(engine.analyze_corpus.__module__)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:3] == ["False", "True True", "helpers.engine.pipeline"]


def test_nan_is_missing_in_rows():
    assert _record_row({"title": math.nan, "headline": "h"}, Columns())["title"] == "h"


@pytest.mark.parametrize("text", [
    "ـا" * 400,                                  # tatweel deleted, long enough for numpy
    "قال 😀 المتحدث ـ " * 60,                      # beyond the BMP beside deletions
    "\U0001F600" * 300 + "أ" * 300,              # beyond the BMP, nothing deleted
    "abc \ud800 def " * 60,                      # a lone surrogate (kept as it is)
    "Plain ASCII text, nothing to change. " * 20,
])
def test_vectorised_normalisation_equals_translate(text):
    from helpers.text.normalise import ALL_STEPS, _translation, normalise, normalise_text

    assert len(text) >= 512
    expected = text.translate(_translation(ALL_STEPS))
    assert normalise_text(text) == expected
    norm = normalise(text)
    assert norm.text == expected
    kept = range(len(text)) if norm.origin is None else norm.origin
    assert "".join(text[i] for i in kept).translate(_translation(ALL_STEPS)) == expected


def test_prefilter_automaton_from_disk_equals_a_fresh_one(tmp_path, monkeypatch):
    from helpers.relevance import classify
    from helpers.relevance.topics import load_profile

    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path))
    profile = load_profile(None)
    classify._trigger_automaton.cache_clear()
    try:
        built, any_keys = classify._build_trigger_automaton(profile)
        classify._trigger_automaton(profile)  # built and written
        files = list(tmp_path.glob("prefilter-*.pickle"))
        assert len(files) == 1
        classify._trigger_automaton.cache_clear()
        loaded, loaded_any = classify._trigger_automaton(profile)  # read back
        assert loaded_any == any_keys is True
        assert sorted(loaded.keys()) == sorted(built.keys())
        for text in ("زار شينجيانغ أمس", "لا شيء هنا", "urumqi and kashgar"):
            assert (next(loaded.iter(text), None) is None) == (next(built.iter(text), None) is None)
    finally:
        classify._trigger_automaton.cache_clear()
