"""Transcripts (helpers.extract.quotes.transcript): the answers of an interview, a briefing or a panel are
their speaker's words, with no speech verb; lists, price tables and lone labelled lines are not transcripts.

Table-driven: (text, the (actor, first words of the content) of every ``transcript`` quote). Own sentences.
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.probes import probe_document
from helpers.extract.quotes.rows import quote_rows

CASES = [
    # an interview: the answers are the interviewee's, the questions nobody's
    ("Below is our interview with Marta Quist, a Danish historian.\n\nQ: What did you find in the archive?\n\n"
     "A: Letters from families who had lost touch with relatives.\n\nQ: Will you publish them?\n\nA: Next year.",
     {("Marta Quist", "Letters from"), ("Marta Quist", "Next year")}),
    # Arabic labels س / ج, the interviewee introduced with a role and a nationality
    ("حوار مع الباحث المغربي يوسف العلمي.\n\nس: ما موضوع كتابك الجديد؟\n\nج: تاريخ طريق الحرير وتجارته.",
     {("يوسف العلمي", "تاريخ طريق")}),
    # unlabelled answers right after the question
    ("An interview with the novelist Irene Walsh.\n\nQ: Where do you write?\n\nIn a small room above a bakery.",
     {("Irene Walsh", "In a small")}),
    # a briefing: named labels; a labelled line that ends in a question is a reporter asking
    ("The following is from the transcript of the regular press briefing of the Chinese foreign ministry.\n\n"
     "Wang Wenbin: Good afternoon. I have two announcements.\n\n"
     "AFP: Will the minister travel to Geneva next week?\n\n"
     "Wang Wenbin: I have no information to offer on that.",
     {("China", "Good afternoon"), ("China", "I have no")}),
    # a role label speaks for the briefing's speaker
    ("مقتطفات من المؤتمر الصحفي الدوري للمتحدث باسم وزارة الخارجية الصينية.\n\n"
     "سؤال: هل ستزور الوزيرة بكين؟\n\nالمتحدث: نرحب بالزيارة في أي وقت.",
     {("China", "نرحب بالزيارة")}),
    # a panel: a moderator's line, two named speakers
    ("Transcript of the panel, lightly edited.\n\nModerator: Welcome, both of you.\n\n"
     "Nadia Brook: Thank you for having me.\n\nOwen Tully: It is a pleasure.",
     {("Nadia Brook", "Thank you"), ("Owen Tully", "It is")}),
    # NOT transcripts
    ("Q: What time does the museum open?\n\nA: At nine.\n\nQ: Is it open on Mondays?\n\nA: No.", set()),  # no one
    ("Note: prices include tax.\n\nThe shop opens at nine and closes at six.", set()),  # one label
    ("المقاعد المتوفرة في الملعب:\n\nمدارج شرقية: 15 دينارا\n\nكراسي: 20 دينارا\n\nمنصة شرفية: 120 دينارا", set()),
    ("The candidates, in a transcript of the list published by the council:\n\nLena Fisk: mayor since 2019\n\n"
     "Paul Mertens: a teacher and union leader", set()),  # each named once, no moderator, no question
    ("وقال الوزير في ندوة صحفية:\n\nوقال: نعمل على تحسين الخدمات.\n\nوأضاف: سنفتح مدرستين.", set()),  # verbs
]


@pytest.mark.parametrize("text, expected", CASES)
def test_transcript_voices(text, expected):
    rows = [r for r in quote_rows(text) if r["cue"] == "transcript"]
    found = sorted((r["actor"], r["content"]) for r in rows)
    assert len(found) == len(expected)
    for (actor, content), (want_actor, opening) in zip(found, sorted(expected)):
        assert (actor, content[:len(opening)]) == (want_actor, opening)
    for row in rows:  # provenance: the content is the raw text of its span
        assert text[row["content_start"]:row["content_end"]] == row["content"]


def test_a_label_is_never_part_of_a_speaker():
    text = ("An interview with Omar Haddad, a lawyer in Amman.\n\nQ: Western reports describe the hearings as "
            "unfair. Do you agree?\n\nA: Partly.")
    assert not any(r["speaker"].startswith("Q") for r in quote_rows(text))


@pytest.mark.parametrize("text, expected", [
    # the answer holds the position, though it does not name the region
    ("Our interview with Leyla Aziz, a Uyghur poet in exile in Istanbul.\n\nQ: When did you last hear from "
     "your brother?\n\nA: In 2018. He was detained and sentenced to fifteen years.",
     {("Leyla Aziz", "critical")}),
    ("حوار مع الكاتب الصيني ليو فانغ عن رحلته إلى شينجيانغ.\n\nس: ماذا رأيت هناك؟\n\n"
     "ج: رأيت أسواقا مزدحمة، وتحسنت حياة الناس كثيرا.", {("ليو فانغ", "defends")}),
    # the same answers in an interview that is not about the topic give nothing
    ("Our interview with Leyla Aziz, a poet in Istanbul.\n\nQ: What are you reading?\n\nA: Old Persian poems.",
     set()),
])
def test_transcript_answers_hold_stances(text, expected):
    item = {"id": "t", "text": text, "lang": "ar" if "ح" in text else "en", "note": ""}
    rows = analyze_rows(probe_document(item), tables=("quotes", "stances"), scope="all")["stances"]
    assert {(r["actor"], r["stance"]) for r in rows} == expected
