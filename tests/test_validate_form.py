"""The judging page of ``helpers validate form`` in headless Chromium: choices made, JSONL produced, hostile text inert.

A script added at the end of the page plays a coder: it types a name, clicks verdict buttons
(choosing the right label or actor first where the verdict needs one) and copies what the page
would download (the page keeps it on ``<html data-jsonl>``) and what it shows onto attributes
that ``--dump-dom`` prints.  The hostile case removes the page's Content-Security-Policy first,
so that only the escaping stands between document text and a live script.
"""

import json
import re
import shutil
import subprocess

import pytest

from helpers.validate import draw_sample
from helpers.validate.form import form_html, script_hash
from validate_maker import make_tables

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
RECORD = """<script>
window.__alerts = [];
['alert', 'confirm', 'prompt'].forEach(function (name) { window[name] = function (m) {
  window.__alerts.push(name + '(' + m + ')');
  document.documentElement.setAttribute('data-alerts', window.__alerts.join(' | ')); }; });
window.addEventListener('error', function (e) { document.documentElement.setAttribute('data-errors', e.message); });
</script>"""
PLAY = """<script>
window.addEventListener('load', function () { setTimeout(function () {
  var root = document.documentElement, $ = function (id) { return document.getElementById(id); };
  function press(verdict) { document.querySelector('[data-verdict="' + verdict + '"]').click(); }
  root.setAttribute('data-first-evidence', $('evidence').textContent);
  root.setAttribute('data-first-document', $('document').textContent);
  root.setAttribute('data-first-mark', (document.querySelector('#evidence mark') || {}).textContent || '');
  root.setAttribute('data-first-dir', $('evidence').getAttribute('dir'));
  press('correct');                                   // refused: no coder yet
  root.setAttribute('data-refused', $('message').textContent);
  $('coder').value = 'tester';
  press('correct');
  press('wrong_label');                               // refused: no label chosen
  $('correct-label').value = 'neutral'; press('wrong_label');
  $('correct-actor').value = 'Chinese embassy'; $('note').value = 'the embassy speaks'; press('wrong_actor');
  press('not_a_stance');
  var live = [], nodes = document.querySelectorAll('*');
  for (var i = 0; i < nodes.length; i++) {
    for (var j = 0; j < nodes[i].attributes.length; j++) {
      if (/^on/i.test(nodes[i].attributes[j].name)) { live.push(nodes[i].tagName + ' ' + nodes[i].attributes[j].name); }
    }
  }
  root.setAttribute('data-live', live.length ? live.join(' | ') : 'none');
  root.setAttribute('data-done', 'yes');
}, 500); });
</script>"""
HOSTILE = {
    "h1": ("<b>Outlet</b><script>alert('outlet')</script>", [
        ("قال المتحدث <img src=x onerror=alert('img')> إن </script><script>alert('evidence')</script> الوضع مستقر.",
         [("China", "defends", "إن </script><script>alert('evidence')</script>")]),
        ("The <svg onload=alert('svg')> report was concerned about camps in Xinjiang.",
         [("United Nations", "critical", "concerned")]),
    ]),
}
TITLE = '"><iframe src="javascript:alert(\'title\')"></iframe>'


def _page(tmp_path, sample, *, keep_csp: bool):
    html = form_html(sample, name="sample.csv")
    if keep_csp:
        html = html.replace("script-src ", f"script-src {script_hash(RECORD[8:-9])} {script_hash(PLAY[8:-9])} ", 1)
    else:
        html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    page = tmp_path / "page.html"
    page.write_text(html.replace("<head>", "<head>\n" + RECORD, 1).replace("</body>", PLAY + "</body>"),
                    encoding="utf-8")
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000",
                           "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    root = re.search(r"<html[^>]*>", done.stdout).group(0)
    assert 'data-done="yes"' in root, done.stderr[-2000:]
    return {name: _unescape(value) for name, value in re.findall(r'data-([a-z-]+)="([^"]*)"', root)}


def _unescape(value: str) -> str:
    import html

    return html.unescape(value)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it in .ci/run)")
def test_choices_made_in_the_page_give_the_same_jsonl(tmp_path):
    sample = draw_sample(make_tables(), "stances", n=6, seed=5)
    found = _page(tmp_path, sample, keep_csp=True)
    assert "alerts" not in found and "errors" not in found
    assert found["refused"] == "Type your name as coder first."
    lines = [json.loads(line) for line in found["jsonl"].splitlines()]
    assert [(j["key"], j["verdict"], j["correct_label"], j["correct_actor"], j["note"]) for j in lines] == [
        (sample.loc[0, "key"], "correct", "", "", ""),
        (sample.loc[1, "key"], "wrong_label", "neutral", "", ""),
        (sample.loc[2, "key"], "wrong_actor", "", "Chinese embassy", "the embassy speaks"),
        (sample.loc[3, "key"], "not_a_stance", "", "", "")]
    assert {j["coder"] for j in lines} == {"tester"} and found["judged"] == "4"
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", j["time"]) for j in lines)
    assert all(set(j) == {"key", "table", "sample", "doc_id", "label", "outlet", "verdict", "correct_label",
                          "correct_actor", "note", "coder", "time"} for j in lines)
    first = sample.iloc[0]
    assert found["first-evidence"] == first["evidence_sentence"]
    assert found["first-mark"] == first["evidence_sentence"][first["mark_start"]:first["mark_end"]]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it in .ci/run)")
def test_hostile_text_shows_as_written_and_no_script_runs(tmp_path):
    sample = draw_sample(make_tables(HOSTILE, titles={"h1": TITLE}), "stances", n=2, seed=1)
    assert "<script>alert" not in form_html(sample)  # in the file, markup of the documents is never markup
    found = _page(tmp_path, sample, keep_csp=False)  # without the CSP: the escaping alone must hold
    assert "alerts" not in found and "errors" not in found and found["live"] == "none"
    first = sample.iloc[0]
    assert found["first-evidence"] == first["evidence_sentence"]
    assert found["first-document"] == f"{first['outlet']} · {TITLE} · h1"
    assert found["first-mark"] == first["evidence_sentence"][first["mark_start"]:first["mark_end"]]
    assert found["first-dir"] == ("rtl" if first["actor"] == "China" else "auto")
