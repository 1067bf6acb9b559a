"""Temporal tagger on newsroom language: parts of a year, seasons, ranges, anaphora, weekday checks.

Sentences are written for these tests in the style of Arabic (mostly Tunisian)
news copy.  Publication dates: P = Wednesday 2015-10-14 (autumn 2015, Hijri
1 Muharram 1437), J = Wednesday 2016-01-20, H = Thursday 2015-08-20 (Hijri
5 Dhu al-Qadah 1436).  Expected values were worked out by hand from the
calendar (Umm al-Qura for Hijri: 10 Dhu al-Hijjah 1436 = 2015-09-23).
"""

import datetime as dt
import json
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.extract.temporal.calendar import value_span
from helpers.extract.temporal.periods import is_timex
from helpers.extract.temporal.rows import event_rows, tag, tag_with_note

P = dt.date(2015, 10, 14)
J = dt.date(2016, 1, 20)
H = dt.date(2015, 8, 20)
PRECISIONS = {"day", "week", "month", "quarter", "half", "season", "year", "span"}

# (text, publication date, surface, value, precision)
ROWS = [
    # --- quarters and halves (Tunisian الثلاثي/السداسي too) ---
    ("ارتفعت الصادرات خلال الثلاثي الثالث من سنة 2014 بنسبة طفيفة", P,
     "الثلاثي الثالث من سنة 2014", "2014-Q3", "quarter"),
    ("تراجع العجز التجاري في الربع الأول من 2015", P, "الربع الأول من 2015", "2015-Q1", "quarter"),
    ("سجلت البورصة مكاسب في النصف الثاني من العام الماضي", P,
     "النصف الثاني من العام الماضي", "2014-H2", "half"),
    ("تحسن الإنتاج خلال السداسي الأول من هذا العام", P, "السداسي الأول من هذا العام", "2015-H1", "half"),
    ("ينتظر أن يتحسن النمو في الثلاثية الأخيرة من السنة الجارية", P,
     "الثلاثية الأخيرة من السنة الجارية", "2015-Q4", "quarter"),
    ("نشر المعهد الأرقام الخاصة بالربع الثاني", P, "الربع الثاني", "2015-Q2", "quarter"),
    ("وتم ذلك إلى حدود الثلاثية الرابعة لسنة 2016", P, "الثلاثية الرابعة لسنة 2016", "2016-Q4", "quarter"),
    # --- seasons ---
    ("تستعد البلديات لفصل الشتاء بجهر الأودية", P, "فصل الشتاء", "2016-WI", "season"),
    ("زار الوفد المدينة في صيف 2013", P, "صيف 2013", "2013-SU", "season"),
    ("انتقل اللاعب إلى ناديه الجديد الصيف الماضي", P, "الصيف الماضي", "2015-SU", "season"),
    ("تنطلق الأشغال خلال الخريف المقبل", P, "الخريف المقبل", "2016-FA", "season"),
    ("يعقد المؤتمر هذا الربيع", J, "هذا الربيع", "2016-SP", "season"),
    ("تساقطت الثلوج بكثافة خلال شتاء العام الماضي", P, "شتاء العام الماضي", "2014-WI", "season"),
    # --- seasons that cross the new year: football, school, harvest; fiscal years ---
    ("يحتل الفريق المركز الثالث في الموسم الحالي", P, "الموسم الحالي", "2015/2016", "span"),
    ("تألق المهاجم في الموسم الماضي", P, "الموسم الماضي", "2014/2015", "span"),
    ("يحتل الفريق المرتبة الأولى في الترتيب هذا الموسم", J, "هذا الموسم", "2015/2016", "span"),
    ("أحرز النادي اللقب خلال موسم 2013-2014", P, "موسم 2013-2014", "2013/2014", "span"),
    ("تم ترسيم الطلبة بعنوان السنة الجامعية الحالية", P, "السنة الجامعية الحالية", "2015/2016", "span"),
    ("صادق المجلس على ميزانية السنة المالية 2016", P, "السنة المالية 2016", "2016", "year"),
    # --- ranges and multi-year spans ---
    ("تضاعف عدد الأطباء بين عامي 2010 و2014", P, "بين عامي 2010 و2014", "2010/2014", "span"),
    ("ارتفعت الأسعار في عامي 2010 و2012", P, "عامي 2010 و2012", "2010/2012", "span"),
    ("خلال الفترة الممتدة من جانفي إلى أوت 2015", P, "من جانفي إلى أوت 2015", "2015-01/2015-08", "span"),
    ("يمتد موسم الصيد من نوفمبر إلى فيفري 2016", P, "من نوفمبر إلى فيفري 2016", "2015-11/2016-02", "span"),
    ("ضمن المخطط الخماسي 2016-2020", P, "2016-2020", "2016/2020", "span"),
    ("تجرى المسابقة من 22 إلى 27 ماي 2017", P, "22 إلى 27 ماي 2017", "2017-05-22/2017-05-27", "span"),
    ("انطلق الإضراب يومي 16و17 جوان 2016", P, "16و17 جوان 2016", "2016-06-16/2016-06-17", "span"),
    # --- the last or next N units ---
    ("تهاطلت الأمطار بغزارة خلال الأيام الثلاثة الماضية", P,
     "الأيام الثلاثة الماضية", "2015-10-11/2015-10-13", "span"),
    ("تغيرت البلاد كثيرا خلال السنوات العشرين الماضية", P,
     "السنوات العشرين الماضية", "1995/2014", "span"),
    ("تضاعف الإنتاج في الخمس سنوات الأخيرة", P, "الخمس سنوات الأخيرة", "2010/2014", "span"),
    ("يتوقع ارتفاع الطلب خلال الأشهر الستة المقبلة", P, "الأشهر الستة المقبلة", "2015-11/2016-04", "span"),
    # --- month + من عام, pairs without a separator, Tunisian modifiers ---
    ("وقع الاتفاق في شهر مارس من عام 2013", P, "شهر مارس من عام 2013", "2013-03", "month"),
    ("تتواصل الأزمة منذ مارس آذار 2013", P, "مارس آذار 2013", "2013-03", "month"),
    ("بلغ العجز حتى موفى ماي 2015 نحو مليار دينار", P, "موفى ماي 2015", "2015-05", "month"),
    ("يعلن عن النتائج مطلع شهر جوان", P, "مطلع شهر جوان", "2015-06", "month"),
    ("انخفضت الأسعار خلال الشهر الفارط", P, "الشهر الفارط", "2015-09", "month"),
    ("سجل خلال السنة الفارطة تراجعا", P, "السنة الفارطة", "2014", "year"),
    # --- Hijri: a day of the next Hijri month in a Hajj context; Hijri year ranges ---
    ("يصل الحجيج إلى عرفات في التاسع من الشهر المقبل", H, "التاسع من الشهر المقبل", "2015-09-22", "day"),
    ("يصرف المبلغ في العاشر من الشهر المقبل", H, "العاشر من الشهر المقبل", "2015-09-10", "day"),
    ("خلال الفترة 1435-1436 هـ", P, "1435-1436 هـ", "2013-11-04/2015-10-13", "span"),
    # --- English ---
    ("Growth slowed in the first half of 2015.", P, "the first half of 2015", "2015-H1", "half"),
    ("Profits rose in Q2 2015.", P, "Q2 2015", "2015-Q2", "quarter"),
    ("The striker scored twelve goals last season.", P, "last season", "2014/2015", "span"),
    ("Rain fell over the past three days.", P, "the past three days", "2015-10-11/2015-10-13", "span"),
    ("Fans travelled in the summer of 2014.", P, "summer of 2014", "2014-SU", "season"),
    ("Prices fell between 2004 and 2009.", P, "between 2004 and 2009", "2004/2009", "span"),
]


@pytest.mark.parametrize("text,published,surface,value,precision", ROWS, ids=[r[2][:30] for r in ROWS])
def test_spans_and_parts(text, published, surface, value, precision):
    found = {e.surface: e for e in tag(text, published=published)}
    assert surface in found, [e.surface for e in found.values()]
    e = found[surface]
    assert (e.value, e.precision) == (value, precision)
    assert text[e.start:e.end] == surface


def test_start_of_a_half_keeps_its_modifier():
    (e,) = tag("تنطلق الأشغال مطلع النصف الثاني من 2016", published=P)
    assert (e.surface, e.value, e.precision, e.modifier) == ("مطلع النصف الثاني من 2016", "2016-H2", "half", "START")


# (text, published, surface, value, anchor): anaphora against the last date the text gave
ANAPHORA = [
    ("وصل الوفد يوم 3 مارس 2012، وفي اليوم ذاته التقى الرئيس", P, "اليوم ذاته", "2012-03-03", "previous"),
    ("بلغ التضخم 4 بالمائة في سبتمبر 2014 مقابل 5 بالمائة في الشهر نفسه من العام السابق", P,
     "الشهر نفسه من العام السابق", "2013-09", "previous"),
    ("حقق الفريق اللقب سنة 2010 بعد خسارته النهائي في العام الذي سبقه", P,
     "العام الذي سبقه", "2009", "previous"),
    ("أنشئ المصنع في 2013 وبدأ الإنتاج في الربع الرابع من العام نفسه", P,
     "الربع الرابع من العام نفسه", "2013-Q4", "previous"),
    ("أوقف المشتبه به أمس ثم أطلق سراحه في اليوم الموالي", P, "اليوم الموالي", "2015-10-14", "previous"),
    ("وفي اليوم التالي خرج المحتجون إلى الشارع", P, "اليوم التالي", "2015-10-15", "publication"),
    ("ارتفعت الأسعار في سبتمبر 2015 مقارنة بنفس الشهر من السنة المنقضية", P,
     "نفس الشهر من السنة المنقضية", "2014-09", "publication"),
    ("ارتفع المؤشر في فيفري 2016 مقابل تراجع في جانفي من نفس السنة", P,
     "جانفي من نفس السنة", "2016-01", "previous"),
    ("Talks began on 4 May 2014 and ended the same day.", P, "the same day", "2014-05-04", "previous"),
    ("The minister resigned in 2011; the previous year he had won.", P, "the previous year", "2010", "previous"),
]


@pytest.mark.parametrize("text,published,surface,value,anchor", ANAPHORA, ids=[r[2][:30] for r in ANAPHORA])
def test_anaphora(text, published, surface, value, anchor):
    found = {e.surface: e for e in tag(text, published=published)}
    assert surface in found, list(found)
    e = found[surface]
    assert (e.value, e.anchor) == (value, anchor)
    assert e.anchored == (anchor == "publication")


def test_anaphor_without_any_date_has_no_value():
    (e,) = tag("وفي اليوم ذاته أعلنت الوزارة", published=None)
    assert (e.value, e.anchor, e.anchored) == ("", "none", False)


def test_anchor_column_in_event_rows():
    rows = event_rows("أعلن أمس عن 5 ماي 2014، وفي اليوم نفسه وقعت الاتفاقية", doc_id="d", published=P)
    assert [(r["surface"], r["anchor"]) for r in rows] == [
        ("أمس", "publication"), ("5 ماي 2014", "none"), ("اليوم نفسه", "previous")]


@pytest.mark.parametrize("text,value,matched", [
    ("أكد الوزير اليوم الاثنين أن الحكومة ماضية في الإصلاحات", "2015-10-12", False),
    ("تنطلق المقابلة غدا الجمعة على الساعة الثالثة", "2015-10-16", False),
    ("صرح المدير اليوم الأربعاء بأن الموسم ناجح", "2015-10-14", True),
    ("قال المسؤول أمس الثلاثاء إن الطريق مغلقة", "2015-10-13", True),
])
def test_weekday_wins_over_the_publication_date(text, value, matched):
    (e,), note = tag_with_note(text, published=P)
    assert e.value == value
    assert ("weekday wins" in e.note) == (not matched)
    assert bool(note) == (not matched)
    if not matched:
        assert P.isoformat() in note


def test_one_matching_today_clears_the_document_note():
    _, note = tag_with_note("أكد اليوم الاثنين أن… وأضاف اليوم الأربعاء أن", published=P)
    assert note == ""


# --- fewer false hits: rates, recurring dates, counts and index points ---

@pytest.mark.parametrize("text", [
    "يعمل العمال ثماني ساعات في اليوم",
    "تقام التظاهرة يوم 20 مارس من كل عام",
    "يحتفل المسلمون بالمولد كل عام في 12 ربيع الأول من كل سنة",
    "تفتح السوق الأسبوعية كل يوم الأحد",
    "أغلق المؤشر المرجعي عند 1250 نقطة",
    "صعد المؤشر إلى 1330 نقطة",
    "استقبل المهرجان ١٥٠٠ زائر",
    "بلغت قيمة الصادرات 1454 م.د مقابل 996 م د",
    "نجح في الامتحان 2033 تلميذا",
    "قدرت المداخيل ب1095 مليون دينار",
    "ارتفعت إلى 1279.9 مليون دينار",
    "خطة لإنشاء مستوطنة على المريخ بحلول 2117",
    "قال الأمين العام السابق للنقابة إن",
    "أكد الأمين العام نفسه أن المفاوضات متواصلة",
    "سجل اللاعب هدفا في النصف الثاني من المباراة",
])
def test_not_dates(text):
    assert [e.surface for e in tag(text, published=P)] == []


# --- the Maghrebi month series, with Tunisian spellings ---

MAGHREBI = [("جانفي", 1), ("فيفري", 2), ("مارس", 3), ("أفريل", 4), ("افريل", 4), ("ماي", 5),
            ("جوان", 6), ("جويلية", 7), ("أوت", 8), ("اوت", 8), ("سبتمبر", 9), ("أكتوبر", 10),
            ("نوفمبر", 11), ("ديسمبر", 12)]


@pytest.mark.parametrize("name,month", MAGHREBI)
def test_maghrebi_months(name, month):
    (e,) = tag(f"انعقدت الدورة يوم 7 {name} 2014 بالعاصمة", published=P)
    assert (e.surface, e.value) == (f"7 {name} 2014", f"2014-{month:02d}-07")
    (e,) = tag(f"تراجعت المبيعات خلال شهر {name} الفارط", published=P)
    year = 2015 if month < 10 else 2014
    assert (e.surface, e.value, e.anchored) == (f"شهر {name} الفارط", f"{year}-{month:02d}", True)


def test_listed_months_take_the_year_of_the_last():
    found = tag("انتعش النشاط خلال أشهر جويلية وأوت وسبتمبر 2015", published=J)
    assert [(e.surface, e.value, e.anchored) for e in found] == [
        ("جويلية", "2015-07", False), ("أوت", "2015-08", False), ("سبتمبر 2015", "2015-09", False)]


# --- every value is TIMEX3 ---

_PIECES = ["في", "من", "الربع", "الثلاثي", "النصف", "السداسي", "الأول", "الثاني", "الثالث", "الأخيرة",
           "فصل", "الشتاء", "صيف", "الموسم", "موسم", "السنة", "المالية", "الجامعية", "عامي", "بين", "و",
           "2014", "2015", "-", "/", "2016", "1436", "هـ", "الماضي", "الحالي", "المقبل", "الفارط", "هذا",
           "العام", "نفسه", "ذاته", "اليوم", "الشهر", "السابق", "الذي", "سبقه", "الأيام", "الثلاثة",
           "السنوات", "العشرين", "الماضية", "جانفي", "أوت", "إلى", "7", "22", "مارس", "آذار", "ماي",
           "الاثنين", "غدا", "الجمعة", "التاسع", "الحج", "Q2", "the", "first", "half", "of", "last",
           "season", "same", "day", "summer", "between", "and", "،", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from([None, P, J, H]))
def test_every_value_is_timex(pieces, published):
    text = " ".join(pieces)
    for e in tag(text, published=published):
        assert text[e.start:e.end] == e.surface
        assert e.precision in PRECISIONS
        assert e.anchor in {"publication", "previous", "none"}
        if e.value:
            assert is_timex(e.value), e.value
            assert value_span(e.value) is not None, e.value
        if e.anchored:
            assert e.anchor == "publication"


@pytest.mark.parametrize("value,first,last", [
    ("2015-Q2", "2015-04-01", "2015-06-30"), ("2015-H2", "2015-07-01", "2015-12-31"),
    ("2016-WI", "2015-12-01", "2016-02-29"), ("2015-FA", "2015-09-01", "2015-11-30"),
    ("2015/2016", "2015-01-01", "2016-12-31"), ("2015-01/2015-08", "2015-01-01", "2015-08-31"),
])
def test_value_span_of_parts(value, first, last):
    assert value_span(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["2015-Q5", "2015-H3", "2015-XX", "15-Q1", "2015/", "2015-13"])
def test_is_timex_rejects(value):
    assert not is_timex(value)


# --- the real archive: counts per rule, and no year outside 1000-2100 (but a century's) ---

def _published(text: str) -> dt.date | None:
    if not text:
        return None
    if "/" in text:
        day, month, year = text.split("/")
        return dt.date(int(year), int(month), int(day))
    return dt.date.fromisoformat(text)


def test_ant_archive_rules_and_years(ant_path, capsys):
    rules, precisions, anchors = Counter(), Counter(), Counter()
    maghrebi_seen = Counter()
    out_of_range, other_words = [], []
    with open(ant_path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for e in tag(record["text"], published=_published(record.get("published", ""))):
                rules[e.rule] += 1
                if e.surface in ("اب", "أب", "إب"):  # باب = ب + آب, أب "father": never a month alone
                    other_words.append((record["id"], e.surface))
                precisions[e.precision] += 1
                anchors[e.anchor] += 1
                for name, _ in MAGHREBI:
                    if name in e.surface:
                        maghrebi_seen[name] += 1
                if not e.value or e.kind == "hijri":
                    continue
                assert is_timex(e.value), (record["id"], e.surface, e.value)
                years = [int(part[:4]) for part in e.value.split("/")]
                if e.precision == "century":  # القرن السابع: 0600/0699, older than any year
                    continue
                if not all(1000 <= y <= 2100 for y in years):
                    out_of_range.append((record["id"], e.surface, e.value))
    with capsys.disabled():
        print("\nrows per rule:", dict(rules.most_common()))
        print("rows per precision:", dict(precisions.most_common()))
        print("rows per anchor:", dict(anchors.most_common()))
    assert not out_of_range, out_of_range[:10]
    assert not other_words, other_words[:10]
    assert all(maghrebi_seen[name] for name, _ in MAGHREBI), maghrebi_seen
    for rule in ("prt", "sea", "cyc", "pl", "ana", "yrr", "mrr"):
        assert rules[rule] > 0, rule


def test_pipeline_writes_date_note_and_anchor():
    from helpers.engine.pipeline import analyze_rows, tables_of
    from helpers.io.corpus import Document

    doc = Document(doc_id="d1", file="d1.txt", published=P,
                   raw="أكد الوزير اليوم الاثنين أن المشروع سينطلق، وفي اليوم ذاته زار الجهة.")
    tables = analyze_rows(doc, tables=("documents", "events"), scope="all")
    assert "text written on 2015-10-12" in tables["documents"][0]["date_note"]
    assert [(r["value"], r["anchor"]) for r in tables["events"]] == [
        ("2015-10-12", "publication"), ("2015-10-12", "previous")]
    assert "date_note" in tables_of(tables)["documents"].columns
