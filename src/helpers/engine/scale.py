"""Analysing large corpora: streaming batches, worker processes, Dask.

:func:`run` reads a corpus (any format of :mod:`helpers.io.formats`), cuts it
into batches, analyses the batches in ``jobs`` worker processes (a JSON Lines
file: ``jobs - 1`` workers and this process, :mod:`helpers.engine.chunk_pool`) and writes
the tables batch by batch, so memory does not grow with the corpus: at most
``2 × jobs`` batches (``AHEAD × jobs`` chunks of a JSON Lines file) are in
flight, each at most ``batch_docs`` documents or ``batch_chars`` characters.

Order: batches are cut from the input in input order (a folder's files
sorted by path, a record file's records in file order), submitted in that
order, and their results are taken from a FIFO queue of futures, always the
oldest first.  The written tables are therefore in input order, byte for
byte the same for any ``jobs`` (with a folder whose file names are the
doc_ids, that is doc_id order).  Error lines are attached to the batch they
occur in, so stderr is in input order too.

:func:`analyze_dask` runs the same per-batch code as Dask tasks, one per
part of the corpus (:func:`helpers.io.formats.plan_parts`), and writes
partitioned Parquet (``OUT/TABLE/part-NNNNN.parquet``); reading each table's
folder gives the same rows as :func:`run` with ``fmt="parquet"``.

Worker processes are started with ``forkserver``: a script that calls
:func:`run` with ``jobs > 1`` must do so under ``if __name__ == "__main__":``
(notebooks, the command line and tests need nothing).  They die with the
run, even after ``kill -9`` (:mod:`helpers.engine.lifetime`); a stopped run
(Ctrl-C, a signal, an error) does not finish its queued batches.

Both engines hold the lock of ``out`` (:mod:`helpers.io.outlock`) from
before they touch ``OUT.partial`` to the end: a second run into the same
``out`` stops at once with one line.  A run that stops records ``complete:
false, interrupted: true`` in ``OUT.partial/run.json`` (when the disk lets
it) and says so in one line (:func:`helpers.engine.scale_report.stop`).
"""

from __future__ import annotations

import itertools
import os
import sys
from collections import deque
from pathlib import Path
from typing import Iterable, Iterator

from helpers.engine import collector
from helpers.engine.batches import analyze_batch, iter_batches
from helpers.engine.chunks import plan_chunks
from helpers.engine.dask_engine import analyze_dask
from helpers.engine.options import RunOptions, run_options
from helpers.engine.scale_report import BatchResult, RunReport, holding_stop, manifest, now, stop
from helpers.io.formats import count_hint
from helpers.io.outlock import OutputLock
from helpers.io.tables import TABLES
from helpers.io.writers import commit_output, open_writer, stage_output, write_manifest

__all__ = ["BatchResult", "RunReport", "iter_batches", "analyze_batch", "analyze_stream",
           "run", "analyze_dask", "manifest"]


def analyze_stream(batches: Iterable[list], *, jobs: int = 1, tables=TABLES,
                   fmt: str | None = None, scope: str = "topical", topic: str | None = None
                   ) -> Iterator[BatchResult]:
    """Analyse batches in ``jobs`` processes, yielding results in input order.

    Args:
        batches: from :func:`iter_batches`.
        jobs: worker processes (1: in this process).
        tables: the table names to compute.
        fmt: encode the tables for this writer format (see :func:`analyze_batch`).
        scope: topical | passing | all.
        topic: a topic profile's name or TOML path.

    Yields:
        One :class:`BatchResult` per batch, in the order of ``batches``.
    """
    batches = iter(batches)
    first, second = next(batches, None), next(batches, None)
    batches = itertools.chain([b for b in (first, second) if b is not None], batches)
    if jobs <= 1 or second is None:  # one batch: no worker process is worth starting
        for batch in batches:
            yield analyze_batch(batch, tables=tables, fmt=fmt, scope=scope, topic=topic)
        return
    from helpers.engine.chunk_pool import pool as _pool  # the pool's modules: only with workers
    from helpers.engine.chunk_pool import stop_workers as _stop_workers

    pending: deque = deque()
    with _pool(jobs) as pool:
        try:
            for batch in batches:
                with holding_stop():  # a worker being started is not left half-started
                    pending.append(pool.submit(analyze_batch, batch, tables=tables, fmt=fmt,
                                               scope=scope, topic=topic))
                if len(pending) >= 2 * jobs:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BaseException:  # stopped, or the consumer closed this generator
            _stop_workers(pool)
            raise


class _NoBar:
    """What ``tqdm(disable=True)`` does for :func:`run`: nothing (tqdm is not imported for it)."""

    disable = True

    def update(self, n: int = 1) -> None:
        """Count nothing."""

    def close(self) -> None:
        """Close nothing."""


def _progress(source, *, enabled: bool | None, stream):
    if enabled is None:
        enabled = hasattr(stream, "isatty") and stream.isatty()
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    total = count_hint(source) if enabled else None
    # with a total: count, percent, elapsed and ETA; without: count and rate
    return tqdm(total=total, unit=" records", file=stream, disable=not enabled,
                dynamic_ncols=True, mininterval=0.5)


def _say(bar, line: str, stream) -> None:
    """Print a line without breaking the progress bar."""
    if bar.disable:
        print(line, file=stream)
    else:
        bar.write(line, file=stream)


def run(source: str | Path, out: str | Path, options: RunOptions | None = None, *, stderr=None,
        **overrides) -> RunReport:
    """Analyse a corpus and write its tables, streaming, in parallel, atomically.

    The tables are written into ``OUT.partial`` with ``run.json`` (``complete:
    false``) and moved into ``out`` only at the end
    (:func:`helpers.io.writers.commit_output`): an interrupted run leaves ``out``
    as it was.  The run holds the lock ``OUT.lock`` throughout.

    Args:
        source: a corpus folder or a JSONL / CSV / Parquet / HTML / text file.
        out: the output folder (created if missing).
        options: the run's options (:class:`~helpers.engine.options.RunOptions`: fmt, jobs,
            columns, tables, batch_docs, batch_chars, progress, command, scope, topic; the
            engine field is not read: this is the local engine).
        stderr: where error lines (``error: FILE …: PROBLEM``), warnings and
            the closing summary go (default ``sys.stderr``).
        **overrides: fields of the options given as keywords (``jobs=2, scope="all"`` …).

    Returns:
        A :class:`RunReport`.

    Raises:
        helpers.io.writers.OutputError: another run holds ``out``, or a write
            failed (a full disk …): one line.
    """
    options = run_options(options, **overrides)
    jobs, stderr = options.jobs or os.cpu_count() or 1, stderr or sys.stderr
    tables, fmt = options.tables, options.fmt
    with OutputLock(out):
        stage, report, started = stage_output(out), RunReport(), now()
        describe = dict(source=source, tables=tables, fmt=fmt, engine="local",
                        command=options.command, started=started, scope=options.scope,
                        topic=options.topic)
        bar = None
        try:
            bar = _progress(source, enabled=options.progress, stream=stderr)
            write_manifest(stage, manifest(report, **describe))
            writer = open_writer(stage, tables, fmt=fmt)
            chunks = plan_chunks(source, batch_docs=options.batch_docs,
                                 batch_chars=options.batch_chars) if jobs > 1 else None
            if chunks is not None:  # the workers (and this process) read and parse their own lines
                from helpers.engine.chunk_pool import stream_chunks

                results = stream_chunks(source, chunks, jobs=jobs, columns=options.columns,
                                         tables=tables, fmt=fmt, scope=options.scope,
                                         topic=options.topic)
            else:
                batches = iter_batches(source, columns=options.columns,
                                       batch_docs=options.batch_docs,
                                       batch_chars=options.batch_chars)
                results = analyze_stream(batches, jobs=jobs, tables=tables, fmt=fmt,
                                         scope=options.scope, topic=options.topic)
            for result in results:
                for name in tables:
                    writer.write(name, result.tables[name])
                for line in result.messages:
                    _say(bar, line, stderr)
                report.add(result)
                bar.update(result.items)
                collector.resume()  # the first batch built the lexicons (no-op afterwards)
            writer.close()
            bar.close()
            report.complete = True
            write_manifest(stage, manifest(report, **describe))
            commit_output(stage, out)
        except BaseException as exc:
            if bar is not None:
                bar.close()
            raise stop(exc, stage=stage, out=out, report=report, describe=describe,
                       stderr=stderr) from None
    print(report.summary(out), file=stderr)
    return report
