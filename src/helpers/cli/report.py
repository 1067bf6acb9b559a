"""``helpers report CORPUS --out report.html``: the analysis notebooks as one web page.

For readers without Python: the analysis parts of notebooks 02–04 are run
with papermill on the corpus (their "Lesson (on the seeds)" cells, tagged
``lesson``, are left out), merged into one notebook, and rendered by
nbconvert without the code (``exclude_input``), images embedded, tables
interactive (DataTables bundled, no network).  The page loads no script or
style from the network.  With ``--judgements FILE…`` (judgements of the
corpus's rows, ``helpers validate``) the notebooks' ``JUDGEMENTS`` parameter
is set: every section uses the corrected tables and states the precision
measured on this corpus (the tables of ``helpers analyze`` are not touched).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

__all__ = ["ANALYSIS_NOTEBOOKS", "notebooks_folder", "analysis_notebook", "run_notebook", "build_report",
           "add_command"]

#: The notebooks whose analysis parts make up the report, in order.
ANALYSIS_NOTEBOOKS = ("02_source_comparison.ipynb", "03_timeline.ipynb", "04_stance_summaries.ipynb")
_CDN = re.compile(r'<script[^>]+src="https?://[^"]*"[^>]*>\s*</script>\s*')
#: Records script errors on the page (``data-script-errors`` on ``<html>``), for readers and tests.
_ERRORS = ("<script>window.__reportErrors=[];function __reportError(m){window.__reportErrors.push(String(m));"
           "document.documentElement.setAttribute('data-script-errors',window.__reportErrors.join(' | '));}"
           "window.addEventListener('error',function(e){__reportError(e.message);});"
           "window.addEventListener('unhandledrejection',function(e){__reportError(e.reason);});</script>")


def notebooks_folder() -> Path:
    """The repository's ``notebooks/`` folder (next to ``src/``).

    Returns:
        The folder path; raises FileNotFoundError when the package is not
        run from a checkout (pass ``notebooks=`` to :func:`build_report`).
    """
    folder = Path(__file__).resolve().parents[3] / "notebooks"
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: notebooks folder not found (pass --notebooks DIR)")
    return folder


def analysis_notebook(path: Path):
    """A notebook without its lesson cells (tagged ``lesson``).

    Args:
        path: the ``.ipynb`` file.

    Returns:
        The ``nbformat`` notebook, outputs cleared.
    """
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    notebook.cells = [c for c in notebook.cells if "lesson" not in c.get("metadata", {}).get("tags", [])]
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    return notebook


def run_notebook(path: Path, *, parameters: dict, workdir: Path, cwd: Path, timeout: int = 1800):
    """Execute a notebook's analysis part with papermill.

    Args:
        path: the notebook.
        parameters: injected after the cell tagged ``parameters``.
        workdir: where the stripped and the executed copies are written.
        cwd: the working directory of the kernel.
        timeout: seconds per cell.

    Returns:
        The executed ``nbformat`` notebook (papermill raises on a failing cell).
    """
    import nbformat
    import papermill

    source, executed = workdir / f"in_{path.name}", workdir / f"out_{path.name}"
    nbformat.write(analysis_notebook(path), source)
    papermill.execute_notebook(str(source), str(executed), parameters=parameters, cwd=str(cwd),
                               kernel_name="python3", progress_bar=False, execution_timeout=timeout)
    return nbformat.read(executed, as_version=4)


def _title_cell(corpus: str, scope: str, topic: str, judgements=()):
    import nbformat

    from helpers.io.display import escape_markdown

    name, topic, scope = (f"<code>{escape_markdown(v)}</code>" for v in (Path(corpus).name, topic, scope))
    judged = (" · judgements: " + ", ".join(f"<code>{escape_markdown(Path(j).name)}</code>" for j in judgements)
              if judgements else "")
    return nbformat.v4.new_markdown_cell(
        f"# Source analysis report\n\nCorpus: {name} · topic profile: {topic} · "
        f"scope: {scope}{judged}.\n\nSections: source comparison (names, voices, figures, vocabulary), "
        "timeline (dated events per outlet), stances (actor × outlet, with evidence). Every number "
        "can be traced to the words in the documents with the tables of `helpers analyze`.")


def build_report(corpus: str | Path, out: str | Path, *, scope: str = "topical", topic: str = "xinjiang",
                 notebooks: str | Path | None = None, judgements=None, timeout: int = 1800) -> Path:
    """Run the analysis notebooks on a corpus and write one self-contained HTML page.

    Args:
        corpus: a folder or a JSONL/CSV/Parquet file.
        out: the HTML file to write.
        scope: ``topical``, ``passing`` or ``all`` (documents analysed).
        topic: the topic profile's name.
        notebooks: the folder holding the notebooks (default: the checkout's).
        judgements: None, or one or several judgements files of the corpus
            (JSONL, filled-in CSV/XLSX samples): the notebooks' ``JUDGEMENTS``.
        timeout: seconds per cell.

    Returns:
        The path written.
    """
    import nbformat
    from nbconvert import HTMLExporter

    corpus = Path(corpus).resolve()
    if not corpus.exists():
        raise FileNotFoundError(f"{corpus}: no such corpus")
    judged = [] if judgements is None else [judgements] if isinstance(judgements, (str, Path)) else list(judgements)
    judged = [str(Path(j).resolve()) for j in judged]
    for path in judged:
        if not Path(path).is_file():
            raise FileNotFoundError(f"{path}: no such judgements file")
    folder = Path(notebooks) if notebooks else notebooks_folder()
    parameters = {"CORPUS_DIR": str(corpus), "TOPIC": topic, "SCOPE": scope, "INTERACTIVE": True,
                  "JUDGEMENTS": judged or None}
    merged = nbformat.v4.new_notebook(cells=[_title_cell(str(corpus), scope, topic, judged)])
    with tempfile.TemporaryDirectory(prefix="helpers-report-") as tmp:
        for name in ANALYSIS_NOTEBOOKS:
            executed = run_notebook(folder / name, parameters=parameters, workdir=Path(tmp), cwd=folder,
                                    timeout=timeout)
            merged.cells.extend(c for c in executed.cells
                                if "parameters" not in c.metadata.get("tags", [])
                                and "injected-parameters" not in c.metadata.get("tags", []))
    merged.metadata = executed.metadata
    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True)
    exporter.mathjax_url = ""
    body, _ = exporter.from_notebook_node(merged)
    body = _CDN.sub("", body).replace("<head>", "<head>\n" + _ERRORS, 1)
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")
    return target


def add_command(commands) -> None:
    """Register ``helpers report`` on the command line's subparsers.

    Args:
        commands: the ``argparse`` subparsers of :func:`helpers.cli.cli.build_parser`.

    Returns:
        None; the parsed arguments carry ``run`` (the command's function).
    """
    report = commands.add_parser(
        "report", help="run the analysis notebooks on a corpus and write one HTML page",
        description="Run the analysis parts of notebooks 02-04 on CORPUS (papermill) and write one "
                    "self-contained HTML page (no code, interactive tables, no network needed); with "
                    "--judgements, the corrected tables and the precision measured on the corpus.")
    report.add_argument("corpus", metavar="CORPUS", help="folder of .txt/.html files, or a .jsonl/.csv/.parquet file")
    report.add_argument("--out", metavar="HTML", default="report.html", help="the page to write (report.html)")
    report.add_argument("--scope", choices=("topical", "passing", "all"), default="topical",
                        help="documents analysed, by relevance (default: topical)")
    report.add_argument("--topic", default="xinjiang", help="topic profile (default: xinjiang)")
    report.add_argument("--notebooks", metavar="DIR", default=None, help="folder holding the notebooks")
    report.add_argument("--judgements", metavar="FILE", nargs="+", default=None,
                        help="judgements of the corpus's rows (helpers validate): corrected tables, measured precision")
    report.set_defaults(run=_run)


def _run(args) -> int:
    import sys

    try:
        path = build_report(args.corpus, args.out, scope=args.scope, topic=args.topic, notebooks=args.notebooks,
                            judgements=args.judgements)
    except FileNotFoundError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    except Exception as problem:  # a failing notebook cell: one line, the cell's error
        last = (str(problem).strip().splitlines() or [""])[-1]
        print(f"error: {args.corpus}: report failed: {type(problem).__name__}: {last}", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0
