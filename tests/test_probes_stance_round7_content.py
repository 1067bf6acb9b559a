"""The round-7 stance probes (tests/probes/stance_round7_content.tsv) as a test.

100 development items written by someone who read neither the rules nor the other probes (the other 50 of
the same draw are held back in tests/probes/heldback/stance_r7.tsv and never read here): named speakers
outside the gazetteer whose statement takes a side only by what it reports (harm: relatives vanished,
passports confiscated, births collapsing; benefit: life improved, poverty fell, markets busy), the author's
own voice in opinion and academic prose, groups that speak, non-assertions (rumours, denials, conditionals)
and pressure, both languages, both sides, about as many items without a row as with one.

The floors are the figures the rules reach on the file, minus a small margin; the items listed are those
whose rows the rules give exactly today (the others are the error table of the closing note).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.evaluate.probes import read_probes, run_probes, score_probes
from probe_support import item_errors

PROBES = Path(__file__).resolve().parent / "probes" / "stance_round7_content.tsv"
STANCE_FLOOR = 0.82  # F1 0.86 today (0.52 before this round)
STANCE_PRECISION_FLOOR = 0.91  # 0.96 today
VOICE_FLOOR = 0.85  # F1 0.89 today
SELECTED_STANCES = [
    "r7-001", "r7-006", "r7-011", "r7-018", "r7-021", "r7-022", "r7-023", "r7-024", "r7-025", "r7-029", "r7-030",
    "r7-031", "r7-034", "r7-038", "r7-041", "r7-042", "r7-043", "r7-044", "r7-045", "r7-047", "r7-048", "r7-049",
    "r7-050", "r7-051", "r7-053", "r7-056", "r7-058", "r7-059", "r7-061", "r7-062", "r7-063", "r7-065", "r7-066",
    "r7-069", "r7-070", "r7-072", "r7-073", "r7-075", "r7-077", "r7-078", "r7-079", "r7-081", "r7-082", "r7-083",
    "r7-086", "r7-088", "r7-089", "r7-090", "r7-091", "r7-092", "r7-094", "r7-095", "r7-096", "r7-099", "r7-100",
    "r7-101", "r7-102", "r7-103", "r7-105", "r7-106", "r7-109", "r7-110", "r7-111", "r7-116", "r7-118", "r7-120",
    "r7-121", "r7-122", "r7-124", "r7-126", "r7-127", "r7-128", "r7-129", "r7-131", "r7-133", "r7-136", "r7-138",
    "r7-139", "r7-140", "r7-142", "r7-143", "r7-145", "r7-146", "r7-148", "r7-150",
]
SELECTED_VOICES = [
    "r7-001", "r7-002", "r7-005", "r7-006", "r7-011", "r7-014", "r7-016", "r7-017", "r7-018", "r7-021", "r7-022",
    "r7-023", "r7-024", "r7-025", "r7-029", "r7-030", "r7-031", "r7-032", "r7-034", "r7-038", "r7-039", "r7-041",
    "r7-042", "r7-043", "r7-044", "r7-045", "r7-047", "r7-049", "r7-050", "r7-051", "r7-053", "r7-056", "r7-058",
    "r7-059", "r7-061", "r7-062", "r7-063", "r7-064", "r7-065", "r7-066", "r7-069", "r7-070", "r7-072", "r7-073",
    "r7-075", "r7-077", "r7-078", "r7-079", "r7-081", "r7-082", "r7-083", "r7-086", "r7-088", "r7-089", "r7-090",
    "r7-091", "r7-092", "r7-094", "r7-095", "r7-096", "r7-099", "r7-100", "r7-101", "r7-102", "r7-103", "r7-105",
    "r7-106", "r7-109", "r7-110", "r7-111", "r7-116", "r7-120", "r7-121", "r7-122", "r7-124", "r7-126", "r7-127",
    "r7-128", "r7-129", "r7-131", "r7-133", "r7-138", "r7-139", "r7-140", "r7-143", "r7-145", "r7-146", "r7-148",
    "r7-150",
]


@pytest.fixture(scope="module")
def scored():
    items = read_probes(PROBES)
    return items, score_probes(items, run_probes(items))


def test_floors(scored):
    _, scores = scored
    assert scores.get("stances") >= STANCE_FLOOR
    assert scores.get("stances", "all", "precision") >= STANCE_PRECISION_FLOOR
    assert scores.get("voices") >= VOICE_FLOOR


@pytest.mark.parametrize("item_id", SELECTED_STANCES)
def test_selected_stances(scored, item_id):
    _, scores = scored
    wrong = item_errors(scores, item_id)
    assert not wrong, wrong


@pytest.mark.parametrize("item_id", SELECTED_VOICES)
def test_selected_voices(scored, item_id):
    _, scores = scored
    wrong = item_errors(scores, item_id, "voices")
    assert not wrong, wrong
