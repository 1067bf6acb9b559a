"""The report page of the seeds, driven in headless Chromium through the DevTools protocol.

A reader's steps, scripted: the page loads with no script error (exceptions, console errors and the page's
own error recorder are watched from before the page starts), the table search folds Arabic spellings («الاويغور»
finds the rows «الأويغور» finds), a filter by outlet narrows the tables and "show all" brings every row back, every
``#doc-<id>`` a table links to is a document section of the page, a stance-matrix cell shows its evidence rows,
and each figure and table can be downloaded (SVG and PNG as data URLs, CSV made when the link is used).
Chromium is started with the network off and a fresh profile; the protocol is spoken with ``websocket-client``
(installed with Jupyter).  Skips when Chromium or websocket-client is absent.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("nbclient")
websocket = pytest.importorskip("websocket")
CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(name)), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it in .ci/run)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-port=0", "--remote-allow-origins=*", "--proxy-server=127.0.0.1:9"]
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
#: The spellings a reader may type for the Uyghurs: each must find the same rows as the first.
SPELLINGS = ["الأويغور", "الاويغور", "الإويغور", "الأويـغور", "الأُويغور"]
#: The DataTables API of the page (itables bundles it), for the checks below.
API = ("(async () => { const key = Object.keys(window).find(k => /^_itables_\\d/.test(k)); "
       "window.__DT = (await window[key]).default; "
       "window.__apis = () => window.__DT.tables().map(node => new window.__DT.Api(node)); "
       "return window.__DT.tables().length; })()")


class Page:
    """One Chromium tab spoken to through the DevTools protocol; script errors are collected as they come."""

    def __init__(self, profile: Path) -> None:
        self.process = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file, deadline = profile / "DevToolsActivePort", time.monotonic() + 60
        while not (port_file.is_file() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            tab = next(t for t in json.load(answer) if t.get("type") == "page")
        self.socket = websocket.create_connection(tab["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self.next_id, self.errors = 0, []

    def call(self, method: str, **params) -> dict:
        """Send one command and wait for its answer (events that come first are read for errors)."""
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._event(message)

    def _event(self, message: dict) -> None:
        method, params = message.get("method"), message.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append(details.get("exception", {}).get("description") or details.get("text"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.errors.append(" ".join(str(a.get("value", a.get("description"))) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.errors.append(params["entry"].get("text"))

    def run(self, script: str):
        """The value of a script (a promise is awaited); an exception in it fails the test."""
        result = self.call("Runtime.evaluate", expression=script, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{script[:80]}…: {result['exceptionDetails']}")
        return result["result"].get("value")

    def close(self) -> None:
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """The seeds' report, open in Chromium once every table is made."""
    from helpers.cli.report import build_report

    folder = tmp_path_factory.mktemp("browser")
    report = build_report(SEEDS, folder / "seeds.html", scope="all", kwic=["الأويغور"])
    tab = Page(folder / "profile")
    try:
        for domain in ("Runtime", "Log", "Page"):
            tab.call(f"{domain}.enable")
        tab.call("Page.navigate", url=report.as_uri())
        deadline, ready = time.monotonic() + 90, None
        while time.monotonic() < deadline:
            ready = tab.run("document.readyState === 'complete' && document.documentElement.dataset.reportReady")
            made = tab.run("document.querySelectorAll('table.dataTable').length")
            if ready and ready.isdigit() and int(ready) == made and made > 0:
                break
            time.sleep(0.3)
        assert ready and ready.isdigit(), f"the tables were not made: data-report-ready={ready!r}"
        assert tab.run(API) >= 5
        yield tab
    finally:
        tab.close()


def _rows(page: Page, term: str) -> dict:
    """Type ``term`` into each table's search box (tables too short for one: search through the API).

    Returns:
        ``{table id: [indexes of the rows it shows]}``, and under ``"typed"`` how many boxes were typed in.
    """
    return page.run("""(async () => {
      const found = { typed: 0 };
      for (const api of window.__apis()) {
        const box = api.table().container().querySelector('input[type=search]');
        if (!box) { api.search(TERM).draw(); continue; }
        box.value = TERM;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        box.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
        found.typed++;
      }
      await new Promise(done => setTimeout(done, 400));
      for (const api of window.__apis()) {
        found[api.table().node().id] = api.rows({ search: 'applied' }).indexes().toArray().sort((a, b) => a - b);
      }
      return found;
    })()""".replace("TERM", json.dumps(term)))


def _shown(page: Page) -> dict:
    """How many rows each table shows under the filters."""
    return page.run("""Object.fromEntries(window.__apis().map(api =>
      [api.table().node().id, api.rows({ search: 'applied' }).count()]))""")


def test_the_page_has_no_script_error(page):
    assert page.errors == []
    assert page.run("document.documentElement.getAttribute('data-script-errors')") is None
    assert page.run("window.__reportErrors.length") == 0
    assert page.run("getComputedStyle(document.getElementById('report-filters')).display") != "none"
    text = page.run("document.body.innerText")
    assert "you should not see this message" not in text and "Loading the table…" not in text


def test_the_search_folds_arabic_spellings(page):
    wanted = _rows(page, SPELLINGS[0])
    typed = wanted.pop("typed")
    assert typed >= 5
    assert sum(len(rows) for rows in wanted.values()) >= 10, "the seeds have rows with الأويغور"
    assert len(wanted["T_kwic_term0"]) >= 5  # --kwic الأويغور: a concordance of the term
    for spelling in SPELLINGS[1:]:
        found = _rows(page, spelling)
        found.pop("typed")
        assert found == wanted, spelling
    other = _rows(page, "الاويغورستان")
    assert sum(len(r) for k, r in other.items() if k != "typed") == 0  # the search still narrows
    everything = _rows(page, "")
    assert all(len(everything[t]) > len(wanted[t]) for t in ("T_kwic_any", "T_quotes_all"))
    assert page.errors == []


def test_a_filter_narrows_the_tables_and_show_all_undoes_it(page):
    before = _shown(page)
    outlets = page.run("Array.from(document.querySelectorAll('#filter-outlet option')).map(o => o.textContent)")
    assert len(outlets) == 3
    page.run("""(() => { const pick = document.getElementById('filter-outlet');
      pick.options[0].selected = true; pick.dispatchEvent(new Event('change', { bubbles: true })); })()""")
    after = _shown(page)
    narrowed = [t for t in before if after[t] < before[t]]
    assert len(narrowed) >= 3, (before, after)
    assert all(after[t] <= before[t] for t in before)
    kept = page.run("""(() => { const seen = new Set();
      for (const api of window.__apis()) {
        const names = api.columns().header().toArray().map(h => h.textContent.trim());
        const at = names.indexOf('outlet');
        if (at >= 0) api.column(at, { search: 'applied' }).data().each(v => seen.add(String(v).trim()));
      }
      return Array.from(seen); })()""")
    assert kept == [outlets[0]], kept
    assert "rows shown" in page.run("document.getElementById('filter-status').textContent")
    page.run("document.getElementById('filter-reset').click()")
    assert _shown(page) == before
    page.run("""(() => { const day = document.getElementById('filter-to');
      day.value = day.min; day.dispatchEvent(new Event('change', { bubbles: true })); })()""")
    dated = _shown(page)
    assert any(dated[t] < before[t] for t in before) and all(dated[t] <= before[t] for t in before)
    page.run("document.getElementById('filter-reset').click()")
    assert _shown(page) == before and page.errors == []


def test_every_linked_document_is_on_the_page(page):
    linked = page.run("""(() => { const found = new Set();
      for (const api of window.__apis()) api.cells().data().each(v => {
        for (const m of String(v).matchAll(/href="#(doc-[A-Za-z0-9_-]+)"/g)) found.add(m[1]); });
      document.querySelectorAll('a[href^="#doc-"]').forEach(a => found.add(a.getAttribute('href').slice(1)));
      return Array.from(found).sort(); })()""")
    assert len(linked) == 3, linked
    for anchor in linked:
        assert page.run(f"document.getElementById({json.dumps(anchor)})?.matches('section.doc') || false"), anchor
        page.run(f"location.hash = {json.dumps('#' + anchor)}")
        assert page.run("document.querySelector(':target')?.id") == anchor
        assert page.run(f"document.getElementById({json.dumps(anchor)}).querySelectorAll('mark').length") > 0
    cell = page.run("""(() => { const link = document.querySelector('a.rows-link');
      if (!link) return null; const wanted = JSON.parse(decodeURIComponent(link.getAttribute('data-rows')));
      const api = new window.__DT.Api(document.getElementById(wanted.table));
      const all = api.rows().count(); link.click();
      return [all, api.rows({ search: 'applied' }).count(), wanted.table]; })()""")
    assert cell is not None and 0 < cell[1] < cell[0], cell  # a stance cell shows only its evidence rows
    page.run(f"document.querySelector('#tools-{cell[2]} .drill-note button').click()")
    assert page.run(f"new window.__DT.Api(document.getElementById('{cell[2]}')).rows({{ search: 'applied' }})"
                    ".count()") == cell[0]
    assert page.errors == []


def test_figures_and_tables_can_be_downloaded(page):
    figures = page.run("""Array.from(document.querySelectorAll('figure.report-figure')).map(f => [
      f.querySelector('a[download$=".svg"]')?.href.slice(0, 26) || '',
      f.querySelector('a[download$=".png"]')?.href.slice(0, 22) || ''])""")
    assert len(figures) >= 4
    assert all(svg == "data:image/svg+xml;base64," and png == "data:image/png;base64," for svg, png in figures)
    links, tables = page.run("""[document.querySelectorAll('a.csv-download').length,
                                  window.__DT.tables().length]""")
    assert links == tables
    csv = page.run("""(async () => { const link = document.querySelector('a.csv-download');
      link.dispatchEvent(new Event('pointerdown'));
      const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
      return [link.href.slice(0, 5), link.download, Array.from(bytes.slice(0, 3)),
              new TextDecoder().decode(bytes)]; })()""")
    assert csv[0] == "blob:" and csv[1].endswith(".csv")
    assert csv[2] == [0xEF, 0xBB, 0xBF] and csv[3].startswith("measure,value\r\n")  # UTF-8 with BOM, for Excel
    assert csv[3].count("\r\n") >= 3
    assert page.errors == []


def test_a_concordance_sorts_by_the_word_before_and_after(page):
    for column in ("word before", "word after"):
        order, words = page.run("""(async () => {
          const api = new window.__DT.Api(document.getElementById('T_kwic_term0'));
          const at = api.columns().header().toArray().findIndex(h => h.textContent.trim() === COLUMN);
          api.column(at).header().querySelector('.dt-column-order').click();
          await new Promise(done => setTimeout(done, 300));  // DataTables orders after a timeout
          return [api.order(), api.column(at, { search: 'applied', order: 'applied' }).data().toArray()]; })()"""
                                .replace("COLUMN", json.dumps(column)))
        assert order == [[order[0][0], "asc"]] and len(words) >= 5, (column, order)
        runs = [w for n, w in enumerate(words) if n == 0 or words[n - 1] != w]
        assert len(runs) == len(set(runs)), words  # each neighbour's hits are together, as in a concordancer
    assert page.errors == []
