"""Judgements: written and read back, from JSONL and spreadsheets; corrections applied and counted; stale ones said."""

import json

import pandas as pd
import pytest

from helpers import apply_judgements
from helpers.validate import (
    append_judgement,
    draw_sample,
    make_judgement,
    read_judgements,
    resolve_judgements,
    score_judgements,
    write_sample,
)
from helpers.validate.corrected import write_corrected
from validate_maker import make_tables

T = "2026-01-02T03:04:05+00:00"


@pytest.fixture
def tables():
    return make_tables()


@pytest.fixture
def sample(tables):
    return draw_sample(tables, "stances", n=8, seed=5)


def _row(sample, actor, stance):
    return sample[(sample["actor"] == actor) & (sample["stance"] == stance)].iloc[0]


def test_a_judgement_is_one_json_line_with_coder_and_the_time_given(tmp_path, sample):
    path = tmp_path / "j.jsonl"
    append_judgement(path, make_judgement(sample.iloc[0], "correct", coder="rana", time=T))
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["key"] == sample.iloc[0]["key"] and record["coder"] == "rana" and record["time"] == T
    assert record["verdict"] == "correct" and record["outlet"] == sample.iloc[0]["outlet"]
    with pytest.raises(ValueError, match="not one of correct, wrong_label"):
        make_judgement(sample.iloc[0], "wrong_speaker", coder="rana", time=T)


def test_the_clock_is_read_only_when_no_time_is_given(sample):
    stamp = make_judgement(sample.iloc[0], "skip", coder="rana")["time"]
    assert stamp.endswith("+00:00") and len(stamp) == 25


@pytest.mark.parametrize("verdict, action, changes", [
    ("wrong_label", "relabel", {"stance": "critical"}),
    ("wrong_actor", "reactor", {"actor": "Chinese embassy"}),
    ("not_a_stance", "drop", None),
    ("correct", "keep", {}),
    ("skip", "skip", {}),
])
def test_corrections_are_applied_counted_and_leave_the_raw_table_alone(tmp_path, tables, sample, verdict, action,
                                                                       changes):
    path = tmp_path / "j.jsonl"
    row = _row(sample, "China", "defends")  # d1's two rows (two cues) share the key, or d2's/d3's single one
    append_judgement(path, make_judgement(row, verdict, coder="rana", correct_label="critical",
                                          correct_actor="Chinese embassy", time=T))
    before = tables["stances"].copy()
    result = apply_judgements(tables, path)
    corrected, count = result
    pd.testing.assert_frame_equal(tables["stances"], before)  # the tables as extracted stay as they are
    hit = (before["doc_id"] == row["doc_id"]) & (before["start"] == row["start"]) & (before["actor"] == "China")
    expected = int(hit.sum()) if action in ("relabel", "reactor", "drop") else 0
    assert count == result.corrected == expected
    if action in ("relabel", "reactor", "drop"):
        assert result.by_table["stances"][action] == expected
    if changes is None:
        assert len(corrected["stances"]) == len(before) - hit.sum()
        assert not ((corrected["stances"]["doc_id"] == row["doc_id"])
                    & (corrected["stances"]["start"] == row["start"])).any()
    else:
        assert len(corrected["stances"]) == len(before)
        for column, value in changes.items():
            assert (corrected["stances"].loc[hit.values, column] == value).all()
            assert (corrected["stances"].loc[~hit.values, column] == before.loc[~hit, column]).all()


def test_a_correction_without_the_right_label_keeps_the_row_and_says_so(tmp_path, tables, sample):
    path = tmp_path / "j.jsonl"
    path.write_text(json.dumps({"key": sample.iloc[0]["key"], "verdict": "wrong_label", "coder": "rana"}) + "\n",
                    encoding="utf-8")
    result = apply_judgements(tables, path)
    assert result.corrected == 0
    assert [str(p) for p in result.problems] == [f"{path} line 1: wrong_label without correct_label: the row is "
                                                 "kept as extracted"]


def test_a_judgement_of_a_row_that_is_gone_gives_one_clear_line_and_is_kept(tmp_path, tables, sample):
    path = tmp_path / "j.jsonl"
    for row in sample.head(3).to_dict("records"):
        append_judgement(path, make_judgement(row, "not_a_stance", coder="rana", time=T))
    gone = sample.iloc[1]
    stances = tables["stances"]
    kept = (stances["doc_id"] != gone["doc_id"]) | (stances["start"] != gone["start"])
    rerun = dict(tables, stances=stances[kept].reset_index(drop=True))  # a re-run without that sentence's rows
    result = apply_judgements(rerun, path)
    lines = [f"{p.level}: {p}" for p in result.problems]
    assert lines == [f"warning: {path} line 2: row {gone['key']} is not in the stances table any more (the output "
                     "changed since the sample was drawn): the judgement is kept in the file but not used"]
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3  # nothing is removed from the file
    scores, problems = score_judgements(rerun, path)
    assert scores["stale"] == 1 and scores["overall"]["n"] == 2 and len(problems) == 1


def test_a_filled_spreadsheet_is_read_as_judgements(tmp_path, sample):
    filled = sample.copy()
    filled.loc[0, "verdict"], filled.loc[1, "verdict"] = "Correct", "wrong label"
    filled.loc[1, "correct_label"] = "neutral"
    filled.loc[2, "verdict"] = "maybe"
    path = write_sample(filled, tmp_path / "amal.csv")
    judged, problems = read_judgements(path)
    assert judged[["key", "verdict", "coder", "correct_label"]].values.tolist() == [
        [sample.loc[0, "key"], "correct", "amal", ""], [sample.loc[1, "key"], "wrong_label", "amal", "neutral"]]
    assert [str(p) for p in problems] == [f"{path} line 4: verdict 'maybe' is not one of correct, wrong_label, "
                                          "wrong_actor, not_a_stance, not_about_topic, skip "
                                          "(the judgement is not used)"]
    xlsx = tmp_path / "omar.xlsx"
    filled.to_excel(xlsx, index=False)
    judged, _ = read_judgements(xlsx)
    assert judged["coder"].tolist() == ["omar", "omar"] and judged["verdict"].tolist() == ["correct", "wrong_label"]


def test_bad_lines_and_missing_files_are_named(tmp_path):
    path = tmp_path / "j.jsonl"
    path.write_text('{"key": "stances|d1|0-5|critical|X", "verdict": "correct", "coder": "a"}\nnot json\n[1]\n',
                    encoding="utf-8")
    judged, problems = read_judgements([path, tmp_path / "none.jsonl"])
    assert len(judged) == 1
    assert [str(p) for p in problems] == [f"{path} line 2: not a JSON object (the line is not used)",
                                          f"{path} line 3: not a JSON object (the line is not used)",
                                          f"{tmp_path / 'none.jsonl'}: no such judgements file"]


def test_each_coder_counts_once_per_row_and_a_majority_decides(tmp_path, sample):
    path = tmp_path / "j.jsonl"
    row = sample.iloc[0]
    for coder, verdict in [("b", "wrong_actor"), ("a", "not_a_stance"), ("a", "correct"), ("c", "correct")]:
        append_judgement(path, make_judgement(row, verdict, coder=coder, correct_actor="X", time=T))
    chosen = resolve_judgements(read_judgements(path)[0])
    assert chosen[["verdict", "coder", "coders"]].values.tolist() == [["correct", "a", 3]]


def test_corrected_tables_are_written_beside_the_raw_ones(tmp_path, tables, sample):
    out = tmp_path / "out"
    out.mkdir()
    (out / "run.json").write_text(json.dumps({"format": "csv", "engine": "local"}), encoding="utf-8")
    from helpers.io.schema import conform, encode

    header = conform("stances", pd.DataFrame()).to_csv(index=False, lineterminator="\n")
    raw = header + encode("stances", conform("stances", tables["stances"]), "csv")
    (out / "stances.csv").write_text(raw, encoding="utf-8-sig")
    path = tmp_path / "j.jsonl"
    append_judgement(path, make_judgement(_row(sample, "Turkey", "declined"), "not_a_stance", coder="a", time=T))
    corrections, written = write_corrected(out, path)
    assert [p.name for p in written] == ["stances.corrected.csv"]
    assert (out / "stances.csv").read_text(encoding="utf-8-sig") == raw
    from helpers.io import read_table

    assert len(read_table(out / "stances.corrected.csv")) == len(tables["stances"]) - 1
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert manifest["judgements"]["corrected"]["stances"]["dropped"] == 1
