"""The report page is the same each run: the cells it adds carry fixed ids, its SVG figures no date.

nbformat gives every new cell a random id, and the ids end up in the page (``id="cell-id=…"``): two runs
on the same results would give two different pages.
"""

from __future__ import annotations

from helpers.cli.report import notebooks_folder
from helpers.cli.report_notebooks import ANALYSIS_NOTEBOOKS, merged_notebook


def test_merged_notebook_ids_are_fixed_and_unique():
    params = {"RESULTS_DIR": "results", "CORPUS_DIR": "corpus"}
    first, starts = merged_notebook(notebooks_folder(), params)
    second, _ = merged_notebook(notebooks_folder(), params)
    ids = [cell.id for cell in first.cells]
    assert ids == [cell.id for cell in second.cells]
    assert len(set(ids)) == len(ids)
    assert ids[0] == "report-parameters"
    assert [ids[starts[name]] for name in ANALYSIS_NOTEBOOKS] == [
        f"report-part-{n}" for n in range(1, len(ANALYSIS_NOTEBOOKS) + 1)]


def test_page_date_follows_source_date_epoch(monkeypatch):
    from helpers.cli.report import _made_on

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1577836800")  # 2020-01-01 00:00 UTC
    assert _made_on() == "2020-01-01"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a number")
    assert _made_on() != "2020-01-01"

