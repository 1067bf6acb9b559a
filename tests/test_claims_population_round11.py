"""Issue 20 kind 7, round 11: whose population a population figure is.

- a head counter (نسمة) takes no genitive: the word after it ("نسمة عام 2020", "نسمة بحسب …") is not the place
  it counts (``counter`` rows of ``data/claims/figure_anchors.tsv``), while a noun of population (سكان، تعداد;
  "population of") and a verb of living (يقطن شينجيانغ) still name it;
- the topic's people named before the number in its clause ("عدد الإيغور نحو …", "the number of Uyghurs …") is what
  the number counts, unless a place comes between ("عدد سكان تركيا …"): an adjective of origin after the
  number (الصيني, "Chinese census") is the source's, not the place counted.

Each text is my own; every table has items where the figure must stay out.
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.probes import probe_document


def _values(text: str) -> set[str]:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    document = probe_document({"id": "t", "text": text, "lang": lang, "note": ""})
    return {r["value"] for r in analyze_rows(document, tables=("claims",), scope="all")["claims"]}


COUNTER = [
    ("وبلغ عدد الإيغور في الإقليم قرابة 11.8 مليون نسمة عام 2021، وفق أرقام رسمية.", {"11800000"}),
    ("يقطن شينجيانغ قرابة 26 مليون نسمة حسب تعداد عام 2020.", {"26000000"}),
    ("ويعيش في شينجيانغ نحو 12 مليون نسمة من الأويغور خلال العقد الأخير.", {"12000000"}),
    ("ويبلغ عدد سكان قيرغيزستان نحو 7 ملايين نسمة عام 2022، بينهم أقلية من الأويغور.", set()),
    ("يقطن مدينة ألماتي قرابة مليوني نسمة حسب إحصاء 2021، وتضم جالية من الإيغور.", set()),
    ("ويبلغ عدد سكان إسطنبول 15 مليون نسمة، ويقيم فيها لاجئون من الإيغور.", set()),
]

PEOPLE_BEFORE = [
    ("يبلغ عدد الأويغور قرابة 12 مليون شخص وفق الإحصاء الرسمي الصيني.", {"12000000"}),
    ("ويقدر عدد الإيغور بنحو 11 مليون نسمة بحسب التعداد الصيني الأخير.", {"11000000"}),
    ("The number of Uyghurs in the region stood at 11.6 million in the latest Chinese census.", {"11600000"}),
    ("ويبلغ عدد سكان تركيا نحو 85 مليون نسمة حسب الإحصاء التركي، بينهم جالية من الإيغور.", set()),
    ("Kazakhstan, with a population of about 20 million, hosts a Uyghur community, the Kazakh census says.", set()),
    ("ويبلغ عدد سكان مصر أكثر من 105 ملايين نسمة بحسب الجهاز المركزي، فيما تناولت الندوة قضية الإيغور.", set()),
]


@pytest.mark.parametrize(("text", "expected"), COUNTER + PEOPLE_BEFORE)
def test_whose_population(text: str, expected: set[str]) -> None:
    assert _values(text) == expected
