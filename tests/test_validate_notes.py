"""The two calls notebooks 02–04 and the report make: corrected tables, and the precision measured on this corpus."""

import pandas as pd

from helpers.io.markdown_text import escape_markdown
from helpers.validate import append_judgement, corrected_tables, draw_sample, make_judgement, reliability_note
from validate_maker import make_tables

FALLBACK = "On the project's evaluation sets (other documents than yours): P = 0.9."
T = "2026-01-02T03:04:05+00:00"


def test_without_judgements_the_tables_and_the_fallback_are_given_back(tmp_path):
    tables = make_tables()
    for judgements in (None, "", []):
        same, said = corrected_tables(tables, judgements)
        assert same is tables and said == ""
        assert reliability_note(tables, judgements, "stances", fallback=FALLBACK) == FALLBACK


def test_a_judgements_file_that_does_not_exist_is_named(tmp_path):
    tables = make_tables()
    same, said = corrected_tables(tables, tmp_path / "none.jsonl")
    assert same is tables
    assert said == ("No judgement changes these tables: they are used as extracted. Not used: error: "
                    f"{escape_markdown(tmp_path / 'none.jsonl')}: no such judgements file.")  # a path, escaped
    assert reliability_note(tables, tmp_path / "none.jsonl", "stances", fallback=FALLBACK) == FALLBACK


def test_with_judgements_the_tables_are_corrected_and_the_precision_is_stated(tmp_path):
    tables = make_tables()
    sample = draw_sample(tables, "stances", n=8, seed=5)
    path = tmp_path / "j.jsonl"
    for index, row in sample.iterrows():
        append_judgement(path, make_judgement(row, "not_a_stance" if index < 2 else "correct", coder="a", time=T))
    corrected, said = corrected_tables(tables, path)
    dropped = len(tables["stances"]) - len(corrected["stances"])
    assert dropped >= 2 and said.startswith(f"Judgements corrected {dropped} of 9 stance rows (0 relabelled, "
                                            f"0 given another actor, {dropped} dropped)")
    note = reliability_note(tables, path, "stances", fallback=FALLBACK)
    assert note.startswith("Measured on this corpus: 75 % of 8 judged stance rows are right (95 % CI 41–93 %) — "
                           "fewer than 20 judgements")
    assert reliability_note(tables, path, "quotes", fallback=FALLBACK) == FALLBACK  # no quote was judged
    assert isinstance(corrected["stances"], pd.DataFrame) and len(tables["stances"]) == 9
