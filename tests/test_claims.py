"""Cited figures: number parsing, the figure rule (traps), ranges, units, attribution."""

from pathlib import Path

import pytest

from helpers.claims import CLAIM_COLUMNS, find_claims
from helpers.evaluate_extractors import score_claims
from helpers.evaluate import read_gold
from helpers.normalise import normalise
from helpers.numbers import format_value, number_phrases, parse_number
from helpers.quote_context import MATCH_STEPS

GOLD = Path(__file__).resolve().parent / "gold"


def _phrases(text):
    norm = normalise(text, steps=MATCH_STEPS).text
    return [(norm[p.start:p.end], format_value(p.low, p.high), p.qualifier) for p in number_phrases(norm)]


@pytest.mark.parametrize("text, expected", [
    ("2 مليون", ("2 مليون", "2000000", "")),
    ("1.8 مليون", ("1.8 مليون", "1800000", "")),
    ("١٫٥ مليون", ("1.5 مليون", "1500000", "")),
    ("مليون ونصف المليون", ("مليون ونصف المليون", "1500000", "")),
    ("نصف مليون", ("نصف مليون", "500000", "")),
    ("مليونين", ("مليونين", "2000000", "")),
    ("ألفين", ("الفين", "2000", "")),
    ("ثلاثة آلاف", ("ثلاثه الاف", "3000", "")),
    ("١٢٠ ألفاً", ("120 الفا", "120000", "")),
    ("خمسة وعشرون ألفا", ("خمسه وعشرون الفا", "25000", "")),
    ("مئات الآلاف", ("ميات الالاف", "100000-999999", "")),
    ("عشرات الآلاف", ("عشرات الالاف", "10000-99999", "")),
    ("آلاف", ("الاف", "1000-9999", "")),
    ("مليون و800 ألف", ("مليون و800 الف", "1800000", "")),
    ("ما يقدر بنحو 800000", ("800000", "800000", "estimate")),
    ("أكثر من مليون", ("مليون", "1000000", "more_than")),
    ("مليون أو أكثر", ("مليون", "1000000", "or_more")),
    ("ما لا يقل عن 22", ("22", "22", "at_least")),
    ("قرابة 300", ("300", "300", "approx")),
    ("one million", ("one million", "1000000", "")),
    ("more than 1 million", ("1 million", "1000000", "more_than")),
    ("half a million", ("half a million", "500000", "")),
    ("three hundred thousand", ("three hundred thousand", "300000", "")),
    ("hundreds of thousands", ("hundreds of thousands", "100000-999999", "")),
    ("up to 1.5 million", ("1.5 million", "1500000", "up_to")),
    ("800,000", ("800,000", "800000", "")),
    ("ثلاثة عشر", ("ثلاثه عشر", "13", "")),
])
def test_number_phrase_values(text, expected):
    assert _phrases(text)[0] == expected


@pytest.mark.parametrize("text", ["التاسع عشر", "الحادي عشر", "idUSKCN1NK0H0", "COVID-19", "G20"])
def test_ordinals_and_glued_numbers_are_not_numbers(text):
    assert _phrases(text) == []


@pytest.mark.parametrize("token, value", [
    ("800,000", 800000), ("800.000", 800000), ("1.234.567", 1234567), ("1.8", 1.8), ("1,5", 1.5),
    ("1.234,5", 1234.5), ("12", 12),
])
def test_parse_number_separators(token, value):
    assert parse_number(token) == value


def _claims(text, **kwargs):
    frame = find_claims(text, doc_id="t", **kwargs)
    assert list(frame.columns) == CLAIM_COLUMNS
    for row in frame.itertuples():
        assert text[row.start:row.end] == row.surface
    return frame


@pytest.mark.parametrize("text, value, unit, qualifier_type", [
    # Reuters (Arabic), the seed's range: one claim, low and high
    ("احتجزت منذ أبريل / نيسان 2017 ما يقدر بنحو 800000 شخص إلى أكثر من 2 مليون من الأويغور",
     "800000-2000000", "شخص", "estimate;more_than"),
    # Egyptian paper, spelling الأويجور
    ("وتتهم دول غربية الصين باحتجاز أكثر من مليون شخص من الأويجور وأقليات مسلمة أخرى",
     "1000000", "شخص", "more_than"),
    ("تلقت تقارير عن احتجاز مليون أو أكثر من أبناء الأويغور في الصين", "1000000", "أويغوري", "or_more"),
    ("تسعى مجموعة من 15 سفيرا غربيا في بكين", "15", "سفير", ""),
    ("تحمل الرسالة أسماء 15 سفيرًا غربيًا", "15", "سفير", ""),
    ("وقال أربعة دبلوماسيين مطلعين على الرسالة", "4", "دبلوماسي", ""),
    # Xinhua Arabic style, with a year that must not be taken
    ("وارتفع عدد سكان شينجيانغ إلى 25.85 مليون نسمة في عام 2020", "25850000", "نسمة", ""),
    # Amnesty style
    ("احتجزت السلطات ما يصل إلى مليون ونصف المليون شخص في معسكرات", "1500000", "شخص", "up_to"),
    # Al Jazeera / BBC Arabic styles
    ("رصدت الصور الفضائية أكثر من 380 مركز احتجاز في الإقليم", "380", "مركز", "more_than"),
    ("ووقعت 22 دولة على رسالة إلى مجلس حقوق الإنسان", "22", "دولة", ""),
    ("انخفض معدل المواليد بنسبة 48.7% بين 2015 و2018", "48.7", "%", ""),
    ("انخفض معدل المواليد بنسبة 24 في المئة", "24", "%", ""),
    ("يقدر الباحثون أن عشرات الآلاف من المسلمين احتجزوا", "10000-99999", "مسلم", ""),
    ("تتراوح التقديرات بين 800 ألف و2 مليون محتجز", "800000-2000000", "محتجز", ""),
    ("نقل ما لا يقل عن ثلاثة آلاف معتقل", "3000", "معتقل", "at_least"),
    ("أكثر من ١٫٥ مليون شخص", "1500000", "شخص", "more_than"),
    ("وبين عامي 2017 و2019 احتجز ما بين 800 ألف ومليوني شخص", "800000-2000000", "شخص", ""),
    ("وأشار التقرير إلى أن ما بين 10 و20 في المئة من السكان البالغين محتجزون", "10-20", "%", ""),
    ("وبلغ عدد المعتقلين 1-3 ملايين بحسب باحثين", "1000000-3000000", "", ""),
    ("وتقول تقارير إن نحو 16 ألف مسجد دمرت أو تضررت", "16000", "مسجد", "approx"),
    ("وقدرت دراسة أسترالية عدد المنشآت بأكثر من 380 منشأة", "380", "مرفق", "more_than"),
    # English wire copy
    ("Rights groups say more than 1 million Uyghurs are held in camps", "1000000", "Uyghur", "more_than"),
    ("estimates range from 800,000 to 2 million people", "800000-2000000", "person", ""),
    ("hundreds of thousands of Uighurs have been detained", "100000-999999", "Uyghur", ""),
    ("The letter was signed by 22 countries.", "22", "country", ""),
])
def test_figures(text, value, unit, qualifier_type):
    frame = _claims(text)
    assert len(frame) == 1, frame[["surface", "value"]]
    row = frame.iloc[0]
    assert (row["value"], row["unit"], row["qualifier_type"]) == (value, unit, qualifier_type)


@pytest.mark.parametrize("text", [
    "في قاعة الشعب الكبرى في بكين ، الصين ، 19 أكتوبر 2017.",
    "في اليوم الثاني من المؤتمر الوطني التاسع عشر للحزب الشيوعي الصيني",
    "صدر البيان في 14/11/2019 وأعيد نشره في 2019-11-15",
    "منذ أبريل / نيسان 2017",
    "للاستفسار اتصل على الرقم +86 10 6512 3456",
    "https://www.reuters.com/article/us-china-xinjiang-exclusive/idUSKCN1NK0H0",
    "قضى 10 سنوات في السجن قبل الإفراج عنه",
    "بموجب المادة 18 من الإعلان العالمي لحقوق الإنسان",
    "و\"الآفات\" الثلاث وفق تعبير بكين",
    "Humanitarian intervention has become one of the most important issues",
    "The 19th party congress met in 2017.",
    "خلال جائحة COVID-19 في عام 2020",
    "بدأ الاجتماع في الساعة 10:30 صباحا",
    "قمة مجموعة العشرين",
])
def test_traps_are_not_figures(text):
    frame = _claims(text)
    assert frame.empty, frame[["surface", "value"]]


def test_figure_in_a_quote_is_attributed_to_the_quote_actor():
    text = ('وقال متحدث باسم السفارة الأمريكية: "ما زلنا نشعر بالقلق من أن الحكومة الصينية احتجزت '
            'ما يقدر بنحو 800000 شخص إلى أكثر من 2 مليون من الأويغور".')
    row = _claims(text).iloc[0]
    assert (row["attributed_to"], row["attribution"]) == ("United States", "content")


def test_figure_without_a_voice_belongs_to_the_document():
    row = _claims("تسعى مجموعة من 15 سفيرا غربيا في بكين تقودها كندا إلى الاجتماع.").iloc[0]
    assert (row["attributed_to"], row["attribution"]) == ("", "document")


def test_seed_offsets_and_gold(seeds, seed_texts):
    frames = []
    for doc in seeds:
        frame = find_claims(doc.raw, doc_id=doc.doc_id)
        for row in frame.itertuples():
            assert doc.raw[row.start:row.end] == row.surface
            assert doc.raw[row.sentence_start:row.sentence_end].find(row.surface) >= 0
        frames.append(frame)
    import pandas as pd
    result = score_claims(pd.concat(frames, ignore_index=True), read_gold(GOLD / "claims.tsv"), seed_texts)
    assert result["value"]["recall"] >= 0.8 and result["value"]["precision"] >= 0.8, result
    assert result["attributed"]["recall"] >= 0.8, result
    assert result["unit_accuracy"] >= 0.8, result
