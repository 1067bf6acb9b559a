"""The variant generator for one-word transliterated names (helpers.gazetteer.spelling).

Every text here was written for these tests.  The rules are data
(``data/gazetteer/variant_rules.tsv``); these tests hold what they must and must
not generate, and that the region's spellings they add never take another
place's or another entity's name.
"""

from __future__ import annotations

import pytest

import helpers.gazetteer.variants as V
from helpers.extract.mentions.rows import mention_rows
from helpers.gazetteer.index import default_gazetteer
from helpers.gazetteer.spelling import generated_forms, letter_rules, spelling_forms, typo_forms


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def _owners(gaz, text):
    return {v.entity_id for v in gaz.keys.get(V.match_key(text), ())}


def test_rules_load_with_their_flags():
    flags = {rule.flag for rule in letter_rules()}
    assert flags == {"translit", "spelling", "typo"}
    assert all(rule.op in {"sub", "drop", "swap"} for rule in letter_rules())


@pytest.mark.parametrize("word, expected", [
    ("شينجيانغ", {"سينجيانغ", "صينجيانغ", "شينكيانغ", "شينقيانغ", "سينكيانج", "صينكيانق",
                  "شينغيانك"}),
    ("سنجان", {"شنجان", "صنجان"}),  # a short name: only its first letter varies
])
def test_spelling_classes_combine(word, expected):
    assert expected <= set(spelling_forms(word))


@pytest.mark.parametrize("word, absent", [
    ("سنجان", {"سنجار", "سنكان", "سنقان"}),  # short: no medial or final change (سنجار is Sinjar)
    ("شينجيانغ", {"شينشيانغ", "شنيانغ", "شينيانغ"}),  # ش medial, or ج dropped, is never generated
])
def test_spelling_leaves_what_it_must(word, absent):
    assert not absent & set(generated_forms(word, {"spelling", "typo"}))


@pytest.mark.parametrize("word, slip", [
    ("شينجيانغ", "شينجيانع"),  # غ without its dot
    ("شينجيانغ", "شينحيانغ"),  # ج without its dot
    ("شينجيانغ", "شينجياغ"),  # n left out
    ("شينجيانغ", "شينجانغ"),  # a weak letter left out
    ("شينجيانغ", "شينجاينغ"),  # two weak letters swapped
    ("شنجيانغ", "شنجياتغ"),  # ن typed as its keyboard neighbour ت
])
def test_one_slip_forms(word, slip):
    assert slip in typo_forms(word)


def test_slips_are_one_edit_from_a_listed_spelling_only():
    # a slip of a generated spelling is not generated: two changes are too far
    assert "صينجيانع" not in generated_forms("شينجيانغ", {"spelling", "typo"})
    assert typo_forms("شنجان") == []  # shorter than the typo rules' minimum


@pytest.mark.parametrize("form", ["صينجيانغ", "سينكيانج", "شينقيانغ", "شينجيانع", "شينحيانغ",
                                  "شينجياغ", "شينجاينغ", "صنجيانغ", "صنجان", "Xingjiang",
                                  "Xinjang", "Xianjiang", "Uighur Autonomous Region"])
def test_generated_spellings_name_the_region(gaz, form):
    assert _owners(gaz, form) == {"xinjiang"}


@pytest.mark.parametrize("place", [
    "شيجيانغ",  # Xijiang river / a Zhejiang spelling
    "شجيانغ", "تشجيانغ", "شيكيانغ",  # Zhejiang
    "شنيانغ", "شينيانغ",  # Shenyang, Xinyang
    "شينشيانغ", "شينينغ",  # Xinxiang, Xining
    "شانجيانغ",  # Zhanjiang
    "شينجين",  # Xinjin / Shenzhen
    "سنجار", "سنجاب", "شينخوا", "شنتشن", "جيانغسو", "Xinxiang", "Shenyang", "Zhejiang",
])
def test_other_places_are_not_the_region(gaz, place):
    assert "xinjiang" not in _owners(gaz, place)


def test_a_block_drops_the_generated_form_and_is_listed(gaz):
    assert any(c.startswith("شيجيانغ: generated, but a block") for c in gaz.conflicts)
    assert "xinjiang" in gaz.blocks[V.match_key("شيجيانغ")]


def test_generated_forms_never_take_another_entitys_listed_name(gaz):
    generated = {k for k, vs in gaz.keys.items()
                 if vs[0].entity_id == "xinjiang" and all(v.generated for v in vs)}
    assert len(generated) > 300
    for key in generated:
        assert {v.entity_id for v in gaz.keys[key]} == {"xinjiang"}


@pytest.mark.parametrize("text, surface", [
    ("وصلت البعثة إلى صينكيانغ أمس.", "صينكيانغ"),
    ("وقال إن لسينكيانج أهمية كبرى.", "سينكيانج"),
    ("ورفضت بكين الاتهامات المتعلقة بشينجاينغ.", "شينجاينغ"),
])
def test_mentions_with_proclitics(text, surface):
    rows = [r for r in mention_rows(text) if r["entity_id"] == "xinjiang"]
    assert [r["surface"] for r in rows] == [surface]
    assert all(text[r["start"]:r["end"]] == r["surface"] for r in rows)


@pytest.mark.parametrize("text", [
    "للبيع تويوتا كورلا موديل 2016 بحالة جيدة.",
    "أسعار كورلا وكامري المستعملة تراجعت.",
])
def test_the_corolla_is_not_korla_without_corroboration(text):
    assert not [r for r in mention_rows(text) if r["entity_id"] == "korla"]


def test_korla_counts_beside_another_name_of_the_region():
    rows = mention_rows("وقع انفجار في مدينة كورلا بإقليم شينجيانغ.")
    assert {"korla", "xinjiang"} <= {r["entity_id"] for r in rows}
