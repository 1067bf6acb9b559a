"""Bad and odd inputs: one clear line each, nothing else lost (issue 12).

One row per case: the input files (built in ``tmp_path``), the command line
options, the expected exit code, a fragment of the expected stderr line and
the number of documents in the written ``documents.csv`` (read back with
pandas, so a row split by a stray CR would show), or ``None`` when no output
folder may be written.
"""

import io
import json
import os
import signal
import subprocess
import sys
import time

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from helpers.cli.main import main
from helpers.io.formats import walk_folder
from helpers.io.table_reader import read_table
from helpers.io.writers import CsvWriter

AR = "أعلنت الهيئة المحلية يوم الخميس أن الطريق بين القريتين أعيد فتحه بعد أسبوع من الإغلاق.\n"
AR2 = "وقال رئيس البلدية إن فرق الصيانة عملت ليلا ونهارا لإصلاح الجسر المتضرر.\n"
EN = "Local officials reopened the mountain road on Thursday after a week of repairs.\n"


def jsonl(*records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def parquet(table):
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


PAGE = (f"<html><head><title>الطريق</title></head><body><article><p>{AR}</p><p>{AR2}</p>"
        f"<p>{AR}</p></article></body></html>")

# (case, files {path: bytes | "dir" | "->target"}, corpus, options, exit, fragment, documents)
CASES = [
    ("lone surrogate", {"c.jsonl": b'{"id": "a", "text": "\\ud83d ' + AR.strip().encode() + b'"}\n'
                        + jsonl({"id": "b", "text": EN})},
     "c.jsonl", [], 0, "warning: c.jsonl line 1: 1 lone surrogate(s)", 2),
    ("non-UTF-8 file name", {b"f/\xe4\xf1.txt": AR.encode(), "f/ok.txt": EN.encode()},
     "f", [], 0, "not valid Unicode in doc_id, file name", 2),
    ("int over 4300 digits", {"c.jsonl": b'{"text": "x", "n": ' + b"7" * 5000 + b"}\n"
                              + jsonl({"id": "b", "text": EN})},
     "c.jsonl", [], 1, "c.jsonl line 1: invalid JSON (Exceeds the limit", 1),
    ("deep nesting", {"c.jsonl": b'{"text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}\n"
                      + jsonl({"id": "b", "text": EN})},
     "c.jsonl", [], 1, "c.jsonl line 1: invalid JSON (nested too deeply)", 1),
    ("corrupt parquet", {"c.parquet": b"PAR1" + bytes(range(200)) + b"PAR1"},
     "c.parquet", [], 1, "c.parquet: not a readable Parquet file", 0),
    ("0-byte parquet", {"c.parquet": b""}, "c.parquet", [], 1, "c.parquet: empty file", 0),
    ("binary parquet text", {"c.parquet": parquet(pa.table({"id": ["a", "b"], "text": pa.array(
        [AR.encode(), EN.encode()], type=pa.binary())}))}, "c.parquet", [], 0, "done: 2", 2),
    ("out is a file", {"c.txt": AR.encode(), "o": b"x"}, "c.txt", ["--out", "o"], 2,
     "exists and is not a folder", None),
    ("out under a file", {"c.txt": AR.encode(), "o": b"x"}, "c.txt", ["--out", "o/sub"], 2,
     "is not a folder", None),
    ("ISO-8859-6", {"f/a.txt": (AR + AR2).encode("iso8859_6")}, "f", [], 0, "done: 1", 1),
    ("mixed encodings", {"f/a.txt": AR.encode() + AR2.encode("cp1256") + EN.encode()}, "f", [], 0,
     "a.txt: mixed encodings: 1 line(s) UTF-8, 1 line(s) cp1256", 1),
    ("UTF-16 page with BOM", {"f/a.html": PAGE.encode("utf-16")}, "f", [], 0, "done: 1", 1),
    ("UTF-16 page without BOM", {"f/a.html": PAGE.encode("utf-16-le")}, "f", [], 0, "done: 1", 1),
    ("CR and U+2028 in written fields", {"c.jsonl": jsonl({"id": "a", "title": "x\ry", "text": AR},
                                                          {"id": "b", "title": "p\u2028q", "text": EN})},
     "c.jsonl", [], 0, "done: 2", 2),
    ("CSV field over 131072", {"c.csv": ("id,text\nbig," + "ن" * 140_000 + "\nok," + EN).encode()},
     "c.csv", [], 0, "done: 2", 2),
    ("CSV stray CR", {"c.csv": ("id,text\na,one\rtwo\nb," + EN + "c," + AR).encode()},
     "c.csv", [], 1, "c.csv line 2: a line break (CR) inside an unquoted field", 2),
    ("CSV unterminated quote", {"c.csv": ('id,text\na,"' + AR + "b," + EN + "c," + AR2).encode()},
     "c.csv", [], 1, "c.csv line 2: unterminated quote", 2),
    ("CSV ; delimiter", {"c.csv": ("id;text\na;" + AR + "b;" + EN).encode()}, "c.csv", [], 0,
     "note: c.csv: delimiter ';' (detected)", 2),
    ("CSV tab delimiter", {"c.csv": ("id\ttext\na\t" + AR + "b\t" + EN).encode()}, "c.csv", [], 0,
     "note: c.csv: delimiter '\\t' (detected)", 2),
    ("0-byte jsonl", {"c.jsonl": b""}, "c.jsonl", [], 1, "error: c.jsonl: empty file", 0),
    ("0-byte csv", {"c.csv": b""}, "c.csv", [], 1, "error: c.csv: empty file", 0),
    ("text column nosuch", {"c.jsonl": jsonl({"id": "a", "text": AR}, {"id": "b", "text": EN})},
     "c.jsonl", ["--text-column", "nosuch"], 2, "no text column 'nosuch' (the file has id, text)",
     None),
    ("dangling symlink", {"f/a.txt": AR.encode(), "f/b.txt": "->gone.txt"}, "f", [], 1,
     "b.txt: broken symbolic link", 1),
    ("symlink loop", {"f/a.txt": AR.encode(), "f/sub": "dir", "f/sub/up": "->.."}, "f", [], 0,
     "sub/up: symbolic link loop", 1),
    ("catalog date with extra digits", {"f/a.txt": AR.encode(),
                                        "f/catalog.csv": b"file,published\na.txt,2016-04-2399\n"},
     "f", [], 1, "published date '2016-04-2399' is not a date", 1),
    ("Arabic-Indic catalog date", {"f/a.txt": AR.encode(), "f/catalog.csv":
                                   "file,published\na.txt,٢٠١٦-٠٤-٢٣\n".encode()}, "f", [], 0,
     "done: 1", 1),
    ("day-first date in a record", {"c.jsonl": jsonl({"text": AR, "published": "23/04/2016"})},
     "c.jsonl", [], 0, "done: 1", 1),
    ("month-first date is reported", {"c.jsonl": jsonl({"text": AR, "published": "04/23/2016"})},
     "c.jsonl", [], 1, "published date '04/23/2016' is not a date (YYYY-MM-DD or DD/MM/YYYY)", 1),
    ("NBSP and zero-width only", {"f/a.txt": "\u00a0 \u200b\n\u200f\u00a0".encode(),
                                  "f/b.txt": AR.encode()},
     "f", [], 1, "a.txt: empty text", 1),
    ("ASCII whitespace only", {"f/a.txt": b"  \n\t\n", "f/b.txt": AR.encode()}, "f", [], 1,
     "a.txt: empty text", 1),
    ("NBSP-only text in a record", {"c.jsonl": jsonl({"text": "\u00a0\u200b"}, {"text": EN})},
     "c.jsonl", [], 1, "c.jsonl line 1: empty text", 1),
]


def build(root, files):
    for name, data in files.items():
        path = root / os.fsdecode(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        if data == "dir":
            path.mkdir(exist_ok=True)
        elif isinstance(data, str) and data.startswith("->"):
            path.symlink_to(data[2:])
        else:
            path.write_bytes(data)


def documents(out):
    return len(read_table(out / "documents.csv", typed=False))


@pytest.mark.parametrize("case, files, corpus, options, code, fragment, written", CASES,
                         ids=[c[0] for c in CASES])
def test_bad_input(tmp_path, monkeypatch, capsys, case, files, corpus, options, code, fragment,
                   written):
    build(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    options = options if "--out" in options else ["--out", "out", *options]
    assert main(["analyze", corpus, "--jobs", "1", *options]) == code
    err = capsys.readouterr().err
    assert fragment in err and "Traceback" not in err, err
    out = tmp_path / options[options.index("--out") + 1]
    if written is None:
        assert len(err.splitlines()) == 1 and not (tmp_path / "out").exists(), err
        return
    assert documents(out) == written
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert manifest["complete"] is True and manifest["documents_written"] == written
    assert err.splitlines()[-1].startswith(f"done: {written} documents written")
    assert not (tmp_path / "out.partial").exists()


def test_counts_by_reason_in_the_manifest_and_the_summary(tmp_path, capsys):
    (tmp_path / "c.jsonl").write_bytes(jsonl({"text": AR}, {"text": " "}, {"text": "\u00a0"})
                                       + b"{oops\n" + jsonl({"text": EN, "published": "99/99/2020"}))
    assert main(["analyze", str(tmp_path / "c.jsonl"), "--out", str(tmp_path / "o"),
                 "--jobs", "1"]) == 1
    manifest = json.loads((tmp_path / "o" / "run.json").read_text(encoding="utf-8"))
    assert manifest["failed"] == {"empty text": 2, "invalid JSON": 1}
    assert manifest["problems"] == {"published date is not a date": 1}
    assert manifest["documents_written"] == 2 and manifest["version"]
    assert manifest["command"][:2] == ["helpers", "analyze"]
    assert manifest["inputs"][0]["kind"] == "jsonl" and manifest["inputs"][0]["bytes"] > 0
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("done: 2 documents written, 3 failed (2 empty text, 1 invalid JSON), "
                           "1 with a problem")


def test_documents_table_records_encoding_and_confidence(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "iso.txt").write_bytes((AR + AR2).encode("iso8859_6"))
    (folder / "win.txt").write_bytes((AR + AR2).encode("cp1256"))
    (folder / "utf.txt").write_bytes(AR.encode())
    assert main(["analyze", str(folder), "--out", str(tmp_path / "o"), "--jobs", "1",
                 "--tables", "documents"]) == 0
    docs = read_table(tmp_path / "o" / "documents.csv", typed=False)
    found = dict(zip(docs.doc_id, zip(docs.encoding, docs.encoding_confidence.astype(float))))
    assert found["iso"][0] == "iso8859-6" and found["win"][0] == "cp1256"
    assert found["utf"] == ("utf-8", 1.0) and all(0 < c <= 1 for _, c in found.values())


@pytest.mark.parametrize("data, text, encoding, warned", [
    (AR.encode() + AR2.encode("cp1256") + EN.encode(), AR + AR2 + EN, "utf-8+cp1256", True),
    ((AR + AR2).encode("iso8859_6"), AR + AR2, "iso8859-6", False),
    ((AR + AR2).encode("cp1256"), AR + AR2, "cp1256", False),
    ("مرحبا".encode("cp1256"), "مرحبا", "cp1256", True),  # too short to tell from ISO-8859-6
])
def test_legacy_and_mixed_encodings_are_detected_with_a_confidence(data, text, encoding, warned):
    from helpers.io.corpus import decode

    found, name, confidence, warnings = decode(data, detail=True)
    assert (found, name, bool(warnings)) == (text, encoding, warned)
    assert confidence < 0.6 if warned else confidence >= 0.9


def test_a_second_run_replaces_the_tables_of_the_first(tmp_path):
    (tmp_path / "c.jsonl").write_bytes(jsonl({"id": "a", "text": AR}))
    (tmp_path / "o").mkdir()
    (tmp_path / "o" / "mine.txt").write_text("a note of the user's", encoding="utf-8")
    args = ["analyze", str(tmp_path / "c.jsonl"), "--out", str(tmp_path / "o"), "--jobs", "1"]
    assert main(args) == 0
    assert main([*args, "--tables", "mentions"]) == 0
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["mentions.csv", "mine.txt",
                                                                  "run.json"]
    manifest = json.loads((tmp_path / "o" / "run.json").read_text(encoding="utf-8"))
    assert manifest["tables"] == ["mentions"]


def test_an_interrupted_run_leaves_the_previous_output(tmp_path):
    source = tmp_path / "c.jsonl"
    source.write_bytes(jsonl({"id": "first", "text": EN}))
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    # --scope all: every document is analysed in full, so that the run still goes on when the signal comes
    # (off the topic, 3,000 documents are read in about a second since the prefilter tests whole batches)
    command = [sys.executable, "-m", "helpers", "analyze", str(source), "--out", str(out),
               "--jobs", "1", "--no-progress", "--scope", "all"]
    assert subprocess.run(command, env=env, capture_output=True).returncode == 0
    source.write_bytes(jsonl(*({"id": f"d{i}", "text": (AR + AR2) * 30} for i in range(3000))))
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not (tmp_path / "out.partial" / "run.json").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "Traceback" not in err, err
    assert "is left as it was" in err
    assert list(read_table(out / "documents.csv", typed=False).doc_id) == ["first"]
    partial = json.loads((tmp_path / "out.partial" / "run.json").read_text(encoding="utf-8"))
    assert partial["complete"] is False and partial["interrupted"] is True


def test_unreadable_sub_folder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(EN, encoding="utf-8")
    real = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, problems = walk_folder(tmp_path)
    assert files == ["a.txt"]
    assert [str(p) for p in problems] == [
        "locked: unreadable folder (Permission denied); its files are skipped"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_corpus_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "c.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "c.txt").chmod(0)
    assert main(["analyze", str(tmp_path / "c.txt"), "--out", str(tmp_path / "o")]) == 2
    assert "cannot be read" in capsys.readouterr().err


# text that breaks naive code: lone surrogates, every line-break character, quotes, NUL
_NASTY = st.sampled_from(["\ud83d", "\udc00", "\r", "\n", "\r\n", "\u2028", "\u2029", "\x85",
                          "\x0b", "\x0c", "\x1c", '"', ",", "\x00", "\u200b", "\ufeff", "ش"])
_TEXT = st.lists(st.one_of(_NASTY, st.characters(exclude_categories=())), max_size=40).map("".join)


def repaired(text):
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(_TEXT, min_size=1, max_size=5))
def test_any_text_round_trips_through_the_csv_writer(tmp_path, values):
    out = tmp_path / "w"
    writer = CsvWriter(out, ["cleaning"])
    writer.write("cleaning", "")
    from helpers.io.writers import csv_rows

    writer.write("cleaning", csv_rows("cleaning", [
        {"doc_id": str(i), "start": i, "end": i + 1, "reason": "whitespace", "text": value}
        for i, value in enumerate(values)]))
    back = read_table(out / "cleaning.csv", typed=False)
    assert list(back.doc_id) == [str(i) for i in range(len(values))]
    assert list(back.text) == [repaired(v) for v in values]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(st.fixed_dictionaries({"text": _TEXT, "title": _TEXT, "outlet": _TEXT}),
                        min_size=1, max_size=4))
def test_any_text_in_any_field_never_crashes_a_run(tmp_path_factory, records):
    root = tmp_path_factory.mktemp("fuzz")
    (root / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    stderr = io.StringIO()
    from helpers.cli.runs import run_analysis

    code = run_analysis(str(root / "c.jsonl"), str(root / "o"), jobs=1, stderr=stderr, progress=False)
    assert code in (0, 1)
    manifest = json.loads((root / "o" / "run.json").read_text(encoding="utf-8"))
    failed = sum(manifest["failed"].values())
    assert manifest["complete"] and manifest["documents_written"] + failed == len(records)
    assert documents(root / "o") == manifest["documents_written"]


def test_day_first_dates_of_the_ant_archive_are_read(ant_path, tmp_path):
    from helpers.io.corpus import LoadError
    from helpers.io.formats import iter_documents

    lines = ant_path.read_bytes().splitlines(keepends=True)
    day_first = [line for line in lines[-400:] if b'"published": "' in line
                 and line.split(b'"published": "')[1][2:3] == b"/"]
    assert day_first, "the archive's last lines hold DD/MM/YYYY dates"
    (tmp_path / "tail.jsonl").write_bytes(b"".join(day_first[:20]))
    items = list(iter_documents(tmp_path / "tail.jsonl"))
    assert not [str(i) for i in items if isinstance(i, LoadError)]
    assert all(doc.published is not None for doc in items)
