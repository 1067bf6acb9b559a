"""Round 9, the held-back third: the kinds of :mod:`tests.test_quotes_round9`, other words.

Written with the rest of the round's probes, before any rule, and not looked at (not run) while the rules were
changed; scored once at the end (the figures are in bench/SPEAKERS_ROUND8.md, "Round 9"; ph2's shape was tried
once while the relay rule was written).  Same format and kinds
as :mod:`tests.test_quotes_round9`.
"""

import pytest

from helpers.extract.quotes.rows import find_quotes
from probe_support import quote_row_errors, quote_table_shape

NONE = None


ROWS = [
    ("ah1", "وقال المحلل السياسي في مركز الخليج للأبحاث فهد العتيبي لقناة الجزيرة إن الصين تقمع الإيغور.",
     "وقال", ("فهد العتيبي", "فهد العتيبي")),
    ("ah2", "وقال المحلل السياسي في مركز الخليج للأبحاث فهد العتيبي لقناة الجزيرة إن الصين تقمع الإيغور.",
     "وقال", ("!", "الجزيرة")),
    ("ah3", "An economist at the Baltic Policy Centre, Jonas Petrauskas, told the BBC that the cotton from Xinjiang "
            "was picked by forced labour.", "told", ("Jonas Petrauskas", "Jonas Petrauskas")),
    ("ah4", "An economist at the Baltic Policy Centre, Jonas Petrauskas, told the BBC that the cotton from Xinjiang "
            "was picked by forced labour.", "told", ("!", "BBC")),
    ("mh1", "Doctors at the Riverside Medical Mission said the Uyghur patients showed signs of torture.",
     "said", ("Riverside Medical Mission", "Riverside Medical Mission")),
    ("mh2", "وقال أعضاء في رابطة المحامين الأحرار إن المعتقلين الإيغور حرموا من المحاكمة.",
     "وقال", ("رابطة المحامين الأحرار", "رابطة المحامين الأحرار")),
    ("mh3", "Workers at a factory in Aksu said the wages had gone up.", "said", ("!actor", "China")),
    ("mh4", "وقال عاملون في مصنع بمدينة أقسو إن الأجور ارتفعت.", "وقال", ("!actor", "China")),
    ("bh1", "وبحسب نبيل حداد، وهو باحث في مركز الدراسات الآسيوية، فإن الصين تحارب التطرف في شينجيانغ.",
     "بحسب", ("نبيل حداد", "نبيل حداد")),
    ("bh2", "According to an official in Kashgar, the centres have trained thousands of people.",
     "According", ("an official in Kashgar", "China")),
    ("bh3", "According to a shopkeeper in Kashgar, the market has been quiet for weeks.",
     "According", ("!actor", "China")),
    ("bh4", "ووفقا للإحصاءات، التي نشرت أمس، فإن عدد السياح ارتفع.", "وفق", ("!actor", "China")),
    ("ph1", "It was claimed by the Chinese embassy that the camps in Xinjiang were schools.",
     "claimed", ("the Chinese embassy", "China")),
    ("ph2", "ونقلت الوكالة عن الباحث كريم منصور قوله إن المعسكرات في شينجيانغ سجون.",
     "ونقلت", ("كريم منصور", "كريم منصور")),
    ("ph3", "The ban was argued over for weeks in parliament.", "argued", NONE),
    ("ph4", "ونقلت الشاحنات القطن من شينجيانغ إلى الميناء.", "ونقلت", NONE),
    ("wh1", "Gulnar Omar recounted being separated from her children in Xinjiang.",
     "recounted", ("Gulnar Omar", "Gulnar Omar")),
    ("wh2", "وروت غولنار عمر فصلها عن أطفالها في شينجيانغ.", "وروت", ("غولنار عمر", "غولنار عمر")),
    ("wh3", "The teacher recounted the votes twice.", "recounted", NONE),
    ("wh4", "وروى المزارعون الحقول بمياه النهر.", "وروى", NONE),
    ("th1", "Xinhua published interviews with residents who said life in Hotan had improved.",
     "said", ("!actor", "China")),
    ("th2", "ونشرت وكالة شينخوا مقابلات مع سكان قالوا إن الحياة تحسنت في خوتان.", "قالوا", ("!actor", "China")),
    ("th3", "Xinhua said the residents of Hotan had better lives.", "said", ("Xinhua", "China")),
    ("th4", "وقالت وكالة شينخوا إن سكان خوتان يعيشون حياة أفضل.", "وقالت", ("وكالة شينخوا", "China")),
]


# Scored once at the end of round 9 (19/25 right; 14/25 on the code before the round): the rows still wrong.
OPEN = {"ah1", "mh2", "wh2", "wh3", "th1", "th2"}


@pytest.mark.parametrize(("item", "text", "verb", "want"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if row[0] in OPEN else row for row in ROWS],
    ids=[r[0] for r in ROWS])
def test_round9_held_speaker(item, text, verb, want):
    wrong = quote_row_errors(find_quotes(text, doc_id=item), verb, want)
    assert not wrong, wrong


def test_round9_held_table_has_both_languages_and_negatives():
    """Both languages, about as many negatives as positives."""
    assert quote_table_shape(ROWS, min_rows=20, min_arabic=10)
