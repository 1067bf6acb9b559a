"""Round 10, the held-back third: the kinds of :mod:`tests.test_quotes_round10`, other words.

Written with the rest of the round's probes, before any rule, and not looked at (not run) while the rules were
changed; scored once at the end (the figures are in bench/SPEAKERS_ROUND8.md, "Round 10").  Same format and
kinds as :mod:`tests.test_quotes_round10`.
"""

import pytest

from helpers.extract.quotes.rows import find_quotes
from probe_support import quote_row_errors, quote_table_shape

NONE = None


ROWS = [
    # p: a state office of a place of the topic
    ("ph1", "وقالت هيئة المياه في خوتان إن السد الجديد اكتمل.", "وقالت", ("هيئة المياه في خوتان", "China")),
    ("ph2", "The education bureau of Hotan said the new schools would open in September.", "said",
     ("The education bureau of Hotan", "China")),
    ("ph3", "وقالت محكمة في تورفان إن الجلسة أجلت إلى الاثنين.", "وقالت", ("محكمة في تورفان", "China")),
    ("ph4", "وقالت إدارة الصحة في عمان إن المستشفيات جاهزة.", "وقالت", ("!actor", "China")),
    ("ph5", "The water bureau said farmers in Xinjiang would get more water this summer.", "said",
     ("!actor", "China")),
    ("ph6", "وقال مصنع للنسيج في أقسو إن الطلبات تراجعت هذا العام.", "وقال", ("!actor", "China")),
    # n: where an Arabic name ends
    ("nh1", "وقالت الصحفية منى علي إن العائلات الإيغورية تبحث عن أبنائها.", "وقالت", ("منى علي", "منى علي")),
    ("nh2", "وقال الناشط هشام بن عمر إن السلطات الصينية تراقب المساجد.", "وقال", ("هشام بن عمر", "هشام بن عمر")),
    ("nh3", "أما الخبير ماجد رضا فقال إن الاستثمارات في شينجيانغ حقيقية.", "فقال", ("ماجد رضا", "ماجد رضا")),
    ("nh4", "وقال المحامي نادر سليم على الفور إن موكله الإيغوري بريء.", "وقال", ("!", "على")),
    ("nh5", "وقالت الطبيبة هالة منصور أمام الصحفيين إن المرضى الإيغور بخير.", "وقالت", ("!", "أمام")),
    ("nh6", "التقى الشيخ عادل فهمي بأئمة من شينجيانغ. وقال فهمي إن المساجد مفتوحة.", "وقال", ("!", "بأئمة")),
    # i: the speaker after the verb, with a role
    ("ih1", "Nobody in Urumqi dares to speak, said the journalist Carl Weber.", "said", ("Carl Weber", "Carl Weber")),
    ("ih2", "If the reports are true, the brand must leave Xinjiang, said the analyst Rita Sousa.", "said",
     ("Rita Sousa", "Rita Sousa")),
    ("ih3", "Xinjiang's cotton is a matter for the courts, said the judge.", "said", ("!", "courts")),
    # d: "add" as an act, not speech
    ("dh1", "Britain added two Xinjiang cotton firms to its import ban.", "added", NONE),
    ("dh2", "The detainees in Xinjiang were never charged, Amnesty International added.", "added",
     ("Amnesty International", "Amnesty International")),
    ("dh3", "Washington added the Xinjiang Production and Construction Corps to its entity list.", "added", NONE),
    # c: a speaker-less verb after a sentence whose subject is a bare name (added before the carry rule)
    ("ch1", "غادر عادل توختي أورومتشي عام 2016. وقال إن أقاربه اختفوا بعد ذلك.", "وقال",
     ("عادل توختي", "عادل توختي")),
    ("ch2", "وصلت مريم قاسم إلى إسطنبول مع أطفالها. وتقول إن زوجها ما زال في المعسكر.", "وتقول",
     ("مريم قاسم", "مريم قاسم")),
    ("ch3", "اعتقلت السلطات مريم قاسم عام 2018. وقالت إن القضية أغلقت.", "وقالت", ("!", "مريم")),
    ("ch4", "وصلت بعثة أممية إلى كاشغر أمس. وقالت إن الزيارة مفيدة.", "وقالت", ("!", "بعثة")),
    # e: a state's adjective, then words, then an official's role (added before the rule)
    ("eh1", "The Pakistani interior minister said Islamabad backed Beijing's policy in Xinjiang.", "said",
     ("Pakistani interior minister", "Pakistan")),
    ("eh2", "The Chinese rights lawyer said the trials in Xinjiang were held in secret.", "said", ("!actor", "China")),
    ("eh3", "The Saudi deputy foreign minister said Riyadh respected China's sovereignty.", "said",
     ("Saudi deputy foreign minister", "Saudi Arabia")),
    # o: an organisation's name ends at its adjective of origin (added before the rule)
    ("oh1", "وحثت منظمة الصحة العالمية السلطات الصينية على التعاون مع المحققين.", "وحثت", ("!", "السلطات")),
    ("oh2", "وقالت منظمة التنمية الإقليمية إن مشاريعها في آسيا الوسطى توقفت.", "وقالت",
     ("منظمة التنمية الإقليمية", "منظمة التنمية الإقليمية")),
    # t: a word written with tanween after a name is the verb's object (added before the rule)
    ("th1", "وأطلق المخرج يوسف باي فيلماً عن شينجيانغ، وقال إنه صوّره سراً.", "وقال", ("!", "فيلم")),
    ("th2", "وأطلق المخرج يوسف باي فيلماً عن شينجيانغ، وقال إنه صوّره سراً.", "وقال", ("يوسف باي", "يوسف باي")),
    # s: a family name alone after the whole name was introduced without speech (added before the rule)
    ("sh1", "شاركت الناشطة رقية توختي في وقفة أمام القنصلية الصينية. وقالت توختي إن شقيقها معتقل منذ 2018.",
     "وقالت", ("توختي", "رقية توختي")),
    ("sh2", "شاركت الناشطة رقية توختي في وقفة أمام القنصلية الصينية. وقالت مريم إن الوقفة ستتكرر.",
     "وقالت", ("!actor", "رقية توختي")),
]


# Scored at the end of round 10 (24/31 right; 14/31 on the code before the round): the rows still wrong (strict: a
# row that passes must leave this set).  Once, after the first rule, this file ran by accident with the others (a
# glob): only its count of failures (6 of its then 18 rows) and nh3's name were seen, and no rule followed from it.
OPEN = {"ph2", "ph3", "ph5", "nh1", "ch1", "ch2", "ch4"}


@pytest.mark.parametrize(("item", "text", "verb", "want"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if row[0] in OPEN else row for row in ROWS],
    ids=[r[0] for r in ROWS])
def test_round10_held_speaker(item, text, verb, want):
    wrong = quote_row_errors(find_quotes(text, doc_id=item), verb, want)
    assert not wrong, wrong


def test_round10_held_table_has_both_languages_and_negatives():
    """Both languages, about as many negatives as positives."""
    assert quote_table_shape(ROWS, min_rows=22, min_arabic=10)
