"""Right-to-left table styling."""

import pandas as pd

from helpers.io.display import column_scripts, rtl_table, shorten


def test_column_scripts():
    frame = pd.DataFrame({"ar": ["الصين", "بكين"], "mix": ["الصين", "China"],
                          "en": ["China", "UN"], "n": [1, 2]})
    assert column_scripts(frame) == {"ar": "arabic", "mix": "mixed", "en": "latin"}


def test_rtl_table_styles_cells_not_the_table():
    frame = pd.DataFrame({"surface": ["شينجيانغ", "تركستان الشرقية"], "count": [3, 1],
                          "name_en": ["Xinjiang", "Xinjiang"]})
    html = rtl_table(frame, uuid="x").to_html()
    assert html.count("direction: rtl") == 1  # one CSS rule for the Arabic column's cells
    assert 'dir="rtl"' not in html
    assert "T_x" in html  # fixed id: deterministic output
    assert rtl_table(frame, uuid="x").to_html() == html


def test_shorten():
    assert shorten("abc", width=5) == "abc"
    assert shorten("abcdefgh", width=5) == "abcd…"
