"""Round 12: voices of open-world actors on articles the rules were never shaped on (issue 20, quote stage).

Table-driven, written before the rules they check, Arabic and English, both sides, with as many negatives as
positives.  A third of the round's probes are kept in :mod:`tests.test_quotes_round12_held` (not looked at while
the rules were changed).  Each text is read as a probe document by the whole pipeline.  Kinds (the id's letter):

- ``r`` an unnamed role that names its holder («رئيسها الشيخ X للحاضرين», "the group's director, Y, told …"):
  the holder speaks, never the hearer after لـ nor the honorific;
- ``p`` an apposition or relative clause between the subject and its verb («تركيا، التي تستضيف …، دعت»,
  "X of a union in Central Java, said", «وقال رجل الأعمال X، الذي …، إن»): the subject speaks, not the
  apposition's noun;
- ``s`` asides ("…, Zenz wrote in the same report, …", «بحسب ما ذكره التقرير نفسه»);
- ``n`` an organisation's name followed by a nationality adjective («موقع … الأمريكي»، «شركة "…" الجزائرية»,
  "Britain's Guardian"): the organisation speaks, never its country; a state's ministry or agency is the state;
- ``k`` groups that speak ("protesters chanted", «وردد المتظاهرون»): the group of ``groups.tsv`` where one fits,
  no state made up where none does;
- ``m`` family-name and role re-mentions across paragraphs keep the person introduced before.

Each row: ``(id, text, verb, expectation)``: the expectations of :func:`test_quotes_round11.pipeline_errors`, and
``("=actor", actor)``: some row with the verb has that actor.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.probes import probe_document
from test_quotes_round11 import pipeline_errors, shape_ok

NONE = None


def round12_errors(item: str, text: str, verb: str, want) -> list[tuple]:
    """What is wrong with a text's quotes or stances (empty: nothing); ``("=actor", a)`` read here.

    Args:
        item: the row's id.
        text: the document.
        verb: a part of the quote's verb.
        want: the expectation.

    Returns:
        The rows that break it, or ``[("no row", …)]``; ``[]`` when it holds.
    """
    if want is None or want[0] != "=actor":
        return pipeline_errors(item, text, verb, want)
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    found = analyze_rows(probe_document({"id": item, "text": text, "lang": lang, "note": ""}),
                         tables=("quotes",), scope="all")
    rows = [r for r in pd.DataFrame(found["quotes"], columns=["speaker", "actor", "verb"]).itertuples()
            if verb in r.verb]
    return [] if any(r.actor == want[1] for r in rows) else [(r.verb, r.speaker, r.actor) for r in rows] or [
        ("no row", verb)]


def shape12_ok(rows, *, min_rows: int, min_arabic: int) -> bool:
    """:func:`test_quotes_round11.shape_ok`, an ``"=actor"`` row counting as a positive.

    Args:
        rows: ``(id, text, verb, want)`` rows.
        min_rows: the least number of rows; min_arabic: the least number of Arabic rows and of other rows.

    Returns:
        True when the table has that shape.
    """
    return shape_ok([(i, t, v, ("+", "+") if w and w[0] == "=actor" else w) for i, t, v, w in rows],
                    min_rows=min_rows, min_arabic=min_arabic)


ROWS = [
    # r: an unnamed role that names its holder
    ("r01", "نظمت جمعية الوفاء للأقليات وقفة أمام السفارة الصينية. وقال رئيسها الشيخ سليمان الحداد للحاضرين إن "
            "الصين تضطهد الإيغور في شينجيانغ.", "وقال", ("سليمان الحداد", "سليمان الحداد")),
    ("r02", "نظمت جمعية الوفاء للأقليات وقفة أمام السفارة الصينية. وقال رئيسها الشيخ سليمان الحداد للحاضرين إن "
            "الصين تضطهد الإيغور في شينجيانغ.", "وقال", ("!", "للحاضرين")),
    ("r03", "اجتمع أعضاء رابطة المغتربين في قاعة البلدية. وقال أمينها العام الدكتور نادر سالم للصحفيين إن أقارب "
            "الأعضاء محتجزون في معسكرات شينجيانغ.", "وقال", ("نادر سالم", "نادر سالم")),
    ("r04", "اجتمع أعضاء رابطة المغتربين في قاعة البلدية. وقال أمينها العام الدكتور نادر سالم للصحفيين إن أقارب "
            "الأعضاء محتجزون في معسكرات شينجيانغ.", "وقال", ("!", "الدكتور")),
    ("r05", "The Tarim Relief Network held a vigil in Brussels. The network's director, Aziz Tohti, told reporters "
            "that his sister was held in a camp in Xinjiang.", "told", ("=actor", "Aziz Tohti")),
    ("r06", "The Tarim Relief Network held a vigil in Brussels. The network's director, Aziz Tohti, told reporters "
            "that his sister was held in a camp in Xinjiang.", "told", ("!actor", "Belgium")),
    # p: an apposition between the subject and its verb
    ("p01", "تركيا، التي تستضيف جالية أويغورية كبيرة، دعت الصين إلى إغلاق المعسكرات في شينجيانغ.", "دعت",
     ("=actor", "Turkey")),
    ("p02", "تركيا، التي تستضيف جالية أويغورية كبيرة، دعت الصين إلى إغلاق المعسكرات في شينجيانغ.", "دعت",
     ("!actor", "China")),
    ("p03", "كازاخستان، التي تحد إقليم شينجيانغ، قالت إنها تحترم سيادة الصين على أراضيها.", "قالت",
     ("!actor", "China")),
    ("p04", "وقال رجل الأعمال الأردني سامي خوري، الذي يستورد القطن من شينجيانغ، إن المصانع هناك لا تستخدم العمل "
            "القسري.", "وقال", ("سامي خوري", "سامي خوري")),
    ("p05", "وقال رجل الأعمال الأردني سامي خوري، الذي يستورد القطن من شينجيانغ، إن المصانع هناك لا تستخدم العمل "
            "القسري.", "وقال", ("!actor", "Jordan")),
    ("p06", "Budi Santoso of a farmers' union in Central Java said the camps in Xinjiang should be investigated.",
     "said", ("Budi Santoso", "Budi Santoso")),
    ("p07", "Budi Santoso of a farmers' union in Central Java said the camps in Xinjiang should be investigated.",
     "said", ("!", "Central Java")),
    ("p08", "Kazakhstan, home to many ethnic Kazakhs who fled Xinjiang, said it would not interfere in China's "
            "affairs.", "said", ("Kazakhstan", "Kazakhstan")),
    ("p09", "The Turkic Rights Centre, which documents detentions in Xinjiang, said the camps were growing.", "said",
     ("!actor", "China")),
    # s: asides
    ("s01", "Adrian Zenz published a study of birth rates in 2020.\n\nIn Hotan, Zenz wrote in the same report, "
            "births fell by more than half as sterilisation was forced on Uyghur women.", "wrote",
     ("=actor", "Adrian Zenz")),
    ("s02", "Adrian Zenz published a study of birth rates in 2020.\n\nIn Hotan, Zenz wrote in the same report, "
            "births fell by more than half as sterilisation was forced on Uyghur women.", "wrote",
     ("!actor", "China")),
    ("s03", "أصدرت منظمة العفو الدولية تقريرا عن شينجيانغ. وتضم المعسكرات، بحسب ما ذكره التقرير نفسه، أكثر من "
            "مليون محتجز.", "بحسب", ("!actor", "China")),
    # n: an organisation followed by a nationality adjective
    ("n01", "وذكر موقع سيلفر نيوز الأمريكي أن الصين بنت مئات المعسكرات في شينجيانغ.", "وذكر",
     ("!actor", "United States")),
    ("n02", "ودشنت شركة \"نجمة الصحراء\" الجزائرية خطا جويا إلى أورومتشي، وقالت في بيان إنها تتوقع طلبا قويا.",
     "وقالت", ("!actor", "Algeria")),
    ("n03", "ودشنت شركة \"نجمة الصحراء\" الجزائرية خطا جويا إلى أورومتشي، وقالت في بيان إنها تتوقع طلبا قويا.",
     "وقالت", ("=actor", "نجمة الصحراء")),
    ("n04", "وقالت وزارة الخارجية الجزائرية إن الجزائر تدعم موقف الصين في شينجيانغ.", "وقالت",
     ("=actor", "Algeria")),
    ("n05", "Japan's Uniqlo said it had no cotton from Xinjiang in its supply chain.", "said",
     ("!actor", "Japan")),
    ("n06", "Turkey's foreign ministry said on Monday that the camps in Xinjiang were a disgrace.", "said",
     ("=actor", "Turkey")),
    # k: groups that speak
    ("k01", "Protesters outside the embassy chanted that China was committing genocide in Xinjiang.", "chanted",
     ("=actor", "Activists")),
    ("k02", "وقال متظاهرون أمام القنصلية إن الصين ترتكب إبادة جماعية في شينجيانغ.", "وقال", ("=actor", "Activists")),
    ("k03", "وقال المشاركون في الندوة بتونس إن شينجيانغ تشهد تنمية كبيرة.", "وقال", ("!actor", "Tunisia")),
    ("k04", "Participants at the forum in Beijing said Xinjiang had seen great progress.", "said",
     ("!actor", "China")),
    # m: re-mentions across paragraphs
    ("m01", "يستعد الروائي الجزائري نور الدين بلحاج لإصدار روايته الجديدة عن كاشغر.\n\nوقال بلحاج إن الإيغور "
            "يعيشون في خوف دائم.", "وقال", ("=actor", "نور الدين بلحاج")),
    ("m02", "يستعد الروائي الجزائري نور الدين بلحاج لإصدار روايته الجديدة عن كاشغر.\n\nوقال بلحاج إن الإيغور "
            "يعيشون في خوف دائم.", "وقال", ("!actor", "Algeria")),
    ("m03", "Gulnar Tohti, a teacher from Kashgar, arrived in Istanbul in 2017.\n\nTohti said her husband was "
            "still held in a camp.", "said", ("=actor", "Gulnar Tohti")),
    ("m04", "قالت الناشطة زينب توختي إن شقيقها محتجز في معسكر.\n\nوتستضيف تركيا آلاف الأويغور منذ سنوات.\n\n"
            "وأضافت توختي أن الصين تمنع أسرتها من السفر.", "وأضافت", ("!actor", "Turkey")),
    ("m05", "Rahima Nur, a Uyghur activist, said China was committing genocide.\n\nBritain has not responded. "
            "She added that her brother had disappeared.", "added", ("!actor", "United Kingdom")),
    ("m06", "Rahima Nur, a Uyghur activist, said China was committing genocide.\n\nBritain has not responded. "
            "Nur added that her brother had disappeared.", "added", ("=actor", "Rahima Nur")),
]


# Rows the rules do not get right yet (strict: a row that passes must leave this set).
# s01: "In Hotan, Zenz wrote in the same report, births fell …": an aside with "wrote" and a family name is no quote;
# n01: an outlet named without quotation marks (موقع سيلفر نيوز الأمريكي) still speaks for its adjective's state;
# k01: "chanted" is no speech verb; k02: «متظاهرون أمام القنصلية» is not read as the group (Activists);
# m01: «نور الدين بلحاج لإصدار …» runs on into the verb's object.  (k03, «المشاركون في الندوة بتونس» for Tunisia,
# passes since round 13: participants refer back to a group named before, else to nobody.)
OPEN = {"s01", "n01", "k01", "k02", "m01"}


@pytest.mark.parametrize(("item", "text", "verb", "want"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if row[0] in OPEN else row for row in ROWS],
    ids=[r[0] for r in ROWS])
def test_round12_speaker(item, text, verb, want):
    wrong = round12_errors(item, text, verb, want)
    assert not wrong, wrong


def test_round12_table_has_both_languages_and_negatives():
    """The table holds 34 rows, both languages, and about as many negatives as positives."""
    assert shape12_ok(ROWS, min_rows=34, min_arabic=14)
