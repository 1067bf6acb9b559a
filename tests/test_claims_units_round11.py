"""Issue 20 kind 7, round 11: what a number counts when two adjectives stand before the noun.

"380 suspected detention facilities", "12 newly built camps": up to two words may stand between a number and the
counted noun of ``data/claims/count_units.tsv`` (the fewest are tried first, so "6.2 percent last year" still counts
percent); a preposition among them ("40 paintings by Uyghur artists") means the noun after it counts something else
(``unit_joiner_en`` rows of ``data/text/affixes.tsv``).
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.probes import probe_document


def _values(text: str) -> set[str]:
    document = probe_document({"id": "t", "text": text, "lang": "en", "note": ""})
    return {r["value"] for r in analyze_rows(document, tables=("claims",), scope="all")["claims"]}


TWO_ADJECTIVES = [
    ("The think tank said it had identified 380 suspected detention facilities in Xinjiang.", {"380"}),
    ("Satellite images show 14 newly built camps for detainees around Kashgar in Xinjiang.", {"14"}),
    ("Officials in Xinjiang said the region's economy grew by 6.2 percent last year, calling it proof of stability.",
     {"6.2"}),
    ("The exhibition of 40 paintings by Uyghur artists opens in Paris next week.", set()),
    ("The museum in Urumqi received 25 recently restored carpets from a private collector.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TWO_ADJECTIVES)
def test_two_adjectives(text: str, expected: set[str]) -> None:
    assert _values(text) == expected
