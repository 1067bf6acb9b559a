"""Round 12, held back: the third of the round's probes not looked at while the rules were changed.

Written with :mod:`tests.test_quotes_round12` before any rule of the round, run once at the end and reported
in ``bench/SPEAKERS_ROUND8.md`` (section "Round 12").  Same kinds and expectations as that file.
"""

import pytest

from test_quotes_round12 import round12_errors, shape12_ok

ROWS = [
    # r: an unnamed role that names its holder
    ("rh1", "نظم مركز النور الثقافي أمسية تضامنية مع الإيغور. وقال مديره الأستاذ فؤاد المرزوقي للحضور إن المسلمين "
            "في شينجيانغ يُمنعون من الصلاة.", "وقال", ("فؤاد المرزوقي", "فؤاد المرزوقي")),
    ("rh2", "نظم مركز النور الثقافي أمسية تضامنية مع الإيغور. وقال مديره الأستاذ فؤاد المرزوقي للحضور إن المسلمين "
            "في شينجيانغ يُمنعون من الصلاة.", "وقال", ("!", "للحضور")),
    ("rh3", "The Silk Road Families Association met in Almaty on Sunday. Its chairman, Yerlan Dosov, told the "
            "gathering that relatives were still held in Xinjiang.", "told", ("!actor", "Kazakhstan")),
    # p: an apposition between the subject and its verb
    ("ph1", "ماليزيا، التي تربطها علاقات تجارية واسعة مع بكين، أعلنت أنها تحترم سيادة الصين على شينجيانغ.", "أعلنت",
     ("=actor", "Malaysia")),
    ("ph2", "ماليزيا، التي تربطها علاقات تجارية واسعة مع بكين، أعلنت أنها تحترم سيادة الصين على شينجيانغ.", "أعلنت",
     ("!actor", "China")),
    ("ph3", "Farida Osman of a women's cooperative in Upper Egypt said the Xinjiang cotton rules hurt her members.",
     "said", ("!", "Upper Egypt")),
    ("ph4", "وقال التاجر المغربي عادل بنعيسى، الذي يزور أورومتشي كل عام، إن الأسواق هناك مزدهرة.", "وقال",
     ("عادل بنعيسى", "عادل بنعيسى")),
    # s: asides
    ("sh1", "Darren Byler wrote a book about the camps in 2021.\n\nGuards, Byler wrote in the same book, watched the "
            "detainees day and night.", "wrote", ("=actor", "Darren Byler")),
    ("sh2", "أصدرت هيومن رايتس ووتش تقريرا جديدا. وتراقب السلطات، بحسب ما ذكره التقرير نفسه، هواتف الإيغور.",
     "بحسب", ("!actor", "China")),
    # n: an organisation followed by a nationality adjective
    ("nh1", "وقالت صحيفة \"الفجر الجديد\" المغربية إن الصين تحتجز الإيغور في معسكرات.", "وقالت",
     ("!actor", "Morocco")),
    ("nh2", "وذكرت وكالة الأنباء التونسية الرسمية أن تونس تدعم موقف الصين في شينجيانغ.", "وذكرت",
     ("=actor", "Tunisia")),
    ("nh3", "Sweden's H&M said it would stop buying cotton from Xinjiang.", "said", ("!actor", "Sweden")),
    # k: groups that speak
    ("kh1", "وردد المحتجون أمام السفارة هتافات تقول إن الصين ترتكب إبادة جماعية.", "وردد", ("=actor", "Activists")),
    ("kh2", "Attendees at the seminar in Tunis said Xinjiang's schools were models of tolerance.", "said",
     ("!actor", "Tunisia")),
    # m: re-mentions across paragraphs
    ("mh1", "وصل المدرّس الأويغوري عبد الرحيم قاسم إلى إسطنبول عام 2018.\n\nوقال قاسم إن زوجته ما تزال محتجزة.",
     "وقال", ("=actor", "عبد الرحيم قاسم")),
    ("mh2", "قال الباحث يوسف العمري إن المعسكرات سجون.\n\nوتقيم مصر علاقات قوية مع الصين.\n\nوأضاف العمري أن "
            "العالم الإسلامي صامت.", "وأضاف", ("!actor", "Egypt")),
    ("mh3", "Dilnoza Karimova, a nurse from Ghulja, said China had detained her father.\n\nKazakhstan has not "
            "commented. She added that her mother was missing.", "added", ("!actor", "Kazakhstan")),
    ("mh4", "Dilnoza Karimova, a nurse from Ghulja, said China had detained her father.\n\nKazakhstan has not "
            "commented. Karimova added that her mother was missing.", "added", ("=actor", "Dilnoza Karimova")),
]


# Held-back rows failing at the end of round 12 (strict: not fixed on a held-back item): sh1 (an aside "Byler wrote
# in the same book" is no quote), kh1 («وردد المحتجون … هتافات»: ردد is no speech verb).
OPEN = {"sh1", "kh1"}


@pytest.mark.parametrize(("item", "text", "verb", "want"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if row[0] in OPEN else row for row in ROWS],
    ids=[r[0] for r in ROWS])
def test_round12_held_speaker(item, text, verb, want):
    wrong = round12_errors(item, text, verb, want)
    assert not wrong, wrong


def test_round12_held_table_shape():
    """18 rows, both languages, about as many negatives as positives."""
    assert shape12_ok(ROWS, min_rows=18, min_arabic=7)
