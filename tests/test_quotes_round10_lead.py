"""Issue 20, round 10 (the lead's part of the quote stage): the name in an apposition after an official's role of
no named body speaks for itself ("The company's chief executive, Martin Pryce, told"), while an official of a body
named or referred back to speaks for that body ("An embassy official, Chen Bo, said" after "The Chinese embassy";
"Its spokesman, X,"); a legislator (MEP, MP) speaks for herself, not for her state; the
country a body sits in does not speak ("China's embassy in the Netherlands said", "the London-based
institute"). Rows as in
:mod:`tests.test_quotes_round8`: ``(speaker, actor)`` for a row whose verb contains
``verb``, ``("!", word)`` for no row whose speaker contains ``word`` or whose actor is ``word``.
"""

import pytest

from helpers.extract.quotes.rows import find_quotes
from probe_support import quote_row_errors

ROWS = [
    ("a01", "The company's chief executive, Martin Pryce, told analysts that sourcing was under review.",
     "told", ("Martin Pryce", "Martin Pryce")),
    ("a02", "The delegation's leader, Ahmad Zulkarnain of the Nusantara Ulama Forum, told reporters the visit went "
            "well.", "told", ("Ahmad Zulkarnain", "Ahmad Zulkarnain")),
    ("a03", "The group's founder, Dilnoza Karimova, said the archive would open in May.",
     "said", ("Dilnoza Karimova", "Dilnoza Karimova")),
    ("a04", "The Chinese embassy in Canberra issued a rebuttal.\n\nAn embassy official, Chen Bo, said the report "
            "relied on lies.", "said", ("!actor", "Chen Bo")),
    ("a05", "Amnesty International published a report on Monday. Its director, Hana Wilson, said the findings were "
            "grave.", "said", ("!actor", "Hana Wilson")),
    ("a06", "China's foreign ministry spokesman, Wang Wenbin, said the claims were lies.",
     "said", ("!actor", "Wang Wenbin")),
    ("a07", "The signatories, mostly European states, said the camps must close.",
     "said", ("!", "mostly")),
    # legislators speak for themselves (speaker_roles.tsv: MEP, MP … self; open_actors.tsv: not a name)
    ("a08", "Dutch MEP Lotte Verbeek said the camps were prisons.", "said", ("Lotte Verbeek", "Lotte Verbeek")),
    ("a09", "British MP Nusrat Ghani said the treatment of Uyghurs was genocide.",
     "said", ("Nusrat Ghani", "Nusrat Ghani")),
    ("a10", "The British MP said the treatment of Uyghurs was genocide.", "said", ("!actor", "United Kingdom")),
    # a body's seat is no speaker (particles.tsv location_preposition_en); a role's "for" / "of" still links
    ("a11", "China's embassy in the Netherlands said her account was fabricated.",
     "said", ("China's embassy", "China")),
    ("a12", "The Chinese embassy in Turkey said the reports were lies.", "said", ("!actor", "Turkey")),
    ("a13", "A spokesman for the Chinese foreign ministry said the claims were lies.", "said", ("!actor", "")),
    # a place before "-based" says where a body is, not who speaks
    ("a14", "The Washington-based group said the camps were prisons.", "said", ("!actor", "United States")),
    ("a15", "The London-based institute traced 2,300 shipments. It said the transfers were coercive.",
     "said", ("!actor", "United Kingdom")),
    ("a16", "Washington said the camps were prisons.", "said", ("Washington", "United States")),
]


@pytest.mark.parametrize(("item", "text", "verb", "want"), ROWS, ids=[r[0] for r in ROWS])
def test_round10_apposed_name(item, text, verb, want):
    wrong = quote_row_errors(find_quotes(text, doc_id=item), verb, want)
    assert not wrong, wrong
