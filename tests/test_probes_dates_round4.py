"""Round-4 date probes (``tests/probes/dates_round4.tsv``) as a test: a floor on their scores, exact rows.

Wire-style English news (two thirds) and Gulf/Levant/Maghreb Arabic news, about
half negative or near-miss items (ages, durations, counts, times of day, titles
such as "USA Today", names such as "Theresa May" or "خميس", "may"/"march" as
verbs).  Scored by ``bench/probes_dates.py`` (span overlap and the same value,
one to one).  The floors are the scores reached in issue 20 (kind 10), minus a
small margin; the selected items cover each kind of the error table, positive
and negative.
"""

from pathlib import Path

import pytest

from probe_support import event_problems, scored_dates

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "probes" / "dates_round4.tsv"


@pytest.fixture(scope="module")
def scored():
    return scored_dates(PROBES)


@pytest.mark.parametrize("by,group,floor", [("group", "all", 0.97), ("lang", "en", 0.96), ("lang", "ar", 0.95)])
def test_value_f1_floor(scored, by, group, floor):
    scorer, rows, gold, pred = scored
    table = scorer.scores(rows, gold, pred, by).set_index(by)
    assert table.loc[group, "F1"] >= floor, table


def test_the_file_is_well_formed_and_half_negative(scored):
    _, rows, _, _ = scored
    assert len(rows) >= 120 and len({r["id"] for r in rows}) == len(rows)
    english = [r for r in rows if r["lang"] == "en"]
    assert len(english) >= len(rows) * 0.6
    negatives = [r for r in rows if not r["events"]]
    assert len(negatives) >= len(rows) * 0.4


@pytest.mark.parametrize("item", [
    "en-wd-01", "en-wd-04", "en-wd-05", "en-name-01", "en-name-04", "en-name-05", "en-name-09", "en-name-10",
    "en-word-01", "en-word-04", "en-word-07", "en-num-01", "en-num-02", "en-num-03", "en-num-12",
    "en-dur-01", "en-dur-05", "en-dur-08", "en-rel-05", "en-rel-06", "en-rel-10", "en-rel-11", "en-mod-02",
    "en-md-05", "en-md-06", "en-md-09", "en-range-03", "en-range-08", "en-anaph-01", "en2-yr-01",
    "en2-yr-06", "en2-yr-10", "en2-rel-09", "en2-anaph-02", "en3-03", "en3-19", "en3-25",
    "ar-pos-09", "ar-pos-14", "ar-pos-20", "ar-neg-03", "ar-neg-12", "ar-neg-18", "ar-neg-20",
    "ar2-06", "ar2-09", "ar3-01", "ar3-12", "en4-01", "en4-02", "en5-07", "en5-16", "en5-27",
    "en6-02", "en6-03", "en6-13"])
def test_selected_items_exactly(scored, item):
    """The item's events: the expected values, in order, each on the expected words."""
    _, _, gold, pred = scored
    assert event_problems(gold, pred, item) == []
