"""The corpus overview ("About this corpus"): facts, languages, frequent terms, collocates of the topic's names.

The documents are written for these tests; the mentions come from the project's own extractor.
"""

import pandas as pd
import pytest

from helpers.analysis.overview import collocates, corpus_overview
from helpers.engine.pipeline import analyze_rows
from helpers.io.corpus import make_document

TEXTS = {
    "a": ("Families of Uyghurs abroad say camps in Xinjiang hold their relatives. "
          "Uyghurs abroad ask for news of relatives. The weather in the capital was mild."),
    "b": "يقول ناشطون إن الإيغور في المعسكرات محرومون من الصلاة. ويطالب الإيغور في المهجر بالإفراج عن ذويهم.",
    "c": "The football season ended with a draw in the capital and a quiet crowd.",
}
LANGUAGES = {"a": "en", "b": "ar", "c": "ar,en"}
PUBLISHED = {"a": "2021-03-02", "b": "2022-11-30", "c": ""}


@pytest.fixture(scope="module")
def corpus():
    docs, rows = [], {}
    for doc_id, text in TEXTS.items():
        doc = make_document(text, file=f"{doc_id}.txt", row={
            "doc_id": doc_id, "published": PUBLISHED[doc_id], "outlet": f"Outlet {doc_id.upper()}",
            "language": LANGUAGES[doc_id]})
        docs.append(doc)
        for name, found in analyze_rows(doc, scope="all").items():
            rows.setdefault(name, []).extend(found)
    return docs, {name: pd.DataFrame(found) for name, found in rows.items()}


def test_facts_count_documents_words_outlets_and_the_date_range(corpus):
    docs, tables = corpus
    documents = tables["documents"]
    view = corpus_overview(documents, docs, tables["mentions"], scoped=documents, core_entities=("uyghurs",))
    facts = dict(zip(view.facts["measure"], view.facts["value"]))
    assert facts["documents"] == "3"
    assert facts["outlets"] == "3"
    assert facts["published"] == "2021-03-02 to 2022-11-30 (1 undated)"
    assert int(facts["words (in scope)"].replace(",", "")) > 40


@pytest.mark.parametrize("codes, name", [
    ("en", "English"),
    ("ar", "Arabic"),
    ("ar,en", "Arabic and English"),
])
def test_languages_are_named_for_readers_also_when_a_document_has_two(corpus, codes, name):
    docs, tables = corpus
    documents = tables["documents"].assign(language=codes)
    view = corpus_overview(documents, docs, tables["mentions"], scoped=documents)
    assert view.languages.to_dict("records") == [{"language": name, "documents": 3}]


def test_collocates_are_the_words_near_the_topics_names_not_the_far_ones():
    text = ("Uyghurs detained in camps. Uyghurs detained again. Uyghurs detained for prayer. "
            "Much later the harvest festival drew farmers and farmers and farmers to the market square.")
    starts = [i for i in range(len(text)) if text.startswith("Uyghurs", i)]
    spans = pd.DataFrame({"doc_id": "x", "start": starts, "end": [s + len("Uyghurs") for s in starts]})
    near = collocates({"x": text}, spans, window=2, min_count=2)
    assert "detained" in set(near["term"])
    assert "farmers" not in set(near["term"])
    assert (near["g2"] > 0).all()
