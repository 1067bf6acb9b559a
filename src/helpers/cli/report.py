"""``helpers report CORPUS|OUT_DIR --out report.html``: one self-contained page for readers.

A corpus is analysed ONCE by ``helpers analyze`` (with all its options:
scope, topic, columns of a record file, jobs, format …) into ``--results
DIR`` or a temporary folder; an output folder of ``helpers analyze``
(recognised by its ``run.json``, CSV or Parquet) is read as it is.  The
analysis parts of notebooks 02–04 then read that folder (their
``RESULTS_DIR``) in one kernel (:mod:`helpers.cli.report_notebooks`), and
the page is put together (:mod:`helpers.cli.report_page`): title, date,
version and command, contents, an overview of the corpus, filters, every
``doc_id`` linked to its document with its rows highlighted
(:mod:`helpers.cli.report_documents`), downloads of each figure (SVG, PNG)
and table (CSV).  Progress and a closing summary go to stderr, as with
``helpers analyze``.  With ``--judgements FILE…`` every section uses the
corrected tables and states the precision measured on the corpus.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

from helpers.cli.report_notebooks import ANALYSIS_NOTEBOOKS, execute_report

__all__ = ["ANALYSIS_NOTEBOOKS", "ReportError", "notebooks_folder", "build_report", "add_report_command"]


#: At most this many of analyze's error lines are listed on the page.
_SHOWN = 20


class ReportError(Exception):
    """A report that cannot be made: ``str()`` is one line; ``code`` the exit status."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


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


def _made_on() -> str:
    """The date the page says it was made: ``SOURCE_DATE_EPOCH`` (seconds, UTC) when set, else today.

    Returns:
        An ISO date.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date().isoformat()
    return dt.date.today().isoformat()


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("helpers")
    except metadata.PackageNotFoundError:
        return "0+source"


def _analysed(source: Path, results: Path, analysis: dict, log) -> float:
    """Run ``helpers analyze`` once into ``results``; the seconds it took (raises ReportError when it cannot run)."""
    from helpers.cli.runs import run_analysis

    start = time.perf_counter()
    code = run_analysis(str(source), str(results), stderr=log, **analysis)
    if code not in (0, 1):
        said = "see the line above" if log.log is not None or not log.errors else log.errors[-1]
        raise ReportError(f"{source}: the analysis could not run ({said})", code)
    return time.perf_counter() - start


class _Kept:
    """A stream that passes lines on to ``log`` (if any) and keeps analyze's ``error:`` lines for the page."""

    def __init__(self, log) -> None:
        self.log, self.errors, self._line = log, [], ""

    def write(self, text: str) -> int:
        if self.log is not None:
            self.log.write(text)
        lines = (self._line + text).split("\n")
        self._line = lines.pop()
        self.errors += [line[len("error: "):] for line in lines if line.startswith("error: ")]
        return len(text)

    def flush(self) -> None:
        if self.log is not None:
            self.log.flush()


def build_report(source: str | Path, out: str | Path, *, scope: str | None = None, topic: str | None = None,
                 notebooks: str | Path | None = None, judgements=None, kwic=(), results: str | Path | None = None,
                 analysis: dict | None = None, command: str | None = None, log=None,
                 timeout: int = 1800, status: dict | None = None) -> Path:
    """Analyse a corpus once (or read an output folder) and write the report page.

    Args:
        source: a corpus (folder, JSONL/CSV/Parquet … file) or an output folder of ``helpers analyze``.
        out: the HTML file to write.
        scope: ``topical``, ``passing`` or ``all``: the documents analysed (default topical) or, for an
            output folder, shown (default: the run's scope; a wider one than the run's cannot be shown).
        topic: the topic profile's name or TOML path (default: xinjiang; a folder keeps its run's).
        notebooks: the folder holding the notebooks (default: the checkout's).
        judgements: None, or judgements files of the corpus (JSONL, filled-in CSV/XLSX).
        kwic: words or phrases to read in context (notebook 02's ``KWIC_TERMS``).
        results: where the analysis is written (default: a temporary folder, removed).
        analysis: more options of the run (fields of :class:`helpers.engine.options.RunOptions`: fmt, jobs,
            columns, engine …).
        command: the command line shown on the page.
        log: where progress lines go (default: nowhere).
        timeout: seconds per notebook cell.
        status: a dict that receives ``failed`` (inputs the run could not read) and ``timings``.

    Returns:
        The path written.

    Raises:
        ReportError: a missing source or judgements file, an analysis that could not run.
    """
    source = Path(source)
    if not source.exists():
        raise ReportError(f"{source}: no such corpus or output folder")
    judged = [] if judgements is None else [judgements] if isinstance(judgements, (str, Path)) else list(judgements)
    judged = [Path(j).resolve() for j in judged]
    for path in judged:
        if not path.is_file():
            raise ReportError(f"{path}: no such judgements file")
    folder = Path(notebooks) if notebooks else notebooks_folder()
    with tempfile.TemporaryDirectory(prefix="helpers-report-") as tmp:
        timings = {}
        from helpers.io.results import is_results

        problems: list[str] = []
        if is_results(source):
            folder_in = source.resolve()
            timings["analyze"] = 0.0
        else:
            folder_in = Path(results).resolve() if results else Path(tmp) / "results"
            options = {"scope": scope or "topical", "topic": topic, "command": (command or "helpers report").split(),
                       **(analysis or {})}
            kept = _Kept(log)
            timings["analyze"] = _analysed(source, folder_in, options, kept)
            problems = kept.errors
        return _write(source, folder_in, Path(out), folder=folder, judged=judged, kwic=list(kwic or ()),
                      scope=scope, command=command or f"helpers report {source}", log=log, timeout=timeout,
                      timings=timings, status=status if status is not None else {}, problems=problems)


def _write(source: Path, folder_in: Path, out: Path, *, folder: Path, judged, kwic, scope, command, log, timeout,
           timings, status, problems=()) -> Path:
    """Run the notebooks on ``folder_in`` and write the page; print the closing summary."""
    from helpers.analysis.outlets import scope_tables
    from helpers.cli.report_documents import documents_section
    from helpers.cli.report_page import assemble, contents, figure_outputs, filter_bar, header, page_data, render_body
    from helpers.io.results import read_results

    run = read_results(folder_in)
    status.update(failed=run.failed, timings=timings)
    used, why = run.narrowest(scope or run.scope)
    scoped, note = scope_tables(run.tables, scope=used)
    total, kept = len(run.tables["documents"]), len(scoped["documents"])
    if log is not None:
        print(f"report: {kept} of {total} documents in scope '{used}' ({folder_in})", file=log, flush=True)
        if why:
            print(f"note: {why}", file=log, flush=True)
    start = time.perf_counter()
    parameters = {"CORPUS_DIR": None, "RESULTS_DIR": str(folder_in), "TOPIC": run.topic, "SCOPE": used,
                  "JUDGEMENTS": [str(j) for j in judged] or None, "INTERACTIVE": True, "KWIC_TERMS": kwic}
    executed = execute_report(folder, parameters, log=log, timeout=timeout)
    timings["notebooks"] = time.perf_counter() - start
    start = time.perf_counter()
    figures = figure_outputs(executed)
    body, toc = contents(render_body(executed))
    documents = documents_section(run.documents(), run.tables, body, scope=used)
    name = source.name if not source.is_dir() or not (source / "run.json").is_file() else _corpus_name(run, source)
    top = header(name=name, made=_made_on(), version=_version(), command=command, topic=run.topic,
                 scope=used, counts=f"{kept} of {total} documents in scope",
                 judgements=[j.name for j in judged], failed=_failed(run, problems),
                 warning=" ".join(part for part in (why, "" if kept else note) if part))
    top += toc + filter_bar(scoped["documents"])
    page = assemble(body, title=name, top=top, documents=documents, data=page_data(run.tables["documents"], body))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    timings["page"] = time.perf_counter() - start
    if log is not None:
        if not kept:
            print(f"note: {note}", file=log)
        spent = ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())
        print(f"done: {out} written ({len(page.encode('utf-8')) / 1e6:.1f} MB; {kept} of {total} documents in "
              f"scope, {figures} figures); {spent}", file=log, flush=True)
    return out


def _failed(run, problems) -> list[str]:
    """What the page says of the inputs the analysis could not read: analyze's error lines, else run.json's counts."""
    if problems:
        more = [f"… and {len(problems) - _SHOWN:,} more"] if len(problems) > _SHOWN else []
        return list(problems[:_SHOWN]) + more
    counts = run.run.get("failed") or {}
    return [f"{reason}: {count:,} input(s)" for reason, count in sorted(counts.items())]


def _corpus_name(run, folder: Path) -> str:
    """The name of the corpus an output folder was made from (its first input), else the folder's."""
    inputs = run.run.get("inputs") or []
    path = inputs[0].get("path") if inputs and isinstance(inputs[0], dict) else None
    return Path(path).name if path else folder.name


def add_report_command(commands) -> None:
    """Register ``helpers report`` on the command line's subparsers.

    Args:
        commands: the ``argparse`` subparsers of :func:`helpers.cli.main.build_parser`.

    Returns:
        None; the parsed arguments carry ``run`` (the command's function).
    """
    from helpers.cli.runs import add_run_options
    from helpers.io.formats import FORMATS

    report = commands.add_parser(
        "report", help="analyse a corpus once (or read an analyze output folder) and write one HTML page",
        description="Write one self-contained HTML page (no code, no network needed) of the analysis parts of "
                    "notebooks 02-04: a corpus is analysed once by helpers analyze (with the options below) into "
                    "--results DIR or a temporary folder; an output folder of helpers analyze (it has run.json) "
                    "is read as it is. The page has an overview of the corpus, filters by outlet, date and "
                    "relevance, every doc_id linked to its document with its rows highlighted, and downloads of "
                    "each figure (SVG, PNG) and table (CSV). With --judgements, the corrected tables and the "
                    "precision measured on the corpus. Exit status: 0, 1 when inputs failed or a section could not "
                    "be made, 2 for a usage error (as helpers analyze).")
    report.add_argument("corpus", metavar="CORPUS|OUT_DIR", help=FORMATS + "; or an output folder of helpers analyze")
    report.add_argument("--out", metavar="HTML", default="report.html", help="the page to write (report.html)")
    report.add_argument("--results", metavar="DIR", default=None,
                        help="keep the tables of the analysis in DIR (default: a temporary folder, removed)")
    report.add_argument("--kwic", metavar="TERM", nargs="+", default=[],
                        help="words or phrases to read in context (keyword in context, sortable by the word "
                             "before or after)")
    report.add_argument("--notebooks", metavar="DIR", default=None, help="folder holding the notebooks")
    report.add_argument("--judgements", metavar="FILE", nargs="+", default=None,
                        help="judgements of the corpus's rows (helpers validate): corrected tables, measured precision")
    add_run_options(report)
    report.set_defaults(run=_run, scope=None)  # an output folder: its run's scope; a corpus: topical


def _run(args) -> int:
    from helpers.cli.runs import run_columns

    command = "helpers " + " ".join(sys.argv[1:]) if sys.argv[1:2] == ["report"] else None
    analysis = {"fmt": args.fmt or "csv", "jobs": args.jobs, "engine": args.engine, "scheduler": args.scheduler,
                "columns": run_columns(args), "batch_docs": args.batch_size,
                "progress": False if args.no_progress else None}
    try:
        if args.topic:
            from helpers.relevance.topics import TopicError, load_profile

            try:
                load_profile(args.topic)
            except TopicError as exc:
                raise ReportError(str(exc)) from None
        status: dict = {}
        build_report(args.corpus, args.out, scope=args.scope, topic=args.topic, notebooks=args.notebooks,
                     judgements=args.judgements, kwic=args.kwic, results=args.results, analysis=analysis,
                     command=command, log=sys.stderr, status=status)
    except ReportError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return problem.code
    except FileNotFoundError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    except Exception as problem:  # a failing notebook cell: one line, the cell's error
        last = (str(problem).strip().splitlines() or [""])[-1]
        print(f"error: {args.corpus}: report failed: {type(problem).__name__}: {last}", file=sys.stderr)
        return 1
    return 1 if status.get("failed") else 0
