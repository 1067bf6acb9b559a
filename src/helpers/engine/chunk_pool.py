"""The worker pool of a run, and the chunks of a JSON Lines file shared with the main process.

:func:`pool` makes the run's :class:`~concurrent.futures.ProcessPoolExecutor`
(workers forked from the forkserver of :mod:`helpers.engine.forkserver`) and
:func:`stop_workers` ends it when a run stops.

:func:`stream_chunks` analyses the chunks of :func:`helpers.engine.chunks.plan_chunks`
with ``jobs - 1`` pool workers *and* the main process, which otherwise only waits
for results and writes them.  When the run has no other thread and writes CSV
(:func:`can_fork`: the command line without a progress bar), the main process
analyses the first chunk and then forks the workers from itself, with what that
chunk built: no second interpreter imports and warms up (about 0.4 CPU s on a
general archive).  Otherwise the workers come from the forkserver and are started
from a thread, so that the main process does not wait for the server's imports and
warm-up: it analyses the first chunks itself, in order, until a worker has answered.  Then it
keeps up to :data:`IN_POOL` chunks per worker in the pool and analyses the next chunk itself
whenever the oldest one is not back yet (at most :data:`AHEAD` results per job are
held).  Results are taken in file order whoever analysed them, and a chunk is
analysed by the same code in either process, so the tables and the error lines
are the same bytes as with one process (``--jobs 1``) or with workers only.
"""

from __future__ import annotations

import threading
from collections import deque
from concurrent.futures import Future
from typing import TYPE_CHECKING, Iterable, Iterator

from helpers.engine import collector, forkserver
from helpers.engine.chunks import ChunkDuplicates, analyze_chunk, no_records
from helpers.engine.lifetime import forked_worker_started, worker_started
from helpers.engine.scale_report import BatchResult, holding_stop

if TYPE_CHECKING:  # the pool's modules are imported when workers are started (``--jobs`` above 1)
    from concurrent.futures import ProcessPoolExecutor

__all__ = ["AHEAD", "IN_POOL", "pool", "can_fork", "stop_workers", "stream_chunks"]

#: The most chunks per job taken from the file and not yet written (analysed or in the pool).
AHEAD = 4
#: The most chunks per worker in the pool at a time (it never waits for the main process,
#: busy with a chunk of its own, to hand it the next).
IN_POOL = 4


def pool(workers: int, *, fork: bool = False) -> ProcessPoolExecutor:
    """The run's process pool: ``workers`` processes forked from the forkserver (or from this one).

    forkserver: workers start from a clean single-threaded process, not a fork
    of a parent that may hold pyarrow or tqdm threads; the server preloads the
    pipeline and builds what the off-topic path needs (:mod:`helpers.engine.warm`),
    so each worker starts with it built.  :mod:`helpers.engine.lifetime` makes the
    server and the workers die with the run.  As with spawn, a script that calls
    :func:`helpers.engine.scale.run` with ``jobs > 1`` must guard it with
    ``if __name__ == "__main__"``.  ``fork`` (see :func:`can_fork`): the workers are
    forks of this process, with what it has built (no second interpreter's imports).

    Args:
        workers: the number of worker processes.
        fork: fork them from this process (it must have no other thread).

    Returns:
        A process pool (its workers start on the first submit).
    """
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    if fork:
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=forked_worker_started, initargs=(os.getpid(),))
    return ProcessPoolExecutor(max_workers=workers, mp_context=forkserver.pool_context(),
                               initializer=worker_started)


def can_fork(fmt: str | None) -> bool:
    """Whether the workers may be forks of this process: Linux, CSV output, no other thread.

    A process with another thread (a progress bar's monitor, pyarrow's pools for Parquet,
    a notebook's kernel threads) could hand a fork a lock held by that thread; its
    workers come from the forkserver instead.

    Args:
        fmt: the writer format of the run.

    Returns:
        True when forking this process is safe and possible.
    """
    import multiprocessing
    import sys

    return (sys.platform.startswith("linux") and fmt == "csv" and threading.active_count() == 1
            and "fork" in multiprocessing.get_all_start_methods())


def stop_workers(executor: ProcessPoolExecutor) -> None:
    """End the workers now and drop the queued batches (the run has stopped).

    The workers are ended before the pool's queues are released: a worker
    still starting would otherwise fail to open them and print a traceback.

    Args:
        executor: the run's pool.
    """
    workers = list((getattr(executor, "_processes", None) or {}).values())
    for process in workers:
        process.terminate()
    for process in workers:
        process.join(5)
    executor.shutdown(wait=False, cancel_futures=True)


def _ready() -> bool:
    """What the first call to a new pool runs: nothing (its answer says a worker is up)."""
    return True


class _Starter:
    """Starts the pool's workers: in a thread (the first submit waits for the forkserver), or now (fork)."""

    def __init__(self, executor: ProcessPoolExecutor, *, now: bool = False) -> None:
        self.answer: list[Future] = []
        self.thread = threading.Thread(target=self._start, args=(executor,), daemon=True,
                                       name="helpers-start-workers")
        if now:  # forks are made by this (the only) thread, before any other starts
            self._start(executor)
        else:
            self.thread.start()

    def join(self) -> None:
        """Wait until the workers are started (or failed to start)."""
        if self.thread.ident is not None:
            self.thread.join()

    def _start(self, executor: ProcessPoolExecutor) -> None:
        try:
            self.answer.append(executor.submit(_ready))
        except BaseException as exc:  # noqa: BLE001 - told to the main process by ready()
            failed: Future = Future()
            failed.set_exception(exc)
            self.answer.append(failed)

    def ready(self) -> bool:
        """Has a worker answered (then chunks go to the pool)?  Raises what starting it raised."""
        if not self.answer or not self.answer[0].done():
            return False
        self.answer[0].result()
        return True


def stream_chunks(source, chunks: Iterable, *, jobs: int, **options) -> Iterator[BatchResult]:
    """Analyse the chunks of a JSON Lines file in ``jobs - 1`` workers and this process, in order.

    A chunk holding a doc_id of an earlier chunk is analysed again (here) with
    those ids as duplicates (see :mod:`helpers.engine.chunks`).

    Args:
        source: the corpus path (for the ``no records in the file`` line).
        chunks: from :func:`helpers.engine.chunks.plan_chunks`.
        jobs: processes analysing chunks, this one included (at least 2).
        **options: as :func:`helpers.engine.chunks.analyze_chunk` (columns, tables, fmt, scope, topic).

    Yields:
        One :class:`BatchResult` per chunk, in file order.
    """
    workers = max(jobs - 1, 1)
    pending: deque = deque()  # (part, Future from the pool | analyze_chunk's answer here)
    duplicates, chunks = ChunkDuplicates(), iter(chunks)
    fork = can_fork(options.get("fmt"))
    if fork:  # the first chunk here: the workers are forked with what it built
        first = next(chunks, None)
        if first is not None:
            pending.append((first, analyze_chunk(first, **options)))
        fork = can_fork(options.get("fmt"))
    if fork:
        collector.resume()  # what the first chunk built is frozen before the fork (copy-on-write)
    with pool(workers, fork=fork) as executor:
        starter = _Starter(executor, now=fork)

        def collect() -> BatchResult:
            part, job = pending.popleft()
            found = job.result() if isinstance(job, Future) else job
            again = duplicates.check(found)
            if again:
                found = analyze_chunk(part, duplicates=again, **options)
                duplicates.check(found)
            return found[0]

        def here() -> bool:
            part = next(chunks, None)
            if part is not None:
                pending.append((part, analyze_chunk(part, **options)))
            return part is not None

        try:
            more = True
            while more or pending:
                in_pool = sum(isinstance(job, Future) and not job.done() for _, job in pending)
                while more and starter.ready() and in_pool < IN_POOL * workers \
                        and len(pending) < AHEAD * jobs:
                    part = next(chunks, None)
                    if part is None:
                        more = False
                        break
                    with holding_stop():
                        pending.append((part, executor.submit(analyze_chunk, part, **options)))
                    in_pool += 1
                while pending and not (isinstance(pending[0][1], Future)
                                       and not pending[0][1].done()):
                    yield collect()
                if not (more and len(pending) < AHEAD * jobs and (more := here())) and pending:
                    yield collect()  # nothing to do here: wait for the oldest chunk
        except BaseException:  # stopped, or the consumer closed this generator
            starter.join()
            stop_workers(executor)
            raise
        starter.join()
    if not duplicates.records:
        options.pop("columns", None)
        yield no_records(source, **options)
