"""``LINE_BREAK_CHARS`` is exactly what ``str.splitlines`` breaks at: a CSV cell or a display line that
holds none of them is one line in every reader that splits as Python does."""

from __future__ import annotations

import re

import pytest

from helpers.io.schema import csv_rows
from helpers.text.charsets import LINE_BREAK_CHARS


def test_class_is_splitlines():
    pattern = re.compile(f"[{LINE_BREAK_CHARS}]")
    breaking = {c for c in range(0x110000) if len(f"a{chr(c)}b".splitlines()) > 1}
    matching = {c for c in range(0x110000) if pattern.match(chr(c))}
    assert matching == breaking


@pytest.mark.parametrize(("cell", "quoted"), [
    ("سطر أول\u2028سطر ثان", True),
    ("one\x85two", True),
    ("a, b", True),
    ("كاشغر وخوتان", False),
    ("plain text", False),
])
def test_cells_with_a_break_are_quoted(cell, quoted):
    line = csv_rows("sentences", [{"doc_id": "d1", "text": cell}])
    assert (f',"{cell}",' in line) is quoted
    assert (f",{cell}," in line) is not quoted
