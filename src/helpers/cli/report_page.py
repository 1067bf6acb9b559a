"""The report page: the executed notebook as one self-contained HTML page for readers.

nbconvert renders the notebook without its code; around it this module puts
a header (the corpus's name, the date, the version and the command), a table
of contents, the filter bar, the documents (:mod:`helpers.cli.report_documents`)
and the page's own script and style (``data/report/page.js``, ``page.css``)
with the data they need: the folding of :func:`helpers.text.normalise.normalise_text`
as a table, and each linked document's outlet, date and relevance.  Each
figure is shown as PNG with links to download it as SVG and PNG.  Nothing is
loaded from the network; every value from the documents is HTML-escaped.
"""

from __future__ import annotations

import base64
import html
import json
import re
from importlib import resources

import pandas as pd

from helpers.analysis.outlets import source_names
from helpers.io.page_links import doc_anchor
from helpers.text.lexicon_tools import read_tsv

__all__ = ["FOLD_STEPS", "fold_table", "figure_outputs", "render_body", "page_data", "header", "filter_bar",
           "contents", "assemble"]

#: The normalisation steps the page's search folds (as the pipeline's matching does).
FOLD_STEPS = ("alef", "yeh", "teh", "hamza", "letters", "tatweel", "diacritics", "invisible", "bidi")
_CDN = re.compile(r'<script[^>]+src="https?://[^"]*"[^>]*>\s*</script>\s*')
_FALLBACK = re.compile(r'<div id="(T_[A-Za-z0-9_.-]+)_fallback">.*?</table>\s*</div>\s*<script>[^<]*</script>', re.S)
_HIDDEN = re.compile(r'<table hidden="hidden" id="(T_[A-Za-z0-9_.-]+)">.*?</table>', re.S)
_BUNDLE = re.compile(r"<script>\s*function injectCSS\(.*?</script>", re.S)
_HEADING = re.compile(r'<h([12]) id="([^"]+)">(.*?)<a class="anchor-link" href="#[^"]*">¶</a></h\1>', re.S)
#: Records script errors on the page (``data-script-errors`` on ``<html>``), for readers and tests.
ERRORS = ("<script>window.__reportErrors=[];function __reportError(m){window.__reportErrors.push(String(m));"
          "document.documentElement.setAttribute('data-script-errors',window.__reportErrors.join(' | '));}"
          "window.addEventListener('error',function(e){__reportError(e.message);});"
          "window.addEventListener('unhandledrejection',function(e){__reportError(e.reason);});</script>")


def fold_table() -> dict[str, str]:
    """Every character the search folds and what it becomes ("" deletes), from helpers.text.normalise.

    Returns:
        ``{character: replacement}`` for the Arabic blocks, presentation
        forms, zero-width and bidi characters that :data:`FOLD_STEPS` change.
    """
    from helpers.text.normalise import normalise_text

    blocks = [(0x0600, 0x0700), (0x0750, 0x0780), (0x08A0, 0x0900), (0xFB50, 0xFE00), (0xFE70, 0xFF00),
              (0x200B, 0x2010), (0x202A, 0x202F), (0x2066, 0x206A), (0x00AD, 0x00AE), (0xFEFF, 0xFF00)]
    table = {}
    for low, high in blocks:
        for code in range(low, high):
            char = chr(code)
            folded = normalise_text(char, steps=FOLD_STEPS)
            if folded != char:
                table[char] = folded
    return table


def _asset(name: str) -> str:
    return (resources.files("helpers") / "data" / "report" / name).read_text(encoding="utf-8")


def _figure(number: int, png: str, svg: str | None) -> str:
    name = f"figure-{number}"
    links = [f'<a download="{name}.png" href="data:image/png;base64,{png}">PNG</a>']
    if svg:
        encoded = base64.b64encode(svg.encode("utf-8")).decode("ascii")
        links.insert(0, f'<a download="{name}.svg" href="data:image/svg+xml;base64,{encoded}">SVG</a>')
    return (f'<figure class="report-figure" id="{name}"><img alt="Figure {number}" src="data:image/png;base64,{png}">'
            f'<figcaption>Figure {number} · download {" · ".join(links)}</figcaption></figure>')


def figure_outputs(notebook) -> int:
    """Turn each figure output into a figure with download links (SVG, PNG); drop stderr and warnings.

    Args:
        notebook: the executed ``nbformat`` notebook (changed in place).

    Returns:
        How many figures there are.
    """
    import nbformat

    number = 0
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        kept = []
        for output in cell.outputs:
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                continue
            data = output.get("data", {})
            if "image/png" in data:
                number += 1
                png = data["image/png"].replace("\n", "")
                output = nbformat.v4.new_output("display_data", data={
                    "text/html": _figure(number, png, data.get("image/svg+xml"))})
            kept.append(output)
        cell.outputs = kept
    return number


def render_body(notebook) -> str:
    """The notebook as HTML without its code (nbconvert's lab template), nothing from the network.

    Args:
        notebook: the executed notebook.

    Returns:
        The page's HTML: the itables fallbacks (a second copy of each table)
        and the scripts nbconvert loads from a CDN taken out.
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True)
    exporter.mathjax_url = ""
    body, _ = exporter.from_notebook_node(notebook)
    body = _FALLBACK.sub("", body)
    body = _HIDDEN.sub(
        lambda m: f'<table id="{m.group(1)}"><tbody><tr><td>Loading the table…</td></tr></tbody></table>', body)
    return _CDN.sub("", body)


def page_data(documents: pd.DataFrame, page: str) -> dict:
    """What the page's script needs: the fold table, the outlets, each linked document's outlet, date, relevance.

    Args:
        documents: the run's documents table.
        page: the page's HTML (its ``#doc-…`` links).

    Returns:
        ``{"fold": …, "outlets": [names], "documents": {anchor: [outlet index, date, relevance]}}``.
    """
    from helpers.cli.report_documents import referenced

    names = source_names(documents)
    outlets = sorted(set(names.values()))
    index = {o: i for i, o in enumerate(outlets)}
    linked = referenced(page)
    relevance = documents["relevance"]
    rows = {}
    for doc_id, published, level in zip(documents["doc_id"], documents["published"], relevance):
        anchor = doc_anchor(doc_id)
        if anchor in linked:
            day = str(published)[:10] if isinstance(published, str) and len(str(published)) >= 10 else ""
            rows[anchor] = [index[names[doc_id]], day, level if isinstance(level, str) else ""]
    return {"fold": fold_table(), "outlets": outlets, "documents": rows}


def _json(value) -> str:
    """JSON for a ``<script type="application/json">`` (``<`` escaped: no document text can close the tag)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c").replace("&", "\\u0026")


def header(*, name: str, made: str, version: str, command: str, topic: str, scope: str, counts: str,
           judgements=(), failed=(), warning: str = "") -> str:
    """The page's title block.

    Args:
        name: the corpus's name.
        made: the date the page was made.
        version: the helpers version.
        command: the command line.
        topic: the topic profile.
        scope: the scope.
        counts: a few words on the documents ("35 of 45 documents in scope").
        judgements: the judgements files' names.
        failed: the inputs the analysis could not read (one line each, as ``helpers analyze`` said).
        warning: a sentence shown first (e.g. no document in scope, and what to change).

    Returns:
        HTML, every value escaped.
    """
    e = html.escape
    judged = ", ".join(f"<code>{e(j)}</code>" for j in judgements) if judgements else "none"
    lost = "".join(f"<li>{e(line)}</li>" for line in failed)
    if lost:
        lost = f'<p class="report-meta">Inputs that could not be read:</p><ul class="report-failed">{lost}</ul>'
    return (f'<header class="report-header" id="report-top"><h1>{e(name)} · source analysis report</h1>'
            f'<p class="report-meta">Made on {e(made)} with helpers {e(version)}: <code>{e(command)}</code></p>'
            f'<p class="report-meta">Topic profile <code>{e(topic)}</code> · scope <code>{e(scope)}</code>: '
            f"{e(counts)} · judgements: {judged}</p>{lost}"
            + (f'<p class="report-warning">{e(warning)}</p>' if warning else "") + "</header>")


def filter_bar(documents: pd.DataFrame) -> str:
    """The filters (outlet, publication dates, relevance); the page's script shows and runs them.

    Args:
        documents: the documents table in scope.

    Returns:
        HTML (hidden until the script is ready; no inline handler).
    """
    outlets = sorted(set(source_names(documents).values()))
    options = "".join(f'<option value="{i}">{html.escape(o)}</option>' for i, o in enumerate(outlets))
    days = sorted(str(p)[:10] for p in documents["published"] if isinstance(p, str) and len(p) >= 10)
    bounds = f' min="{days[0]}" max="{days[-1]}"' if days else ""
    known = set(documents["relevance"])
    example = read_tsv("report/search_example.tsv", columns=("typed", "found"))[0]
    levels = [lv for lv in ("topical", "passing", "none") if lv in known]
    boxes = "".join(f'<label><input type="checkbox" class="filter-relevance" value="{lv}" checked> {lv}</label> '
                    for lv in levels)
    return ('<div class="report-filters" id="report-filters" hidden><strong>Filter the tables</strong> '
            f'<label>outlets <select id="filter-outlet" multiple size="{min(5, max(2, len(outlets)))}">{options}'
            f'</select></label> <label>published from <input type="date" id="filter-from"{bounds}></label> '
            f'<label>to <input type="date" id="filter-to"{bounds}></label> '
            f'<span class="filter-levels">relevance {boxes}</span>'
            '<button type="button" id="filter-reset">show all</button> <span id="filter-status"></span>'
            '<p class="filter-note">The filters apply to every table with a <code>doc_id</code> (by the '
            "document's outlet, date and relevance) or an <code>outlet</code> column (by the outlet); the charts "
            "and the sentences written from the results show every document in scope. The search box of each table "
            "folds Arabic spellings — hamza seats, teh marbuta, alef maqsura, diacritics, tatweel: "
            f'<bdi>{html.escape(example["typed"])}</bdi> finds <bdi>{html.escape(example["found"])}</bdi>.</p></div>')


def contents(body: str) -> tuple[str, str]:
    """A table of contents of the page's parts and sections, their ids made unique.

    Args:
        body: the page's HTML.

    Returns:
        ``(body, toc)``: the body with unique heading ids, and the contents as HTML.
    """
    seen, items = {}, []

    def visit(match):
        level, anchor, text = match.group(1), match.group(2), match.group(3)
        seen[anchor] = seen.get(anchor, 0) + 1
        if seen[anchor] > 1:
            anchor = f"{anchor}-{seen[anchor]}"
        items.append((level, anchor, re.sub(r"<[^>]+>", "", text)))
        return f'<h{level} id="{anchor}">{text}<a class="anchor-link" href="#{anchor}">¶</a></h{level}>'

    body = _HEADING.sub(visit, body)
    lines, open_part = [], False
    for level, anchor, text in items:
        if level == "1":
            lines.append(("</ol></li>" if open_part else "") + f'<li><a href="#{anchor}">{text}</a><ol>')
            open_part = True
        else:
            lines.append(f'<li><a href="#{anchor}">{text}</a></li>')
    toc = "".join(lines) + ("</ol></li>" if open_part else "")
    return body, f'<nav class="report-toc"><h2>Contents</h2><ol>{toc}</ol></nav>'


def assemble(body: str, *, title: str, top: str, documents: str, data: dict) -> str:
    """The whole page: the error recorder and style in ``<head>``, the top and the documents around the body.

    Args:
        body: the rendered notebook (:func:`render_body`).
        title: the corpus's name (the page's title).
        top: the header, contents and filter bar.
        documents: the documents' part.
        data: :func:`page_data`.

    Returns:
        The page's HTML.
    """
    head = f"{ERRORS}<style>{_asset('page.css')}</style>"
    body = re.sub(r"<title>.*?</title>", lambda _: f"<title>{html.escape(title)} · source analysis report</title>",
                  body, count=1, flags=re.S)
    body = body.replace("<head>", "<head>\n" + head, 1)
    body = body.replace("<main>", "<main>\n" + top, 1)
    script = f"<script type=\"module\">{_asset('page.js')}</script>\n"
    end = f"{documents}\n<script type=\"application/json\" id=\"report-data\">{_json(data)}</script>\n"
    bundle = _BUNDLE.search(body)
    if bundle:  # right after the DataTables bundle: the script is ready before the first table is made
        body = body[:bundle.end()] + script + body[bundle.end():]
    else:
        end += script
    return body.replace("</main>", end + "</main>", 1)
