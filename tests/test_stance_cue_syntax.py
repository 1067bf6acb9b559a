"""The cue syntax's trap: a space separates words, ``|`` separates forms of ONE word.

"to lecture|to preach" is read as the words "to", "lecture|to", "preach" — a cue that can never match —
where its author meant two phrases. Such a row shows itself by one form standing in two word slots of a
cue; every cue of ``data/stance/cues.tsv`` must be free of it (phrases go in rows of their own).
"""

from __future__ import annotations

import re

import pytest

from helpers.extract.stance.lexicon import cue_regex, load_cues

_GAP = {"_", "__", "___"}


def repeated_forms(cue: str) -> set[str]:
    """Forms that stand in two different word slots of a cue (class words and gaps aside).

    Args:
        cue: a cue in the lexicon's syntax.

    Returns:
        The repeated forms (empty for a well-formed cue).
    """
    first: dict[str, int] = {}
    repeated = set()
    slots = [w for w in cue.split() if w not in _GAP and not w.startswith(("@", "=@"))]
    for k, word in enumerate(slots):
        for form in word.lstrip("=").split("|"):
            if first.setdefault(form, k) != k:
                repeated.add(form)
    return repeated


@pytest.mark.parametrize("cue, expected", [
    ("no right _ to lecture|to preach", {"to"}),  # two phrases written as alternatives
    ("as it claims|it claims", {"it", "claims"}),
    ("no right|authority _ to lecture|preach|judge", set()),  # one word's forms: well formed
    ("call*|calling for|on release|access", set()),
])
def test_repeated_forms(cue, expected):
    assert repeated_forms(cue) == expected


def test_no_cue_writes_phrases_as_alternatives():
    bad = [(row.lang, row.cue) for row in load_cues().itertuples() if repeated_forms(row.cue)]
    assert not bad, bad


@pytest.mark.parametrize("cue, lang, text", [
    ("no right|authority|standing _ to lecture|preach|judge|criticise|criticize", "en",
     "the west has no right to lecture china"),
    ("as it claims", "en", "the camps, as it claims, are schools"),
])
def test_the_mended_rows_match(cue, lang, text):
    assert re.search(cue_regex(cue, lang=lang), text)
