"""Issue 20, round 11 (the lead's part of the quote stage): an English speech verb after "to" is an infinitive —
asked, urged, expected or planned, not said ("urged Morocco to reject the request", "asked China to explain", "is
expected to announce") — so its object speaks nothing, and a participle after a comma then goes back to the
sentence's subject; "went on to say" is speech (``infinitive_en`` and ``infinitive_speech_en`` particles of
``data/quotes/particles.tsv``). A first-person subject right before the verb ("…, we argue that …", "I conclude")
is the writer's own text, no quote (``first_person_en``), unless it stands inside quotation marks. A short
adverbial that ends in "later", "earlier" or "ago" before the subject ("Minutes later, Cuba read …") is no speaker
(``adverbial_closer``). Rows as in
:mod:`tests.test_quotes_round10_lead`.
"""

import pytest

from helpers.extract.quotes.rows import find_quotes
from probe_support import quote_row_errors

ROWS = [
    ("i01", "Amnesty International urged Morocco to reject the extradition request, saying that Uyghurs face "
            "persecution in Xinjiang.", "reject", None),
    ("i02", "Amnesty International urged Morocco to reject the extradition request, saying that Uyghurs face "
            "persecution in Xinjiang.", "say", ("Amnesty International", "Amnesty International")),
    ("i03", "The European Union asked China to explain the detentions in Xinjiang.", "explain", None),
    ("i04", "Beijing is expected to announce new measures in Xinjiang next week.", "announce", None),
    ("i05", "The minister went on to say that the camps in Xinjiang must close.", "say", ("minister", "")),
    ("i06", "Turkey said on Monday that the camps in Xinjiang must close.", "said", ("Turkey", "Turkey")),
]


@pytest.mark.parametrize(("row", "text", "verb", "want"), ROWS, ids=[r[0] for r in ROWS])
def test_infinitive_speaker(row, text, verb, want):
    assert not quote_row_errors(find_quotes(text), verb, want)


OWN_WORDS = [
    ("w01", "Drawing on 63 interviews with workers moved from Xinjiang to factories in eastern China, we argue that "
            "the programme is coercive.", "argue", None),
    ("w02", "Drawing on interviews in Kashgar and Hotan, I conclude that the centres in Xinjiang were schools.",
            "conclude", None),
    ("w03", "\"We reject these accusations about Xinjiang,\" the spokesman said.", "said", ("the spokesman", "")),
    ("w04", "Rights groups argue that the programme in Xinjiang is coercive.", "argue",
     ("Rights groups", "Rights groups")),
]


@pytest.mark.parametrize(("row", "text", "verb", "want"), OWN_WORDS, ids=[r[0] for r in OWN_WORDS])
def test_own_words(row, text, verb, want):
    assert not quote_row_errors(find_quotes(text), verb, want)


TIME_OPENERS = [
    ("t01", "Minutes later, Cuba read a counter-statement on behalf of 66 countries, saying that the issues in "
            "Xinjiang were about counter-terrorism.", "say", ("Cuba", "Cuba")),
    ("t02", "Two days later, Pakistan issued a statement, saying that the issues in Xinjiang were about "
            "counter-terrorism.", "say", ("Pakistan", "Pakistan")),
    ("t03", "Minutes later, the spokesman said the reports on Xinjiang were lies.", "said", ("!", "Minutes")),
    ("t04", "Beijing later, in a statement, said the reports on Xinjiang were lies.", "said", ("Beijing", "China")),
]


@pytest.mark.parametrize(("row", "text", "verb", "want"), TIME_OPENERS, ids=[r[0] for r in TIME_OPENERS])
def test_time_openers(row, text, verb, want):
    assert not quote_row_errors(find_quotes(text), verb, want)
