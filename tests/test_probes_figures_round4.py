"""The fourth round of figure probes (``tests/probes/figures_round4.tsv``) as a test.

The probes (166 items in our own words, three quarters English, half negative: years,
ages, prices, phone numbers, ordinals, "one of", laws' titles, other regions' and other
peoples' numbers …) are scored by ``bench/probes_figures.py`` (a value matches within
0.5 %; a range needs both ends).  The floors are the scores reached when the English
newswire constructions of issue 20 (item 7: recall and the source of figures) were
added, minus a small margin; the selected items are one of each construction, positive
and negative, checked exactly (value and source).
"""

from pathlib import Path

import pytest

from probe_support import bench_scorer

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "probes" / "figures_round4.tsv"


def _scorer():
    return bench_scorer("probes_figures")


@pytest.fixture(scope="module")
def scored():
    scorer = _scorer()
    items = scorer.read_probes(PROBES)
    found, _, _ = scorer.run(items)
    scores = {item["id"]: scorer.score_item(item, found.get(item["id"], [])) for item in items}
    return scorer, items, found, scorer.summarise(items, scores)


def _prf(scorer, group: dict, source: bool) -> tuple[float, float, float]:
    if not source:
        return scorer.prf(group["tp"], group["fp"], group["fn"])
    wrong = group["tp"] - group["tp_source"]
    return scorer.prf(group["tp_source"], group["fp"] + wrong, group["fn"] + wrong)


@pytest.mark.parametrize("group,source,floor", [
    ("all", False, 0.93), ("all", True, 0.83), ("lang en", False, 0.91), ("lang en", True, 0.82),
    ("lang ar", False, 0.96), ("lang ar", True, 0.83)])
def test_f1_and_precision_floor(scored, group, source, floor):
    """Value F1 (and value + source F1) per language; precision stays at 0.90 or more."""
    scorer, _, _, groups = scored
    precision, _, f1 = _prf(scorer, groups[group], source)
    assert f1 >= floor, (group, groups[group])
    assert precision >= 0.90 or source, (group, groups[group])


def test_the_file_is_well_formed_and_half_negative(scored):
    _, items, _, _ = scored
    assert len(items) >= 120 and len({i["id"] for i in items}) == len(items)
    negatives = [i for i in items if not i["expected"]]
    assert len(negatives) >= len(items) - len(negatives)
    assert sum(i["lang"] == "en" for i in items) >= 2 * len(items) // 3


@pytest.mark.parametrize("item,expected", [
    ("en-p01", [("1800000", "Human Rights Watch")]),            # as many as …, according to X
    ("en-p05", [("1800000", "Adrian Zenz")]),                   # 1.8m, X said after an apposition
    ("en-p08", [("800000-2000000", "Amnesty International")]),  # between … and …
    ("en-p14", [("80000", "Australian Strategic Policy Institute")]),  # data compiled by X shows
    ("en-p18", [("1000000", "Human Rights Watch")]),            # "It estimates": the sentence before
    ("en-p24", [("260", "BuzzFeed News")]),                     # according to a X investigation
    ("en-p31", [("227882", "China")]),                          # Chinese government figures show
    ("en-p07", [("80", "Adrian Zenz")]),                        # X's figures show
    ("en-q01", [("1000000", "United Nations")]),                # Uighur, one million, the region
    ("en-q10", [("80", "Australian Strategic Policy Institute")]),  # 80 other global brands
    ("en-q12", [("60", "Associated Press")]),                   # the AP found
    ("ar-p01", [("1000000", "Human Rights Watch")]),
    ("ar-p10", [("1000000-3000000", "World Uyghur Congress")]),
    ("ar-p20", [("197", "China")]),                             # وفقا للحكومة الصينية
    ("en-n05", []), ("en-n06", []), ("en-n11", []), ("en-n14", []), ("en-n23", []), ("en-q06", []),
    ("en-m03", []), ("en-m09", []), ("ar-n02", []), ("ar-n12", []), ("ar-n20", []),
])
def test_selected_items_exactly(scored, item, expected):
    """The item's figures: exactly these values, each with this source."""
    scorer, _, found, _ = scored
    rows = sorted(found.get(item, []), key=lambda r: r["start"])
    got = [(r["value"], scorer.source_key(r["attributed_to"])) for r in rows]
    assert got == [(v, scorer.source_key(s)) for v, s in expected]
