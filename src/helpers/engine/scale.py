"""Analysing large corpora: streaming batches, worker processes, Dask.

:func:`run` reads a corpus (any format of :mod:`helpers.io.formats`), cuts it
into batches, analyses the batches in ``jobs`` worker processes and writes
the tables batch by batch, so memory does not grow with the corpus: at most
``2 × jobs`` batches are in flight, each at most ``batch_docs`` documents or
``batch_chars`` characters.

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
(notebooks, the command line and tests need nothing).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator

from helpers.io.corpus import Document, LoadError
from helpers.io.formats import Columns, Record, count_hint, iter_records, load_record
from helpers.engine.pipeline import TABLES, analyze_rows
from helpers.engine.scale_report import BatchResult, RunReport, manifest, now
from helpers.io.writers import (arrow_rows, commit_output, conform_rows, csv_rows, open_writer,
                             stage_output, write_manifest)

__all__ = ["BatchResult", "RunReport", "iter_batches", "analyze_batch", "analyze_stream",
           "run", "analyze_dask", "manifest"]


def iter_batches(source, *, columns: Columns | None = None, batch_docs: int = 50,
                 batch_chars: int = 1_000_000) -> Iterator[list[Record | LoadError]]:
    """Cut a corpus into batches of records, in input order.

    A record whose doc_id was seen before becomes a :class:`LoadError`
    (``duplicate doc_id``) and is skipped.

    Args:
        source: a corpus path or a :class:`~helpers.io.formats.Part`.
        columns: column names for record files.
        batch_docs: at most this many items (records and errors) per batch.
        batch_chars: a batch closes once its texts reach this many bytes or
            characters.

    Yields:
        Lists of :class:`~helpers.io.formats.Record` and :class:`LoadError`.
    """
    batch: list = []
    size, seen = 0, set()
    for item in iter_records(source, columns=columns):
        if isinstance(item, Record):
            if item.doc_id in seen:
                item = LoadError(item.where, f"duplicate doc_id {item.doc_id!r}; skipped")
            else:
                seen.add(item.doc_id)
                size += len(item.data)
        batch.append(item)
        if len(batch) >= batch_docs or size >= batch_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def analyze_batch(items: Iterable[Record | LoadError], *, tables=TABLES,
                  fmt: str | None = None, scope: str = "topical", topic: str | None = None
                  ) -> BatchResult:
    """Load and analyse one batch (the unit of work of a worker or a task).

    Args:
        items: records (and load errors, passed through as error lines).
        tables: the table names to return.
        fmt: ``None`` for DataFrames; ``csv`` or ``parquet`` to return each
            table already encoded for its writer (CSV text from
            :func:`helpers.io.schema.csv_rows`, an Arrow table from
            :func:`helpers.io.schema.arrow_rows`), so that worker processes, not
            the writing process, do that work.
        scope: topical | passing | all (see :func:`helpers.engine.pipeline.analyze_rows`).
        topic: a topic profile's name or TOML path (default: xinjiang).

    Returns:
        A :class:`BatchResult`; a document that fails to load or to analyse
        is an error line, never an exception.
    """
    rows: dict[str, list[dict]] = {name: [] for name in tables}
    result = BatchResult({}, [], [])
    for item in items:
        result.items += 1
        loaded = [item] if isinstance(item, LoadError) else _load(item)
        doc = loaded[-1] if isinstance(loaded[-1], Document) else None
        for thing in loaded[:-1] if doc else loaded:
            result.add(thing, document=doc is not None)
        if doc is None:
            continue
        try:
            found = analyze_rows(doc, tables=tables, scope=scope, topic=topic)
        except Exception as exc:  # one bad document must not lose the others
            result.add(LoadError(item.where, f"analysis failed ({exc.__class__.__name__}: {exc})"),
                       document=False)
            continue
        result.doc_ids.append(doc.doc_id)
        result.chars += len(doc.raw)
        for name in tables:
            rows[name].extend(found[name])
    result.tables = _encode(rows, fmt)
    return result


def _load(record: Record) -> list:
    """:func:`load_record`, with any unforeseen failure as the record's error line.

    Metadata inference is left to the pipeline, which skips the costly part
    for documents it does not analyse.
    """
    try:
        return load_record(record, infer=False)
    except Exception as exc:  # e.g. a page that breaks the HTML parser
        return [LoadError(record.where, f"could not be read ({exc.__class__.__name__}: {exc})")]


def _encode(rows: dict[str, list[dict]], fmt: str | None) -> dict:
    """Each table's rows in the form its writer takes (see :func:`analyze_batch`)."""
    encoders = {"csv": csv_rows, "parquet": arrow_rows}
    return {name: encoders.get(fmt, conform_rows)(name, found) for name, found in rows.items()}


def _pool(jobs: int) -> ProcessPoolExecutor:
    # forkserver: workers start from a clean single-threaded process, not a
    # fork of a parent that may hold pyarrow or tqdm threads; the server
    # preloads the pipeline and builds its lexicons (helpers.engine.warm), so that each
    # worker starts with them built.  As with spawn, a
    # script that calls run(jobs>1) must guard it: if __name__ == "__main__".
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["helpers.engine.scale", "helpers.engine.warm"])
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context)


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
    if jobs <= 1:
        for batch in batches:
            yield analyze_batch(batch, tables=tables, fmt=fmt, scope=scope, topic=topic)
        return
    pending: deque = deque()
    with _pool(jobs) as pool:
        for batch in batches:
            pending.append(pool.submit(analyze_batch, batch, tables=tables, fmt=fmt,
                                       scope=scope, topic=topic))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _progress(source, *, enabled: bool | None, stream):
    from tqdm import tqdm

    if enabled is None:
        enabled = hasattr(stream, "isatty") and stream.isatty()
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


def run(source: str | Path, out: str | Path, *, fmt: str = "csv", jobs: int | None = None,
        columns: Columns | None = None, tables=TABLES, batch_docs: int = 50,
        batch_chars: int = 1_000_000, progress: bool | None = None, stderr=None,
        command=None, scope: str = "topical", topic: str | None = None) -> RunReport:
    """Analyse a corpus and write its tables, streaming, in parallel, atomically.

    The tables are written into ``OUT.partial`` with ``run.json`` (``complete:
    false``) and moved into ``out`` only at the end
    (:func:`helpers.io.writers.commit_output`): an interrupted run leaves ``out``
    as it was.

    Args:
        source: a corpus folder or a JSONL / CSV / Parquet / HTML / text file.
        out: the output folder (created if missing).
        fmt: ``csv`` (UTF-8 with BOM) or ``parquet``.
        jobs: worker processes (default: every core).
        columns: column names for record files.
        tables: the tables to write.
        batch_docs: documents per batch.
        batch_chars: characters per batch (a batch closes at either limit).
        progress: show a progress bar (default: when ``stderr`` is a terminal).
        stderr: where error lines (``error: FILE …: PROBLEM``), warnings and
            the closing summary go (default ``sys.stderr``).
        command: the command line for ``run.json`` (default ``sys.argv``).
        scope: topical | passing | all: which documents get more than their
            documents row.
        topic: a topic profile's name or TOML path (default: xinjiang).

    Returns:
        A :class:`RunReport`.
    """
    jobs, stderr = jobs or os.cpu_count() or 1, stderr or sys.stderr
    stage, report, started = stage_output(out), RunReport(), now()
    describe = dict(source=source, tables=tables, fmt=fmt, engine="local", command=command,
                    started=started, scope=scope, topic=topic)
    write_manifest(stage, manifest(report, **describe))
    writer = open_writer(stage, tables, fmt=fmt)
    bar = _progress(source, enabled=progress, stream=stderr)
    try:
        batches = iter_batches(source, columns=columns, batch_docs=batch_docs,
                               batch_chars=batch_chars)
        for result in analyze_stream(batches, jobs=jobs, tables=tables, fmt=fmt, scope=scope,
                                     topic=topic):
            for name in tables:
                writer.write(name, result.tables[name])
            for line in result.messages:
                _say(bar, line, stderr)
            report.add(result)
            bar.update(result.items)
        writer.close()
    except BaseException:
        bar.close()
        write_manifest(stage, manifest(report, interrupted=True, **describe))
        print(f"stopped: {report.documents} documents written so far are in {stage} (run.json: "
              f"complete false); {out} is left as it was", file=stderr)
        raise
    bar.close()
    report.complete = True
    write_manifest(stage, manifest(report, **describe))
    commit_output(stage, out)
    print(report.summary(out), file=stderr)
    return report


def analyze_dask(source: str | Path, out: str | Path, *, scheduler: str | None = None,
                 client=None, jobs: int | None = None, columns: Columns | None = None,
                 tables=TABLES, part_bytes: int = 64 << 20, part_files: int = 2000,
                 batch_docs: int = 50, batch_chars: int = 1_000_000, stderr=None,
                 command=None, scope: str = "topical", topic: str | None = None) -> RunReport:
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
        scheduler: address of a running scheduler (``tcp://host:8786``);
            default: a local cluster of ``jobs`` worker processes.
        client: an existing ``dask.distributed.Client`` (overrides scheduler).
        jobs: workers of the local cluster (default: every core).
        columns: column names for record files.
        tables: the tables to write.
        part_bytes: target size of a part of a record file.
        part_files: files per part of a folder.
        batch_docs: documents per batch inside a task.
        batch_chars: characters per batch inside a task.
        stderr: where error lines go (in part order).
        command: the command line for ``run.json`` (default ``sys.argv``).
        scope: topical | passing | all.
        topic: a topic profile's name or TOML path.

    Returns:
        A :class:`RunReport`.  A doc_id found in two parts is reported (both
        copies stay written).
    """
    from helpers.engine.dask_engine import connect, run_part
    from helpers.io.formats import plan_parts

    stderr = stderr or sys.stderr
    parts = plan_parts(source, part_bytes=part_bytes, part_files=part_files)
    stage, report = stage_output(out), RunReport()
    describe = dict(source=source, tables=tables, fmt="parquet", engine="dask", command=command,
                    started=now(), scope=scope, topic=topic)
    write_manifest(stage, manifest(report, **describe))
    try:
        with connect(client=client, scheduler=scheduler,
                     jobs=jobs or os.cpu_count() or 1) as active:
            futures = active.map(run_part, parts, out=str(stage), columns=columns,
                                 tables=tuple(tables), batch_docs=batch_docs,
                                 batch_chars=batch_chars, scope=scope, topic=topic,
                                 pure=False)
            results = active.gather(futures)
    except BaseException:
        write_manifest(stage, manifest(report, interrupted=True, **describe))
        raise
    seen: dict[str, int] = {}
    for part, result in zip(parts, results):
        for doc_id in result.doc_ids:
            if doc_id in seen:
                result.add(LoadError(doc_id, f"duplicate doc_id in parts {seen[doc_id]} and "
                                             f"{part.index}"), document=True)
            seen.setdefault(doc_id, part.index)
        for line in result.messages:
            print(line, file=stderr)
        report.add(result)
    report.complete = True
    write_manifest(stage, manifest(report, **describe))
    commit_output(stage, out)
    print(report.summary(out), file=stderr)
    return report
