"""Round 13b: who speaks in whole articles (issue 20, quote stage).

Table-driven, written before the rules they check, Arabic and English, both sides, with about as many negatives
as positives.  A third of the round's probes are kept in :mod:`tests.test_quotes_round13b_held` (not looked at
while the rules were changed).  Kinds (the id's letter):

- ``f`` a first name or surname re-mentioning an open name introduced earlier: the full name; never a different
  person;
- ``t`` a trailing speaker after a quote ('"…," the governor of X, Y, told reporters'): the speaker phrase after
  the quote and its role's state;
- ``r`` a relative's possessive ("X's daughter, Y, said"): the named person speaks, not the possessor;
- ``q`` the answers of an interview whose header names the interviewee: the interviewee's; the questions hold
  nothing;
- ``n`` a nationality adjective inside a name phrase («الباحثة الجنوب إفريقية ثاندي موكوينا»): the name without
  the adjective.

Rows and expectations as in :mod:`tests.test_quotes_round13`.
"""

from __future__ import annotations

import pytest

from test_quotes_round12b import table_shape_ok, voice_errors

NONE = None

ROWS = [
    # f: a first name re-mentioning an open name
    ("f01", "التقينا سلمى يوسف في مقهى بحي الفاتح.\n\nتقول سلمى إن أباها \"اختفى منذ خمس سنوات دون أثر\".",
     "اختفى منذ خمس", ("=", "سلمى يوسف")),
    ("f02", "Aidar Seitkali runs a small shop in Almaty.\n\n\"My cousin was taken in 2018,\" Aidar said.",
     "cousin was taken", ("=", "Aidar Seitkali")),
    ("f03", "التقينا سلمى يوسف في مقهى بحي الفاتح.\n\nوقالت سلمى أخرى، وهي جارتها، إن الحي \"هادئ\".",
     "هادئ", ("!", "يوسف")),
    ("f04", "Aidar Seitkali runs a small shop in Almaty. His friend Marat Bekov was there too.\n\n"
            "\"Nobody listens to us,\" Marat said.", "Nobody listens", ("!", "Seitkali")),
    # t: a trailing speaker after a quote
    ("t01", "\"The training centres have all been closed,\" the governor of the province, Erkin Tuniyaz, told "
            "reporters in Beijing.", "training centres", ("~", "Tuniyaz")),
    ("t02", "\"We will keep asking for access,\" the British ambassador, Ruth Hale, told reporters.",
     "keep asking for access", ("!actor", "China")),
    ("t03", "«نرحب بكل الزوار المنصفين»، قال رئيس حكومة المنطقة إركين تونياز للصحفيين.", "نرحب بكل",
     ("~", "تونياز")),
    ("t04", "«سنواصل المطالبة بالوصول»، قالت السفيرة البريطانية روث هيل للصحفيين.", "سنواصل المطالبة",
     ("!actor", "China")),
    # r: a relative's possessive
    ("r01", "Ilham Tohti's daughter, Jewher Ilham, said her father \"is a moderate voice.\"", "moderate voice",
     ("~", "Jewher")),
    ("r02", "Ilham Tohti's daughter, Jewher Ilham, said her father \"is a moderate voice.\"", "moderate voice",
     ("!", "Tohti")),
    ("r03", "وقالت ابنة إلهام توهتي، جوهر إلهام، إن والدها \"صوت معتدل\".", "صوت معتدل", ("!", "توهتي")),
    ("r04", "The activist's brother, Kamil Ruzi, said the family \"has heard nothing since March.\"",
     "heard nothing", ("~", "Ruzi")),
    # q: interview answers
    ("q01", "In an interview, China's ambassador to Kenya spoke about Xinjiang and trade.\n\n"
            "Q: Are the camps still open?\n\nA: There are no camps. The vocational centres have closed.",
     "no camps", ("=", "China")),
    ("q02", "In an interview, China's ambassador to Kenya spoke about Xinjiang and trade.\n\n"
            "Q: Critics say there is genocide in Xinjiang. Is that true?\n\nA: It is a lie.",
     "genocide", NONE),
    ("q03", "في مقابلة، تحدث السفير الصيني لدى المغرب عن شينجيانغ والتجارة.\n\n"
            "س: هل ما زالت المعسكرات مفتوحة؟\n\nج: لا توجد معسكرات، وقد أغلقت مراكز التدريب.",
     "لا توجد معسكرات", ("=", "China")),
    ("q04", "Q: Are the camps still open?\n\nA: They are, and the families know it.", "families know",
     ("!actor", "China")),
    # n: a nationality adjective inside a name phrase
    ("n01", "وترى الباحثة الجنوب إفريقية ثاندي موكوينا أن \"ما يجري قمع ممنهج\".", "قمع ممنهج",
     ("~", "ثاندي موكوينا")),
    ("n02", "وترى الباحثة الجنوب إفريقية ثاندي موكوينا أن \"ما يجري قمع ممنهج\".", "قمع ممنهج",
     ("!", "إفريقية")),
    ("n03", "وقال الكاتب المغربي سعيد الناصري إن \"التقارير مبالغ فيها\".", "مبالغ فيها", ("!", "المغربي")),
    ("n04", "وقال الصحفي الأمريكي جون ميلر إن \"الصور واضحة\".", "الصور واضحة", ("!", "الأمريكي")),
    ("n05", "The South African researcher Thandi Mokoena said the policy was \"systematic repression.\"",
     "systematic repression", ("~", "Mokoena")),
]

# Rows the rules do not get right yet (strict: a row that passes must leave this set).
OPEN = {"f01", "t01", "r03", "q01", "q02", "q03"}


@pytest.mark.parametrize(("item", "text", "fragment", "want"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if row[0] in OPEN else row for row in ROWS],
    ids=[r[0] for r in ROWS])
def test_round13b_voice(item, text, fragment, want):
    wrong = voice_errors(item, text, fragment, want)
    assert not wrong, wrong


def test_round13b_table_shape():
    """The table holds 20 rows, both languages, and about as many negatives as positives."""
    assert table_shape_ok(ROWS, min_rows=20, min_arabic=8)
