"""Issue 20, round 11: readings found in a fresh writer's development file (writer F) and in my own round-11 probes.

- **Charges against a person** (:func:`helpers.extract.stance.distance.charged_person`): a claim debunked or
  rejected ("baseless", «ملفقة», "rejected the charges") whose subject is the charges or accusations brought against
  a person (grammar kinds ``charge_noun``, ``against``, ``charged_person``: "the charges against the Uyghur poet",
  «التهم الموجهة إلى الناشطة») defends the accused, not the state: the position is critical. Accusations against
  the state or its authorities stay rejected by the state's side.
- **Described as** (grammar kind ``described_as``: «وصف … بأنها أكاذيب»): the clause that «بأنها» opens predicates
  the object of the describing verb, so a debunking word there rejects the accusation before it.

Every sentence is written for this file and read as a probe document of its own.
"""

from __future__ import annotations

import pytest

from probe_support import stance_facts

CHARGES = [
    ("Rights groups say the separatism charges against the Uyghur poet were baseless.",
     {("Rights groups", "critical")}),
    ("قالت منظمة هيومن رايتس ووتش إن التهم الموجهة إلى الناشطة الإيغورية في أورومتشي ملفقة.",
     {("Human Rights Watch", "critical")}),
    ("Amnesty International rejected the charges against the detained Uyghur scholar as politically motivated.",
     {("Amnesty International", "critical")}),
    ("ووصفت منظمة العفو الدولية الاتهامات الموجهة إلى الأكاديمي الإيغوري بأنها ملفقة.",
     {("Amnesty International", "critical")}),
    ("China's foreign ministry said the accusations against Beijing over Xinjiang were baseless.",
     {("China", "defends")}),
    ("وقالت الخارجية الصينية إن الاتهامات الموجهة إلى الصين بشأن شينجيانغ لا أساس لها.", {("China", "defends")}),
    ("Beijing said the accusations against the authorities in Xinjiang were fabricated.", {("China", "defends")}),
    ("قال محامي الشركة إن التهم الموجهة إلى موكله في قضية الاحتيال لا أساس لها.", set()),
]

DESCRIBED_AS = [
    ("ووصف الأكاديمي الصيني تشانغ مينغ الاتهامات الغربية بشأن معسكرات شينجيانغ بأنها أكاذيب.",
     {("تشانغ مينغ", "defends")}),
    ("ووصفت السفارة الصينية في الرباط المزاعم حول العمل القسري في شينجيانغ بأنها ملفقة.", {("China", "defends")}),
    ("ووصف الناشط الإيغوري عبد الولي أيوب الرواية الرسمية عن مراكز التدريب في شينجيانغ بأنها أكاذيب.",
     {("عبد الولي أيوب", "critical")}),
    ("ووصف المدرب الخسارة أمام فريق شينجيانغ بأنها قاسية.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CHARGES + DESCRIBED_AS)
def test_round11_reading(text: str, expected: set[tuple[str, str]]) -> None:
    assert stance_facts(text) == expected
