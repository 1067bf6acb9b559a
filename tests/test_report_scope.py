"""What a run says about the documents relevance leaves out, and what to change when none is in scope.

``helpers analyze``'s closing line and ``run.json`` count the documents written but not analysed (outside the
scope, by relevance); the report's header says, when no document is in scope, which option to widen.
Sentences written for this test.
"""

from __future__ import annotations

import json

import pandas as pd

ON_TOPIC = ("قالت منظمة حقوقية إن السلطات في شينجيانغ تحتجز الأويغور في معسكرات، "
            "ونفت بكين ذلك وقالت إن المراكز مدارس مهنية في إقليم شينجيانغ.")
OFF_TOPIC = "افتتح المهرجان السينمائي دورته الجديدة بعرض فيلم كوميدي في قاعة المدينة الكبرى."


def _corpus(folder):
    folder.mkdir()
    (folder / "a.txt").write_text(ON_TOPIC, encoding="utf-8")
    (folder / "b.txt").write_text(OFF_TOPIC, encoding="utf-8")
    (folder / "c.txt").write_text(OFF_TOPIC.replace("كوميدي", "وثائقي"), encoding="utf-8")
    return folder


def test_analyze_says_how_many_documents_relevance_left_out(tmp_path, capsys):
    from helpers.cli.main import main

    corpus = _corpus(tmp_path / "corpus")
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 0
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("done: 3 documents written, 0 failed, 2 left out by relevance (2 none: "), last
    assert "a wider --scope analyses them" in last and last.endswith(f"; tables in {tmp_path / 'out'}")
    assert json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))["excluded"] == {"none": 2}
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "all"), "--jobs", "1", "--scope", "all"]) == 0
    assert "left out" not in capsys.readouterr().err  # scope all leaves nothing out
    assert json.loads((tmp_path / "all" / "run.json").read_text(encoding="utf-8"))["excluded"] == {}


def test_an_empty_scope_says_what_to_widen():
    from helpers.analysis.outlets import scope_tables

    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "relevance": ["passing", "none", "none"]})
    scoped, note = scope_tables({"documents": documents}, scope="topical")
    assert scoped["documents"].empty
    assert "No document is in scope (1 passing, 2 none)" in note and "--scope passing" in note
    _, note = scope_tables({"documents": documents.assign(relevance="none")}, scope="topical")
    assert "--scope all" in note


def test_the_report_header_shows_the_warning_escaped():
    from helpers.cli.report_page import header

    page = header(name="c", made="2026-01-01", version="1", command="helpers report c", topic="xinjiang",
                  scope="topical", counts="0 of 3 documents in scope", warning="No document <b>is</b> in scope")
    assert '<p class="report-warning">No document &lt;b&gt;is&lt;/b&gt; in scope</p>' in page
    assert "report-warning" not in header(name="c", made="", version="", command="", topic="", scope="", counts="")


def test_a_report_of_an_output_folder_keeps_the_runs_scope(tmp_path, monkeypatch, capsys):
    import nbformat

    import helpers.cli.report as report_module
    from helpers.cli.main import main

    corpus = _corpus(tmp_path / "corpus")
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "1", "--scope", "all"]) == 0
    monkeypatch.setattr(report_module, "execute_report", lambda folder, parameters, **_: nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell(f"## Scope\n\n{parameters['SCOPE']}")]))
    page = report_module.build_report(tmp_path / "out", tmp_path / "all.html").read_text(encoding="utf-8")
    assert "scope <code>all</code>: 3 of 3 documents in scope" in page and "<p class=\"report-warning\">" not in page
    build = report_module.build_report
    page = build(tmp_path / "out", tmp_path / "t.html", scope="topical").read_text(encoding="utf-8")
    assert "scope <code>topical</code>: 1 of 3 documents in scope" in page
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "topical"), "--jobs", "1"]) == 0
    page = build(tmp_path / "topical", tmp_path / "w.html", scope="all").read_text(encoding="utf-8")
    assert "scope <code>topical</code>" in page and "analysed scope &#x27;topical&#x27; only" in page  # said why
