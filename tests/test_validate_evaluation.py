"""What notebooks 02–04 and the report say of a table nobody judged: the project's own evaluation figures.

The figures are data (``src/helpers/data/validate/evaluation_figures.tsv``) made by
``bench/evaluation_figures.py`` from the seeds' gold, the judged seed and dev samples, the dev set's gold
and the probes; a test re-computes them and fails when the file is out of date.
"""

import importlib.util
from pathlib import Path

import pytest

from helpers.io.markdown_text import escape_markdown
from helpers.validate import (
    VALIDATED_TABLES,
    evaluation_figures,
    evaluation_sentence,
    precision_sentence,
    reliability_note,
)
from validate_maker import make_tables

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "evaluation_figures.py"

#: table -> the sets its figures must come from (the seeds' gold covers every table)
SETS = [("stances", {"seeds", "dev"}), ("quotes", {"seeds"}), ("claims", {"seeds", "dev", "probes"}),
        ("mentions", {"seeds", "dev", "probes"}), ("events", {"seeds", "probes"})]


@pytest.mark.parametrize("table,sources", SETS)
def test_every_table_has_figures_of_the_evaluation_sets(table, sources):
    figures = evaluation_figures(table)
    assert set(figures["source"]) == sources
    assert figures["metric"].isin(["precision", "recall"]).all() and "precision" in set(figures["metric"])
    assert figures["figure"].between(0, 1).all() and (figures["n"] > 0).all()
    said = evaluation_sentence(table)
    assert said.startswith("**Not measured on this corpus**: none of its ")
    assert "other documents than yours" in said and "notebook 06" in said
    for row in figures.itertuples():  # every figure is stated, with its n, under the set it comes from
        assert row.documents in said
        assert f"{row.metric} {row.figure * 100:.0f} % (n = {row.n}" in said, row


def test_the_sentence_flags_small_sets_and_names_the_other_documents():
    said = evaluation_sentence("claims")
    seeds = evaluation_figures("claims").query("source == 'seeds' and metric == 'precision'").iloc[0]
    assert seeds["n"] < 20 and f"(n = {seeds['n']}, fewer than 20)" in said
    assert "the rules were shaped on them" in said and "the dev set (" in said and "the project's probes (" in said


def test_a_section_without_judgements_falls_back_on_the_evaluation_figures(tmp_path):
    tables = make_tables()
    for table in VALIDATED_TABLES:
        assert reliability_note(tables, None, table) == evaluation_sentence(table)
        assert reliability_note(tables, tmp_path / "none.jsonl", table) == evaluation_sentence(table)


def test_labels_from_the_documents_are_escaped_in_the_precision_sentence():
    label = "[Ministry](javascript:alert(1)) <img src=x onerror=alert(2)> *x*"
    figure = {"p": 0.5, "lo": 0.1, "hi": 0.9, "n": 4, "small": True}
    said = precision_sentence({"overall": figure, "item": "quote", "by_label": {label: figure}})
    assert escape_markdown(label) in said
    assert "<img" not in said and "[Ministry]" not in said and "*x*" not in said


def test_the_data_file_holds_what_the_bench_script_computes(capsys):
    """Fails when the rules, the gold or the judged samples changed: run python bench/evaluation_figures.py."""
    spec = importlib.util.spec_from_file_location("evaluation_figures_bench", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--check"]) == 0, capsys.readouterr().out
