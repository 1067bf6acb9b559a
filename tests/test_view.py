"""The shared document view: each text form made once, equal to making it afresh."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

import helpers.text.normalise as N
from helpers.engine.pipeline import analyze_rows
from helpers.extract.mentions.rows import mention_rows
from helpers.extract.stance.rows import stance_rows
from helpers.extract.temporal.rows import tag
from helpers.io.corpus import Document
from helpers.text.segment import sentences as split
from helpers.text.view import MATCH_STEPS, DocumentView, match_view

# Texts of my own: diacritics and tatweel (deleted by normalisation), a
# lam-alef presentation form (expands), a fullwidth bracket beside one (NFKC
# only on the character-by-character path), English with capitals, a long
# text (the vectorised path), and an empty one.
TEXTS = [
    "قالت الحكومةُ الصينيـــة إن مراكز التدريب في شينجيانغ مدارسُ مهنية. وانتقدت منظمات حقوقية ذلك.",
    "ﻻ يعرف أحد عدد المحتجزين （حسب التقديرات） في إقليم سنجان. ثم تكلم المتحدث.",
    "ٱلأويغور في تركستان الشرقية. The U.S. State Department CRITICISED Beijing's policy in Xinjiang.",
    ("أكدت الخارجية الأمريكية أن الإيغور يتعرضون لقمع واسع. " * 20).strip(),
    "",
]


def _positions(norm) -> list[int]:
    return [norm.raw_index(i) for i in range(len(norm.text) + 1)]


@pytest.mark.parametrize("raw", TEXTS)
def test_sentence_slices_equal_normalising_the_sentence(raw):
    view = DocumentView(raw)
    for sentence in split(raw):
        cut = view.sentence_norm(sentence.start, sentence.end)
        fresh = N.normalise(sentence.text)
        assert cut.raw == sentence.text
        assert cut.text == fresh.text
        assert _positions(cut) == _positions(fresh)
        for start in range(len(cut.text)):
            assert cut.to_raw(start, len(cut.text)) == fresh.to_raw(start, len(fresh.text))


@pytest.mark.parametrize("raw", TEXTS)
def test_document_forms_equal_making_them_afresh(raw):
    view = DocumentView(raw)
    assert view.norm.text == N.normalise(raw).text
    assert view.match.text == N.normalise(raw, steps=MATCH_STEPS).text
    assert view.flat == " ".join(N.normalise_text(raw).split())
    assert view.words[0] == match_view(N.normalise(raw).text)[0]
    for limit in (0, 10, 40, len(raw), len(raw) + 5):
        assert view.head_text(limit) == N.normalise_text(raw[:limit])


@pytest.mark.parametrize("raw", TEXTS[:4])
def test_stages_give_the_same_rows_with_and_without_a_view(raw):
    view = DocumentView(raw, doc_id="d")
    assert mention_rows(raw, doc_id="d", view=view) == mention_rows(raw, doc_id="d")
    assert tag(raw, view=DocumentView(raw)) == tag(raw)
    assert stance_rows(raw, doc_id="d", view=DocumentView(raw, doc_id="d"), topical=True) == \
        stance_rows(raw, doc_id="d", topical=True)


def test_quote_view_is_made_once_and_kept_on_the_view():
    from helpers.extract.claims.rows import claim_rows
    from helpers.extract.quotes.context import quote_view
    from helpers.extract.quotes.rows import quote_rows

    raw = "قال المتحدث باسم الخارجية: «إن 12 ألف شخص غادروا شينجيانغ». وأضاف أن العدد تضاعف."
    view = DocumentView(raw, doc_id="d")
    view.sentences, view.mentions = split(raw), mention_rows(raw, doc_id="d", view=view)
    quotes = view.quotes = quote_rows(raw, doc_id="d", view=view)
    made = view.quote_view
    assert made is not None and quote_view(raw, view=view) is made
    assert claim_rows(raw, doc_id="d", view=view) == claim_rows(raw, doc_id="d", quotes=quotes)


def test_the_pipeline_normalises_a_document_once(monkeypatch):
    """One full normalisation and one without punctuation per analysed document;
    no stage normalises the whole text or a sentence again."""
    raw = ("أعلنت منظمة العفو الدولية في 3 مارس 2021 أن السلطات الصينية تحتجز الأويغور في "
           "معسكرات بإقليم شينجيانغ. وقال متحدث باسم الخارجية الصينية: «هذه أكاذيب». "
           "ونددت الولايات المتحدة بسياسة بكين، بينما دافعت باكستان عنها.")
    doc = Document(doc_id="d", file="d.txt", raw=raw, genre="news article",
                   published=dt.date(2021, 3, 4))
    analyze_rows(doc, scope="all")  # lexicons and automata are built once per process, first
    calls: list[tuple[str, tuple]] = []
    original, original_text = N.normalise, N.normalise_text

    def spy(text, *, steps=None):
        calls.append((text, tuple(steps) if steps else tuple(N.ALL_STEPS)))
        return original(text, steps=steps)

    def spy_text(text, *, steps=None):
        if len(text) > 20:
            calls.append((text, ("text",)))
        return original_text(text, steps=steps)

    for name, module in list(sys.modules.items()):
        if name.startswith("helpers.") and module is not None:
            if getattr(module, "normalise", None) is original:
                monkeypatch.setattr(module, "normalise", spy)
            if getattr(module, "normalise_text", None) is original_text:
                monkeypatch.setattr(module, "normalise_text", spy_text)
    rows = analyze_rows(doc, scope="all")
    assert rows["stances"] and rows["quotes"] and rows["events"], "the text exercises every stage"
    assert sorted(steps for _, steps in calls) == sorted([tuple(N.ALL_STEPS), MATCH_STEPS])
    assert all(text == raw for text, _ in calls)
