"""The document rule of relevance: topical means the topic is a subject of the text.

Table-driven over synthetic documents (sentences as spans, hits placed in them), so
that each row states one situation of the rule: where the core names are (lead or
body), what share of the sentences they fill, whether an anchor gives substance.
Every way to be topical asks for a share of the sentences; a count of names in a
long text never suffices (issue 20, kind 8).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.relevance.classify import document_relevance
from helpers.relevance.topics import load_profile

WIDTH = 10


def _document(n: int, hits: list[tuple[int, str]]):
    """``n`` sentences of WIDTH characters and one hit per (sentence index, kind)."""
    sentences = [{"start": i * WIDTH, "end": (i + 1) * WIDTH - 1} for i in range(n)]
    found = [{"start": i * WIDTH + 1, "end": i * WIDTH + 4, "surface": "x", "term": f"{kind}:x",
              "kind": kind} for i, kind in hits]
    return sentences, sorted(found, key=lambda h: h["start"])


def _core(*indices):
    return [(i, "core") for i in indices]


@pytest.mark.parametrize("n, hits, expected, why", [
    (5, _core(0, 2), "topical", "the title names it; two of five sentences"),
    (4, _core(1), "topical", "a brief: the lead names it"),
    (20, _core(1), "passing", "the lead names it once in a long text"),
    (33, _core(10, 17, 30), "passing", "three names spread over a long encyclopedic text"),
    (13, _core(0, 11), "passing", "the first line and once more in thirteen sentences"),
    (20, _core(1) + [(2, "anchor"), (3, "anchor"), (5, "anchor")], "topical",
     "the lead names it and anchors carry the topic on"),
    (5, _core(2) + [(3, "anchor")], "topical", "a short story with substance"),
    (4, _core(2), "passing", "a short story that only names the region as someone's home"),
    (10, _core(5, 6), "passing", "a fifth of the sentences, no anchor, not in the lead"),
    (10, _core(3, 5, 7), "topical", "nearly a third of the sentences name it"),
    (15, _core(7, 8) + [(8, "anchor")], "passing", "one paragraph of a long story, with an anchor"),
    (30, _core(*range(3, 30, 3)) + [(4, "anchor")], "topical", "named all through, with substance"),
    (8, [], "none", "no core name"),
])
def test_document_rule(n, hits, expected, why):
    sentences, found = _document(n, hits)
    assert document_relevance(sentences, found)["relevance"] == expected, why


def test_evidence_ends_with_the_sentence_counts():
    sentences, found = _document(10, _core(0, 4) + [(4, "anchor"), (6, "anchor")])
    evidence = document_relevance(sentences, found)["relevance_evidence"]
    assert evidence.startswith("lead; ")
    assert evidence.endswith("; sentences: 3 topical, 2 core of 10")


def test_a_count_of_names_is_off_in_the_packaged_profiles():
    for name in ("xinjiang", "rohingya"):
        limits = load_profile(name).thresholds
        assert limits["topical_hits"] == 0
        assert limits["lead_share"] > 0 and limits["subject_share"] > limits["topical_share"]


def test_a_profile_may_still_ask_for_a_count(tmp_path: Path):
    path = tmp_path / "counting.toml"
    path.write_text('id = "counting"\ntarget = "x"\n[core]\nentities = ["xinjiang"]\n'
                    "[thresholds]\ntopical_hits = 3\n", encoding="utf-8")
    sentences, found = _document(33, _core(10, 17, 30))
    assert document_relevance(sentences, found, str(path))["relevance"] == "topical"
    assert document_relevance(sentences, found)["relevance"] == "passing"


def _lines(lines: list[str]):
    """Sentences of a document written one per line: (sentences, their texts)."""
    sentences, start = [], 0
    for index, text in enumerate(lines):
        sentences.append({"start": start, "end": start + len(text), "text": text, "paragraph": index})
        start += len(text) + 1
    return sentences


def _hits_in(sentences, indices):
    return [{"start": sentences[i]["start"], "end": sentences[i]["start"] + 1, "surface": "x",
             "term": "core:x", "kind": "core"} for i in indices]


PROSE = "A full sentence of the story that ends with a stop."
LINK = "A short related headline"


@pytest.mark.parametrize("lines, core, expected, why", [
    (["The region in a short title"] + [PROSE] * 9, [0, 3], "topical",
     "a title hit and a fifth of the sentences"),
    (["The region in a short title"] + [PROSE] * 19, [0], "passing",
     "only the title names it in a long text"),
    (["The region in a short title"] + [PROSE] * 12 + [LINK] * 30, [0, 2], "topical",
     "a link list does not dilute the story: 2 of 13 sentences, the title among them"),
    ([PROSE] * 12 + [LINK] * 3, [13, 14], "passing",
     "related headlines that name the region are not the story"),
    ([LINK] * 6, [2, 3], "topical", "without any prose every line counts"),
])
def test_title_and_prose(lines, core, expected, why):
    sentences = _lines(lines)
    assert document_relevance(sentences, _hits_in(sentences, core))["relevance"] == expected, why
