"""What a run did: a batch's result, the run's report and summary line, ``run.json``.

:class:`BatchResult` carries one batch's tables and its lines (errors,
warnings, notes) with counts by reason; :class:`RunReport` adds them up for
the run, gives the closing summary line and the exit code; :func:`manifest`
is the content of the output folder's ``run.json`` (command, version,
inputs, counts written, failed by reason and left out by relevance, the files not read, ``complete``); :func:`stop`
records a run that stopped (a signal, a full disk, an error) and says so in
one line.  :func:`stop_signal` is the handler the command line sets for
SIGTERM and SIGHUP; :func:`holding_stop` holds such a signal back while a
Dask cluster starts or closes.
"""

from __future__ import annotations

import datetime as dt
import signal
import sys
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from helpers.io.corpus import LoadError
from helpers.io.formats import source_kind
from helpers.io.staging import OutputError, full_disk, write_manifest, write_reason

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, not to import this module
    import pandas as pd

__all__ = ["BatchResult", "RunReport", "RunStopped", "manifest", "stop", "stop_signal",
           "holding_stop", "now", "SKIPPED_LISTED"]

#: At most this many files not read are listed in ``run.json`` (``skipped_count`` has them all).
SKIPPED_LISTED = 1000
#: Whether a stop signal is held back now, and the one that came meanwhile.
_HOLD = {"on": False, "pending": None}


class RunStopped(KeyboardInterrupt):
    """A run stopped by a signal (SIGTERM, SIGHUP), handled as Ctrl-C is.

    ``signum`` is the signal; the command line exits with ``128 + signum``.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def stop_signal(signum: int, _frame=None) -> None:
    """Signal handler: stop the run (raise :class:`RunStopped`), or note it while held.

    A second signal of the same kind ends the process at once.

    Args:
        signum: the signal (SIGTERM, SIGHUP).
    """
    signal.signal(signum, signal.SIG_DFL)
    if _HOLD["on"]:
        _HOLD["pending"] = signum
        return
    raise RunStopped(signum)


@contextmanager
def holding_stop(hold: bool = True):
    """Hold back (or, with ``hold=False``, let through) :func:`stop_signal` in the block.

    A signal held back is raised as :class:`RunStopped` as soon as signals
    are let through again (at the end of the block, or on entering a block
    that lets them through).

    Args:
        hold: hold signals back in the block (True) or let them through.

    Yields:
        Nothing.
    """
    before, _HOLD["on"] = _HOLD["on"], hold
    try:
        if not hold:
            _raise_held()
        yield
    except BaseException:
        if not before:  # the run is stopping anyway: a held signal is spent
            _HOLD["pending"] = None
        raise
    finally:
        _HOLD["on"] = before
    if not before:
        _raise_held()


def _raise_held() -> None:
    held, _HOLD["pending"] = _HOLD["pending"], None
    if held:
        raise RunStopped(held)


@dataclass
class BatchResult:
    """The tables of one batch (conformed DataFrames, or encoded: CSV text or
    Arrow tables, see :func:`analyze_batch`) and what went wrong.

    ``errors`` are the error lines (``FILE …: PROBLEM``); ``messages`` every
    line to print, in input order, prefixed ``error:``, ``warning:`` or
    ``note:``; ``counts`` counts by kind (``failed``: records that gave no
    document, ``problems``: errors of written documents, ``warnings``) and
    reason, and ``excluded`` the documents written but not analysed, being outside the scope, by their
    relevance; ``items`` the records and errors read; ``skipped`` the
    ``(path, reason)`` of files a folder or zip holds but does not read.
    """

    tables: dict[str, pd.DataFrame]
    errors: list[str]
    doc_ids: list[str]
    chars: int = 0
    messages: list[str] = field(default_factory=list)
    counts: dict[str, Counter] = field(default_factory=lambda: {
        "failed": Counter(), "problems": Counter(), "warnings": Counter(), "excluded": Counter()})
    items: int = 0
    skipped: list = field(default_factory=list)

    def add(self, error: LoadError, *, document: bool) -> None:
        """Record one problem (``document``: its document is still written)."""
        self.messages.append(f"{error.level}: {error}")
        self.skipped += error.skipped
        if error.level == "error":
            self.errors.append(str(error))
            self.counts["problems" if document else "failed"][error.reason] += 1
        elif error.level == "warning":
            self.counts["warnings"][error.reason] += 1

    def merge(self, other: "BatchResult") -> None:
        """Add another result's lines and counts (not its tables)."""
        self.errors += other.errors
        self.messages += other.messages
        self.doc_ids += other.doc_ids
        self.chars += other.chars
        self.items += other.items
        self.skipped += other.skipped
        for kind, counter in other.counts.items():
            self.counts[kind].update(counter)


@dataclass
class RunReport:
    """What a run did: documents analysed, characters, error lines, counts by reason, and the
    files not read (the first :data:`SKIPPED_LISTED` listed, all counted)."""

    documents: int = 0
    chars: int = 0
    errors: list[str] = field(default_factory=list)
    counts: dict[str, Counter] = field(default_factory=lambda: {
        "failed": Counter(), "problems": Counter(), "warnings": Counter(), "excluded": Counter()})
    complete: bool = False
    skipped: list = field(default_factory=list)
    skipped_count: int = 0

    @property
    def exit_code(self) -> int:
        """0 when every input was processed, 1 otherwise."""
        return 1 if self.errors else 0

    def add(self, result: BatchResult) -> None:
        """Count one batch's documents, characters and problems."""
        self.documents += len(result.doc_ids)
        self.chars += result.chars
        self.errors += result.errors
        self.skipped += result.skipped[:max(0, SKIPPED_LISTED - len(self.skipped))]
        self.skipped_count += len(result.skipped)
        for kind, counter in result.counts.items():
            self.counts[kind].update(counter)

    def summary(self, out) -> str:
        """The one line printed at the end of a run."""
        failed = self.counts["failed"]
        line = f"done: {self.documents} documents written, {sum(failed.values())} failed"
        if failed:
            line += " (" + ", ".join(f"{n} {why}" for why, n in failed.most_common()) + ")"
        problems, warnings = sum(self.counts["problems"].values()), sum(self.counts["warnings"].values())
        if problems:
            line += f", {problems} with a problem"
        if warnings:
            line += f", {warnings} warning{'s' * (warnings != 1)}"
        excluded = self.counts["excluded"]
        if excluded:
            levels = ", ".join(f"{n} {level}" for level, n in sorted(excluded.items()))
            line += (f", {sum(excluded.values())} left out by relevance ({levels}: only their documents row is "
                     f"written; a wider --scope analyses them)")
        return line + f"; tables in {out}"


def manifest(report: RunReport, *, source, tables, fmt: str, engine: str, command=None,
             started: str = "", interrupted: bool = False, scope: str = "topical",
             topic: str | None = None) -> dict:
    """The content of ``run.json``: what was run on what, and what came of it.

    Args:
        report: the run's report so far.
        source: the corpus path.
        tables: the tables written.
        fmt: ``csv`` or ``parquet``.
        engine: ``local`` or ``dask``.
        command: the command line (default: ``sys.argv``).
        started: when the run started (ISO, UTC).
        interrupted: the run was stopped before its end.
        scope: which documents were analysed beyond their documents row.
        topic: the topic profile (name or path; None: the default).

    Returns:
        A JSON-serialisable dict (``complete`` false until every table is
        written); ``skipped`` lists the files a folder or zip holds but does
        not read (path and reason, at most :data:`SKIPPED_LISTED`),
        ``skipped_count`` counts them all.
    """
    try:
        version = metadata.version("helpers")  # as helpers.__version__ (the package above: not imported)
    except metadata.PackageNotFoundError:
        version = "0+source"
    path = Path(source)
    size = path.stat().st_size if path.is_file() else None
    return {
        "command": list(command if command is not None else sys.argv),
        "version": version,
        "inputs": [{"path": str(path.resolve()), "kind": source_kind(path), "bytes": size}],
        "tables": list(tables), "format": fmt, "engine": engine,
        "scope": scope, "topic": topic or "xinjiang",
        "started": started, "finished": now() if report.complete else "",
        "documents_written": report.documents, "characters": report.chars,
        "failed": dict(report.counts["failed"].most_common()),
        "problems": dict(report.counts["problems"].most_common()),
        "warnings": dict(report.counts["warnings"].most_common()),
        "excluded": dict(sorted(report.counts["excluded"].items())),
        "skipped": [{"path": path, "reason": reason} for path, reason in report.skipped],
        "skipped_count": report.skipped_count,
        "complete": report.complete, "interrupted": interrupted,
    }


def stop(exc: BaseException, *, stage: Path, out, report: RunReport, describe: dict,
         stderr) -> BaseException:
    """Record in ``run.json`` that a run stopped, and say it in one line.

    Args:
        exc: why it stopped (Ctrl-C, :class:`RunStopped`, a write error …).
        stage: the staging folder.
        out: the output folder (left as it was).
        report: the run's report so far.
        describe: the other arguments of :func:`manifest`.
        stderr: where the ``stopped:`` line goes.

    Returns:
        The exception to raise: for a failed write (a full disk …) an
        :class:`~helpers.io.staging.OutputError` whose one line says what
        failed and what is left (the caller prints it as ``error:``); else
        ``exc`` itself, after a ``stopped:`` line.
    """
    report.complete = False
    try:
        write_manifest(stage, manifest(report, interrupted=True, **describe), in_place=True)
        marked = "run.json: complete false, interrupted true"
    except OSError:  # a full disk: "when it can"
        marked = "run.json could not be updated"
    left = (f"{report.documents} documents written so far are in {stage} ({marked}); {out} is "
            f"left as it was")
    if isinstance(exc, OutputError):
        return OutputError(f"{exc}; {left}")
    if full_disk(exc):
        return OutputError(f"{stage}: {write_reason(exc)} while writing the tables; {left}")
    why = f"{exc} received; " if isinstance(exc, RunStopped) else ""
    try:
        print(f"stopped: {why}{left}", file=stderr)
    except (OSError, ValueError):  # the terminal is gone (SIGHUP)
        pass
    return exc


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
