"""Folders and zips of what researchers bring: files not read are named, zips read safely (issue 19)."""

import io
import json
import zipfile

import pandas as pd
import pytest

from helpers.cli.main import main
from helpers.engine import scale_report
from helpers.io.corpus import Document, LoadError
from helpers.io.formats import count_hint, iter_documents, iter_records, plan_parts, source_kind

AR = "افتتحت المكتبة العامة قاعة جديدة للمطالعة يوم الأحد بحضور طلاب المدارس.\n"
AR2 = "وقالت مديرة المكتبة إن القاعة تتسع لستين قارئا وتفتح حتى المساء.\n"
EN = "The public library opened a new reading room on Sunday for school pupils.\n"
SKIP_NOTE = "each is listed with its reason under \"skipped\" in run.json"


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Document)],
            [f"{i.level}: {i}" for i in items if isinstance(i, LoadError)])


def build(root, files: dict):
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def analyze(corpus, out, capsys):
    code = main(["analyze", str(corpus), "--out", str(out), "--jobs", "1", "--no-progress"])
    err = capsys.readouterr().err.splitlines()
    docs = pd.read_csv(out / "documents.csv", encoding="utf-8-sig", dtype=str,
                       keep_default_na=False)
    return code, err[:-1], docs, json.loads((out / "run.json").read_text(encoding="utf-8"))


# (files beside the texts, the one line, run.json's skipped list)
FOLDERS = [
    ({"song.mp3": b"ID3\x03", "photo.PNG": b"\x89PNG", "setup.exe": b"MZ"},
     "note: corpus: 3 files not read (1 .exe, 1 .mp3, 1 .png: photo.PNG, setup.exe, song.mp3); "
     + SKIP_NOTE,
     [("photo.PNG", "an image"), ("setup.exe", "a program"), ("song.mp3", "audio")]),
    ({"old.doc": b"\xd0\xcf\x11\xe0", "sub/letter.rtf": b"{\\rtf1 x}", "talk.pptx": b"PK",
      "essay.odt": b"PK", "table.xlsx": b"PK", "more.zip": b"PK", "README": b"read me"},
     "warning: corpus: 7 files not read (1 (no suffix), 1 .doc, 1 .odt, 1 .pptx, 1 .rtf, 1 .xlsx, "
     "1 .zip: README, essay.odt, more.zip, …); " + SKIP_NOTE,
     [("README", "not a format the corpus reader knows (no suffix)"),
      ("essay.odt", "an OpenDocument text is not read (save it as .txt)"),
      ("more.zip", "an archive inside a folder is not opened (give the .zip as CORPUS)"),
      ("old.doc", "an old Word document (save it as .docx or .txt)"),
      ("sub/letter.rtf", "rich text is not read (save it as .txt)"),
      ("table.xlsx", "a spreadsheet inside a folder is not read (give it as CORPUS on its own)"),
      ("talk.pptx", "slides are not read")]),
    # hidden files and folders, system litter and the folder's own catalog and gold are silent
    ({".DS_Store": b"x", ".git/config": b"x", "Thumbs.db": b"x", "__MACOSX/._a.txt": b"x",
      "gold.json": b"{}", "catalog.csv": "file,title\na.txt,مكتبة\n"}, None, []),
]


@pytest.mark.parametrize("extra, line, skipped", FOLDERS)
def test_files_not_read_are_named_in_one_line_and_in_run_json(tmp_path, capsys, extra, line,
                                                              skipped):
    build(tmp_path / "corpus", {"a.txt": AR, "sub/b.txt": EN, **extra})
    code, err, docs, run = analyze(tmp_path / "corpus", tmp_path / "out", capsys)
    assert code == 0 and err == ([line] if line else [])
    assert list(docs.doc_id) == ["a", "sub/b"]
    assert [(s["path"], s["reason"]) for s in run["skipped"]] == skipped
    assert run["skipped_count"] == len(skipped) and run["complete"] is True


def test_a_folder_of_nothing_readable_says_so(tmp_path):
    build(tmp_path / "pics", {"a.jpg": b"\xff\xd8", "b.jpg": b"\xff\xd8"})
    docs, found = split(iter_documents(tmp_path / "pics"))
    assert docs == [] and found == [
        "note: pics: 2 files not read (2 .jpg: a.jpg, b.jpg); " + SKIP_NOTE,
        f"error: {tmp_path / 'pics'}: no files to read in the folder (expected .txt, .text, .md, "
        ".markdown, .html, .htm, .pdf, .docx)"]


def test_run_json_lists_at_most_so_many_skipped_files(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(scale_report, "SKIPPED_LISTED", 3)
    build(tmp_path / "corpus", {"a.txt": AR, **{f"p{i}.png": b"\x89PNG" for i in range(5)}})
    _, _, _, run = analyze(tmp_path / "corpus", tmp_path / "out", capsys)
    assert [s["path"] for s in run["skipped"]] == ["p0.png", "p1.png", "p2.png"]
    assert run["skipped_count"] == 5


def zipped(members: dict, *, top: str = "") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(top + name, data)
    return buffer.getvalue()


CATALOG = "File,Title,Published\nsub\\b.md,قاعة المطالعة,23/04/2023\na.txt,Library,\n"
ZIPS = [
    # a zip made from a folder: its top folder is the corpus, its catalog applies
    (zipped({"a.txt": AR, "sub/b.md": AR2, "Catalog.CSV": CATALOG, "pic.png": b"\x89PNG"},
            top="library/"),
     ["note: t.zip: 1 member not read (1 .png: pic.png); " + SKIP_NOTE],
     [("a", "a.txt", "Library", ""), ("sub/b", "sub/b.md", "قاعة المطالعة", "2023-04-23")]),
    (zipped({"a.txt": AR, "sub/b.md": AR2, "__MACOSX/sub/._b.md": "x", ".hidden.txt": "x"}), [],
     [("a", "a.txt", "", ""), ("sub/b", "sub/b.md", "", "")]),
    # names that would point outside the corpus are refused, the rest is read
    (zipped({"a.txt": AR, "../up.txt": EN, "/etc/abs.txt": EN, "C:\\win.txt": EN,
             "sub/../../b.txt": EN}),
     ["error: t.zip: 4 members refused as unsafe (an absolute path, a drive letter, '..' or a "
      "symbolic link); ../up.txt, /etc/abs.txt, C:/win.txt, …"],
     [("a", "a.txt", "", "")]),
    # a member that expands 1000-fold is refused before it is read
    (zipped({"a.txt": AR, "bomb.txt": "ب" * (2 << 20)}),
     ["error: t.zip: 1 member refused as a possible zip bomb (over 256 MiB a member, 4 GiB in "
      "all or 200:1 compression); bomb.txt"],
     [("a", "a.txt", "", "")]),
]


@pytest.mark.parametrize("data, lines, rows", ZIPS)
def test_a_zip_of_texts_is_read_like_a_folder(tmp_path, data, lines, rows):
    (tmp_path / "t.zip").write_bytes(data)
    assert source_kind(tmp_path / "t.zip") == "zip" and count_hint(tmp_path / "t.zip") == len(rows)
    docs, found = split(iter_documents(tmp_path / "t.zip"))
    assert found == lines
    assert [(d.doc_id, d.file, d.title if "title" not in d.inferred else "",
             str(d.published or "")) for d in docs] == rows
    assert docs[0].raw == AR


def test_zip_members_with_a_symlink_are_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (0o120777 << 16)
        archive.writestr(link, "/etc/passwd")
        archive.writestr("a.txt", AR)
    (tmp_path / "t.zip").write_bytes(buffer.getvalue())
    docs, found = split(iter_documents(tmp_path / "t.zip"))
    assert [d.file for d in docs] == ["a.txt"]
    assert found == ["error: t.zip: 1 member refused as unsafe (an absolute path, a drive letter, "
                     "'..' or a symbolic link); link.txt"]


def test_zip_parts_cover_it_once_and_the_cli_lists_what_was_refused(tmp_path, capsys):
    members = {f"d{i:02d}.txt": f"{AR}{i}\n" for i in range(7)}
    (tmp_path / "t.zip").write_bytes(zipped({**members, "../x.txt": EN, "v.mp4": b"\x00"}))
    parts = plan_parts(tmp_path / "t.zip", part_files=3)
    assert [len(p.files) for p in parts] == [3, 3, 1]
    whole = [r.doc_id for r in iter_records(tmp_path / "t.zip") if not isinstance(r, LoadError)]
    assert [r.doc_id for p in parts for r in iter_records(p) if not isinstance(r, LoadError)] == whole
    code, err, docs, run = analyze(tmp_path / "t.zip", tmp_path / "out", capsys)
    assert code == 1 and len(err) == 2 and len(docs) == 7
    assert [s["path"] for s in run["skipped"]] == ["v.mp4", "../x.txt"]
    assert run["inputs"][0]["kind"] == "zip"


@pytest.mark.parametrize("data, line", [
    (b"not a zip", "error: t.zip: not a readable zip file (File is not a zip file)"),
    (zipped({}), "error: t.zip: no files to read in the zip (expected .txt, .text, .md, "
                 ".markdown, .html, .htm, .pdf, .docx)"),
])
def test_a_bad_zip_is_one_line(tmp_path, data, line):
    (tmp_path / "t.zip").write_bytes(data)
    assert split(iter_documents(tmp_path / "t.zip")) == ([], [line])
