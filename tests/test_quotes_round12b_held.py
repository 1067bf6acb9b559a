"""Round 12b, held back: the third of the round's probes not looked at while the rules were changed.

Written with :mod:`tests.test_quotes_round12b` before any rule of the round, run once at the end and reported
in ``bench/SPEAKERS_ROUND8.md`` (section "Round 12b").  Same kinds and expectations as that file.
"""

import pytest

from test_quotes_round12b import table_shape_ok, voice_errors

NONE = None

ROWS = [
    # t: transcripts and records
    ("th1", "INTERVIEWER: Is there any evidence of forced labour in the cotton fields?\n\n"
            "MARTA SILVA (director, Lisbon Centre for Asian Studies): The evidence is overwhelming, and it comes "
            "from the government's own documents.", "evidence is overwhelming", ("=", "Marta Silva")),
    ("th2", "Senator BRANDT: Did the ministry raise the detentions with Beijing?\n\n"
            "Ms Chen Rui (Assistant Director, Asia Bureau): We raised them twice this year.\n\n"
            "Senator BRANDT: With what result?\n\nMs Chen: Beijing rejected our concerns as interference.",
     "rejected our concerns", ("=", "Chen Rui")),
    ("th3", "مقابلة مع الناشطة مريم يوسف\n\nس: لماذا تطالبين بمقاطعة المعرض؟\n\nج: لأن المعرض يغسل صورة "
            "المعسكرات.", "لماذا تطالبين", NONE),
    ("th4", "PRESENTER: Welcome back. Our next guest is a trade lawyer.\n\nJONAS EKLUND (partner, Eklund & Berg): "
            "The new import rules will be hard to enforce.", "", ("!", "PRESENTER")),
    # p: press releases
    ("ph1", "PRESS RELEASE\n\nBRUSSELS, 8 April — Lantern Supply Watch today releases a study of solar panels made "
            "with Xinjiang polysilicon.\n\n\"Europe is importing forced labour by the container,\" said Lantern's "
            "executive director.", "by the container", ("=", "Lantern Supply Watch")),
    ("ph2", "For immediate release\n\nOSLO — Fjord Rights Network today publishes a report on Uyghur students.\n\n"
            "\"The figures are exaggerated,\" said a spokesperson for the Chinese embassy.", "exaggerated",
     ("!actor", "Fjord Rights Network")),
    # m: a time glued after a name
    ("mh1", "DUBLIN: Ireland on Wednesday called on China to allow independent observers into Xinjiang.", "",
     ("!", "on Wednesday")),
    ("mh2", "Chief executive Jonas Berg on March 3 said the company would audit every supplier in Xinjiang.",
     "audit every supplier", ("=", "Jonas Berg")),
    ("mh3", "عمّان: قالت جمعية \"الضياء\" إن تقارير العمل القسري في شينجيانغ تستحق التحقيق.", "تستحق",
     ("!actor", "Jordan")),
    # o: origins are not speakers
    ("oh1", "Delegates from 40 countries attended the forum in Urumqi and praised the region's development.", "",
     ("!actor", "Foreign governments")),
    ("oh2", "وأشاد صحفيون من عشرين دولة زاروا شينجيانغ بما وصفوه بالتنمية السريعة.", "", ("!", "دولة")),
    # h: a company is never its home country
    ("hh1", "The Chinese textile group Golden Loom said its mills in Aksu hire workers on voluntary contracts.",
     "voluntary contracts", ("!actor", "China")),
    ("hh2", "أعلنت شركة \"نهر الذهب\" الصينية أنها لن تشارك في المعرض، قائلة إن الفيلم يسيء إلى الصين.",
     "يسيء", ("!actor", "China")),
    ("hh3", "China's foreign ministry spokesperson said the sanctions were based on lies.", "based on lies",
     ("=", "China")),
    # x: "accuse X of", "call X"
    ("xh1", "The brand Velora said it would leave Xinjiang, prompting Xinhua to accuse Velora of \"spreading "
            "fake news.\"", "spreading fake news", ("!actor", "Velora")),
    ("xh2", "وقال الوزير إن الاتفاق مفيد، فيما وصفته المعارضة بأنه \"صفقة مع الجلاد\".", "صفقة مع الجلاد",
     ("!", "الوزير")),
    ("xh3", "Human Rights Watch accused the company of \"profiting from forced labour.\"", "profiting",
     ("=", "Human Rights Watch")),
]


@pytest.mark.parametrize(("item", "text", "fragment", "want"), ROWS, ids=[r[0] for r in ROWS])
def test_round12b_held_voice(item, text, fragment, want):
    wrong = voice_errors(item, text, fragment, want)
    assert not wrong, wrong


def test_round12b_held_table_shape():
    """A third of the round's probes: both languages and as many negatives as positives."""
    assert table_shape_ok(ROWS, min_rows=17, min_arabic=5)
