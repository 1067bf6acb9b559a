"""The Dask engine: :func:`analyze_dask` (re-exported by :mod:`helpers.engine.scale`), connecting, one task.

A task is one :class:`~helpers.io.records.Part` of the corpus: it reads the
part's records itself (so only the small part descriptions travel through
the scheduler), analyses them in batches with the same code as the local
engine, and writes ``OUT/TABLE/part-NNNNN.parquet``.  It returns only the
error lines, the doc_ids and a character count.
"""

from __future__ import annotations

import os
import sys
import time
import warnings
from contextlib import contextmanager
from pathlib import Path

from helpers.engine.batches import analyze_batch, iter_batches
from helpers.engine.options import RunOptions, run_options
from helpers.engine.scale_report import BatchResult, RunReport, holding_stop, manifest, now, stop
from helpers.io.corpus import LoadError
from helpers.io.formats import plan_parts
from helpers.io.outlock import OutputLock
from helpers.io.records import Part
from helpers.io.writers import ParquetWriter, commit_output, stage_output, write_manifest

__all__ = ["connect", "run_part", "analyze_dask"]


@contextmanager
def connect(*, client=None, scheduler: str | None = None, jobs: int = 1):
    """A Dask client: the one given, one to a scheduler, or a local cluster.

    Args:
        client: an existing ``dask.distributed.Client`` (used as is, not closed).
        scheduler: the address of a running scheduler (``tcp://host:8786``).
        jobs: worker processes of the local cluster started otherwise (one
            thread each: the pipeline is pure Python).  Its processes log
            nothing: a failed task's error comes back through the client
            (and is said in one line), and a stopped run would otherwise
            print a page of warnings.

    Yields:
        The client; what was opened here is closed on exit.
    """
    if client is not None:
        yield client
        return
    import logging  # imported with Dask only (a local run's start-up does without it)

    from dask.distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as remote:
            yield remote
        return
    with warnings.catch_warnings():  # port 8787 taken: the scheduler takes another, say nothing
        warnings.filterwarnings("ignore", "Port .* is already in use", UserWarning)
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.CRITICAL)
    with cluster, Client(cluster) as local:
        yield local


def run_part(part: Part, *, out: str, columns, tables, batch_docs: int,
             batch_chars: int, scope: str = "topical", topic: str | None = None) -> BatchResult:
    """One Dask task: analyse a part of the corpus and write its Parquet files.

    Args:
        part: the part to read.
        out: the output folder (seen by the worker at this path).
        columns: column names for record files.
        tables: the tables to write.
        batch_docs: documents per batch.
        batch_chars: characters per batch.
        scope: topical | passing | all.
        topic: a topic profile's name or TOML path.

    Returns:
        A :class:`~helpers.engine.scale_report.BatchResult` without tables: the error and
        warning lines, the counts by reason, the doc_ids and the characters
        analysed.
    """
    writer = ParquetWriter(Path(out), tables, part=part.index)
    summary = BatchResult({}, [], [], 0)
    try:
        for batch in iter_batches(part, columns=columns, batch_docs=batch_docs,
                                  batch_chars=batch_chars):
            result = analyze_batch(batch, tables=tables, fmt="parquet", scope=scope, topic=topic)
            for name in tables:
                writer.write(name, result.tables[name])
            result.tables = {}
            summary.merge(result)
    finally:
        writer.close()
    return summary


def analyze_dask(source: str | Path, out: str | Path, options: RunOptions | None = None, *,
                 client=None, stderr=None, **overrides) -> RunReport:
    """Analyse a corpus on a Dask cluster, writing partitioned Parquet (atomically, as :func:`run`).

    The corpus is split into parts (:func:`helpers.io.formats.plan_parts`:
    groups of files, byte ranges of a JSONL/CSV file, row groups of a
    Parquet file); each part is one task that reads its records, analyses
    them and writes ``OUT/TABLE/part-NNNNN.parquet``.  The workers must see
    the corpus and ``out`` at the same paths (a shared file system) and have
    this package installed.

    Args:
        source: a corpus path.
        out: the output folder.
        options: the run's options (:class:`~helpers.engine.options.RunOptions`):
            ``scheduler`` (a running scheduler's address; default: a local cluster of
            ``jobs`` worker processes, default every core), columns, tables, part_bytes
            (target size of a part of a record file), part_files (files per part of a
            folder), batch_docs and batch_chars (inside a task), command, scope, topic;
            fmt, engine and progress are not read (this engine writes Parquet, shows no bar).
        client: an existing ``dask.distributed.Client`` (overrides scheduler).
        stderr: where error lines go (in part order).
        **overrides: fields of the options given as keywords (``jobs=2, scope="all"`` …).

    Returns:
        A :class:`RunReport`.  A doc_id found in two parts is reported (both
        copies stay written).

    Raises:
        helpers.io.writers.OutputError: as :func:`run`.
    """

    options = run_options(options, **overrides)
    stderr, tables = stderr or sys.stderr, options.tables
    parts = plan_parts(source, part_bytes=options.part_bytes, part_files=options.part_files)
    with OutputLock(out):
        stage, report = stage_output(out), RunReport()
        describe = dict(source=source, tables=tables, fmt="parquet", engine="dask",
                        command=options.command, started=now(), scope=options.scope,
                        topic=options.topic)
        try:
            write_manifest(stage, manifest(report, **describe))
            # a SIGTERM is held while the cluster starts and closes, and let
            # through while the tasks run (checked here, not inside Dask's gather)
            with holding_stop(), connect(client=client, scheduler=options.scheduler,
                                         jobs=options.jobs or os.cpu_count() or 1) as active:
                futures = active.map(run_part, parts, out=str(stage), columns=options.columns,
                                     tables=tuple(tables), batch_docs=options.batch_docs,
                                     batch_chars=options.batch_chars, scope=options.scope,
                                     topic=options.topic, pure=False)
                with holding_stop(False):
                    while not all(future.done() for future in futures):
                        time.sleep(0.1)
                results = active.gather(futures)
            seen: dict[str, int] = {}
            for part, result in zip(parts, results):
                for doc_id in result.doc_ids:
                    if doc_id in seen:
                        result.add(LoadError(doc_id, f"duplicate doc_id in parts "
                                                     f"{seen[doc_id]} and {part.index}"),
                                   document=True)
                    seen.setdefault(doc_id, part.index)
                for line in result.messages:
                    print(line, file=stderr)
                report.add(result)
            report.complete = True
            write_manifest(stage, manifest(report, **describe))
            commit_output(stage, out)
        except BaseException as exc:
            raise stop(exc, stage=stage, out=out, report=report, describe=describe,
                       stderr=stderr) from None
    print(report.summary(out), file=stderr)
    return report
