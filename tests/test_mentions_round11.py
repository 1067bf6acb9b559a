"""Issue 20 kinds 8 and 9, round 11: names of the region's places that name something else.

- **Venues**: a place name right after a venue noun («مطعم "كاشغر"», "Restaurant Urumqi", «فندق أورومتشي»), or
  after a naming phrase that follows one («مطعم صغير يحمل اسم "كاشغر"», "a café named Kashgar"), is the venue's
  name, not the place (``venue`` and ``naming`` rows of ``data/mentions/name_context.tsv``); "a restaurant in
  Kashgar" names the place.
- **Another Xinjiang**: Xinjiang County in Shanxi («محافظة شينجيانغ») is a place of its own in the gazetteer, so the
  longest match gives it, not the region.
- **A family name**: "Uygur" is also a Turkish family name (``family`` rows of ``gazetteer/ambiguous.tsv``): it
  counts alone ("Uygur farmers in the south …"), but not after a given name or a title ("Deniz Uygur"), nor anywhere
  in a document that uses it so, unless the document also names the topic otherwise.

Each text is my own.
"""

from __future__ import annotations

import pytest

from helpers.extract.mentions.rows import find_mentions


def _entities(text: str) -> set[str]:
    return set(find_mentions(text)["entity_id"])


NAMES = [
    ('افتتح في عمّان مطعم جديد يحمل اسم "كاشغر" ويقدم أطباقا تركية.', set()),
    ('مطعم "كاشغر" في جبل عمّان يقدم الكباب والأرز.', set()),
    ("A Turkish chain opened a café named Urumqi in Leeds last week.", set()),
    ("Hotel Kashgar in Istanbul is fully booked for the holidays.", set()),
    ("افتتح مطعم في كاشغر بعد ترميم السوق القديم.", {"kashgar"}),
    ("A restaurant in Urumqi reopened after the riots.", {"urumqi"}),
    ("أعيد افتتاح حديقة أثرية في محافظة شينجيانغ بمقاطعة شانشي.", set()),
    ("The garden in Xinjiang County, Shanxi province, reopened on Saturday.", set()),
    ("The garden in Shanxi's Xinjiang county reopened on Saturday.", set()),
    ("Turkey's Deniz Uygur won the European youth chess title.", set()),
    ("Turkey's Deniz Uygur won the European youth chess title.\n\nUygur, 15, learned the game from his grandfather.",
     set()),
    ("Uygur farmers in the south of the region grow most of the cotton.", {"uyghurs"}),
    ("The coach Deniz Uygur praised his team.\n\nUygur workers from Xinjiang were sent to factories in Anhui.",
     {"uyghurs", "xinjiang"}),
    ("Uygur workers from Xinjiang were sent to factories in Anhui.", {"uyghurs", "xinjiang"}),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names_of_other_things(text: str, expected: set[str]) -> None:
    assert _entities(text) & {"kashgar", "urumqi", "xinjiang", "uyghurs"} == expected
