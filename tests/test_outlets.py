"""Outlet-level views, event density, generated summaries, bidi prose and number formats."""

import datetime as dt

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from pandas.io.formats.style import Styler  # noqa: E402

import helpers.analysis.outlet_stances as outlet_stances
import helpers.analysis.outlets as outlets
import helpers.analysis.summaries as summaries  # noqa: E402
from corpus_maker import OUTLETS, write_corpus  # noqa: E402
from helpers.analysis.compare import naming_table  # noqa: E402
from helpers.analysis.kwic import kwic  # noqa: E402
from helpers.io.display import rtl_table, table
from helpers.io.markdown_text import bidi  # noqa: E402
from helpers.plots.timeline_density import (  # noqa: E402
    anchoring_by_outlet,
    density_chart,
    event_density,
    plausible_events,
    top_events,
)


def _documents(rows):
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "genre", "published", *(
        ["relevance"] if rows and len(rows[0]) > 4 else [])])


DOCS = _documents([("a", "Daily One", "news", dt.date(2019, 5, 2)), ("b", "Daily One", "news", dt.date(2020, 1, 9)),
                   ("c", "", "academic", None), ("d", "Weekly Two", "news", dt.date(2020, 3, 1))])


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = write_corpus(tmp_path_factory.mktemp("gen") / "corpus", count=42, seed=3)
    corpus = outlets.load_any(folder)
    return corpus, outlets.analyze(corpus)


def test_source_names_fall_back_to_genre_then_unknown():
    frame = pd.concat([DOCS, _documents([("e", "", "", None)])], ignore_index=True)
    assert outlets.source_names(frame) == {"a": "Daily One", "b": "Daily One", "c": "academic",
                                           "d": "Weekly Two", "e": outlets.UNKNOWN_OUTLET}


def test_validation_names_an_unknown_outlet_in_the_same_words():
    from helpers.validate.output import _UNKNOWN_OUTLET

    assert _UNKNOWN_OUTLET == outlets.UNKNOWN_OUTLET


def test_outlet_overview_counts_documents_per_outlet_and_year():
    table_ = outlets.outlet_overview(DOCS)
    assert table_.loc["Daily One", "2019"] == 1 and table_.loc["Daily One", "2020"] == 1
    assert table_.loc["academic", "undated"] == 1
    assert list(table_["documents"]) == [2, 1, 1]


def test_outlet_overview_sums_early_years():
    many = _documents([(f"d{y}", "X", "news", dt.date(y, 1, 1)) for y in range(2000, 2020)])
    table_ = outlets.outlet_overview(many, max_periods=5)
    assert list(table_.columns) == ["earlier", "2015", "2016", "2017", "2018", "2019", "documents"]
    assert table_.loc["X", "earlier"] == 15


@pytest.mark.parametrize("scope, kept", [("topical", {"a"}), ("passing", {"a", "b"}), ("all", {"a", "b", "c"})])
def test_scope_tables_filters_every_table_by_relevance(scope, kept):
    docs = _documents([("a", "X", "news", None, "topical"), ("b", "X", "news", None, "passing"),
                       ("c", "Y", "news", None, "none")])
    mentions = pd.DataFrame({"doc_id": ["a", "b", "c", "c"], "start": [0, 0, 0, 5]})
    scoped, note = outlets.scope_tables({"documents": docs, "mentions": mentions}, scope=scope)
    assert set(scoped["documents"]["doc_id"]) == kept
    assert set(scoped["mentions"]["doc_id"]) == kept
    assert f"{len(kept)} of 3" in note or "all 3" in note


def test_scope_tables_refuses_an_unknown_scope():
    with pytest.raises(ValueError):
        outlets.scope_tables({"documents": DOCS}, scope="some")


def test_relevance_overview_lists_documents_by_score():
    docs = _documents([("a", "X", "news", None, "topical"), ("b", "Y", "news", None, "none")])
    docs["relevance_score"], docs["relevance_evidence"], docs["title"] = [3.5, 0.0], ["Xinjiang@10", ""], ["t1", "t2"]
    counts, listing = outlets.relevance_overview(docs)
    assert counts.loc["all", "topical"] == 1 and counts.loc["Y", "none"] == 1
    assert list(listing["doc_id"]) == ["a", "b"] and "relevance_evidence" in listing


def test_naming_shares_are_percent_per_outlet(generated):
    corpus, tables = generated
    shares = outlets.naming_shares(naming_table(tables["mentions"]), tables["documents"])
    totals = shares.groupby(["name_en", "outlet"])["share"].sum()
    assert ((totals - 100).abs() <= 0.2).all()  # each outlet's names add up to 100 % (rounding)
    english = shares[shares["outlet"] == "World Desk"]
    assert set(english["spelling"]) <= {"Xinjiang", "Uyghurs"}
    assert shares["share"].map(lambda v: round(v, 1) == v).all()


def test_comparison_groups_fall_back_to_years():
    assert outlets.comparison_groups(DOCS)[1] == "outlet"
    one = DOCS.assign(outlet="Same")
    one["genre"] = ""
    groups, what = outlets.comparison_groups(one)
    assert what == "year" and groups["a"] == "2019"
    single = _documents([("a", "X", "news", dt.date(2019, 1, 1))])
    assert outlets.comparison_groups(single)[0] is None


def test_stance_counts_and_drilldown(generated):
    from helpers.analysis.stance_aggregate import aggregate_stances

    _, tables = generated
    agg = aggregate_stances(tables["stances"], mentions=tables["mentions"])
    counts = outlet_stances.stance_counts(agg, tables["documents"])
    china = counts[counts["actor"] == "China"]
    assert china["defends"].sum() > 0  # "نفت بكين الاتهامات" in the generated text
    drill = outlet_stances.stance_drilldown(tables["stances"], tables["documents"], actor="China", stance="defends")
    assert len(drill) >= china["defends"].sum()
    raw = {d.doc_id: d.raw for d in generated[0]}
    assert all(raw[d][s:e] == ev for d, s, e, ev in zip(drill["doc_id"], drill["start"], drill["end"],
                                                         drill["evidence"]))


def _events(values, docs=("a",)):
    return pd.DataFrame({"doc_id": [docs[i % len(docs)] for i in range(len(values))], "value": values,
                         "surface": [f"s{i}" for i in range(len(values))], "anchored": False})


def test_plausible_events_drop_impossible_years():
    kept = plausible_events(_events(["1330", "2019-05", "2031", "1890-01-01", "2018"]), DOCS)
    assert list(kept["value"]) == ["2019-05", "2018"]  # latest publication 2020 + 5 years


def test_event_density_zooms_to_where_events_are():
    values = ["2019-05-01"] * 5 + ["2019-06-10"] * 4 + ["2019-07"] * 3 + ["1950-01-01"]
    density, freq = event_density(plausible_events(_events(values, docs=("a", "d")), DOCS))
    assert freq == "month"
    assert list(density.columns) == ["2019-05", "2019-06", "2019-07"]  # 1950 left out of the window
    assert int(density.to_numpy().sum()) == 12
    assert set(density.index) == {"Daily One", "Weekly Two"}


def test_event_density_does_not_put_years_in_months():
    density, _ = event_density(plausible_events(_events(["2019"] * 3 + ["2019-02-01"] * 10), DOCS), freq="month")
    assert int(density.to_numpy().sum()) == 10


def test_top_events_and_chart(tmp_path):
    kept = plausible_events(_events(["2019-05-01", "2019-05-01", "2019-06"], docs=("a", "b")), DOCS)
    density, _ = event_density(kept)
    top = top_events(kept, density=density)
    assert top.iloc[0]["value"] == "2019-05-01" and top.iloc[0]["documents"] == 2
    fig = density_chart(density, labels=top, title="الأحداث")
    fig.savefig(tmp_path / "d.png")
    assert (tmp_path / "d.png").stat().st_size > 1000


def test_anchoring_by_outlet_shares_in_percent():
    events = _events(["2019-05-01", "2019-05-02", "", "2019-01"], docs=("a", "b", "c", "d"))
    events["anchored"] = [True, False, False, True]
    table_ = anchoring_by_outlet(events, DOCS).set_index("outlet")
    assert table_.loc["Daily One", "anchored_share"] == 50.0
    assert pd.isna(table_.loc["academic", "anchored_share"])  # nothing resolved


def test_summaries_are_written_from_results():
    overview = outlets.outlet_overview(DOCS)
    text = summaries.corpus_summary(DOCS, overview, "note.")
    assert "**4 documents**" in text and "3 outlets" in text and "2019-05-02" in text
    shares = pd.DataFrame({"name_en": ["Xinjiang"] * 2, "outlet": ["X", "X"], "spelling": ["شينجيانغ", "سنجان"],
                           "documents": [2, 1], "mentions": [2, 1], "share": [66.7, 33.3]})
    assert "X mostly writes شينجيانغ (66.7 % of 3 mentions)" in summaries.naming_summary(shares)
    assert "No name" in summaries.naming_summary(shares.iloc[0:0])


@pytest.mark.parametrize("text, expected", [
    ('on "19 أكتوبر 2017" the', 'on "<span dir="rtl">19 أكتوبر 2017</span>" the'),
    ("the name تركستان الشرقية (two words)", 'the name <span dir="rtl">تركستان الشرقية</span> (two words)'),
    ("code `الصين` stays", "code `الصين` stays"),
    ("in 2018 the UN", "in 2018 the UN"),
    ("a\nبكين\nb", 'a\n<span dir="rtl">بكين</span>\nb'),
])
def test_bidi_wraps_arabic_runs(text, expected):
    assert bidi(text) == expected


def test_tables_format_shares_and_floats():
    frame = pd.DataFrame({"outlet": ["X", "Y"], "share": [0.6667, 0.3333], "score": [1.23456, 2.0]})
    html = rtl_table(frame, uuid="s").to_html()
    assert "66.7 %" in html and "0.666700" not in html and "1.23" in html and "1.234560" not in html
    percent = pd.DataFrame({"share": [66.66, 33.34]})
    assert "66.7 %" in rtl_table(percent, uuid="p").to_html()


def test_static_table_shows_the_first_rows_with_a_caption():
    frame = pd.DataFrame({"n": range(40)})
    html = table(frame, uuid="long", limit=10).to_html()
    assert "first 10 of 40 rows" in html and ">39<" not in html


def test_interactive_table_is_a_datatable_with_direction_styles():
    from helpers.io.display import use_interactive

    frame = pd.DataFrame({"speaker": ["المتحدث باسم الخارجية", "a spokesman"] * 20, "n": range(40)})
    use_interactive(True)
    try:
        html = table(frame, uuid="i", most=30).data
    finally:
        use_interactive(False)
    assert "new ITable" in html and "unicode-bidi: plaintext" in html and "first 30 of 40 rows" in html
    assert isinstance(table(frame, uuid="i"), Styler)  # static again


def test_kwic_entity_accepts_any_case_and_english_name(seeds):
    from helpers.extract.mentions.rows import find_mentions

    mentions = pd.concat([find_mentions(d.raw, doc_id=d.doc_id) for d in seeds], ignore_index=True)
    by_id = kwic(seeds, "UN", entity=True, mentions=mentions)
    assert len(by_id) > 0
    assert by_id.equals(kwic(seeds, "un", entity=True, mentions=mentions))
    assert by_id.equals(kwic(seeds, "United Nations", entity=True, mentions=mentions))


def test_generated_corpus_has_several_outlets(generated):
    corpus, tables = generated
    assert len(corpus) == 42 and tables["documents"]["outlet"].nunique() == len(OUTLETS)
