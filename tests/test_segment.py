"""Segmentation: sentences, tokens, language per paragraph."""

import pytest

from helpers.text.segment import detect_language, document_language, paragraphs, sentences, tokens

SENTENCE_CASES = [
    # (text, expected sentences)
    ("قال إن النمو بلغ 2.5 في المئة. وأضاف أن الوضع مستقر.",
     ["قال إن النمو بلغ 2.5 في المئة.", "وأضاف أن الوضع مستقر."]),
    ("اعتقل في 14/11/2019 ثم أفرج عنه؟ لا أحد يعرف!",
     ["اعتقل في 14/11/2019 ثم أفرج عنه؟", "لا أحد يعرف!"]),
    ("التقرير صدر في 14.11.2019 عن المفوضية. ورفضته بكين.",
     ["التقرير صدر في 14.11.2019 عن المفوضية.", "ورفضته بكين."]),
    ("وقالت: \"لن نقبل التدخل.\" ثم غادرت القاعة.",
     ["وقالت: \"لن نقبل التدخل.\"", "ثم غادرت القاعة."]),
    ("وقال «إنها شائعات». وأضاف أن الوضع مستقر.",
     ["وقال «إنها شائعات».", "وأضاف أن الوضع مستقر."]),
    ("أولا؛ ثانيا", ["أولا؛", "ثانيا"]),
    ("The U.S. said so. Mr. Smith disagreed.", ["The U.S. said so.", "Mr. Smith disagreed."]),
    ("It has become necessary.But there is dualism.",
     ["It has become necessary.", "But there is dualism."]),
    ("See www.reuters.com/article/x.html for details. Then stop.",
     ["See www.reuters.com/article/x.html for details.", "Then stop."]),
    ("السطر الأول بلا نقطة\nالسطر الثاني", ["السطر الأول بلا نقطة", "السطر الثاني"]),
    ("قال د. أحمد إن الوضع خطير.", ["قال د. أحمد إن الوضع خطير."]),
    ("ودعت الصين، والولايات المتحدة، إلى الحوار.", ["ودعت الصين، والولايات المتحدة، إلى الحوار."]),
]


@pytest.mark.parametrize("text, expected", SENTENCE_CASES)
def test_sentences(text, expected):
    result = sentences(text)
    assert [s.text for s in result] == expected
    assert all(text[s.start:s.end] == s.text for s in result)


def test_exclude_treats_spans_as_breaks():
    text = "بكين (رويترز) - تسعى مجموعة من السفراء."
    cut = text.index("تسعى")
    (only,) = sentences(text, exclude=[(0, cut)])
    assert only.text == "تسعى مجموعة من السفراء." and only.start == cut


@pytest.mark.parametrize("text, expected", [
    ("الصِّينُ ٢٠١٨ و2.5% 14/11/2019", ["الصِّينُ", "٢٠١٨", "و", "2.5%", "14/11/2019"]),
    ("Beijing's policy, U.N.", ["Beijing's", "policy", "U", "N"]),
    ("الصـــين،بكين", ["الصـــين", "بكين"]),
])
def test_tokens(text, expected):
    result = tokens(text)
    assert [t.text for t in result] == expected
    assert all(text[t.start:t.end] == t.text for t in result)


@pytest.mark.parametrize("text, expected", [
    ("تعهد الرئيس الصيني", "ar"),
    ("Humanitarian intervention", "en"),
    ("رويترز Reuters Reuters Reuters", "en"),
    ("2018 - 15", "other"),
])
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_mixed_abstract_splits_into_arabic_and_english(seed_texts):
    raw = seed_texts["000_a0489c5ed15f8be9"]
    langs = [p.language for p in paragraphs(raw)]
    assert langs[:4] == ["ar"] * 4 and set(langs[4:]) == {"en"}
    assert document_language(paragraphs(raw)) == "ar,en"
    english = [s for s in sentences(raw) if s.language == "en"]
    assert english[2].text == ("Some minorities in these countries are exposed, so the intervention of the "
                               "international community has become necessary.")


def test_seed_sentences_have_exact_offsets(seed_texts):
    for raw in seed_texts.values():
        result = sentences(raw)
        assert result
        assert all(raw[s.start:s.end] == s.text and s.text == s.text.strip() for s in result)
        assert all(a.end <= b.start for a, b in zip(result, result[1:]))
