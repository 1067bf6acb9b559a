"""Round 8 speaker probes (issue 20): who the speaker of a reported statement is.

Table-driven, written before the rules they check, Arabic and English, both sides of the debate, with as
many negatives as positives.  Kinds (the id's letter):

- ``b`` whole names of bodies: a multi-word name is the speaker as written, a state organ (office, council,
  embassy, regional government of Xinjiang) speaks for its state, an open-world body for nobody known;
- ``r`` a role then a name after an Arabic verb that takes an object (وصف، اتهم، انتقد، دعا، طالب، أكد):
  the name speaks, and what is described or accused (معاملة الصين، سياسة بكين) never does;
- ``p`` parenthetical speech ("The camps, he said, were …", «على حد قوله»، «كما قالت», "according to
  him"): the pronoun's antecedent speaks, and the sentence around the aside is what it said;
- ``g`` reported speech of an unnamed, generic subject (reports, sources, media, تقارير، مصادر): a speaker
  phrase and no actor, never a name of its own;
- ``n`` nouns spelt like speech verbs ("the reports were", "Reports said", «إلى رفض») are no verbs, and
  hearers ("told reporters", «لوكالة») are never speakers.

Each row: ``(id, text, verb, expectation)``; ``expectation`` is ``(speaker, actor)`` for a row whose verb
contains ``verb`` (speaker and actor exactly), ``NONE`` for no row with that verb, ``("!", word)`` for no
row whose speaker contains ``word`` or whose actor is ``word``, ``("!actor", word)`` for no row whose actor is
``word``.
"""

import pytest

from helpers.extract.quotes.rows import find_quotes
from probe_support import quote_row_errors, quote_table_shape

NONE = None

ROWS = [
    # b: whole names of bodies
    ("b01", "China's State Council Information Office said on Monday that the training centres had closed.",
     "said", ("China's State Council Information Office", "China")),
    ("b02", "The State Council Information Office said the vocational programme was voluntary.",
     "said", ("State Council Information Office", "China")),
    ("b03", "وقال مكتب الإعلام التابع لمجلس الدولة الصيني إن مراكز التدريب أغلقت أبوابها.",
     "وقال", ("مكتب الإعلام التابع لمجلس الدولة الصيني", "China")),
    ("b04", "وقال المكتب الإعلامي لحكومة شينجيانغ إن تقارير العمل القسري ملفقة.",
     "وقال", ("المكتب الإعلامي لحكومة شينجيانغ", "China")),
    ("b05", "وقال مكتب الإعلام لحكومة منطقة شينجيانغ الويغورية الذاتية الحكم إن المراكز أغلقت.",
     "وقال", ("مكتب الإعلام لحكومة منطقة شينجيانغ الويغورية الذاتية الحكم", "China")),
    ("b06", "The United Nations Human Rights Office said the detentions in Xinjiang may amount to crimes "
            "against humanity.", "said", ("United Nations Human Rights Office", "United Nations")),
    ("b07", "وقالت السفارة الصينية في القاهرة إن الاتهامات بشأن شينجيانغ لا أساس لها.",
     "وقالت", ("السفارة الصينية في القاهرة", "China")),
    ("b08", "Chinese state media said the vocational centres in Xinjiang were closed.",
     "said", ("Chinese state media", "China")),
    ("b09", "وقال المكتب الإعلامي لمنظمة هيومن رايتس ووتش إن شينجيانغ تشهد قمعا واسعا.",
     "وقال", ("المكتب الإعلامي لمنظمة هيومن رايتس ووتش", "Human Rights Watch")),
    ("b10", "وقال مكتب الإعلام لشركة الواحة إن مصانعها لا تستخدم عمالا من شينجيانغ.", "وقال", ("!", "China")),
    ("b11", "The press office of Meridian Textiles said its factories used no cotton from Xinjiang.",
     "said", ("!", "China")),
    ("b12", "Local media in Xinjiang reported that the centres were closed.", "reported", ("media", "China")),
    ("b13", "The Oxus Society's research office said the data on Xinjiang were incomplete.",
     "said", ("Oxus Society's research office", "")),
    ("b14", "On Monday's programme the spokesman said the camps were closed.", "said", ("!", "Monday")),
    ("b15", "وقال مكتب المحاماة التابع لشركة النور إن العقد مع المصنع في شينجيانغ ألغي.", "وقال", ("!", "China")),
    # r: a role then a name after an Arabic object verb; the object never speaks
    ("r01", "وصف الناشط أحمد سليم ما يجري في شينجيانغ بأنه إبادة جماعية.", "وصف", ("أحمد سليم", "أحمد سليم")),
    ("r02", "اتهم الناشط أحمد سليم الصين بارتكاب انتهاكات في الإقليم.", "اتهم", ("أحمد سليم", "أحمد سليم")),
    ("r03", "وانتقد الناشط أحمد سليم معاملة الصين للإيغور.", "وانتقد", ("أحمد سليم", "أحمد سليم")),
    ("r04", "ودعا الناشط أحمد سليم الحكومات إلى فرض عقوبات على بكين.", "ودعا", ("أحمد سليم", "أحمد سليم")),
    ("r05", "وطالب الناشط أحمد سليم بالإفراج عن المعتقلين في شينجيانغ.", "وطالب", ("أحمد سليم", "أحمد سليم")),
    ("r06", "وأكد الكاتب المصري حسن عادل أن سياسة الصين نجحت في مكافحة الإرهاب.",
     "وأكد", ("حسن عادل", "حسن عادل")),
    ("r07", "ووصفت الباحثة سارة الحسيني سياسة بكين بأنها قمع ممنهج.", "ووصفت", ("سارة الحسيني", "سارة الحسيني")),
    ("r08", "ووصف الأكاديمي الصيني لي وي الاتهامات الغربية بأنها أكاذيب.", "ووصف", ("لي وي", "لي وي")),
    ("r09", "ووصف المتحدث باسم الخارجية الصينية وانغ ون بين الاتهامات بأنها كذبة القرن.",
     "ووصف", ("وانغ ون بين", "China")),
    ("r10", "واتهمت الناشطة رحيمة توختي السلطات الصينية بفصل الأطفال عن عائلاتهم.",
     "واتهمت", ("رحيمة توختي", "رحيمة توختي")),
    ("r11", "وصفت منظمة العفو الدولية معاملة الصين للإيغور بأنها جرائم ضد الإنسانية.",
     "وصفت", ("منظمة العفو الدولية", "Amnesty International")),
    ("r12", "ووصفت وزارة الخارجية الصينية التقارير بأنها أكاذيب.", "ووصفت", ("وزارة الخارجية الصينية", "China")),
    ("r13", "وطالب المتحدث باسم المؤتمر الأويغوري العالمي بفرض عقوبات على الصين.",
     "وطالب", ("المتحدث باسم المؤتمر الأويغوري العالمي", "World Uyghur Congress")),
    ("r14", "وانتقد الناشط أحمد سليم معاملة الصين للإيغور.", "وانتقد", ("!", "معاملة")),
    ("r15", "ووصفت الباحثة سارة الحسيني سياسة بكين بأنها قمع ممنهج.", "ووصفت", ("!", "سياسة")),
    ("r16", "وصفت منظمة العفو الدولية معاملة الصين للإيغور بأنها جرائم ضد الإنسانية.", "وصفت", ("!", "معاملة")),
    ("r17", "ووصف الكاتب هشام نور تقارير الإعلام الغربي بأنها منحازة.", "ووصف", ("!", "تقارير")),
    ("r18", "ودعا السفير الصيني في مصر الدول العربية إلى رفض التدخل في شؤون شينجيانغ.",
     "ودعا", ("السفير الصيني", "China")),
    ("r19", "وقال الصحفي محمد بالحاج إن الوضع في شينجيانغ غامض.", "وقال", ("محمد بالحاج", "محمد بالحاج")),
    ("r20", "ونفى الطبيب الحسيني وضع المرضى في الممرات طوال الليل.", "ونفى", ("!", "وضع")),
    ("r21", "وانتقد الصحفي تجاهل الحكومة لمطالب السكان في الإقليم.", "وانتقد", ("!", "تجاهل")),
    ("r22", "ووصف الناشط أحمد سليم الوضع في الإقليم بأنه خطير.", "ووصف", ("!", "الوضع")),
    ("r23", "واتهمت الباحثة سارة الحسيني الحكومة الصينية بالتقصير.", "واتهمت", ("!", "الحكومة")),
    ("r24", "وانتقدت منظمة العفو الدولية سياسات الصين في الإقليم.", "وانتقدت", ("!", "سياسات")),
    # p: parenthetical speech refers back
    ("p01", "Adrian Zenz published a new study on Tuesday. The camps, he said, were built to erase a culture.",
     "said", ("Adrian Zenz", "Adrian Zenz")),
    ("p02", "Rahima Mahmut spoke in London. The camps were prisons, she said, adding that families were split.",
     "said", ("Rahima Mahmut", "Rahima Mahmut")),
    ("p03", "Rahima Mahmut said the camps were prisons. Families, she added, were split.",
     "added", ("Rahima Mahmut", "Rahima Mahmut")),
    ("p04", "The centres, Wang Wenbin said on Monday, were schools that taught the law.",
     "said", ("Wang Wenbin", "China")),
    ("p05", "Wang Wenbin said the policy had worked. The centres, according to him, were schools.",
     "according to him", ("Wang Wenbin", "China")),
    ("p06", "وقال الباحث أحمد يوسف إن السياسة قمعية. والمعسكرات، على حد قوله، تهدف إلى محو الهوية.",
     "على حد قوله", ("أحمد يوسف", "أحمد يوسف")),
    ("p07", "وتحدث الباحث أحمد يوسف في ندوة بالقاهرة. والمعسكرات، بحسب تعبيره، سجون كبيرة.",
     "بحسب تعبيره", ("أحمد يوسف", "أحمد يوسف")),
    ("p08", "وقالت الناشطة رحيمة محمود إن الوضع سيئ. والمعسكرات سجون كبيرة، كما قالت.",
     "كما قالت", ("رحيمة محمود", "رحيمة محمود")),
    ("p09", "وقال السفير الصيني إن الإقليم مستقر. والمدارس المهنية، على حد تعبيره، ساعدت الشباب على العمل.",
     "على حد تعبيره", ("السفير الصيني", "China")),
    ("p10", "The centres, according to him, were schools.", "according to him", NONE),
    ("p11", "وقال الوزير إن الوضع مستقر. والمعسكرات سجون كبيرة، على حد تعبيرها.", "على حد تعبيرها", NONE),
    ("p12", "والمعسكرات مدارس، على حد قوله.", "على حد قوله", NONE),
    ("p13", "وأضاف الباحث أحمد يوسف أن الوضع صعب، وفق تعبيره.", "وفق تعبيره", NONE),
    ("p14", "Beijing, which says the camps are schools, denies all abuse.", "says", ("Beijing", "China")),
    ("p15", "كما قال الوزير الصيني، فإن المراكز مدارس مهنية.", "كما قال", NONE),
    ("p16", "The figures, she said, were about cotton prices in Egypt.", "said", ("!", "Egypt")),
    # g: generic subjects are nobody
    ("g01", "Reports said that thousands of mosques in Xinjiang were demolished.", "said", ("Reports", "")),
    ("g02", "Newspapers have reported that the camps in Xinjiang were expanded.", "reported", ("Newspapers", "")),
    ("g03", "Some media said the vocational centres in Xinjiang had brought stability.", "said", ("media", "")),
    ("g04", "ذكرت تقارير إعلامية أن المعسكرات في شينجيانغ توسعت.", "ذكرت", ("تقارير إعلامية", "")),
    ("g05", "قالت مصادر إن الحكومة أغلقت المساجد في كاشغر.", "قالت", ("مصادر", "")),
    ("g06", "وأفادت وسائل إعلام محلية بأن المصانع تستخدم العمال قسرا.", "وأفادت", ("وسائل إعلام محلية", "")),
    ("g07", "Several outlets said the factories in Xinjiang used forced labour.", "said", ("outlets", "")),
    ("g08", "Reports said that thousands of mosques in Xinjiang were demolished.", "said", ("!actor", "Reports")),
    ("g09", "Newspapers have reported that the camps in Xinjiang were expanded.", "reported", ("!actor", "Newspapers")),
    ("g10", "وأفادت وسائل إعلام محلية بأن المصانع تستخدم العمال قسرا.", "وأفادت", ("!actor", "وسائل إعلام محلية")),
    ("g11", "State media said the vocational centres in Xinjiang had brought stability.",
     "said", ("State media", "China")),
    ("g12", "Nike said it did not source cotton from Xinjiang.", "said", ("Nike", "Nike")),
    ("g13", "وقالت مصادر مطلعة إن الاجتماع بشأن شينجيانغ تأجل.", "وقالت", ("!actor", "مصادر مطلعة")),
    ("g14", "Media reports said the talks on Xinjiang had stalled.", "said", ("!actor", "Media")),
    # n: nouns spelt like verbs, hearers
    ("n01", "The regional government's press office said the reports were fabricated.", "reports", NONE),
    ("n02", "Some reports suggest that the factories used detainees.", "reports", NONE),
    ("n03", "The ministry says reports of forced labour in Xinjiang are lies.", "reports", NONE),
    ("n04", "ودعا السفير الصيني في مصر الدول العربية إلى رفض التدخل في شؤون شينجيانغ.", "رفض", NONE),
    ("n05", "Human Rights Watch reports that the camps hold a million people.",
     "reports", ("Human Rights Watch", "Human Rights Watch")),
    ("n06", "Foreign Ministry spokesman Wang Wenbin told reporters that the claims were lies.",
     "told", ("Wang Wenbin", "China")),
    ("n07", "Foreign Ministry spokesman Wang Wenbin told reporters that the claims were lies.",
     "told", ("!", "reporters")),
    ("n08", "وقال المتحدث وانغ ون بين لوكالة فرانس برس إن الاتهامات كاذبة.", "وقال", ("وانغ ون بين", "China")),
    ("n09", "وقال المتحدث وانغ ون بين لوكالة فرانس برس إن الاتهامات كاذبة.", "وقال", ("!", "فرانس")),
    ("n10", "The spokesman told a forum in Geneva that the policy in Xinjiang worked.", "told", ("!", "forum")),
    ("n12", "The spokesman told the BBC that the camps were closed.", "told", ("!", "BBC")),
    ("n13", "وقالت المتحدثة لصحيفة الأهرام إن المراكز أغلقت.", "وقالت", ("!", "الأهرام")),
    ("n14", "Critics dismissed the reports as propaganda.", "reports", NONE),
    ("n11", "وترفض بكين الاتهامات وتقول إن المراكز مدارس.", "وتقول", ("!", "الاتهامات")),
]


@pytest.mark.parametrize(("item", "text", "verb", "want"), ROWS, ids=[r[0] for r in ROWS])
def test_round8_speaker(item, text, verb, want):
    wrong = quote_row_errors(find_quotes(text, doc_id=item), verb, want)
    assert not wrong, wrong


def test_round8_table_has_both_languages_and_negatives():
    """The table holds 60+ rows, both languages, and about as many negatives (NONE, "!", no actor) as positives."""
    assert quote_table_shape(ROWS, min_rows=60, min_arabic=25)
