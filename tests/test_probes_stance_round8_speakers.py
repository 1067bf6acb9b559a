"""The round-8 speaker probes (tests/probes/stance_round8_speakers.tsv) as a test: who speaks, end to end —
multi-word names of state bodies (China's State Council Information Office, مكتب الإعلام لحكومة منطقة
شينجيانغ …) speak for their state and an open-world body's office for nobody known; a role then a name after
an Arabic object verb (وصف، اتهم، طالب الناشط X …) is the named person's voice, not the role's group;
parenthetical speech ("The camps, he said, …", على حد قوله، كما قالت، "according to him") is the voice of the
pronoun's antecedent; reported speech of a generic subject (reports, sources, some media, تقارير إعلامية،
مصادر) is nobody's, not the author's in an opinion piece; nouns spelt like verbs and hearers are no voices —
both languages, both sides, as many items without a stance row as with one.

The floors are the figures the rules reach on the file, minus a small margin; the held-back probes
(tests/probes/heldback/) are never read here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.evaluate.probes import read_probes, run_probes, score_probes
from probe_support import item_errors, shape_problems

PROBES = Path(__file__).resolve().parent / "probes" / "stance_round8_speakers.tsv"
VOICE_FLOOR = 0.93  # F1 1.00 today (0.63 before this round)
STANCE_FLOOR = 0.90  # 0.96 today (0.60 before): a defence read as critical too, a figure with no cue
#: Items whose voices must be exactly the expected ones: every kind, both languages, negatives.
SELECTED = ["q8-01", "q8-02", "q8-03", "q8-04", "q8-06", "q8-07", "q8-08", "q8-10", "q8-12", "q8-13", "q8-15",
            "q8-16", "q8-17", "q8-18", "q8-19", "q8-20", "q8-21", "q8-22", "q8-23", "q8-24", "q8-25", "q8-26",
            "q8-28", "q8-29", "q8-34", "q8-36", "q8-37", "q8-40", "q8-43", "q8-44", "q8-46", "q8-47", "q8-48",
            "q8-50", "q8-53", "q8-54"]
#: Items whose stance rows must be exactly the expected ones (the generic voices: no author row).
SELECTED_STANCES = ["q8-03", "q8-07", "q8-08", "q8-18", "q8-20", "q8-21", "q8-24", "q8-25", "q8-26", "q8-27",
                    "q8-28", "q8-29", "q8-30", "q8-31", "q8-32", "q8-37", "q8-49", "q8-50"]


@pytest.fixture(scope="module")
def scored():
    items = read_probes(PROBES)
    return items, score_probes(items, run_probes(items))


def test_file_shape():
    """Both languages, both sides, as many items without a stance row as with one."""
    assert shape_problems(read_probes(PROBES), min_items=50) == []


def test_floors(scored):
    _, scores = scored
    assert scores.get("voices") >= VOICE_FLOOR
    assert scores.get("stances") >= STANCE_FLOOR
    for lang in ("ar", "en"):
        assert scores.get("voices", f"lang={lang}") >= VOICE_FLOOR, lang


def test_no_stance_on_negatives(scored):
    items, scores = scored
    false = item_errors(scores, [i["id"] for i in items if not i["expected"]])
    assert not false, false


@pytest.mark.parametrize("item_id", SELECTED)
def test_selected_voices(scored, item_id):
    _, scores = scored
    wrong = item_errors(scores, item_id, "voices")
    assert not wrong, wrong


@pytest.mark.parametrize("item_id", SELECTED_STANCES)
def test_selected_stances(scored, item_id):
    _, scores = scored
    wrong = item_errors(scores, item_id, "stances")
    assert not wrong, wrong
