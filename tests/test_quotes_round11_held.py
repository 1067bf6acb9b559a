"""Round 11, held back: the third of the round's probes not looked at while the rules were changed.

Written with :mod:`tests.test_quotes_round11` before any rule of the round, run once at the end and reported
in ``bench/SPEAKERS_ROUND8.md`` (section "Round 11").  Same kinds and expectations as that file.
"""

import pytest

from test_quotes_round11 import pipeline_errors, shape_ok

NONE = None

ROWS = [
    # d: a dateline of a place alone
    ("dh1", "صفاقس - أصدرت «جمعية الكرامة للحقوق» بيانا عبّرت فيه عن قلقها من احتجاز الإيغور في معسكرات شينجيانغ.",
     "عبّرت", ("!stance", "Tunisia")),
    ("dh2", "BISHKEK - Relatives of Kyrgyz citizens held in Xinjiang gathered on Monday and said they feared the "
            "camps would never release them.", "said", ("!actor", "Kyrgyzstan")),
    # dh3 failed at the end of round 11 («شأن صيني داخلي», an adjective inside the phrase, was not read); round 12
    # read the construction from the lead's own development probes, but the kind was known from this failure, so
    # dh3 no longer counts as held back.
    ("dh3", "الرباط - قالت الحكومة المغربية إن قضية شينجيانغ شأن صيني داخلي ولا تقبل التدخل.", "قالت",
     ("=stance", "Morocco", "defends")),
    ("dh4", "OSLO — Norway's foreign minister said on Friday that China must allow observers into Xinjiang.",
     "said", ("=stance", "Norway", "critical")),
    # g: an organisation's name in guillemets or quotes as the speaker
    ("gh1", "وقالت «هيئة نصرة المستضعفين» إن الصين تحتجز مئات الآلاف من الإيغور.", "وقالت",
     ("هيئة نصرة المستضعفين", "هيئة نصرة المستضعفين")),
    ("gh2", 'The "Fair Fibre Initiative" said on Monday that Xinjiang cotton was still in its members\' shirts.',
     "said", ("Fair Fibre Initiative", "Fair Fibre Initiative")),
    ("gh3", "وقال الطالب إن «جمعية الأمل» نظمت حفلا في الجامعة.", "وقال", ("!", "جمعية الأمل")),
    ("gh4", 'He said the "Silk Road Initiative" had brought roads and jobs to the region.', "said",
     ("!", "Silk Road Initiative")),
    # b: "the London-based institute" referring back to an open-world name
    ("bh1", "The Tallinn Centre for Asian Affairs published satellite images of the camps on Monday. The "
            "Tallinn-based centre said at least forty sites had been enlarged.", "said",
     ("The Tallinn-based centre", "Tallinn Centre for Asian Affairs")),
    ("bh2", "The Paris-based company said its sales in China fell by ten per cent.", "said", ("!actor", "France")),
    # c: Chinese names whose first syllable is a people's name or a word
    ("ch1", "Hui Min, a shop owner in Kashgar, said business had never been better.", "said",
     ("Hui Min", "Hui Min")),
    ("ch2", "Hui traders in Ningxia said the new rules hurt their business.", "said", ("!actor", "Hui Min")),
    ("ch3", "وقال هان جيانغ، المسؤول في الإقليم، إن المعسكرات مدارس.", "وقال", ("!actor", "Han Chinese")),
    ("ch4", "وقال ممثلو قومية الهان إن المنطقة تشهد استقرارا.", "وقال", ("!actor", "هان جيانغ")),
    # w: a researcher at an unknown centre: the person speaks
    ("wh1", "وقالت سلمى العلي الباحثة في مركز الخليج للسياسات إن الصين تنتهك حقوق الإيغور.", "وقالت",
     ("سلمى العلي", "سلمى العلي")),
    ("wh2", "Pavel Novak, a fellow at the Centre for Danube Studies, said the camps were a crime.", "said",
     ("Pavel Novak", "Pavel Novak")),
    ("wh3", "وقال مركز الخليج للسياسات في تقرير إن الصين تنتهك حقوق الإيغور.", "وقال",
     ("!actor", "سلمى العلي")),
    ("wh4", "The Centre for Danube Studies said in a report that the camps were a crime.", "said",
     ("!actor", "Pavel Novak")),
    # a: an Arabic participle after a comma belongs to the clause's subject
    ("ah1", "استقبل وزير الخارجية الباكستاني وفدا صينيا، مشيدا بجهود بكين في مكافحة الإرهاب في شينجيانغ.",
     "مشيدا", ("وزير الخارجية الباكستاني", "Pakistan")),
    ("ah2", "نشرت هيومن رايتس ووتش تقريرا جديدا عن الإيغور، مؤكدة أن الاحتجاز التعسفي مستمر.", "مؤكدة",
     ("!", "تقريرا")),
    ("ah3", "التقى الرئيس المصري بالسفير الصيني، مؤكدا دعم بلاده لسياسة الصين في شينجيانغ.", "مؤكدا",
     ("!actor", "China")),
    ("ah4", "وفي المؤتمر، قدم الباحثون أوراقا عن الاقتصاد، مستعرضين أرقام التجارة.", "مستعرضين",
     ("!", "أوراق")),
]


@pytest.mark.parametrize(("item", "text", "verb", "want"), ROWS,
                         ids=[r.values[0] if hasattr(r, "values") else r[0] for r in ROWS])
def test_round11_held_speaker(item, text, verb, want):
    wrong = pipeline_errors(item, text, verb, want)
    assert not wrong, wrong


def test_round11_held_table_shape():
    """A third of the round's probes: both languages and as many negatives as positives."""
    assert shape_ok([r.values if hasattr(r, "values") else r for r in ROWS], min_rows=22, min_arabic=9)
