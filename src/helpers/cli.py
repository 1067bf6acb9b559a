"""Command line: ``python -m helpers analyze CORPUS --out OUT_DIR``.

CORPUS is a folder of ``.txt`` / ``.html`` files (searched recursively, with
``catalog.csv`` for metadata) or one JSONL, CSV or Parquet file with a text
column and metadata columns.  Documents are read, analysed (in ``--jobs``
worker processes) and written in batches, as one UTF-8 CSV with BOM (or one
Parquet file) per table in OUT_DIR; ``--engine dask`` runs on a Dask cluster
and writes partitioned Parquet.  Problems get one line each on stderr naming
the file and the line or record; the other documents' results are still
written and the exit code is 1.
"""

from __future__ import annotations

import argparse
import os
import sys

from helpers.formats import Columns, source_kind
from helpers.pipeline import TABLES

__all__ = ["main", "build_parser", "analyze"]

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
                    "stances, claims and cleaning tables into OUT_DIR. CORPUS is a folder of "
                    ".txt/.html files (searched recursively; CORPUS/catalog.csv gives metadata) "
                    "or one .jsonl/.ndjson, .csv or .parquet file (one document per record). "
                    "Exit status: 0 when every input was processed, 1 when any input failed (its "
                    "error is printed, the rest is still written), 2 for a usage error.")
    analyze.add_argument("corpus", metavar="CORPUS",
                         help="folder of .txt/.html files, or a .jsonl/.csv/.parquet file")
    analyze.add_argument("--out", metavar="OUT_DIR", required=True,
                         help="folder to write the tables into (created if missing)")
    analyze.add_argument("--tables", metavar="NAME", nargs="+", choices=TABLES,
                         default=list(TABLES),
                         help="tables to write (default: all); only the stages they need "
                              "run, e.g. 'mentions events' skips quotes, stances and figures: "
                              + ", ".join(TABLES))
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
    from helpers.report import add_command as _add_report

    _add_report(commands)
    return parser


def analyze(corpus: str, out: str, *, tables=TABLES, fmt: str = "csv", jobs: int | None = None,
            engine: str = "local", scheduler: str | None = None, columns: Columns | None = None,
            batch_size: int = 50, progress: bool | None = None, stderr=None) -> int:
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

    Returns:
        The exit code: 0 when every input was processed, 1 otherwise.
    """
    from helpers import scale

    stderr = stderr or sys.stderr
    kind = source_kind(corpus)
    if kind in ("missing", "unknown"):
        problem = "no such file or folder" if kind == "missing" else (
            "unknown corpus format (expected a folder, .txt, .html, .jsonl, .ndjson, .csv or "
            ".parquet)")
        print(f"error: {corpus}: {problem}", file=stderr)
        return 1
    if engine == "dask":
        report = scale.analyze_dask(corpus, out, scheduler=scheduler, jobs=jobs, columns=columns,
                                    tables=tables, batch_docs=batch_size, stderr=stderr)
    else:
        report = scale.run(corpus, out, fmt=fmt, jobs=jobs, columns=columns, tables=tables,
                           batch_docs=batch_size, progress=progress, stderr=stderr)
    return report.exit_code


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m helpers`` and the ``helpers`` script.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit code.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "report":
        return args.run(args)
    if args.command != "analyze":
        return 2
    if args.engine == "dask" and args.fmt == "csv":
        parser.error("--engine dask writes Parquet; drop --format csv")
    if args.scheduler and args.engine != "dask":
        parser.error("--scheduler needs --engine dask")
    columns = Columns().override(**{key: getattr(args, f"{key}_column")
                                    for _, key, _ in _COLUMN_OPTIONS})
    return analyze(args.corpus, args.out, tables=args.tables, fmt=args.fmt or "csv",
                   jobs=args.jobs, engine=args.engine, scheduler=args.scheduler, columns=columns,
                   batch_size=args.batch_size, progress=False if args.no_progress else None)
