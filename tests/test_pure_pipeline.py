"""No out-parameters, no change to the caller's Document (issue 24)."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.extract.temporal.rows import event_rows, event_rows_with_note
from helpers.io.corpus import make_document

TEXT = ("أعلنت وزارة الخارجية الصينية أمس الثلاثاء أن وفدا سيزور شينجيانغ.\n"
        "وقال المتحدث إن الزيارة ستتم في 5 ماي 2014.\n")


@pytest.mark.parametrize("scope", ["topical", "all"])
@pytest.mark.parametrize("infer", [True, False])
def test_analyze_rows_leaves_the_callers_document_as_it_was(scope, infer):
    doc = make_document(TEXT, file="d1.txt", infer=infer)
    before = copy.deepcopy(doc)
    rows = analyze_rows(doc, scope=scope)
    assert rows["documents"][0]["doc_id"] == "d1"
    assert (doc, doc.extra, doc.inferred, doc.title) == (before, before.extra, before.inferred, before.title)


def test_event_rows_with_note_returns_the_note():
    published = dt.date(2015, 10, 14)
    rows, note = event_rows_with_note("أكد الوزير اليوم الاثنين أن الحكومة ماضية", published=published)
    assert rows == event_rows("أكد الوزير اليوم الاثنين أن الحكومة ماضية", published=published)
    assert published.isoformat() in note
