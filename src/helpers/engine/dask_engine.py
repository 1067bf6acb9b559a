"""The Dask side of :func:`helpers.engine.scale.analyze_dask`: connecting and one task.

A task is one :class:`~helpers.io.records.Part` of the corpus: it reads the
part's records itself (so only the small part descriptions travel through
the scheduler), analyses them in batches with the same code as the local
engine, and writes ``OUT/TABLE/part-NNNNN.parquet``.  It returns only the
error lines, the doc_ids and a character count.
"""

from __future__ import annotations

import logging
import warnings
from contextlib import contextmanager
from pathlib import Path

from helpers.io.records import Part
from helpers.engine.batches import analyze_batch, iter_batches
from helpers.engine.scale_report import BatchResult
from helpers.io.writers import ParquetWriter

__all__ = ["connect", "run_part"]


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
