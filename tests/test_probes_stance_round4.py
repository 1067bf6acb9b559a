"""The round-4 stance/voice probes (tests/probes/stance_round4.tsv) as a test: recall on reporting the rules were
not shaped on — open-world speakers (researchers, companies, artists, lawyers, officials named by their title,
"a former detainee"), the author's own voice in opinion and academic text, and groups ("rights groups",
"Muslim-majority states", "Chinese scholars") — on both sides of the debate, with as many items where nothing
must be found (a named person speaking off the topic, a company that merely operates in the region, a group only
mentioned, an author's narrative without evaluation).

The floors are the figures the rules reach on the file, minus a small margin; the held-back probes
(tests/probes/heldback/) are never read here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.evaluate.evaluate_probes import read_probes, run_probes, score_probes

PROBES = Path(__file__).resolve().parent / "probes" / "stance_round4.tsv"
KINDS = ("open_actor", "author_voice", "group")
STANCE_FLOOR = 0.87  # F1 0.90 today (0.86 before the speaker and author-voice rounds)
RECALL_FLOOR = 0.84  # 0.87 today
VOICE_FLOOR = 0.89  # 0.92 today
KIND_FLOOR = {"open_actor": 0.80, "author_voice": 0.90, "group": 0.89}  # 0.84, 0.94, 0.93 today
#: Items whose stance rows must be exactly the expected ones: every kind, both languages, both sides, negatives.
SELECTED = ["s4-o01", "s4-o03", "s4-o05", "s4-o13", "s4-o15", "s4-o16", "s4-o25", "s4-o29", "s4-o30", "s4-o40",
            "s4-o43", "s4-o52", "s4-o06", "s4-o18", "s4-p03", "s4-p07", "s4-p10", "s4-p13", "s4-p16", "s4-q10", "s4-q15",
            "s4-a01", "s4-a02", "s4-a12", "s4-a13", "s4-a21", "s4-a26", "s4-a38", "s4-p31", "s4-p37", "s4-p41",
            "s4-q25", "s4-q29", "s4-x12", "s4-x30",
            "s4-g04", "s4-g08", "s4-g11", "s4-g16", "s4-g21", "s4-g23", "s4-g28", "s4-g41", "s4-p55", "s4-p61",
            "s4-q40", "s4-q46", "s4-x01", "s4-x19", "s4-x25", "s4-x35"]


@pytest.fixture(scope="module")
def scored():
    items = read_probes(PROBES)
    return items, score_probes(items, run_probes(items))


def test_file_shape():
    items = read_probes(PROBES)
    assert len(items) >= 120
    assert {i["kind"] for i in items} == set(KINDS)
    langs = [i["lang"] for i in items]
    assert abs(langs.count("ar") - langs.count("en")) <= len(items) // 10
    negative = sum(1 for i in items if not i["expected"])
    assert negative >= len(items) - negative  # as many items where nothing is found as items with rows
    sides = {fact.split("=")[1] for i in items for fact in i["stances"].split(" | ") if "=" in fact}
    assert {"critical", "defends"} <= sides


def test_floors(scored):
    _, scores = scored
    assert scores.get("stances") >= STANCE_FLOOR
    assert scores.get("stances", "all", "recall") >= RECALL_FLOOR
    assert scores.get("voices") >= VOICE_FLOOR
    for kind, floor in KIND_FLOOR.items():
        assert scores.get("stances", f"kind={kind}") >= floor, kind


def test_no_stance_on_negatives(scored):
    items, scores = scored
    negative = {i["id"] for i in items if not i["expected"]}
    false = [e for e in scores.errors if e["id"] in negative and e["measure"] == "stances"]
    assert not false, false


@pytest.mark.parametrize("item_id", SELECTED)
def test_selected_items(scored, item_id):
    _, scores = scored
    wrong = [e for e in scores.errors if e["id"] == item_id and e["measure"] == "stances"]
    assert not wrong, wrong
