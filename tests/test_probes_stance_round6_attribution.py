"""The round-6 attribution probes (tests/probes/stance_round6_attribution.tsv) as a test: who speaks across
the sentences of short several-paragraph articles — a pronoun or a bare verb (she said, وقالت، وأضاف، وتابعت)
after a sentence that introduces someone without giving them a voice ("X, a London-based activist, welcomed
the letter. She said …"), gender agreement where the language shows it (a feminine وأضافت skips a masculine
subject in between), "it said" and a new paragraph; role and body carry ("the spokeswoman added", "the
ministry added", وقالت المتحدثة، وقال المكتب، "its director said"); appositions ("The congress's president,
Dolkun Isa, opened it. He said …"); staff of organisations ("a China researcher at Human Rights Watch",
الباحثة في المنظمة، المسؤول في السفارة); addressees that are not speakers ("a letter to the UN human rights
council", "China's mission to the EU", "told Reuters", لوكالة، للتلفزيون، في رسالة إلى); "according to"
chains ("witnesses quoted by the BBC") and invitations (دعا … إلى زيارة) — both languages, both sides, and
as many items with no stance row (neutral speech, nobody speaking, actors only mentioned).

The floors are the figures the rules reach on the file, minus a small margin; the items whose exact rows are
checked are of the file's development part (ids whose number is not a multiple of 3); the held-back probes
(tests/probes/heldback/) are never read here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.evaluate.probes import read_probes, run_probes, score_probes
from probe_support import item_errors, shape_problems

PROBES = Path(__file__).resolve().parent / "probes" / "stance_round6_attribution.tsv"
VOICE_FLOOR = 0.88  # F1 0.92 today on the whole file (0.66 before this round)
VOICE_PRECISION_FLOOR = 0.91  # 0.95 today
LANG_VOICE_FLOOR = 0.83  # ar 0.88, en 0.97 today
STANCE_FLOOR = 0.67  # 0.73 today (stance cues are the stance stage's)
#: Negative items that get a stance row from the stance stage's own cues (not a voice of the quote stage):
#: "دعا مسؤولون صينيون وفدا … إلى زيارة شينجيانغ" (an invitation) — left to the stance stage.
STANCE_STAGE_NEGATIVES = {"s6q-e20"}
#: Known error since the round-6 stance rules joined these speaker rules, not in SELECTED_STANCES: a "reveal"
#: verb inside another speaker's quote ("testimonies of former detainees reveal torture", in a researcher's
#: words) is read as a nested quote, and its subject gets a stance row of its own.  Whether a nested voice
#: holds a stance is an open convention (the lead's closing note); the floors count the item, and its strict
#: xfail below turns red once it is fixed.
NESTED_QUOTE_ERRORS = {"s6q-f10"}
#: Items whose voices must be exactly the expected ones: every construction, both languages, negatives.
SELECTED = ["s6q-a01", "s6q-a02", "s6q-a04", "s6q-a05", "s6q-a07", "s6q-a08", "s6q-a10", "s6q-a11", "s6q-c01",
            "s6q-c02", "s6q-c04", "s6q-c05", "s6q-c07", "s6q-c10", "s6q-e01", "s6q-e02", "s6q-e05", "s6q-e07",
            "s6q-e08", "s6q-e10", "s6q-f01", "s6q-f02", "s6q-f04", "s6q-f07", "s6q-g01", "s6q-g04", "s6q-g05",
            "s6q-h01", "s6q-h04", "s6q-i01", "s6q-i02", "s6q-i04", "s6q-i05", "s6q-b01", "s6q-b02", "s6q-b04",
            "s6q-b07", "s6q-b10", "s6q-d01", "s6q-d02", "s6q-d04", "s6q-d05", "s6q-d08", "s6q-d10", "s6q-e13",
            "s6q-e14", "s6q-e17", "s6q-e19", "s6q-e23", "s6q-f11", "s6q-f13", "s6q-f14", "s6q-g07", "s6q-g10",
            "s6q-h10", "s6q-h14", "s6q-i07", "s6q-i08", "s6q-i10", "s6q-n01", "s6q-n02", "s6q-n05", "s6q-n07",
            "s6q-n11", "s6q-n16", "s6q-n17", "s6q-n20", "s6q-n23", "s6q-n25", "s6q-n29", "s6q-k01", "s6q-k02",
            "s6q-k04", "s6q-k05", "s6q-k07", "s6q-k08", "s6q-k10", "s6q-k11", "s6q-k13", "s6q-k14", "s6q-k16",
            "s6q-k17", "s6q-k19", "s6q-k20", "s6q-k22", "s6q-k23",
            "s6q-k25", "s6q-k26", "s6q-k28", "s6q-k29"]
#: Items whose stance rows must be exactly the expected ones.
SELECTED_STANCES = ["s6q-a04", "s6q-a07", "s6q-a08", "s6q-c01", "s6q-c02", "s6q-c04", "s6q-c05", "s6q-e01",
                    "s6q-e02", "s6q-e05", "s6q-f01", "s6q-f04", "s6q-f07", "s6q-g02", "s6q-i02", "s6q-b04",
                    "s6q-d01", "s6q-d04", "s6q-d11", "s6q-e13", "s6q-e17", "s6q-e23", "s6q-f13",
                    "s6q-g07", "s6q-g08", "s6q-i07", "s6q-i11", "s6q-k01", "s6q-k04", "s6q-k07", "s6q-k08"]


@pytest.fixture(scope="module")
def scored():
    items = read_probes(PROBES)
    return items, score_probes(items, run_probes(items))


def test_file_shape():
    """Both languages, both sides, about as many items without a stance row as with one, several paragraphs."""
    items = read_probes(PROBES)
    assert shape_problems(items, min_items=120, negative_slack=16) == []
    assert sum("\n" in i["text"] for i in items) == len(items)  # every item is an article of paragraphs
    assert sum(i["kind"] == "attribution" for i in items) >= 0.8 * len(items)


def test_floors(scored):
    _, scores = scored
    assert scores.get("voices") >= VOICE_FLOOR
    assert scores.get("voices", "all", "precision") >= VOICE_PRECISION_FLOOR
    assert scores.get("stances") >= STANCE_FLOOR
    for lang in ("ar", "en"):
        assert scores.get("voices", f"lang={lang}") >= LANG_VOICE_FLOOR, lang


def test_no_stance_on_negatives(scored):
    items, scores = scored
    false = item_errors(scores, [i["id"] for i in items if not i["expected"]
                                 and i["id"] not in STANCE_STAGE_NEGATIVES])
    assert not false, false


@pytest.mark.parametrize("item_id", SELECTED)
def test_selected_voices(scored, item_id):
    _, scores = scored
    wrong = item_errors(scores, item_id, "voices")
    assert not wrong, wrong


@pytest.mark.parametrize("item_id", SELECTED_STANCES + [
    pytest.param(i, marks=pytest.mark.xfail(strict=True, reason="nested quote holds a stance"))
    for i in sorted(NESTED_QUOTE_ERRORS)])
def test_selected_stances(scored, item_id):
    _, scores = scored
    wrong = item_errors(scores, item_id)
    assert not wrong, wrong
