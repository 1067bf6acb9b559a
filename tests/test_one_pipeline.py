"""One pipeline and one corpus loader (issue 24): corpus_stances runs analyze_rows; load_any runs load_corpus."""

from __future__ import annotations

import json

import pytest

from helpers.analysis.outlets import load_any
from helpers.engine.pipeline import analyze_corpus, corpus_stances
from helpers.io.corpus_loader import load_corpus

TEXTS = {
    "a": "انتقدت منظمة هيومن رايتس ووتش سياسات الصين في شينجيانغ.\nوقال المتحدث إن الوضع مقلق.\n",
    "b": "رفضت وزارة الخارجية الصينية الاتهامات بشأن الإيغور في شينجيانغ.\n",
}


@pytest.fixture
def jsonl(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [{"id": "a", "text": TEXTS["a"]}, {"id": "b", "text": TEXTS["b"]},
             {"id": "a", "text": "نص آخر بالمعرف نفسه عن شينجيانغ."}]
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return path


def test_load_any_keeps_the_first_of_a_duplicate_doc_id_as_load_corpus_does(jsonl):
    corpus, loaded = load_any(jsonl), load_corpus(jsonl)
    assert [d.doc_id for d in corpus] == [d.doc_id for d in loaded] == ["a", "b"]
    assert corpus.get("a").raw == TEXTS["a"]
    assert [str(e) for e in corpus.errors] == [str(e) for e in loaded.errors]
    assert any("duplicate doc_id 'a'" in str(e) for e in corpus.errors)


@pytest.mark.parametrize("limit, ids", [(None, ["a", "b"]), (1, ["a"]), (5, ["a", "b"])])
def test_load_any_limit(jsonl, limit, ids):
    assert [d.doc_id for d in load_any(jsonl, limit=limit)] == ids


@pytest.mark.parametrize("table", ["stances", "mentions", "quotes"])
def test_corpus_stances_are_the_pipelines_tables(jsonl, table):
    corpus = load_any(jsonl)
    mine, engine = corpus_stances(corpus.documents)[table], analyze_corpus(corpus, scope="all")[table]
    assert mine.reset_index(drop=True).equals(engine.reset_index(drop=True))
    if table == "mentions":
        assert len(mine) > 0
