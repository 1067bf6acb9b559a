"""Workers reading their own chunks of a JSON Lines file, and the disk cache of the gazetteer."""

import json
import os
import pickle

import pytest

import helpers.engine.scale as scale
from helpers.engine.chunks import plan_chunks
from helpers.io import disk_cache
from helpers.io.tables import TABLES


def _write(path, lines):
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@pytest.fixture()
def messy_jsonl(tmp_path):
    """40 records in chunks of 10 lines: bad lines, a duplicate within and across chunks."""
    lines = [json.dumps({"id": f"d{i}", "text": f"نص رقم {i} عن الإيغور في شينجيانغ" if i % 7 == 0
                         else f"Text number {i} about the weather."}, ensure_ascii=False).encode()
             for i in range(40)]
    lines[3] = b'{"id": "bad", "text": '
    lines[8] = lines[5]  # the same chunk
    lines[25] = lines[1]  # a later chunk
    lines[30] = b"[1, 2]"
    lines[31] = b""
    return _write(tmp_path / "messy.jsonl", lines)


def test_chunks_cover_the_file_in_whole_lines(messy_jsonl):
    parts = list(plan_chunks(messy_jsonl, batch_docs=10))
    assert [p.line for p in parts] == [1, 11, 21, 31]
    assert parts[0].start == 0 and all(p.chunked for p in parts)
    assert parts[-1].stop in (None, messy_jsonl.stat().st_size)
    assert all(a.stop == b.start for a, b in zip(parts, parts[1:]))
    assert plan_chunks(messy_jsonl, batch_docs=100) is None  # one chunk: read as before


def test_workers_reading_chunks_write_what_one_process_writes(messy_jsonl, tmp_path, capsys):
    one = scale.run(messy_jsonl, tmp_path / "one", jobs=1, batch_docs=10, progress=False)
    first = capsys.readouterr().err
    two = scale.run(messy_jsonl, tmp_path / "two", jobs=2, batch_docs=10, progress=False)
    second = capsys.readouterr().err
    assert first.replace("/one", "/two") == second
    assert "messy.jsonl line 26: duplicate doc_id 'd1'; skipped" in second
    assert "messy.jsonl line 9: duplicate doc_id 'd5'; skipped" in second
    assert one.errors == two.errors and one.exit_code == two.exit_code == 1
    for name in TABLES:
        assert (tmp_path / "one" / f"{name}.csv").read_bytes() == \
            (tmp_path / "two" / f"{name}.csv").read_bytes(), name


def test_a_file_without_records_says_so_once(tmp_path, capsys):
    path = _write(tmp_path / "empty.jsonl", [b"", b" "] * 15)
    report = scale.run(path, tmp_path / "out", jobs=2, batch_docs=10, progress=False)
    assert report.errors == ["empty.jsonl: no records in the file"]


def test_the_cache_builds_once_and_again_when_an_input_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "lexicon.tsv"
    data.write_text("a\n", encoding="utf-8")
    built = []

    def build():
        built.append(data.read_text(encoding="utf-8"))
        return {"value": built[-1]}

    assert disk_cache.cached("demo", [data], build) == {"value": "a\n"}
    assert disk_cache.cached("demo", [data], build) == {"value": "a\n"} and len(built) == 1
    data.write_text("b\n", encoding="utf-8")
    assert disk_cache.cached("demo", [data], build) == {"value": "b\n"} and len(built) == 2


def test_the_cache_is_never_required(tmp_path, monkeypatch):
    data = tmp_path / "lexicon.tsv"
    data.write_text("a\n", encoding="utf-8")
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("HELPERS_CACHE_DIR", str(blocked / "cache"))  # cannot be made
    assert disk_cache.cached("demo", [data], lambda: 1) == 1
    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path / "cache"))
    disk_cache.cached("demo", [data], lambda: 2)
    (cached,) = (tmp_path / "cache").glob("demo-*.pickle")
    cached.write_bytes(b"damaged")  # a file that cannot be unpickled is built again
    assert disk_cache.cached("demo", [data], lambda: 3) == 3
    assert pickle.loads(cached.read_bytes()) == 3
    monkeypatch.setenv("HELPERS_CACHE", "0")
    assert disk_cache.cache_dir() is None and disk_cache.cached("demo", [data], lambda: 4) == 4


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_cache_folder_is_left_alone(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(0o500)
    monkeypatch.setenv("HELPERS_CACHE_DIR", str(folder))
    data = tmp_path / "lexicon.tsv"
    data.write_text("a\n", encoding="utf-8")
    try:
        assert disk_cache.cached("demo", [data], lambda: 5) == 5
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_cached_patterns_keep_their_program(tmp_path, monkeypatch):
    import re

    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "lexicon.tsv"
    data.write_text("a\n", encoding="utf-8")
    pattern = re.compile(r"(?i)(?<!\w)(?P<word>قال|said)\s+(\d{1,4})(?!\d)", re.MULTILINE)
    disk_cache.cached("patterns", [data], lambda: {"p": pattern})
    loaded = disk_cache.cached("patterns", [data], lambda: pytest.fail("built again"))["p"]
    assert loaded is not pattern and loaded == pattern  # same text, flags and compiled program
    assert loaded.groupindex == pattern.groupindex and loaded.groups == pattern.groups
    assert loaded.search("x SAID 2019").group("word", 2) == ("SAID", "2019")


def test_cached_extractor_lexicons_equal_fresh_builds(tmp_path, monkeypatch):
    from helpers.extract.claims import units
    from helpers.extract.quotes import speech_lexicon
    from helpers.extract.temporal import patterns

    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path / "cache"))
    for build in (patterns._build, units._build_unit_patterns, speech_lexicon._build_lexicon):
        fresh = build()
        disk_cache.cached(build.__name__, [], build)
        assert disk_cache.cached(build.__name__, [], lambda: pytest.fail("built again")) == fresh
