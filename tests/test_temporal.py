"""Temporal tagger: a table of Arabic and English expressions → ISO values.

Rows use two publication dates: W = Wednesday 2018-11-14 (the Reuters seed;
ISO week 46) and T = Tuesday 2022-09-13 (the Egyptian seed; ISO week 37).
Expected values were worked out by hand from the calendar.
"""

import datetime as dt

import pandas as pd
import pytest

from helpers.extract.temporal.patterns import grammar
from helpers.extract.temporal.rows import EVENT_COLUMNS, events_with_entities, extract_events, tag

W = dt.date(2018, 11, 14)
T = dt.date(2022, 9, 13)


def E(surface, value, precision, modifier="", anchored=False):
    return (surface, value, precision, modifier, anchored)


def A(surface, value, precision, modifier=""):
    return E(surface, value, precision, modifier, True)


ROWS = [
    # --- day month year, both month series, Maghrebi/Moroccan names, pairs ---
    ("يحضر جلسة نقاش في بكين ، الصين ، 19 أكتوبر 2017.", W, [E("19 أكتوبر 2017", "2017-10-19", "day")]),
    ("وصل الوفد في 14 تشرين الثاني 2018 إلى دمشق", W, [E("14 تشرين الثاني 2018", "2018-11-14", "day")]),
    ("عقد الاجتماع في 3 كانون الثاني/يناير 2019", W, [E("3 كانون الثاني/يناير 2019", "2019-01-03", "day")]),
    ("صدر التقرير في 22 جانفي 2021 بالجزائر", W, [E("22 جانفي 2021", "2021-01-22", "day")]),
    ("في 7 فيفري 2019", W, [E("7 فيفري 2019", "2019-02-07", "day")]),
    ("في 3 أفريل 2019", W, [E("3 أفريل 2019", "2019-04-03", "day")]),
    ("في 1 ماي 2019", W, [E("1 ماي 2019", "2019-05-01", "day")]),
    ("في 5 جوان 2019", W, [E("5 جوان 2019", "2019-06-05", "day")]),
    ("في 15 جويلية 2020", W, [E("15 جويلية 2020", "2020-07-15", "day")]),
    ("في 30 أوت 2019", W, [E("30 أوت 2019", "2019-08-30", "day")]),
    ("غادر الرباط في 20 يوليوز 2018", W, [E("20 يوليوز 2018", "2018-07-20", "day")]),
    ("أعلن في 3 غشت 2017", W, [E("3 غشت 2017", "2017-08-03", "day")]),
    ("في 12 شتنبر 2016 و4 نونبر 2016 و 9 دجنبر 2016", W,
     [E("12 شتنبر 2016", "2016-09-12", "day"), E("4 نونبر 2016", "2016-11-04", "day"),
      E("9 دجنبر 2016", "2016-12-09", "day")]),
    ("في 2 يونيه 1967", W, [E("2 يونيه 1967", "1967-06-02", "day")]),
    ("حزيران 1967 كان", W, [E("حزيران 1967", "1967-06", "month")]),
    ("في أيار 2021", W, [E("أيار 2021", "2021-05", "month")]),
    ("في شباط 2022", W, [E("شباط 2022", "2022-02", "month")]),
    ("منذ آذار/مارس 2011", W, [E("آذار/مارس 2011", "2011-03", "month")]),
    ("احتجزت منذ أبريل / نيسان 2017 ما يقدر بنحو 800000 شخص", W,
     [E("أبريل / نيسان 2017", "2017-04", "month")]),
    ("في ابريل 2017", W, [E("ابريل 2017", "2017-04", "month")]),
    ("في إبريل 2017", W, [E("إبريل 2017", "2017-04", "month")]),
    ("في اغسطس 2018", W, [E("اغسطس 2018", "2018-08", "month")]),
    ("في أيلول/سبتمبر 2014", W, [E("أيلول/سبتمبر 2014", "2014-09", "month")]),
    ("في تشرين الأول 2019", W, [E("تشرين الأول 2019", "2019-10", "month")]),
    ("في كانون الأول 2019", W, [E("كانون الأول 2019", "2019-12", "month")]),
    ("في الأول من أكتوبر 2019", W, [E("الأول من أكتوبر 2019", "2019-10-01", "day")]),
    ("يوم 15 من شهر سبتمبر 2022", W, [E("15 من شهر سبتمبر 2022", "2022-09-15", "day")]),
    ("في 19 أكتوبر من العام 2017", W, [E("19 أكتوبر من العام 2017", "2017-10-19", "day")]),
    ("في ١٤ نوفمبر ٢٠١٨ أعلنت", W, [E("١٤ نوفمبر ٢٠١٨", "2018-11-14", "day")]),
    ("في ٢٠١٨ أعلنت الحكومة", W, [E("٢٠١٨", "2018", "year")]),
    ("تنعقد الدورة من 10 إلى 12 شتنبر 2019", W, [E("10 إلى 12 شتنبر 2019", "2019-09-10/2019-09-12", "span")]),
    ("خلال الفترة 10-12 سبتمبر 2022", W, [E("10-12 سبتمبر 2022", "2022-09-10/2022-09-12", "span")]),
    ("يومي 3 و4 نوفمبر", W, [A("3 و4 نوفمبر", "2018-11-03/2018-11-04", "span")]),
    ("قتل 3 و4 أصيبوا في 5 أكتوبر 2019", W, [E("5 أكتوبر 2019", "2019-10-05", "day")]),
    ("في 29 فبراير 2019", W, []),  # no such day
    # --- year-less months and pairs: the most recent not after publication ---
    ("وفي أغسطس/ آب، صرحت إحدى لجان الأمم المتحدة", W, [A("أغسطس/ آب", "2018-08", "month")]),
    ("وفي سبتمبر/ أيلول أعلنت", W, [A("سبتمبر/ أيلول", "2018-09", "month")]),
    ("في يوليو/تموز الماضي", W, [A("يوليو/تموز الماضي", "2018-07", "month")]),
    ("في أغسطس /آب", W, [A("أغسطس /آب", "2018-08", "month")]),
    ("في أغسطس (آب) قالت", W, [A("أغسطس (آب)", "2018-08", "month")]),
    ("في ديسمبر قالت", W, [A("ديسمبر", "2017-12", "month")]),
    ("في نوفمبر قالت", W, [A("نوفمبر", "2018-11", "month")]),
    ("في ديسمبر المقبل", W, [A("ديسمبر المقبل", "2018-12", "month")]),
    ("في نوفمبر الماضي", W, [A("نوفمبر الماضي", "2017-11", "month")]),
    ("في شهر ماي الماضي", W, [A("شهر ماي الماضي", "2018-05", "month")]),
    ("خلال الشهر الجاري", W, [A("الشهر الجاري", "2018-11", "month")]),
    ("يشار إلى أنه في مطلع سبتمبر الجاري، حث رئيس الأمم المتحدة", T,
     [A("مطلع سبتمبر الجاري", "2022-09", "month", "START")]),
    ("في أواخر أغسطس/آب الماضي", T, [A("أواخر أغسطس/آب الماضي", "2022-08", "month", "END")]),
    ("منتصف مارس", T, [A("منتصف مارس", "2022-03", "month", "MID")]),
    ("في مارس من العام الماضي", T, [A("مارس من العام الماضي", "2021-03", "month")]),
    ("في أكتوبر المقبل", T, [A("أكتوبر المقبل", "2022-10", "month")]),
    ("في أكتوبر قالت", T, [A("أكتوبر", "2021-10", "month")]),
    ("سيزور الرئيس الصين في أكتوبر", T, [A("أكتوبر", "2022-10", "month")]),
    ("في 11 سبتمبر الماضي", T, [A("11 سبتمبر الماضي", "2022-09-11", "day")]),
    ("في 20 سبتمبر", T, [A("20 سبتمبر", "2022-09-20", "day")]),
    # --- numeric and ISO dates, Arabic-Indic digits ---
    ("في 14/11/2019 حدث", W, [E("14/11/2019", "2019-11-14", "day")]),
    ("بتاريخ 22-12-2019", W, [E("22-12-2019", "2019-12-22", "day")]),
    ("في 8/2016 بدأ", W, [E("8/2016", "2016-08", "month")]),
    ("نشر في 2018-11-15", W, [E("2018-11-15", "2018-11-15", "day")]),
    ("بتاريخ 14.11.2019", W, [E("14.11.2019", "2019-11-14", "day")]),
    ("بتاريخ ١٤/١١/٢٠١٩", W, [E("١٤/١١/٢٠١٩", "2019-11-14", "day")]),
    ("the memo dated 11/14/2018 says", W, [E("11/14/2018", "2018-11-14", "day")]),
    # --- years in context ---
    ("في عام 2017", W, [E("عام 2017", "2017", "year")]),
    ("خلال العام 2017م", W, [E("العام 2017م", "2017", "year")]),
    ("في سنة 1990", W, [E("سنة 1990", "1990", "year")]),
    ("في عام 1850 كانت", W, [E("عام 1850", "1850", "year")]),
    ("رئيس المجلس منذ 2015", W, [E("2015", "2015", "year")]),
    ("بين عامي 2014 و2017", W, [E("بين عامي 2014 و2017", "2014/2017", "span")]),
    ("في الفترة 2014-2017", W, [E("2014-2017", "2014/2017", "span")]),
    ("the camps expanded in mid-2019", W, [E("mid-2019", "2019", "year", "MID")]),
    ("at the end of 2018", W, [E("the end of 2018", "2018", "year", "END")]),
    ("in 2017 the government", W, [E("2017", "2017", "year")]),
    # --- weekdays (W is a Wednesday) ---
    ("وقال كبير الدبلوماسيين في الصين يوم الثلاثاء إن العالم", W, [A("يوم الثلاثاء", "2018-11-13", "day")]),
    ("قال الوزير الاثنين إن", W, [A("الاثنين", "2018-11-12", "day")]),
    ("أعلن الإثنين أن", W, [A("الإثنين", "2018-11-12", "day")]),
    ("الجمعة الماضية", W, [A("الجمعة الماضية", "2018-11-09", "day")]),
    ("الأربعاء الماضي", W, [A("الأربعاء الماضي", "2018-11-07", "day")]),
    ("الخميس المقبل", W, [A("الخميس المقبل", "2018-11-15", "day")]),
    ("السبت القادم", W, [A("السبت القادم", "2018-11-17", "day")]),
    ("سيزور الرئيس بكين الخميس", W, [A("الخميس", "2018-11-15", "day")]),
    ("سوف يلتقي الوزيران الأحد", W, [A("الأحد", "2018-11-18", "day")]),
    ("قال إنه التقى الوزير الأحد", W, [A("الأحد", "2018-11-11", "day")]),
    ("أكد اليوم الأربعاء، أن", W, [A("اليوم الأربعاء", "2018-11-14", "day")]),
    ("تعهد الرئيس الصيني شي جين بينج، اليوم الثلاثاء، بـ\"الدفاع عن الأمن المشترك\"", T,
     [A("اليوم الثلاثاء", "2022-09-13", "day")]),
    ("وصل مساء الثلاثاء", W, [A("مساء الثلاثاء", "2018-11-13", "day")]),
    ("غدا الخميس يصل الوفد", W, [A("غدا الخميس", "2018-11-15", "day")]),
    ("في الثلاثاء 13 نوفمبر 2018", W, [E("الثلاثاء 13 نوفمبر 2018", "2018-11-13", "day")]),
    ("يوم الأحد الموافق 11 نوفمبر 2018", W, [E("يوم الأحد الموافق 11 نوفمبر 2018", "2018-11-11", "day")]),
    ("China's top diplomat said on Tuesday the world", W, [A("Tuesday", "2018-11-13", "day")]),
    ("He will visit Beijing on Friday.", W, [A("Friday", "2018-11-16", "day")]),
    ("He spoke last Friday.", W, [A("last Friday", "2018-11-09", "day")]),
    ("They meet next Monday.", W, [A("next Monday", "2018-11-19", "day")]),
    # --- relative expressions ---
    ("قال المتحدث أمس إن", W, [A("أمس", "2018-11-13", "day")]),
    ("أول أمس قال", W, [A("أول أمس", "2018-11-12", "day")]),
    ("أول من أمس", W, [A("أول من أمس", "2018-11-12", "day")]),
    ("يصل الوفد غدا إلى بكين", W, [A("غدا", "2018-11-15", "day")]),
    ("يصل الوفد غداً إلى بكين", W, [A("غداً", "2018-11-15", "day")]),
    ("بعد غد", W, [A("بعد غد", "2018-11-16", "day")]),
    ("صباح اليوم", W, [A("صباح اليوم", "2018-11-14", "day")]),
    ("مساء أمس", W, [A("مساء أمس", "2018-11-13", "day")]),
    ("قبل زيارته هذا الأسبوع إلى كازاخستان", T, [A("هذا الأسبوع", "2022-W37", "week")]),
    ("هذا الأسبوع", W, [A("هذا الأسبوع", "2018-W46", "week")]),
    ("الأسبوع الماضي", W, [A("الأسبوع الماضي", "2018-W45", "week")]),
    ("الأسبوع المقبل", W, [A("الأسبوع المقبل", "2018-W47", "week")]),
    ("الشهر الماضي", W, [A("الشهر الماضي", "2018-10", "month")]),
    ("الشهر المقبل", W, [A("الشهر المقبل", "2018-12", "month")]),
    ("شهد العام الماضي", W, [A("العام الماضي", "2017", "year")]),
    ("خلال العام الجاري", W, [A("العام الجاري", "2018", "year")]),
    ("العام المقبل", W, [A("العام المقبل", "2019", "year")]),
    ("السنة الماضية", W, [A("السنة الماضية", "2017", "year")]),
    ("هذا العام", W, [A("هذا العام", "2018", "year")]),
    ("قبل ثلاثة أيام", W, [A("قبل ثلاثة أيام", "2018-11-11", "day")]),
    ("قبل يومين", W, [A("قبل يومين", "2018-11-12", "day")]),
    ("منذ ثلاث سنوات", W, [A("منذ ثلاث سنوات", "2015", "year")]),
    ("قبل عامين", W, [A("قبل عامين", "2016", "year")]),
    ("قبل 5 أشهر", W, [A("قبل 5 أشهر", "2018-06", "month")]),
    ("منذ أسبوعين", W, [A("منذ أسبوعين", "2018-W44", "week")]),
    ("في 15 الجاري", W, [A("15 الجاري", "2018-11-15", "day")]),
    ("يوم 5 من الشهر الماضي", W, [A("5 من الشهر الماضي", "2018-10-05", "day")]),
    ("أواخر الشهر الماضي", W, [A("أواخر الشهر الماضي", "2018-10", "month", "END")]),
    ("منتصف العام المقبل", W, [A("منتصف العام المقبل", "2019", "year", "MID")]),
    ("مطلع العام الماضي", W, [A("مطلع العام الماضي", "2017", "year", "START")]),
    ("بحلول نهاية العام", W, [A("نهاية العام", "2018", "year", "END")]),
    ("Last week the envoys met.", W, [A("Last week", "2018-W45", "week")]),
    ("Xi visits Kazakhstan this week.", W, [A("this week", "2018-W46", "week")]),
    ("Yesterday officials said", W, [A("Yesterday", "2018-11-13", "day")]),
    ("It happened three days ago.", W, [A("three days ago", "2018-11-11", "day")]),
    ("the report due next month", W, [A("next month", "2018-12", "month")]),
    ("Sales fell last year.", W, [A("last year", "2017", "year")]),
    ("Prices rose late last year.", W, [A("late last year", "2017", "year", "END")]),
    ("In August, a UN committee said", W, [A("August", "2018-08", "month")]),
    ("detained since April 2017 an estimated 800,000 people", W, [E("April 2017", "2017-04", "month")]),
    ("The letter was dated November 14, 2018.", W, [E("November 14, 2018", "2018-11-14", "day")]),
    ("It was published on 14 November 2018.", W, [E("14 November 2018", "2018-11-14", "day")]),
    ("in early September the Secretary-General", W, [A("early September", "2018-09", "month", "START")]),
    ("at the beginning of this September", T,
     [A("the beginning of this September", "2022-09", "month", "START")]),
    ("On Sept. 11, 2001, the attacks", W, [E("Sept. 11, 2001", "2001-09-11", "day")]),
    # --- named events: fixed values, never anchored ---
    ("بعد هجمات 11 سبتمبر تغيرت السياسة", T, [E("هجمات 11 سبتمبر", "2001-09-11", "day")]),
    ("منذ أحداث الحادي عشر من سبتمبر", T, [E("أحداث الحادي عشر من سبتمبر", "2001-09-11", "day")]),
    ("بعد هجمات 11 أيلول/سبتمبر", T, [E("هجمات 11 أيلول/سبتمبر", "2001-09-11", "day")]),
    ("after the 9/11 attacks", T, [E("the 9/11 attacks", "2001-09-11", "day")]),
    ("since the September 11 attacks", T, [E("the September 11 attacks", "2001-09-11", "day")]),
    ("منذ أحداث أورومتشي", T, [E("أحداث أورومتشي", "2009-07-05", "day")]),
    ("بعد أحداث 5 يوليو", T, [E("أحداث 5 يوليو", "2009-07-05", "day")]),
    ("خلال الحرب العالمية الثانية", T, [E("الحرب العالمية الثانية", "1939/1945", "year")]),
    ("إبان الثورة الثقافية", T, [E("الثورة الثقافية", "1966/1976", "year")]),
    ("منذ ثورة 25 يناير", T, [E("ثورة 25 يناير", "2011-01-25", "day")]),
    ("في ذكرى حرب أكتوبر", T, [E("حرب أكتوبر", "1973-10-06", "day")]),
    # --- Hijri dates (Umm al-Qura, converted with hijridate) ---
    ("في رمضان 1440", W, [E("رمضان 1440", "2019-05-06/2019-06-03", "month")]),
    ("في عام 1444 هـ", W, [E("عام 1444 هـ", "2022-07-30/2023-07-18", "year")]),
    ("في 15 شعبان 1443هـ", W, [E("15 شعبان 1443هـ", "2022-03-18", "day")]),
    ("خلال شهر رمضان", W, [A("شهر رمضان", "2018-05-16/2018-06-14", "month")]),
    ("في رمضان 2019", W, [E("رمضان 2019", "2019-05-06/2019-06-03", "month")]),
    # --- traps: not dates ---
    ("يبلغ من العمر 64عاما", W, []),
    ("احتجزت ما يقدر بنحو 800000 شخص", W, []),
    ("إلى أكثر من 2 مليون من الأويغور", W, []),
    ("تسعى مجموعة من 15 سفيرا غربيا في بكين", W, []),
    ("جلسة نقاش جماعية في اليوم الثاني من المؤتمر الوطني", W, []),
    ("وقالت هوا في مؤتمر صحفي يومي", W, []),
    ("بعد صلاة الجمعة", W, []),
    ("لا فرق بين الاثنين", W, []),
    ("الواحد الأحد", W, []),
    ("الأحد عشر لاعبا", W, []),
    ("اليوم العالمي لحقوق الإنسان", W, []),
    ("قال الأمين العام الحالي للأمم المتحدة", W, []),
    ("الأمين العام السابق", W, []),
    ("مارس الضغوط على الحكومة", W, []),
    ("ومارس الضغط", W, []),
    ("سيارة نيسان", W, []),
    ("رجب طيب أردوغان", W, []),
    ("نسبة صفر بالمئة", W, []),
    ("المادة 2019 من القانون", W, []),
    ("رقم 2018", W, []),
    ("بلغت 2019 حالة", W, []),
    ("بنسبة 2020%", W, []),
    ("2000 people were detained", W, []),
    ("page 2017 of the report", W, []),
    ("They may agree.", W, []),
    ("الساعة 10:30", W, []),
    ("غدا الوضع أسوأ", W, []),
    ("منذ بعض الوقت", W, []),
    ("قبل أيام قليلة", W, []),
    ("منذ سنوات", W, []),
    ("قبل يومين من الزيارة", W, []),
    ("الصفحة 1/2", W, []),
    ("COVID-19 pandemic", W, []),
    ("بلغ 2.5 مليون", W, []),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_tag_table(text, published, expected):
    found = tag(text, published=published)
    assert [(e.surface, e.value, e.precision, e.modifier, e.anchored) for e in found] == expected
    for e in found:
        assert text[e.start:e.end] == e.surface
        assert e.start == text.index(e.surface)


NO_DATE = [
    ("اليوم الثلاثاء، تعهد", "اليوم الثلاثاء", "day"),
    ("قبل زيارته هذا الأسبوع", "هذا الأسبوع", "week"),
    ("وفي أغسطس/ آب، صرحت", "أغسطس/ آب", "month"),
    ("قبل ثلاثة أيام", "قبل ثلاثة أيام", "day"),
    ("في 15 الجاري", "15 الجاري", "day"),
    ("خلال شهر رمضان", "شهر رمضان", "month"),
    ("Yesterday officials said", "Yesterday", "day"),
]


@pytest.mark.parametrize("text,surface,precision", NO_DATE)
def test_without_publication_date_nothing_is_resolved(text, surface, precision):
    (e,) = tag(text, published=None)
    assert (e.surface, e.value, e.precision, e.anchored) == (surface, "", precision, False)
    assert "no publication date" in e.note


@pytest.mark.parametrize("text,value", [
    ("19 أكتوبر 2017", "2017-10-19"), ("هجمات 11 سبتمبر", "2001-09-11"), ("عام 2017", "2017"),
])
def test_absolute_dates_need_no_publication_date(text, value):
    (e,) = tag(text, published=None)
    assert (e.value, e.anchored) == (value, False)


@pytest.mark.parametrize("text,note", [
    ("احتجزت منذ أبريل / نيسان 2017", "since"),
    ("حتى نهاية العام الماضي", "until"),
    ("بعد هجمات 11 سبتمبر", "September 11 attacks"),
    ("في رمضان 1440", "Hijri 1440-09"),
])
def test_notes(text, note):
    (e,) = tag(text, published=W)
    assert note in e.note


def test_offsets_survive_diacritics_and_tatweel():
    text = "وصلَ الوفدُ غداً، ثم في أغسـطس/ آب ١٤ نوفمبر ٢٠١٨"
    found = tag(text, published=W)
    assert [e.surface for e in found] == ["غداً", "أغسـطس/ آب", "١٤ نوفمبر ٢٠١٨"]
    assert all(text[e.start:e.end] == e.surface for e in found)


def test_extract_events_on_seeds(seeds):
    for doc in seeds:
        events = extract_events(doc.raw, doc_id=doc.doc_id, published=doc.published)
        assert list(events.columns) == EVENT_COLUMNS
        for row in events.itertuples():
            assert doc.raw[row.start:row.end] == row.surface
            assert row.surface in row.sentence
            assert doc.raw[row.sent_start:row.sent_end] == row.sentence


def test_extract_events_empty_text_has_columns():
    events = extract_events("لا شيء هنا", doc_id="x")
    assert list(events.columns) == EVENT_COLUMNS and events.empty


def test_extract_events_uses_given_sentences():
    from helpers.text.segment import sentences

    raw = "قال الوزير أمس إن الوفد وصل. وسيعود الأسبوع المقبل."
    events = extract_events(raw, doc_id="d", published=W, sentences=sentences(raw))
    assert events["sentence"].tolist() == ["قال الوزير أمس إن الوفد وصل.", "وسيعود الأسبوع المقبل."]
    assert events["value"].tolist() == ["2018-11-13", "2018-W47"]


def _mentions():
    return pd.DataFrame([
        ("d", 0, 5, "كندا", "Q16", "country", "Canada", "كندا"),
        ("d", 30, 35, "الصين", "Q148", "country", "China", "الصين"),
        ("e", 0, 5, "كندا", "Q16", "country", "Canada", "كندا"),
    ], columns=["doc_id", "start", "end", "surface", "entity_id", "kind", "name_en", "name_ar"])


def test_events_with_entities_joins_by_sentence():
    raw = "كندا أعلنت أمس موقفها. ثم ردت الصين الثلاثاء."
    assert raw[30:35] == "الصين"
    events = extract_events(raw, doc_id="d", published=W)
    wide = events_with_entities(events, _mentions())
    assert wide["surface"].tolist() == ["أمس", "الثلاثاء"]
    assert wide["entities_en"].tolist() == ["Canada", "China"]
    assert wide["n_entities"].tolist() == [1, 1]
    long = events_with_entities(events, _mentions(), how="long")
    assert long[["surface", "entity_id"]].values.tolist() == [["أمس", "Q16"], ["الثلاثاء", "Q148"]]


def test_events_with_entities_keeps_events_without_entities():
    events = extract_events("وصل الوفد أمس.", doc_id="z", published=W)
    wide = events_with_entities(events, _mentions())
    assert wide[["entities_en", "n_entities"]].values.tolist() == [["", 0]]


@pytest.mark.parametrize("row", grammar().named, ids=lambda r: r["note"][:30])
def test_named_heads_occur_in_their_pattern(row):
    from helpers.text.normalise import normalise_text

    pattern = normalise_text(row["pattern"])
    for head in row["head"].split("|"):
        head = normalise_text(head)
        assert head in pattern or "{date:" in pattern, (head, pattern)


# --- scoring against gold, and the dateparser baseline ---

from helpers.evaluate.temporal import dateparser_events, load_gold, locate_gold, score_events  # noqa: E402
from helpers.extract.temporal.calendar import nearest_weekday, value_span, year_for_month  # noqa: E402


def test_gold_surfaces_are_in_the_seeds(seed_texts):
    gold = load_gold()
    located = locate_gold(gold, seed_texts)
    assert len(located) == len(gold) > 0
    for row in located.itertuples():
        assert seed_texts[row.doc_id][row.start:row.end] == row.surface


def test_tagger_finds_every_gold_expression_on_the_seeds(seeds, seed_texts):
    gold = locate_gold(load_gold(), seed_texts)
    ours = pd.concat([extract_events(d.raw, doc_id=d.doc_id, published=d.published) for d in seeds])
    result = score_events(ours, gold, tagger="ours").set_index("level")
    assert result.loc["value", "recall"] == 1.0 and result.loc["span", "precision"] == 1.0
    merged = gold.merge(ours, on=["doc_id", "start", "end"], suffixes=("_gold", ""))
    assert (merged["modifier"] == merged["modifier_gold"]).all()
    assert (merged["anchored"] == merged["anchored_gold"]).all()


def test_score_counts_overlaps_one_to_one():
    gold = pd.DataFrame({"doc_id": ["a", "a", "b"], "start": [0, 20, 5], "end": [10, 30, 9],
                         "value": ["2018-08", "2017", "2022-W37"]})
    pred = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "start": [2, 4, 40, 5], "end": [8, 12, 44, 9],
                         "value": ["2018-08", "2018-08", "2019", "2022-09-13"]})
    result = score_events(pred, gold).set_index("level")
    assert result.loc["span", ["tp", "fp", "fn"]].tolist() == [2, 2, 1]
    assert result.loc["value", ["tp", "fp", "fn"]].tolist() == [1, 3, 2]
    assert result.loc["value", "precision"] == 0.25


def test_locate_gold_reports_a_missing_surface():
    gold = pd.DataFrame([{"doc_id": "a", "surface": "أمس", "occurrence": 2, "value": "",
                          "precision": "day", "modifier": "", "anchored": True}])
    with pytest.raises(ValueError, match="occurrence 2"):
        locate_gold(gold, {"a": "قال أمس"})


def test_dateparser_baseline_has_offsets_and_values():
    pytest.importorskip("dateparser")
    raw = "في بكين ، 19 أكتوبر 2017. وقال الوزير يوم الثلاثاء"
    events = dateparser_events(raw, doc_id="d", published=W)
    assert all(raw[r.start:r.end] == r.surface for r in events.itertuples())
    found = [tuple(r) for r in events[["surface", "value", "precision"]].values]
    assert ("19 أكتوبر 2017", "2017-10-19", "day") in found


@pytest.mark.parametrize("value,first,last", [
    ("2017", "2017-01-01", "2017-12-31"),
    ("2018-02", "2018-02-01", "2018-02-28"),
    ("2022-W37", "2022-09-12", "2022-09-18"),
    ("2022-09-13", "2022-09-13", "2022-09-13"),
    ("1939/1945", "1939-01-01", "1945-12-31"),
    ("2019-05-06/2019-06-03", "2019-05-06", "2019-06-03"),
])
def test_value_span(value, first, last):
    assert value_span(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["", "soon", "2018-13"])
def test_value_span_rejects(value):
    assert value_span(value) is None


@pytest.mark.parametrize("weekday,direction,expected", [
    (3, 0, "2018-11-14"), (3, -1, "2018-11-07"), (3, 1, "2018-11-21"), (3, 2, "2018-11-14"),
    (2, 0, "2018-11-13"), (4, 0, "2018-11-08"), (4, 2, "2018-11-15"), (7, 1, "2018-11-18"),
])
def test_nearest_weekday(weekday, direction, expected):
    assert nearest_weekday(W, weekday, direction=direction).isoformat() == expected


@pytest.mark.parametrize("month,direction,year", [
    (8, 0, 2018), (12, 0, 2017), (11, 0, 2018), (11, -1, 2017), (10, -1, 2018),
    (12, 1, 2018), (11, 1, 2019), (3, 2, 2019), (11, 2, 2018), (2, 3, 2018), (10, -2, 2017),
])
def test_year_for_month(month, direction, year):
    assert year_for_month(W, month, direction=direction) == year


# --- robustness: any mix of temporal words, digits, marks and punctuation ---

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["في", "منذ", "يوم", "اليوم", "الثلاثاء", "الاثنين", "أغسطس", "آب", "/", " / ", "(", ")", "،", ".",
           "2017", "٢٠١٨", "14", "19", "11/14/2018", "2018-11-15", "مطلع", "الجاري", "الماضي", "المقبل",
           "هذا", "الأسبوع", "العام", "قبل", "ثلاثة", "أيام", "هجمات", "سبتمبر", "رمضان", "1440", "هـ", "م",
           "سيزور", "غدا", "ً", "ـ", "\u200f", "\n", "last", "Tuesday", "mid", "-", "May", "in", "the", "year"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.lists(st.booleans(), max_size=14),
       st.sampled_from([None, W, T]))
def test_tag_never_crashes_and_offsets_hold(pieces, spaces, published):
    text = "".join(p + (" " if i < len(spaces) and spaces[i] else "") for i, p in enumerate(pieces))
    found = tag(text, published=published)
    previous_end = 0
    for e in found:
        assert text[e.start:e.end] == e.surface and e.surface.strip() == e.surface
        assert e.start >= previous_end
        previous_end = e.end
        assert e.precision in {"day", "week", "month", "quarter", "half", "season", "year", "span"}
        assert e.modifier in {"", "START", "MID", "END", "APPROX"}
        if published is None and e.kind in {"relative", "weekday"}:
            assert e.value == "" and not e.anchored
