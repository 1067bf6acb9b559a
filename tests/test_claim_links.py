"""The second round of the topic rule for figures: what a first round anchored on the clause missed.

Table-driven, sentences of my own: parts and comparisons that lean on the
figure before them (helpers.extract.claims.links), counted nouns the unit
table lacks, event words from the statement, the sentence before or the
document's topic (helpers.extract.claims.topic steps 6-8), the place
right after a population word (helpers.extract.claims.population), and
the numbers each of these must still leave out.
"""

import pytest

from helpers.extract.claims.rows import find_claims


def _kept(text):
    frame = find_claims(text, doc_id="t")
    for row in frame.itertuples():
        assert text[row.start:row.end] == row.surface
    return frame[["value", "anchor_rule"]].values.tolist()


@pytest.mark.parametrize("text, expected", [
    # links: a part of the figure before, "N others", a comparison
    ("Police in Xinjiang detained 1,800 people. Of those, 300 were later released.",
     [["1800", "clause"], ["300", "link"]]),
    ("اعتقلت الشرطة في كاشغر 400 شخص. وأفرج لاحقا عن 150 منهم.", [["400", "clause"], ["150", "link"]]),
    ("Twenty countries signed a letter on Xinjiang's camps, and 30 others, led by Pakistan, signed a reply.",
     [["20", "clause"], ["30", "sentence"]]),
    ("Han Chinese make up 40 percent of Xinjiang's residents, up from 7 percent in 1950.",
     [["40", "population"], ["7", "link"]]),
    ("The UN spoke to 50 people, 30 of whom had been held in Xinjiang.", [["50", "sentence"], ["30", "link"]]),
    # counted nouns the table lacks, a dozen, nominal adjectives
    ("Officials in Xinjiang demolished 45 shrines last year.", [["45", "clause"]]),
    ("وفككت الشرطة في شينجيانغ 120 خلية إرهابية.", [["120", "clause"]]),
    ("A dozen Uyghur students were detained at the airport.", [["12", "unit"]]),
    ("The riots in Urumqi left 150 dead.", [["150", "clause"]]),
    # event words beyond the clause
    ("Xinjiang grows most of China's cotton, and 70 percent of it was picked by hand, a study found.",
     [["70", "sentence"]]),
    ("Xinjiang's camps held thousands. Over two days, 25 witnesses described them to the tribunal.",
     [["1000-9999", "clause"], ["25", "previous"]]),
    # the place right after a population word
    ("وتقول الحكومة الصينية إن 80 في المئة من سكان شينجيانغ راضون.", [["80", "population"]]),
    # a counter-sanction on foreigners, a far-west periphrasis
    ("The EU sanctioned officials over Xinjiang; Beijing then sanctioned 10 European lawmakers.",
     [["10", "context"]]),
    ("Up to a million Muslims are held in camps in China's far west.", [["1000000", "clause"]]),
])
def test_second_round_figures_are_kept(text, expected):
    assert _kept(text) == expected


@pytest.mark.parametrize("text", [
    # a part of a dropped figure; "one of"; "the two"
    "In Ningxia some 2 million Hui Muslims live; hundreds of them protested against a mosque demolition, "
    "as in Xinjiang.",
    "The Urumqi camp is one of the largest in Xinjiang.",
    "The two camps in Xinjiang sit side by side.",
    # a noun the table lacks: small, or counted before another event
    "Xinjiang's three border crossings reopened.",
    "وولد الكاتب الأويغوري في غولجا، ونشر 14 رواية قبل اعتقاله.",
    # disasters, company figures, elections, diseases, deals
    "A strong earthquake hit near Kashgar on Sunday, and officials said 9 people were killed.",
    "وأدت السيول في شينجيانغ إلى مقتل 7 أشخاص.",
    "The retailer, which runs 1,200 stores, said it would stop buying Xinjiang cotton.",
    "Erdogan won 52 percent of the vote, and his party has said little about the Uyghurs.",
    "وسجلت الصين 5 ملايين إصابة بالإنفلونزا، من بينها حالات في شينجيانغ.",
    "ووقعت الصين صفقة بقيمة 20 مليار دولار، في زيارة طغى عليها ملف الأويغور.",
    # the population of a place the gazetteer lacks; "his country"
    "ويبلغ عدد سكان إسطنبول 15 مليون نسمة، وفيها جالية أويغورية كبيرة.",
    "وقال الرئيس الصيني إن بلاده أخرجت 800 مليون شخص من الفقر. وأضاف أن شينجيانغ مستقرة.",
    # identifiers with a leading zero
    "Case number 2019-0713 was filed at the Kashgar court.",
])
def test_second_round_leaves_these_out(text):
    assert _kept(text) == []
