"""Issue 20 kind 7, round 11: what a number counts when two adjectives stand before the noun.

"380 suspected detention facilities", "12 newly built camps": up to two words may stand between a number and the
counted noun of ``data/claims/count_units.tsv`` (the fewest are tried first, so "6.2 percent last year" still counts
percent); a preposition among them ("40 paintings by Uyghur artists") means the noun after it counts something else
(``unit_joiner_en`` rows of ``data/text/affixes.tsv``).

Also: a sentence that opens with a national word ("Nationwide, …") counts over the whole state in every clause; a
team's size («فريق التحقيق المكون من ثلاثة صحفيين», "a team of five researchers") and centimetres are no figures.
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.probes import probe_document


def _values(text: str) -> set[str]:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    document = probe_document({"id": "t", "text": text.replace("\\n", "\n\n"), "lang": lang, "note": ""})
    return {r["value"] for r in analyze_rows(document, tables=("claims",), scope="all")["claims"]}


TWO_ADJECTIVES = [
    ("The think tank said it had identified 380 suspected detention facilities in Xinjiang.", {"380"}),
    ("Satellite images show 14 newly built camps for detainees around Kashgar in Xinjiang.", {"14"}),
    ("Officials in Xinjiang said the region's economy grew by 6.2 percent last year, calling it proof of stability.",
     {"6.2"}),
    ("The exhibition of 40 paintings by Uyghur artists opens in Paris next week.", set()),
    ("Officials in Xinjiang demolished 38 mosques last year, the researchers found.", {"38"}),
    ("The museum in Urumqi received 25 recently restored carpets from a private collector.", set()),
]


OTHER_COUNTS = [
    ("A researcher says birth rates in two Uyghur prefectures of Xinjiang fell by 60 percent.\\nNationwide, China's "
     "birth rate dropped to 10.48 per 1,000 people in 2019, according to the statistics bureau.", {"60"}),
    ("A researcher says birth rates in two Uyghur prefectures of Xinjiang fell by 60 percent.\\nThe birth rate in "
     "Hotan dropped to 8.2 per 1,000 people in 2019, according to the statistics bureau.", {"60", "8.2"}),
    ("واعتمد فريق التحقيق المكون من ثلاثة صحفيين على صور أقمار صناعية لمعسكرات شينجيانغ بدقة 50 سنتيمترا.", set()),
    ("A team of five researchers spent 18 months mapping the camps in Xinjiang.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_COUNTS)
def test_other_counts(text: str, expected: set[str]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), TWO_ADJECTIVES)
def test_two_adjectives(text: str, expected: set[str]) -> None:
    assert _values(text) == expected
