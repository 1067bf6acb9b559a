"""Command line: ``python -m helpers analyze CORPUS_DIR --out OUT_DIR``.

Reads every ``*.txt`` in CORPUS_DIR (plus ``catalog.csv`` when present),
analyses each document and writes one UTF-8 CSV (with BOM, so spreadsheet
programs show Arabic) per table into OUT_DIR.  Problems get one line each on
stderr naming the file; the other documents' results are still written and
the exit code is 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from helpers.corpus import LoadError, iter_corpus
from helpers.pipeline import TABLE_COLUMNS, TABLES, analyze_document

__all__ = ["main", "build_parser"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (``--help`` documents every option).

    Returns:
        An ``argparse.ArgumentParser``.
    """
    parser = argparse.ArgumentParser(
        prog="helpers",
        description="Arabic-first source analysis of a corpus folder.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    analyze = commands.add_parser(
        "analyze", help="analyse a corpus folder and write the tables as CSV",
        description="Analyse every *.txt file in CORPUS_DIR (with CORPUS_DIR/catalog.csv "
                    "for metadata when present) and write documents, sentences, mentions, "
                    "events, quotes, stances, claims and cleaning tables as UTF-8 CSV with "
                    "BOM into OUT_DIR. Exit status: 0 when every input was processed, 1 when "
                    "any input failed (its error is printed, the rest is still written), "
                    "2 for a usage error.")
    analyze.add_argument("corpus", metavar="CORPUS_DIR", help="folder of .txt files (+ catalog.csv)")
    analyze.add_argument("--out", metavar="OUT_DIR", required=True,
                         help="folder to write the CSV tables into (created if missing)")
    analyze.add_argument("--tables", metavar="NAME", nargs="+", choices=TABLES, default=list(TABLES),
                         help="tables to write (default: all): " + ", ".join(TABLES))
    return parser


class _TableWriter:
    """Appends DataFrames to one CSV per table, header written once."""

    def __init__(self, out: Path, names):
        self.out, self.names, self.started = out, list(names), set()
        out.mkdir(parents=True, exist_ok=True)
        for name in self.names:
            (out / f"{name}.csv").unlink(missing_ok=True)

    def write(self, name: str, frame: pd.DataFrame) -> None:
        path = self.out / f"{name}.csv"
        first = name not in self.started
        frame.to_csv(path, mode="w" if first else "a", header=first, index=False,
                     encoding="utf-8-sig" if first else "utf-8", lineterminator="\n")
        self.started.add(name)

    def finish(self) -> None:
        for name in self.names:
            if name not in self.started:
                self.write(name, pd.DataFrame(columns=TABLE_COLUMNS[name]))


def analyze(corpus: str, out: str, *, tables=TABLES, stderr=sys.stderr) -> int:
    """Analyse a corpus folder and write its tables.

    Args:
        corpus: the corpus folder.
        out: the output folder.
        tables: the names of the tables to write.
        stderr: where error lines go.

    Returns:
        The exit code: 0 when every input was processed, 1 otherwise.
    """
    writer = _TableWriter(Path(out), tables)
    failed = 0
    for item in iter_corpus(corpus):
        if isinstance(item, LoadError):
            print(f"error: {item}", file=stderr)
            failed += 1
            continue
        try:
            result = analyze_document(item)
        except Exception as exc:  # one bad document must not lose the others
            print(f"error: {item.file}: analysis failed ({exc.__class__.__name__}: {exc})", file=stderr)
            failed += 1
            continue
        for name in tables:
            writer.write(name, result[name])
    writer.finish()
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m helpers`` and the ``helpers`` script.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit code.
    """
    args = build_parser().parse_args(argv)
    if args.command == "analyze":
        return analyze(args.corpus, args.out, tables=args.tables)
    return 2
