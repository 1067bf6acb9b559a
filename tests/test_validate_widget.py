"""The judging widget of notebook 06, driven from Python: buttons clicked, JSONL written, next row shown."""

import json

import pytest

pytest.importorskip("ipywidgets")

from helpers.validate import JudgeWidget, draw_sample
from validate_maker import make_tables

CLOCK = "2026-03-04T05:06:07+00:00"


@pytest.fixture
def sample():
    return draw_sample(make_tables(titles={"d1": "<img src=x onerror=alert(1)>"}), "stances", n=8, seed=5)


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_each_click_appends_a_judgement_and_shows_the_next_row(tmp_path, sample):
    path = tmp_path / "corpus.judgements.jsonl"
    widget = JudgeWidget(sample, path, "layla", clock=lambda: CLOCK)
    assert widget.current == 0 and "row 1 of 8" in widget.page.value
    widget.buttons["correct"].click()
    assert _lines(path) == [{"key": sample.loc[0, "key"], "table": "stances", "sample": "rows",
                             "doc_id": sample.loc[0, "doc_id"], "label": sample.loc[0, "label"],
                             "outlet": sample.loc[0, "outlet"], "verdict": "correct", "correct_label": "",
                             "correct_actor": "", "note": "", "coder": "layla", "time": CLOCK}]
    assert widget.current == 1 and "row 2 of 8" in widget.page.value
    widget.label.value = "neutral"
    widget.note.value = "a report, not a position"
    widget.buttons["wrong_label"].click()
    last = _lines(path)[-1]
    assert (last["key"], last["verdict"], last["correct_label"], last["note"]) == (
        sample.loc[1, "key"], "wrong_label", "neutral", "a report, not a position")
    assert widget.current == 2 and widget.label.value == "" and widget.note.value == ""


def test_a_correction_needs_its_field_first(tmp_path, sample):
    path = tmp_path / "j.jsonl"
    widget = JudgeWidget(sample, path, "layla", clock=lambda: CLOCK)
    widget.buttons["wrong_actor"].click()
    assert not path.exists() and widget.current == 0 and "right actor first" in widget.message.value
    widget.actor.value = "Ministry of Foreign Affairs"
    widget.buttons["wrong_actor"].click()
    assert _lines(path)[0]["correct_actor"] == "Ministry of Foreign Affairs"


def test_a_new_widget_resumes_after_the_rows_that_coder_judged(tmp_path, sample):
    path = tmp_path / "j.jsonl"
    first = JudgeWidget(sample, path, "layla", clock=lambda: CLOCK)
    for verdict in ("correct", "skip", "not_a_stance"):
        first.buttons[verdict].click()
    again = JudgeWidget(sample, path, "layla", clock=lambda: CLOCK)  # after a kernel restart
    assert again.current == 3 and again.describe() == "JudgeWidget: stances sample, row 4 of 8 shown, 3 judged by layla"
    other = JudgeWidget(sample, path, "karim", clock=lambda: CLOCK)
    assert other.current == 0  # another coder starts at the first row
    for _ in range(5):
        again.buttons["correct"].click()
    assert again.current is None and "Every row of this sample is judged" in again.page.value
    assert again.judge("correct") is None and len(_lines(path)) == 8


def test_document_text_is_escaped_in_the_widget(tmp_path, sample):
    widget = JudgeWidget(sample[sample["doc_id"] == "d1"], tmp_path / "j.jsonl", "layla")
    assert "&lt;img src=x onerror=alert(1)&gt;" in widget.page.value and "<img" not in widget.page.value
    assert 'dir="rtl"' in widget.page.value and "<mark>" in widget.page.value


def test_recall_rows_get_the_recall_buttons(tmp_path):
    recall = draw_sample(make_tables(), "stances", n=3, seed=1, recall=True)
    widget = JudgeWidget(recall, tmp_path / "j.jsonl", "layla", clock=lambda: CLOCK)
    assert [b.description for b in widget.bar.children] == ["missed", "nothing missed", "skip"]
    widget.label.value = "critical"
    widget.actor.value = "European Parliament"
    widget.buttons["missed"].click()
    line = _lines(tmp_path / "j.jsonl")[0]
    assert (line["sample"], line["verdict"], line["correct_label"], line["correct_actor"]) == (
        "recall", "missed", "critical", "European Parliament")
