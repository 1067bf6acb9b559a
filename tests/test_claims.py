"""Cited figures: number parsing, the figure rule (traps), ranges, units, attribution."""

from pathlib import Path

import pytest

from helpers.evaluate.extractors import score_claims
from helpers.evaluate.scoring import read_gold
from helpers.extract.claims.rows import CLAIM_COLUMNS, find_claims
from helpers.extract.quotes.context import MATCH_STEPS
from helpers.text.normalise import normalise
from helpers.text.numbers import format_value, number_phrases, parse_number

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
    # the Arabic comma as a decimal mark (Maghrebi outlets), and after a list item
    ("تراجع بنسبة 4،2 بالمائة", ("4،2", "4.2", "")),
    ("ميزانية قدرها 32،7 مليار دينار", ("32،7 مليار", "32700000000", "")),
    ("في عام 2016، 40 ألف زائر", ("2016", "2016", "")),
    # digits restated in brackets before the scale word
    ("منحة قدرها خمسون (50) ألف دينار", ("خمسون", "50", "")),
])
def test_number_phrase_values(text, expected):
    assert _phrases(text)[0] == expected


@pytest.mark.parametrize("text", ["التاسع عشر", "الحادي عشر", "idUSKCN1NK0H0", "COVID-19", "G20"])
def test_ordinals_and_glued_numbers_are_not_numbers(text):
    assert _phrases(text) == []


@pytest.mark.parametrize("token, value", [
    ("800,000", 800000), ("800.000", 800000), ("1.234.567", 1234567), ("1.8", 1.8), ("1,5", 1.5),
    ("1.234,5", 1234.5), ("12", 12), ("3،7", 3.7), ("800،000", 800000),
])
def test_parse_number_separators(token, value):
    assert parse_number(token) == value


def _claims(text, **kwargs):
    """Every number the figure rule reads (the topic filter has its own tests: test_claim_topic.py)."""
    kwargs.setdefault("topical_only", False)
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


# Page numbers, ages, durations, dates, measurements, scores: never figures (my own sentences).
@pytest.mark.parametrize("text", [
    "ورد الرقم في الصفحة 14 من الملحق.",
    "انظر ص. 27 من الكتيب الصادر عن المنظمة.",
    "See page 31 of the annex and pp. 40-42 of the appendix.",
    "توفي الإمام عن عمر يناهز 83 عاما في المعسكر.",
    "اعتقل طالب يبلغ من العمر 24 عاما عند عودته.",
    "A 52-year-old teacher was detained at the border.",
    "The imam, aged 61, was sentenced last week.",
    "كان عمره 19 سنة حين اعتقل.",
    "حكم على الأستاذ بالسجن 15 عاما.",
    "He spent three years in a camp near the city.",
    "She was held for 18 months without charge.",
    "استمر احتجازها ستة أشهر.",
    "في 5 يوليو 2009 اندلعت اضطرابات في المدينة.",
    "On 12 March 2018 the committee published its review.",
    "Since 2017 the facilities have grown.",
    "تهب الرياح بسرعة من 30 إلى 40 كلم/س وتتراوح الحرارة بين 18 و 22 درجة.",
    "يقع المعسكر على بعد 5 كيلومترات من البلدة.",
    "انتهت المباراة بنتيجة 1 - 4 لصالح الضيوف.",
    "Most of those held were aged between 18 and 45.",
    "تتراوح أعمار المعتقلين بين 20 و39.",
    "زار المفتشون المعسكر 3 مرات هذا العام.",
    "The risk of arrest was four times higher for women.",
])
def test_pages_ages_durations_dates_and_measures_are_not_figures(text):
    frame = _claims(text)
    assert frame.empty, frame[["surface", "value"]]


# Detention estimates and counts are kept, each with its source in English (my own sentences).
@pytest.mark.parametrize("text, value, source", [
    ("قالت منظمة العفو الدولية إن نحو مليون من الأويغور محتجزون في المعسكرات.", "1000000",
     "Amnesty International"),
    ("According to Human Rights Watch, up to 1.5 million people were detained.", "1500000",
     "Human Rights Watch"),
    # the voice behind "estimates" is the researchers: the gazetteer's group name
    ("تحتجز السلطات ما يصل إلى مليون شخص، بحسب تقديرات الباحثين.", "1000000", "Academics"),
    ("وقال خبراء إن أكثر من 300 ألف شخص نقلوا إلى مصانع.", "300000", "Experts"),
    ("بلغ عدد المحتجزين 800 ألف على الأقل وفق تقرير للأمم المتحدة.", "800000", "United Nations"),
    ("Amnesty International said at least 10,000 Uyghurs had been sent to camps.", "10000",
     "Amnesty International"),
    ("وقتلت الشرطة ثلاثة من المهاجمين وأصابت 12 آخرين.", "3", ""),
    ("رصدت السلطات مكافأة بقيمة ألفي يوان لمن يبلغ عن المصلين.", "2000", ""),
])
def test_detention_estimates_are_kept_and_attributed(text, value, source):
    frame = _claims(text)
    row = frame.iloc[0]
    assert (row["value"], row["attributed_to"]) == (value, source)


def test_a_committee_speaking_is_the_united_nations_and_its_member_later_too():
    text = ('قالت لجنة القضاء على التمييز العنصري التابعة للأمم المتحدة إن نحو مليون شخص محتجزون. '
            'وأضافت عضو اللجنة أن أكثر من 100 إمام اعتقلوا.')
    frame = _claims(text)
    assert frame["attributed_to"].tolist() == ["United Nations", "United Nations"]


def test_the_source_named_before_carries_to_according_to_the_source():
    text = ('ذكرت صحيفة "هوتان" المحلية أن السلطات خصصت مئة مليون يوان للمكافآت. '
            'وحسب المصدر فإن المكافأة قد تصل إلى خمسة ملايين يوان.')
    frame = _claims(text)
    assert frame["attributed_to"].tolist() == ["Hotan newspaper", "Hotan newspaper"]
    assert frame["value"].tolist() == ["100000000", "5000000"]


def test_an_according_to_source_may_run_over_the_figure():
    # the source phrase found after حسب runs up to the number: the figure is still the source's
    text = ('ذكرت صحيفة "هوتان" المحلية أن السلطات خصصت مئة مليون يوان للمكافآت. '
            'وحسب المصدر قد تصل المكافأة إلى خمسة ملايين يوان.')
    assert _claims(text)["attributed_to"].tolist() == ["Hotan newspaper", "Hotan newspaper"]


def test_counts_next_to_an_age_are_kept():
    frame = _claims("The imam, aged 61, was sentenced with 20 others.")
    assert frame[["value", "unit"]].values.tolist() == [["20", "other"]]


def test_no_source_is_an_arabic_fragment():
    text = ('وقال الكاتب العام للنقابة إن 40 ألف عامل أضربوا. وأوضح المصدر المسؤول لمراسلتنا '
            'أن 12 مليون دينار خصصت.')
    frame = _claims(text)
    assert len(frame) == 2
    assert not frame["attributed_to"].str.contains("[\u0600-\u06FF]").any()


def test_figure_in_a_quote_is_attributed_to_the_quote_actor():
    text = ('وقال متحدث باسم السفارة الأمريكية: "ما زلنا نشعر بالقلق من أن الحكومة الصينية احتجزت '
            'ما يقدر بنحو 800000 شخص إلى أكثر من 2 مليون من الأويغور".')
    row = _claims(text).iloc[0]
    assert (row["attributed_to"], row["attribution"]) == ("United States", "content")


@pytest.mark.parametrize("low, high, text", [
    (32.7e9, 32.7e9, "32700000000"), (1.5, 1.5, "1.5"), (8e5, 2e6, "800000-2000000"),
    (32700000000.4, 32700000000.4, "32700000000.4"),
])
def test_values_are_written_without_exponents(low, high, text):
    assert format_value(low, high) == text


def test_bracketed_digits_take_their_scale_word():
    row = _claims("تسند منحة قدرها خمسون (50) ألف دينار لكل مشروع.").iloc[0]
    assert (row["surface"], row["value"], row["unit"]) == ("(50) ألف", "50000", "دينار")


def test_a_repeated_figure_keeps_the_source_it_was_first_given_with():
    text = ("قالت منظمة العفو الدولية إن نحو مليون شخص محتجزون في المعسكرات. "
            "ونفت الصين الرقم. ويعيش المليون محتجز في ظروف قاسية، حسب شهادات.")
    rows = _claims(text)
    assert rows[["value", "attributed_to", "attribution"]].values.tolist() == [
        ["1000000", "Amnesty International", "content"],
        ["1000000", "Amnesty International", "repeated"]]


@pytest.mark.parametrize("text", [
    # a per cent, a small count and a vague amount recur by chance
    "قالت الحكومة إن البطالة بلغت 15 بالمائة. وفي الجنوب بلغت 15 بالمائة أيضا.",
    "قال الجيش إن 5 أشخاص قتلوا. وفي حادث آخر قتل 5 أشخاص.",
    "قالت منظمة العفو الدولية إن آلاف المعتقلين فروا. وفي مدينة أخرى فر آلاف السكان.",
])
def test_chance_repeats_are_not_carried(text):
    assert "repeated" not in _claims(text)["attribution"].tolist()


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
