"""Round 13, held back: a third of the round's probes, written with :mod:`tests.test_quotes_round13` before any
rule and not looked at while the rules were changed (run once at the end).  Same kinds and row format."""

from __future__ import annotations

import pytest

from test_quotes_round12b import voice_errors

NONE = None

ROWS = [
    ("sh1", "Kazakhstan's foreign ministry summoned the Chinese envoy. Later, the minister said Astana wanted "
            "\"clear answers about its citizens.\"", "clear answers", ("=", "Kazakhstan")),
    ("sh2", "Interior Minister Rafael Costa said the border would \"stay open.\"", "stay open",
     ("!actor", "China")),
    ("lh1", "Representative Dana Whitfield (R-Fla.) said the bill would \"end the import of slave-made goods.\"",
     "slave-made goods", ("=", "United States")),
    ("lh2", "وقالت النائبة عن حزب المعارضة إن الحكومة \"تتجاهل الملف\".", "تتجاهل الملف", ("!actor", "China")),
    ("oh1", "Silkline Logistics moved its office to Urumqi. The company's Chinese manager, Wu Hao, said the drivers "
            "were \"paid above the market rate.\"", "above the market rate", ("!actor", "China")),
    ("oh2", "أعلنت مجموعة \"الواحة\" توسعها في كاشغر، وقال رئيسها التنفيذي الصيني إن المشروع \"سيوفر ألف وظيفة\".",
     "ألف وظيفة", ("!actor", "China")),
    ("wh1", "CGTN reported that the region's cotton harvest was \"the best in a decade.\"", "best in a decade",
     ("=", "China")),
    ("wh2", "The Washington Post wrote that the evidence was \"overwhelming.\"", "overwhelming",
     ("!actor", "China")),
    ("vh1", "Senator Ellison and Senator Park met the delegation. They said the talks were \"frank.\"", "frank",
     ("!actor", "China")),
    ("ch1", "The marchers in Munich held banners that read \"Stop the genocide.\"", "Stop the genocide",
     ("!actor", "Germany")),
    ("ch2", "ورفع المحتجون لافتات كتب عليها \"أغلقوا المعسكرات\".", "أغلقوا المعسكرات", ("!actor", "China")),
    ("ah1", "كما جاء في التقرير نفسه أن السلطات \"هدمت مئات المساجد\".", "هدمت مئات المساجد",
     ("!actor", "Tunisia")),
    ("gh1", "وقال أكاديميون في الندوة إن المعسكرات \"حقيقة موثقة\".", "حقيقة موثقة", ("=", "Academics")),
    ("gh2", "Diaspora members gathered in Almaty said their relatives were \"still missing.\"", "still missing",
     ("!actor", "Kazakhstan")),
]

# Failing at the one run (base 9a2a119: 11/14 voice rows right; this round: 12/14, oh2 fixed), marked, not fixed on
# a held-back item: lh1 ("Representative Dana Whitfield (R-Fla.) said": the party tag cuts the name, and the
# development gold keeps legislators as themselves, not the state); oh1 ("The company's Chinese manager, Wu Hao,":
# the origin rule reads its/their, not a noun's possessive, so China stays).
OPEN = {"lh1", "oh1"}


@pytest.mark.parametrize(("item", "text", "fragment", "want"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if row[0] in OPEN else row for row in ROWS],
    ids=[r[0] for r in ROWS])
def test_round13_held_voice(item, text, fragment, want):
    wrong = voice_errors(item, text, fragment, want)
    assert not wrong, wrong


def test_round13_held_table_shape():
    """The table holds 14 rows and both languages (its negatives outnumber its positives: 10 of 14)."""
    arabic = sum(any("\u0600" <= ch <= "\u06ff" for ch in r[1]) for r in ROWS)
    assert len(ROWS) >= 14 and 4 <= arabic <= len(ROWS) - 4
