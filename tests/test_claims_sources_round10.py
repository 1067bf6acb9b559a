"""Issue 20 kind 7, round 10: on whose authority a figure is given when the sentence does not say it outright.

- a sentence that goes on with the actor of the one before: an English subject pronoun opening it ("It had
  interviewed 55 former detainees") or an Arabic verb of counting or finding with its subject inside
  (``opening`` cues of ``data/claims/source_cues.tsv``: «ووثقت 40 حالة»), unless the sentence names its own actor;
- a definite body noun whose head names an earlier organisation ("The tribunal found …" after "The Uyghur
  Tribunal"), the antecedent looked for up to two sentences back (:func:`helpers.extract.claims.cues.head_antecedent`);
- "it said" after a body named earlier in the same sentence ("the UN human rights office released its assessment
  …; it said …");
- "X said … 1 million …, according to estimates by Y": a source cue right after the figure names it, not the
  speaker before it; "according to X" that is the quote itself keeps X.

Each text is a one-document corpus of my own; every table has items where the rule must not fire.
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.probes import probe_document


def _sources(text: str) -> set[tuple[str, str]]:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    document = probe_document({"id": "t", "text": text, "lang": lang, "note": ""})
    return {(r["value"], r["attributed_to"]) for r in analyze_rows(document, tables=("claims",), scope="all")["claims"]}


GOES_ON = [
    ("Amnesty International published a report on Xinjiang.\n\nIt had interviewed 55 former detainees held in the "
     "camps.", {("55", "Amnesty International")}),
    ("أصدرت منظمة هيومن رايتس ووتش تقريرا عن معسكرات شينجيانغ.\n\nووثقت 40 حالة اختفاء لمحتجزين إيغور.",
     {("40", "Human Rights Watch")}),
    ("أصدرت منظمة هيومن رايتس ووتش تقريرا عن معسكرات شينجيانغ.\n\nووثقت الحكومة الصينية 40 حالة عودة لمتدربين إيغور.",
     {("40", "")}),  # the sentence names its own actor: no source carried (an act is no citation)
]

HEAD_NOUN = [
    ("The Uyghur Tribunal sat in London in June.\n\nIts chair opened the hearing.\n\nThe tribunal found that 300 "
     "Uyghur women in Xinjiang had been sterilised by force.", {("300", "Uyghur Tribunal")}),
    ("A court in Kashgar opened a trial on Monday.\n\nThe tribunal found that 12 Uyghur men had joined a banned "
     "group.", {("12", "")}),  # no earlier name holds "tribunal": an unnamed source, the author's (round 13)
]

IT_SAID = [
    ("On Monday the UN human rights office released its assessment of Xinjiang; it said up to 1 million Uyghurs may "
     "have been held in camps.", {("1000000", "United Nations")}),
    ("Over the past year, Chinese police detained 3,000 Uyghurs in Kashgar, the report said.",
     {("3000", "")}),  # an unnamed report: the author's (round 13)
]

CUE_AFTER_THE_FIGURE = [
    ("Dilnur Kasim said her brother was among the 1 million Uyghurs held in Xinjiang, according to estimates by the "
     "Committee on the Elimination of Racial Discrimination.", {("1000000", "United Nations")}),
    ("About 1 million Uyghurs have been held in Xinjiang, according to the researcher Adrian Zenz.",
     {("1000000", "Adrian Zenz")}),
]


@pytest.mark.parametrize("text, expected", GOES_ON + HEAD_NOUN + IT_SAID + CUE_AFTER_THE_FIGURE)
def test_figure_sources(text, expected):
    assert _sources(text) == expected, text
