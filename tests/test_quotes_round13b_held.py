"""Round 13b, held back: probes written with :mod:`tests.test_quotes_round13b` and run once, at the end.

Same kinds and expectations; not looked at while the rules were changed.
"""

from __future__ import annotations

import pytest

from test_quotes_round12b import voice_errors

NONE = None

ROWS = [
    ("hf1", "Gulnara Tursun, 41, fled to Istanbul in 2017.\n\nToday Gulnara says her mother \"was sent to a camp "
            "for praying.\"", "sent to a camp", ("~", "Tursun")),
    ("hf2", "قابلنا عبد الله قربان في متجره.\n\nويقول عبد الله إن أخاه \"لم يتصل منذ سنتين\".", "لم يتصل",
     ("~", "قربان")),
    ("ht1", "\"Xinjiang is open to all friends,\" the chairman of the region, Erkin Tuniyaz, said on Monday.",
     "open to all friends", ("~", "Tuniyaz")),
    ("hr1", "Rahima Mahmut's sister, Dilnur Mahmut, said the letters \"stopped in 2017.\"", "stopped in 2017",
     ("~", "Dilnur")),
    ("hq1", "In an interview, China's consul in Dubai spoke about Xinjiang.\n\nQ: Why can journalists not visit "
            "freely?\n\nA: They can. Hundreds have visited and seen a happy, stable region.", "happy, stable",
     ("=", "China")),
    ("hn1", "وقالت الناشطة الكندية ماري لوك إن \"العالم يتجاهل الأويغور\".", "يتجاهل", ("!", "الكندية")),
    ("hn2", "وأكد الأكاديمي التركي مراد يلماز أن \"الحقائق واضحة\".", "الحقائق واضحة", ("!", "التركي")),
    ("hr2", "وقال شقيق الناشط، كامل روزي، إن العائلة \"لم تسمع شيئا\".", "لم تسمع", ("!actor", "China")),
    ("hq2", "Q: Is Xinjiang safe?\n\nA: Safer than it was, the residents say.", "Safer than", ("!actor", "China")),
    ("hf3", "Gulnara Tursun fled in 2017. Her neighbour, Gulnara Abdulla, stayed.\n\n\"We are afraid,\" "
            "Gulnara Abdulla said.", "We are afraid", ("!", "Tursun")),
]

# Failing at the one run (base 6/10 → 6/10), marked, not fixed: hf1 ("Today Gulnara says": the sentence's
# opening adverb joins the name, so the one-word rule never sees "Gulnara"); hf2 (Arabic first names are not
# read); ht1 (a trailing role + apposed name after the quote); hq1 (Q/A answers under an interview header).
OPEN = {"hf1", "hf2", "ht1", "hq1"}


@pytest.mark.parametrize(("item", "text", "fragment", "want"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if row[0] in OPEN else row for row in ROWS],
    ids=[r[0] for r in ROWS])
def test_round13b_held_voice(item, text, fragment, want):
    wrong = voice_errors(item, text, fragment, want)
    assert not wrong, wrong
