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

from helpers.io.formats import (FORMATS, RECORD_SUFFIXES, Columns, format_problem, record_columns,
                                source_kind)
from helpers.io.tables import TABLES  # not the pipeline: it is imported when a run starts
from helpers.io.staging import OutputError, output_problem

__all__ = ["main", "build_parser", "analyze", "usage_problem"]

_COLUMN_OPTIONS = (("text", "text", "the document text"),
                   ("id", "doc_id", "the document id"),
                   ("title", "title", "the title"),
                   ("url", "url", "the URL"),
                   ("date", "published", "the publication date"),
                   ("outlet", "outlet", "the outlet (source)"),
                   ("language", "language", "the language"),
                   ("genre", "genre", "the genre"))


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _add_analyze(commands) -> None:
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
    analyze.add_argument("--scope", choices=("topical", "passing", "all"), default="topical",
                         help="which documents are analysed beyond their row in documents "
                              "(relevance to the topic profile): topical (default), passing "
                              "(topical and passing mentions) or all")
    analyze.add_argument("--topic", metavar="PROFILE", default=None,
                         help="topic profile: a packaged name (xinjiang, the default; rohingya) "
                              "or the path of a TOML file (see data/topics/xinjiang.toml)")
    analyze.add_argument("--format", choices=("csv", "parquet"), default=None, dest="fmt",
                         help="csv (UTF-8 with BOM, the default) or parquet (the default and "
                              "only choice with --engine dask)")
    analyze.add_argument("--jobs", metavar="N", type=_positive, default=None,
                         help=f"worker processes (default: all cores, here {os.cpu_count()})")
    analyze.add_argument("--engine", choices=("local", "dask"), default="local",
                         help="local: worker processes on this machine (default); dask: a Dask "
                              "cluster, writing OUT_DIR/TABLE/part-NNNNN.parquet")
    analyze.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: address of a running Dask scheduler (e.g. "
                              "tcp://10.0.0.5:8786); default: a local cluster of --jobs workers")
    analyze.add_argument("--batch-size", metavar="N", type=_positive, default=50,
                         help="documents per batch (default: 50)")
    analyze.add_argument("--no-progress", action="store_true",
                         help="no progress bar (it is shown only on a terminal anyway)")
    analyze.add_argument("--judgements", metavar="FILE", nargs="+", default=None,
                         help="judgements of validation samples (helpers validate; JSONL or filled-in "
                              "sample .csv/.xlsx): the tables they correct are also written as "
                              "TABLE.corrected.csv beside TABLE.csv, which stays as extracted")
    group = analyze.add_argument_group(
        "record files", "column names in a JSONL, CSV or Parquet corpus (defaults: the first "
                        "present of the names listed)")
    defaults = Columns()
    for option, key, what in _COLUMN_OPTIONS:
        group.add_argument(f"--{option}-column", metavar="NAME", dest=f"{key}_column",
                           help=f"column with {what} (default: "
                                f"{' / '.join(getattr(defaults, key))})")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (``--help`` documents every option).

    Returns:
        An ``argparse.ArgumentParser``.
    """
    parser = argparse.ArgumentParser(
        prog="helpers", description="Arabic-first source analysis of a corpus.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_analyze(commands)
    from helpers.cli.report import add_command as _add_report

    _add_report(commands)
    from helpers.cli.validate import add_command as _add_validate

    _add_validate(commands)
    return parser


def analyze(corpus: str, out: str, *, tables=TABLES, fmt: str = "csv", jobs: int | None = None,
            engine: str = "local", scheduler: str | None = None, columns: Columns | None = None,
            batch_size: int = 50, progress: bool | None = None, stderr=None,
            command: list[str] | None = None, scope: str = "topical",
            topic: str | None = None) -> int:
    """Analyse a corpus and write its tables.

    Args:
        corpus: the corpus folder or file.
        out: the output folder.
        tables: the names of the tables to write.
        fmt: ``csv`` or ``parquet`` (``dask`` always writes Parquet).
        jobs: worker processes (default: every core).
        engine: ``local`` or ``dask``.
        scheduler: a Dask scheduler address (``dask`` engine).
        columns: column names for record files.
        batch_size: documents per batch.
        progress: progress bar on/off (default: on a terminal only).
        stderr: where error lines go.
        command: the command line recorded in ``run.json``.
        scope: topical | passing | all.
        topic: a topic profile's name or TOML path (default: xinjiang).

    Returns:
        The exit code: 0 when every input was processed, 1 otherwise, 2 when
        the run could not start (see :func:`usage_problem`; another run
        writing ``out``) or could not write its tables (a full disk).
    """
    import helpers.engine.scale as scale

    stderr = stderr or sys.stderr
    problem = usage_problem(corpus, out, columns=columns or Columns())
    if problem:
        print(f"error: {problem}", file=stderr)
        return 2
    try:
        if engine == "dask":
            report = scale.analyze_dask(corpus, out, scheduler=scheduler, jobs=jobs,
                                        columns=columns, tables=tables, batch_docs=batch_size,
                                        stderr=stderr, command=command, scope=scope,
                                        topic=topic)
        else:
            report = scale.run(corpus, out, fmt=fmt, jobs=jobs, columns=columns, tables=tables,
                               batch_docs=batch_size, progress=progress, stderr=stderr,
                               command=command, scope=scope, topic=topic)
    except OutputError as exc:
        print(f"error: {exc}", file=stderr)
        return 2
    return report.exit_code


def usage_problem(corpus: str, out: str, *, columns: Columns) -> str:
    """What makes a run impossible before it starts ("" when nothing).

    Args:
        corpus: the corpus path.
        out: the output folder.
        columns: the column names for record files.

    Returns:
        One line naming the path and the problem, or ``""``.
    """
    kind = source_kind(corpus)
    if kind == "missing":
        return f"{corpus}: no such file or folder"
    if kind == "unknown":
        return f"{corpus}: {format_problem(corpus)}"
    if not os.access(corpus, os.R_OK | (os.X_OK if kind == "folder" else 0)):
        return f"{corpus}: cannot be read (permission denied)"
    problem = output_problem(out)
    if problem:
        return f"--out: {problem}"
    if kind in RECORD_SUFFIXES.values():
        names = record_columns(corpus)
        if kind in ("csv", "tsv", "xlsx"):
            columns = columns.folded()
        if names and not set(columns.text) & set(names):
            return (f"{corpus}: no text column {' / '.join(map(repr, columns.text))} (the file "
                    f"has {', '.join(names[:12])}); name it with --text-column")
    return ""


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m helpers`` and the ``helpers`` script.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit code.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
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
    columns = Columns().override(**{key: getattr(args, f"{key}_column")
                                    for _, key, _ in _COLUMN_OPTIONS})
    command = ["helpers", *(sys.argv[1:] if argv is None else argv)]
    missing = [f for f in args.judgements or () if not os.path.isfile(f)]
    if missing:
        parser.error(f"--judgements: {missing[0]}: no such file")
    try:
        with _stopping_signals():
            code = analyze(args.corpus, args.out, tables=args.tables, fmt=args.fmt or "csv",
                           jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                           columns=columns, batch_size=args.batch_size,
                           progress=False if args.no_progress else None, command=command,
                           scope=args.scope, topic=args.topic)
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
