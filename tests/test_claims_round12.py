"""Issue 20 kind 7, round 12: whose figure it is, and which numbers of a topical document are figures about the topic.

- A government body placed in a state's region speaks for the state: "the regional statistics bureau",
  "Xinjiang's department of …", "a white paper on … the region", «مكتب الإحصاء في الإقليم», «مسؤول في حكومة
  الإقليم» are China (``body`` and ``region`` rows of ``data/claims/state_bodies.tsv``); a body of no region or
  of another state is not.
- A nationality or base that describes an organisation is not the source: "the British paper The Guardian",
  «صحيفة الغارديان البريطانية», "the Washington-based group" (``descriptor`` rows); a state named before a body
  ("a US congressional commission") is the body's state.
- A source carries over only while it still speaks: a sentence that opens with a definite subject referring back
  ("The group based its report on … state media") hands the next pronoun the source named before it, not what it
  used (``subject`` rows of ``data/claims/source_cues.tsv``); "the researchers" who open a sentence are those of
  the institute named before.
- An Arabic verb of estimating names its source after it: «قدّر المعهد … أن», «ويقدّر ناشطون عددهم بـ …» (``after``
  rows of ``data/claims/source_cues.tsv``); an estimate with no one named after the verb stays unsourced.
- A written record speaks for nobody: "the leaked documents show", "according to leaked police files",
  «وفق الوثائق المسربة» give a figure no voice (the outlet's own), unless a person or organisation analysed or cited
  them (``record`` rows of ``data/claims/state_bodies.tsv``).
- A number that counts something else in a topical sentence is no figure: the price of one measure of goods
  ("15,000 yuan a tonne", «45 يوانا للكيلوغرام»: ``price`` rows of ``data/claims/count_units.tsv``) and the sample
  of a survey ("a survey … of 1,200 members": ``sample`` rows), while the money of the campaign and what a survey
  found stay figures.

Each text is my own.
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.probes import probe_document


def _sources(text: str, lang: str) -> set[tuple[str, str]]:
    document = probe_document({"id": "t", "text": text, "lang": lang, "note": ""})
    return {(r["value"], r["attributed_to"]) for r in analyze_rows(document, tables=("claims",), scope="all")["claims"]}


REGIONAL = [
    ("en", "Some 3.1 million Uyghurs in Xinjiang were registered as poor in 2014, the regional poverty "
           "alleviation office said.", {("3100000", "China")}),
    ("en", "Xinjiang's education department said 900,000 pupils attended boarding schools in the region.",
     {("900000", "China")}),
    ("ar", "وقال مكتب الموارد البشرية في الإقليم إن 1.6 مليون عامل من شينجيانغ نقلوا إلى مصانع في المقاطعات "
           "الشرقية.", {("1600000", "China")}),
    ("ar", "وقالت حكومة الإقليم في كتاب أبيض إن 1.2 مليون متدرب في شينجيانغ تخرجوا من مراكز التدريب.",
     {("1200000", "China")}),
    # negatives: a body with no region, a regional word with no body, a body of another state
    ("en", "About 50,000 Uyghurs live in Turkey, the Turkish interior ministry said.", {("50000", "Turkey")}),
    ("en", "Regional activists said 300 Uyghurs in Xinjiang were detained in one week.", {("300", "Activists")}),
    ("en", "A US congressional commission said up to 900,000 Uyghurs in Xinjiang may have been detained.",
     {("900000", "United States")}),
    ("ar", "وقالت دائرة الهجرة الكازاخستانية إن 2000 من أقارب الإيغور في شينجيانغ طلبوا اللجوء.",
     {("2000", "Kazakhstan")}),
]

DESCRIBED = [
    ("en", "The British paper The Guardian said 16,000 mosques in Xinjiang had been damaged.",
     {("16000", "The Guardian")}),
    ("ar", "قالت صحيفة نيويورك تايمز الأمريكية إن 500 ألف طفل في شينجيانغ وضعوا في مدارس داخلية.",
     {("500000", "The New York Times")}),
    ("en", "Amnesty International said 10,000 Uyghurs in Xinjiang were held in camps. The London-based group "
           "published its report in June. It also found that 300 of them were women.",
     {("10000", "Amnesty International"), ("300", "Amnesty International")}),
    # negatives: a nationality that is the speaker, an organisation that is the listener
    ("en", "A Chinese official told Reuters that 5,000 Uyghurs in Xinjiang had been released.", {("5000", "China")}),
    ("ar", "وقال مسؤول أمريكي لوكالة رويترز إن 1.8 مليون إيغوري في شينجيانغ احتجزوا.", {("1800000", "United States")}),
]


CARRIED = [
    ("en", "Amnesty International said 10,000 Uyghurs in Xinjiang were held in camps. The London-based rights group "
           "based its report on testimony and Chinese state media. It also found that 300 of them were women.",
     {("10000", "Amnesty International"), ("300", "Amnesty International")}),
    ("ar", "قالت منظمة العفو الدولية إن 10 آلاف إيغوري احتجزوا في شينجيانغ. واعتمدت المنظمة على شهادات ووسائل إعلام "
           "صينية رسمية. ووثقت 300 حالة تعذيب في المعسكرات.",
     {("10000", "Amnesty International"), ("300", "Amnesty International")}),
    # a speaker after its content ends at its comma: what follows it does not speak
    ("en", "The Australian Strategic Policy Institute said it had mapped 380 camps in Xinjiang.\n\nIts researchers "
           "compared images over three years.\n\nAt least 61 of the camps had been expanded, the institute said, "
           "rejecting Beijing's claim that the centres had closed.",
     {("380", "Australian Strategic Policy Institute"), ("61", "Australian Strategic Policy Institute")}),
    ("en", "Human Rights Watch said about one million Uyghurs in Xinjiang were held.\n\nThe report draws on 40 "
           "interviews.\n\nSome 300 of them were women, the group said, contradicting China's claim that all were "
           "trainees.", {("1000000", "Human Rights Watch"), ("300", "Human Rights Watch")}),
    # "the researchers" of the institute named before: the institute
    ("en", "Human Rights Watch released a report on Monday. The researchers studied court records from Xinjiang for "
           "two years. They counted 250,000 prison sentences handed to Uyghurs.",
     {("250000", "Human Rights Watch")}),
    ("ar", "أصدرت منظمة هيومن رايتس ووتش تقريرا جديدا. ودرس الباحثون سجلات المحاكم في شينجيانغ لعامين. ووثقوا 250 ألف "
           "حكم بالسجن على الإيغور.", {("250000", "Human Rights Watch")}),
    # negatives: researchers named with another body; another voice speaks in the sentence before
    ("en", "Human Rights Watch released a report on Monday. Researchers at the Australian Strategic Policy Institute "
           "studied court records from Xinjiang. They counted 250,000 prison sentences handed to Uyghurs.",
     {("250000", "Australian Strategic Policy Institute")}),
    ("en", "Amnesty International said 10,000 Uyghurs in Xinjiang were held in camps. China's foreign ministry "
           "rejected the report. It said 300 of them were criminals.",
     {("10000", "Amnesty International"), ("300", "China")}),
    ("en", "Amnesty International said 10,000 Uyghurs in Xinjiang were held in camps. The Australian Strategic Policy "
           "Institute published satellite images. It found that 380 camps had been built.",
     {("10000", "Amnesty International"), ("380", "Australian Strategic Policy Institute")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CARRIED)
def test_carried_while_it_speaks(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _sources(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), REGIONAL)
def test_regional_body(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _sources(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), DESCRIBED)
def test_described_organisation(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _sources(text, lang) == expected


OTHER_COUNTS = [
    ("en", "Xinjiang cotton sold at 16,000 yuan a tonne last week, while Human Rights Watch said 570,000 Uyghurs "
           "were sent to pick cotton.", {("570000", "Human Rights Watch")}),
    ("ar", "بيع القطن في أورومتشي بسعر 16 ألف يوان للطن، فيما قالت هيومن رايتس ووتش إن 570 ألف إيغوري أرسلوا لجني "
           "القطن في شينجيانغ.", {("570000", "Human Rights Watch")}),
    ("en", "A survey by the Uyghur Human Rights Project of 900 members abroad found that 80 percent had a relative "
           "detained in Xinjiang.", {("80", "Uyghur Human Rights Project")}),
    # negatives of the rule: the campaign's money and a survey's finding stay figures
    ("en", "Informants in Xinjiang were paid 5,000 yuan a month for tips on Uyghurs who prayed.", {("5000", "")}),
    ("ar", "وقالت الحكومة الأمريكية إن شينجيانغ أنفقت 1.5 مليار دولار على معسكرات الاحتجاز.",
     {("1500000000", "United States")}),
    ("en", "The survey found that 300 of the 1,000 Uyghurs held in the camps in Xinjiang were women.",
     {("300", ""), ("1000", "")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OTHER_COUNTS)
def test_other_counts(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _sources(text, lang) == expected


RECORDS = [
    ("en", "About 2,500 Uyghurs from one township were sent to camps in 2018, according to leaked police files.",
     {("2500", "")}),
    ("ar", "وأرسل نحو 900 شخص من قرية واحدة في شينجيانغ إلى المعسكرات، وفق وثائق مسربة.", {("900", "")}),
    ("en", "Some 40,000 children in Xinjiang were placed in boarding schools, the Associated Press reported, citing "
           "government documents.", {("40000", "Associated Press")}),
    # negatives: a person or organisation that analysed the records speaks; a named body's report is its own
    ("en", "About 2,500 Uyghurs from one township were sent to camps, according to documents analysed by Adrian Zenz.",
     {("2500", "Adrian Zenz")}),
    ("en", "Human Rights Watch said in its report that 2,500 Uyghurs from one township had been sent to camps.",
     {("2500", "Human Rights Watch")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RECORDS)
def test_records_speak_for_nobody(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _sources(text, lang) == expected


ESTIMATED = [
    ("ar", "قدّرت منظمة هيومن رايتس ووتش أن نحو مليون إيغوري محتجزون في معسكرات شينجيانغ.",
     {("1000000", "Human Rights Watch")}),
    ("ar", "ويقدّر ناشطون عدد الإيغور المحتجزين في شينجيانغ بنحو مليوني شخص.", {("2000000", "Activists")}),
    # negatives: an estimate of nobody named; a verb of estimating whose subject is the thing estimated
    ("ar", "ويقدر عدد المحتجزين في معسكرات شينجيانغ بنحو مليون شخص.", {("1000000", "")}),
    ("ar", "ويقدر أن نحو مليون إيغوري احتجزوا في معسكرات شينجيانغ.", {("1000000", "")}),
    ("ar", "وقدر تقرير صيني عدد العمال المنقولين من شينجيانغ بنحو 2.6 مليون عامل.", {("2600000", "China")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ESTIMATED)
def test_estimated_by(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _sources(text, lang) == expected
