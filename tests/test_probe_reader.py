"""The one reader of probe files: every scorer reads its TSV through ``read_probe_table``.

A broken probe file must stop the scorer with one line naming the file and the line, never a traceback from
the csv module or a silently shifted column.
"""

from __future__ import annotations

import pytest

from helpers.evaluate.probes import read_probe_table, read_probes

HEADER = "id\tkind\tlang\ttext\tstances\tvoices\tnote\n"

BROKEN = [  # (file text, the problem the one line must name)
    ("id\tkind\tlang\ttext\tstances\tnote\n", "missing column(s) voices"),
    (HEADER + "p1\tpressure\ten\tCanada urged China to act.\tCanada=critical\n", ":2: 5 cell(s), the header has 7"),
    (HEADER + "p1\tpressure\ten\tA.\t\t\t\np1\tother\ten\tB.\t\t\t\n", ":3: repeated id 'p1'"),
    (HEADER + "# a comment\np1\tgossip\ten\tA.\t\t\t\n", ":3: item 'p1': unknown kind 'gossip'"),
    (HEADER + "p1\tpressure\tar\tدعت كندا الصين.\tCanada=angry\tCanada\t\n",
     ":2: item 'p1': bad stance 'Canada=angry'"),
]


@pytest.mark.parametrize(("text", "problem"), BROKEN)
def test_broken_file_names_file_and_line(tmp_path, text, problem):
    path = tmp_path / "probes.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        read_probes(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message and problem in message


def test_rows_keep_their_line_and_paragraphs(tmp_path):
    path = tmp_path / "probes.tsv"
    path.write_text(HEADER + "# Arabic first\n\n"
                    "a1\tjustification\tar\tقال المتحدث إن المراكز تعليمية.\\nوأضاف أنها طوعية."
                    "\tChina=defends\tChina\t\n"
                    "e1\tother\ten\tThe talks on trade ended.\t\t\tnarrative\n", encoding="utf-8")
    items = read_probes(path)
    assert [(i["id"], i["line"]) for i in items] == [("a1", 4), ("e1", 5)]
    assert items[0]["text"] == "قال المتحدث إن المراكز تعليمية.\n\nوأضاف أنها طوعية."
    assert items[0]["expected"] == {("China", "defends")} and items[0]["voiced"] == ["China"]
    assert items[1]["expected"] == set() and items[1]["note"] == "narrative"


def test_other_formats_check_their_own_columns(tmp_path):
    path = tmp_path / "figures.tsv"
    path.write_text("id\tlang\ttext\tnote\nf1\ten\tAbout 10 were held.\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"figures.tsv:1: missing column\(s\) figures"):
        read_probe_table(path, ("id", "lang", "text", "figures"))
    path.write_text("id\tlang\ttext\tfigures\tnote\nf1\ten\tAbout 10 were held.\t10\t\n", encoding="utf-8")
    assert read_probe_table(path, ("id", "lang", "text", "figures")) == [
        {"id": "f1", "lang": "en", "text": "About 10 were held.", "figures": "10", "note": "", "line": 2}]
