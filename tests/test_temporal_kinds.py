"""Temporal tagger, issue 20 kind 10: the kinds other taggers' cases showed missing, one table each.

Every table holds positive rows (text → ``(surface, value)`` pairs) and as many
negative rows (nothing, or only the listed events, may be found). Sentences are
written for these tests. P = Monday 2015-06-15; D = Tuesday 2013-02-12 (the
reference day of Duckling's Arabic corpus). Hijri values were worked out with
the Umm al-Qura tables (hijridate), the others by hand from the calendar.
"""

import datetime as dt

import pytest

from helpers.extract.temporal.calendar import hijri_value, value_span
from helpers.extract.temporal.holidays import (
    day_with_weekday,
    easter,
    holiday_in_year,
    holiday_near,
    year_for_weekday,
)
from helpers.extract.temporal.periods import is_timex
from helpers.extract.temporal.rows import tag

P = dt.date(2015, 6, 15)
D = dt.date(2013, 2, 12)


def _pairs(text, published=P):
    return [(e.surface, e.value) for e in tag(text, published=published)]


CLITIC = [  # a month name after a glued clitic, and month names that are other words
    ("اقتحم المحتجون باب الوزارة الرئيسي.", []),
    ("وتحدث الوزير من باب الحرص على المال العام.", []),
    ("ولد الطفل لأب تونسي وأم جزائرية.", []),
    ("ينحدر اللاعب من أب مغربي وأم فرنسية.", []),
    ("وقال إن الحزب لن يتحالف مع من مارس العنف.", []),
    ("تعتزم الشركة التعاون مع نيسان لإنتاج سيارات.", []),
    ("وكان الشاب يعمل لنيسان منذ أعوام طويلة.", []),
    ("زار الوفد دمشق في آب الماضي.", [("آب الماضي", "2014-08")]),
    ("وقعت الهجمات بأيار 2014 في العاصمة.", [("أيار 2014", "2014-05")]),
    ("وطالبت المنظمة في أوت السلطات بالإفراج عنه.", [("أوت", "2014-08")]),
    ("ووصلت القوات في تموز وآب 2013.", [("تموز", "2013-07"), ("آب 2013", "2013-08")]),
]

NAMES = [  # a day and month that name a street, a square, a movement
    ("وتظاهر المئات في شارع 9 أفريل بالعاصمة.", []),
    ("ونظمت حركة 6 أبريل وقفة احتجاجية.", []),
    ("وقالت قوى 14 آذار إنها ترفض الحكومة.", []),
    ("The March 14 alliance rejected the plan.", []),
    ("خرج المتظاهرون في 9 أفريل 2015 إلى الشارع.", [("9 أفريل 2015", "2015-04-09")]),
]

HIJRI = [  # numeric Hijri dates and the spellings outlets use
    ("صدر القرار بتاريخ 14-09-1432 هـ في الرياض.", [("14-09-1432 هـ", "2011-08-14")]),
    ("وحرر المحضر يوم 1434/08/11 هـ.", [("1434/08/11 هـ", "2013-06-20")]),
    ("30-02-1433", [("30-02-1433", "2012-01-24")]),
    ("أدى الحجاج المناسك في ذوالحجه 1440.", [("ذوالحجه 1440", "2019-08-02/2019-08-30")]),
    ("تأسست الجمعية في ربيع الآخرة 1441 هـ.", [("ربيع الآخرة 1441 هـ", "2019-11-28/2019-12-26")]),
    ("عقدت الندوة في ربيع الأول 1442 هـ.", [("ربيع الأول 1442 هـ", "2020-10-18/2020-11-15")]),
    ("وافتتح المعرض في 14-09-2011 بحضور الوزير.", [("14-09-2011", "2011-09-14")]),
    ("استقبل الرئيس رجب طيب أردوغان الوزير.", []),
    ("بلغت نسبة النمو صفر بالمائة.", []),
    ("وأكد رمضان أن الاتفاق نهائي.", []),
]

DECADES_CENTURIES = [
    ("شهدت المنطقة موجة هجرة في السبعينيات.", [("السبعينيات", "1970/1979")]),
    ("ظلت الحدود مغلقة منذ ثمانينيات القرن الماضي.", [("ثمانينيات القرن الماضي", "1980/1989")]),
    ("وصل التجار خلال الستينيات من القرن التاسع عشر.", [("الستينيات من القرن التاسع عشر", "1860/1869")]),
    ("The policy dates back to the 1990s.", [("the 1990s", "1990/1999")]),
    ("بني المسجد في القرن 19.", [("القرن 19", "1800/1899")]),
    ("شيد القصر في القرن الـ18.", [("القرن الـ18", "1700/1799")]),
    ("دخل الإسلام المنطقة في القرن السابع الميلادي.", [("القرن السابع الميلادي", "0600/0699")]),
    ("شهدت المنطقة حروبا في القرن الماضي.", [("القرن الماضي", "1900/1999")]),
    ("وتوفي الرجل وهو في السبعينيات من عمره.", []),
    ("A man in his seventies was injured.", []),
    ("ووصف الرئيس الخطة بأنها صفقة القرن.", []),
    ("ظل الصراع قائما طوال نصف قرن.", []),
    ("بني المعبد في القرن الخامس قبل الميلاد.", []),
]

YEAR_WORDS = [  # years in words, two-digit years after a year word
    ("وقعت الحادثة عام 91 في بغداد.", [("عام 91", "1991")]),
    ("افتتح الجسر في عام ألفين وعشرة.", [("عام ألفين وعشرة", "2010")]),
    ("ولد الكاتب سنة ألف وتسعمائة وواحد وتسعين.", [("سنة ألف وتسعمائة وواحد وتسعين", "1991")]),
    ("فاز الحزب بالانتخابات عام ألفين وأربعة عشر.", [("عام ألفين وأربعة عشر", "2014")]),
    ("توفي الرجل عن عمر 91 عاما.", []),
    ("وبلغت خسائر العام 15 مليون دينار.", []),
    ("يبلغ اللاعب من العمر 19 عاما.", []),
]

HOLIDAYS = [
    ("احتفل المسلمون بعيد الأضحى 2013 في أجواء هادئة.", [("عيد الأضحى 2013", "2013-10-15")]),
    ("سافر آلاف المواطنين خلال عيد الفطر الماضي.", [("عيد الفطر الماضي", "2014-07-28")]),
    ("تستعد العائلات لعطلة عيد الأضحى المقبل.", [("عيد الأضحى المقبل", "2015-09-23")]),
    ("تعطلت المصالح بمناسبة رأس السنة الهجرية 1437.", [("رأس السنة الهجرية 1437", "2015-10-14")]),
    ("تقام الاحتفالات بعيد الفصح 2016 في الكنائس.", [("عيد الفصح 2016", "2016-03-27")]),
    ("Prices rose ahead of Christmas 2014.", [("Christmas 2014", "2014-12-25")]),
    ("احتفل اللاعب بعيد ميلاده الخمسين.", []),
    ("وقال المدرب سامي عيد إن الفريق جاهز.", []),
    ("أقيمت صلاة العيد في الساحات العامة.", []),
    ("احتفلت الأسرة بعيد الميلاد الأول للطفل.", []),
]

AFTER_AGO = [
    ("ستنتهي الأشغال بعد ثلاث سنوات.", [("بعد ثلاث سنوات", "2018")]),
    ("اعتقل عام 2009، وبعد عامين أطلق سراحه.", [("عام 2009", "2009"), ("بعد عامين", "2011")]),
    ("The talks will resume in two weeks.", [("in two weeks", "2015-W27")]),
    ("بدأ المشروع قبل نحو عشر سنوات.", [("قبل نحو عشر سنوات", "2005")]),
    ("The camp opened about 20 years ago.", [("about 20 years ago", "1995")]),
    ("وبعد يومين من اعتقاله أفرج عنه.", []),
    ("وتحدث بعد مرور خمس سنوات على توقيع الاتفاق.", []),
    ("أقال الملك الوزير بعد 20 عاما في منصبه.", []),
    ("تتزايد الأعداد عاما بعد عام.", []),
    ("قضى نحو عشر سنوات في السجن.", []),
]

RANGES = [
    ("أجري المسح خلال الفترة مايو-يونيو 2011.", [("مايو-يونيو 2011", "2011-05/2011-06")]),
    ("امتد الموسم ديسمبر-يناير 2015.", [("ديسمبر-يناير 2015", "2014-12/2015-01")]),
    ("استمرت الحملة من مارس إلى مايو.", [("من مارس إلى مايو", "2015-03/2015-05")]),
    ("عقدت الدورة من 28 مايو إلى 3 يونيو 2011.", [("من 28 مايو إلى 3 يونيو 2011", "2011-05-28/2011-06-03")]),
    ("نشر التقرير في أغسطس/آب 2014.", [("أغسطس/آب 2014", "2014-08")]),
    ("صدر العدد في مارس ومايو 2012.", [("مارس", "2012-03"), ("مايو 2012", "2012-05")]),
]

MONTH_SERIES = [  # numbered Levantine months, Mauritanian names, the year later in the phrase
    ("أعلنت الحكومة الخطة في كانون 2 2015.", [("كانون 2 2015", "2015-01")]),
    ("وصل الوفد في 3 تشرين 2 الماضي.", [("3 تشرين 2 الماضي", "2014-11-03")]),
    ("صدر القانون في 15 ك2 2015.", [("15 ك2 2015", "2015-01-15")]),
    ("أعلنت النتائج في 5 أغشت 2015.", [("5 أغشت 2015", "2015-08-05")]),
    ("عاد الرئيس في دجمبر الماضي.", [("دجمبر الماضي", "2014-12")]),
    ("وقعت الحادثة في العاشر من شهر أكتوبر في سنة 2014.",
     [("العاشر من شهر أكتوبر في سنة 2014", "2014-10-10")]),
    ("أعلن القرار في الخامس من يناير للعام 2016.", [("الخامس من يناير للعام 2016", "2016-01-05")]),
    ("وصل الوفد في 3 مارس، وفي عام 2012 عاد.", [("3 مارس", "2015-03-03"), ("عام 2012", "2012")]),
]

WEEKDAY_DAYS = [  # the weekday picks the year; the day before yesterday; yesterday
    ("أعلنت اللجنة النتائج يوم الخميس 15 أغسطس.", [("يوم الخميس 15 أغسطس", "2013-08-15")], D),
    ("وصل الوفد يوم الاثنين 2 نوفمبر.", [("يوم الاثنين 2 نوفمبر", "2015-11-02")], P),
    ("عقد الاجتماع يوم الأحد 2 نوفمبر.", [("يوم الأحد 2 نوفمبر", "2014-11-02")], P),
    ("الجمعة 13 يونيو الجاري", [("الجمعة 13 يونيو الجاري", "2015-06-13")], P),  # a slip: الجاري wins
    ("الثلاثاء 16 يونيو", [("الثلاثاء 16 يونيو", "2015-06-16")], P),  # near publication
    ("السبت السادس عشر", [("السبت السادس عشر", "2013-02-16")], D),
    ("وقعت الحادثة قبل يوم أمس.", [("قبل يوم أمس", "2015-06-13")], P),
    ("اعتقل الناشط قبل البارحة.", [("قبل البارحة", "2015-06-13")], P),
    ("وأعلنت الشرطة في اليوم المنصرم اعتقال ثلاثة.", [("اليوم المنصرم", "2015-06-14")], P),
    ("وتتواصل طيلة الأسابيع الثلاثة الأولى من هذا الشهر.", [("هذا الشهر", "2015-06")], P),
]


@pytest.mark.parametrize("text,expected", CLITIC + NAMES + HIJRI + DECADES_CENTURIES + YEAR_WORDS
                         + HOLIDAYS + AFTER_AGO + RANGES + MONTH_SERIES)
def test_kinds(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text,expected,published", WEEKDAY_DAYS)
def test_weekdays_and_days(text, expected, published):
    assert _pairs(text, published) == expected


def test_new_kinds_have_precision_kind_and_modifier():
    by_surface = {e.surface: e for e in tag(
        "في أواخر السبعينيات، ثم في القرن 19، وقبل نحو عشر سنوات، وعيد الفطر 2013.", published=P)}
    assert (by_surface["أواخر السبعينيات"].precision, by_surface["أواخر السبعينيات"].modifier) == ("decade", "END")
    assert by_surface["القرن 19"].precision == "century"
    assert by_surface["قبل نحو عشر سنوات"].modifier == "APPROX"
    assert (by_surface["عيد الفطر 2013"].kind, by_surface["عيد الفطر 2013"].anchored) == ("holiday", False)
    assert all(is_timex(e.value) for e in by_surface.values())


def test_without_publication_date_nothing_is_guessed():
    events = tag("بعد ثلاث سنوات، عيد الفطر الماضي، القرن الماضي، من مارس إلى مايو", published=None)
    assert all(e.value == "" and not e.anchored for e in events)


@pytest.mark.parametrize("year,expected", [(2013, "2013-03-31"), (2016, "2016-03-27"), (2019, "2019-04-21"),
                                           (2000, "2000-04-23"), (2024, "2024-03-31")])
def test_easter(year, expected):
    assert easter(year).isoformat() == expected


def test_holiday_days():
    adha = {"calendar": "hijri", "month": "12", "day": "10"}
    assert holiday_in_year(adha, 2013).isoformat() == "2013-10-15"
    assert holiday_in_year(adha, 1436, hijri_year=True).isoformat() == "2015-09-23"
    assert holiday_near(adha, D, direction=0).isoformat() == "2012-10-26"  # nearest: the last one
    assert holiday_near(adha, D, direction=1).isoformat() == "2013-10-15"
    labour = {"calendar": "gregorian", "month": "5", "day": "1"}
    assert holiday_near(labour, P, direction=-1).isoformat() == "2015-05-01"


def test_weekday_helpers():
    assert year_for_weekday(D, 8, 15, 4) == 2013  # 15 August 2013 is a Thursday
    assert year_for_weekday(D, 2, 30, 1) is None
    assert day_with_weekday(D, 16, 6).isoformat() == "2013-02-16"


def test_thirtieth_of_a_29_day_hijri_month_is_the_next_day():
    assert hijri_value(1433, 2, 29)[0] == "2012-01-23"
    assert hijri_value(1433, 2, 30)[0] == "2012-01-24"


def test_century_before_1000_has_a_span():
    assert value_span("0600/0699") == (dt.date(600, 1, 1), dt.date(699, 12, 31))
