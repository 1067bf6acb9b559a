"""Matching normalisation: each step, the combined function, the offset map."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import helpers.text.normalise as N

STEP_CASES = [
    (N.normalise_alef, "أكد إن آب ٱلله", "اكد ان اب الله"),
    (N.normalise_yeh, "مسلمى فى مصطفی", "مسلمي في مصطفي"),
    (N.normalise_teh, "منطقة ذاتية", "منطقه ذاتيه"),
    (N.normalise_hamza, "المؤتمر الرئيس هيئة", "الموتمر الرييس هيية"),
    (N.remove_diacritics, "الصِّينُ إجراءً سفيرًا", "الصين إجراء سفيرا"),
    (N.remove_tatweel, "الصـــين", "الصين"),
    (N.normalise_digits, "٢٠١٨ و۱۴ و٢٫٥٪", "2018 و14 و2.5%"),
    (N.normalise_spaces, "في\u00a0شينجيانغ\u2009اليوم", "في شينجيانغ اليوم"),
    (N.remove_invisible, "شين\u200cجيانغ\ufeff", "شينجيانغ"),
    (N.remove_bidi_controls, "\u200fبكين\u202b (رويترز)\u202c", "بكين (رويترز)"),
    (N.normalise_punctuation, "«الشائعات»، نعم؟ “نعم”؛ 2017–2018", '"الشائعات", نعم? "نعم"; 2017-2018'),
    (N.lowercase_latin, "East Turkistan UN", "east turkistan un"),
]


@pytest.mark.parametrize("step, text_in, text_out", STEP_CASES)
def test_each_step(step, text_in, text_out):
    assert step(text_in) == text_out


COMBINED = [
    ("إقليم شينجيانغ الأويغوري", "اقليم شينجيانغ الاويغوري"),
    ("الأُمَمُ المُتَّحِدَة", "الامم المتحده"),
    ("مسلمى الإيغور فى تركستان الشرقية", "مسلمي الايغور في تركستان الشرقيه"),
    ("ما يقدر بنحو ٨٠٠٠٠٠ شخص", "ما يقدر بنحو 800000 شخص"),
    ("\u200fهوا\u00a0تشون يينغ", "هوا تشون يينغ"),
    ("East Turkestan", "east turkestan"),
    ("ﻻ", "لا"),  # presentation-form ligature expands to two letters
]


@pytest.mark.parametrize("text_in, text_out", COMBINED)
def test_combined(text_in, text_out):
    assert N.normalise(text_in).text == text_out
    assert N.normalise_text(text_in) == text_out


def test_unknown_step_is_an_error():
    with pytest.raises(ValueError, match="unknown normalisation step"):
        N.normalise("نص", steps=["alef", "stemming"])


def test_span_maps_back_to_raw_with_diacritics():
    raw = "قالت الصِّينُ إنّ"
    norm = N.normalise(raw)
    start = norm.text.index("الصين")
    s, e = norm.to_raw(start, start + len("الصين"))
    assert raw[s:e] == "الصِّينُ"


def test_identity_map_when_nothing_is_deleted():
    raw = "منطقة شينجيانج (تركستان الشرقية)"
    norm = N.normalise(raw)
    assert norm.origin is None
    i = norm.text.index("شينجيانج")
    assert norm.to_raw(i, i + 8) == (i, i + 8)


def test_map_skips_tanween_in_seed(seed_texts):
    raw = seed_texts["001_75a77eff23f1af0a"]
    norm = N.normalise(raw)
    assert len(norm.text) < len(raw)  # إجراءً، غضباً carry tanween
    i = norm.text.index("غضبا من النشطاء")
    s, e = norm.to_raw(i, i + len("غضبا من النشطاء"))
    assert raw[s:e] == "غضباً من النشطاء"


def test_seed_match_on_normalised_text_reports_raw(seed_texts):
    raw = seed_texts["000_a0489c5ed15f8be9"]
    norm = N.normalise(raw)
    i = norm.text.index("مسلمي الايغور")
    s, e = norm.to_raw(i, i + len("مسلمي الايغور"))
    assert raw[s:e] == "مسلمى الإيغور"


arabic_text = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـ ًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩۴،؛؟«»"
                                  "\u200c\u200f\u00a0 abcXYZ0123.\nﻻﷲ")),
    max_size=80)


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_normalisation_is_idempotent(text):
    once = N.normalise_text(text)
    assert N.normalise_text(once) == once


@settings(max_examples=300, deadline=None)
@given(arabic_text, st.data())
def test_every_span_maps_back_exactly(text, data):
    norm = N.normalise(text)
    n = len(norm.text)
    if n == 0:
        return
    start = data.draw(st.integers(0, n - 1))
    end = data.draw(st.integers(start + 1, n))
    s, e = norm.to_raw(start, end)
    assert 0 <= s < e <= len(text)
    # the raw span normalises to the normalised span (what was matched is what is
    # reported); a ligature that expands (ﷲ → الله) maps whole, so contain, not equal
    assert norm.text[start:end] in N.normalise_text(text[s:e])
    if not any(c in text for c in "ﻻﷲ"):
        assert N.normalise_text(text[s:e]) == norm.text[start:end]


@settings(max_examples=150, deadline=None)
@given(arabic_text, st.data())
def test_long_texts_take_the_vectorised_path_with_the_same_result(text, data):
    unit = text + " "
    long = unit * (N._SHORT // len(unit) + 2)
    assert len(long) >= N._SHORT
    norm = N.normalise(long)
    assert norm.text == N.normalise_text(unit) * (len(long) // len(unit))
    assert N.normalise_text(long) == norm.text
    start = data.draw(st.integers(0, len(norm.text) - 1))
    end = data.draw(st.integers(start + 1, len(norm.text)))
    s, e = norm.to_raw(start, end)
    assert norm.text[start:end] in N.normalise_text(long[s:e])


@pytest.mark.parametrize(("text", "key"), [
    ("  وزارة   الخارجية\u00a0الصينية ", "وزاره الخارجيه الصينيه"),
    ("Human\tRights  Watch", "human rights watch"),
    ("أَعْرَبَ عن قلقه", "اعرب عن قلقه"),
    ("", ""),
])
def test_lookup_key_normalises_and_collapses_spaces(text, key):
    from helpers.text.normalise import lookup_key

    assert lookup_key(text) == key
