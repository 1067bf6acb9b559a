"""Issue 20 kind 7, round 12, held back: written before the round's rules, not read while they were changed.

Figures about the topic only (a number that counts something else in a topical sentence is no figure: the people a
study interviewed, another subject's growth rate) and whose figure it is (a regional body speaks for China; an
organisation named with its nationality is the organisation; a source carries over only while it still speaks).

Each text is my own.  Run once at the end of the round; its result is reported in bench/FIGURES_ROUND12.md.
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.probes import probe_document


def _sources(text: str, lang: str) -> set[tuple[str, str]]:
    document = probe_document({"id": "t", "text": text, "lang": lang, "note": ""})
    return {(r["value"], r["attributed_to"]) for r in analyze_rows(document, tables=("claims",), scope="all")["claims"]}


HELD = [
    # a regional body speaks for China
    ("en", "Xinjiang's public security department said 1,400 terrorist suspects were arrested in the region in 2016.",
     {("1400", "China")}),
    ("ar", "وقالت إدارة الموارد البشرية في الإقليم إن 2.5 مليون عامل ريفي نقلوا إلى وظائف خارج شينجيانغ عام 2018.",
     {("2500000", "China")}),
    ("en", "About 1.3 million people passed through vocational training in Xinjiang each year, the regional "
           "government said in a white paper.", {("1300000", "China")}),
    # an organisation named with its nationality is the organisation
    ("ar", "ذكرت صحيفة الغارديان البريطانية أن 16 ألف مسجد في شينجيانغ دمرت أو تضررت منذ عام 2017.",
     {("16000", "The Guardian")}),
    ("en", "The British broadcaster BBC said at least 400 people in Xinjiang had been sentenced for praying at home.",
     {("400", "BBC")}),
    # a sample or method count is not a figure about the topic (round 13, the lead's convention: the sample of a
    # testimony IS a figure; the expected sets below were changed to it)
    ("en", "Human Rights Watch interviewed 48 former detainees and said one million Uyghurs were held in camps in "
           "Xinjiang.", {("48", "Human Rights Watch"), ("1000000", "Human Rights Watch")}),
    ("ar", "وقالت منظمة العفو الدولية إنها أجرت مقابلات مع 68 محتجزا سابقا، وإن مليون إيغوري احتجزوا في معسكرات "
           "شينجيانغ.", {("68", "Amnesty International"), ("1000000", "Amnesty International")}),
    # another subject's percentage in a topical document (round 13, the lead's convention: the region's growth IS a
    # figure; changed as above)
    ("ar", "نما اقتصاد شينجيانغ بنسبة 7 في المئة العام الماضي، بحسب مكتب الإحصاء في الإقليم.", {("7", "China")}),
    ("en", "Xinjiang's economy expanded 5.8 percent last year, the regional statistics bureau said.",
     {("5.8", "China")}),
    # a true figure stays
    ("en", "An estimated 80,000 Uyghurs were moved to factories across China, according to estimates by the "
           "Australian Strategic Policy Institute.", {("80000", "Australian Strategic Policy Institute")}),
]


# Scored once at the end of round 12 (6/10 right; 3/10 on the code before the round).  Round 13 changed rows 5-8 to
# the lead's conventions (a testimony's sample and the region's growth are figures): 9/10 right then; still wrong
# (strict: a row that passes must leave this set), by position in HELD: row 5 (the million goes to "Former
# detainees", the object of "interviewed", not to Human Rights Watch).
OPEN = {5}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if index in OPEN else row
    for index, row in enumerate(HELD)])
def test_held(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _sources(text, lang) == expected
