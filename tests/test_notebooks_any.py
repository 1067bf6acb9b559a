"""Notebooks 02-04 run unchanged on other corpora (papermill): a generated multi-outlet folder, an ANT sample.

Any error in any cell fails the test.  The executed copies go to a temporary folder; the committed notebooks
are not touched.
"""

import json
from pathlib import Path

import pytest

from corpus_maker import write_corpus

papermill = pytest.importorskip("papermill")

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
ANALYSIS = ["02_source_comparison.ipynb", "03_timeline.ipynb", "04_stance_summaries.ipynb"]


def _run(name: str, corpus: Path, out: Path, scope: str) -> dict:
    target = out / name
    papermill.execute_notebook(str(NOTEBOOKS / name), str(target), cwd=str(NOTEBOOKS), kernel_name="python3",
                               parameters={"CORPUS_DIR": str(corpus), "SCOPE": scope}, progress_bar=False)
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


@pytest.mark.parametrize("name", ANALYSIS)
def test_analysis_runs_on_a_generated_multi_outlet_folder(name, generated, tmp_path):
    notebook = _run(name, generated, tmp_path, "topical")
    text = _outputs(notebook)
    assert "44 documents" in text and "7 outlets" in text  # the corpus summary is written from the results
    assert _analysis_images(notebook) >= 1  # the analysis part draws its chart on this corpus


@pytest.mark.parametrize("name", ANALYSIS)
def test_analysis_runs_on_an_ant_sample(name, ant_path, tmp_path):
    sample = tmp_path / "ant-sample.jsonl"
    with open(ant_path, encoding="utf-8") as source:
        lines = [line for _, line in zip(range(300), source)]
    sample.write_text("".join(lines), encoding="utf-8")
    text = _outputs(_run(name, sample, tmp_path, "all"))
    assert "300 documents" in text
