"""SIGTERM, SIGHUP and SIGKILL of ``helpers analyze`` (issue 19), with real processes.

SIGTERM and SIGHUP stop a run as Ctrl-C does: one ``stopped:`` line, an
interrupted manifest, OUT as it was, exit 128 + the signal, no process left.
After SIGKILL of the run's process alone, its forkserver and workers die
within seconds.  Each run is started in its own session, so every process it
starts can be found by its session id in ``/proc`` (Linux).
"""

import ctypes
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from conftest import ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="finds a run's processes in /proc")

TOPICAL = ("قال ممثل المنظمة إن وفدا زار إقليم شينجيانغ يوم الثلاثاء والتقى سكانا من الأويغور.\n"
           "وأضاف أن الوفد سيعود إلى أورومتشي في الشهر المقبل لمتابعة أوضاع المعتقلين.\n")
EN = "The ferry to the island runs twice a day from May, the harbour office said on Friday.\n"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def jsonl(path: Path, texts, prefix="d") -> Path:
    path.write_text("".join(json.dumps({"id": f"{prefix}{i}", "text": text}, ensure_ascii=False)
                            + "\n" for i, text in enumerate(texts)), encoding="utf-8")
    return path


def start(source, out, *options):
    """``helpers analyze`` in a session of its own."""
    command = [sys.executable, "-m", "helpers", "analyze", str(source), "--out", str(out),
               "--no-progress", *options]
    return subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


def session(sid: int) -> list[int]:
    """The live (not zombie) processes of a session."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except (OSError, ValueError):
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[3]) == sid and fields[0] != "Z":
            found.append(int(entry))
    return found


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def kill_session(sid: int) -> None:
    for pid in session(sid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


@pytest.fixture
def corpus(tmp_path):
    """A topical corpus that keeps two workers busy for a while, and an earlier output."""
    big = jsonl(tmp_path / "big.jsonl", [TOPICAL * 30] * 4000)
    old = jsonl(tmp_path / "old.jsonl", [EN], prefix="old")
    out = tmp_path / "out"
    first = subprocess.run([sys.executable, "-m", "helpers", "analyze", str(old), "--out",
                            str(out), "--jobs", "1"], env=ENV, capture_output=True)
    assert first.returncode == 0, first.stderr
    return big, old, out


@pytest.mark.parametrize("signum, code, options", [
    (signal.SIGTERM, 143, ["--jobs", "2"]),
    (signal.SIGHUP, 129, ["--jobs", "1"]),
])
def test_a_stop_signal_is_handled_like_ctrl_c(corpus, signum, code, options):
    big, old, out = corpus
    stage = out.with_name("out.partial")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    run = start(big, out, *options)
    try:
        assert wait_for(lambda: (stage / "documents.csv").exists(), 120)
        time.sleep(1.0)
        run.send_signal(signum)
        _, err = run.communicate(timeout=60)
        assert run.returncode == code and "Traceback" not in err, err
        written = json.loads((stage / "run.json").read_text(encoding="utf-8"))["documents_written"]
        assert err.splitlines() == [
            f"stopped: {signal.Signals(signum).name} received; {written} documents written so far "
            f"are in {stage} (run.json: complete false, interrupted true); {out} is left as it was"]
        assert wait_for(lambda: not session(run.pid), 10), session(run.pid)
    finally:
        kill_session(run.pid)
    partial = json.loads((stage / "run.json").read_text(encoding="utf-8"))
    assert partial["complete"] is False and partial["interrupted"] is True
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not out.with_name("out.lock").exists()
    rerun = subprocess.run([sys.executable, "-m", "helpers", "analyze", str(old), "--out",
                            str(out), "--jobs", "1"], env=ENV, capture_output=True)
    assert rerun.returncode == 0 and not stage.exists()


def test_workers_die_with_a_killed_run(corpus):
    big, old, out = corpus
    run = start(big, out, "--jobs", "2")
    try:
        # the run and its worker (the run's own process analyses chunks too: jobs - 1 workers,
        # forked from the run itself for CSV without a progress bar, helpers.engine.chunk_pool)
        assert wait_for(lambda: len(session(run.pid)) >= 2, 120), session(run.pid)
        assert wait_for(lambda: out.with_name("out.partial").joinpath("documents.csv").exists(),
                        60)
        time.sleep(1.0)
        run.kill()  # the run's process only
        run.wait()
        assert wait_for(lambda: not session(run.pid), 5), session(run.pid)
    finally:
        kill_session(run.pid)
    assert list(pd.read_csv(out / "documents.csv", dtype=str).doc_id) == ["old0"]
    rerun = subprocess.run([sys.executable, "-m", "helpers", "analyze", str(old), "--out",
                            str(out), "--jobs", "1"], env=ENV, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr  # the dead run's lock and staging folder: taken over


def test_sigterm_stops_a_dask_run_and_its_cluster(corpus):
    pytest.importorskip("dask.distributed")
    big, _, out = corpus
    stage = out.with_name("out.partial")
    run = start(big, out, "--engine", "dask", "--jobs", "2")
    try:
        # the run, the resource tracker and two worker processes
        assert wait_for(lambda: len(session(run.pid)) >= 4, 120), session(run.pid)
        time.sleep(3.0)
        run.terminate()
        _, err = run.communicate(timeout=120)
        assert run.returncode == 143 and len(err.splitlines()) == 1, err
        assert err.startswith("stopped: SIGTERM received; "), err
        assert wait_for(lambda: not session(run.pid), 10), session(run.pid)
    finally:
        kill_session(run.pid)
    partial = json.loads((stage / "run.json").read_text(encoding="utf-8"))
    assert partial["complete"] is False and partial["interrupted"] is True


def test_only_the_forkserver_and_workers_get_a_death_signal():
    """Importing the module in the run's own process changes nothing (PR_GET_PDEATHSIG is 0)."""
    import helpers.engine.lifetime as lifetime

    assert lifetime._SERVER is None
    libc = ctypes.CDLL(None, use_errno=True)
    value = ctypes.c_int(-1)
    assert libc.prctl(2, ctypes.byref(value), 0, 0, 0) == 0  # PR_GET_PDEATHSIG
    assert value.value == 0


def test_a_held_stop_signal_is_raised_when_signals_are_let_through_again():
    from helpers.engine.scale_report import RunStopped, holding_stop, stop_signal

    previous, reached = signal.getsignal(signal.SIGTERM), []
    try:
        signal.signal(signal.SIGTERM, stop_signal)
        with pytest.raises(RunStopped) as stopped:
            with holding_stop():  # a cluster starting: the signal waits
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(0.2)
                reached.append("the end of the held block")
        assert reached == ["the end of the held block"] and stopped.value.signum == signal.SIGTERM
        assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # a second one would end us
        signal.signal(signal.SIGTERM, stop_signal)
        with pytest.raises(RunStopped):
            with holding_stop():
                with holding_stop(False):  # the tasks run: the signal stops them at once
                    os.kill(os.getpid(), signal.SIGTERM)
                    time.sleep(5)
                    reached.append("never")
        assert reached == ["the end of the held block"]
        signal.signal(signal.SIGTERM, stop_signal)
        with pytest.raises(ValueError):  # held, then the run fails otherwise: the signal is spent
            with holding_stop():
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(0.2)
                raise ValueError("a bug")
        with holding_stop():
            pass
    finally:
        signal.signal(signal.SIGTERM, previous)
