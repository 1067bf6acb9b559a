"""Rows between stages: conversions and the boilerplate filter."""

import pandas as pd
import pytest

from helpers.io.rows import as_rows, frame, outside

ROWS = [{"start": 0, "end": 4}, {"start": 10, "end": 12}, {"start": 20, "end": 25},
        {"start": 30, "end": 31}]


@pytest.mark.parametrize("spans, kept", [
    ([], [0, 10, 20, 30]),
    ([(0, 5)], [10, 20, 30]),
    ([(5, 10)], [0, 10, 20, 30]),            # end is exclusive: a row starting at 10 stays
    ([(9, 11), (19, 21)], [0, 30]),
    ([(25, 40), (8, 30)], [0]),              # unsorted and overlapping spans merge
    ([(100, 200)], [0, 10, 20, 30]),
])
def test_outside_drops_rows_starting_inside_a_span(spans, kept):
    assert [r["start"] for r in outside(ROWS, spans)] == kept


def test_as_rows_accepts_frames_lists_and_none():
    table = pd.DataFrame(ROWS)
    assert as_rows(table) == ROWS
    assert as_rows(ROWS) is ROWS
    assert as_rows(None) == [] and as_rows(table.iloc[:0]) == []


def test_frame_keeps_the_columns_in_order_even_when_empty():
    assert list(frame([], ["doc_id", "start"]).columns) == ["doc_id", "start"]
    built = frame([{"start": 3, "doc_id": "a", "extra": 1}], ["doc_id", "start"])
    assert built.to_dict("records") == [{"doc_id": "a", "start": 3}]
