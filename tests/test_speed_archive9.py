"""Issue 23, ninth round: the main process analyses chunks beside the workers, and the tables stay the same.

:func:`helpers.engine.chunk_pool.stream_chunks` shares a JSON Lines file's chunks between the pool
and the main process.  Whoever analyses a chunk, the results must come back in file order with the
same bytes as one process gives, duplicates across chunks must be found as before, the main process
must not run more than its bound ahead of the oldest chunk, and a stop must end the workers.  The
pool is replaced here by a thread pool whose calls finish in a shuffled order (so that every
interleaving the real pool could give is met, deterministically by seed), and once by the real
one.  No timing is asserted.
"""

import json
import random
import sys
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor

import pytest

import helpers.engine.chunk_pool as chunk_pool
from helpers.engine.batches import analyze_batch, iter_batches
from helpers.engine.chunks import plan_chunks
from helpers.engine.scale import run
from helpers.io.tables import TABLES

OPTIONS = dict(tables=TABLES, fmt="csv", scope="all", topic=None)
_ARABIC = ("قالت وزارة الخارجية الصينية إن الأويغور في شينجيانغ", "أعلنت الحكومة التونسية اليوم",
           "Xinjiang officials said on Monday", "نص قصير")


def _records(count: int, *, seed: int, duplicates: int = 0, bad: int = 0) -> list[str]:
    rng = random.Random(seed)
    lines = [json.dumps({"id": f"d{i}", "text": " ".join(rng.choices(_ARABIC, k=rng.randint(1, 6))),
                         "published": f"2017-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"},
                        ensure_ascii=False) for i in range(count)]
    for _ in range(duplicates):  # an id of an earlier line, later in the file
        at = rng.randrange(1, len(lines))
        lines.insert(at, json.dumps({"id": f"d{rng.randrange(at)}", "text": "نسخة ثانية"},
                                    ensure_ascii=False))
    for _ in range(bad):
        lines.insert(rng.randrange(len(lines)), rng.choice(["{not json", "[1, 2]", "{}", ""]))
    return lines


def _joined(results) -> tuple:
    """Each table's text, the messages and the doc_ids of a run's results, in order (as written)."""
    results = list(results)
    return ({name: "".join(r.tables[name] for r in results) for name in TABLES},
            [m for r in results for m in r.messages], [d for r in results for d in r.doc_ids])


def _one_process(path, batch_docs):
    return _joined(analyze_batch(b, **OPTIONS) for b in iter_batches(path, batch_docs=batch_docs))


class _ShuffledPool(ThreadPoolExecutor):
    """A stand-in for the process pool: each call ends after a random pause (its own seed)."""

    def __init__(self, workers: int, *, seed: int, ready: bool = True, log=None):
        super().__init__(max_workers=workers)
        self.rng, self.ready, self.log = random.Random(seed), ready, log if log is not None else []

    def submit(self, fn, *args, **kwargs):
        if fn is chunk_pool._ready and not self.ready:
            return Future()  # a worker that never answers: everything is done in the main process
        pause = self.rng.choice([0, 0, 0.001, 0.004])

        def call():
            time.sleep(pause)
            self.log.append("pool")
            return fn(*args, **kwargs)

        return super().submit(call)


def _shared(path, jobs, batch_docs, monkeypatch, *, fork=False, **pool_options):
    log = []
    real = chunk_pool.analyze_chunk

    def here(part, **options):  # the main process's calls (the pool's are logged by the pool)
        if threading.current_thread() is threading.main_thread():
            log.append("main")
        return real(part, **options)

    monkeypatch.setattr(chunk_pool, "analyze_chunk", here)
    monkeypatch.setattr(chunk_pool, "can_fork", lambda fmt: fork)
    monkeypatch.setattr(chunk_pool, "pool", lambda workers, **_: _ShuffledPool(workers, log=log,
                                                                               **pool_options))
    chunks = plan_chunks(path, batch_docs=batch_docs)
    assert chunks is not None
    found = _joined(chunk_pool.stream_chunks(path, chunks, jobs=jobs, columns=None, **OPTIONS))
    return found, log


@pytest.mark.parametrize("seed, count, duplicates, bad, batch_docs, jobs", [
    (1, 40, 0, 0, 3, 2),
    (2, 40, 6, 0, 3, 2),
    (3, 60, 10, 4, 4, 2),
    (4, 25, 3, 3, 2, 3),
    (5, 90, 15, 5, 5, 4),
    (6, 12, 12, 0, 2, 2),  # every other line a duplicate
    (7, 30, 0, 8, 1, 2),   # one line a chunk
])
@pytest.mark.parametrize("fork", [False, True])  # the first chunk here, then the pool at once
def test_shared_chunks_give_the_tables_of_one_process(tmp_path, monkeypatch, seed, count,
                                                      duplicates, bad, batch_docs, jobs, fork):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(_records(count, seed=seed, duplicates=duplicates, bad=bad)) + "\n",
                    encoding="utf-8")
    found, log = _shared(path, jobs, batch_docs, monkeypatch, seed=seed, fork=fork)
    assert found == _one_process(path, batch_docs)
    assert "main" in log  # the main process took part (at least the first chunk)


def test_a_pool_that_never_answers_leaves_every_chunk_to_the_main_process(tmp_path, monkeypatch):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(_records(30, seed=9, duplicates=4)) + "\n", encoding="utf-8")
    found, log = _shared(path, 2, 3, monkeypatch, seed=9, ready=False)
    assert found == _one_process(path, 3)
    assert log and set(log) == {"main"}


def test_no_records_is_said_once_whoever_reads_the_chunks(tmp_path, monkeypatch):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n" * 5 + "   \n" * 5, encoding="utf-8")
    found, _ = _shared(path, 2, 2, monkeypatch, seed=3)
    assert found == _one_process(path, 2)
    assert found[1] == [
        "error: corpus.jsonl: no records in the file"]


class _ReadyAtOnce(chunk_pool._Starter):
    """The pool counts as ready from the first chunk on (the real one answers when it can)."""

    def ready(self) -> bool:
        self.thread.join()
        return self.answer[0].result()


def test_the_main_process_stays_within_its_bound_ahead_of_the_oldest_chunk(tmp_path, monkeypatch):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(_records(60, seed=11)) + "\n", encoding="utf-8")
    release, ahead, real = threading.Event(), [], chunk_pool.analyze_chunk

    def slow_first(part, **options):
        if part.index == 0:
            release.wait(30)  # the pool's first chunk is stuck until the main process has stopped
        elif threading.current_thread() is threading.main_thread() and not release.is_set():
            ahead.append(part.index)
        return real(part, **options)

    monkeypatch.setattr(chunk_pool, "analyze_chunk", slow_first)
    monkeypatch.setattr(chunk_pool, "can_fork", lambda fmt: False)
    monkeypatch.setattr(chunk_pool, "pool", lambda workers, **_: ThreadPoolExecutor(workers))
    monkeypatch.setattr(chunk_pool, "_Starter", _ReadyAtOnce)
    timer = threading.Timer(1.0, release.set)
    timer.start()
    results = list(chunk_pool.stream_chunks(path, plan_chunks(path, batch_docs=2), jobs=2,
                                            columns=None, **OPTIONS))
    timer.cancel()
    assert [d for r in results for d in r.doc_ids] == [f"d{i}" for i in range(60)]
    # chunks 0 to IN_POOL - 1 are the pool's (one worker) and 0 waits: the main process takes
    # the next ones until AHEAD × jobs are out of the file and not written, then waits too
    assert ahead == list(range(chunk_pool.IN_POOL, chunk_pool.AHEAD * 2))
    assert ahead  # (the bound leaves the main process room)


def test_a_failure_in_the_main_process_stops_the_workers(tmp_path, monkeypatch):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(_records(40, seed=12)) + "\n", encoding="utf-8")
    real, stopped = chunk_pool.analyze_chunk, []

    def failing(part, **options):
        if part.index == 5:
            raise RuntimeError("chunk 5")
        return real(part, **options)

    monkeypatch.setattr(chunk_pool, "analyze_chunk", failing)
    monkeypatch.setattr(chunk_pool, "can_fork", lambda fmt: False)
    monkeypatch.setattr(chunk_pool, "pool", lambda workers, **_: _ShuffledPool(workers, seed=1,
                                                                               ready=False))
    monkeypatch.setattr(chunk_pool, "stop_workers", lambda executor: stopped.append(executor))
    with pytest.raises(RuntimeError, match="chunk 5"):
        list(chunk_pool.stream_chunks(path, plan_chunks(path, batch_docs=2), jobs=2, columns=None,
                                      **OPTIONS))
    assert len(stopped) == 1


def test_real_workers_and_the_main_process_write_the_tables_of_one_job(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(_records(120, seed=13, duplicates=8, bad=3)) + "\n", encoding="utf-8")
    run(path, tmp_path / "one", jobs=1, batch_docs=4, progress=False, scope="all")
    run(path, tmp_path / "two", jobs=2, batch_docs=4, progress=False, scope="all")
    for name in TABLES:
        one, two = (tmp_path / d / f"{name}.csv" for d in ("one", "two"))
        assert one.read_bytes() == two.read_bytes(), name


# --- the workers forked from the run's own process (no forkserver) -----------------------------

def _handler(signum, frame):  # a run's stop handler stands in for the test
    raise AssertionError("the run's handler ran in a worker")


def _worker_state() -> tuple:
    """What a worker reports: its SIGTERM and SIGHUP handlers and its death signal."""
    import ctypes
    import signal

    value = ctypes.c_int(-1)
    ctypes.CDLL(None, use_errno=True).prctl(2, ctypes.byref(value), 0, 0, 0)  # PR_GET_PDEATHSIG
    return signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGHUP), value.value


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork and prctl")
def test_a_forked_worker_gets_the_default_stop_handlers_and_dies_with_the_run():
    import signal

    previous = {s: signal.signal(s, _handler) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        with chunk_pool.pool(1, fork=True) as executor:
            state = executor.submit(_worker_state).result(timeout=60)
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
    assert state == (signal.SIG_DFL, signal.SIG_DFL, int(signal.SIGKILL))


def test_can_fork_only_for_csv_without_another_thread(monkeypatch):
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    linux = sys.platform.startswith("linux")
    assert chunk_pool.can_fork("csv") is linux
    assert not chunk_pool.can_fork("parquet") and not chunk_pool.can_fork(None)
    monkeypatch.setattr(threading, "active_count", lambda: 2)  # a progress bar's monitor …
    assert not chunk_pool.can_fork("csv")


@pytest.mark.parametrize("fork", [True, False])
def test_forked_and_forkserver_workers_write_the_same_tables(tmp_path, monkeypatch, fork):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(_records(80, seed=14, duplicates=5, bad=2)) + "\n", encoding="utf-8")
    made, real = [], chunk_pool.pool

    def spy(workers, *, fork=False):
        made.append(fork)
        return real(workers, fork=fork)

    monkeypatch.setattr(chunk_pool, "can_fork", lambda fmt: fork)
    monkeypatch.setattr(chunk_pool, "pool", spy)
    found = _joined(chunk_pool.stream_chunks(path, plan_chunks(path, batch_docs=3), jobs=2,
                                             columns=None, **OPTIONS))
    assert made == [fork]
    assert found == _one_process(path, 3)


@pytest.mark.parametrize("args, tty, forks", [
    (["analyze", "c.jsonl", "--out", "o", "--no-progress"], True, True),
    (["analyze", "c.jsonl", "--out", "o"], False, True),            # no terminal: no bar
    (["analyze", "c.jsonl", "--out", "o"], True, False),            # a bar and its thread
    (["analyze", "c.jsonl", "--out", "o", "--format", "csv"], False, True),
    (["analyze", "c.jsonl", "--out", "o", "--format=parquet", "--no-progress"], False, False),
    (["analyze", "c.jsonl", "--out", "o", "--frobnicate"], False, False),  # not understood
    ([], False, False),
])
def test_will_fork_agrees_with_the_run(args, tty, forks):
    from helpers.cli.early import will_fork

    assert will_fork(args, tty=tty) is (forks and sys.platform.startswith("linux"))
