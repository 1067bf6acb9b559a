"""Stance rows that can be audited: the ``rule`` and ``confidence`` columns (issue 20, what to build 2)."""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.probes import probe_document
from helpers.extract.stance import EXTRA_COLUMNS, find_stances
from helpers.extract.stance.holders import confidence_of, rule_families, rule_of
from helpers.extract.stance.lexicon import load_cues
from helpers.io.tables import TABLE_EXTRAS


def _rows(text: str, genre: str = "news") -> list[dict]:
    item = {"id": "t", "lang": "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en", "text": text,
            "note": f"genre={genre}"}
    return analyze_rows(probe_document(item), tables=("quotes", "stances"), scope="all")["stances"]


def test_columns_are_declared_and_written():
    assert {"rule", "confidence"} <= set(EXTRA_COLUMNS)
    assert TABLE_EXTRAS["stances"]["rule"] == "str"
    assert TABLE_EXTRAS["stances"]["confidence"] == "str"
    table = find_stances("Canada imposed sanctions on officials over the camps in Xinjiang.")
    assert {"rule", "confidence"} <= set(table.columns)


def test_every_cue_category_has_a_family():
    assert set(load_cues()["category"]) <= set(rule_families())


@pytest.mark.parametrize("category, source, expected", [
    ("sanctions", "subject", "pressure:sanctions"),
    ("counterterrorism", "quote", "justification:counterterrorism"),
    ("denial", "subject", "defence:denial"),
    ("abuse", "author", "author-voice:abuse"),
    ("concern", "carried", "carried-subject:concern"),
    ("accusation", "accuser", "accuser:accusation"),
    ("no_comment", "subject", "declined:no_comment"),
])
def test_rule_of(category, source, expected):
    assert rule_of(category, source) == expected


@pytest.mark.parametrize("source, origin, pos, strength, expected", [
    ("subject", "mention", "attitude", 3, "high"),      # "Canada condemned …"
    ("quote", "quote", "content", 2, "high"),           # a named speaker's claim
    ("quote", "open", "content", 1, "medium"),          # a framing word held by a company
    ("subject", "body", "attitude", 3, "medium"),       # السلطات → the policy owner, inferred
    ("subject", "group", "attitude", 2, "medium"),      # "Critics accuse …"
    ("quote", "group", "content", 1, "low"),            # a group's framing word
    ("accuser", "mention", "content", 1, "medium"),     # the author of a rejected accusation
    ("carried", "mention", "attitude", 3, "low"),       # the previous sentence's speaker
    ("author", "author", "content", 3, "low"),          # the document's own voice
])
def test_confidence_of(source, origin, pos, strength, expected):
    assert confidence_of(source=source, origin=origin, pos=pos, strength=strength) == expected


@pytest.mark.parametrize("text, genre, actor, rule, confidence", [
    ("Canada imposed sanctions on four officials over the camps in Xinjiang.", "news", "Canada",
     "pressure:sanctions", "high"),
    ("وقالت بكين إنها تواجه تهديدا إرهابيا في شينجيانغ.", "news", "China", "justification:counterterrorism", "high"),
    ("Critics accuse Beijing of erasing Uyghur culture in Xinjiang.", "news", "Critics",
     "critical-lexicon:accusation", "medium"),
    ("The camps in Xinjiang are a disgrace.", "opinion", "(author)", "author-voice:judgement", "low"),
])
def test_rows_carry_rule_and_confidence(text, genre, actor, rule, confidence):
    rows = [r for r in _rows(text, genre) if r["actor"] == actor]
    assert rows, _rows(text, genre)
    assert any(r["rule"] == rule and r["confidence"] == confidence for r in rows), \
        [(r["rule"], r["confidence"]) for r in rows]
