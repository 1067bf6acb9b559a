"""``helpers report`` on a hostile corpus, opened in headless Chromium: no script runs, the text shows.

Titles, outlet names, quotes and a file name of the corpus (tests/hostile_corpus.py) carry
``<script>``, ``onerror``/``onload`` handlers and ``javascript:`` links in HTML
and Markdown syntax.  A script put first in a copy of the page records every
call of ``alert`` (each hostile string calls it when live); a second one, run
after the page has loaded, counts elements with ``on…`` handlers or
``javascript:`` URLs and checks that every hostile string is in the page's
text as written.  One report is built for the module (about 30 s).  Skips when
Chromium is not installed (CI installs it: .ci/run).
"""

import json
import re
import shutil
import subprocess

import pytest

from hostile_corpus import BAD_FILE, OUTLETS, SCRIPTS, write_hostile_folder

pytest.importorskip("papermill")
CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(name)), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: First in <head>: dialogs are recorded on <html data-alerts>, never shown.
RECORD = """<script>
window.__alerts = [];
['alert', 'confirm', 'prompt'].forEach(function (name) { window[name] = function (message) {
  window.__alerts.push(name + '(' + message + ')');
  document.documentElement.setAttribute('data-alerts', window.__alerts.join(' | '));
}; });
</script>"""
#: After load: live handlers and links, and the hostile strings missing from the text.
CHECK = """<script>
window.addEventListener('load', function () { setTimeout(function () {
  var wanted = WANTED, live = [], nodes = document.querySelectorAll('*');
  for (var i = 0; i < nodes.length; i++) {
    for (var j = 0; j < nodes[i].attributes.length; j++) {
      var a = nodes[i].attributes[j];
      if (/^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value)) live.push(nodes[i].tagName + ' ' + a.name);
    }
    if (nodes[i].tagName === 'SCRIPT' && /^\\s*alert\\(/.test(nodes[i].textContent)) live.push('script');
  }
  var text = document.body.textContent, missing = wanted.filter(function (w) { return text.indexOf(w) < 0; });
  var root = document.documentElement;
  root.setAttribute('data-live', live.length ? live.join(' | ') : 'none');
  root.setAttribute('data-missing', missing.length ? missing.join(' | ') : 'none');
}, 1500); });
</script>"""


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """The report of the hostile corpus, with the two checking scripts added."""
    from helpers.cli.report import build_report

    folder = tmp_path_factory.mktemp("hostile_report")
    report = build_report(write_hostile_folder(folder / "corpus"), folder / "report.html", scope="all")
    wanted = json.dumps(SCRIPTS + OUTLETS + [f"{BAD_FILE}: empty file"], ensure_ascii=False).replace("<", "\\u003c")
    html = report.read_text(encoding="utf-8")
    checked = folder / "check.html"
    checked.write_text(html.replace("<head>", "<head>\n" + RECORD, 1)
                       .replace("</body>", CHECK.replace("WANTED", wanted) + "</body>"), encoding="utf-8")
    return report, checked


def test_the_report_holds_document_text_as_text(page):
    html = page[0].read_text(encoding="utf-8")
    for raw in ("<script>alert(1)", "<img src=x onerror", "<svg onload", 'href="javascript:', 'src="javascript:'):
        assert raw not in html, raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it in .ci/run)")
def test_no_hostile_script_runs_in_chromium_and_the_text_shows(page, tmp_path):
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=15000",
                           "--dump-dom", page[1].as_uri()], capture_output=True, text=True, timeout=180)
    root = re.search(r"<html[^>]*>", done.stdout).group(0)
    assert "data-alerts" not in root, root  # no alert, confirm or prompt was called
    assert "data-script-errors" not in root, root
    assert 'data-live="none"' in root, root
    assert 'data-missing="none"' in root, root
