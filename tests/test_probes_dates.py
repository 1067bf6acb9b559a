"""The date probes (``tests/probes/dates.tsv``) as a test: a floor on their scores, exact rows of a few.

The probes are scored by ``bench/probes_dates.py`` (span overlap and the same
value, one to one). The floors are the scores reached when the kinds of issue
20 (item 10) were added, minus a small margin; the selected items are one of
each kind, positive and negative.
"""

from pathlib import Path

import pytest

from probe_support import event_problems, scored_dates

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "probes" / "dates.tsv"


@pytest.fixture(scope="module")
def scored():
    return scored_dates(PROBES)


@pytest.mark.parametrize("group,floor", [("all", 0.96), ("own", 0.97), ("core", 0.94)])
def test_value_f1_floor(scored, group, floor):
    scorer, rows, gold, pred = scored
    table = scorer.scores(rows, gold, pred, "group").set_index("group")
    assert table.loc[group, "F1"] >= floor, table


def test_every_kind_has_negatives_and_the_file_is_well_formed(scored):
    _, rows, gold, _ = scored
    assert len(rows) >= 120 and len({r["id"] for r in rows}) == len(rows)
    negatives = [r for r in rows if not r["events"]]
    assert len(negatives) >= 100
    assert {r["kind"] for r in rows} >= {"clitic", "hijri", "decade", "century", "yearword", "holiday", "after",
                                         "ago", "mrange", "levnum", "maur", "lateyear", "weekday", "pastday",
                                         "daybefore", "nonyear", "dp", "dk", "ht"}


@pytest.mark.parametrize("item", ["clitic-01", "clitic-08", "clitic-13", "hijri-01", "hijri-07", "decade-02",
                                  "decade-08", "century-04", "century-08", "yearword-04", "holiday-01",
                                  "holiday-09", "after-03", "after-06", "ago-01", "mrange-06", "levnum-04",
                                  "maur-01", "lateyear-01", "weekday-01", "pastday-01", "daybefore-01",
                                  "nonyear-02", "names-01", "dp-09", "dk-14", "dk-16", "ht-10", "ht-22"])
def test_selected_items_exactly(scored, item):
    """The item's events: the expected values, in order, each on the expected words."""
    _, _, gold, pred = scored
    assert event_problems(gold, pred, item) == []
