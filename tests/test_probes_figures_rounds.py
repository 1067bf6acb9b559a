"""The figure probe files of rounds 7, 10 and 11 as tests: floors on each file's scores and the items it gets exactly.

- ``figures_round7.tsv`` and ``figures_round10.tsv``: 80 development items each, by writers who read neither the
  rules nor the other probes (40 more of each draw are held back in tests/probes/heldback/figures_r7.tsv and
  figures_r10.tsv, README-fig-r7.md and README-fig-r10.md, and never read here): figures about the topic in many
  shapes (words, Arabic-Indic digits, fused forms, ranges as ``low-high``, percentages, rates per 1,000) with their
  sources ("according to", "cited by", a source in an earlier sentence, a pronoun, the author's own), and as many
  negatives and mixed items (years, ages, prices, other places' and peoples' numbers);
- ``figures_round11.tsv``: 40 development items by a writer (G) who read neither the rules nor the probes, most of
  them short articles where unrelated numbers abound (20 more held back in figures_g11.tsv, README-g11.md).

Scored by ``bench/probes_figures.py``; the floors are today's figures minus a small margin; the selected items are
those the rules give exactly today (value and source).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

from probe_support import bench_scorer

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Floors:
    """What a figure probe file must keep: value F1, value + source F1, value precision, exact items."""

    value_f1: float
    source_f1: float
    precision: float
    selected: tuple[str, ...]


FILES = {
    "figures_round7": Floors(
        # value F1 0.90 today (0.83 before round 7)
        # value + source F1 0.83 today (0.67 before round 7)
        # value precision 0.94 today
        value_f1=0.86, source_f1=0.79, precision=0.90,
        selected=(
            "f7-005", "f7-006", "f7-007", "f7-008", "f7-009", "f7-010", "f7-012", "f7-013", "f7-014",
            "f7-018", "f7-019", "f7-020", "f7-021", "f7-022", "f7-024", "f7-025", "f7-027", "f7-028",
            "f7-030", "f7-031", "f7-032", "f7-034", "f7-037", "f7-038", "f7-039", "f7-040", "f7-042",
            "f7-047", "f7-048", "f7-054", "f7-055", "f7-057", "f7-061", "f7-063", "f7-064", "f7-065",
            "f7-069", "f7-070", "f7-071", "f7-075", "f7-077", "f7-079", "f7-081", "f7-083", "f7-084",
            "f7-085", "f7-089", "f7-091", "f7-092", "f7-094", "f7-095", "f7-096", "f7-097", "f7-098",
            "f7-100", "f7-103", "f7-104", "f7-105", "f7-106", "f7-109", "f7-110", "f7-112", "f7-114",
            "f7-116", "f7-117", "f7-118", "f7-119",
        ),
    ),
    "figures_round10": Floors(
        # value F1 0.92 today
        # value + source F1 0.80 today (0.66 at the start of round 10)
        # value precision 0.92 today
        value_f1=0.88, source_f1=0.76, precision=0.88,
        selected=(
            "f10-001", "f10-002", "f10-003", "f10-005", "f10-006", "f10-010", "f10-011", "f10-015", "f10-016",
            "f10-018", "f10-023", "f10-025", "f10-027", "f10-033", "f10-034", "f10-035", "f10-036", "f10-037",
            "f10-038", "f10-039", "f10-046", "f10-047", "f10-049", "f10-052", "f10-054", "f10-055", "f10-056",
            "f10-057", "f10-058", "f10-059", "f10-060", "f10-061", "f10-062", "f10-063", "f10-067", "f10-069",
            "f10-071", "f10-072", "f10-075", "f10-077", "f10-078", "f10-083", "f10-084", "f10-085", "f10-087",
            "f10-091", "f10-095", "f10-096", "f10-097", "f10-098", "f10-099", "f10-100", "f10-101", "f10-103",
            "f10-105", "f10-106", "f10-110", "f10-111", "f10-112", "f10-114", "f10-116", "f10-119", "f10-120",
        ),
    ),
    "figures_round11": Floors(
        # value F1 0.90 today (0.85 at the start of round 11)
        # value + source F1 0.71 today (0.56 at the start of round 11)
        # value precision 0.86 today
        value_f1=0.86, source_f1=0.67, precision=0.82,
        selected=(
            "g11-f02", "g11-f03", "g11-f08", "g11-f09", "g11-f10", "g11-f13", "g11-f15", "g11-f17", "g11-f27",
            "g11-f29", "g11-f30", "g11-f33", "g11-f36", "g11-f37", "g11-f38", "g11-f39", "g11-f40", "g11-f42",
            "g11-f48", "g11-f49", "g11-f50", "g11-f53", "g11-f54", "g11-f55", "g11-f56", "g11-f60",
        ),
    ),
}


@lru_cache(maxsize=None)
def _scored(name: str) -> tuple:
    scorer = bench_scorer("probes_figures")
    items = scorer.read_probes(ROOT / "tests" / "probes" / f"{name}.tsv")
    found, _, _ = scorer.run(items)
    scores = {item["id"]: scorer.score_item(item, found.get(item["id"], [])) for item in items}
    return scorer, scores, scorer.summarise(items, scores)


@pytest.mark.parametrize("name", sorted(FILES))
def test_floors(name):
    scorer, _, groups = _scored(name)
    group, floors = groups["all"], FILES[name]
    precision, _, f1 = scorer.prf(group["tp"], group["fp"], group["fn"])
    wrong = group["tp"] - group["tp_source"]
    _, _, source_f1 = scorer.prf(group["tp_source"], group["fp"] + wrong, group["fn"] + wrong)
    assert f1 >= floors.value_f1 and source_f1 >= floors.source_f1 and precision >= floors.precision, group


@pytest.mark.parametrize("name, item_id", [(n, i) for n in sorted(FILES) for i in FILES[n].selected])
def test_selected_items_exactly(name, item_id):
    score = _scored(name)[1][item_id]
    assert score["fp"] == 0 and score["fn"] == 0 and score["tp_source"] == score["tp"], (item_id, score)
