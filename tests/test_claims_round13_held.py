"""Issue 20 kind 7, round 13, held back: written before the round's rules, not read while they were changed.

The lead's conventions of round 13 (bench/FIGURES_ROUND13.md): a figure from an unnamed report or estimate is the
author's (``attributed_to`` empty, "(author)"); the sample of a testimony (people interviewed, witnesses heard) and
the region's growth, GDP and investment are figures; a parliament's vote count, the length of a document and a
country's population outside the topic are not.

Each text is my own.  Run once at the end of the round; its result is reported in bench/FIGURES_ROUND13.md.
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.probes import probe_document


def _sources(text: str, lang: str) -> set[tuple[str, str]]:
    document = probe_document({"id": "t", "text": text, "lang": lang, "note": ""})
    return {(r["value"], r["attributed_to"]) for r in analyze_rows(document, tables=("claims",), scope="all")["claims"]}


HELD = [
    # an unnamed report or estimate: the author's
    ("en", "A report published in 2021 estimated that 300,000 Uyghur children had been placed in boarding schools in "
           "Xinjiang.", {("300000", "")}),
    ("ar", "وتشير تقديرات إلى أن نحو 500 ألف طفل إيغوري أُلحقوا بمدارس داخلية في شينجيانغ.", {("500000", "")}),
    # the sample of a testimony is a figure
    ("en", "Amnesty International spoke to 40 former detainees and said that up to one million people were held in "
           "camps in Xinjiang.", {("40", "Amnesty International"), ("1000000", "Amnesty International")}),
    ("ar", "وقالت هيومن رايتس ووتش إنها أجرت مقابلات مع 35 إيغوريا فروا من شينجيانغ.", {("35", "Human Rights Watch")}),
    # the region's growth and investment are figures
    ("en", "Xinjiang's GDP rose 8 percent last year, the regional government said.", {("8", "China")}),
    ("ar", "وضخت الحكومة الصينية استثمارات بقيمة 20 مليار دولار في إقليم شينجيانغ عام 2019.",
     {("20000000000", "")}),
    # a parliament's vote, a document's length, a population outside the topic: no figure
    ("en", "The motion on Xinjiang passed the Canadian House of Commons by 266 votes to 0.", set()),
    ("ar", "وصوت 14 نائبا ضد مذكرة البرلمان البريطاني بشأن الإيغور.", set()),
    ("ar", "وجاء بيان السفارة الصينية في 9 فقرات، ونفى وجود معسكرات في شينجيانغ.", set()),
    ("en", "Asked about the camps in Xinjiang, the spokesman replied that China had 1.4 billion people to feed.",
     set()),
    ("en", "The new report on the camps in Xinjiang runs to 120 pages and 14 chapters.", set()),
]


# Scored once at the end of round 13: 9 of 11 right (6 of 11 on the base 9a2a119).  Still
# wrong (strict: a row that passes must leave this set), by position in HELD: 2 (the quote stage makes "former
# detainees", the object of "spoke to", the speaker of the million, and gives the 40 no voice: the author's, as the
# development gold p-en-07 writes "Amnesty International interviewed 55 former detainees"); 9 (1.4 billion people
# kept by the sentence step, an event word "camps" in the same statement: the population rule covers only the weak
# steps).
OPEN = {2, 9}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if index in OPEN else row
    for index, row in enumerate(HELD)])
def test_held(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _sources(text, lang) == expected
