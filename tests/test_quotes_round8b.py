"""Round 8, second part: who speaks in a reported statement, and for whom (issue 20, quote stage).

Table-driven, written before the rules they check, Arabic and English, both sides of the debate, with as
many negatives as positives.  Kinds (the id's letter):

- ``s`` statements and anaphors: "In a statement, it said" is whoever "it" is, never "statement"; "replied
  (in a statement) that" is speech; "the channel", الصحيفة after a named state medium are that medium's state;
- ``g`` signatories: a letter or statement that N countries / academics / named bodies signed speaks with
  their voice ("22 countries signed a letter criticising …", «ووقعت 37 دولة رسالة تشيد …»), never
  "the letter"; a report that merely follows a signing ("China signed a deal, the report said") does not;
- ``o`` an official's role that refers back ("وأضاف المسؤول", "the official added") carries the actor of the
  state or body whose speaker spoke in this or the previous sentence, never a person who speaks for himself;
- ``t`` officials named with their state ("Lithuanian Foreign Minister X", "Egypt's foreign minister Sameh
  Shoukry … Shoukry said") speak for the state; a company's or a researcher's named speaker for himself
  («وانغ جيان، المتحدث باسم الشركة»); an Arabic apposition that opens with a role («X، الباحث في المنظمة، إن»)
  is read for whom X speaks;
- ``n`` English title words at the head of a name (Midfielder, Coach, Striker, Author) are not part of it, and a
  later bare surname is the same person.

Each row: ``(id, text, verb, expectation)`` as in :mod:`tests.test_quotes_round8`: ``(speaker, actor)`` for a
row whose verb contains ``verb``, ``NONE`` for no row with that verb, ``("!", word)`` for no row whose speaker
contains ``word`` or whose actor is ``word``, ``("!actor", word)`` for no row whose actor is ``word``.
"""

import pytest

from helpers.extract.quotes.rows import find_quotes
from probe_support import quote_row_errors, quote_table_shape

NONE = None

ROWS = [
    # s: statements, replies, media anaphors
    ("s01", "Amnesty International published a report on Xinjiang. In a statement, it said the detentions must end.",
     "said", ("Amnesty International", "Amnesty International")),
    ("s02", "In a statement, it said the detentions in Xinjiang must end.", "said", ("!", "statement")),
    ("s03", "China's foreign ministry issued a statement on Xinjiang. In the statement, it said the camps were "
            "schools.",
     "said", ("China's foreign ministry", "China")),
    ("s04", "The Chinese embassy replied in a statement that the accusations over Xinjiang were groundless.",
     "replied", ("The Chinese embassy", "China")),
    ("s05", "The embassy replied to the letter on Monday.", "replied", NONE),
    ("s06", "Beijing responded with sanctions on Lithuania.", "responded", NONE),
    ("s07", "CGTN aired a documentary on Xinjiang. The channel said the centres had ended terrorism.",
     "said", ("The channel", "China")),
    ("s08", "The channel said the centres in Xinjiang had ended terrorism.", "said", ("!actor", "China")),
    ("s09", "نشرت صحيفة غلوبال تايمز تقريرا عن شينجيانغ. وذكرت الصحيفة أن المراكز أغلقت.",
     "وذكرت", ("الصحيفة", "China")),
    ("s10", "نشرت منظمة العفو الدولية تقريرا عن شينجيانغ. وقالت في بيان إن الاحتجازات يجب أن تتوقف.",
     "وقالت", ("منظمة العفو الدولية", "Amnesty International")),
    ("s11", "Human Rights Watch issued a report on Xinjiang. In an interview, she said the camps were prisons.",
     "said", ("!actor", "Human Rights Watch")),
    ("s12", "In a statement on its website, the ministry said the camps were schools.", "said", ("!", "statement")),
    # g: signatories
    ("g01", "Twenty-two countries signed a letter to the UN rights council criticising China's treatment of "
            "Uyghurs in Xinjiang.", "criticising", ("!", "letter")),
    ("g02", "ووقعت 37 دولة رسالة مشتركة تشيد بإنجازات الصين في شينجيانغ.", "تشيد", ("37 دولة", "Foreign governments")),
    ("g03", "ووقع أكثر من 60 أكاديميا بيانا يشيدون فيه بسياسة الصين في شينجيانغ.",
     "يشيدون", ("أكثر من 60 أكاديميا", "Academics")),
    ("g04", "وقعت منظمة العفو الدولية و40 منظمة أخرى بيانا يدعو إلى إغلاق المعسكرات في شينجيانغ.",
     "يدعو", ("منظمة العفو الدولية و40 منظمة أخرى", "Amnesty International")),
    ("g05", "More than 40 academics signed an open letter calling for an end to the camps in Xinjiang.",
     "calling", ("academics", "Academics")),
    ("g06", "The United States and Britain signed a letter saying the camps in Xinjiang must close.",
     "saying", ("!", "letter")),
    ("g07", "وقعت 22 دولة على رسالة تنتقد معاملة الصين للإيغور في شينجيانغ.",
     "تنتقد", ("22 دولة", "Foreign governments")),
    ("g08", "China signed a trade deal with Egypt, the report said.", "said", ("!actor", "China")),
    ("g09", "ووقعت الصين اتفاقا تجاريا مع مصر، وقالت الرسالة إن المعسكرات مدارس.", "وقالت", ("!actor", "China")),
    ("g10", "Egypt signed a trade deal with China. The letter said the camps in Xinjiang were schools.",
     "said", ("!actor", "Egypt")),
    ("g11", "وقعت 22 دولة على رسالة تنتقد معاملة الصين للإيغور في شينجيانغ.", "تنتقد", ("!", "رسالة")),
    ("g12", "ووقعت 37 دولة رسالة مشتركة تشيد بإنجازات الصين في شينجيانغ.", "تشيد", ("!", "رسالة")),
    ("g13", "ووقعت 40 دولة، بينها دول أوروبية، رسالة مشتركة تنتقد الاحتجاز الجماعي في شينجيانغ.",
     "تنتقد", ("40 دولة", "Foreign governments")),
    ("g14", "وقال 3 أشخاص إن الأسواق في كاشغر أغلقت.", "وقال", ("!actor", "Foreign governments")),
    ("g15", "وقالت 37 دولة إن الصين حققت إنجازات في شينجيانغ.", "وقالت", ("!actor", "37 دولة")),
    ("g16", "Twenty-two countries signed a trade pact in Geneva on Monday.", "signed", NONE),
    # o: an official's role refers back
    ("o01", "وقال نائب رئيس حكومة شينجيانغ إن المراكز أغلقت. وأضاف المسؤول أن الطلاب تخرجوا.",
     "وأضاف", ("المسؤول", "China")),
    ("o02", "A deputy head of the Xinjiang government said the centres were closed. The official added that all "
            "trainees had graduated.", "added", ("official", "China")),
    ("o03", "وقال وانغ ون بين إن الاتهامات كاذبة. وأكد المسؤول أن شينجيانغ مستقرة.", "وأكد", ("المسؤول", "China")),
    ("o04", "وقال الباحث أحمد يوسف إن المعسكرات سجون. وأضاف المسؤول أن الوضع خطير.",
     "وأضاف", ("!actor", "أحمد يوسف")),
    ("o05", "Adrian Zenz said the birth rates fell. The official added that the data were wrong.",
     "added", ("!actor", "Adrian Zenz")),
    ("o06", "Wang Wenbin said the claims were lies. The weather in Beijing was cold. Tourists visited the Great "
            "Wall. The official added that Xinjiang was stable.", "added", ("!actor", "China")),
    # t: officials named with their state; a company's or researcher's speaker for himself
    ("t01", "Lithuanian Foreign Minister Gabrielius Landsbergis said the camps in Xinjiang were a genocide.",
     "said", ("Gabrielius Landsbergis", "Lithuania")),
    ("t02", "Egypt's foreign minister Sameh Shoukry met his Chinese counterpart. Shoukry said Egypt supported "
            "China's policy in Xinjiang.", "said", ("Shoukry", "Egypt")),
    ("t03", "Kazakh Deputy Foreign Minister Almas Aidarov said his country would not comment on Xinjiang.",
     "said", ("Almas Aidarov", "Kazakhstan")),
    ("t04", "وقال وانغ جيان، المتحدث باسم الشركة، إن مصانعها لا تستخدم قطن شينجيانغ.",
     "وقال", ("وانغ جيان", "وانغ جيان")),
    ("t05", "Chinese company spokesman Wang Jian said the factories used no cotton from Xinjiang.",
     "said", ("Wang Jian", "Wang Jian")),
    ("t06", "German researcher Adrian Zenz said the birth rates in Xinjiang fell.", "said", ("!actor", "Germany")),
    ("t07", "Rahima Mahmut met Egypt's foreign minister. Mahmut said the camps in Xinjiang were prisons.",
     "said", ("!actor", "Egypt")),
    ("t08", "وقال أحمد سليم، الباحث في منظمة العفو الدولية، إن المعسكرات في شينجيانغ سجون.",
     "وقال", ("أحمد سليم", "Amnesty International")),
    ("t09", "وقال أحمد سليم، الباحث في الشؤون الصينية، إن المعسكرات في شينجيانغ سجون.",
     "وقال", ("أحمد سليم", "أحمد سليم")),
    ("t10", "وقال لي مينغ، المتحدث باسم الحكومة المحلية في شينجيانغ، إن المراكز أغلقت.", "وقال", ("لي مينغ", "China")),
    ("t11", "Turkish midfielder Kerem Aydın said the Uyghurs in Xinjiang were suffering.",
     "said", ("!actor", "Turkey")),
    ("t12", "Pakistani Prime Minister Imran Khan said he accepted China's account of Xinjiang.",
     "said", ("Imran Khan", "Pakistan")),
    ("t13", "وقال وانغ جيان، المتحدث باسم الشركة، إن مصانعها لا تستخدم قطن شينجيانغ.", "وقال", ("!actor", "China")),
    ("t14", "وقال منير الإسلام، قائد شرطة مكافحة الإرهاب في داكا لرويترز، إن المعسكرات في شينجيانغ مغلقة.",
     "وقال", ("!actor", "Reuters")),
    ("t15", "قال رضا بلحاج، رئيس الهيئة السياسية لحركة نداء تونس، إن الحزب يرفض التدخل في شينجيانغ.",
     "قال", ("!actor", "Tunisia")),
    ("t16", "وقال سامي العلوي، رئيس الجمعية التونسية للتضامن، إن الإيغور يعانون في شينجيانغ.",
     "وقال", ("!actor", "Tunisia")),
    ("t17", "At the meeting, his Lithuanian counterpart Gabrielius Landsbergis urged the bloc to ban goods from "
            "Xinjiang.",
     "urged", ("Gabrielius Landsbergis", "Lithuania")),
    # (t18 named the real foreign minister until the gazetteer learnt him; the friend is now an invented name)
    ("t18", "At the meeting, his Lithuanian friend Tomas Valaitis urged the bloc to ban goods from Xinjiang.",
     "urged", ("!actor", "Lithuania")),
    # n: English title words, surnames
    ("n01", "Midfielder Kerem Aydın said the Uyghurs in Xinjiang were suffering.",
     "said", ("Kerem Aydın", "Kerem Aydın")),
    ("n02", "Midfielder Kerem Aydın said the Uyghurs in Xinjiang were suffering. Aydın, who plays in Istanbul, "
            "told reporters that he would keep speaking.", "told", ("Aydın", "Kerem Aydın")),
    ("n03", "Coach Li Ming said the team would not discuss Xinjiang.", "said", ("Li Ming", "Li Ming")),
    ("n04", "Striker Mesut Kaya said he stood with the Uyghurs of Xinjiang.", "said", ("!", "Striker")),
    ("n05", "Author Sarah Collins wrote that the camps in Xinjiang were prisons.", "wrote", ("!", "Author")),
    ("n07", "\"The team showed character,\" coach Murat Şahin said after the match in Urumqi.",
     "said", ("Murat Şahin", "Murat Şahin")),
    ("n08", "Midfielder Kerem Aydın scored twice on Sunday. Aydın, who backs the Uyghurs, told reporters that the "
            "camps in Xinjiang were a crime.", "told", ("Aydın", "Kerem Aydın")),
    ("n09", "In Beijing, Wang said the camps in Xinjiang were schools.", "said", ("!actor", "In Beijing, Wang")),
    ("n06", "Midfielder Kerem Aydın said the Uyghurs in Xinjiang were suffering.", "said", ("!", "Midfielder")),
]


@pytest.mark.parametrize(("item", "text", "verb", "want"), ROWS, ids=[r[0] for r in ROWS])
def test_round8b_speaker(item, text, verb, want):
    wrong = quote_row_errors(find_quotes(text, doc_id=item), verb, want)
    assert not wrong, wrong


def test_round8b_table_has_both_languages_and_negatives():
    """The table holds 40+ rows, both languages, and about as many negatives (NONE, "!", no actor) as positives."""
    assert quote_table_shape(ROWS, min_rows=40, min_arabic=15)
