"""Figures about the topic only (helpers.extract.claims.topic), and the figure probes.

Table-driven: each row is a one- or two-sentence document of my own and the
figures the claims table must keep (value, the rule that kept it, what it
counts), or none.  The probe files in tests/probes/ are scored with
bench/probes_figures.py and must stay above a floor.
"""

from pathlib import Path

import pytest

from helpers.extract.claims.anchors import anchors_in
from helpers.extract.claims.rows import CLAIM_COLUMNS, find_claims
from helpers.io.tables import TABLE_EXTRAS
from probe_support import bench_scorer

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "probes"


def _kept(text):
    frame = find_claims(text, doc_id="t")
    for row in frame.itertuples():
        assert text[row.start:row.end] == row.surface
        assert not row.anchor or row.anchor in text
    return frame[["value", "anchor_rule", "counts"]].values.tolist()


@pytest.mark.parametrize("text, expected", [
    # 1. unit: the counted noun is the topic's people
    ("Police in Ankara detained three Uyghurs on Monday.", [["3", "unit", "people detained"]]),
    ("ويقيم في ألمانيا نحو ألفي أويغوري.", [["2000", "unit", "population"]]),
    # 3. population: the place it is the population of decides
    ("Uyghurs are about 45 percent of the population of Xinjiang.", [["45", "population", "population"]]),
    ("يبلغ عدد سكان شينجيانغ نحو 26 مليون نسمة.", [["26000000", "population", "population"]]),
    # 4. clause: a core name in the clause
    ("Satellite images show more than 300 new compounds in Xinjiang.", [["300", "clause", "facilities"]]),
    ("ورصدت حكومة شينجيانغ 5 ملايين يوان لمكافآت الإبلاغ.", [["5000000", "clause", "money"]]),
    # 5. context: an event word, the topic named in the sentence before
    ("Unrest returned to Hotan this spring. Officials said 21 people died in the clashes.",
     [["21", "context", "people killed"]]),
    ("عادت الاضطرابات إلى كاشغر. وقالت السلطات إنها اعتقلت 40 شخصا.", [["40", "context", "people detained"]]),
    ("شهدت شينجيانغ حملة أمنية. ونشرت السلطات 30 ألف شرطي إضافي.",
     [["30000", "context", "officials and security forces"]]),
])
def test_figures_about_the_topic_are_kept(text, expected):
    assert _kept(text) == expected


@pytest.mark.parametrize("text", [
    # no topic in the document: an event word is not enough
    "Police in Sfax arrested 14 people after the riot.",
    "وأوقفت الوحدات الأمنية 14 شخصا في صفاقس.",
    # another place's population, in a topical document
    "The dissident moved from Xinjiang to Almaty, a city of two million.",
    "غادر الناشط شينجيانغ إلى ألماتي التي يسكنها مليونا نسمة.",
    "Mongolia, which has a population of about 3.4 million, borders Xinjiang.",
    # another region of the same state, or a foreign place, named for the count
    "In Tibet, officials opened 2,000 new police posts, a model later used in Xinjiang.",
    "وفي منغوليا الداخلية، احتج آلاف الطلاب على سياسة اللغة، على غرار ما حدث في شينجيانغ.",
    "The camps in Xinjiang drew protests. In Syria, an air strike killed 12 people.",
    # a count over the whole state, or of another country's people
    "Births fell 12 percent nationwide last year, a decline also seen in Xinjiang.",
    "Turkey shelters 3.6 million Syrian refugees, as well as Uyghurs who fled Xinjiang.",
    # off-topic counts near the number or in the sentence
    "The Uyghur team from Urumqi drew 30,000 fans to the stadium.",
    "A delegation of 25 officials discussed Xinjiang in Geneva.",
    "A poll of 2,000 adults found little awareness of the Uyghurs.",
    "وأظهر استطلاع للرأي شمل 2000 شخص أن قضية الأويغور غير معروفة.",
    # a sentence that turns to another story
    "Xinjiang officials defended the camps. Elsewhere, floods killed 40 people in Henan.",
    # a count of states or objects in the clause needs an event word
    "Xinjiang borders eight countries.",
])
def test_numbers_not_about_the_topic_are_dropped(text):
    assert _kept(text) == []


def test_every_number_is_kept_when_the_filter_is_off():
    frame = find_claims("Police in Sfax arrested 14 people after the riot.", topical_only=False)
    assert frame[["value", "anchor_rule"]].values.tolist() == [["14", ""]]


@pytest.mark.parametrize("text, classes", [
    ("احتجزت السلطات", ["event"]),            # a prefix form (احتجز*)
    ("وللمحتجزين", ["event"]),                # proclitics and the article
    ("صندوقا للمكافآت", ["event", "event"]),  # an accusative ending and a plural
    ("intermittent international", []),       # intern* is not listed: internment, interned are
    ("the region", ["deictic"]),
    ("box office", ["off_sentence"]),
])
def test_anchor_words(text, classes):
    from helpers.text.normalise import normalise_text
    assert [a.cls for a in anchors_in(normalise_text(text))] == classes


def test_the_new_columns_are_declared():
    assert CLAIM_COLUMNS[-3:] == ["counts", "anchor", "anchor_rule"]
    assert all(TABLE_EXTRAS["claims"][c] == "str" for c in ("counts", "anchor", "anchor_rule"))


def _scorer():
    return bench_scorer("probes_figures")


@pytest.fixture(scope="module")
def scored():
    scorer = _scorer()
    results = {}
    for name in ("figures.tsv", "figures_check.tsv", "figures_paragraphs.tsv", "figures_final.tsv",
                 "figures_recall.tsv", "figures_recall2.tsv"):
        items = scorer.read_probes(PROBES / name)
        found, _, _ = scorer.run(items)
        scores = {i["id"]: scorer.score_item(i, found.get(i["id"], [])) for i in items}
        results[name] = (scorer.summarise(items, scores)["all"], scores, found)
    return scorer, results


#: Floors: the scores reached (value F1 0.99 / 0.98 / 0.98 / 0.89 / 0.95 / 0.99) minus a margin; the
#: source floors are low where the open-world attribution of another branch is expected to raise them.
#: figures_recall.tsv was written before the second round of rules (first run: P 0.92 R 0.69),
#: figures_recall2.tsv after it (first run: P 0.95 R 0.85).
@pytest.mark.parametrize("name, value_f1, precision, source_f1", [
    ("figures.tsv", 0.95, 0.95, 0.85),
    ("figures_check.tsv", 0.92, 0.92, 0.75),
    ("figures_paragraphs.tsv", 0.90, 0.90, 0.50),
    ("figures_final.tsv", 0.80, 0.85, 0.55),
    ("figures_recall.tsv", 0.90, 0.95, 0.55),
    ("figures_recall2.tsv", 0.93, 0.95, 0.70),
])
def test_probe_floors(scored, name, value_f1, precision, source_f1):
    scorer, results = scored
    g = results[name][0]
    p, _, f = scorer.prf(g["tp"], g["fp"], g["fn"])
    _, _, sf = scorer.prf(g["tp_source"], g["fp"] + g["tp"] - g["tp_source"], g["fn"] + g["tp"] - g["tp_source"])
    assert f >= value_f1 and p >= precision, g
    assert sf >= source_f1, g


@pytest.mark.parametrize("item, rows", [
    ("en-fused-04", [("8.14", "per 1000", ""), ("15.88", "per 1000", "")]),
    ("ar-det-02", [("1500000", "مسلم", "Amnesty International")]),
    ("en-pop-01", [("45", "%", ""), ("25000000", "", "")]),
    ("ar-viol-02", [("200", "شخص", ""), ("1700", "آخر", "")]),
    ("en-neg-16", []),
    ("ar-neg-01", []),
    ("ar-neg-13", []),
    ("en-neg-09", []),
])
def test_probe_rows(scored, item, rows):
    found = scored[1]["figures.tsv"][2].get(item, [])
    assert [(r["value"], r["unit"], r["attributed_to"] or "") for r in found] == rows


@pytest.mark.parametrize("name, item, values", [
    ("figures_recall.tsv", "r-en-05", ["1800", "300"]),     # "Of those, 300": a part of the figure before
    ("figures_recall.tsv", "r-en-36", ["22", "37"]),       # "and 37 others, including …, signed"
    ("figures_recall.tsv", "r-en-42", ["42", "6"]),        # "up from 6 percent"
    ("figures_recall.tsv", "r-ar-03", ["400", "150"]),     # "وأفرج عن 150 منهم"
    ("figures_recall.tsv", "r-ar-19", ["21"]),             # "21 مثقفا أويغوريا"
    ("figures_recall.tsv", "n-en-17", []),                 # an earthquake's dead
    ("figures_recall.tsv", "n-ar-19", []),                 # سكان إسطنبول
    ("figures_recall2.tsv", "s-en-03", ["9.8", "14000"]),  # a share and an amount are not one range
    ("figures_recall2.tsv", "s-en-13", ["130000"]),        # "the two camps" is a reference
    ("figures_recall2.tsv", "s-ar-13", ["750"]),           # Germany's population is not the topic's
])
def test_recall_probe_rows(scored, name, item, values):
    found = scored[1][name][2].get(item, [])
    assert [r["value"] for r in found] == values


@pytest.mark.parametrize("text, expected", [
    # another country acting on the number in its clause: its own prisoners, not the topic's
    ("Uyghurs in Xinjiang are held in camps. Saudi Arabia holds about 30,000 prisoners, a monitor said.", []),
    ("يحتجز الأويغور في معسكرات في شينجيانغ. واحتجزت السلطات السعودية أكثر من 200 شخص في حملة على الفساد.", []),
    # … but a country that only says the number keeps it (the event is the topic's)
    ("Uyghurs in Xinjiang are held in camps. Kazakhstan said 10,000 ethnic Kazakhs had been detained there.",
     ["10000"]),
    ("عادت الاضطرابات إلى كاشغر. وقالت باكستان إن 40 شخصا اعتقلوا هناك.", ["40"]),
])
def test_another_country_acting_on_the_number(text, expected):
    assert [value for value, _, _ in _kept(text)] == expected
