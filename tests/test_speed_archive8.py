"""Issue 23, eighth round: what the faster general-archive run relies on gives what the old code gave.

The command line starts the workers' forkserver before its own imports when the arguments show a
run that will use workers (:mod:`helpers.cli.early`); its hint must agree with the run's own
decision (:func:`helpers.engine.chunks.plan_chunks`), know every option of the parser, and the
server it starts must be the one the run uses.  No timing is asserted.
"""

import gzip
import json
import subprocess
import sys

import pandas as pd
import pytest

from helpers.cli import early
from helpers.cli.main import build_parser
from helpers.engine.chunks import plan_chunks


def _jsonl(path, lines: int, *, width: int = 20, end: bool = True, blank: int = 0) -> str:
    rows = [json.dumps({"id": f"d{i}", "text": "نص " * width}, ensure_ascii=False) for i in range(lines)]
    body = "\n".join(rows + [""] * blank) + ("\n" if end else "")
    path.write_text(body, encoding="utf-8")
    return str(path)


@pytest.fixture
def big(tmp_path):
    return _jsonl(tmp_path / "big.jsonl", 120)


@pytest.mark.parametrize("args, wanted", [
    (["analyze", "{big}", "--out", "o"], True),
    (["analyze", "{big}", "--out", "o", "--jobs", "2"], True),
    (["analyze", "{big}", "--out=o", "--jobs=3", "--no-progress"], True),
    (["analyze", "--scope", "all", "{big}", "--out", "o", "--tables", "documents", "mentions",
      "--topic", "xinjiang"], True),
    (["analyze", "{big}", "--out", "o", "--jobs", "1"], False),
    (["analyze", "{big}", "--out", "o", "--jobs=1"], False),
    (["analyze", "{big}", "--out", "o", "--jobs", "x"], False),
    (["analyze", "{big}", "--out", "o", "--engine", "dask"], False),
    (["analyze", "{big}", "--out", "o", "--batch-size", "200"], False),  # one chunk
    (["analyze", "{big}", "--out", "o", "--job", "2"], False),  # an abbreviation: the parser's
    (["analyze", "{big}", "--out", "o", "-h"], False),
    (["analyze", "{big}", "--out", "o", "--frobnicate"], False),
    (["analyze", "{big}", "{big}", "--out", "o"], False),
    (["analyze", "--out", "o"], False),
    (["analyze", "{big}", "--out"], False),
    (["report", "{big}", "--out", "o"], False),
    ([], False),
    (["analyze", "missing.jsonl", "--out", "o"], False),
])
def test_pool_wanted(big, args, wanted):
    assert early.pool_wanted([a.format(big=big) for a in args], cores=2) is wanted


def test_pool_wanted_reads_the_default_jobs_as_the_cores(big):
    assert early.pool_wanted(["analyze", big, "--out", "o"], cores=2)
    assert not early.pool_wanted(["analyze", big, "--out", "o"], cores=1)
    assert early.pool_wanted(["analyze", big, "--out", "o", "--jobs", "2"], cores=1)


def _files(tmp_path):
    """JSON Lines files around the chunk rule's edges, and files the run reads in one part."""
    made = {}
    for lines in (1, 2, 49, 50, 51, 99, 100, 101, 120):
        made[f"n{lines}"] = _jsonl(tmp_path / f"n{lines}.jsonl", lines)
        made[f"n{lines}-unended"] = _jsonl(tmp_path / f"n{lines}u.ndjson", lines, end=False)
    made["blank-tail"] = _jsonl(tmp_path / "blank.jsonl", 50, blank=3)
    made["long-lines"] = _jsonl(tmp_path / "long.jsonl", 3, width=200_000)  # > 1 MB a line
    made["two-long"] = _jsonl(tmp_path / "two.jsonl", 2, width=150_000)
    made["upper"] = _jsonl(tmp_path / "UPPER.JSONL", 120)
    array = tmp_path / "array.jsonl"
    array.write_text("[\n" + ",\n".join(json.dumps({"id": i, "text": "x"}) for i in range(120)) + "\n]\n")
    made["array"] = str(array)
    pretty = tmp_path / "pretty.jsonl"
    pretty.write_text(json.dumps({"id": 1, "text": "x" * 10, "more": list(range(200))}, indent=1) + "\n")
    made["pretty"] = str(pretty)
    zipped = tmp_path / "zipped.jsonl"
    zipped.write_bytes(gzip.compress((tmp_path / "n120.jsonl").read_bytes()))
    made["gzip-named-jsonl"] = str(zipped)
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + (tmp_path / "n120.jsonl").read_bytes())
    made["bom"] = str(bom)
    utf16 = tmp_path / "utf16.jsonl"
    utf16.write_bytes((tmp_path / "n120.jsonl").read_text(encoding="utf-8").encode("utf-16"))
    made["utf16"] = str(utf16)
    return made


@pytest.mark.parametrize("batch", [1, 7, 50, 100, 500])
def test_the_hint_agrees_with_the_runs_chunks(tmp_path, batch):
    """The forkserver is started early exactly for the runs that cut the file into chunks."""
    for name, path in _files(tmp_path).items():
        chunked = plan_chunks(path, batch_docs=batch) is not None
        hint = early.pool_wanted(["analyze", path, "--out", "o", "--batch-size", str(batch)], cores=2)
        assert hint is chunked, (name, batch)


def test_the_hint_agrees_on_the_real_archive(ant_path):
    for batch in (50, 20_000):
        chunked = plan_chunks(str(ant_path), batch_docs=batch) is not None
        assert early.pool_wanted(["analyze", str(ant_path), "--out", "o", "--batch-size", str(batch)],
                                 cores=2) is chunked


def test_the_hint_knows_every_option_of_the_parser():
    """Each option of ``helpers analyze`` with its arity, so that no value is read as the corpus."""
    parser = build_parser()
    analyze = next(a for a in parser._subparsers._group_actions[0].choices.items() if a[0] == "analyze")[1]
    options = {}
    for action in analyze._actions:
        for name in action.option_strings:
            if name.startswith("--") and name != "--help":
                options[name] = "flag" if action.nargs == 0 else "list" if action.nargs == "+" else "value"
    known = {**dict.fromkeys(early.VALUE_OPTIONS, "value"), **dict.fromkeys(early.LIST_OPTIONS, "list"),
             **dict.fromkeys(early.FLAG_OPTIONS, "flag")}
    assert options == known


SUBPROCESS = """
import sys
import helpers.cli.main
cli = sys.modules["helpers.cli.main"]  # (the package's attribute of that name is the function)
seen = []
def spy(args):
    seen.append((sorted(m for m in ("numpy", "helpers.io.formats", "helpers.cli.runs", "importlib.metadata")
                        if m in sys.modules), args))
    return False
cli.start_if_wanted = spy
try:
    cli.main(["analyze", "no-such-corpus.jsonl", "--out", {out!r}])
except SystemExit:
    pass
print(seen)
"""


def test_main_asks_for_the_server_before_importing_the_command_line(tmp_path):
    code = SUBPROCESS.format(out=str(tmp_path / "out"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == repr([([], ["analyze", "no-such-corpus.jsonl", "--out", str(tmp_path / "out")])])


def test_import_helpers_leaves_the_version_lookup_for_later():
    code = ("import sys, helpers; print('importlib.metadata' in sys.modules); "
            "from importlib import metadata; print(helpers.__version__ == metadata.version('helpers'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


EARLY_RUN = """
import sys
from multiprocessing import forkserver
from helpers.cli.early import start_if_wanted
from helpers.cli.main import main
args = ["analyze", {corpus!r}, "--out", {out!r}, "--jobs", "2", "--no-progress", "--format", "parquet"]
started = start_if_wanted(args)
pid = forkserver._forkserver._forkserver_pid
code = main(args)
print(started, pid is not None and pid == forkserver._forkserver._forkserver_pid, code)
"""


def test_the_early_server_is_the_one_the_run_uses_and_the_tables_are_the_same(tmp_path, ant_path):
    corpus = tmp_path / "ant.jsonl"
    with open(ant_path, encoding="utf-8") as handle:
        corpus.write_text("".join(line for _, line in zip(range(180), handle)), encoding="utf-8")
    code = EARLY_RUN.format(corpus=str(corpus), out=str(tmp_path / "early"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True", "0"]
    from helpers.cli.main import main

    assert main(["analyze", str(corpus), "--out", str(tmp_path / "one"), "--jobs", "1", "--no-progress",
                 "--format", "parquet"]) == 0
    tables = sorted((tmp_path / "one").glob("*.parquet"))
    assert len(tables) == 8
    for table in tables:  # (a CSV run without a progress bar forks its workers: no server)
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "early" / table.name),
                                      pd.read_parquet(table), obj=table.name)


def test_the_package_main_is_the_function_after_the_module_is_imported():
    code = ("import helpers.cli.main, helpers.cli.runs; from helpers.cli import main, build_parser, run_analysis; "
            "print(callable(main), main.__module__, build_parser.__module__, run_analysis.__module__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "helpers.cli.main", "helpers.cli.main", "helpers.cli.runs"]
