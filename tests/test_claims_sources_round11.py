"""Issue 20 kind 7, round 11: a figure's source named right after an Arabic verb of showing or announcing.

Arabic puts the subject after the verb: «أظهرت الإحصاءات الرسمية الصينية أن …», «تظهر بيانات مكتب الإحصاء أن …»,
«أعلنت السلطات الصينية مقتل 12 شخصا»: the body named after أظهر / تظهر / أعلن is the figure's source (``after`` rows
of ``data/claims/source_cues.tsv``), a state's body giving the state. An announcement about something else gives no
figure at all (the topic rule decides that, not the cue).

Each text is my own.
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.probes import probe_document


def _sources(text: str) -> set[tuple[str, str]]:
    document = probe_document({"id": "t", "text": text, "lang": "ar", "note": ""})
    return {(r["value"], r["attributed_to"]) for r in analyze_rows(document, tables=("claims",), scope="all")["claims"]}


SHOWN_OR_ANNOUNCED = [
    ("أظهرت الإحصاءات الرسمية الصينية أن معدل المواليد في شينجيانغ انخفض إلى 10.7 لكل ألف نسمة.", {("10.7", "China")}),
    ("تظهر بيانات مكتب الإحصاء الصيني أن عدد سكان شينجيانغ بلغ 26 مليون نسمة.", {("26000000", "China")}),
    ("أعلنت السلطات الصينية مقتل 12 شخصا في هجوم بسكين في كاشغر.", {("12", "China")}),
    ("أعلن المؤتمر الإيغوري العالمي أن 300 ألف إيغوري فقدوا الاتصال بذويهم في شينجيانغ.",
     {("300000", "World Uyghur Congress")}),
    ("أعلنت بلدية تونس إغلاق 12 سوقا بسبب الأمطار.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SHOWN_OR_ANNOUNCED)
def test_shown_or_announced(text: str, expected: set[tuple[str, str]]) -> None:
    assert _sources(text) == expected
