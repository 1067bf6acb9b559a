"""The analysis parts of notebooks 02–04, run in one kernel on an output folder of ``helpers analyze``.

The report is the notebooks' Part 2 for readers: each notebook's cells
without its lesson (cells tagged ``lesson``), the text meant for notebook
users (tagged ``notebook-only``: the lesson's introduction, "set
``CORPUS_DIR`` in the parameter cell", sections another notebook already
shows) and its parameter cell.  The three parts are merged into one
notebook behind one cell of parameters (``RESULTS_DIR``, so nothing is
analysed in the kernel) and executed in ONE kernel, each figure drawn as PNG
and SVG (for the page's downloads).  Progress goes to ``stderr``, one line per
part.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

__all__ = ["ANALYSIS_NOTEBOOKS", "PART_TITLES", "quick_nbformat", "report_cells", "merged_notebook",
           "execute_report"]

#: The notebooks whose analysis parts make up the report, in order.
ANALYSIS_NOTEBOOKS = ("02_source_comparison.ipynb", "03_timeline.ipynb", "04_stance_summaries.ipynb")
#: The heading of each notebook's part in the report.
PART_TITLES = {"02_source_comparison.ipynb": "Sources compared: names, voices, figures, vocabulary",
               "03_timeline.ipynb": "Time: attention and the dates the texts mention",
               "04_stance_summaries.ipynb": "Stances: who is portrayed as critical, defending, declining"}
_LEFT_OUT = {"lesson", "notebook-only", "parameters", "injected-parameters"}
#: "## B. Relevance" -> "## Relevance": the letters follow the notebooks, whose first sections the report leaves out.
_LETTER = re.compile(r"^(#{2,3}) [A-Z]\. ", re.MULTILINE)


def quick_nbformat():
    """``nbformat``, imported without the URI grammars its validator would compile (2-4 s at each start).

    jsonschema's format checkers build the grammars of ``rfc3987_syntax`` when it is installed; the
    notebooks' schema checks no IRI, so when jsonschema is not loaded yet that package is marked missing.

    Returns:
        The ``nbformat`` module.
    """
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # an import of it raises ImportError, which jsonschema skips
    import nbformat

    return nbformat


def report_cells(path: Path) -> list:
    """A notebook's cells for the report: no lesson, no notebook-only text, no parameter cell.

    Args:
        path: the ``.ipynb`` file.

    Returns:
        ``nbformat`` cells, outputs cleared, section letters taken out of the headings.
    """
    nbformat = quick_nbformat()
    notebook = nbformat.read(path, as_version=4)
    cells = [c for c in notebook.cells if not _LEFT_OUT & set(c.get("metadata", {}).get("tags", []))]
    for cell in cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        else:
            cell.source = _LETTER.sub(r"\1 ", cell.source)
    return cells


#: Figures as PNG and SVG, the SVG without its creation date (matplotlib writes the clock's time into it).
_FIGURE_CONFIG = ['%config InlineBackend.figure_formats = ["png", "svg"]',
                  '%config InlineBackend.print_figure_kwargs = {"bbox_inches": "tight", "metadata": {"Date": None}}']


def _parameters(parameters: dict) -> str:
    lines = [f"{name} = {value!r}" for name, value in parameters.items()]
    return "\n".join([*_FIGURE_CONFIG, *lines])


def merged_notebook(folder: Path, parameters: dict):
    """One notebook: a cell of parameters, then each notebook's part under its heading.

    Args:
        folder: the folder holding the notebooks.
        parameters: the values of the notebooks' parameter cells (``RESULTS_DIR`` …).

    Returns:
        ``(notebook, starts)``: the ``nbformat`` notebook and, per part, the
        index of its first cell.
    """
    nbformat = quick_nbformat()
    cells, starts = [nbformat.v4.new_code_cell(_parameters(parameters), id="report-parameters")], {}
    cells[0].metadata["tags"] = ["report-parameters"]
    for name in ANALYSIS_NOTEBOOKS:
        starts[name] = len(cells)  # new cells get fixed ids (nbformat draws random ones): the same page each run
        cells.append(nbformat.v4.new_markdown_cell(f"# {PART_TITLES[name]}", id=f"report-part-{len(starts)}"))
        cells.extend(report_cells(folder / name))
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata = nbformat.read(folder / ANALYSIS_NOTEBOOKS[0], as_version=4).metadata
    return notebook, starts


def execute_report(folder: Path, parameters: dict, *, log=None, timeout: int = 1800):
    """Run the merged notebook in one kernel.

    Args:
        folder: the folder holding the notebooks (the kernel's working directory).
        parameters: the notebooks' parameters.
        log: where the progress lines go (a file; None: nowhere).
        timeout: seconds per cell.

    Returns:
        The executed notebook.

    Raises:
        nbclient.exceptions.CellExecutionError: a cell failed (its error is the last line).
    """
    quick_nbformat()
    from nbclient import NotebookClient

    notebook, starts = merged_notebook(folder, parameters)
    parts, announced = sorted((index, name) for name, index in starts.items()), set()

    def said(cell, cell_index, **_):
        """One line when the first code cell of a part starts."""
        for number, (index, name) in enumerate(parts, start=1):
            if cell_index >= index and name not in announced:
                announced.add(name)
                if log is not None:
                    print(f"report: [{number}/{len(parts)}] {PART_TITLES[name]}", file=log, flush=True)

    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3", allow_errors=False,
                            resources={"metadata": {"path": str(folder)}}, on_cell_start=said)
    client.execute(stderr=subprocess.DEVNULL)  # the kernel's own warnings (transport, debugger) are noise here
    return notebook
