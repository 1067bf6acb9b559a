"""Issue 23, eighth round: loading and the documents row of a general archive, told for a whole batch.

The batch's visual-order test (:mod:`helpers.text.visual_order_batch`) must answer only texts
that the check leaves as they are, counting the evidence as the patterns count it; the rows of the
documents the batch's prefilter rules out (:mod:`helpers.engine.off_topic`, with the languages of
:mod:`helpers.text.language_batch`) must be those :func:`~helpers.engine.pipeline.analyze_rows`
makes.  Checked on every ANT record and on made-up texts at the patterns' edges; no timing is asserted.
"""

import random
import re
import unicodedata

import pytest

from helpers.engine import batches as batches_module
from helpers.engine.batches import analyze_batch, iter_batches
from helpers.engine.pipeline import _NEEDS, analyze_rows
from helpers.io.formats import Record, iter_records, load_record
from helpers.io.tables import TABLES
from helpers.text import visual_order as vo
from helpers.text.language_batch import languages
from helpers.text.segment import detect_language
from helpers.text.visual_order_batch import evidence_counts, surely_logical

# --- loading: the batch's visual-order test (helpers.text.visual_order_batch) ---------------------




def _regex_counts(text: str) -> tuple[int, int, bool]:
    """What ``visual_order._evidence`` counts on a text's sample, before the function words."""
    part = text[:vo.SAMPLE]
    folded = bool(vo._PRESENTATION_CHAR.search(part))
    part = vo._MARKS.sub("", vo.fold_presentation_forms(part))
    return (len(vo._ARTICLE_REVERSED.findall(part)) + len(vo._FINAL_REVERSED.findall(part)),
            len(vo._ARTICLE.findall(part)) + len(vo._FINAL.findall(part)), folded)


def _assert_counts(texts) -> None:
    seen, against, folded = evidence_counts(texts)
    for i, text in enumerate(texts):
        visual, logical, presentation = _regex_counts(text)
        assert bool(folded[i]) is presentation, text[:80]
        if not presentation:
            assert (int(seen[i]), int(against[i])) == (visual, logical), text[:80]


def _assert_sure(texts) -> int:
    """Every text the batch calls surely logical is left as it is by the check; how many were."""
    sure = surely_logical(texts)
    assert len(sure) == len(texts)
    for text, ok in zip(texts, sure):
        if ok:
            assert vo.check_visual_order(text) == (text, []), text[:80]
    return sum(sure)


@pytest.fixture(scope="module")
def ant_texts(ant_path):
    return [r.data for r in iter_records(str(ant_path)) if isinstance(r, Record)]


def test_counts_equal_the_patterns_on_every_ant_text(ant_texts):
    for size in (50, 7):
        for i in range(0, len(ant_texts), size):
            _assert_counts(ant_texts[i:i + size])


@pytest.mark.parametrize("size", [50, 7, 10_156])
def test_surely_logical_is_never_wrong_on_ant(ant_texts, size):
    sure = sum(_assert_sure(ant_texts[i:i + size]) for i in range(0, len(ant_texts), size))
    assert sure > 0.95 * len(ant_texts)  # the point of it: nearly every text is answered


def _made_up(rng: random.Random, ant_texts) -> list[str]:
    """Texts at the patterns' edges: reversed Arabic, marks inside the cues, presentation forms …"""
    base = ["", "\n", "x", "لا", "ة", "ىلع", "كتابلا", "لاكتاب", "ةسردم", "ةىة", "مدرسة", "الى", "الكتاب",
            " لا ", "ابلا", "بابلا", "ببابلا", "ـبابلا", "بـابلا", "ب\u064eا\u064eب\u064eلا",
            "بابل\u0651ا", "ة\u064eب", "\u0640ةب", "\ufefbبابلا", "ﺍﻟﻜﺘﺎﺏ", "\U0001d400ةب", "\ud800ةب",
            "ب\ud800ابلا", "abc لا def", "ةب\nةب", "A" * 1998 + "لا", "ب" * 1998 + "لا", "ب" * 1999 + "ةب",
            "ب" * 2003 + "لا" + " ةب" * 50]
    texts = list(base)
    for text in rng.sample(ant_texts, 150):
        cut = rng.randrange(len(text) + 1)
        texts.append(text[::-1])  # visual order, as some PDF extractors write it
        texts.append(text[:cut][::-1] + text[cut:])
        marks = "".join(ch + (rng.choice("\u064b\u064e\u0651\u0640\u0670") if rng.random() < 0.3 else "")
                        for ch in text[:600][::-1])
        texts.append(marks)
    forms = {}  # each letter's first presentation form: visual order only once folded
    for code in range(0xFE70, 0xFEFD):
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1:
            forms.setdefault(folded, chr(code))
    for text in rng.sample(ant_texts, 40):
        texts.append("".join(forms.get(ch, ch) for ch in text[::-1]))
        texts.append("".join(forms.get(ch, ch) if rng.random() < 0.5 else ch for ch in text[::-1]))
    for _ in range(200):
        texts.append("".join(rng.choice(base[1:]) + rng.choice(["", " ", "\n", "\u064e", "ـ"])
                             for _ in range(rng.randrange(1, 30))))
    return texts


def test_surely_logical_on_made_up_texts(ant_texts):
    rng = random.Random(23)
    texts = _made_up(rng, ant_texts)
    flagged = [t for t in texts if vo.detect_visual_order(t).visual]
    assert len(flagged) > 100  # the set holds many texts the check flags
    for _ in range(20):
        rng.shuffle(texts)
        for size in (1, 2, 9, 64):
            for i in range(0, len(texts), size):
                _assert_counts(texts[i:i + size])
                _assert_sure(texts[i:i + size])
    assert not any(surely_logical(flagged))


def test_the_class_table_equals_the_patterns():
    from helpers.text.visual_order_batch import _ALEF, _FINAL, _LAM, _LETTER, _MARK, _PRESENTATION, _classes

    table = _classes()
    letter = vo._WORD.pattern[:-1]  # [letters]
    for code in range(0x10000):
        char = chr(code)
        assert bool(table[code] & _LETTER) == bool(re.fullmatch(letter, char)), hex(code)
        assert bool(table[code] & _MARK) == bool(vo._MARKS.fullmatch(char)), hex(code)
        assert bool(table[code] & _PRESENTATION) == bool(vo._PRESENTATION_CHAR.fullmatch(char)), hex(code)
        assert bool(table[code] & _FINAL) == (char in "ةى"), hex(code)
        assert bool(table[code] & _LAM) == (char == vo._AL[1]) and bool(table[code] & _ALEF) == (char == vo._AL[0])


def test_load_record_skips_the_check_only_for_the_text_it_was_told_about():
    reversed_text = "ةسردملا يف ةبلطلا ىلع " * 30  # visual order: the check reorders it
    plain = Record(kind="text", file="a.jsonl", where="a.jsonl line 1", data=reversed_text, row={"doc_id": "a"})
    assert load_record(plain, infer=False)[0].level == "warning"
    # told (wrongly) that it is logical: the text is kept as it is, which is why only true answers are given
    told = load_record(plain, infer=False, logical=True)
    assert told[-1].raw == reversed_text and len(told) == 1
    mojibake = reversed_text.encode("utf-8").decode("cp1256", "replace")
    assert vo.check_visual_order(mojibake)[1] == []  # not Arabic letters before the repair
    garbled = Record(kind="text", file="a.jsonl", where="a.jsonl line 1", data=mojibake, row={"doc_id": "a"})
    # repaired by loading: a new text, checked as ever, whatever the batch said of the old one
    notes = [str(x) for x in load_record(garbled, infer=False, logical=True)[:-1]]
    assert notes == [str(x) for x in load_record(garbled, infer=False)[:-1]]
    assert "double-encoded" in notes[0] and "visual (reversed) order" in notes[1]


def _batch_rows(batch, monkeypatch, scope="topical"):
    result = analyze_batch(batch, fmt="csv", scope=scope)
    with monkeypatch.context() as patch:
        patch.setattr(batches_module, "_logical", lambda items: [False] * sum(isinstance(i, Record) for i in items))
        plain = analyze_batch(batch, fmt="csv", scope=scope)
    return result, plain


def test_analyze_batch_equals_itself_without_the_batch_test(ant_path, monkeypatch):
    for index, batch in enumerate(iter_batches(str(ant_path))):
        if index % 25:
            continue
        result, plain = _batch_rows(batch, monkeypatch)
        assert (result.tables, result.messages, result.doc_ids) == (plain.tables, plain.messages, plain.doc_ids)


def test_analyze_batch_equals_itself_on_made_up_records(ant_texts, monkeypatch):
    rng = random.Random(8)
    texts = [t for t in _made_up(rng, ant_texts) if t.strip()]
    batch = [Record(kind="text", file="m.jsonl", where=f"m.jsonl line {i + 1}", data=text, row={"doc_id": f"m{i}"})
             for i, text in enumerate(texts[:400])]
    for scope in ("topical", "all"):
        for start in range(0, len(batch), 50):
            result, plain = _batch_rows(batch[start:start + 50], monkeypatch, scope)
            assert (result.tables, result.messages) == (plain.tables, plain.messages)


# --- the documents row of a ruled-out document, made in the batch (helpers.engine.off_topic) -------



def _language_cases(rng: random.Random) -> list[str]:
    parts = ["", "\n", " ", "abc", "ABC", "نص", "كتب", "é", "ß", "\u0660\u0661", "\U0001d400", "\U0001ee00",
             "\ud800", "\udfff", "\u06ff", "\u0750", "\u024f", "\u0250", "\uffff", "\U00010000", "1", "-", "ـ",
             "\u064b", "Ÿ", "ǅ"]
    made = list(parts)
    for _ in range(600):
        made.append("".join(rng.choice(parts) for _ in range(rng.randrange(0, 12))))
    return made


def test_languages_equal_detect_language_on_ant(ant_texts):
    for size in (50, 3):
        for i in range(0, len(ant_texts), size):
            batch = [text[:300] for text in ant_texts[i:i + size]]
            assert languages(batch) == [detect_language(text) for text in batch]


def test_languages_equal_detect_language_on_made_up_texts():
    rng = random.Random(300)
    texts = _language_cases(rng)
    assert {detect_language(t) for t in texts} == {"ar", "en", "other"}
    assert any(detect_language(t) == "ar" and 0 < len(t) for t in texts if re.search("[a-z]", t))  # ties
    for _ in range(10):
        rng.shuffle(texts)
        for size in (1, 2, 7, 100):
            for i in range(0, len(texts), size):
                assert languages(texts[i:i + size]) == [detect_language(t) for t in texts[i:i + size]]
    assert languages([]) == []


def test_the_pipeline_knows_every_table():
    assert set(_NEEDS) == set(TABLES)  # the batch's row is made only for tables analyze_rows knows


def _with_and_without_rows(batch, monkeypatch, **options):
    result = analyze_batch(batch, fmt="csv", **options)
    with monkeypatch.context() as patch:
        patch.setattr(batches_module, "_off_topic_languages", lambda docs, answers, **_: [None] * len(docs))
        plain = analyze_batch(batch, fmt="csv", **options)
    return result, plain


@pytest.mark.parametrize("options", [
    {}, {"scope": "passing"}, {"scope": "all"}, {"tables": ("documents",)}, {"tables": ("mentions", "events")},
    {"tables": ("claims", "documents")}, {"scope": "nonsense"}, {"tables": ("documents", "nonsense")},
    {"topic": "rohingya"}, {"topic": "no-such-profile"},
])
def test_analyze_batch_makes_the_rows_analyze_rows_makes(ant_path, monkeypatch, options):
    for index, batch in enumerate(iter_batches(str(ant_path))):
        if index % 40 and index != 69:  # (the batch of the topical record too)
            continue
        result, plain = _with_and_without_rows(batch, monkeypatch, **options)
        assert (result.tables, result.messages, result.doc_ids, result.counts, result.chars) == \
            (plain.tables, plain.messages, plain.doc_ids, plain.counts, plain.chars)


def test_analyze_batch_makes_the_rows_of_made_up_records(monkeypatch):
    rng = random.Random(5)
    texts = [t for t in _language_cases(rng) if t.strip() and "\ud800" not in t and "\udfff" not in t]
    rows = [{}, {"language": "fr"}, {"title": "T"}, {"url": "http://example.org/x"}, {"published": "2020-02-30"},
            {"published": "1441-01-01"}, {"outlet": "O", "genre": "g"}]
    batch = [Record(kind="text", file="m.jsonl", where=f"m.jsonl line {i + 1}",
                    data=text + "\nhttp://www.jawharafm.net/ar/article/x", row={"doc_id": f"m{i}", **rng.choice(rows)})
             for i, text in enumerate(texts[:300])]
    for start in range(0, len(batch), 50):
        result, plain = _with_and_without_rows(batch[start:start + 50], monkeypatch)
        assert (result.tables, result.messages) == (plain.tables, plain.messages)


def test_the_row_of_a_ruled_out_document_is_analyze_rows_row(ant_path):
    from helpers.engine.off_topic import off_topic_row

    for index, batch in enumerate(iter_batches(str(ant_path))):
        if index % 20:
            continue
        for record in batch:
            doc = load_record(record, infer=False)[-1]
            expected = analyze_rows(doc, candidate=False)
            language = detect_language(doc.raw[:300])
            assert expected == {name: [off_topic_row(doc)] if name == "documents" else [] for name in TABLES}
            assert expected["documents"] == [off_topic_row(doc, language=language)]
            assert doc.extra.get("deferred")  # the caller's document is left as it was
