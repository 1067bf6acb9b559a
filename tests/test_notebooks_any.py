"""Notebooks 02-04 run unchanged on other corpora (papermill): a generated multi-outlet folder, an ANT sample.

Any error in any cell fails the test.  The executed copies go to a temporary folder; the committed notebooks
are not touched.  On the generated folder, 02 and 04 run with a judgements file (``JUDGEMENTS``) made with
``helpers.validate`` on the folder's ``helpers analyze`` output: they must say how many rows were corrected and
state the precision measured on this corpus for the judged tables, and the evaluation sets' figures (from other
documents) for the others; 03 runs without judgements and must say so.
"""

import json
import re
from pathlib import Path

import pytest

from corpus_maker import write_corpus
from helpers.validate import (
    VALIDATED_TABLES,
    append_judgement,
    apply_judgements,
    draw_sample,
    evaluation_sentence,
    load_output,
    make_judgement,
    reliability_note,
)

papermill = pytest.importorskip("papermill")

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
ANALYSIS = ["02_source_comparison.ipynb", "03_timeline.ipynb", "04_stance_summaries.ipynb"]


def _run(name: str, corpus: Path, out: Path, scope: str, judgements: str | None = None) -> dict:
    target = out / name
    parameters = {"CORPUS_DIR": str(corpus), "SCOPE": scope, "JUDGEMENTS": judgements}
    papermill.execute_notebook(str(NOTEBOOKS / name), str(target), cwd=str(NOTEBOOKS), kernel_name="python3",
                               parameters=parameters, progress_bar=False)
    return json.loads(target.read_text(encoding="utf-8"))


def _outputs(notebook: dict) -> str:
    texts = []
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", output
            for value in output.get("data", {}).values():
                texts.append("".join(value) if isinstance(value, list) else str(value))
            texts.append("".join(output.get("text", "")))
    return "\n".join(texts)


def _analysis_images(notebook: dict) -> int:
    """PNG outputs after the "Part 2 · Analysis" heading."""
    cells = notebook["cells"]
    start = next(i for i, c in enumerate(cells) if c["cell_type"] == "markdown"
                 and "".join(c["source"]).startswith("# Part 2"))
    return sum("image/png" in o.get("data", {}) for c in cells[start:] for o in c.get("outputs", []))


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus") / "generated", count=44, seed=7)


#: (table, rows drawn, verdicts of the first rows; the others are correct)
JUDGED = [("stances", 12, ["not_a_stance", "not_a_stance", "wrong_label", "wrong_label"]),
          ("mentions", 10, ["not_a_name", "not_a_name"])]


@pytest.fixture(scope="module")
def judged(generated, tmp_path_factory):
    """A judgements file of the generated folder's stance and name rows, and what the notebooks must say."""
    from helpers.cli import main

    folder = tmp_path_factory.mktemp("judged")
    assert main(["analyze", str(generated), "--out", str(folder / "out"), "--jobs", "1", "--no-progress"]) == 0
    path = folder / "judgements.jsonl"
    for table, n, wrong in JUDGED:
        sample = draw_sample(folder / "out", table, n=n, seed=3).reset_index(drop=True)
        assert len(sample) == n
        for index, row in sample.iterrows():
            verdict = wrong[index] if index < len(wrong) else "correct"
            append_judgement(path, make_judgement(row, verdict, coder="t", time="2026-01-02T03:04:05+00:00",
                                                  correct_label="declined" if verdict == "wrong_label" else ""))
    tables = load_output(folder / "out", ("documents", "sentences", *VALIDATED_TABLES))
    said = {table: reliability_note(tables, path, table) for table in VALIDATED_TABLES}
    return str(path), apply_judgements(tables, path).sentence(), said


@pytest.mark.parametrize("name,with_judgements", [(ANALYSIS[0], True), (ANALYSIS[1], False), (ANALYSIS[2], True)])
def test_analysis_runs_on_a_generated_multi_outlet_folder(name, with_judgements, generated, judged, tmp_path):
    path, corrected, said = judged
    notebook = _run(name, generated, tmp_path, "topical", path if with_judgements else None)
    text = _outputs(notebook)
    assert "44 documents" in text and "7 outlets" in text  # the corpus summary is written from the results
    assert _analysis_images(notebook) >= 1  # the analysis part draws its chart on this corpus
    tables = {ANALYSIS[0]: ("mentions", "quotes", "claims"), ANALYSIS[1]: ("events",),
              ANALYSIS[2]: ("stances",)}[name]
    if with_judgements:  # the corrections of the stance and name rows, with the figures the judgements give
        # 2 name rows dropped; the 4 stance verdicts cover at least their 4 rows (a verdict on a row applies to
        # the rows of the same actor, sentence and label: one sentence may give several cue rows)
        assert corrected.startswith("Judgements corrected 2 of ")
        stance_part = re.search(r"(\d+) of \d+ stance rows \((\d+) relabelled, 0 given another actor, (\d+) dropped\)",
                                corrected)
        assert stance_part and int(stance_part[2]) >= 2 and int(stance_part[3]) >= 2, corrected
        assert int(stance_part[1]) == int(stance_part[2]) + int(stance_part[3])
        assert corrected in text
    else:
        assert "No judgements are given" in text and "Judgements corrected" not in text
    for table in tables:
        if with_judgements and table in ("stances", "mentions"):
            assert said[table].startswith("Measured on this corpus: ") and said[table] in text, table
        else:  # not judged here: the figures of the project's evaluation sets, from other documents
            assert said[table] == evaluation_sentence(table) and said[table] in text, table
            assert "other documents than yours" in said[table]


@pytest.mark.parametrize("name", ANALYSIS)
def test_analysis_runs_on_an_ant_sample(name, ant_path, tmp_path):
    sample = tmp_path / "ant-sample.jsonl"
    with open(ant_path, encoding="utf-8") as source:
        lines = [line for _, line in zip(range(300), source)]
    sample.write_text("".join(lines), encoding="utf-8")
    text = _outputs(_run(name, sample, tmp_path, "all"))
    assert "300 documents" in text
    assert "No judgements are given" in text and "Not measured on this corpus" in text
