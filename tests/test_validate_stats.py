"""The statistics of helpers.validate against values computed by hand or printed in the literature.

Wilson intervals: Newcombe (1998), "Two-sided confidence intervals for the single proportion",
Statistics in Medicine 17, Table I (method 3, the score interval).  Cohen's kappa: the two 2×2
tables of Wikipedia's "Cohen's kappa" article (0.1304, 0.2593) and its first example (0.4).
Krippendorff's alpha: Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the
nominal example with four observers and missing values (0.743), and the 2×2 tables worked out
below with alpha = 1 − (n − 1)·o_yn / (n_y·n_n).
"""

import math

import pytest

from helpers.validate.stats import SMALL, agreement, proportion, wilson


@pytest.mark.parametrize("k, n, lo, hi", [
    (81, 263, 0.2553, 0.3662),   # Newcombe 1998, Table I
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0, 0.1611),
    (1, 29, 0.0061, 0.1718),
    (8, 10, 0.4902, 0.9433),     # by hand: (0.8 + 1.9208/10 ± 1.96·sqrt(0.016 + 0.009604)) / 1.38415
    (10, 10, 0.7225, 1.0),
])
def test_wilson_interval_matches_published_values(k, n, lo, hi):
    p, low, high = wilson(k, n)
    assert p == pytest.approx(k / n)
    assert (round(low, 4), round(high, 4)) == (lo, hi)


def test_wilson_without_judgements_is_undefined_and_the_figure_says_so():
    assert all(math.isnan(v) for v in wilson(0, 0))
    assert proportion(0, 0) == {"p": None, "lo": None, "hi": None, "n": 0, "k": 0, "small": True}
    assert proportion(19, SMALL - 1)["small"] and not proportion(19, SMALL)["small"]


def _two_coders(cells: dict) -> dict:
    items, number = {}, 0
    for (a, b), count in cells.items():
        for _ in range(count):
            items[f"row{number}"] = {"A": a, "B": b}
            number += 1
    return items


@pytest.mark.parametrize("cells, kappa, alpha", [
    # Wikipedia, first example: po = 0.7, pe = 0.5 → kappa 0.4; alpha = 1 − 99·15/(55·45) = 0.4
    ({("y", "y"): 20, ("y", "n"): 5, ("n", "y"): 10, ("n", "n"): 15}, 0.4, 0.4),
    # Wikipedia, same agreement 0.6, different marginals; alpha = 1 − 199·40/(130·70) = 0.1253
    ({("y", "y"): 45, ("y", "n"): 15, ("n", "y"): 25, ("n", "n"): 15}, 0.1304, 0.1253),
    # alpha = 1 − 199·40/(90·110) = 0.1960
    ({("y", "y"): 25, ("y", "n"): 35, ("n", "y"): 5, ("n", "n"): 35}, 0.2593, 0.1960),
])
def test_kappa_and_alpha_of_two_coders(cells, kappa, alpha):
    found = agreement(_two_coders(cells))
    assert (found["kappa"], found["alpha"]) == (kappa, alpha)
    assert found["coders"] == ["A", "B"] and found["n"] == sum(cells.values())


def test_alpha_with_four_coders_and_missing_values_krippendorff_2011():
    rows = {"A": "1 2 3 3 2 1 4 1 2 . . .", "B": "1 2 3 3 2 2 4 1 2 5 . 3",
            "C": ". 3 3 3 2 3 4 2 2 5 1 .", "D": "1 2 3 3 2 4 4 1 2 5 1 ."}
    items: dict = {}
    for coder, values in rows.items():
        for unit, value in enumerate(values.split()):
            if value != ".":
                items.setdefault(f"u{unit}", {})[coder] = value
    found = agreement(items)
    assert found["alpha"] == 0.7434  # Krippendorff (2011): 0.743
    assert found["n"] == 11  # unit 12 has one value only: not pairable, left out


def test_agreement_without_shared_rows_or_without_variation():
    assert agreement({"a": {"A": "correct"}, "b": {"B": "correct"}})["n"] == 0
    same = agreement({"a": {"A": "correct", "B": "correct"}, "b": {"A": "correct", "B": "correct"}})
    assert same["observed"] == 1.0 and same["alpha"] is None and same["kappa"] is None and same["small"]
