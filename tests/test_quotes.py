"""Voices: speech verbs, attributions, direct quotes, speakers and the actors they speak for."""

from pathlib import Path

import pandas as pd
import pytest

from helpers.evaluate.extractors import score_quotes
from helpers.evaluate.scoring import read_gold
from helpers.extract.quotes.context import MATCH_STEPS
from helpers.extract.quotes.marks import quote_pairs
from helpers.extract.quotes.rows import QUOTE_COLUMNS, find_quotes
from helpers.extract.quotes.speech_lexicon import lexicon
from helpers.text.normalise import normalise_text

GOLD = Path(__file__).resolve().parent / "gold"


def _quotes(text):
    frame = find_quotes(text, doc_id="t")
    assert list(frame.columns) == QUOTE_COLUMNS
    for row in frame.itertuples():
        assert text[row.content_start:row.content_end] == row.content
        assert text[row.verb_start:row.verb_end] == row.verb
        assert row.start <= min(row.content_start, row.verb_start)
        assert row.end >= max(row.content_end, row.verb_end)
        if row.speaker_start >= 0:
            assert text[row.speaker_start:row.speaker_end] == row.speaker
    return frame


def _has(frame, verb, speaker, actor, content, mode):
    for row in frame.itertuples():
        if (row.verb == verb and speaker in row.speaker and content in row.content
                and row.mode == mode and (actor is None or row.actor == actor)):
            return True
    return False


# (text, [(verb, speaker contains, actor or None = not checked, content contains, mode), …])
CASES = [
    # Reuters (Arabic translation), from the seed
    ('وقال متحدث باسم السفارة الأمريكية: "ما زلنا نشعر بالقلق من أن الحكومة الصينية احتجزت الأويغور".',
     [("وقال", "متحدث باسم السفارة الأمريكية", "United States", "ما زلنا نشعر بالقلق", "direct")]),
    ("وقالت هوا تشون يونغ المتحدثة باسم وزارة الخارجية الصينية إنها لم تر الرسالة، وأن السفراء مرحب بهم.",
     [("وقالت", "هوا تشون يونغ", "China", "لم تر الرسالة", "indirect")]),
    ("وقال كبير الدبلوماسيين في الصين يوم الثلاثاء إن العالم يجب أن يتجاهل \"الشائعات\" بشأن شينجيانغ.",
     [("وقال", "كبير الدبلوماسيين في الصين", "China", "العالم يجب أن يتجاهل", "indirect")]),
    ("وزارة الخارجية الكندية، في بيان أرسل إلى رويترز، لم تعلق مباشرة على الرسالة ولكنها أعربت عن قلقها "
     "العميق إزاء تقارير الاعتقال.",
     [("أعربت", "وزارة الخارجية الكندية", "Canada", "قلقها العميق", "indirect")]),
    ("وقالت وزارة الخارجية والتجارة الأسترالية إن الحكومة تشعر بالقلق إزاء الوضع في شينجيانغ.",
     [("وقالت", "وزارة الخارجية والتجارة الأسترالية", "Australia", "الحكومة تشعر بالقلق", "indirect")]),
    ("الولايات المتحدة غير ممثلة في الرسالة، على الرغم من أن الدبلوماسيين غير الأمريكيين يقولون إن "
     "الولايات المتحدة كانت منخرطة بشكل عميق.",
     [("يقولون", "الدبلوماسيين غير الأمريكيين", "", "كانت منخرطة", "indirect")]),
    ("وقدم المبعوثون طلبهم في خطاب إلى شين تشوانجو، وفقا لنسخة من مسودة الرسالة التي اطلعت عليها رويترز.",
     [("وفقا ل", "نسخة من مسودة الرسالة", "", "وقدم المبعوثون طلبهم", "attribution")]),
    # Egyptian paper, from the seed
    ("وتتهم دول غربية ومنظمات مدافعة عن حقوق الإنسان الصين باحتجاز أكثر من مليون شخص من الأويجور.",
     [("وتتهم", "دول غربية ومنظمات مدافعة عن حقوق الإنسان", None, "احتجاز أكثر من مليون", "indirect")]),
    ("وترفض بكين الاتهامات بانتهاك حقوق الإنسان في شينجيانج مؤكداً أن الاجراءات المتخذة هدفها مكافحة الإرهاب.",
     [("وترفض", "بكين", "China", "الاتهامات بانتهاك حقوق الإنسان", "indirect"),
      ("مؤكداً", "بكين", "China", "الاجراءات المتخذة هدفها", "indirect")]),
    ("وترغب الصين بالتعاون مع كازاخستان في مكافحة الإرهاب، بحسب ما قال شي جين بينج.",
     [("بحسب ما قال", "شي جين بينج", "China", "وترغب الصين بالتعاون", "attribution")]),
    ("يشار إلى أنه في مطلع سبتمبر الجاري، حث رئيس الأمم المتحدة أنطونيو جوتيريش الصين على اتباع توصيات التقرير.",
     [("حث", "جوتيريش", "United Nations", "اتباع توصيات التقرير", "indirect")]),
    ('وتابع دوجاريك أن "الأمين العام يأمل بشدة أن تأخذ حكومة الصين التوصيات".',
     [("وتابع", "دوجاريك", None, "الأمين العام يأمل بشدة", "direct")]),
    # Xinhua / CGTN Arabic (defending)
    ("وقال المتحدث باسم وزارة الخارجية الصينية وانغ ون بين في مؤتمر صحفي دوري يوم الاثنين إن قضايا "
     "شينجيانغ ليست قضايا حقوق إنسان على الإطلاق.",
     [("وقال", "وانغ ون بين", "China", "قضايا شينجيانغ ليست قضايا حقوق إنسان", "indirect")]),
    ("وأكدت الحكومة الصينية أن مراكز التعليم والتدريب المهني ساهمت في مكافحة الإرهاب.",
     [("وأكدت", "الحكومة الصينية", "China", "مراكز التعليم والتدريب المهني", "indirect")]),
    ("ونفت بكين هذه الاتهامات، مؤكدة أن المعسكرات مراكز للتدريب المهني.",
     [("ونفت", "بكين", "China", "هذه الاتهامات", "indirect"),
      ("مؤكدة", "بكين", "China", "المعسكرات مراكز للتدريب المهني", "indirect")]),
    ('ووصفت الخارجية الصينية التقرير بأنه "مهزلة".',
     [("ووصفت", "الخارجية الصينية", "China", "مهزلة", "direct")]),
    # Amnesty / HRW (criticising)
    ("وقالت منظمة العفو الدولية في تقرير نشرته اليوم إن السلطات الصينية ارتكبت جرائم ضد الإنسانية.",
     [("وقالت", "منظمة العفو الدولية", None, "السلطات الصينية ارتكبت جرائم", "indirect")]),
    ("واتهمت واشنطن بكين بارتكاب إبادة جماعية بحق الإيغور.",
     [("واتهمت", "واشنطن", "United States", "ارتكاب إبادة جماعية", "indirect")]),
    ("وطالبت منظمات حقوقية بالإفراج عن المعتقلين.",
     [("وطالبت", "منظمات حقوقية", "Rights groups", "الإفراج عن المعتقلين", "indirect")]),
    ("وحذر خبراء الأمم المتحدة من أن الاحتجاز التعسفي قد يرقى إلى جرائم دولية.",
     [("وحذر", "خبراء الأمم المتحدة", "United Nations", "الاحتجاز التعسفي قد يرقى", "indirect")]),
    # Al Jazeera / BBC Arabic
    ('"لقد فقدت الاتصال بعائلتي منذ عامين"، قالت إحدى الناشطات الإيغوريات.',
     [("قالت", "إحدى الناشطات", None, "لقد فقدت الاتصال بعائلتي", "direct")]),
    ('قال مسؤول صيني لرويترز: "هذه أكاذيب".',
     [("قال", "مسؤول صيني", "China", "هذه أكاذيب", "direct")]),
    ("وبحسب منظمة هيومن رايتس ووتش، فإن السلطات احتجزت آلاف الأشخاص.",
     [("وبحسب", "هيومن رايتس ووتش", None, "السلطات احتجزت آلاف الأشخاص", "attribution")]),
    ("ونقلت وكالة شينخوا عن المتحدث باسم حكومة شينجيانغ قوله إن المراكز ستغلق.",
     [("ونقلت", "المتحدث باسم حكومة شينجيانغ", None, "المراكز ستغلق", "indirect")]),
    ("وأعرب الاتحاد الأوروبي عن قلقه إزاء التقارير.",
     [("وأعرب", "الاتحاد الأوروبي", None, "قلقه إزاء التقارير", "indirect")]),
    # spellings: no hamza, tatweel, diacritics, Arabic-Indic digits
    ("واكد المتحدث باسم الخارجية الصينية ان بلاده ترفض التدخل في شؤونها.",
     [("واكد", "المتحدث باسم الخارجية الصينية", "China", "بلاده ترفض التدخل", "indirect")]),
    ("وقــال الـمـتـحـدث الـرسـمـي: «لا توجد معسكرات اعتقال في شينجيانغ».",
     [("وقــال", "الـمـتـحـدث الـرسـمـي", "", "لا توجد معسكرات اعتقال", "direct")]),
    ("وتُقدّر منظمات حقوقية عدد المحتجزين بنحو ١٫٨ مليون شخص.",
     [("وتُقدّر", "منظمات حقوقية", "Rights groups", "١٫٨ مليون شخص", "indirect")]),
    ("وقال الرئيس الأمريكي جو بايدن لنظيره الصيني شي جين بينغ إن واشنطن قلقة من الانتهاكات.",
     [("وقال", "جو بايدن", "United States", "واشنطن قلقة", "indirect")]),
    ("الصين تنفي وجود معسكرات اعتقال وتقول إنها مراكز للتدريب المهني.",
     [("تنفي", "الصين", "China", "وجود معسكرات اعتقال", "indirect"),
      ("وتقول", "الصين", "China", "مراكز للتدريب المهني", "indirect")]),
    # English wire copy
    ('"The so-called camps are vocational centres," Chinese foreign ministry spokesman Zhao Lijian '
     'told reporters on Monday.',
     [("told", "Zhao Lijian", "China", "The so-called camps are vocational centres", "direct")]),
    ("Beijing denies any abuses and says the camps were closed in 2019.",
     [("denies", "Beijing", "China", "any abuses", "indirect"),
      ("says", "Beijing", "China", "the camps were closed in 2019", "indirect")]),
    ('"We are deeply concerned," a U.S. embassy spokesperson said.',  # "U.S." is not a mention (yet)
     [("said", "a U.S. embassy spokesperson", None, "We are deeply concerned", "direct")]),
    ('"We remain concerned," an American embassy spokesperson said on Tuesday.',
     [("said", "American embassy spokesperson", "United States", "We remain concerned", "direct")]),
    ("Chinese foreign ministry spokeswoman Hua Chunying said the ambassadors were welcome to visit Xinjiang.",
     [("said", "Hua Chunying", "China", "the ambassadors were welcome", "indirect")]),
    ("China denies the allegations, saying the camps are vocational training centres.",
     [("denies", "China", "China", "the allegations", "indirect"),
      ("saying", "China", "China", "the camps are vocational training centres", "indirect")]),
    ("Human Rights Watch urged governments to impose sanctions on officials.",
     [("urged", "Human Rights Watch", None, "impose sanctions on officials", "indirect")]),
    ("According to the Australian Strategic Policy Institute, more than 380 detention facilities have been built.",
     [("According to", "Australian Strategic Policy Institute", None, "more than 380 detention", "attribution")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"{i:02d}-{c[1][0][0]}" for i, c in enumerate(CASES)])
def test_voices(text, expected):
    frame = _quotes(text)
    for item in expected:
        assert _has(frame, *item), (item, frame[["verb", "speaker", "actor", "content", "mode"]].to_dict("records"))
    assert len(frame) == len(expected), frame[["verb", "speaker", "content"]].to_dict("records")


@pytest.mark.parametrize("text", [
    "ولم يؤكد عدد آخر من الدبلوماسيين المطلعين على الرسالة ورفضوا مناقشتها أكثر، مشيرين إلى حساسيتها.",
    "ورفضت السفارات الأوروبية والبريطانية والألمانية التعليق على الرسالة.",
    "جميع الدبلوماسيين رفضوا الكشف عن هوياتهم.",
    "وتمثل هذه الخطوة إجراء واسع النطاق، وتوضح ردود الفعل المتصاعدة التي تواجهها بكين.",
    "وهو تابع لوزارة الأمن العام في الإقليم.",
    "في التدخل في شئون بكين الداخلية تحت مسمي التدخل الإنسانى طبقا لمواثيق ومعاهدات حقوق الإنسان.",
    "ستواصل الولايات المتحدة دعوة الصين إلى إنهاء هذه السياسات.",
    "إننا نشعر بالقلق العميق من التقارير التي تفيد بمعاملة الأقليات.",
    "The ministry did not comment on the letter.",
    "He was denied entry at the border.",
    "It is said that the camps were closed.",
    "تعمل الحكومة حسب الظروف وفق القانون الدولي وفقا للقانون الصيني.",
    "ويعتبر الإقليم موطنا لنحو 12 مليون مسلم.",
    "الجدير بالذكر أن الصين من أكبر الدول، ومن المؤكد أن الاقتصاد سينمو.",
    "Amid growing calls for a boycott, the games opened on Friday.",
    "https://www.reuters.com/article/us-china-xinjiang/china-said-to-idUSKCN1NK0H0",
])
def test_not_voices(text):
    frame = _quotes(text)
    assert frame.empty, frame[["verb", "speaker", "content"]].to_dict("records")


def test_verbs_inside_a_quotation_are_the_quoted_words():
    text = ('وقال دوجاريك إن التقرير "يؤكد ما قاله الأمين العام بشأن شينجيانغ".')
    frame = _quotes(text)
    assert frame["verb"].tolist() == ["وقال"]


def test_speaker_carries_over_to_a_bare_verb():
    text = ('وكتب الرئيس الصيني في مقال: "الصين مستعدة للتعاون".\n'
            'وأضاف "على الطرفين اتخاذ موقف واضح".')
    frame = _quotes(text)
    assert frame["speaker"].tolist() == ["الرئيس الصيني", "الرئيس الصيني"]
    assert frame.iloc[1]["speaker_start"] == -1 and frame.iloc[1]["mode"] == "direct"


def test_surname_takes_the_full_name_actor():
    text = ("وقالت هوا تشون يونغ المتحدثة باسم وزارة الخارجية الصينية إنها لم تر الرسالة.\n"
            'وقالت هوا في مؤتمر صحفي يومي: "أقوم بأشياء تتدخل في الشؤون الداخلية لهذا البلد".')
    frame = _quotes(text)
    assert frame["actor"].tolist() == ["China", "China"]
    assert frame.iloc[1]["speaker"] == "هوا"


# A definite description speaks for the actor named before it (data/quotes/anaphors.tsv):
# (text, the last voice's speaker, its actor). Sentences written for the test.
DEFINITE = [
    ("نشرت منظمة هيومن رايتس ووتش تقريرا جديدا. وقالت المنظمة إن السلطات هدمت مساجد.",
     "المنظمة", "Human Rights Watch"),
    ("نفت الصين الاتهامات الغربية. وأضافت الحكومة أن المراكز مدارس مهنية.",
     "الحكومة", "China"),
    ("أعلنت وزارة الخارجية الكندية أنها استدعت السفير. وقالت الوزارة إن الحوار مستمر.",
     "الوزارة", "Canada"),
    # the ministry was named without its state: nobody, not the last state named (Libya)
    ("أكدت وزارة الشؤون الخارجية أنها تتابع أوضاع المواطنين العالقين في ليبيا. "
     "وأضافت الوزارة أن الاتصالات مستمرة.", "الوزارة", ""),
    # a national association is not its state: the association itself, named outside the gazetteer (round 11)
    ("أصدرت الجمعية التونسية للمحامين بيانا. وأكدت الجمعية أن المحاكمة غير عادلة.",
     "الجمعية", "الجمعية التونسية للمحامين"),
    ("Amnesty International said thousands were held in camps. The group added that families "
     "were separated.", "The group", "Amnesty International"),
    ("Human Rights Watch published new satellite images. The rights group said the camps had grown.",
     "The rights group", "Human Rights Watch"),
    ("The group said the report was accurate.", "The group", ""),
]


@pytest.mark.parametrize("text, speaker, actor", DEFINITE)
def test_definite_description_speaks_for_the_actor_named_before(text, speaker, actor):
    last = _quotes(text).iloc[-1]
    assert (last["speaker"], last["actor"]) == (speaker, actor)


@pytest.mark.parametrize("text, pairs", [
    ('قال "أ" ثم «ب»', 2), ('»معكوس« و ”معكوس“', 2), ('سطر "مفتوح\nسطر آخر"', 0), ('"a" "b" "c', 2),
])
def test_quote_pairs(text, pairs):
    assert len(quote_pairs(text)) == pairs


@pytest.mark.parametrize("form, lemma, kind", [
    ("قالت", "قال", "speech"), ("مؤكدا", "أكد", "attitude"), ("نفت", "نفى", "denial"),
    ("تتهم", "اتهم", "accusation"), ("دعت", "دعا", "call"), ("حثت", "حث", "call"),
    ("urged", "call", "call"), ("said", "say", "speech"), ("اعربت", "أعرب", "attitude"),
])
def test_verb_lexicon(form, lemma, kind):
    info = lexicon().verbs[normalise_text(form, steps=MATCH_STEPS)]
    assert (info.lemma, info.type) == (lemma, kind)


def test_seed_offsets_and_gold(seeds, seed_texts):
    frames = []
    for doc in seeds:
        frame = find_quotes(doc.raw, doc_id=doc.doc_id)
        for row in frame.itertuples():
            assert doc.raw[row.content_start:row.content_end] == row.content
            assert doc.raw[row.verb_start:row.verb_end] == row.verb
            assert doc.raw[row.start:row.end].find(row.verb) >= 0
        frames.append(frame)
    result = score_quotes(pd.concat(frames, ignore_index=True), read_gold(GOLD / "quotes.tsv"), seed_texts)
    assert result["span"]["precision"] >= 0.85 and result["span"]["recall"] >= 0.85, result
    assert result["full"]["precision"] >= 0.7 and result["full"]["recall"] >= 0.7, result
    assert result["mode_accuracy"] >= 0.8, result


@pytest.mark.parametrize("text, rows", [
    ("", 0), ("   \n", 0), ('وقال "', 0), ("قال", 0),
    # Arabic presentation forms (copied from old PDFs): matched after normalisation, offsets still raw
    ("ﻗﺎﻝ ﺍﻟﻤﺘﺤﺪﺙ ﺇﻥ ﺍﻟﻮﺿﻊ ﻣﺴﺘﻘﺮ", 1),
])
def test_degenerate_and_presentation_form_input(text, rows):
    assert len(_quotes(text)) == rows
