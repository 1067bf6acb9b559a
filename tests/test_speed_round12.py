"""Issue 23, twelfth round: the cyclic collector paused while ``helpers analyze`` starts.

:mod:`helpers.engine.collector` turns the collector off first thing in ``main()`` and, after
the run's first batch (or before the workers are forked from the run), freezes what was
made and turns it on again.  These tests check when it is off and on, that every way out of
``main()`` turns it on again, that a process that did not pause it is left alone, and that
the tables are the same bytes with and without the pause.  No timing is asserted.
"""

import gc
import json
from pathlib import Path

import pytest

import helpers.engine.chunk_pool as chunk_pool
import helpers.engine.scale as scale
from helpers.cli.main import main
from helpers.engine import collector

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def _collector_on():
    """Each test starts and ends with the collector on and not paused."""
    collector.resume()
    gc.enable()
    yield
    collector.resume()
    gc.enable()


def _tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def test_pause_and_resume():
    collector.pause()
    assert not gc.isenabled() and collector.paused()
    collector.resume()
    assert gc.isenabled() and not collector.paused()
    collector.resume()  # idempotent
    assert gc.isenabled()


def test_resume_leaves_a_collector_it_did_not_pause():
    gc.disable()
    try:
        collector.pause()  # already off: not ours to turn on
        assert not collector.paused()
        collector.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_resume_without_pause_is_nothing(monkeypatch):
    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    collector.resume()
    assert frozen == [] and gc.isenabled()


def test_main_turns_it_on_after_a_run(tmp_path):
    assert main(["analyze", str(SEEDS), "--out", str(tmp_path / "out"), "--jobs", "1",
                 "--no-progress"]) == 0
    assert gc.isenabled() and not collector.paused()


@pytest.mark.parametrize("argv", [["analyze", "--help"], ["analyze"], ["--version"], []])
def test_main_turns_it_on_on_every_way_out(argv):
    try:
        main(argv)
    except SystemExit:
        pass
    assert gc.isenabled() and not collector.paused()


def test_main_on_a_missing_corpus(tmp_path, capsys):
    main(["analyze", str(tmp_path / "missing"), "--out", str(tmp_path / "out"), "--no-progress"])
    assert gc.isenabled() and not collector.paused()


def test_off_for_the_first_batch_only(tmp_path, monkeypatch):
    seen = []
    real = scale.analyze_batch

    def spy(batch, **options):
        seen.append(gc.isenabled())
        return real(batch, **options)

    monkeypatch.setattr(scale, "analyze_batch", spy)
    assert main(["analyze", str(SEEDS), "--out", str(tmp_path / "out"), "--jobs", "1",
                 "--batch-size", "1", "--no-progress"]) == 0
    assert seen == [False, True, True]


def test_a_library_run_is_left_alone(tmp_path, monkeypatch):
    seen = []
    real = scale.analyze_batch

    def spy(batch, **options):
        seen.append(gc.isenabled())
        return real(batch, **options)

    monkeypatch.setattr(scale, "analyze_batch", spy)
    scale.run(SEEDS, tmp_path / "out", jobs=1, batch_docs=1, progress=False)
    assert seen == [True, True, True]


def test_resumed_before_the_fork(tmp_path, monkeypatch):
    lines = [json.dumps({"id": f"d{i}", "text": f"نص رقم {i} عن تونس"}, ensure_ascii=False)
             for i in range(12)]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    states = []
    real = chunk_pool.pool

    def spy(workers, *, fork=False):
        states.append((fork, gc.isenabled(), collector.paused()))
        return real(workers, fork=fork)

    monkeypatch.setattr(chunk_pool, "pool", spy)
    monkeypatch.setattr(chunk_pool, "can_fork", lambda fmt: True)
    collector.pause()
    chunks = scale.plan_chunks(path, batch_docs=3)
    results = list(chunk_pool.stream_chunks(path, chunks, jobs=2, fmt="csv", scope="all"))
    assert states == [(True, True, False)]
    assert sum(len(r.doc_ids) for r in results) == 12


def test_same_tables_with_and_without_the_pause(tmp_path, monkeypatch):
    argv = ["analyze", str(SEEDS), "--jobs", "1", "--batch-size", "1", "--no-progress"]
    assert main([*argv, "--out", str(tmp_path / "paused")]) == 0
    monkeypatch.setattr(collector, "pause", lambda: None)
    assert main([*argv, "--out", str(tmp_path / "plain")]) == 0
    paused, plain = _tables(tmp_path / "paused"), _tables(tmp_path / "plain")
    assert paused and paused == plain
