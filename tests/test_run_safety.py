"""One writer per --out, and a full disk (issue 19): one line each, nothing blocks a rerun.

The lock is checked in-process and with two real ``helpers analyze``
processes; a full disk is injected at every write point (in-process), then
made real with a small tmpfs (where this machine lets root mount one) and
with ``RLIMIT_FSIZE`` (a real ``EFBIG`` anywhere).
"""

import errno
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from conftest import ROOT
from helpers.cli.main import main
from helpers.io import staging, writers
from helpers.io.outlock import OutputLock, lock_owner, lock_path
from helpers.io.staging import OutputError, stage_output

AR = "صرّح مدير المكتبة البلدية صباح الأحد بأن قاعة المطالعة ستفتح أبوابها مساءً طوال الصيف.\n"
AR2 = "وأوضح أن المتطوعين رتّبوا الكتب الجديدة على الرفوف خلال الأسبوعين الماضيين.\n"
EN = "The town library will open its reading room in the evenings all summer, its director said.\n"
#: A document the topic profile finds topical, so that every stage runs on it.
TOPICAL = ("قال ممثل المنظمة إن وفدا زار إقليم شينجيانغ يوم الثلاثاء والتقى سكانا من الأويغور.\n"
           "وأضاف أن الوفد سيعود إلى أورومتشي في الشهر المقبل لمتابعة أوضاع المعتقلين.\n")
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def jsonl(path: Path, texts, prefix="d") -> Path:
    path.write_text("".join(json.dumps({"id": f"{prefix}{i}", "text": text}, ensure_ascii=False)
                            + "\n" for i, text in enumerate(texts)), encoding="utf-8")
    return path


def helpers(*args, **popen):
    command = [sys.executable, "-m", "helpers", "analyze", *map(str, args), "--no-progress"]
    return subprocess.Popen(command, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **popen)


def doc_ids(out: Path) -> list[str]:
    return list(pd.read_csv(out / "documents.csv", dtype=str).doc_id)


def manifest(folder: Path) -> dict:
    return json.loads((folder / "run.json").read_text(encoding="utf-8"))


# --- one writer per --out -------------------------------------------------------------------

def test_the_lock_notes_its_owner_and_goes_away(tmp_path):
    out = tmp_path / "out"
    with OutputLock(out):
        owner = lock_owner(out)
        assert owner["pid"] == os.getpid() and owner["host"] and owner["started"]
        with pytest.raises(OutputError, match=rf"out is being written by another run \(pid "
                                              rf"{os.getpid()}, started "):
            OutputLock(out).acquire()
    assert not lock_path(out).exists()
    with OutputLock(out):  # free again
        pass


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_second_run_into_a_locked_out_touches_nothing(tmp_path, capsys, engine):
    source = jsonl(tmp_path / "c.jsonl", [AR, EN])
    out, stage = tmp_path / "out", tmp_path / "out.partial"
    stage.mkdir()
    (stage / "run.json").write_text('{"complete": false}', encoding="utf-8")
    (stage / "documents.csv").write_text("the first run's rows", encoding="utf-8")
    with OutputLock(out):
        code = main(["analyze", str(source), "--out", str(out), "--engine", engine,
                     "--no-progress"])
    lines = capsys.readouterr().err.splitlines()
    assert code == 2 and len(lines) == 1, lines
    assert lines[0].startswith(f"error: {out} is being written by another run (pid {os.getpid()}")
    assert (stage / "documents.csv").read_text(encoding="utf-8") == "the first run's rows"
    assert not out.exists()


def test_a_lock_left_by_a_killed_run_is_taken_over(tmp_path):
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from helpers.io.outlock "
                               "import OutputLock; OutputLock(sys.argv[1]).acquire(); "
                               "print('held', flush=True); time.sleep(60)", str(out)],
                              env=ENV, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(OutputError, match=f"pid {holder.pid}"):
        OutputLock(out).acquire()
    holder.kill()
    holder.wait()
    assert lock_owner(out)["pid"] == holder.pid  # the note stays, the lock does not
    source = jsonl(tmp_path / "c.jsonl", [AR])
    assert main(["analyze", str(source), "--out", str(out), "--jobs", "1"]) == 0
    assert doc_ids(out) == ["d0"] and not lock_path(out).exists()


def test_two_real_runs_into_one_out(tmp_path):
    first = jsonl(tmp_path / "first.jsonl", [(AR + TOPICAL) * 20] * 1500, prefix="first")
    second = jsonl(tmp_path / "second.jsonl", [EN], prefix="second")
    out = tmp_path / "out"
    running = helpers(first, "--out", out, "--jobs", "1")
    deadline = time.monotonic() + 120
    while not (tmp_path / "out.partial" / "documents.csv").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    other = helpers(second, "--out", out, "--jobs", "1")
    _, err = other.communicate(timeout=120)
    assert running.poll() is None, "the first run ended too soon to test the lock"
    assert other.returncode == 2 and err.splitlines() == [
        f"error: {out} is being written by another run (pid {running.pid}, started "
        f"{lock_owner(out)['started']}; lock {lock_path(out)}); wait for it to finish or "
        f"choose another --out"]
    _, err = running.communicate(timeout=300)
    assert running.returncode == 0, err
    ids = doc_ids(out)
    assert len(ids) == 1500 and all(i.startswith("first") for i in ids)
    assert manifest(out)["complete"] is True
    assert not (tmp_path / "out.partial").exists() and not lock_path(out).exists()


# --- what an earlier run left in OUT.partial ------------------------------------------------

@pytest.mark.parametrize("left, ours", [
    ([], True),
    (["run.json"], True),
    (["run.json", "documents.csv", "mentions.csv"], True),
    (["run.json.tmp"], True),  # a run killed while writing its first manifest
    (["run.json.tmp", "documents.csv"], True),
    (["documents.csv"], False),
    (["thesis.docx"], False),
])
def test_an_earlier_staging_folder_is_replaced_only_when_it_is_ours(tmp_path, left, ours):
    stage = tmp_path / "out.partial"
    stage.mkdir()
    for name in left:
        (stage / name).write_text("x", encoding="utf-8")
    if ours:
        assert stage_output(tmp_path / "out") == stage and not any(stage.iterdir())
    else:
        with pytest.raises(OutputError, match="is not an earlier run's staging folder"):
            stage_output(tmp_path / "out")
        assert sorted(p.name for p in stage.iterdir()) == sorted(left)


def test_a_file_named_like_the_staging_folder_is_refused(tmp_path):
    (tmp_path / "out.partial").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="is not an earlier run's staging folder"):
        stage_output(tmp_path / "out")


# --- a full disk at every write point (injected in-process) ---------------------------------

def _full(code=errno.ENOSPC):
    return OSError(code, os.strerror(code))


def _fail_path_method(monkeypatch, method, name, *, after=0, code=errno.ENOSPC):
    """``Path.METHOD`` fails for a file named ``name`` (after ``after`` good calls)."""
    real, calls = getattr(Path, method), []

    def fake(self, *args, **kwargs):
        if self.name == name:
            calls.append(self)
            if len(calls) > after:
                raise _full(code)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, method, fake)


def _fail_appending(monkeypatch, name, code=errno.ENOSPC):
    """Appending rows to ``name`` fails (the CSV writer's ``open``)."""

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            raise _full(code)

    def fake(path, *args, **kwargs):
        handle = open(path, *args, **kwargs)
        return Full(handle) if Path(path).name == name else handle

    monkeypatch.setattr(writers, "open", fake, raising=False)


def _fail_parquet(monkeypatch, method, table):
    real = getattr(pq.ParquetWriter, method)

    def fake(self, *args, **kwargs):
        if f"/{table}.parquet" in str(self.where):
            self.is_open = False  # as a writer whose last write failed: nothing left to close
            raise _full()
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetWriter, method, fake)


def _fail_commit(monkeypatch, name):
    """Moving the new ``name`` into OUT fails once (moving the old one back works)."""
    real, failed = os.replace, []

    def fake(source, target, *args, **kwargs):
        if Path(target).name == name and Path(target).parent.name == "out" and not failed:
            failed.append(target)
            raise _full()
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(staging.os, "replace", fake)


# (case, format, inject, what the line names, what OUT.partial/run.json says afterwards)
DISK_FULL = [
    ("first run.json", "csv", lambda m: _fail_path_method(m, "write_bytes", "run.json.tmp"),
     "no space left on device while writing run.json", None),
    ("last run.json", "csv", lambda m: _fail_path_method(m, "write_bytes", "run.json.tmp", after=1),
     "no space left on device while writing run.json", "interrupted"),
    ("a table's header", "csv", lambda m: _fail_path_method(m, "write_text", "quotes.csv"),
     "no space left on device while writing quotes.csv", "interrupted"),
    ("a table's rows", "csv", lambda m: _fail_appending(m, "mentions.csv"),
     "no space left on device while writing mentions.csv", "interrupted"),
    ("a quota", "csv", lambda m: _fail_appending(m, "sentences.csv", errno.EDQUOT),
     "disk quota exceeded while writing sentences.csv", "interrupted"),
    ("a file-size limit", "csv", lambda m: _fail_appending(m, "documents.csv", errno.EFBIG),
     "file too large while writing documents.csv", "interrupted"),
    ("a Parquet row group", "parquet", lambda m: _fail_parquet(m, "write_table", "stances"),
     "no space left on device while writing stances.parquet", "interrupted"),
    ("closing a Parquet file", "parquet", lambda m: _fail_parquet(m, "close", "claims"),
     "no space left on device while writing claims.parquet", "interrupted"),
    ("the commit into OUT", "csv", lambda m: _fail_commit(m, "mentions.csv"),
     "no space left on device while moving the tables from out.partial into out", "interrupted"),
]


@pytest.mark.parametrize("case, fmt, inject, said, marked", DISK_FULL,
                         ids=[row[0] for row in DISK_FULL])
def test_a_full_disk_gives_one_line_and_blocks_no_rerun(tmp_path, monkeypatch, capsys, case, fmt,
                                                        inject, said, marked):
    out, stage = tmp_path / "out", tmp_path / "out.partial"
    old = jsonl(tmp_path / "old.jsonl", [EN], prefix="old")
    args = ["--jobs", "1", "--no-progress", "--format", fmt]
    assert main(["analyze", str(old), "--out", str(out), *args]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    capsys.readouterr()
    new = jsonl(tmp_path / "new.jsonl", [TOPICAL * 3, AR + AR2, TOPICAL])
    inject(monkeypatch)
    code = main(["analyze", str(new), "--out", str(out), *args])
    lines = capsys.readouterr().err.splitlines()
    monkeypatch.undo()
    assert code == 2 and len(lines) == 1, lines
    folder = out.parent if "commit" in case else stage
    assert lines[0].startswith(f"error: {folder}: {said}; "), lines[0]
    assert lines[0].endswith(f"documents written so far are in {stage} (run.json: complete false, "
                             f"interrupted true); {out} is left as it was" if marked else
                             f"(run.json could not be updated); {out} is left as it was")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not (stage / "run.json.tmp").exists() and not lock_path(out).exists()
    if marked:
        assert manifest(stage)["complete"] is False and manifest(stage)["interrupted"] is True
    assert main(["analyze", str(new), "--out", str(out), *args]) == 0
    assert manifest(out)["documents_written"] == 3 and not stage.exists()


# --- a real full disk -----------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """A 256 KiB tmpfs (skips where this machine does not let us mount one)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)],
                          capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def _varied(count: int) -> list[str]:
    """Topical documents that do not compress to nothing (each sentence has its own number)."""
    return ["".join(TOPICAL.replace("الثلاثاء", f"الثلاثاء {i * 97 + j}") for j in range(10))
            for i in range(count)]


def test_a_real_full_disk(tmp_path, small_disk):
    out = small_disk / "out"
    old = jsonl(tmp_path / "old.jsonl", [EN], prefix="old")
    run = helpers(old, "--out", out, "--jobs", "1")
    assert run.wait(timeout=120) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    big = jsonl(tmp_path / "big.jsonl", _varied(400))
    run = helpers(big, "--out", out, "--jobs", "2")
    _, err = run.communicate(timeout=300)
    assert run.returncode == 2 and len(err.splitlines()) == 1, err
    assert err.startswith(f"error: {small_disk / 'out.partial'}: no space left on device while "
                          f"writing "), err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert manifest(small_disk / "out.partial")["interrupted"] is True
    run = helpers(old, "--out", out, "--jobs", "1")  # the rerun frees the space first
    assert run.wait(timeout=120) == 0 and not (small_disk / "out.partial").exists()


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_real_file_size_limit(tmp_path, engine):
    """``RLIMIT_FSIZE`` gives a real EFBIG (SIGXFSZ ignored, as Python does) without root."""
    pytest.importorskip("dask.distributed") if engine == "dask" else None
    big = jsonl(tmp_path / "big.jsonl", _varied(200))
    out = tmp_path / "out"

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (32_768, 32_768))

    run = helpers(big, "--out", out, "--jobs", "1", "--engine", engine, preexec_fn=limit)
    _, err = run.communicate(timeout=300)
    assert run.returncode == 2 and len(err.splitlines()) == 1, err
    assert err.startswith(f"error: {tmp_path / 'out.partial'}: file too large while writing "), err
    assert not out.exists() and manifest(tmp_path / "out.partial")["interrupted"] is True
