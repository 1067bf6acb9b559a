"""The English words of the claim, temporal, quote and PDF rules live in data files too.

``text/affixes.tsv`` (roles ending in ``_en``), ``temporal/pattern_words.tsv`` (slots
``century_relative``, ``not_after_count_en``), ``quotes/particles.tsv`` (rows of lang ``en``) and
``io/placeholder_titles.txt`` hold them; the patterns and word sets built from the rows keep the
order of the alternations they replace and still match and reject as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.extract.claims import cues, topic, units
from helpers.extract.quotes import carry, english, open_names, speakers, subjects
from helpers.extract.quotes.speech_lexicon import particles
from helpers.extract.temporal.rows import tag
from helpers.extract.temporal.words import alternations, word_list
from helpers.io import pdf_meta
from helpers.text.affixes import affix_alternation, affixes
from helpers.text.lexicon_tools import read_words

AFFIX_ORDER = [
    ("scale_after_en", "million|billion|thousand|mn|bn"),
    ("other_word_en", "other|more|additional|further|new"),
    ("population_quantifier_en", "a|an|about|some|around|nearly|over"),
    ("later_en", "before|after|until|since"),
    ("source_end_en", "that|which|who"),
    ("subject_pronoun_en", "it|they|he|she"),
    ("passive_aux_en", "is|was|are|were|has been|have been"),
]


@pytest.mark.parametrize(("role", "alternation"), AFFIX_ORDER)
def test_affix_roles_keep_the_order_of_the_old_alternations(role, alternation):
    assert affix_alternation(role) == alternation


def test_number_words_of_a_proportion_keep_their_order():
    assert affixes("in_n_en")[-3:] == ("twenty", "hundred", "a hundred")


@pytest.mark.parametrize(("pattern", "text", "matched"), [
    (units._SCALE_AFTER, " million people", " million"),
    (units._SCALE_AFTER, " bn", " bn"),
    (units._SCALE_AFTER, " people", None),
    (units._IN_N, " in ten", " in ten"),
    (units._IN_N, " out of every a hundred", " out of every a hundred"),
    (units._IN_N, " in tenths", None),
    (topic._OF_NUMBER, " of about ", " of about "),
    (topic._OF_NUMBER, " of ", " of "),
    (cues._AFTER_END, "which", "which"),
    (cues._AFTER_END, "whichever", None),
    (cues._PRONOUN_OPENING, "It estimates", "it estimates"),
    (cues._PRONOUN_OPENING, "they said", "they said"),
    (speakers._ROLE_LINK, " to the ", " to the "),
    (speakers._ROLE_LINK, " with ", " with "),
    (speakers._ROLE_LINK, " by ", None),
])
def test_claim_and_quote_patterns_match_and_reject_as_before(pattern, text, matched):
    found = pattern.match(text.lower())
    assert (found.group() if found else None) == matched


@pytest.mark.parametrize(("pattern", "text", "found"), [
    (topic._LATER, "20 people left after the camps closed", "after"),
    (topic._LATER, "the aftermath", None),
    (cues._PRONOUN_OPENING, "it is estimated", None),
    (cues._PRONOUN_OPENING, "they have been counted", None),
])
def test_claim_patterns_search_as_before(pattern, text, found):
    hit = pattern.search(text) if pattern is topic._LATER else pattern.match(text)
    assert (hit.group() if hit else None) == found


def test_more_words_sit_between_a_number_and_its_noun():
    assert units._MORE == r"(?:(?:other|more|additional|further|new)[^\S\n]+)?"


@pytest.mark.parametrize(("slot", "alternation"), [
    ("century_relative", "last|previous|past|this|next"),
    ("not_after_count_en", "of|after|since|time|a|an|the"),
])
def test_temporal_slots_keep_the_order_of_the_old_alternations(slot, alternation):
    assert getattr(alternations(), slot) == alternation
    assert "|".join(word_list(slot)) == alternation


@pytest.mark.parametrize(("text", "surface"), [
    ("It was built in the last century.", "last century"),
    ("It was built in the next century.", "next century"),
    ("Prices will rise in two years.", "in two years"),
])
def test_temporal_phrases_built_from_the_english_slots_still_read(text, surface):
    assert any(surface in e.surface for e in _tag(text))


@pytest.mark.parametrize("text", ["He worked in two years of hardship.", "It happened in a year since then."])
def test_in_n_years_followed_by_of_or_since_is_not_a_date(text):
    assert not any(e.surface.startswith("in ") for e in _tag(text))


def _tag(text):
    return tag(text, published=dt.date(2020, 5, 1))


@pytest.mark.parametrize(("words", "kind", "code"), [
    (subjects._EN_GLUE, "subject_glue", None),
    (subjects._DESCRIPTIVE, "apposition_opener", None),
    (open_names._APPOSITION, "apposition_opener", None),
    (subjects._ADVERBIAL, "adverbial_opener", None),
    (open_names._EN_AUX, "name_end_verb", None),
    (open_names._CONNECTORS, "name_connector", None),
    (carry._FEMALE, "gendered_role", "f"),
    (carry._MALE, "gendered_role", "m"),
    (carry._POSSESSIVE, "role_determiner", None),
    (english._HEARER, "hearer_verb", None),
    (speakers._LINKS, "name_link_en", None),
])
def test_quote_word_sets_are_the_particle_rows(words, kind, code):
    assert words == frozenset(particles(kind, code))


@pytest.mark.parametrize(("word", "in_set", "absent"), [
    ("the", subjects._EN_GLUE, "said"),
    ("whose", subjects._DESCRIPTIVE, "lawyer"),
    ("yesterday", subjects._ADVERBIAL, "ministry"),
    ("criticized", open_names._EN_AUX, "ministry"),
    ("von", open_names._CONNECTORS, "said"),
    ("actress", carry._FEMALE, "spokesman"),
    ("brother", carry._MALE, "sister"),
    ("brief", english._HEARER, "say"),
])
def test_quote_word_sets_hold_and_lack_as_before(word, in_set, absent):
    assert word in in_set and absent not in in_set


def test_gender_pronouns():
    assert subjects._EN_GENDER == {"her": "f", "she": "f", "herself": "f", "his": "m", "he": "m", "himself": "m"}


@pytest.mark.parametrize(("title", "placeholder"), [
    ("Untitled", True), ("untitled", True), ("Microsoft Word - draft", True), ("report.docx", True),
    ("Untitled report", False), ("Annual report", False),
])
def test_pdf_placeholder_titles(title, placeholder):
    assert read_words("io/placeholder_titles.txt") == ["untitled"]
    assert bool(pdf_meta._FILE_TITLE.match(title)) is placeholder


def test_claim_word_sets_from_affix_rows():
    assert cues.PRONOUNS >= {"it", "they", "he", "she", "the report", "the organisation", "the investigation"}
    assert "the minister" not in cues.PRONOUNS
    assert units._NOT_NOUNS == frozenset({"and", "or", "in", "at", "of", "to", "on", "from", "who", "were", "was",
                                          "are", "is", "have", "had", "has", "since", "for", "with", "by", "as",
                                          "but"})
    assert units._UNIT_JOINERS == frozenset({"and", "or", "to", "in", "at", "per", "a", "the", "by", "of", "from",
                                             "for", "with", "on"})
