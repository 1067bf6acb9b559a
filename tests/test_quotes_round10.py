"""Round 10: voices missed or wrong on reporting the rules were never shaped on (issue 20, quote stage).

Table-driven, written before the rules they check, Arabic and English, both sides, with as many negatives as
positives.  A third of the probes of this round are kept in :mod:`tests.test_quotes_round10_held` (not looked
at while the rules were changed).  Kinds (the id's letter), each found among the voice errors of the
development probe files:

- ``p`` a state office of a place of the topic (مكتب الإحصاء في شينجيانغ، رئيس بلدية كاشغر، the tourism
  bureau of Urumqi, a court in Aksu) speaks for the target state; the same office elsewhere, a company or a
  hotel of the place, or a place named only outside the phrase, never;
- ``n`` where an Arabic name ends: a second name spelt like a word (علي، أمين، بن علي), a name before فقال / فكان
  (أما X فقال) or before a ب complement (بوفد); a preposition or a hearer after a name is never part of it;
- ``i`` the speaker after its verb, with a role ("…, said the lawyer Anna Berg."); the content never speaks;
- ``d`` "add" as an act ("added twelve firms to its blacklist") is no speech; "added that", ", X added." are;
- ``c`` a speaker-less verb (وقالت، وتقول) after a sentence that gave nobody a voice and whose subject is a bare
  name (وصلت سميرة حداد إلى برلين): the name speaks; never the verb's object (اعتقلت الشرطة سميرة حداد), an
  indefinite noun and its adjective (قافلة طبية), nor a name of the other gender;
- ``e`` a state's adjective, one or two words and an official's role ("The Egyptian foreign minister said"):
  that state; a journalist's, a coach's or a company's adjective never;
- ``o`` an Arabic organisation's name ends at its adjectives of origin (منظمة الصحة العالمية، المركز الإيغوري
  الأوروبي): a definite word after them is the verb's object (الصين، الحكومات العربية), never the speaker;
- ``t`` a word written with tanween after an Arabic name (صمتاً، حفلاً، اتهاماتٍ) is the verb's object, never a
  word of the name;
- ``s`` an Arabic family name alone (وقالت قاسم) after the whole name was introduced by a role in a sentence without
  speech (أحيت المغنية نوريا قاسم حفلاً): that name; another name (قاسم محمود، يوسف) never.

Each row: ``(id, text, verb, expectation)`` as in :mod:`tests.test_quotes_round8`: ``(speaker, actor)`` for a
row whose verb contains ``verb``, ``NONE`` for no row with that verb, ``("!", word)`` for no row whose speaker
contains ``word`` or whose actor is ``word``, ``("!actor", word)`` for no row whose actor is ``word``.
"""

import pytest

from helpers.extract.quotes.rows import find_quotes
from probe_support import quote_row_errors, quote_table_shape

NONE = None

ROWS = [
    # p: a state office of a place of the topic
    ("p01", "وقال مكتب الإحصاء في شينجيانغ إن عدد السكان زاد بنسبة اثنين في المئة.", "وقال",
     ("مكتب الإحصاء في شينجيانغ", "China")),
    ("p02", "وقالت إدارة الطرق في كاشغر إن الطريق السريع أعيد فتحه.", "وقالت", ("إدارة الطرق في كاشغر", "China")),
    ("p03", "The tourism bureau of Urumqi said hotel bookings had doubled since May.", "said",
     ("The tourism bureau of Urumqi", "China")),
    ("p04", "Kashgar's health department said the clinics would stay open over the holiday.", "said",
     ("Kashgar's health department", "China")),
    ("p05", "وقال رئيس بلدية كاشغر إن المياه عادت إلى الأحياء القديمة.", "وقال", ("رئيس بلدية كاشغر", "China")),
    ("p06", "A court in Aksu said the man had confessed to the theft.", "said", ("A court in Aksu", "China")),
    ("p07", "وقال مكتب الإحصاء في دبي إن عدد السكان زاد بنسبة اثنين في المئة.", "وقال", ("!actor", "China")),
    ("p08", "The tourism bureau of Istanbul said hotel bookings had doubled since May.", "said", ("!actor", "China")),
    ("p09", "وقالت شركة نقل في كاشغر إن الحافلات ستعمل ليلا.", "وقالت", ("!actor", "China")),
    ("p10", "A hotel in Urumqi said its rooms were full for the festival.", "said", ("!actor", "China")),
    ("p11", "وقال مكتب المحاماة إن موكله المعتقل في أورومتشي بريء.", "وقال", ("!actor", "China")),
    ("p12", "The health department said travellers returning from Xinjiang must be tested.", "said",
     ("!actor", "China")),
    # n: where an Arabic name ends
    ("n01", "وقال الكاتب سعيد علي إن روايته تحكي قصة عائلة إيغورية.", "وقال", ("سعيد علي", "سعيد علي")),
    ("n02", "وقالت الطبيبة ليلى أمين إن المرضى الإيغور يخافون الكلام.", "وقالت", ("ليلى أمين", "ليلى أمين")),
    ("n03", "وقال المحامي كمال بن علي إن موكليه الإيغور ممنوعون من السفر.", "وقال", ("كمال بن علي", "كمال بن علي")),
    ("n04", "وأشاد الكاتب نبيل شاكر بجهود الصين في تنمية شينجيانغ.", "وأشاد", ("نبيل شاكر", "نبيل شاكر")),
    ("n05", "أما الباحث عمر سليم فقال إن الأرقام عن المعسكرات مبالغ فيها.", "فقال", ("عمر سليم", "عمر سليم")),
    ("n06", "وقال الناشط يوسف حداد على هامش المؤتمر إن الإيغور يعانون.", "وقال", ("!", "على")),
    ("n07", "وقال أمين عام الجمعية إن الجالية الإيغورية تحتاج إلى الدعم.", "وقال", ("!actor", "أمين")),
    ("n08", "وقال الاقتصادي فريد بن صالح إن القطن الإيغوري يقاطع في أوروبا.", "وقال",
     ("فريد بن صالح", "فريد بن صالح")),
    ("n09", "وقال رجل الأعمال خالد ناصر لوكالة الأنباء إن مصنعه في شينجيانغ يعمل بشكل طبيعي.", "وقال",
     ("!", "لوكالة")),
    ("n10", "وقال الصحفي هادي سالم بعد عودته من شينجيانغ إن المساجد مغلقة.", "وقال", ("!", "بعد")),
    ("n11", "أما الصحفي وليد نصر فكان أكثر حذرا. وقال إن الصورة في شينجيانغ غير واضحة.", "وقال", ("!", "فكان")),
    ("n12", "التقى الداعية أحمد يوسف بطلاب إيغور في القاهرة. وقال يوسف إن ما يحدث ظلم.", "وقال", ("!", "بطلاب")),
    # i: the speaker after its verb, with a role
    ("i01", "The camps in Xinjiang are prisons, said the lawyer Anna Berg.", "said", ("Anna Berg", "Anna Berg")),
    ("i02", "Cotton from Xinjiang is clean, said the trader Omar Haddad.", "said", ("Omar Haddad", "Omar Haddad")),
    ("i03", "The detentions must end, said the activist Leyla Demir, who fled Kashgar in 2017.", "said",
     ("Leyla Demir", "Leyla Demir")),
    ("i04", "The camps in Xinjiang are prisons, said the lawyer.", "said", ("!", "Xinjiang")),
    ("i05", "Whether Xinjiang's factories use forced labour is for a judge to decide, said the lawyer Tom Reid.",
     "said", ("!", "judge")),
    ("i06", "The factories in Xinjiang are safe, said the company's lawyer.", "said", ("!actor", "China")),
    # d: "add" as an act, not speech
    ("d01", "The Commerce Department added twelve Chinese firms to its export blacklist over Xinjiang.", "added",
     NONE),
    ("d02", "Canada added three Xinjiang officials to its sanctions list.", "added", NONE),
    ("d03", "Human Rights Watch said the camps in Xinjiang must close. It added that the detainees had no lawyers.",
     "added", ("Human Rights Watch", "Human Rights Watch")),
    ("d04", "The camps in Xinjiang must close, Human Rights Watch added.", "added",
     ("Human Rights Watch", "Human Rights Watch")),
    ("d05", 'Amnesty International added: "The detainees in Xinjiang have no lawyers."', "added",
     ("Amnesty International", "Amnesty International")),
    ("d06", "The US Treasury added a Xinjiang police chief to the sanctions list on Friday.", "added", NONE),
    # c: a speaker-less verb after a sentence whose subject is a bare name
    ("c01", "وصلت سميرة حداد إلى برلين قبل عامين. وتقول إن شقيقها معتقل في شينجيانغ.", "وتقول",
     ("سميرة حداد", "سميرة حداد")),
    ("c02", "وحضرت ليلى ناصر، التي فقدت والدها في المعسكرات، حفل إطلاق الكتاب. وقالت إن العالم صامت.", "وقالت",
     ("ليلى ناصر", "ليلى ناصر")),
    ("c03", "زار جمال حسين كاشغر الشهر الماضي. وقال إن المساجد مفتوحة للمصلين.", "وقال", ("جمال حسين", "جمال حسين")),
    ("c04", "اعتقلت الشرطة الصينية سميرة حداد عام 2017. وقالت إن التحقيق مستمر.", "وقالت", ("!", "سميرة")),
    ("c05", "وصلت قافلة طبية إلى خوتان أمس. وقالت إن الأطباء سيبقون أسبوعا.", "وقالت", ("!", "قافلة")),
    ("c06", "وصلت سميرة حداد إلى برلين قبل عامين. وقال إن الشرطة راقبتها.", "وقال", ("!", "سميرة")),
    # e: a state's adjective, then words, then an official's role
    ("e01", "The Egyptian foreign minister said Cairo respected China's sovereignty over Xinjiang.", "said",
     ("Egyptian foreign minister", "Egypt")),
    ("e02", "The Turkish deputy foreign minister said Ankara was worried about the Uyghurs.", "said",
     ("Turkish deputy foreign minister", "Turkey")),
    ("e03", "A Kazakh trade official said the border crossing near Khorgos would reopen.", "said",
     ("Kazakh trade official", "Kazakhstan")),
    ("e04", "A Turkish freelance journalist said the police in Kashgar followed him.", "said", ("!actor", "Turkey")),
    ("e05", "The Egyptian football coach said the team would play in Urumqi.", "said", ("!actor", "Egypt")),
    ("e06", "The Chinese textile company said its cotton did not come from Xinjiang.", "said", ("!actor", "China")),
    # o: an organisation's name ends at its adjective of origin; the verb's object is never part of it
    ("o01", "ودعت منظمة الصحة العالمية الصين إلى نشر البيانات عن شينجيانغ.", "ودعت",
     ("منظمة الصحة العالمية", "منظمة الصحة العالمية")),
    ("o02", "ودعا المركز الإيغوري الأوروبي الحكومات العربية إلى التحرك.", "ودعا",
     ("المركز الإيغوري الأوروبي", "المركز الإيغوري الأوروبي")),
    ("o03", "وقالت منظمة الصحة العالمية إن الوباء انتهى في شينجيانغ.", "وقالت",
     ("منظمة الصحة العالمية", "منظمة الصحة العالمية")),
    ("o04", "ودعت منظمة الصحة العالمية الصين إلى نشر البيانات عن شينجيانغ.", "ودعت", ("!", "الصين")),
    ("o05", "وقال مركز الدراسات الإيغورية إن آلاف الطلاب اعتقلوا.", "وقال", ("!", "آلاف")),
    ("o06", "ودعا المركز الإيغوري الأوروبي الحكومات العربية إلى التحرك.", "ودعا", ("!", "الحكومات")),
    # t: a word written with tanween after a name is the verb's object
    ("t01", "وانتقد الكاتب سامر حداد صمتاً عربياً تجاه الإيغور.", "وانتقد", ("سامر حداد", "سامر حداد")),
    ("t02", "وأحيت المغنية نوريا قاسم حفلاً في ألماتي، وقالت إنها تعمل على ألبوم جديد.", "وقالت",
     ("نوريا قاسم", "نوريا قاسم")),
    ("t03", "ورفض الباحث كمال يوسف اتهاماتٍ غربية للصين.", "ورفض", ("كمال يوسف", "كمال يوسف")),
    ("t04", "وانتقد الكاتب سامر حداد صمتاً عربياً تجاه الإيغور.", "وانتقد", ("!", "صمت")),
    ("t05", "وأحيت المغنية نوريا قاسم حفلاً في ألماتي، وقالت إنها تعمل على ألبوم جديد.", "وقالت", ("!", "حفل")),
    ("t06", "وقال الشاعر أحمد حامد إن الإيغور شعبٌ مظلوم.", "وقال", ("!", "شعب")),
    # s: a family name alone after the whole name was introduced without speech
    ("s01", "أحيت المغنية الأويغورية نوريا قاسم حفلاً في ألماتي. وقالت قاسم بعد الحفل إنها تعمل على ألبوم جديد.",
     "وقالت", ("قاسم", "نوريا قاسم")),
    ("s02", "زار الباحث الأردني سامي حداد مدينة كاشغر العام الماضي. وقال حداد إن المساجد مفتوحة.", "وقال",
     ("حداد", "سامي حداد")),
    ("s03", "أحيت المغنية الأويغورية نوريا قاسم حفلاً في ألماتي. وقال قاسم محمود إن الحفل كان ناجحا.", "وقال",
     ("!actor", "نوريا قاسم")),
    ("s04", "زار الباحث الأردني سامي حداد مدينة كاشغر العام الماضي. وقال يوسف إن المساجد مفتوحة.", "وقال",
     ("!actor", "سامي حداد")),
]


# Rows the rules do not get right yet (strict: a row that passes must leave this set).
# p03: the phrase is cut to "bureau of Urumqi"; p06: courts are left out (a sentence "in prison" read as a defence
# by the stance stage), and Aksu needs corroboration.
# c01-c04: a bare name as a sentence's subject was tried (two or three words after the verb) and reverted: on ANT
# it read "طاقم طبي", "أعوان فرقة", "كل أسرة" as names; c04: the subject phrase runs on into the object.
# o02, o06: the phrase of a definite organisation (المركز …) is not read as its name here.
# t03: after the verb رفض the role alone is read (the phrase path of a rejection), the name not.
OPEN = {"p03", "p06", "c01", "c02", "c03", "c04", "o02", "o06", "t03"}


@pytest.mark.parametrize(("item", "text", "verb", "want"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if row[0] in OPEN else row for row in ROWS],
    ids=[r[0] for r in ROWS])
def test_round10_speaker(item, text, verb, want):
    wrong = quote_row_errors(find_quotes(text, doc_id=item), verb, want)
    assert not wrong, wrong


def test_round10_table_has_both_languages_and_negatives():
    """The table holds 36+ rows, both languages, and about as many negatives (NONE, "!", no actor) as positives."""
    assert quote_table_shape(ROWS, min_rows=54, min_arabic=24)
