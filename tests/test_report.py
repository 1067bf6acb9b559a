"""``helpers report``: one self-contained HTML page, checked in headless Chromium.

The page is loaded from a file with the network off; a script added to a copy of the page records, for
Arabic text in table cells and in prose, whether the first letter is laid out to the right of the last one
(right to left), and the DOM is dumped.  Skips when Chromium is not installed (CI installs it: .ci/run).
The page is built once, with a judgements file of the corpus's stance rows (``--judgements``): it must say how
many rows were corrected and state the precision measured on the corpus.
"""

import re
import shutil
import subprocess
from html import escape, unescape
from pathlib import Path

import pytest

from corpus_maker import write_corpus

pytest.importorskip("papermill")
CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(name)), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SECTIONS = ["source analysis report", "Contents", "About this corpus", "Relevance: which documents are about the topic",
            "Outlets and years", "Naming the region and the people, per outlet", "Who speaks, per outlet",
            "Figures and their authority", "Distinctive vocabulary per outlet", "Keyword in context",
            "Attention over time: documents published per outlet", "Dates mentioned, per outlet over time",
            "How much depends on the publication date",
            "Actor × outlet: how many documents portray each actor each way", "Drill-down: the evidence behind a cell",
            "Documents"]
#: Measures the layout of Arabic text: first letter right of the last one = right to left.
CHECK = """<script>
window.addEventListener('load', function () { setTimeout(function () {
  var arabic = /^[\\u0600-\\u06FF][\\u0600-\\u06FF\\s]*[\\u0600-\\u06FF]$/, checked = 0, wrong = 0;
  var nodes = document.querySelectorAll('td, span[dir=rtl]');
  for (var i = 0; i < nodes.length && checked < 200; i++) {
    var node = nodes[i].firstChild;
    if (!node || node.nodeType !== 3 || !arabic.test(node.textContent.trim())) continue;
    var text = node.textContent, first = text.search(/\\S/), last = text.search(/\\S\\s*$/);
    var range = document.createRange();
    range.setStart(node, first); range.setEnd(node, first + 1); var a = range.getBoundingClientRect();
    range.setStart(node, last); range.setEnd(node, last + 1); var b = range.getBoundingClientRect();
    if (a.width === 0 || Math.abs(a.top - b.top) > 2) continue;
    checked++; if (a.left <= b.left) wrong++;
  }
  var html = document.documentElement;
  html.setAttribute('data-rtl-checked', checked); html.setAttribute('data-rtl-wrong', wrong);
  html.setAttribute('data-datatables', document.querySelectorAll('table.dataTable').length);
}, 1500); });
</script>"""


def _chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          text=True, timeout=180)


def _judge_stances(corpus: Path, path: Path) -> Path:
    """Judge 8 stance rows of the corpus (2 of them not a stance) into a judgements file."""
    from helpers.analysis import analyze, load_any
    from helpers.validate import append_judgement, draw_sample, make_judgement

    sample = draw_sample(analyze(load_any(corpus), scope="all"), "stances", n=8, seed=1).reset_index(drop=True)
    for index, row in sample.iterrows():
        append_judgement(path, make_judgement(row, "not_a_stance" if index < 2 else "correct", coder="t",
                                              time="2026-01-02T03:04:05+00:00"))
    return path


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from helpers.cli.report import build_report

    folder = tmp_path_factory.mktemp("report")
    corpus = write_corpus(folder / "corpus", count=24, seed=11)
    judgements = _judge_stances(corpus, folder / "stances.judgements.jsonl")
    return build_report(corpus, folder / "report.html", scope="all", judgements=[judgements])


def test_report_is_one_self_contained_page(report):
    html = report.read_text(encoding="utf-8")
    assert not re.search(r'<(script|link)[^>]+(src|href)="https?://', html)  # nothing from the network
    assert "outlets.load_any(" not in html and "import matplotlib" not in html  # no code
    for lesson in ("Part 1", "Lesson (on the seeds)", "Your turn"):  # the lessons are left out
        assert lesson not in html, lesson
    for title in SECTIONS:
        assert title in html, title
    for section in ("About this corpus", "Relevance: which documents are about the topic"):  # each section once
        assert len(re.findall(rf'<h2 id="[^"]*">{re.escape(section)}<', html)) == 1, section
    assert "CORPUS_DIR" not in html.replace("CORPUS_DIR = None", "")  # no advice meant for notebook users
    assert html.count("data:image/png;base64") + html.count('src="data:image/png') >= 3
    assert re.search(r"Made on \d{4}-\d\d-\d\d with helpers [^:]+: <code>helpers report ", html)


def test_report_figures_carry_no_creation_date(report):
    """Each figure's SVG download is decoded: matplotlib would write the clock's time into it."""
    import base64

    svgs = [base64.b64decode(data).decode("utf-8")
            for data in re.findall(r'href="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', report.read_text())]
    assert svgs and all("<svg" in svg and "<dc:date>" not in svg for svg in svgs)


def test_report_uses_the_judgements(report):
    html = report.read_text(encoding="utf-8")
    assert re.search(r"· judgements: <code>stances\.judgements\.jsonl</code></p>", html)  # the title
    assert html.count("Judgements corrected ") == 1  # said once (one kernel): the corrected tables are used
    assert re.search(r"Judgements corrected \d+ of \d+ stance rows \(0 relabelled, 0 given another actor, \d+ "
                     r"dropped\); the figures below use the corrected tables\.", html)
    # the stance section: the precision measured on this corpus; the others: the evaluation sets' figures
    assert html.count("Measured on this corpus: 75 % of 8 judged stance rows are right (95 % CI 41–93 %)") == 1
    assert html.count("Not measured on this corpus") == 4  # names, voices, figures, dates
    assert "other documents than yours" in html


def test_report_title_escapes_the_judgements_file_names():
    from helpers.cli.report_page import header

    name = "<img src=x onerror=alert(1)>[a](javascript:x)`j`.jsonl"
    page = header(name="<b>c</b>", made="2026-01-01", version="1", command="helpers report <x>", topic="t",
                  scope="all", counts="1 of 1", judgements=[name], failed=["<svg onload=alert(2)>.txt: empty file"])
    assert "<img" not in page and "<svg" not in page and "<b>" not in page  # no live element from a name
    assert f"judgements: <code>{escape(name)}</code>" in page
    assert unescape(re.sub(r"<[^>]+>", "", page)).count("<svg onload=alert(2)>.txt: empty file") == 1


def test_cli_report_passes_the_judgements_on(tmp_path, monkeypatch, capsys):
    import helpers.cli.report as report_module
    from helpers.cli.main import main

    seen = {}
    monkeypatch.setattr(report_module, "build_report", lambda corpus, out, **options: seen.update(options) or out)
    corpus = write_corpus(tmp_path / "corpus", count=2, seed=1)
    assert main(["report", str(corpus), "--out", str(tmp_path / "r.html"), "--judgements", "a.jsonl", "b.csv"]) == 0
    assert seen["judgements"] == ["a.jsonl", "b.csv"]
    assert main(["report", str(corpus), "--out", str(tmp_path / "r.html")]) == 0 and seen["judgements"] is None


def test_cli_report_reports_a_missing_judgements_file(tmp_path, capsys):
    from helpers.cli.main import main

    corpus = write_corpus(tmp_path / "corpus", count=2, seed=1)
    assert main(["report", str(corpus), "--out", str(tmp_path / "r.html"), "--judgements",
                 str(tmp_path / "gone.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "gone.jsonl: no such judgements file" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "r.html").exists()


def test_cli_report_reports_a_missing_corpus(tmp_path, capsys):
    from helpers.cli.main import main

    assert main(["report", str(tmp_path / "nowhere"), "--out", str(tmp_path / "r.html")]) == 2  # as analyze
    assert "nowhere" in capsys.readouterr().err


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it in .ci/run)")
def test_report_renders_in_chromium(report, tmp_path):
    page = tmp_path / "check.html"
    page.write_text(report.read_text(encoding="utf-8").replace("</body>", CHECK + "</body>"), encoding="utf-8")
    dom = _chromium("--virtual-time-budget=15000", "--dump-dom", page.as_uri(), profile=tmp_path / "p1").stdout
    root = re.search(r"<html[^>]*>", dom).group(0)
    assert "data-script-errors" not in root, root
    checked = int(re.search(r'data-rtl-checked="(\d+)"', root).group(1))
    assert checked >= 5 and 'data-rtl-wrong="0"' in root, root
    assert int(re.search(r'data-datatables="(\d+)"', root).group(1)) >= 1  # interactive tables, offline
    text = re.sub(r"<[^>]+>", " ", dom)
    for title in SECTIONS:
        assert title in text, title
    shot = tmp_path / "report.png"
    _chromium("--window-size=1280,3000", f"--screenshot={shot}", page.as_uri(), profile=tmp_path / "p2")
    assert shot.is_file() and shot.stat().st_size > 20_000
