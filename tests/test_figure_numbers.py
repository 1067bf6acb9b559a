"""Reading fused and spelled-out number forms (helpers.text.numbers) and rates (helpers.extract.claims).

Table-driven: each row is a text, the number phrase read from it and its value.
"""

import pytest

from helpers.extract.claims.rows import find_claims
from helpers.extract.quotes.context import MATCH_STEPS
from helpers.text.normalise import normalise
from helpers.text.numbers import format_value, number_phrases


def _read(text):
    norm = normalise(text, steps=MATCH_STEPS).text
    return [(norm[p.start:p.end], format_value(p.low, p.high)) for p in number_phrases(norm)]


@pytest.mark.parametrize("text, surface, value", [
    # a scale word glued to the digits
    ("roughly 12million Uyghurs", "12million", "12000000"),
    ("a 12-million-strong minority", "12-million", "12000000"),
    ("قرابة 12مليون أويغوري", "12مليون", "12000000"),
    ("نحو ١٢مليون نسمة", "12مليون", "12000000"),
    ("3ملايين شخص", "3ملايين", "3000000"),
    # abbreviations: glued (m, k) or after one space (bn, mn, mln)
    ("about 1.5m people", "1.5m", "1500000"),
    ("a budget of $57.9bn", "57.9bn", "57900000000"),
    ("spent 2.3 bn yuan", "2.3 bn", "2300000000"),
    ("some 3 mln workers", "3 mln", "3000000"),
    ("1.5mn detainees", "1.5mn", "1500000"),
    ("a 5k reward", "5k", "5000"),
    # plural scale words after a number, and spelled-out halves
    ("3 millions of people", "3 millions", "3000000"),
    ("one and a half million", "one and a half million", "1500000"),
    ("a million and a half", "a million and a half", "1500000"),
    ("a half million", "a half million", "500000"),
    ("مليون ونصف", "مليون ونصف", "1500000"),
    ("مليونا ونصف المليون", "مليونا ونصف المليون", "1500000"),
    ("ثلاثة ملايين ونصف", "ثلاثه ملايين ونصف", "3500000"),
    # Arabic-Indic digits and separators
    ("١٫٨ مليون", "1.8 مليون", "1800000"),
    ("١٬٠٠٠٬٠٠٠ شخص", "1,000,000", "1000000"),
    ("٢٥٫٨٥ مليون نسمة", "25.85 مليون", "25850000"),
    ("تريليون يوان", "تريليون", "1000000000000"),
    ("1.38 trillion yuan", "1.38 trillion", "1380000000000"),
    ("billions of dollars", "billions", "1000000000-9999999999"),
])
def test_fused_and_spelled_forms_are_read(text, surface, value):
    assert (surface, value) in _read(text)


@pytest.mark.parametrize("text", [
    "5km from the camp", "3min later", "a 52-year-old teacher", "COVID-19", "G20",
    "a 3m-high wall", "5 m away",
])
def test_letters_glued_to_digits_are_not_scales(text):
    assert all(value not in ("5000000", "3000000", "52000000") for _, value in _read(text))


@pytest.mark.parametrize("text, value, unit", [
    ("Birth rates fell to 8.14 per 1,000 people.", "8.14", "per 1000"),
    ("The rate was 15.88 per 1,000 in 2017.", "15.88", "per 1000"),
    ("وتراجع معدل المواليد إلى 8.14 لكل ألف نسمة.", "8.14", "per 1000"),
    ("سجلت 12 حالة لكل 100 ألف نسمة", "12", "per 100000"),
])
def test_a_rate_is_one_figure(text, value, unit):
    frame = find_claims(text, topical_only=False)
    assert frame[["value", "unit", "unit_kind"]].values.tolist() == [[value, unit, "rate"]]


@pytest.mark.parametrize("text, value, unit", [
    ("Washington blacklisted 11 Chinese companies.", "11", "company"),   # one word between
    ("Police shot dead 13 'terrorists'.", "13", "terrorist"),            # a scare-quoted noun
    ("وقتلت الشرطة 28 إرهابيا.", "28", "إرهابي"),
    ("at least 4,000 Uyghur workers", "4000", "worker"),                  # a people name as adjective
    ("more than 10 Uyghur families", "10", "family"),
])
def test_the_counted_noun(text, value, unit):
    frame = find_claims(text, topical_only=False)
    assert frame[["value", "unit"]].values.tolist()[0] == [value, unit]


@pytest.mark.parametrize("text", [
    "In 2019 Uyghur activists met in Munich.",          # a year before a counted noun
    "منذ 2017 معتقلين كثيرون لم يعودوا",
    "three Uighur regions",                             # a people name before another noun
])
def test_years_and_adjectives_are_not_counts(text):
    assert find_claims(text, topical_only=False).empty
