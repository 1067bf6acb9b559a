"""The Arabic words of the quote stage's speaker, subject and name rules live in data files.

``quotes/suffixes.tsv`` (nisba and pronoun suffixes; the article is ``text/affixes.tsv``'s) and
``quotes/particles.tsv`` (name links, subject openers, verb marks …) are read through
:mod:`helpers.text.lexicon_tools` by :mod:`helpers.extract.quotes.speech_lexicon`;
the patterns of the quote modules are built from their rows.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest

from helpers.extract.quotes import (
    attribution,
    carry,
    open_arabic,
    open_holders,
    open_names,
    sources,
    speakers,
    speaking,
    subjects,
)
from helpers.extract.quotes.speech_lexicon import ARTICLE, LI_ARTICLE, particles, suffix_forms
from helpers.text.lexicon_tools import literal_alternation, read_tsv


def _header(name: str) -> str:
    text = (resources.files("helpers") / "data" / "quotes" / name).read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if line.startswith("#"))


@pytest.mark.parametrize(("name", "columns"), [("suffixes.tsv", ("form", "kind", "code")),
                                               ("particles.tsv", ("word", "lang", "kind", "code"))])
def test_every_kind_is_documented_with_its_format_and_an_example(name, columns):
    header = _header(name)
    assert "# FORMAT: " + "<TAB>".join(columns) in header
    kinds = {row["kind"] for row in read_tsv(f"quotes/{name}", columns)}
    for kind in kinds:
        block = re.search(rf"^#\s+{kind}\s.*?(?=^#\s{{3,5}}\w|\Z)", header, re.M | re.S)
        assert block is not None, f"{name}: kind {kind} is not described in the header"
        assert "EXAMPLE:" in block.group(), f"{name}: kind {kind} has no EXAMPLE"


def test_the_article_and_its_form_after_li():
    assert (ARTICLE, LI_ARTICLE) == ("ال", "لل")
    assert suffix_forms("nisba_suffix", "sg") == ("ي", "يه")


def test_rows_keep_their_file_order_in_an_alternation():
    assert literal_alternation(particles("addressee")) == "to|إلى|الى"
    assert literal_alternation(suffix_forms("pronoun_suffix", "an")) == "ه|ها|هم|هما|نا|ني"


@pytest.mark.parametrize(("pattern", "text", "matched"), [
    (open_holders._COMPLEMENT, " انهم", " انهم"),       # a name right before إن / أن + pronoun
    (open_holders._COMPLEMENT, " انتخابات", None),
    (open_arabic._DEFINITE, "وللمنظمه", "ولل"),
    (open_arabic._GENITIVE, "للدراسات", "للدراسات"),
    (speaking._NISBA, "بالصينيين", "بالصينيين"),
    (speakers._ADJECTIVE, "صينيا", "صينيا"),
    (subjects._COMPLEMENT_START, "بالوزاره", "بال"),
    (attribution._ADDRESSEE, " الى ", " الى "),
    (carry._JOINT, "ولكنها", "ولكنها"),
    (sources._PREP_PRONOUN, "منها قوله", "منها "),
])
def test_patterns_built_from_the_rows(pattern, text, matched):
    found = pattern.match(text)
    assert (found.group() if found else None) == matched


def test_word_lists_built_from_the_rows():
    assert subjects._AR_OPENERS == {"اما", "واما", "ثم"}
    assert "قد" in subjects._AR_VERB_MARKS and "ايضا" in subjects._AR_SKIP
    assert open_arabic._AR_NAME_LINKS == open_names._AR_NAME_LINKS
    assert open_names._AR_NAME_LINKS[:5] == ("عبد", "ابو", "بن", "ابن", "ام")  # then compounds: نور (الدين) …
    assert {"نور", "عز", "نصر", "زين"} <= set(open_names._AR_NAME_LINKS)
