"""Round 13: who speaks in articles the rules were never shaped on (issue 20, quote stage).

Table-driven, written before the rules they check, Arabic and English, both sides, with about as many negatives
as positives.  A third of the round's probes are kept in :mod:`tests.test_quotes_round13_held` (not looked at
while the rules were changed).  Each text is read as a probe document by the whole pipeline.  Kinds (the id's
letter):

- ``s`` a state official named without his state ("Foreign Minister X said"): the state the article gives him
  (the nearest state named as his, a dateline), none where no state can be read;
- ``l`` legislators at hearings and in the record ("Senator X said", "Representative Y (R-Fla.) said", «النائب»):
  the legislator's state; a question holds nothing;
- ``o`` "its Chinese director, X", "the firm's chief executive": the organisation the possessive points back to,
  never the nationality's state;
- ``w`` outlets without quotation marks ("the Global Times wrote", «كتبت صحيفة غلوبال تايمز»): a state's media
  speak for the state, other outlets for themselves;
- ``v`` a plural verb after a list, or carried back to an outlet: the right antecedent, none when two fit;
- ``c`` chants and slogans ("protesters chanted", «ردد المتظاهرون»): the group;
- ``a`` asides ("X wrote in the same book", «كما جاء في التقرير نفسه»): the source introduced before;
- ``g`` groups that speak ("participants said", «وقال المشاركون»): a canonical group, none where the text names
  no group.

Each row: ``(id, text, fragment, want)``: ``fragment`` a part of the quote's content ("" any row); ``want`` one of
``("=", actor)`` (a row with that actor, any case), ``("~", word)`` (a row whose speaker holds the word),
``("!", word)`` (no row whose speaker holds the word or whose actor is it), ``("!actor", word)`` (no row whose
actor is it), ``NONE`` (no row with that fragment).
"""

from __future__ import annotations

import pytest

from test_quotes_round12b import table_shape_ok, voice_errors

NONE = None

ROWS = [
    # s: state officials without their state
    ("s01", "Pakistan's foreign minister arrived in Beijing on Monday. Later, Foreign Minister Bilal Qureshi told "
            "reporters that Islamabad \"fully supports China's position on Xinjiang.\"", "fully supports",
     ("=", "Pakistan")),
    ("s02", "Foreign Minister Tomas Varga told reporters that the camps were \"a matter for the courts.\"",
     "matter for the courts", ("!actor", "China")),
    ("s03", "وزار وزير الخارجية المصري بكين أمس. وقال وزير الخارجية سامي عبد الرؤوف إن بلاده \"تدعم وحدة الصين\".",
     "تدعم وحدة الصين", ("=", "Egypt")),
    ("s04", "Deputy Prime Minister Ana Kovac told parliament that the trade deal \"will not be signed this year.\"",
     "will not be signed", ("!actor", "China")),
    # l: legislators
    ("l01", "At the hearing, Senator Mark Ellison said the imports were \"tainted by forced labour in Xinjiang.\"",
     "tainted by forced labour", ("~", "Ellison")),
    ("l02", "Senator Mark Ellison asked whether the department had seen \"the new satellite images.\"",
     "satellite images", NONE),
    ("l03", "وقال النائب التونسي منير الحاج إن البرلمان \"لن يصمت عن معاناة الأويغور\".", "لن يصمت",
     ("=", "Tunisia")),
    ("l04", "وسأل النائب منير الحاج الوزير عما إذا كانت الحكومة \"ستستدعي السفير الصيني\".", "ستستدعي", NONE),
    # o: the organisation a possessive points back to
    ("o01", "Lantern Mining Group opened a new pit near Hami last year. Its Chinese director, Zhao Wenbin, said the "
            "mine \"employs only local volunteers.\"", "local volunteers", ("!actor", "China")),
    ("o02", "The Norvale Textile Company denied the report. The firm's chief executive, Peter Lund, said its "
            "suppliers were \"fully audited.\"", "fully audited", ("!actor", "China")),
    ("o03", "افتتحت شركة \"نجمة الشرق\" مصنعا في أورومتشي. وقال مديرها الصيني وانغ لي إن العمال \"متطوعون\".",
     "متطوعون", ("!actor", "China")),
    ("o04", "The Chinese director of the Xinjiang Cotton Bureau, Liu Gang, said the quotas were \"voluntary.\"",
     "voluntary", ("=", "China")),
    # w: outlets without quotation marks
    ("w01", "The Global Times wrote in an editorial on Tuesday that the sanctions were \"a political farce.\"",
     "political farce", ("=", "China")),
    ("w02", "كتبت صحيفة غلوبال تايمز في افتتاحيتها أن العقوبات \"مهزلة سياسية\".", "مهزلة سياسية",
     ("=", "China")),
    ("w03", "The Guardian wrote that the detention camps were \"hidden in plain sight.\"", "hidden in plain sight",
     ("!actor", "United Kingdom")),
    ("w04", "An editorial in the Dawn newspaper argued that Pakistan's silence on Xinjiang was \"a moral failure.\"",
     "moral failure", ("!actor", "China")),
    # v: plural verbs
    ("v01", "Amnesty International and Human Rights Watch issued a joint statement. They added that the camps "
            "\"must be closed at once.\"", "must be closed", ("!actor", "China")),
    ("v02", "ونشرت صحيفة الشعب تقريرا عن شينجيانغ. وأضافت الصحيفة أن المنطقة \"تشهد ازدهارا غير مسبوق\".",
     "ازدهارا غير مسبوق", ("!actor", "Tunisia")),
    # c: chants and slogans
    ("c01", "Outside the consulate, protesters chanted \"Free Xinjiang\" and \"Close the camps.\"", "Close the camps",
     ("=", "Activists")),
    ("c02", "وردد المتظاهرون أمام السفارة شعارات \"الحرية للأويغور\".", "الحرية للأويغور", ("=", "Activists")),
    ("c03", "The choir chanted hymns while the bells rang across the square.", "", NONE),
    # a: asides
    ("a01", "In his 2020 book, the researcher Darren Byler described the camps. Guards, Byler wrote in the same "
            "book, \"watched every prayer.\"", "watched every prayer", ("~", "Byler")),
    ("a02", "A report by the Uyghur Human Rights Project documented 400 destroyed mosques. Many shrines, the report "
            "said, \"were levelled in a single year.\"", "levelled", ("=", "Uyghur Human Rights Project")),
    ("a03", "The weather in Kashgar, he said with a smile, was \"perfect for a walk.\"", "perfect for a walk",
     ("!actor", "China")),
    # g: groups that speak
    ("g01", "Participants in the Istanbul conference said the camps were \"a stain on humanity.\"",
     "stain on humanity", ("!actor", "Turkey")),
    ("g02", "وقال المشاركون في الندوة بتونس إن ما يحدث في شينجيانغ \"إبادة ثقافية\".", "إبادة ثقافية",
     ("!actor", "Tunisia")),
    ("g03", "وقال ناشطون أويغور في إسطنبول إن أقاربهم \"اختفوا منذ سنوات\".", "اختفوا", ("=", "Activists")),
    ("g04", "Residents of the Istanbul suburb said the rent had \"doubled in a year.\"", "doubled",
     ("!actor", "Turkey")),
]

# Rows the rules do not get right yet (strict: a row that passes must leave this set).
# l03: «النائب التونسي منير الحاج» is the person, not Tunisia: the development gold of writer H keeps a legislator
# who speaks at a hearing as himself ("Representative Carla Dunmore", r12h-015), against the brief's convention
# (a parliament = the state); left as it is until the conventions agree.
# c02: «وردد المتظاهرون … شعارات "…"»: ردد / هتف as speech verbs were tried and left out: on ANT they gave the
# chant's object («هتافات») or a clause before («نوتردام يحمل بطاقة هوية») as speaker.
OPEN = {"l03", "c02"}


@pytest.mark.parametrize(("item", "text", "fragment", "want"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if row[0] in OPEN else row for row in ROWS],
    ids=[r[0] for r in ROWS])
def test_round13_voice(item, text, fragment, want):
    wrong = voice_errors(item, text, fragment, want)
    assert not wrong, wrong


def test_round13_table_shape():
    """The table holds 28 rows, both languages, and about as many negatives as positives."""
    assert table_shape_ok(ROWS, min_rows=28, min_arabic=9)
