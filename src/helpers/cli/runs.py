"""A run of ``helpers analyze``: its options (shared with ``helpers report``) and the function that runs it.

:func:`add_run_options` adds the options of a run (scope, topic, format, jobs, engine, record columns …) to a
parser, :func:`run_columns` reads the column names back, :func:`usage_problem` says what keeps a run from
starting and :func:`run_analysis` runs it.  ``helpers.cli.main`` (the command line) and ``helpers.cli.report`` both
import them from here, so neither imports the other's module for them.
"""

from __future__ import annotations

import argparse
import os
import sys

from helpers.engine.options import RunOptions, run_options
from helpers.io.formats import RECORD_SUFFIXES, Columns, format_problem, record_columns, source_kind
from helpers.io.staging import OutputError, output_problem
from helpers.io.tables import TABLES  # not the pipeline: it is imported when a run starts

__all__ = ["add_run_options", "run_columns", "run_options_of", "usage_problem", "run_analysis"]

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


def add_run_options(parser) -> None:
    """The options of a run of ``helpers analyze`` (scope, topic, format, jobs, engine, columns …).

    ``helpers report`` takes the same options for the run it makes.

    Args:
        parser: an ``argparse`` parser.

    Returns:
        None; the options are added to ``parser``.
    """
    parser.add_argument("--scope", choices=("topical", "passing", "all"), default="topical",
                        help="which documents are analysed beyond their row in documents "
                             "(relevance to the topic profile): topical (default), passing "
                             "(topical and passing mentions) or all")
    parser.add_argument("--topic", metavar="PROFILE", default=None,
                        help="topic profile: a packaged name (xinjiang, the default; rohingya) "
                             "or the path of a TOML file (see data/topics/xinjiang.toml)")
    parser.add_argument("--format", choices=("csv", "parquet"), default=None, dest="fmt",
                        help="csv (UTF-8 with BOM, the default) or parquet (the default and "
                             "only choice with --engine dask)")
    parser.add_argument("--jobs", metavar="N", type=_positive, default=None,
                        help=f"worker processes (default: all cores, here {os.cpu_count()})")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local: worker processes on this machine (default); dask: a Dask "
                             "cluster, writing OUT_DIR/TABLE/part-NNNNN.parquet")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="with --engine dask: address of a running Dask scheduler (e.g. "
                             "tcp://10.0.0.5:8786); default: a local cluster of --jobs workers")
    parser.add_argument("--batch-size", metavar="N", type=_positive, default=50,
                        help="documents per batch (default: 50)")
    parser.add_argument("--no-progress", action="store_true",
                        help="no progress bar (it is shown only on a terminal anyway)")
    group = parser.add_argument_group(
        "record files", "column names in a JSONL, CSV or Parquet corpus (defaults: the first "
                        "present of the names listed)")
    defaults = Columns()
    for option, key, what in _COLUMN_OPTIONS:
        group.add_argument(f"--{option}-column", metavar="NAME", dest=f"{key}_column",
                           help=f"column with {what} (default: "
                               f"{' / '.join(getattr(defaults, key))})")


def run_options_of(args, *, command: list[str] | None = None) -> RunOptions:
    """The options of a run as the command line gives them (built once, handed to the engine).

    Args:
        args: the parsed arguments of a parser with :func:`add_run_options`.
        command: the command line recorded in ``run.json`` (None: ``sys.argv``).

    Returns:
        A :class:`~helpers.engine.options.RunOptions`.
    """
    return RunOptions(scope=args.scope or "topical", topic=args.topic, tables=getattr(args, "tables", TABLES),
                      fmt=args.fmt or "csv", engine=args.engine, jobs=args.jobs, scheduler=args.scheduler,
                      columns=run_columns(args), batch_docs=args.batch_size,
                      progress=False if args.no_progress else None, command=command)


def run_analysis(corpus: str, out: str, options: RunOptions | None = None, *, stderr=None,
                 **overrides) -> int:
    """Analyse a corpus and write its tables.

    Args:
        corpus: the corpus folder or file.
        out: the output folder.
        options: the run's options (:class:`~helpers.engine.options.RunOptions`; its
            ``engine`` field picks :func:`helpers.engine.scale.run` or
            :func:`helpers.engine.dask_engine.analyze_dask`).
        stderr: where error lines go.
        **overrides: fields of the options given as keywords (``jobs=1, scope="all"`` …).

    Returns:
        The exit code: 0 when every input was processed, 1 otherwise, 2 when
        the run could not start (see :func:`usage_problem`; another run
        writing ``out``) or could not write its tables (a full disk).
    """
    import helpers.engine.scale as scale

    options = run_options(options, **overrides)
    stderr = stderr or sys.stderr
    problem = usage_problem(corpus, out, columns=options.columns or Columns())
    if problem:
        print(f"error: {problem}", file=stderr)
        return 2
    analyze = scale.analyze_dask if options.engine == "dask" else scale.run
    try:
        report = analyze(corpus, out, options, stderr=stderr)
    except OutputError as exc:
        print(f"error: {exc}", file=stderr)
        return 2
    return report.exit_code


def run_columns(args) -> Columns:
    """The record-file column names given on the command line (``--text-column`` …).

    Args:
        args: the parsed arguments of a parser with :func:`add_run_options`.

    Returns:
        The :class:`~helpers.io.formats.Columns` to read with.
    """
    return Columns().override(**{key: getattr(args, f"{key}_column") for _, key, _ in _COLUMN_OPTIONS})


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
