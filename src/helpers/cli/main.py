"""Command line: ``python -m helpers analyze CORPUS --out OUT_DIR``.

CORPUS is a folder (or a ``.zip``) of ``.txt`` / ``.md`` / ``.html`` / ``.pdf`` / ``.docx`` files
(searched recursively, with ``catalog.csv`` for metadata; other files are
named in one line and listed in ``run.json``) or one JSON, JSONL, CSV, TSV
(these also ``.gz``), Excel or Parquet file with a text column and metadata
columns.  Documents are read, analysed (in ``--jobs``
worker processes) and written in batches, as one UTF-8 CSV with BOM (or one
Parquet file) per table in OUT_DIR; ``--engine dask`` runs on a Dask cluster
and writes partitioned Parquet.  Problems get one line each on stderr naming
the file and the line or record; the other documents' results are still
written and the exit code is 1.  The tables are staged in ``OUT_DIR.partial``
and moved into OUT_DIR only when complete, with a manifest ``run.json``.
Problems of the command itself (a missing or unreadable CORPUS, an OUT_DIR
that cannot be written or that another run is writing, a text column that is
not in the file) and a write that fails (a full disk) are one ``error:`` line
and exit status 2.  SIGTERM and SIGHUP stop a run as Ctrl-C does (one
``stopped:`` line), with exit status 128 + the signal (143, 129; Ctrl-C 130).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from contextlib import contextmanager

from helpers.cli.early import start_if_wanted
from helpers.engine import collector

__all__ = ["main", "build_parser"]

#: Names of :mod:`helpers.cli.runs` this module also offers (imported on first use: :func:`main`
#: starts the workers' forkserver, when the run will use one, before the command line's imports).
_RUNS = ("add_run_options", "run_analysis", "run_columns", "usage_problem")


def __getattr__(name: str):
    if name in _RUNS:
        from helpers.cli import runs

        return getattr(runs, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _add_analyze(commands) -> None:
    from helpers.cli.runs import add_run_options
    from helpers.io.formats import FORMATS
    from helpers.io.tables import TABLES  # not the pipeline: it is imported when a run starts

    analyze = commands.add_parser(
        "analyze", help="analyse a corpus and write the tables",
        description="Analyse a corpus and write documents, sentences, mentions, events, quotes, "
                    "stances, claims and cleaning tables into OUT_DIR. CORPUS is a folder or .zip "
                    "of .txt/.md/.html/.pdf/.docx files (searched recursively; catalog.csv gives metadata; "
                    "other files are named and listed in run.json) or one .json, .jsonl/.ndjson, "
                    ".csv, .tsv (these also .gz), .xlsx or .parquet file (one document per "
                    "record). "
                    "Exit status: 0 when every input was processed, 1 when any input failed (its "
                    "error is printed, the rest is still written), 2 for a usage error, an "
                    "OUT_DIR another run is writing or a failed write (a full disk); 130, 143, "
                    "129 when stopped by Ctrl-C, SIGTERM, SIGHUP. The tables are staged in "
                    "OUT_DIR.partial and moved into OUT_DIR when complete, with "
                    "OUT_DIR/run.json (command, version, inputs, counts, complete).")
    analyze.add_argument("corpus", metavar="CORPUS",
                         help=FORMATS)
    analyze.add_argument("--out", metavar="OUT_DIR", required=True,
                         help="folder to write the tables into (created if missing)")
    analyze.add_argument("--tables", metavar="NAME", nargs="+", choices=TABLES,
                         default=list(TABLES),
                         help="tables to write (default: all); only the stages they need "
                              "run, e.g. 'mentions events' skips quotes, stances and figures: "
                              + ", ".join(TABLES))
    add_run_options(analyze)
    analyze.add_argument("--judgements", metavar="FILE", nargs="+", default=None,
                         help="judgements of validation samples (helpers validate; JSONL or filled-in "
                              "sample .csv/.xlsx): the tables they correct are also written as "
                              "TABLE.corrected.csv beside TABLE.csv, which stays as extracted")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (``--help`` documents every option).

    Returns:
        An ``argparse.ArgumentParser``.
    """
    parser = argparse.ArgumentParser(
        prog="helpers", description="Arabic-first source analysis of a corpus.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_analyze(commands)
    from helpers.cli.report import add_report_command

    add_report_command(commands)
    from helpers.cli.validate import add_validate_command

    add_validate_command(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m helpers`` and the ``helpers`` script.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit code.
    """
    collector.pause()  # start-up makes long-lived objects only (helpers.engine.collector)
    try:
        return _main(argv)
    finally:
        collector.resume()


def _main(argv: list[str] | None) -> int:
    start_if_wanted(sys.argv[1:] if argv is None else list(argv))  # before the imports below
    from helpers.cli.runs import run_analysis, run_options_of

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command != "analyze" or args.engine == "dask":
        collector.resume()  # paused for a local analysis's start only
    if args.command in ("report", "validate"):
        return args.run(args)
    if args.command != "analyze":
        return 2
    if args.engine == "dask" and args.fmt == "csv":
        parser.error("--engine dask writes Parquet; drop --format csv")
    if args.scheduler and args.engine != "dask":
        parser.error("--scheduler needs --engine dask")
    if args.topic:
        from helpers.relevance.topics import TopicError, load_profile

        try:
            load_profile(args.topic)
        except TopicError as exc:
            parser.error(str(exc))
    command = ["helpers", *(sys.argv[1:] if argv is None else argv)]
    missing = [f for f in args.judgements or () if not os.path.isfile(f)]
    if missing:
        parser.error(f"--judgements: {missing[0]}: no such file")
    try:
        with _stopping_signals():
            code = run_analysis(args.corpus, args.out, run_options_of(args, command=command))
    except KeyboardInterrupt as exc:  # Ctrl-C, or RunStopped by SIGTERM / SIGHUP
        return 128 + int(getattr(exc, "signum", signal.SIGINT))
    if args.judgements and code in (0, 1):
        from helpers.cli.validate import print_corrections
        from helpers.validate.corrected import write_corrected

        print_corrections(*write_corrected(args.out, args.judgements))
    return code


@contextmanager
def _stopping_signals():
    """SIGTERM and SIGHUP raise :class:`~helpers.engine.scale_report.RunStopped` in the block.

    A second such signal ends the process at once.  Nothing is changed
    outside the main thread (where handlers cannot be set).
    """
    from helpers.engine.scale_report import stop_signal

    wanted = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    if threading.current_thread() is not threading.main_thread():
        wanted = []
    previous = {signum: signal.signal(signum, stop_signal) for signum in wanted}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
