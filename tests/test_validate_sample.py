"""Validation samples: reproducible for a seed, stratified by label and outlet, with their evidence."""

import pandas as pd
import pytest

from helpers.validate import allocate, draw_sample, read_sample, recall_population, row_key, write_sample
from helpers.validate.sample import strata, units
from validate_maker import make_tables


@pytest.mark.parametrize("sizes, n, expected", [
    ({"a": 10, "b": 10}, 4, {"a": 2, "b": 2}),
    ({"a": 30, "b": 10}, 8, {"a": 6, "b": 2}),            # 1 each, then 6 shared 29:9 (D'Hondt)
    ({"a": 50, "b": 1, "c": 1}, 5, {"a": 3, "b": 1, "c": 1}),  # every stratum seen
    ({"a": 2, "b": 1}, 10, {"a": 2, "b": 1}),              # never more than a stratum holds
    ({"a": 5, "b": 3, "c": 1}, 2, {"a": 1, "b": 1, "c": 0}),   # fewer than the strata: the largest first
])
def test_allocation_gives_each_stratum_one_then_shares_in_proportion(sizes, n, expected):
    assert allocate(sizes, n) == expected


def test_rows_that_share_a_key_are_one_unit():
    stances = make_tables()["stances"]
    keyed = units("stances", stances)
    assert len(stances) == 9 and len(keyed) == 8  # China defends twice in one sentence of d1: one unit
    assert keyed["key"].is_unique
    first = stances.iloc[0]
    assert row_key("stances", first) == f"stances|d1|{first['start']}-{first['end']}|critical|Amnesty International"


def test_one_seed_one_sample_and_another_seed_another():
    tables = make_tables()
    first, again = draw_sample(tables, "stances", n=5, seed=7), draw_sample(tables, "stances", n=5, seed=7)
    pd.testing.assert_frame_equal(first, again)
    others = {tuple(draw_sample(tables, "stances", n=5, seed=s)["key"]) for s in range(1, 9)}
    assert len(others) > 1


def test_the_sample_is_stratified_by_label_and_outlet():
    tables = make_tables()
    sample = draw_sample(tables, "stances", n=6, seed=3)
    population = units("stances", tables["stances"])
    outlets = {"d1": "Gulf Wire", "d2": "World Desk", "d3": "Gulf Wire"}
    sizes = strata("stances", population, outlets).value_counts().to_dict()
    assert sizes == {"critical · Gulf Wire": 2, "defends · Gulf Wire": 2, "declined · Gulf Wire": 1,
                     "critical · World Desk": 2, "defends · World Desk": 1}
    drawn = sample["stratum"].value_counts().to_dict()
    assert set(drawn) == set(sizes)  # n = 6 ≥ 5 strata: each one is in the sample
    assert sorted(drawn.values()) == [1, 1, 1, 1, 2]  # the sixth goes to a stratum of two (D'Hondt)
    assert sizes[max(drawn, key=drawn.get)] == 2
    assert len(sample) == 6 and sample["key"].is_unique


def test_rule_and_confidence_columns_are_strata_when_the_table_has_them():
    tables = make_tables()
    stances = tables["stances"].assign(rule=["cue", "cue", "cue", "subject", "cue", "quote", "cue", "cue", "cue"],
                                       confidence=[0.9, 0.3, 0.3, 0.6, 0.95, 0.85, 0.2, 0.9, 0.7])
    found = strata("stances", stances, {"d1": "A", "d2": "B", "d3": "A"})
    assert found.iloc[0] == "critical · A · cue · >=0.8"
    assert found.iloc[3] == "declined · A · subject · 0.5-0.8"
    assert found.iloc[6] == "critical · B · cue · <0.5"


def test_each_sampled_row_carries_its_evidence_with_the_cue_marked_and_its_document():
    tables = make_tables(titles={"d1": "عنوان الوثيقة"})
    sample = draw_sample(tables, "stances", n=8, seed=1)
    for row in sample.to_dict("records"):
        marked = row["evidence_sentence"][row["mark_start"]:row["mark_end"]]
        assert marked == row["cue"] and row["evidence_sentence"] == row["evidence"]
        assert row["outlet"] == {"d1": "Gulf Wire", "d2": "World Desk", "d3": "Gulf Wire"}[row["doc_id"]]
        assert row["label"] == row["stance"] and row["verdict"] == "" and row["note"] == ""
    assert set(sample.loc[sample["doc_id"] == "d1", "title"]) == {"عنوان الوثيقة"}
    assert list(sample.columns[:11]) == ["key", "sample", "table", "doc_id", "title", "outlet", "stratum", "label",
                                         "evidence_sentence", "mark_start", "mark_end"]
    assert list(sample.columns[-4:]) == ["verdict", "correct_label", "correct_actor", "note"]


def test_without_a_sentences_table_the_row_text_is_the_evidence():
    tables = make_tables()
    del tables["sentences"]
    sample = draw_sample(tables, "stances", n=3, seed=2)
    assert all(r["evidence_sentence"][r["mark_start"]:r["mark_end"]] == r["cue"] for r in sample.to_dict("records"))


def test_recall_sample_is_topical_sentences_without_a_row():
    tables = make_tables()
    empty = recall_population("stances", tables)
    assert list(empty["text"]) == ["وطالب البرلمان الأوروبي بالسماح للمراقبين بزيارة شينجيانغ."]  # not the weather
    sample = draw_sample(tables, "stances", n=10, seed=7, recall=True)
    assert list(sample["key"]) == [f"recall|stances|d1|{empty['start'][0]}-{empty['end'][0]}"]
    assert sample["sample"].tolist() == ["recall"] and sample["mark_start"].isna().all()


def test_the_sample_csv_protects_formula_cells_and_reads_back_exactly(tmp_path):
    title = '=HYPERLINK("http://x.example","click")'
    tables = make_tables(titles={"d1": title, "d2": "@SUM(A1)", "d3": "-2+3"})
    sample = draw_sample(tables, "stances", n=8, seed=4)
    path = write_sample(sample, tmp_path / "sample.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and ",'@SUM(A1)," in text and ",'-2+3," in text
    back = read_sample(path)
    assert set(back["title"]) == {title, "@SUM(A1)", "-2+3"}
    assert back["evidence_sentence"].tolist() == sample["evidence_sentence"].tolist()


@pytest.mark.parametrize("table", ["quotes", "claims", "mentions", "events"])
def test_every_table_can_be_sampled(table):
    tables = make_tables()
    rows = [{"doc_id": "d2", "start": 4, "end": 18, "surface": "United Nations", "actor": "United Nations",
             "attributed_to": "United Nations", "value": "1", "name_en": "United Nations", "precision": "day"}]
    tables[table] = pd.DataFrame(rows)
    sample = draw_sample(tables, table, n=3, seed=1)
    row = sample.iloc[0]
    assert row["evidence_sentence"][row["mark_start"]:row["mark_end"]] == "United Nations"
    assert row["key"].startswith(f"{table}|d2|4-18|")
