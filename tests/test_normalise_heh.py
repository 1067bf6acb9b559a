"""Urdu/Persian heh forms are folded for matching (issue 19), so names written with them are found."""

import pytest

from helpers.extract.mentions.rows import mention_rows
from helpers.text.normalise import normalise, normalise_text


@pytest.mark.parametrize("raw, expected", [
    ("\u06be", "ه"),            # ھ heh doachashmee
    ("\u06c1", "ه"),            # ہ heh goal
    ("\u06c2", "ه"),            # ۂ heh goal with hamza above
    ("\u06c3", "ه"),            # ۃ teh marbuta goal, folded like ة
    ("\u06d5", "ه"),            # ە ae
    ("\u06c0", "ه"),            # ۀ heh with yeh above (already folded)
    ("\ufba6\ufba7\ufba8\ufba9", "هههه"),  # heh goal presentation forms
    ("\ufbaa\ufbab\ufbac\ufbad", "هههه"),  # heh doachashmee presentation forms
    ("هة", "هه"),                # the Arabic letters as before
])
def test_heh_forms_fold_to_heh(raw, expected):
    assert normalise_text(raw) == expected


@pytest.mark.parametrize("raw, surface, entity_id, kind", [
    ("زار الوفد أبناء قومية الھان في المدينة.", "قومية الھان", "han", "people"),
    ("وأشار التقرير إلى أقلية الﮬان في الإقليم.", "الﮬان", "han", "people"),
    ("وقال إن الھوي يعيشون في الشمال.", "الھوي", "hui", "people"),
    ("ويعيش ملايين في تركستان الشرقیۃ منذ قرون.", "تركستان الشرقیۃ", "xinjiang", "place"),
    ("ويعيش ملايين في تركستان الشرقیہ منذ قرون.", "تركستان الشرقیہ", "xinjiang", "place"),
    ("ووصل الوفد إلى ہولندا أمس.", "ہولندا", "NLD", "country"),
])
def test_names_written_with_heh_forms_are_found_at_their_raw_offsets(raw, surface, entity_id, kind):
    rows = [r for r in mention_rows(raw) if r["entity_id"] == entity_id]
    assert [(r["surface"], r["kind"]) for r in rows] == [(surface, kind)]
    assert raw[rows[0]["start"]:rows[0]["end"]] == surface


def test_the_offset_map_stays_exact_with_presentation_forms():
    raw = "قومية الﮬان في شينجيانغ"
    norm = normalise(raw)
    start = norm.text.index("الهان")
    assert norm.to_raw(start, start + 5) == (raw.index("الﮬان"), raw.index("الﮬان") + 5)
