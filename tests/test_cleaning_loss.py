"""Cleaning never loses text silently (issue 19): first copies kept, every removal reported."""

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.io.corpus import make_document
from helpers.text.clean import clean

TITLE = "الصين تشدد القيود"
LEAD = "فرضت السلطات الصينية قيودا جديدة على الإيغور في إقليم شينجيانغ هذا الأسبوع."
BODY = ["وقال مسؤولون محليون إن الإجراءات تهدف إلى حفظ النظام العام في المدن الكبرى.",
        "وأضافوا أن القرار سيطبق على جميع السكان دون استثناء خلال الأشهر المقبلة.",
        "ولم تصدر أي تعليقات من المنظمات الدولية حتى الآن بشأن القرار الجديد."]
EN_LEAD = "Authorities tightened rules for Uyghurs in Xinjiang this week."
EN_BODY = ["Local officials said the measures aimed to keep public order.",
           "No international body had commented by the evening."]


def _doc(*lines):
    return "\n\n".join(lines) + "\n"


CASES = {  # name: (raw, the line whose first copy must stay, copies removed)
    "lead repeated as a pull-quote": (_doc(TITLE, LEAD, BODY[0], BODY[1], LEAD, BODY[2]), LEAD, 1),
    "body pasted twice": (_doc(LEAD, *BODY, LEAD, *BODY), LEAD, 4),
    "short title given twice": (_doc(TITLE, TITLE, LEAD, *BODY), TITLE, 1),
    "English lead as pull-quote": (_doc(EN_LEAD, EN_BODY[0], EN_LEAD, EN_BODY[1]), EN_LEAD, 1),
}


def _removed(cleaned):
    return [r for r in cleaned.report if r["action"] == "removed"]


@pytest.mark.parametrize("name", CASES)
def test_a_repeated_line_keeps_its_first_copy(name):
    raw, line, copies = CASES[name]
    cleaned = clean(raw)
    assert cleaned.text.count(line) == 1
    first = raw.index(line)
    assert int(cleaned.origin[cleaned.text.index(line)]) == first
    later = [r for r in _removed(cleaned) if r["reason"] in ("duplicate", "masthead")]
    assert len(later) == copies and all(r["start"] > first for r in later)


@pytest.mark.parametrize("raw", [case[0] for case in CASES.values()] + [
    "جريدة الغد\nرئيس التحرير فلان\nجريدة الغد\nرئيس التحرير فلان\n\n" + _doc(LEAD, *BODY),
    "\u200f" + _doc(LEAD, BODY[0] + "   ", "بكين (رويترز) - " + BODY[1], "https://example.org/a/1"),
])
def test_every_removed_character_has_a_report_row(raw):
    """The clean text plus the removed rows' spans account for every raw character."""
    cleaned = clean(raw)
    kept = {int(i) for i in cleaned.origin}
    removed = set()
    for row in _removed(cleaned):
        assert raw[row["start"]:row["end"]] == row["text"] and row["reason"]
        removed.update(range(row["start"], row["end"]))
    assert kept | removed == set(range(len(raw)))
    assert not kept & removed


def test_a_masthead_block_printed_twice_loses_both_copies():
    raw = "جريدة الغد\nرئيس التحرير فلان\nجريدة الغد\nرئيس التحرير فلان\n\n" + _doc(TITLE, LEAD)
    cleaned = clean(raw)
    assert [r["reason"] for r in _removed(cleaned)][:4] == ["masthead"] * 4
    assert cleaned.text.startswith(TITLE)


def test_one_short_line_given_twice_is_kept_once_and_flagged():
    cleaned = clean(_doc("رئيس التحرير", "رئيس التحرير", TITLE, LEAD))
    assert cleaned.text.startswith("رئيس التحرير\n")
    assert [(r["reason"], r["action"]) for r in cleaned.report if r["reason"] == "masthead"] == [
        ("masthead", "flagged"), ("masthead", "removed")]
    assert cleaned.title_line() == TITLE  # a flagged masthead is no title


def test_the_relevance_stage_sees_the_lead():
    raw = CASES["lead repeated as a pull-quote"][0]
    rows = analyze_rows(make_document(raw, file="a.txt"), tables=("documents", "cleaning"))
    assert rows["documents"][0]["relevance"] == "topical"
    assert [r["reason"] for r in rows["cleaning"] if r["action"] == "removed"
            and r["reason"] != "whitespace"] == ["duplicate"]


def test_a_document_out_of_scope_still_reports_its_cleaning():
    """Cleaned, then found not topical: its cleaning rows say what was taken out."""
    raw = _doc("أخبار محلية", "وقع النادي عقدا مع مدرب جديد يوم الاثنين.",
               "ولعب المدرب سابقا في دوري شينجيانغ.", "ورحب المشجعون بالخبر.",
               "وقع النادي عقدا مع مدرب جديد يوم الاثنين.", "وتقام المباراة الأولى يوم السبت.")
    rows = analyze_rows(make_document(raw, file="b.txt"), tables=("documents", "cleaning"))
    assert rows["documents"][0]["relevance"] == "passing"  # out of the default scope
    duplicate = [r for r in rows["cleaning"] if r["reason"] == "duplicate"]
    assert len(duplicate) == 1 and duplicate[0]["start"] == raw.rindex("وقع النادي")
