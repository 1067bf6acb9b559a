"""data/temporal/pattern_words.tsv: the small words of the temporal patterns, as data.

Every slot the file declares is used by the temporal stage and every slot the
stage uses is declared; the words are literal and written as the tagger's
normalised text reads them; a few phrases still read as before.
"""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources

import pytest

from helpers.extract.temporal.rows import tag
from helpers.extract.temporal.words import alternations, word_list
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import normalise_text

ROWS = read_tsv("temporal/pattern_words.tsv", columns=("slot", "words", "example"))
SLOTS = [r["slot"] for r in ROWS]
#: slots taken from data/text/affixes.tsv (the article every stage shares)
SHARED_SLOTS = {"article", "lil"}
#: matched on the raw text (helpers.extract.temporal.document), not the normalised one
RAW_SLOTS = {"list_joiner"}
#: a set of letters (str.lstrip, a first-letter test), not words
LETTER_SLOTS = {"proclitic", "conjunction", "preposition_letter", "counted_first"}


def _stage_code() -> str:
    folder = resources.files("helpers") / "extract" / "temporal"
    return "\n".join(f.read_text(encoding="utf-8") for f in folder.iterdir() if f.name.endswith(".py"))


def test_every_row_has_words_and_an_example_and_slots_are_unique():
    assert len(SLOTS) == len(set(SLOTS))
    for row in ROWS:
        assert row["slot"].isidentifier(), row
        assert row["example"], row
        assert all(row["words"].split("|")), row


def test_declared_slots_are_the_used_slots():
    code = _stage_code()
    used = set(re.findall(r"\{w\.([a-z_]+)\}", code)) | set(re.findall(r"word_list\(\"([a-z_]+)\"\)", code))
    used |= set(re.findall(r"alternations\(\)\.([a-z_]+)\b", code))
    used |= set(re.findall(r"""letters\(['"]([a-z_]+)['"]\)""", code))
    for group in re.findall(r"for slot in \(([^)]*)\)", code):
        used |= set(re.findall(r'"([a-z_]+)"', group))
    assert used == set(SLOTS) | SHARED_SLOTS
    assert not SHARED_SLOTS & set(SLOTS)


@pytest.mark.parametrize("slot", SLOTS)
def test_words_are_literal_and_normalised(slot):
    words = word_list(slot)
    assert len(words) == len(set(words)), slot
    for word in words:
        assert re.escape(word).replace("\\ ", " ") == word, (slot, word)
        if slot in LETTER_SLOTS:
            assert len(word) == 1, (slot, word)
        if slot not in RAW_SLOTS:  # a spelling the text never has is harmless only beside its normalised form
            assert " ".join(normalise_text(word).split()) in words, (slot, word)


def test_alternations_keep_the_file_order():
    w = alternations()
    assert w.to == "الي|حتي|to|until"
    assert w.and_to == "and|to|through|الي|حتي"
    assert re.fullmatch(w.year_noun, "the  year")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("زار الوفد المدينة من 28 مايو إلى 3 يونيو 2011", "من 28 مايو إلى 3 يونيو 2011", "2011-05-28/2011-06-03"),
    ("اندلعت الحرب عام 2003 ثم انتهت بعد ذلك بعامين", "بعد ذلك بعامين", "2005"),
    ("غادر الوفد قبل يومين من الموعد", None, None),  # not_after_ago: a count before something, no date
    ("تأسست الشركة عام ألفين وخمسة عشر", "عام ألفين وخمسة عشر", "2015"),
    ("سيعقد المؤتمر في الخامس من الشهر الجاري", "الخامس من الشهر الجاري", "2015-10-05"),
])
def test_phrases_built_from_the_slots_still_read(text, surface, value):
    found = [(e.surface, e.value) for e in tag(text, published=dt.date(2015, 10, 14))]
    assert found == [] if surface is None else (surface, value) in found, found
