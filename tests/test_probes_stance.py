"""The stance/voice development probes (tests/probes/stance.tsv) as a test: a floor on their scores and the
exact rows of a selection of items (every kind, both languages, items where nothing must be found).

The floors are the figures the rules reach on the file, minus a small margin; the held-back probes
(tests/probes/heldback/) are never read here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.evaluate.probes import PROBE_KINDS, read_probes, run_probes, score_probes

PROBES = Path(__file__).resolve().parent / "probes" / "stance.tsv"
STANCE_FLOOR = 0.93
VOICE_FLOOR = 0.88
KIND_FLOOR = 0.85
#: Items whose stance rows must be exactly the expected ones.
SELECTED = ["st-j01", "st-j02", "st-j23", "st-p01", "st-p20", "st-p25", "st-o04", "st-o05", "st-o17",
            "st-n05", "st-n23", "st-n10", "st-a05", "st-a11", "st-a16", "st-g10", "st-g11", "st-g23",
            "st-x01", "st-x04", "st-x22"]


@pytest.fixture(scope="module")
def scored():
    items = read_probes(PROBES)
    tables = run_probes(items)
    return items, tables, score_probes(items, tables)


def test_file_shape():
    items = read_probes(PROBES)
    assert len(items) >= 150
    # every kind but "attribution", the kind of the several-paragraph items of later rounds
    assert {i["kind"] for i in items} == set(PROBE_KINDS) - {"attribution"}
    langs = [i["lang"] for i in items]
    assert abs(langs.count("ar") - langs.count("en")) <= len(items) // 10
    negative = sum(1 for i in items if not i["expected"])
    assert negative >= len(items) - negative  # as many items where nothing is found as items with rows


def test_floors(scored):
    _, _, scores = scored
    assert scores.get("stances") >= STANCE_FLOOR
    assert scores.get("voices") >= VOICE_FLOOR
    for kind in set(PROBE_KINDS) - {"attribution"}:
        assert scores.get("stances", f"kind={kind}") >= KIND_FLOOR, kind
    for lang in ("ar", "en"):
        assert scores.get("stances", f"lang={lang}") >= STANCE_FLOOR, lang


@pytest.mark.parametrize("item_id", SELECTED)
def test_selected_items(scored, item_id):
    _, _, scores = scored
    wrong = [e for e in scores.errors if e["id"] == item_id and e["measure"] == "stances"]
    assert not wrong, wrong


#: Later batches: round 3 (written after the round's fixes) and the checks written against its cues (each cue's
#: other side: critics calling a trial politically motivated, ما تفعله الصين ضد الإرهاب, openness off the policy).
LATER = {"stance_round3.tsv": (0.90, ["s3-j03", "s3-p03", "s3-o01", "s3-o05", "s3-a01", "s3-a02", "s3-g02",
                                      "s3-x02", "s3-n04", "s3-o06"]),
         "stance_round3_checks.tsv": (0.60, ["s3c-08", "s3c-09", "s3c-11", "s3c-12", "s3c-16", "s3c-18", "s3c-19",
                                             "s3c-20", "s3c-21", "s3c-23", "s3c-24", "s3c-25", "s3c-26"])}

#: Checks whose expected row is missed today but that must give no row of the opposite label.
NO_FALSE_HIT = {"s3c-03", "s3c-06", "s3c-07", "s3c-22"}


@pytest.mark.parametrize("name", sorted(LATER))
def test_later_batches(name):
    floor, selected = LATER[name]
    items = read_probes(PROBES.parent / name)
    scores = score_probes(items, run_probes(items))
    assert scores.get("stances") >= floor
    wrong = [e for e in scores.errors if e["id"] in selected and e["measure"] == "stances"]
    assert not wrong, wrong
    # the other side of a new cue may still be missed, but is never read as the opposite label
    false = [e for e in scores.errors if e["id"] in NO_FALSE_HIT and e["error"] == "false hit"]
    assert not false, false


def test_paragraph_marker(tmp_path):
    """A text cell's two characters backslash-n become a paragraph break of the probe document."""
    path = tmp_path / "p.tsv"
    path.write_text("id\tkind\tlang\ttext\tstances\tvoices\tnote\n"
                    "at-01\tattribution\ten\tFirst paragraph.\\nSecond one.\t\t\t\n", encoding="utf-8")
    (item,) = read_probes(path)
    assert item["text"] == "First paragraph.\n\nSecond one."
    assert item["kind"] == "attribution"
