"""KWIC for the terms a reader chooses (``helpers report --kwic TERM …``, notebook 02's ``KWIC_TERMS``).

Table-driven, on sentences written for this test: a term in any spelling (alef and hamza seats, teh marbuta,
alef maqsura, diacritics, tatweel) finds the word as written, with its proclitics, never inside a longer word;
the context left and right is cut to whole words; the page's table has the word on each side to sort by.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.analysis.kwic import kwic, kwic_table

#: (text, term, [(match, before, after), …]) with a context window of 20 characters.
CASES = [
    ("قالت منظمة إن الأويغور يعانون", "الاويغور", [("الأويغور", "قالت منظمة إن", "يعانون")]),
    ("وصل الأُويـغور إلى المدينة", "الأويغور", [("الأُويـغور", "وصل", "إلى المدينة")]),
    ("دافع عن حقوق للأويغور أمس", "الأويغور", [("للأويغور", "دافع عن حقوق", "أمس")]),
    ("في المنطقه الغربية", "المنطقة", [("المنطقه", "في", "الغربية")]),
    ("ذهب إلى الصين", "الي", [("إلى", "ذهب", "الصين")]),
    ("الصينية والصين", "الصين", [("والصين", "الصينية", "")]),
    ("Camps in Xinjiang, camps again", "camps", [("Camps", "", "in Xinjiang, camps"),
                                                 ("camps", "Camps in Xinjiang,", "again")]),
    ("قال إن تركستان   الشرقية بعيدة", "تركستان الشرقية", [("تركستان   الشرقية", "قال إن", "بعيدة")]),
    ("الإيغور والايغور والأيغور", "الإيغور", [("الإيغور", "", "والايغور والأيغور"),
                                            ("والايغور", "الإيغور", "والأيغور"),
                                            ("والأيغور", "الإيغور والايغور", "")]),
    ("كتب الصحفي مقالة طويلة جدا عن المعسكرات في الإقليم الغربي البعيد", "المعسكرات",
     [("المعسكرات", "مقالة طويلة جدا عن", "في الإقليم الغربي")]),
    ("لا ذكر للكلمة هنا", "الأويغور", []),
]


@pytest.mark.parametrize("text, term, expected", CASES, ids=[f"{n}-{c[1]}" for n, c in enumerate(CASES)])
def test_a_chosen_term_is_found_in_any_spelling_with_its_context(text, term, expected):
    hits = kwic({"d1": text}, term, window=20)
    assert [(m, b, a) for m, b, a in zip(hits["match"], hits["before"], hits["after"])] == expected
    assert all(text[s:e] == m for s, e, m in zip(hits["start"], hits["end"], hits["match"]))  # raw offsets


def test_the_page_table_has_the_word_on_each_side_to_sort_by():
    documents = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["Wire", "Daily"], "title": ["", ""],
                              "file": ["a.txt", "b.txt"]})
    hits = kwic({"a": "قال الأويغور إن المعسكرات", "b": "زار الوفد الأويغور أمس"}, "الاويغور", window=30)
    table = kwic_table(hits, documents)
    assert list(table.columns) == ["doc_id", "outlet", "before", "match", "after", "word before", "word after"]
    assert table["outlet"].tolist() == ["Wire", "Daily"]
    assert table["word before"].tolist() == ["قال", "الوفد"] and table["word after"].tolist() == ["إن", "أمس"]


def test_an_empty_term_is_refused():
    with pytest.raises(ValueError):
        kwic("نص", "   ")


def test_helpers_report_passes_the_kwic_terms_on(tmp_path, monkeypatch):
    import helpers.cli.report as report_module
    from helpers.cli.main import main

    seen = {}
    monkeypatch.setattr(report_module, "build_report", lambda corpus, out, **options: seen.update(options) or out)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("نص قصير عن الأويغور.", encoding="utf-8")
    assert main(["report", str(corpus), "--out", str(tmp_path / "r.html"), "--kwic", "الاويغور", "camps"]) == 0
    assert seen["kwic"] == ["الاويغور", "camps"]
