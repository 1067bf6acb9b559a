"""Corpus loading: encodings, catalog, inference, one error line per bad input."""

import datetime as dt

import pytest

from helpers.io.corpus import DOCUMENT_COLUMNS, DocumentError, decode
from helpers.io.corpus_loader import load_corpus

ARABIC = "قالت وزارة الخارجية الصينية إن شينجيانغ منطقة مفتوحة.\n"


@pytest.mark.parametrize("data, encoding", [
    (ARABIC.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), "utf-8-sig"),
    (ARABIC.encode("utf-16"), "utf-16"),
    (ARABIC.encode("utf-16-le"), "utf-16-le"),
    (ARABIC.encode("cp1256"), "cp1256"),
])
def test_decode(data, encoding):
    assert decode(data) == (ARABIC, encoding)


@pytest.mark.parametrize("data, problem", [
    (b"", "empty file"),
    (bytes(range(256)) * 4, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 50, "binary"),
    ("Déjà vu, été à Genève".encode("latin-1"), "not UTF-8"),
])
def test_decode_rejects(data, problem):
    with pytest.raises(DocumentError, match=problem):
        decode(data)


def test_seed_catalog(seeds):
    table = seeds.table()
    assert list(table.columns[: len(DOCUMENT_COLUMNS)]) == list(DOCUMENT_COLUMNS)
    row = table.set_index("doc_id").loc["001_75a77eff23f1af0a"]
    assert row.published == "2018-11-14" and row.outlet == "Reuters"
    assert row.dateline_place == "بكين" and row.encoding == "utf-8"
    abstract = seeds.get("000_a0489c5ed15f8be9")
    assert abstract.published is None and abstract.language == "ar,en"
    assert "not in the text" in abstract.notes
    assert seeds.get("002_62407a58411a9170").published == dt.date(2022, 9, 13)


def test_inference_without_catalog(tmp_path):
    text = ("رئيس التحرير\nرئيس التحرير\n\nعنوان الخبر عن الإيغور\n\nجنيف (رويترز) - نص.\n"
            "https://www.reuters.com/world/china/x-idUS1\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    doc = corpus.get("a")
    assert doc.title == "عنوان الخبر عن الإيغور"
    assert doc.url == "https://www.reuters.com/world/china/x-idUS1"
    assert doc.outlet == "Reuters" and doc.language == "ar"
    assert doc.inferred == {"title", "url", "outlet", "language"}
    assert corpus.table().loc[0, "inferred"] == "language,outlet,title,url"


def test_bad_inputs_are_named_and_the_rest_loads(tmp_path):
    (tmp_path / "good.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARABIC.encode("utf-8"))
    (tmp_path / "old.txt").write_bytes(ARABIC.encode("cp1256"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "catalog.csv").write_text(
        "doc_id,file,published\n"
        "g,good.txt,2020-01-31\n"
        "b,bom.txt,2020-01-3199\n"
        "g,old.txt,\n"
        "m,missing.txt,\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    messages = sorted(str(e) for e in corpus.errors)
    assert messages == [
        "bom.txt: published date '2020-01-3199' is not a date (YYYY-MM-DD or DD/MM/YYYY); "
        "published left empty",
        "catalog.csv line 4: duplicate doc_id 'g'",
        "empty.txt: empty file",
        "image.txt: binary file (NUL bytes), not text",
        "missing.txt: listed in catalog.csv but the file is missing",
    ]
    assert [d.doc_id for d in corpus] == ["b", "g", "old"]
    assert corpus.get("old").encoding == "cp1256" and corpus.get("old").raw == ARABIC
    assert corpus.get("b").published is None


def test_missing_folder(tmp_path):
    corpus = load_corpus(tmp_path / "nope")
    assert [str(e) for e in corpus.errors] == [f"{tmp_path / 'nope'}: no such folder"]
