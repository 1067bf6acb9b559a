"""The command line: tables and their contract, errors, options, formats."""

import os
import subprocess
import sys

import pandas as pd
import pytest

from conftest import ROOT, SEEDS
from helpers.cli.main import build_parser, main
from helpers.engine.pipeline import TABLE_COLUMNS, TABLES
from helpers.io.table_reader import read_table

ARABIC = "قالت وزارة الخارجية الصينية يوم الاثنين إن شينجيانغ منطقة مفتوحة أمام الزوار.\n"
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "helpers", *map(str, args)], cwd=cwd, env=ENV,
                          capture_output=True, text=True, encoding="utf-8", timeout=600)


def read(path):
    return read_table(path, typed=False)


def lines(stderr):
    """The stderr lines before the closing summary (``done: …``), which is checked apart."""
    found = stderr.splitlines()
    assert found and found[-1].startswith("done: "), stderr
    return found[:-1]


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed_out")
    done = cli("analyze", SEEDS, "--out", out, "--jobs", "2")
    assert (done.returncode, lines(done.stderr)) == (0, [])
    assert done.stderr == f"done: 3 documents written, 0 failed; tables in {out}\n"
    return out


@pytest.mark.parametrize("table", TABLES)
def test_seed_tables_have_contract_columns_and_bom(seed_out, table):
    data = (seed_out / f"{table}.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\xef\xbb\xbf") == 1
    frame = read(seed_out / f"{table}.csv")
    assert list(frame.columns[: len(TABLE_COLUMNS[table])]) == TABLE_COLUMNS[table]
    if table != "documents" and len(frame):
        assert set(frame.doc_id) <= {p.stem for p in SEEDS.glob("*.txt")}


@pytest.mark.parametrize("table, column", [
    ("sentences", "text"), ("mentions", "surface"), ("events", "surface"), ("claims", "surface"),
])
def test_seed_offsets_point_at_the_raw_text(seed_out, seed_texts, table, column):
    frame = read(seed_out / f"{table}.csv")
    assert len(frame) > 0, table
    for row in frame.itertuples():
        raw = seed_texts[row.doc_id]
        assert raw[int(row.start):int(row.end)] == getattr(row, column), (table, row)


def test_seed_documents_table(seed_out, seeds):
    docs = read(seed_out / "documents.csv")
    assert list(docs.doc_id) == sorted(d.doc_id for d in seeds)
    assert list(docs.published) == ["", "2018-11-14", "2022-09-13"]
    sentences = read(seed_out / "sentences.csv")
    assert [int(n) for n in docs.n_sentences] == [
        (sentences.doc_id == d).sum() for d in docs.doc_id]
    assert all(int(n) == len(d.raw) for n, d in zip(docs.n_chars, seeds))


def test_help_lists_every_option():
    done = cli("analyze", "--help")
    assert done.returncode == 0
    analyze = build_parser()._subparsers._group_actions[0].choices["analyze"]
    options = [o for action in analyze._actions for o in action.option_strings]
    assert len(options) >= 17
    for option in options:
        assert option in done.stdout, option
    text = " ".join(done.stdout.split())
    assert "CORPUS" in text and "Exit status: 0 when every input was processed" in text


def test_bad_files_are_named_and_the_good_ones_processed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARABIC, encoding="utf-8")
    (corpus / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARABIC.encode("utf-8"))
    (corpus / "old.txt").write_bytes(ARABIC.encode("cp1256"))
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    done = cli("analyze", corpus, "--out", tmp_path / "out", "--jobs", "2")
    assert done.returncode == 1
    assert sorted(lines(done.stderr)) == [
        "error: empty.txt: empty file",
        "error: image.txt: binary file (NUL bytes), not text"]
    assert done.stderr.splitlines()[-1].startswith(
        "done: 3 documents written, 2 failed (1 empty file, 1 binary file, not text)")
    docs = read(tmp_path / "out" / "documents.csv")
    assert list(zip(docs.doc_id, docs.encoding)) == [
        ("bom", "utf-8-sig"), ("good", "utf-8"), ("old", "cp1256")]
    mentions = read(tmp_path / "out" / "mentions.csv")
    assert set(mentions.doc_id) == {"bom", "good", "old"}
    assert "شينجيانغ" in set(mentions.surface)


@pytest.mark.parametrize("args, message", [
    (["analyze", "{tmp}/nope", "--out", "{tmp}/out"], "error: {tmp}/nope: no such file or folder"),
    (["analyze", "{tmp}/notes.rtf", "--out", "{tmp}/out"],
     "error: {tmp}/notes.rtf: unknown corpus format"),
])
def test_missing_or_unknown_input_is_one_line(tmp_path, args, message):
    (tmp_path / "notes.rtf").write_bytes(b"PK")
    done = cli(*[a.format(tmp=tmp_path) for a in args])
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith(message.format(tmp=tmp_path))
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args", [
    ["--engine", "dask", "--format", "csv"], ["--scheduler", "tcp://127.0.0.1:8786"],
    ["--jobs", "0"], ["--tables", "people"],
])
def test_usage_errors_exit_2(tmp_path, args, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["analyze", str(SEEDS), "--out", str(tmp_path), *args])
    assert stop.value.code == 2 and "usage:" in capsys.readouterr().err


def test_record_file_with_column_options_and_parquet_output(tmp_path):
    source = tmp_path / "db.csv"
    pd.DataFrame({"uid": ["n1", "n2"], "story": [ARABIC, "Beijing rejected the UN report."],
                  "day": ["2022-09-01", "not a date"]}).to_csv(source, index=False)
    done = cli("analyze", source, "--out", tmp_path / "out", "--format", "parquet", "--jobs", "1",
               "--text-column", "story", "--id-column", "uid", "--date-column", "day",
               "--tables", "documents", "mentions", "--scope", "all")
    assert done.returncode == 1
    # line 4: the first record's text ends with a newline, so it spans lines 2-3
    assert lines(done.stderr) == ["error: db.csv line 4: published date 'not a date' is not a "
                                  "date (YYYY-MM-DD or DD/MM/YYYY); published left empty"]
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert list(docs.doc_id) == ["n1", "n2"] and list(docs.published) == ["2022-09-01", ""]
    assert list(docs.language) == ["ar", "en"] and docs.n_chars.dtype == "int64"
    mentions = pd.read_parquet(tmp_path / "out" / "mentions.parquet")
    assert set(mentions.surface) >= {"شينجيانغ", "Beijing"}
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "documents.parquet", "mentions.parquet", "run.json"]
