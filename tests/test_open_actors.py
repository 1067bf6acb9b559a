"""Open-world actors (issue 20, kind 3): names outside the gazetteer keep their own name in quotes,
stances and figures' attribution; one spelling per document; a company or a researcher is never the
state of its adjective of origin; a state's organs and officials speak for the state."""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.actors import actor_key
from helpers.evaluate.probes import probe_document
from helpers.extract.quotes.open_actors import canonical, canonical_names, own_voice
from helpers.extract.quotes.rows import find_quotes


def _tables(text: str) -> dict:
    item = {"id": "t", "lang": "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en", "text": text,
            "note": ""}
    return analyze_rows(probe_document(item), tables=("quotes", "stances", "claims"), scope="all")


def _quote_actors(text: str) -> list[str]:
    return list(find_quotes(text)["actor"])


@pytest.mark.parametrize("text, actor", [
    ("وقالت شركة بيرلا السويدية إنها لن تشتري القطن مجددا.", "بيرلا"),          # a company, not Sweden
    ("وقال الباحث الألماني كارل فيشر إن الأرقام دقيقة.", "كارل فيشر"),              # a researcher, not Germany
    ("وقالت المغنية الإيغورية سلمى قادر إن أغانيها ممنوعة.", "سلمى قادر"),          # an artist, not the Uyghurs
    ("وقال يوسف الأنصاري إن التقرير منحاز.", "يوسف الأنصاري"),                     # a name with no role
    ("Brightline Textiles said it had audited its suppliers.", "Brightline Textiles"),
    ("The singer Amina Yusuf told reporters that she would not perform in Beijing.", "Amina Yusuf"),
    ("Peter Holm, a Danish analyst, said the figures were plausible.", "Peter Holm"),
    ("A spokesperson for Adidas said the company had ended the contract.", "Adidas"),
])
def test_quotes_keep_open_names(text, actor):
    assert actor in _quote_actors(text)


@pytest.mark.parametrize("text, actor", [
    ("وقال المتحدث باسم الخارجية الصينية إن التقارير كاذبة.", "China"),        # a spokesperson is the state
    ("وقالت السفارة الأمريكية في بكين إنها تتابع القضية.", "United States"),    # an embassy is the state
    ("وقالت الخارجية الكازاخية إنها تتابع أوضاع مواطنيها.", "Kazakhstan"),       # a people's adjective on a ministry
    ("Kazakh officials said they would look into the cases.", "Kazakhstan"),
    ("Experts said the satellite images were clear.", "Experts"),                # a group, not a name
    ("وقال آخرون إن الوضع هادئ.", ""),                                         # others: nobody
])
def test_state_organs_groups_and_nobody(text, actor):
    actors = _quote_actors(text)
    assert actors and actors[0] == actor, actors


def test_one_spelling_per_document():
    text = ("قال الباحث الألماني يوهانس شتاين إن الإيغور يحتجزون في معسكرات في شينجيانغ. "
            "وأضاف شتاين أن المعسكرات توسعت.")
    tables = _tables(text)
    assert {r["actor"] for r in tables["quotes"]} == {"يوهانس شتاين"}
    assert {r["actor"] for r in tables["stances"]} == {"يوهانس شتاين"}


def test_stances_and_figures_name_open_actors():
    text = "Nike said it was concerned that 500 Uyghur workers in Xinjiang were moved to factories under coercion."
    tables = _tables(text)
    assert ("Nike", "critical") in {(r["actor"], r["stance"]) for r in tables["stances"]}
    assert {r["attributed_to"] for r in tables["claims"]} == {"Nike"}


def test_canonical_table_and_keys():
    assert canonical("أديداس") == ("Adidas", "company")
    assert canonical("Unknown Corp") == ("Unknown Corp", "")
    assert canonical_names(["Murphy", "Laura Murphy"]) == {"Murphy": "Laura Murphy", "Laura Murphy": "Laura Murphy"}
    assert actor_key("أديداس") == actor_key("Adidas")
    assert own_voice("georgetown") and not own_voice("hrw")


def test_a_scholar_of_a_university_speaks_for_himself():
    text = "James Millward said the camps in Xinjiang were a form of mass detention."
    stances = _tables(text)["stances"]
    assert {r["actor"] for r in stances} == {"James Millward"}


def test_capital_letters_alone_make_no_name():
    text = "Officials said On Monday the Xinjiang authorities had reopened the road."
    assert not [a for a in _quote_actors(text) if a in ("Monday", "On Monday", "Officials")]


@pytest.mark.parametrize("text, actor", [
    ("The Kyrgyz Writers Project said that two of its members were missing.", "Kyrgyz Writers Project"),
    ("The Tibetan Heritage Foundation said the archive had been moved.", "Tibetan Heritage Foundation"),
    ("The Uyghur Academy says that at least 12 scholars remain in prison.", "Uyghur Academy"),
    ("The US Congress said that the camps must close.", "United States"),            # not an organisation's head
    ("The Kazakh Foreign Ministry said it had raised the cases.", "Kazakhstan"),      # a state's organ
    ("Xinjiang University said that its students study freely.", "Xinjiang University"),     # not China
])
def test_a_people_or_place_word_before_an_organisations_head_noun_is_part_of_its_name(text, actor):
    actors = _quote_actors(text)
    assert actors and actors[0] == actor, actors


@pytest.mark.parametrize("text, source", [
    ("Human Rights Watch estimates that some 16,000 mosques in Xinjiang have been damaged.", "Human Rights Watch"),
    ("Amnesty International concluded that at least 300 Uyghur intellectuals in Xinjiang were detained.",
     "Amnesty International"),
    ("Lena Park calculated that 40 percent of Uyghur households in Xinjiang had a relative detained.", "Lena Park"),
    ("At least 400 Uyghur intellectuals in Xinjiang have been detained since 2017, Human Rights Watch found.",
     "Human Rights Watch"),                                                        # content first, then "X found"
    ("An estimated 80,000 Uyghurs in Xinjiang were moved to factories.", ""),     # a participle: nobody speaks
    ("Police found 3 Uyghur men from Xinjiang hiding in a truck.", ""),           # found is not a speech verb
])
def test_estimate_conclude_and_calculate_with_a_that_clause_attribute_a_figure(text, source):
    """'' is the author's own figure (the probes' "(author)")."""
    claims = _tables(text)["claims"]
    assert [c["attributed_to"] for c in claims] == [source], claims
