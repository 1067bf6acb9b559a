"""Hostile document text in the outputs: escaped in HTML and Markdown, no formula in a CSV cell.

The corpus is built in ``tmp_path`` (tests/hostile_corpus.py); the HTML report
itself is checked in headless Chromium in tests/test_safe_report.py.
"""

import csv
import html
import io
import re
from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SEEDS
from helpers.analysis.summaries import corpus_summary, naming_summary, stance_summary, voices_summary
from helpers.cli.main import main
from helpers.io.cells import is_formula_cell, neutralise_cell, unescape_cell
from helpers.io.display import rtl_table, table, use_interactive
from helpers.io.markdown_text import escape_markdown, markdown
from helpers.io.schema import conform_rows, csv_rows, encode, schema
from helpers.io.table_reader import read_table
from helpers.io.writers import CsvWriter
from hostile_corpus import FORMULAS, OUTLETS, SCRIPTS, hostile_documents, write_hostile_jsonl


class _Live(HTMLParser):
    """What in a page would run or load: media and script tags, ``on…`` handlers, ``javascript:`` URLs."""

    def __init__(self):
        super().__init__()
        self.found, self._script = [], False

    def handle_starttag(self, tag, attrs):
        if tag in ("img", "svg", "iframe", "object", "embed"):
            self.found.append(tag)
        self.found += [f"{tag} {name}" for name, value in attrs
                       if name.startswith("on") or (value or "").strip().lower().startswith("javascript:")]
        self._script = tag == "script"

    def handle_endtag(self, tag):
        self._script = False

    def handle_data(self, data):
        # a hostile script, or raw markup inside a script's data (itables keeps its table there as JSON)
        if self._script and (re.match(r"\s*alert\(", data) or re.search(r"<\s*(script|img|svg)\b", data, re.I)):
            self.found.append(f"script {data[:60]!r}")


def live(markup: str) -> list[str]:
    """The live parts of an HTML page (empty when document text stayed text)."""
    parser = _Live()
    parser.feed(markup)
    parser.close()
    return parser.found


@pytest.mark.parametrize("text, written", [
    ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
    ("+1+2", "'+1+2"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tleading tab", "'\tleading tab"),
    ("\rleading return", "'\rleading return"),
    ("\x00nul", "'\x00nul"),
    ("-", "'-"),
    ("-١٢", "'-١٢"),                      # Arabic-Indic digits are not a number to a spreadsheet
    ("'=already quoted", "''=already quoted"),
    ("''-2+3", "'''-2+3"),
    ("-1", "-1"),                          # plain numbers are not formulas: written as they are
    ("+2.5", "+2.5"),
    ("'abc", "'abc"),                      # an apostrophe before ordinary text: nothing to undo
    ("'", "'"),
    ("a=1+1", "a=1+1"),
    ("الصين =", "الصين ="),
    ("", ""),
])
def test_formula_cells_get_one_apostrophe_and_read_back_exactly(text, written):
    assert neutralise_cell(text) == written
    assert unescape_cell(written) == text
    assert not is_formula_cell(written)


@given(st.text(alphabet=st.sampled_from("'=+-@\t\r\x00 1.aب"), max_size=8) | st.text(max_size=8))
def test_any_text_round_trips_and_is_never_a_formula(text):
    written = neutralise_cell(text)
    assert unescape_cell(written) == text and not is_formula_cell(written)
    assert written == text or written == "'" + text


def _hostile_rows():
    texts = SCRIPTS + FORMULAS + ["'=already quoted", "-1", "plain"]
    return [{"doc_id": f"d{i}", "title": t, "outlet": t, "n_chars": i - 1, "encoding_confidence": -0.5 * i,
             "relevance_score": -1.25e-05 * i} for i, t in enumerate(texts)]


def test_fast_path_and_encode_write_the_same_bytes():
    rows = _hostile_rows()
    fast = csv_rows("documents", rows)
    assert fast == encode("documents", conform_rows("documents", rows), "csv")
    columns = [c for c, _ in schema("documents")]
    written = [dict(zip(columns, cells)) for cells in csv.reader(io.StringIO(fast, newline=""))]
    assert [w["title"] for w in written] == [neutralise_cell(r["title"]) for r in rows]
    assert [w["title"] for w in written][5:9] == ['\'=HYPERLINK("http://x","y")', "'+1+2", "'-2+3", "'@SUM(A1)"]
    assert [w["n_chars"] for w in written][:3] == ["-1", "0", "1"]


def test_csv_and_parquet_read_back_to_the_same_exact_table(tmp_path):
    rows = _hostile_rows()
    frame = conform_rows("documents", rows)
    for fmt, out in (("csv", tmp_path / "c"), ("parquet", tmp_path / "p")):
        from helpers.io.writers import open_writer

        writer = open_writer(out, ["documents"], fmt=fmt)
        writer.write("documents", encode("documents", frame, fmt))
        writer.close()
    written = read_table(tmp_path / "c" / "documents.csv")
    pd.testing.assert_frame_equal(written, read_table(tmp_path / "p" / "documents.parquet"))
    pd.testing.assert_frame_equal(written, frame)
    assert list(read_table(tmp_path / "c" / "documents.csv", typed=False).title) == [r["title"] for r in rows]
    with open(tmp_path / "c" / "documents.csv", encoding="utf-8-sig", newline="") as handle:
        raw = list(csv.DictReader(handle))
    kinds = dict(schema("documents"))
    for row in raw:  # no text cell starts a formula; numbers are written as numbers
        assert not any(is_formula_cell(v) for c, v in row.items() if kinds[c] == "str"), row
    assert [r["n_chars"] for r in raw[:2]] == ["-1", "0"]
    assert raw[2]["relevance_score"] == repr(-2.5e-05)


def test_the_csv_writer_takes_frames_and_text_alike(tmp_path):
    rows = _hostile_rows()
    for name, table_or_text in (("a", conform_rows("documents", rows)), ("b", csv_rows("documents", rows))):
        writer = CsvWriter(tmp_path / name, ["documents"])
        writer.write("documents", table_or_text)
        writer.close()
    assert (tmp_path / "a" / "documents.csv").read_bytes() == (tmp_path / "b" / "documents.csv").read_bytes()


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The hostile JSONL analysed twice: CSV tables and Parquet tables."""
    folder = tmp_path_factory.mktemp("hostile")
    corpus = write_hostile_jsonl(folder / "hostile.jsonl")
    for fmt in ("csv", "parquet"):
        assert main(["analyze", str(corpus), "--out", str(folder / fmt), "--scope", "all", "--jobs", "1",
                     "--no-progress", "--format", fmt]) == 0
    return folder


@pytest.mark.parametrize("name", ["documents", "sentences", "quotes", "stances", "mentions", "events"])
def test_hostile_tables_have_no_formula_cell_and_read_back_exactly(runs, name):
    with open(runs / "csv" / f"{name}.csv", encoding="utf-8-sig", newline="") as handle:
        raw = list(csv.DictReader(handle))
    kinds = dict(schema(name))
    assert raw and not [(c, v) for row in raw for c, v in row.items() if kinds[c] == "str" and is_formula_cell(v)]
    pd.testing.assert_frame_equal(read_table(runs / "csv" / f"{name}.csv"),
                                  read_table(runs / "parquet" / f"{name}.parquet"), obj=name)


def test_hostile_titles_and_sentences_are_neutralised(runs):
    with open(runs / "csv" / "documents.csv", encoding="utf-8-sig", newline="") as handle:
        titles = {row["doc_id"]: row["title"] for row in csv.DictReader(handle)}
    expected = {r["id"]: r["title"] for r in hostile_documents()}
    assert titles["h05"] == '\'=HYPERLINK("http://x","y")' and titles["h06"] == "'+1+2"
    assert titles["h07"] == "'-2+3" and titles["h08"] == "'@SUM(A1)" and titles["h11"] == "''=already quoted"
    assert titles["h00"] == expected["h00"] == "<script>alert(1)</script>"  # HTML is escaped in HTML, not in CSV
    exact = read_table(runs / "csv" / "documents.csv").set_index("doc_id").title
    parquet = read_table(runs / "parquet" / "documents.parquet").set_index("doc_id").title
    assert exact.to_dict() == parquet.to_dict()
    assert exact["h07"] == "-2+3" and exact["h12"] == "''-2+3 twice"
    with open(runs / "csv" / "sentences.csv", encoding="utf-8-sig", newline="") as handle:
        starts = {row["text"] for row in csv.DictReader(handle)}
    assert any(s.startswith('\'=HYPERLINK("http://x","y") ') for s in starts)
    assert any(s.startswith("'@SUM(A1) ") for s in starts)


def test_number_columns_are_written_as_numbers(runs):
    for name in ("documents", "sentences", "quotes"):
        with open(runs / "csv" / f"{name}.csv", encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        numbers = [c for c, kind in schema(name) if kind in ("int", "float")]
        assert all(re.fullmatch(r"-?[0-9.e+-]*", row[c]) for row in rows for c in numbers), name


def test_the_seed_tables_are_untouched_by_the_rule(tmp_path):
    assert main(["analyze", str(SEEDS), "--out", str(tmp_path / "o"), "--jobs", "1", "--no-progress"]) == 0
    for path in sorted((tmp_path / "o").glob("*.csv")):
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        pd.testing.assert_frame_equal(raw, read_table(path, typed=False), obj=path.name)
        if path.stem == "quotes":  # "-1" in a text column is a number, not a formula: written as it is
            assert "-1" in set(raw.speaker_start)


def _hostile_frame():
    texts = SCRIPTS + ["الصين " + SCRIPTS[0], "&lt;b&gt; stays as written"]
    return pd.DataFrame({"title": texts, "outlet": [OUTLETS[i % 3] for i in range(len(texts))],
                         "arabic": [f"قال {t}" for t in texts], "n": range(len(texts)), "share": [0.5] * len(texts),
                         "entities": [[SCRIPTS[1]]] * len(texts)})


def _visible_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_rtl_table_escapes_cells_labels_and_caption():
    frame = _hostile_frame().rename(columns={"outlet": SCRIPTS[2]})
    frame.index = [f"{SCRIPTS[1]} {i}" for i in range(len(frame))]
    frame.index.name = SCRIPTS[0]
    page = rtl_table(frame, uuid="h", caption=SCRIPTS[3]).to_html()
    assert live(page) == []
    shown = _visible_text(page)
    for text in SCRIPTS:
        assert text in shown, text
    assert "&lt;b&gt; stays as written" in shown
    assert "50.0 %" in page  # number formats stay
    assert "direction: rtl" in page and '<span dir="rtl">' not in page  # and the RTL styling


def test_interactive_table_escapes_document_text():
    use_interactive(True)
    try:
        page = table(_hostile_frame(), uuid="h").data
    finally:
        use_interactive(False)
    assert live(page) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "50.0 %" in page


@pytest.mark.parametrize("value", SCRIPTS + ["a $x$ and *b* _c_ `d` | e", "line\n# heading", "&lt;b&gt;"])
def test_markdown_shows_values_as_written(value):
    from nbconvert.filters.markdown import markdown2html

    for source in (markdown("**{}** wrote {:.1f} % in الصين", value, 66.66).data,
                   markdown(f"**{escape_markdown(value)}** wrote 66.7 % in الصين").data):
        page = markdown2html(source)
        assert live(page) == [] and "<em>" not in page and "<h1" not in page, page
        assert _visible_text(page) == f"{value.replace(chr(10), ' ')} wrote 66.7 % in الصين\n", page
        assert '<span dir="rtl">الصين</span>' in page


def test_summaries_escape_outlets_names_and_actors():
    from nbconvert.filters.markdown import markdown2html

    documents = pd.DataFrame({"doc_id": ["a", "b"], "published": ["2019-01-02", "2019-03-04"]})
    overview = pd.DataFrame({"documents": [2, 1]}, index=[OUTLETS[0], OUTLETS[1]])
    shares = pd.DataFrame({"name_en": [SCRIPTS[0]], "outlet": [OUTLETS[1]], "spelling": [SCRIPTS[2]],
                           "documents": [1], "mentions": [3], "share": [75.0]})
    voices = pd.DataFrame({OUTLETS[0]: [2], "documents": [1]}, index=[SCRIPTS[4]])
    counts = pd.DataFrame({"actor": [SCRIPTS[1]], "outlet": [OUTLETS[0]], "critical": [1], "defends": [0],
                           "declined": [0]})
    texts = [corpus_summary(documents, overview, "Scope 'all'."), naming_summary(shares),
             voices_summary(voices), stance_summary(counts)]
    for text in texts:
        page = markdown2html(markdown(text).data)
        assert live(page) == [], page
    shown = _visible_text("".join(markdown2html(markdown(t).data) for t in texts))
    for value in (OUTLETS[0], OUTLETS[1], SCRIPTS[0], SCRIPTS[2], SCRIPTS[4], SCRIPTS[1]):
        assert value in shown, value
    assert "75.0 % of 3 mentions" in shown


def test_report_title_escapes_the_corpus_name():
    from helpers.cli.report_page import header

    name = f"{SCRIPTS[1]}`{SCRIPTS[3]}.jsonl"
    page = header(name=name, made="2026-01-02", version="1", command=f"helpers report /tmp/{name}", topic="xinjiang",
                  scope="all", counts="1 of 1 documents in scope", judgements=[name])
    assert live(page) == [], page
    assert name in _visible_text(page)


def test_chart_labels_from_documents_are_not_mathtext():
    import matplotlib.pyplot as plt

    from helpers.plots.style import counts_chart, use_style

    use_style()
    ax = counts_chart(pd.DataFrame({"outlet": OUTLETS, "n": range(len(OUTLETS))}), label="outlet", columns=["n"],
                      title=OUTLETS[4])
    ax.figure.savefig(io.BytesIO(), format="png")  # "$\\frac$" would not parse as mathtext
    assert ax.get_title() == "Cost $\\frac$ Weekly"
    plt.close(ax.figure)
