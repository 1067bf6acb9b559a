"""``helpers validate sample | form | score`` and ``helpers analyze --judgements`` on a generated corpus."""

import json
import shutil

import pytest

from corpus_maker import write_corpus
from helpers.cli import main
from helpers.validate import read_sample, write_sample


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("validate_cli")
    corpus = write_corpus(folder / "corpus", count=16, seed=3)
    assert main(["analyze", str(corpus), "--out", str(folder / "out"), "--jobs", "1", "--no-progress"]) == 0
    return corpus, folder / "out"


def _filled(sample_path, out_path, verdicts):
    sample = read_sample(sample_path)
    for index, verdict in enumerate(verdicts):
        sample.loc[index, "verdict"] = verdict
        if verdict == "wrong_label":
            sample.loc[index, "correct_label"] = "neutral"
    write_sample(sample, out_path)
    return sample


def test_sample_is_reproducible_and_written_for_a_spreadsheet(analysed, tmp_path, capsys):
    _, out = analysed
    for name in ("a.csv", "b.csv"):
        assert main(["validate", "sample", str(out), "--table", "stances", "--n", "12", "--seed", "7",
                     "--out", str(tmp_path / name)]) == 0
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert "12 stances rows (seed 7" in capsys.readouterr().out
    sample = read_sample(tmp_path / "a.csv")
    assert len(sample) == 12 and sample["outlet"].nunique() >= 3 and set(sample["verdict"]) == {""}
    assert main(["validate", "sample", str(out), "--n", "5", "--recall", "--out", str(tmp_path / "r.csv")]) == 0
    assert set(read_sample(tmp_path / "r.csv")["sample"]) == {"recall"}


def test_score_prints_precision_with_intervals_and_writes_the_json(analysed, tmp_path, capsys):
    _, out = analysed
    main(["validate", "sample", str(out), "--n", "10", "--seed", "2", "--out", str(tmp_path / "s.csv")])
    verdicts = ["correct"] * 7 + ["wrong_label", "not_a_stance", "skip"]
    _filled(tmp_path / "s.csv", tmp_path / "hala.csv", verdicts)
    _filled(tmp_path / "s.csv", tmp_path / "sami.csv", ["correct"] * 6 + ["not_a_stance"] * 4)
    capsys.readouterr()
    assert main(["validate", "score", str(out), "--judgements", str(tmp_path / "hala.csv"), str(tmp_path / "sami.csv"),
                 "--json", str(tmp_path / "scores.json")]) == 0
    printed = capsys.readouterr().out
    scores = json.loads((tmp_path / "scores.json").read_text(encoding="utf-8"))
    assert set(scores) >= {"overall", "by_label", "by_outlet", "errors", "recall", "agreement"}
    # one verdict per row: the majority, on a tie the coder first in alphabetical order (hala)
    assert scores["overall"]["n"] == 10 and scores["overall"]["k"] == 7
    assert (scores["overall"]["lo"], scores["overall"]["hi"]) == (0.3968, 0.8922)  # Wilson 7/10, by hand
    assert scores["overall"]["small"] and "fewer than 20 judgements" in printed
    assert scores["errors"]["wrong_label"] == {"n": 1, "share": 0.1}
    assert scores["agreement"]["coders"] == ["hala", "sami"] and scores["agreement"]["n"] == 9
    assert sum(f["n"] for f in scores["by_label"].values()) == 10
    assert "overall" in printed and "0.70 (0.40–0.89)" in printed and "Cohen's kappa" in printed


def test_form_page_is_written(analysed, tmp_path, capsys):
    _, out = analysed
    main(["validate", "sample", str(out), "--n", "4", "--out", str(tmp_path / "s.csv")])
    assert main(["validate", "form", str(tmp_path / "s.csv"), "--out", str(tmp_path / "form.html")]) == 0
    page = (tmp_path / "form.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "s.judgements.jsonl" in page and "http" not in page.split(
        '<script id="sample-data"')[0].replace('http-equiv', '')


def test_problems_are_one_line_and_exit_2(tmp_path, capsys):
    assert main(["validate", "sample", str(tmp_path), "--out", str(tmp_path / "s.csv")]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path}: not an output folder of helpers analyze (no run.json)\n"
    assert main(["validate", "score", str(tmp_path), "--judgements", str(tmp_path / "none.jsonl")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"error: {tmp_path / 'none.jsonl'}: no such judgements file" and len(err) == 2


def test_analyze_with_judgements_writes_corrected_copies_and_a_rerun_names_stale_ones(analysed, tmp_path, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(analysed[0], corpus)  # this test changes a document
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--out", str(out), "--jobs", "1", "--no-progress"]) == 0
    main(["validate", "sample", str(out), "--n", "6", "--seed", "1", "--out", str(tmp_path / "s.csv")])
    sample = _filled(tmp_path / "s.csv", tmp_path / "nour.csv", ["not_a_stance", "wrong_label", "correct"])
    raw = (out / "stances.csv").read_bytes()
    capsys.readouterr()
    assert main(["analyze", str(corpus), "--out", str(out), "--jobs", "1", "--no-progress",
                 "--judgements", str(tmp_path / "nour.csv")]) == 0
    err = capsys.readouterr().err
    assert (out / "stances.csv").read_bytes() == raw  # the table as extracted is unchanged
    from helpers.io import read_table

    before, after = read_table(out / "stances.csv"), read_table(out / "stances.corrected.csv")
    dropped = int(((before["doc_id"] == sample.loc[0, "doc_id"])
                   & (before["start"] == int(sample.loc[0, "start"]))
                   & (before["actor"] == sample.loc[0, "actor"]) & (before["stance"] == sample.loc[0, "stance"])).sum())
    assert len(after) == len(before) - dropped
    relabelled = _count(before, sample, 1)
    assert f"judgements: {dropped + relabelled} of {len(before)} stances rows corrected ({relabelled} relabelled, " \
           f"0 given another actor, {dropped} dropped)" in err
    # the document of the first judged row changes: its rows are gone after the next run
    doc = sample.loc[0, "doc_id"]
    victim = next(corpus.glob(f"{doc}.*"))
    victim.write_text("نص آخر تماما عن الطقس في المدينة.", encoding="utf-8")
    main(["analyze", str(corpus), "--out", str(out), "--jobs", "1", "--no-progress",
          "--judgements", str(tmp_path / "nour.csv")])
    lines = [line for line in capsys.readouterr().err.splitlines() if "any more" in line]
    assert lines[0] == (f"warning: {tmp_path / 'nour.csv'} line 2: row {sample.loc[0, 'key']} is not in the "
                        "stances table any more (the output changed since the sample was drawn): the judgement is "
                        "kept in the file but not used")


def _count(table, sample, index):
    return int(((table["doc_id"] == sample.loc[index, "doc_id"]) & (table["start"] == int(sample.loc[index, "start"]))
                & (table["actor"] == sample.loc[index, "actor"])
                & (table["stance"] == sample.loc[index, "stance"])).sum())
