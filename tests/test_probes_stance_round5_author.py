"""The round-5 author-voice probes (tests/probes/stance_round5_author.tsv) as a test: the document's own voice in
opinion columns and academic papers — evaluations without a first-person marker ("The campaign amounts to cultural
erasure.", "Beijing's policy has brought stability …"), what a paper "shows" or "argues", framing ("so-called …"),
closing calls on governments, a claim the author calls false ("… is a fabrication", but not "… is no myth") — on
both sides of the debate, with as many items where the author holds nothing: news narrative, an evaluation
attributed to someone else in the sentence or the one before ("In its view, …", "وأضافت أنها …"), questions,
conditions, hedges, hearsay ("it is alleged that", "يقال إن") and evaluations of something else than the policy.

The floors are the figures the rules reach on the file, minus a small margin; the held-back probes
(tests/probes/heldback/) are never read here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.evaluate.probes import read_probes, run_probes, score_probes
from probe_support import floor_problems, item_errors, shape_problems

PROBES = Path(__file__).resolve().parent / "probes" / "stance_round5_author.tsv"
KINDS = ("author_voice", "non_assertion", "other")
STANCE_FLOOR = 0.94  # F1 0.97 today
RECALL_FLOOR = 0.94  # 0.98 today
KIND_FLOOR = {"author_voice": 0.94}  # 0.97 today
VOICE_FLOOR = 0.85  # 0.89 today (voices: the attributed items)
#: Items whose stance rows must be exactly the expected ones: both languages, both sides, every sub-kind, negatives.
SELECTED = ["s5-a01", "s5-a02", "s5-a03", "s5-a05", "s5-a06", "s5-a13", "s5-a18", "s5-a20",
            "s5-a21", "s5-a22", "s5-a24", "s5-a25", "s5-a33", "s5-a37", "s5-a39", "s5-a40",
            "s5-n01", "s5-n02", "s5-n05", "s5-n07", "s5-n08", "s5-n09", "s5-n10", "s5-n13", "s5-n18", "s5-n19",
            "s5-n20", "s5-n21", "s5-n25", "s5-n26", "s5-n31", "s5-n32", "s5-n33", "s5-n34", "s5-n43", "s5-n44",
            "s5-n45", "s5-n51", "s5-n55", "s5-n14", "s5-n22", "s5-n46", "s5-a41", "s5-a42", "s5-a43", "s5-a44",
            "s5-n57", "s5-n58", "s5-n59", "s5-n60"]


@pytest.fixture(scope="module")
def scored():
    items = read_probes(PROBES)
    return items, score_probes(items, run_probes(items))


def test_file_shape():
    """As many Arabic as English items, both sides, as many items where nothing is found as items with rows."""
    assert shape_problems(read_probes(PROBES), min_items=80, kinds=KINDS, lang_slack=0) == []


def test_floors(scored):
    _, scores = scored
    assert floor_problems(scores, stance=STANCE_FLOOR, recall=RECALL_FLOOR, voice=VOICE_FLOOR, kinds=KIND_FLOOR) == []


def test_no_author_row_outside_the_authors_voice(scored):
    """News, questions, conditions, hedges, hearsay and evaluations of something else never give a row."""
    items, scores = scored
    false = item_errors(scores, [i["id"] for i in items if i["kind"] in ("non_assertion", "other")])
    assert not false, false


@pytest.mark.parametrize("item_id", SELECTED)
def test_selected_items(scored, item_id):
    _, scores = scored
    wrong = item_errors(scores, item_id)
    assert not wrong, wrong
