"""Stance toward the target only (helpers.extract.stance.scope) and the constructions attribution understands.

Every sentence here is written for these tests; none is taken from the data sets.
"""

import pandas as pd
import pytest

from helpers.extract.stance.rows import AUTHOR, find_stances
from helpers.extract.stance.scope import near_topic

LABELS = ("critical", "defends", "declined")


def _facts(text, **options):
    table = find_stances(text, doc_id="t", **options)
    return {(row.actor, row.stance) for row in table.itertuples()}, table


def _show(table):
    return table[["actor", "stance", "cue", "label_source"]].to_string() if len(table) else "(no rows)"


# --- off-target cues give no row ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a sports federation rejecting claims about its fans
    "رفض الاتحاد التونسي لكرة القدم الاتهامات الموجهة إلى جماهيره بإثارة الشغب في الملعب.",
    "The football federation rejected claims that its supporters started the violence.",
    # a government denying claims about another conflict
    "ونفت الحكومة اليمنية الاتهامات بعرقلة وصول المساعدات الإنسانية إلى ميناء الحديدة.",
    # debt talks
    "وانتقد وزير المالية اليوناني شروط الدائنين، ودعا إلى تخفيف عبء الديون عن بلاده.",
    "Athens condemned the creditors' demands and called for debt relief.",
    # China as the actor, but about trade
    "أدانت وزارة الخارجية الصينية الرسوم الجمركية الأمريكية ووصفتها بأنها تدخل في الشؤون الداخلية.",
])
def test_off_topic_documents_give_no_stance(text):
    facts, table = _facts(text)
    assert not facts, _show(table)


def test_off_target_paragraph_of_a_topical_document():
    text = ("قالت منظمة هيومن رايتس ووتش إن السلطات الصينية تحتجز الأويغور في معسكرات إعادة التثقيف في شينجيانغ.\n"
            "وفي شأن آخر، افتتح معرض الكتاب أبوابه أمام الزوار.\n"
            "وشهدت العاصمة أمطارا غزيرة طوال الأسبوع.\n"
            "وارتفعت أسعار النفط في الأسواق العالمية.\n"
            "ونفت الحكومة اليمنية الاتهامات بعرقلة وصول المساعدات.")
    facts, table = _facts(text)
    assert ("Human Rights Watch", "critical") in facts, _show(table)
    assert not any(actor == "Yemen" for actor, _ in facts), _show(table)
    assert set(table["end"]) <= {text.index("في شينجيانغ.") + len("في شينجيانغ.")}


def test_condemning_an_attack_is_not_a_stance_on_the_policy():
    text = ("قالت الشرطة إن مهاجمين من إقليم شينجيانغ نفذوا الهجوم على محطة القطار. "
            "وأدان الأمين العام للأمم المتحدة الهجوم بشدة، داعيا إلى محاسبة مرتكبيه.")
    facts, table = _facts(text)
    assert ("United Nations", "critical") not in facts, _show(table)


def test_neighbourhood_window():
    assert near_topic([False, False, True, False, False, False, False]) == \
        [False, True, True, True, True, False, False]
    assert near_topic([False, False]) == [False, False]


def test_target_named_next_to_a_topical_sentence():
    text = ("وتحتجز السلطات مئات الآلاف من الأويغور في معسكرات في إقليم شينجيانغ. "
            "وقد نفت بكين ذلك مرارا.")
    facts, table = _facts(text)
    assert ("China", "defends") in facts, _show(table)


_SUBJECT_DOCUMENT = (
    "Rights groups say more than a million Uyghurs have been held in camps in Xinjiang. "
    "China says the centres in Xinjiang were vocational schools. "
    "Former detainees from Xinjiang have described torture in the camps. "
    "The dispute has strained relations with several governments. "
    "Trade talks between the two sides stalled in the spring. "
    "{last}"
)


@pytest.mark.parametrize("last, expected, absent", [
    # far from the last topical sentence, the target and a word of the policy tie a sentence to the subject
    ("The United States imposed visa restrictions on Chinese officials last year over the detentions.",
     ("United States", "critical"), None),
    ("وفرضت الولايات المتحدة العام الماضي قيودا على تأشيرات مسؤولين صينيين بسبب الاحتجازات.",
     ("United States", "critical"), None),
    # the target without a word of the policy, or the policy's word without the target, is not tied
    ("The United States imposed tariffs on Chinese steel last year.", None, ("United States", "critical")),
    ("Britain condemned the detentions of journalists in Belarus.", None, ("United Kingdom", "critical")),
])
def test_a_sentence_far_from_the_topic_in_a_document_about_it(last, expected, absent):
    facts, table = _facts(_SUBJECT_DOCUMENT.format(last=last))
    assert expected is None or expected in facts, _show(table)
    assert absent is None or absent not in facts, _show(table)


# --- "X denies Y's claims": X defends, Y is the accuser ---------------------------------------------

@pytest.mark.parametrize("text, defender, accuser", [
    ("ونفت الصين اتهامات منظمات حقوق الإنسان بشأن معسكرات الاحتجاز في شينجيانغ.",
     "China", "Rights groups"),
    ("رفضت بكين مزاعم منظمة العفو الدولية عن العمل القسري في شينجيانغ.", "China", "Amnesty International"),
    ("China denied allegations by Human Rights Watch about the camps in Xinjiang.",
     "China", "Human Rights Watch"),
    ("China rejected Amnesty International's accusations of forced labour in Xinjiang.",
     "China", "Amnesty International"),
    ("Beijing dismissed criticism from Western countries over the Xinjiang camps.", "China", "Western countries"),
    ("ورفضت بكين الانتقادات الصادرة عن منظمات حقوقية بشأن معاملة الأويغور في شينجيانغ.",
     "China", "Rights groups"),
    # the denial is a relative clause with its own subject, inside the accusers' reported speech
    ("واتهمت منظمات حقوقية الصين باحتجاز الأويغور في معسكرات بشينجيانغ، وهو ما نفته بكين.",
     "China", "Rights groups"),
])
def test_denier_defends_and_accuser_is_critical(text, defender, accuser):
    facts, table = _facts(text)
    assert (defender, "defends") in facts, _show(table)
    assert (accuser, "critical") in facts, _show(table)
    assert (accuser, "defends") not in facts, _show(table)


def test_criticism_of_china_is_not_held_by_china():
    facts, table = _facts("وكانت الصين عرضة لانتقادات واسعة من جماعات حقوقية بسبب احتجاز الأويغور في شينجيانغ.")
    assert ("Rights groups", "critical") in facts, _show(table)
    assert ("China", "defends") not in facts, _show(table)


# --- passive and "according to" -------------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("وبحسب منظمة العفو الدولية، تحتجز السلطات مئات الآلاف من الأويغور في معسكرات الاعتقال بشينجيانغ.",
     "Amnesty International"),
    ("According to Human Rights Watch, Uyghurs in Xinjiang face mass detention.", "Human Rights Watch"),
    ("The detention camps in Xinjiang were condemned by Germany.", "Germany"),
    ("وقوبلت معسكرات الاحتجاز في شينجيانغ بانتقادات من الحكومة الكندية.", "Canada"),
])
def test_passive_and_according_to(text, actor):
    facts, table = _facts(text)
    assert (actor, "critical") in facts, _show(table)


# --- the speaker after the quote, and the speaker carried to the next sentence ---------------------

@pytest.mark.parametrize("text, actor", [
    ('"ما يحدث للأويغور في شينجيانغ إبادة جماعية"، قال المتحدث باسم وزارة الخارجية الأمريكية.',
     "United States"),
    ('"The camps in Xinjiang amount to crimes against humanity," a German government spokesperson said.',
     "Germany"),
])
def test_speaker_after_the_quote(text, actor):
    facts, table = _facts(text)
    assert (actor, "critical") in facts, _show(table)


@pytest.mark.parametrize("text, actor", [
    ("قالت منظمة العفو الدولية إن الأويغور في شينجيانغ يتعرضون للاحتجاز التعسفي. "
     "وأضافت أن كثيرين منهم محتجزون دون توجيه تهم.", "Amnesty International"),
    ("Amnesty International said Uyghurs in Xinjiang face arbitrary detention. "
     "It added that many are held without charge.", "Amnesty International"),
])
def test_speaker_carried_to_the_next_sentence(text, actor):
    second = text.index(". ") + 2
    for quotes in (None, pd.DataFrame()):  # with the quotes stage, and with the stance rules alone
        table = find_stances(text, doc_id="t", quotes=quotes)
        later = table[table["start"] >= second]
        assert set(later["actor"]) == {actor}, _show(table)
        assert set(later["stance"]) == {"critical"}, _show(table)


# --- negation and questions -------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor, stance, absent", [
    ("وقالت الصين إنه لا يوجد احتجاز تعسفي في شينجيانغ.", "China", "defends", "critical"),
    ("China's foreign ministry said there is no forced labour in Xinjiang.", "China", "defends", "critical"),
    # "ليس … فحسب، بل" (not only … but) does not deny
    ("وقالت منظمة العفو الدولية إن ما يجري في شينجيانغ ليس احتجازا تعسفيا فحسب، بل إبادة ثقافية.",
     "Amnesty International", "critical", "defends"),
])
def test_negation(text, actor, stance, absent):
    facts, table = _facts(text)
    assert (actor, stance) in facts and (actor, absent) not in facts, _show(table)


def test_a_question_gives_the_author_no_stance():
    question = "هل ترقى معسكرات الاحتجاز في شينجيانغ إلى إبادة جماعية؟"
    statement = "ترقى معسكرات الاحتجاز في شينجيانغ إلى إبادة جماعية."
    assert not _facts(question, genre="opinion column")[0]
    assert (AUTHOR, "critical") in _facts(statement, genre="opinion column")[0]


# --- declined and no-response forms -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ولم ترد السفارة الصينية في لندن على طلب للتعليق بشأن معسكرات شينجيانغ.",
    "وتجاهلت وزارة الخارجية الصينية طلبات التعليق على أوضاع الأويغور في شينجيانغ.",
    "وامتنع متحدث باسم السفارة الصينية عن التعليق على تقرير شينجيانغ.",
    "ولم يدل الوفد الصيني بأي تعليق على أسئلة اللجنة بشأن الأويغور.",
    "The Chinese embassy did not respond to a request for comment on the Xinjiang report.",
    "China's foreign ministry declined to comment on the Uyghur camps.",
])
def test_declined_forms(text):
    facts, table = _facts(text)
    assert ("China", "declined") in facts, _show(table)


def test_declined_counts_anywhere_in_a_document_about_the_topic():
    text = ("تحتجز السلطات الأويغور في معسكرات بإقليم شينجيانغ.\n"
            "وتقول منظمات إن المعسكرات في شينجيانغ تضم مليون شخص.\n"
            "ويخضع الأويغور في شينجيانغ لمراقبة مستمرة.\n"
            "وافتتح معرض للكتاب في المدينة.\nوكان الطقس معتدلا.\nوارتفعت أسعار القمح.\n"
            "ولم تستجب السفارة الفرنسية لطلبات التعليق.")
    facts, table = _facts(text)
    assert ("France", "declined") in facts, _show(table)


# --- speakers named by role or group -----------------------------------------------------------------

@pytest.mark.parametrize("text, actor, stance", [
    ("وقال خبراء إن معسكرات الاحتجاز في شينجيانغ تضم أكثر من مليون شخص.", "Experts", "critical"),
    ("ويقول المنتقدون إن حملة شينجيانغ تمحو الهوية الثقافية للأويغور.", "Critics", "critical"),
    ("Critics say the Xinjiang campaign erases Uyghur identity.", "Critics", "critical"),
    ("وأعرب أعضاء اللجنة عن قلقهم من احتجاز الأويغور في شينجيانغ.", "United Nations", "critical"),
    ("وينتقد ناشطون سياسة الصين تجاه الأويغور في شينجيانغ.", "Activists", "critical"),
    ("وقالت منظمات حقوقية إن السلطات تفرض العمل القسري على الأويغور في شينجيانغ.",
     "Rights groups", "critical"),
    # an unnamed government body in a topical sentence is the target's government
    ("وتقول السلطات إن مراكز التدريب المهني في شينجيانغ تهدف إلى مكافحة الإرهاب.", "China", "defends"),
])
def test_group_and_role_speakers(text, actor, stance):
    facts, table = _facts(text)
    assert (actor, stance) in facts, _show(table)


def test_a_named_government_is_not_the_target():
    facts, table = _facts("وقالت الحكومة التركية إن احتجاز الأويغور في شينجيانغ انتهاك صارخ لحقوق الإنسان.")
    assert ("Turkey", "critical") in facts and not any(a == "China" for a, _ in facts), _show(table)


def test_named_members_hold_for_their_group():
    facts, table = _facts("وأعدت جماعات حقوقية بما فيها هيومن رايتس ووتش والعفو الدولية دراسات توثق "
                          "عمليات احتجاز جماعي تطال الأويغور في إقليم شينجيانغ منذ سنوات.")
    assert {("Amnesty International", "critical"), ("Human Rights Watch", "critical")} <= facts, _show(table)
    assert ("Rights groups", "critical") not in facts, _show(table)


# A member list after a group ("بينها X", "including X"): the members hold the cue, and the actor
# a report accuses is never a holder (not even as a "defence").
@pytest.mark.parametrize("text, holders", [
    ("نشرت هيئات مستقلة، بينها منظمة العفو الدولية، دراسات تتهم الصين بتعذيب معتقلين أويغور في شينجيانغ.",
     {"Amnesty International"}),
    ("وقد أعدت منظمات حقوقية من بينها هيومن رايتس ووتش وثائق تتهم بكين بقمع الأويغور في شينجيانغ.",
     {"Human Rights Watch"}),
    ("وأطلقت جمعيات دولية، بما في ذلك العفو الدولية وهيومن رايتس ووتش، تقارير تتهم السلطات الصينية "
     "باضطهاد الأويغور في شينجيانغ.", {"Amnesty International", "Human Rights Watch"}),
    ("Several watchdogs, among them Amnesty International and Human Rights Watch, released reports "
     "accusing China of detaining Uyghurs without trial in Xinjiang.",
     {"Amnesty International", "Human Rights Watch"}),
    ("Groups such as Human Rights Watch condemned the internment camps in Xinjiang.", {"Human Rights Watch"}),
    ("ونددت جمعيات عديدة ومنها العفو الدولية باحتجاز الأويغور في شينجيانغ.", {"Amnesty International"}),
])
def test_member_lists_hold_and_the_accused_does_not(text, holders):
    facts, table = _facts(text)
    assert {(h, "critical") for h in holders} <= facts, _show(table)
    assert not any(actor == "China" for actor, _ in facts), _show(table)


# A report or a statement as the subject of an accusation: its producer holds it, or nobody.
@pytest.mark.parametrize("text, expected", [
    ("وأصدرت هيومن رايتس ووتش تقريرا جديدا يتهم بكين بارتكاب انتهاكات بحق الأويغور في شينجيانغ.",
     {("Human Rights Watch", "critical")}),
    ("وورد في بيان يتهم الصين باضطهاد الأويغور في شينجيانغ أن الضغوط تتزايد.", set()),
    ("وتنتقد تقارير غربية الصين بسبب سياستها تجاه الأويغور في شينجيانغ.", set()),
    ("A new study accused Beijing of persecuting Uyghurs in Xinjiang.", set()),
    ("وتنتقد دراسات أممية بكين بسبب احتجاز الأويغور في شينجيانغ.", {("United Nations", "critical")}),
    ("A paper by Amnesty International accused China of torturing Uyghurs in Xinjiang.",
     {("Amnesty International", "critical")}),
    ("Amnesty International issued a statement that accused China of torturing Uyghurs in Xinjiang.",
     {("Amnesty International", "critical")}),
])
def test_a_document_subject_is_held_by_its_producer_or_nobody(text, expected):
    facts, table = _facts(text)
    assert facts == expected, _show(table)


def test_an_actor_that_accuses_keeps_its_stance():
    # the accuser is the verb's own subject (VSO), so the actor after it is its object
    facts, table = _facts("وتتهم الولايات المتحدة الصين باحتجاز الأويغور تعسفيا في شينجيانغ.")
    assert facts == {("United States", "critical")}, _show(table)


# Reported speech that describes the abuse with a verb: the speaker holds it.
@pytest.mark.parametrize("text, actor", [
    ("وقالت منظمة العفو الدولية إن الشرطة الصينية تحتجز مئات الأويغور تعسفيا في شينجيانغ.",
     "Amnesty International"),
    ("وأكدت هيومن رايتس ووتش أن السلطات في شينجيانغ تعذب المحتجزين الأويغور.", "Human Rights Watch"),
    ("وذكرت الأمم المتحدة أن بكين تضطهد الأويغور في إقليم شينجيانغ.", "United Nations"),
    ("وقالت الولايات المتحدة إن الصين تقمع الأويغور في شينجيانغ.", "United States"),
    ("Amnesty International said the Chinese police arbitrarily detain Uyghurs in Xinjiang.",
     "Amnesty International"),
    ("Human Rights Watch said that officials in Xinjiang detain Uyghurs arbitrarily.", "Human Rights Watch"),
    ("The United Nations said Beijing persecutes Uyghurs in Xinjiang.", "United Nations"),
    ("The United States said China represses the Uyghurs of Xinjiang.", "United States"),
])
def test_abuse_verbs_in_reported_speech(text, actor):
    facts, table = _facts(text)
    assert (actor, "critical") in facts and not any(a == "China" for a, _ in facts), _show(table)


def test_a_negated_abuse_verb_defends():
    facts, table = _facts("وقالت الصين إنها لا تحتجز الأويغور تعسفيا في شينجيانغ.")
    assert facts == {("China", "defends")}, _show(table)


# --- real data: the dev set and a general archive ----------------------------------------------------

def test_dev_set_stance_scores(dev_path):
    """Stance (document, actor, label) on the dev set: P 0.76, R 0.43, macro-F1 0.41 before this work;
    P 1.00, R 0.93, macro-F1 0.97 reached (misses: a group named only by a relative clause, an
    organisation the gazetteer does not know)."""
    from helpers.engine.pipeline import analyze_corpus
    from helpers.evaluate.folder import evaluate_folder
    from helpers.io.corpus_loader import load_corpus

    scores = evaluate_folder(dev_path, tables=analyze_corpus(load_corpus(dev_path)))
    assert scores.get("stances", "(doc, actor, label) all", "precision") >= 0.95
    assert scores.get("stances", "(doc, actor, label) all", "recall") >= 0.9
    assert scores.get("stances", "macro over labels") >= 0.95
    for label in LABELS:
        assert scores.get("stances", f"(doc, actor, {label})") >= 0.9, label


def test_general_archive_gives_no_off_target_stance(ant_path):
    """10,156 Tunisian news articles, one about Xinjiang: 793 stance rows before this work.

    Left: the row of the one article about Xinjiang (relevance ``topical``);
    no row in any other article.
    """
    from helpers.extract.mentions.rows import mention_rows
    from helpers.extract.stance.rows import stance_rows
    from helpers.io.formats import iter_documents
    from helpers.relevance.classify import document_relevance, topic_hits
    from helpers.text.segment import sentences

    found, relevance = [], {}
    for doc in iter_documents(ant_path):
        if not hasattr(doc, "raw"):
            continue
        rows = [r for r in stance_rows(doc.raw, doc_id=doc.doc_id, genre=doc.genre, outlet=doc.outlet)
                if r["stance"] in LABELS]
        if rows:
            found += rows
            hits = topic_hits(doc.raw, mentions=mention_rows(doc.raw, doc_id=doc.doc_id))
            relevance[doc.doc_id] = document_relevance(sentences(doc.raw), hits)["relevance"]
    assert len(found) <= 2, [(r["doc_id"], r["actor"], r["cue"]) for r in found]
    assert set(relevance.values()) <= {"topical"}, relevance


# --- the outlet's own evaluative voice ----------------------------------------------------------------

@pytest.mark.parametrize("text, author, other", [
    # the narrator calls the measures repressive while China justifies them
    ("وتحاول السلطات الصينية تبرير سياساتها القمعية في شينجيانغ بأنها لمكافحة التطرف.", True, ("China", "defends")),
    ("وتبرر بكين حملتها في شينجيانغ بمكافحة الإرهاب، بحسب زعمها.", True, ("China", "defends")),
    ("Beijing describes its repressive campaign in Xinjiang as counter-terrorism.", True, ("China", "defends")),
    # the same word inside a speaker's words is the speaker's, not the outlet's
    ("وقالت منظمة العفو الدولية إن السياسات القمعية في شينجيانغ تستهدف الأويغور.", False,
     ("Amnesty International", "critical")),
])
def test_author_voice_in_news(text, author, other):
    facts, table = _facts(text, genre="news article")
    assert ((AUTHOR, "critical") in facts) is author, _show(table)
    assert other in facts, _show(table)
