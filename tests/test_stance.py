"""Stance cues, attribution, aggregation and scoring (helpers.extract.stance.rows*)."""

from pathlib import Path

import pandas as pd
import pytest

from helpers.analysis.stance_aggregate import (
    aggregate_stances,
    cross_source_conflicts,
    document_summary,
    single_source_actors,
    source_matrix,
)
from helpers.evaluate.stances import read_stance_gold, score_stances, stance_errors
from helpers.extract.stance.actors import author_voice
from helpers.extract.stance.grammar import words
from helpers.extract.stance.lexicon import load_cues, match_cues
from helpers.extract.stance.polarity import polarity
from helpers.extract.stance.rows import AUTHOR, find_stances
from helpers.extract.stance.sentence import SentenceView
from helpers.text.normalise import normalise_text

GOLD = Path(__file__).resolve().parent / "gold" / "stances.tsv"


def _labels(text):
    norm = normalise_text(text)
    return [(norm[m.start:m.end], m.label) for m in match_cues(norm)]


# --- the lexicon and its matcher -------------------------------------------------------------

@pytest.mark.parametrize("text, cue, label", [
    ("وأعربت عن قلقها العميق إزاء تقارير الاعتقال", "قلقها", "critical"),
    ("ما زلنا نشعر بالقلق من أن الحكومة", "بالقلق", "critical"),
    ("قال السفراء انهم قلقون للغاية", "قلقون", "critical"),
    ("تثير كندا بشكل منتظم المخاوف بشأن شينجيانغ", "المخاوف", "critical"),
    ("وأدانت واشنطن ما وصفته بالإبادة الجماعية", "بالإبادة الجماعية", "critical"),
    ("ارتكاب جرائم ضد الإنسانية بحق الأويغور", "جرائم ضد الإنسانية", "critical"),
    ("تقارير عن العمل القسري في مصانع القطن", "العمل القسري", "critical"),
    ("يجب إطلاق سراح جميع المحتجزين", "إطلاق سراح", "critical"),
    ("فرض عقوبات على مسؤولين صينيين", "فرض عقوبات", "critical"),
    ("تعتبر هذا الأمر شأنًا داخليًا", "شأنًا داخليًا", "defends"),
    ("التدخل في الشئون الداخلية للصين", "التدخل في الشئون", "defends"),
    ("إن مراكز التعليم والتدريب المهني ساعدت", "مراكز التعليم والتدريب المهني", "defends"),
    ('مكافحة "الآفات" الثلاث', 'الآفات" الثلاث', "defends"),
    ("هذه أكاذيب وافتراءات", "أكاذيب", "defends"),
    ("ضمان الاستقرار والتنمية في الإقليم", "الاستقرار والتنمية", "defends"),
    ("ورفضت السفارة البريطانية التعليق على الرسالة", "ورفضت السفارة البريطانية التعليق", "declined"),
    ("ولم ترد وزارة الخارجية على طلب للتعليق", "ولم ترد وزارة الخارجية على", "declined"),
    ("Beijing has repeatedly denied the allegations", "denied", "defends"),
    ("They said it was an internal affair of China", "internal affair", "defends"),
    ("The embassy did not immediately respond to a request for comment", "did not immediately respond",
     "declined"),
    ("Officials Declined To Comment on the report", "declined to comment", "declined"),
    ("It called the camps vocational training centres", "vocational training", "defends"),
    # other spellings: bare alef, final ه for ة, ى for ي, tashkeel, tatweel
    ("تقارير عن الاحتجاز التعسفى وجرائم ضد الانسانيه", "الاحتجاز التعسفي", "critical"),
    ("تقارير عن الاحتجاز التعسفى وجرائم ضد الانسانيه", "وجرائم ضد الإنسانية", "critical"),
    ("أعربت عن قلقـــها البالغ", "قلقـــها", "critical"),
    ("وَأَدَانَتْ الحُكُومَةُ", "وَأَدَانَتْ", "critical"),
    ("هذه أكاذيبُ لا أساسَ لها من الصحة", "لا أساسَ لها من الصحة", "defends"),
])
def test_cue_matches_with_morphology(text, cue, label):
    assert (normalise_text(cue), label) in _labels(text)


@pytest.mark.parametrize("text", [
    "الولايات المتحدة غير ممثلة في الرسالة",      # no position
    "زار الرئيس الصيني كازاخستان وأوزبكستان",     # a trip, no cue
    "Beijing's concerning weather",               # "concerning" is not "concern"
    "The ministry commented on trade figures",    # comment without refusal
])
def test_no_cue_in_neutral_text(text):
    assert _labels(text) == []


@pytest.mark.parametrize("text, first, label", [
    ("رفضت الحكومة التعليق على الاتهامات", "رفضت الحكومة التعليق", "declined"),   # not "رفضت … الاتهامات"
    ("وترفض بكين الاتهامات بانتهاك حقوق الإنسان", "وترفض بكين الاتهامات", "defends"),
    ("ارتكاب انتهاكات حقوق الإنسان", "انتهاكات حقوق الإنسان", "critical"),         # not "انتهاكات" alone
])
def test_overlapping_cues_resolve_to_the_most_specific(text, first, label):
    found = _labels(text)
    assert found[0] == (normalise_text(first), label)
    assert all(other != "defends" for _, other in found[1:]) or label == "defends"


def test_lexicon_is_data_with_valid_columns():
    cues = load_cues()
    assert len(cues) > 150
    assert set(cues["lang"]) == {"ar", "en"}
    assert set(cues["pos"]) == {"attitude", "content"}
    assert set(cues["on_negation"]) <= {"critical", "defends", "declined", "neutral"}


# --- polarity (negation, rejection) without any actor --------------------------------------------

def _polarity(text, cue_text):
    norm = normalise_text(text)
    cues = match_cues(norm)
    view = SentenceView(norm, words(norm), cues, [])
    cue = next(c for c in cues if norm[c.start:c.end] == normalise_text(cue_text))
    return polarity(view, cue)[0]


@pytest.mark.parametrize("text, cue, expected", [
    ("إنها لا تفرض الاحتجاز التعسفي", "الاحتجاز التعسفي", "negated"),
    ("وقالت إن ما يحدث ليس شأنا داخليا", "شأنا داخليا", "negated"),
    ("China does not practise forced labour", "forced labour", "negated"),
    ("ونفت الحكومة وجود العمل القسري", "العمل القسري", "rejected"),
    ("Beijing rejects the so-called genocide", "genocide", "rejected"),
    ("الصين لا تزال تحتجز الأويغور في معسكرات الاعتقال", "معسكرات الاعتقال", ""),   # لا تزال = still
    ("ولا سيما الأويغور الذين يواجهون الاحتجاز التعسفي", "الاحتجاز التعسفي", ""),   # لا سيما = notably
    ("لم تعلق مباشرة على الرسالة ولكنها أعربت عن قلقها", "قلقها", ""),           # negation does not cross لكن
])
def test_polarity(text, cue, expected):
    assert _polarity(text, cue) == expected


# --- attribution on whole sentences (uses the mentions stage) ------------------------------------

def _stances(text, **options):
    """Attribution alone: every sentence counts as topical (scope is tested below)."""
    return find_stances(text, doc_id="t", quotes=pd.DataFrame(), topical=True, **options)


@pytest.mark.parametrize("text, actor, stance", [
    # seeds
    ("وتقول الصين إنها لا تفرض الاحتجاز التعسفي وإعادة التثقيف السياسي، ولكن يتم إرسال بعض "
     "المواطنين المذنبين بارتكاب جرائم بسيطة إلى المراكز المهنية لتوفير فرص العمل.", "China", "defends"),
    ("وترفض بكين الاتهامات بانتهاك حقوق الإنسان في شينجيانج مؤكداً أن الاجراءات المتخذة هدفها "
     "مكافحة الإرهاب وضمان تطور المنطقة.", "China", "defends"),
    ("لم تستجب السفارات الإيرلندية والدنماركية والفرنسية والإستونية لطلبات التعليق.", "France", "declined"),
    ("لم تستجب السفارات الإيرلندية والدنماركية والفرنسية والإستونية لطلبات التعليق.", "Republic of Ireland",
     "declined"),
    ("حث رئيس الأمم المتحدة أنطونيو جوتيريش الصين على اتباع توصيات تقرير للأمم المتحدة.",
     "United Nations", "critical"),
    ("وزارة الخارجية الكندية، في بيان أرسل إلى رويترز، لم تعلق مباشرة على الرسالة ولكنها أعربت عن "
     "قلقها العميق إزاء تقارير الاعتقال.", "Canada", "critical"),
    # Chinese state media style
    ("وأكد المتحدث باسم وزارة الخارجية الصينية أن مراكز التعليم والتدريب المهني في شينجيانغ "
     "ساهمت في مكافحة الإرهاب والتطرف.", "China", "defends"),
    ("ووصفت بكين تقرير المفوضية بأنه مليء بالأكاذيب والافتراءات.", "China", "defends"),
    ("ونفت الصين مرارا وجود معسكرات اعتقال، مؤكدة أنها مراكز للتدريب المهني.", "China", "defends"),
    ("انتقدت الصين تقرير الأمم المتحدة ووصفته بأنه متحيز.", "China", "defends"),
    # NGO / Western style
    ("دعت منظمة العفو الدولية السلطات الصينية إلى الإفراج فورا عن جميع المحتجزين تعسفيا.",
     "Amnesty International", "critical"),
    ("قالت هيومن رايتس ووتش إن الحكومة الصينية ترتكب جرائم ضد الإنسانية بحق الأويغور.",
     "Human Rights Watch", "critical"),
    ("أدانت الولايات المتحدة ما وصفته بالإبادة الجماعية ضد الأويغور.", "United States", "critical"),
    ("قالت واشنطن إن الصين لا تزال تحتجز الأويغور في معسكرات الاعتقال.", "United States", "critical"),
    ("وقالت الولايات المتحدة إن ما يحدث في شينجيانغ ليس شأنا داخليا.", "United States", "critical"),
    ("أعرب الاتحاد الأوروبي عن قلقه البالغ إزاء العمل القسري في شينجيانغ.", "European Union", "critical"),
    ("قال المتحدث باسم وزارة الخارجية الصينية وانغ ون بين إن ما يسمى بالعمل القسري في شينجيانغ كذبة القرن.",
     "China", "defends"),
    ("ورحبت روسيا بجهود الصين في مكافحة الإرهاب في منطقة شينجيانغ.", "Russia", "defends"),
    ("أعربت باكستان عن دعمها لموقف الصين بشأن شينجيانغ.", "Pakistan", "defends"),
    ("رحبت الحكومة الكندية بالعقوبات الأمريكية على المسؤولين في شينجيانغ.", "Canada", "critical"),
    ("وصف وزير الخارجية الأمريكي أنتوني بلينكن ما يحدث بأنه إبادة جماعية.", "United States", "critical"),
    ("ودعت المفوضة السامية لحقوق الإنسان الصين إلى السماح بالوصول دون عوائق إلى الإقليم.",
     "United Nations", "critical"),
    # declined / silence
    ("لم يصدر أي تعليق من الحكومة المصرية.", "Egypt", "declined"),
    ("Turkey has largely remained silent on the issue.", "Turkey", "declined"),
    ("ولم ترد وزارة الخارجية التركية على طلب للتعليق.", "Turkey", "declined"),
    ("امتنعت السفارة السعودية في بكين عن التعليق.", "Saudi Arabia", "declined"),
    # English
    ("The Chinese foreign ministry denied the allegations, calling them lies.", "China", "defends"),
    ("Britain called for unfettered access to Xinjiang for UN investigators.", "United Kingdom",
     "critical"),
    ("Pakistan declined to comment.", "Pakistan", "declined"),
    ("China's policies in Xinjiang were condemned by Canada.", "Canada", "critical"),
    # every member of a coordinated subject holds the cue, the last one next to the verb too
    ("Canada and Australia condemned the detention of Uyghurs in Xinjiang.", "Australia", "critical"),
    ("Canada and Australia condemned the detention of Uyghurs in Xinjiang.", "Canada", "critical"),
    ("Turkey protested, while Egypt and Saudi Arabia have signed letters supporting China's policy in Xinjiang.",
     "Saudi Arabia", "defends"),
])
def test_sentence_attribution(text, actor, stance):
    table = _stances(text)
    labels = set(table.loc[table["actor"] == actor, "stance"])
    assert stance in labels, table[["actor", "stance", "cue", "label_source"]].to_string()


@pytest.mark.parametrize("text, actor", [
    # the speech verb's subject is an unnamed noun: do not reach back to the official named before it
    ("وفى مسودة الرسالة الموجهة الى تشن الذي يتفوق على محافظ الاويغور الاقليمي شوهرات ذاكر، قال السفراء "
     "انهم قلقون للغاية من نتائج تقارير الامم المتحدة.", "China"),
    ("وفى مسودة الرسالة الموجهة الى تشن الذي يتفوق على محافظ الاويغور الاقليمي شوهرات ذاكر، قال السفراء "
     "انهم قلقون للغاية من نتائج تقارير الامم المتحدة.", "United Nations"),
    # the object of a preposition is not the one who is concerned
    ("Humanitarian intervention is one of the issues of concern to the international community.",
     "International community"),
    # a contrast clause has its own subject: "some countries" ignore, not the United States
    ("The United States takes advantage of these violations, while some countries ignore what is happening.",
     "United States"),
    # China criticising a UN report does not make the UN critical
    ("انتقدت الصين تقرير الأمم المتحدة ووصفته بأنه متحيز.", "United Nations"),
])
def test_no_stance_for_bystanders(text, actor):
    table = _stances(text)
    assert actor not in set(table["actor"]), table[["actor", "stance", "cue"]].to_string()


@pytest.mark.parametrize("text, actor, stance", [
    ("امتنعت العديد من الحكومات الأجنبية عن التحدث عن موقف شينجيانج.", "Foreign governments", "declined"),
    ("ولم يؤكد عدد آخر من الدبلوماسيين المطلعين على الرسالة ورفضوا مناقشتها أكثر.", "Diplomats", "declined"),
    ("واجهت بكين غضباً من النشطاء والأكاديميين وخبراء حقوق الأمم المتحدة بشأن الاعتقالات الجماعية.",
     "United Nations", "critical"),
    ("واجهت بكين غضباً من النشطاء والأكاديميين وخبراء حقوق الأمم المتحدة بشأن الاعتقالات الجماعية.",
     "Activists", "critical"),
])
def test_partitive_and_agent_groups(text, actor, stance):
    table = _stances(text)
    assert set(table.loc[table["actor"] == actor, "stance"]) == {stance}
    assert "critical" not in set(table.loc[table["actor"] == "China", "stance"])


@pytest.mark.parametrize("text, holder, target", [
    ("وتتهم دول غربية ومنظمات مدافعة عن حقوق الإنسان الصين باحتجاز أكثر من مليون شخص.", None, "China"),
    ("Canada accused China of mass detention in Xinjiang.", "Canada", "China"),
])
def test_accused_is_target_not_holder(text, holder, target):
    table = _stances(text)
    assert not ((table["actor"] == target) & (table["stance"] == "critical")).any()
    rows = table[table["cue"].str.contains("تتهم|accused", regex=True)]
    assert (rows["target"] == target).all() and len(rows)
    if holder:
        assert holder in set(rows["actor"])


def test_person_speaks_for_their_state():
    text = ("وقالت هوا تشون ينغ المتحدثة باسم وزارة الخارجية الصينية إن هذه الاتهامات أكاذيب "
            "لا أساس لها من الصحة.")
    table = _stances(text)
    china = table[table["actor"] == "China"]
    assert set(china["stance"]) == {"defends"} and "Hua Chunying" in set(china["speaker"])


def test_we_carries_the_previous_speaker_over():
    text = ("ستواصل الولايات المتحدة دعوة الصين إلى إنهاء هذه السياسات. "
            "نحن ملتزمون بتعزيز المساءلة لأولئك الذين يرتكبون الانتهاكات.")
    table = _stances(text)
    second = table[table["cue"] == "المساءلة"]
    assert list(second["actor"]) == ["United States"] and list(second["label_source"]) == ["report"]


def test_quote_speaker_holds_the_cues_in_the_quote():
    text = 'وقال متحدث: "نحن قلقون من الاحتجاز التعسفي".'
    content = text.index("نحن")
    quotes = pd.DataFrame([{"doc_id": "t", "start": 0, "end": len(text), "speaker": "Ned Price",
                            "actor": "United States", "verb": "قال", "content": text[content:-2],
                            "content_start": content, "content_end": len(text) - 2}])
    table = find_stances(text, doc_id="t", quotes=quotes, topical=True, mentions=pd.DataFrame(
        columns=["doc_id", "start", "end", "surface", "entity_id", "kind", "name_en", "name_ar"]))
    assert set(table["actor"]) == {"United States"} and set(table["label_source"]) == {"quote"}
    assert set(table["stance"]) == {"critical"}


@pytest.mark.parametrize("genre, text, expected", [
    ("academic abstract", "", True),
    ("opinion column", "", True),
    ("news agency report (Arabic translation)", "", False),
    ("news article", "", False),
    ("", "في هذا البحث نتعرض لدراسة حالة مسلمي الإيغور", True),
    ("", "قالت وكالة الأنباء إن الوزير وصل", False),
])
def test_author_voice(genre, text, expected):
    assert author_voice(text, genre=genre) is expected


def test_author_voice_holds_unattributed_cues_in_academic_text():
    text = "تستمر السلطات في حملاتها القمعية ضد الأقلية، وهي انتهاكات تتنافى مع القانون الدولي."
    academic = _stances(text, genre="academic paper", outlet="Journal X")
    news = _stances(text, genre="news article")
    assert set(academic["actor"]) == {AUTHOR} and set(academic["label_source"]) == {"author"}
    assert set(academic["speaker"]) == {"Journal X"}
    assert news.empty


def test_rows_keep_provenance(seeds):
    for doc in seeds:
        table = find_stances(doc.raw, doc_id=doc.doc_id, genre=doc.genre, outlet=doc.outlet)
        assert list(table.columns[:7]) == ["doc_id", "actor", "speaker", "stance", "evidence", "start", "end"]
        for row in table.itertuples():
            assert doc.raw[row.start:row.end] == row.evidence
            assert doc.raw[row.cue_start:row.cue_end] == row.cue
            assert row.start <= row.cue_start < row.cue_end <= row.end


# --- aggregation, summaries and scoring --------------------------------------------------------

def _rows(*specs):
    rows = []
    for i, (doc, actor, stance, strength) in enumerate(specs):
        rows.append({"doc_id": doc, "actor": actor, "speaker": "", "stance": stance, "evidence": f"s{i}",
                     "start": i, "end": i + 1, "cue_start": i, "label_source": "subject",
                     "strength": strength})
    return pd.DataFrame(rows)


def test_aggregate_decides_and_flags_conflicts():
    table = _rows(("a", "China", "defends", 3), ("a", "China", "critical", 2),
                  ("a", "Canada", "declined", 3), ("a", "Canada", "critical", 2),
                  ("a", "France", "declined", 3), ("b", "China", "defends", 3))
    mentions = pd.DataFrame([{"doc_id": "a", "start": 0, "end": 5, "surface": "الهند", "entity_id": "Q668",
                              "kind": "country", "name_en": "India", "name_ar": "الهند"}])
    agg = aggregate_stances(table, mentions=mentions).set_index(["doc_id", "actor"])
    assert agg.loc[("a", "China"), "stance"] == "defends" and agg.loc[("a", "China"), "conflict"]
    assert agg.loc[("a", "Canada"), "stance"] == "critical"      # a position beats "declined"
    assert agg.loc[("a", "France"), "stance"] == "declined"
    assert agg.loc[("a", "India"), "stance"] == "neutral"        # only mentioned
    summary = document_summary(agg.reset_index()).set_index("doc_id")
    assert summary.loc["a", "neutral"] == "India" and summary.loc["a", "conflicting"] == "China"
    matrix = source_matrix(agg.reset_index(), sources={"a": "Reuters", "b": "Xinhua"})
    assert matrix.loc["China", "Xinhua"] == "defends" and matrix.loc["France", "Xinhua"] == ""
    assert set(single_source_actors(matrix)["actor"]) == {"Canada", "France", "India"}
    assert cross_source_conflicts(matrix).empty


def test_score_counts_missing_and_extra_pairs():
    gold = pd.DataFrame({"doc_id": ["a", "a", "a"], "actor": ["China", "Canada", "India"],
                         "stance": ["defends", "critical", "neutral"], "evidence": ["", "", ""]})
    pred = aggregate_stances(_rows(("a", "China", "defends", 3), ("a", "Canada", "declined", 3),
                                   ("a", "Iran", "defends", 1)))
    scores = score_stances(pred, gold).set_index("label")
    assert scores.loc["defends", ["tp", "fp", "fn"]].tolist() == [1, 1, 0]
    assert scores.loc["critical", ["tp", "fp", "fn"]].tolist() == [0, 0, 1]
    assert scores.loc["neutral", "recall"] == 0.0
    errors = stance_errors(pred, gold)
    assert set(errors["actor"]) == {"Canada", "India", "Iran"}


def test_gold_is_well_formed(seed_texts):
    gold = read_stance_gold(GOLD)
    assert set(gold["stance"]) == {"critical", "defends", "declined", "neutral"}
    assert not gold.duplicated(["doc_id", "actor"]).any()
    for row in gold.itertuples():
        assert row.evidence in seed_texts[row.doc_id], (row.doc_id, row.actor)


def test_seed_key_actors(seeds):
    tables = [find_stances(d.raw, doc_id=d.doc_id, genre=d.genre, outlet=d.outlet) for d in seeds]
    agg = aggregate_stances(pd.concat(tables, ignore_index=True)).set_index(["doc_id", "actor"])["stance"]
    by_outlet = {d.outlet or d.genre: d.doc_id for d in seeds}
    reuters, dostor, abstract = by_outlet["Reuters"], by_outlet["Al-Dostor"], by_outlet["academic abstract"]
    assert agg[(reuters, "Canada")] == "critical"
    assert agg[(reuters, "China")] == "defends"
    assert agg[(reuters, "France")] == "declined"
    assert agg[(dostor, "United Nations")] == "critical"
    assert agg[(abstract, "Russia")] == "defends"
