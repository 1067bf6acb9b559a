"""Topic profiles and relevance: which documents and sentences are about the topic.

Every text here was written for these tests (no sentence is copied from a corpus).
"""

from pathlib import Path

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.extract.mentions.rows import mention_rows
from helpers.io.corpus import make_document
from helpers.relevance.classify import could_be_relevant, document_relevance, in_scope, sentence_scores, topic_hits
from helpers.relevance.topics import TopicError, available_profiles, load_profile
from helpers.text.segment import sentences as split

FOOTBALL = ("فاز النادي الإفريقي على النجم الساحلي بهدفين دون رد في ملعب رادس.\n\n"
            "وسجل المهاجم الهدف الأول في الدقيقة العشرين، ثم أضاف زميله الهدف الثاني.\n"
            "ورفضت الجامعة التونسية لكرة القدم الاتهامات الموجهة إلى جماهير الفريق.")
LEAD = ("الصين تشدد القيود على المساجد في شينجيانغ\n\n"
        "قالت منظمات حقوقية إن السلطات أغلقت عشرات المساجد في الإقليم خلال العام الماضي.\n"
        "ونفت بكين الاتهامات وقالت إن الإجراءات تهدف إلى مكافحة الإرهاب.")
PASSING = ("المعارك تتجدد في ريف إدلب الجنوبي\n\n"
           "تجددت الاشتباكات صباح اليوم بين الفصائل المسلحة والقوات الحكومية.\n"
           "وقال مرصد محلي إن القصف استهدف ثلاث بلدات في المنطقة.\n"
           "وأفاد سكان بنزوح مئات العائلات نحو الحدود التركية.\n"
           "وتشارك في المعارك فصائل عدة بينها مقاتلون من الإيغور.\n"
           "ولم تعلق الحكومة على حصيلة الضحايا حتى الآن.\n"
           "وتقول الأمم المتحدة إن الوضع الإنساني يزداد سوءا.\n"
           "ودعت المنظمة الدولية إلى هدنة عاجلة لإيصال المساعدات.")
ORIGIN = ("رحلة طويلة على دراجة نارية\n\n"
          "وصل رحالة شاب إلى العاصمة بعد رحلة دامت ستة أشهر.\n"
          "وكان الرحالة قد انطلق من مدينة في شينجيانغ شمال غربي الصين.\n"
          "وعبر في طريقه عشر دول.")
ORIGIN_WITH_SUBSTANCE = ORIGIN + "\nوتشهد المنطقة حملة واسعة على ما تسميه السلطات التطرف الديني."
ANCHOR_ONLY = ("تقرير عن العمل القسري في مزارع القطن\n\n"
               "قالت منظمة العمل الدولية إن العمل القسري ما زال منتشرا في بعض البلدان.\n"
               "وطالبت المنظمة بوقف الاحتجاز الجماعي للعمال المهاجرين.")
ENGLISH = ("Satellite images show new walls around camps in Xinjiang\n\n"
           "Researchers said the detention camps had grown over the past year.\n"
           "Beijing says the facilities are vocational training centres.")
ROHINGYA = ("آلاف الروهينغا يفرون من ولاية راخين\n\n"
            "عبر آلاف اللاجئين الحدود إلى بنغلاديش خلال الأسبوع الماضي.\n"
            "وقالت الأمم المتحدة إن ما يجري تطهير عرقي.")


def _level(text: str, topic: str | None = None) -> str:
    profile = load_profile(topic)
    sents = split(text)
    hits = topic_hits(text, mentions=mention_rows(text), profile=profile)
    return document_relevance(sents, hits, profile)["relevance"]


@pytest.mark.parametrize("text, expected", [
    (FOOTBALL, "none"),
    (LEAD, "topical"),
    (PASSING, "passing"),
    (ORIGIN, "passing"),
    (ORIGIN_WITH_SUBSTANCE, "topical"),
    (ANCHOR_ONLY, "none"),
    (ENGLISH, "topical"),
    (ROHINGYA, "none"),
])
def test_document_relevance_xinjiang(text, expected):
    assert _level(text) == expected


@pytest.mark.parametrize("text, expected", [
    (ROHINGYA, "topical"),
    (LEAD, "none"),
    (FOOTBALL, "none"),
])
def test_second_profile_changes_the_topic_without_code(text, expected):
    assert _level(text, "rohingya") == expected


@pytest.mark.parametrize("text, expected", [
    (FOOTBALL, False), (ANCHOR_ONLY, False), (LEAD, True), (ENGLISH, True),
    ("وقع حادث سير قرب مدينة صفاقس صباح اليوم.", False),
])
def test_prefilter_rules_out_documents_without_any_core_name(text, expected):
    assert could_be_relevant(text) is expected


def test_prefilter_never_misses_what_the_full_rule_finds():
    for text in (LEAD, PASSING, ORIGIN, ORIGIN_WITH_SUBSTANCE, ENGLISH):
        assert could_be_relevant(text), text


def test_anchor_terms_count_only_beside_a_core_hit():
    assert topic_hits(ANCHOR_ONLY, mentions=mention_rows(ANCHOR_ONLY)) == []
    kinds = {h["kind"] for h in topic_hits(LEAD, mentions=mention_rows(LEAD))}
    assert kinds == {"core", "anchor"}


def test_hits_carry_raw_offsets():
    for hit in topic_hits(LEAD, mentions=mention_rows(LEAD)):
        assert LEAD[hit["start"]:hit["end"]] == hit["surface"]


def test_sentence_scores_mark_the_topical_sentences():
    sents = split(PASSING)
    scores = sentence_scores(sents, topic_hits(PASSING, mentions=mention_rows(PASSING)))
    topical = [s.text for s, score in zip(sents, scores) if score > 0]
    assert topical == ["وتشارك في المعارك فصائل عدة بينها مقاتلون من الإيغور."]


def test_evidence_names_terms_and_offsets():
    sents = split(LEAD)
    result = document_relevance(sents, topic_hits(LEAD, mentions=mention_rows(LEAD)))
    assert result["relevance_evidence"].startswith("lead; شينجيانغ [core:xinjiang] x1 @")
    assert "[anchor:counter_terrorism]" in result["relevance_evidence"]
    assert result["relevance_score"] > 0


# --- scope in the pipeline ---------------------------------------------------------------

@pytest.mark.parametrize("scope, relevance, analysed", [
    ("topical", "topical", True), ("topical", "passing", False), ("topical", "none", False),
    ("passing", "passing", True), ("passing", "none", False), ("all", "none", True),
])
def test_in_scope(scope, relevance, analysed):
    assert in_scope(relevance, scope) is analysed


def test_unknown_scope_is_an_error():
    with pytest.raises(ValueError, match="unknown scope"):
        in_scope("topical", "everything")


def test_off_topic_document_gets_only_its_documents_row():
    doc = make_document(FOOTBALL, file="match.txt")
    rows = analyze_rows(doc)
    assert [r["relevance"] for r in rows["documents"]] == ["none"]
    assert rows["documents"][0]["n_sentences"] is None
    assert all(not rows[name] for name in rows if name != "documents")


def test_scope_all_analyses_every_document():
    doc = make_document(FOOTBALL, file="match.txt")
    rows = analyze_rows(doc, scope="all")
    assert rows["documents"][0]["relevance"] == "none"
    assert rows["sentences"] and rows["documents"][0]["n_sentences"] == len(rows["sentences"])


def test_topical_document_is_analysed_with_topical_sentences_flagged():
    rows = analyze_rows(make_document(LEAD, file="lead.txt"))
    assert rows["documents"][0]["relevance"] == "topical"
    assert {m["entity_id"] for m in rows["mentions"]} >= {"xinjiang", "CHN"}
    flags = [s["topical"] for s in rows["sentences"]]
    assert flags[0] and any(flags[1:])


def test_pipeline_takes_a_profile_by_name():
    rows = analyze_rows(make_document(ROHINGYA, file="r.txt"), topic="rohingya")
    assert rows["documents"][0]["relevance"] == "topical"


# --- profile files ---------------------------------------------------------------------

def test_packaged_profiles():
    assert {"xinjiang", "rohingya"} <= set(available_profiles())
    profile = load_profile()
    assert profile.id == "xinjiang" and "CHN" in profile.target_entities
    assert {"xinjiang", "uyghurs"} <= profile.core_entities
    assert load_profile("xinjiang") is profile


MINIMAL = 'id = "t"\ntarget = "x"\n[core]\nentities = ["TWN"]\n'


@pytest.mark.parametrize("content, problem", [
    ('id = "t"\n[core]\nentities = ["TWN"]\n', "'target' is missing"),
    (MINIMAL + 'colour = "red"\n', "unknown key(s) colour"),
    ('id = "t"\ntarget = "x"\n[core]\nentities = ["no_such_entity"]\n', "unknown gazetteer"),
    ('id = "t"\ntarget = "x"\n', "no core entities and no core terms"),
    (MINIMAL + "[thresholds]\nlead_sentences = -1\n", "non-negative"),
    (MINIMAL + "[thresholds]\nlead = 2\n", "unknown thresholds lead"),
    ('id = "t"\ntarget = \n', "cannot read the profile"),
])
def test_bad_profiles_name_file_and_problem(tmp_path: Path, content, problem):
    path = tmp_path / "mine.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TopicError) as info:
        load_profile(str(path))
    assert str(path) in str(info.value) and problem in str(info.value)


def test_user_profile_from_a_file(tmp_path: Path):
    path = tmp_path / "taiwan.toml"
    path.write_text(MINIMAL.replace('"t"', '"taiwan"') + '[anchors.ar]\nstrait = "مضيق تايوان"\n',
                    encoding="utf-8")
    text = "مناورات عسكرية قرب تايوان\n\nأجرت القوات مناورات في مضيق تايوان أمس."
    assert _level(text, str(path)) == "topical"
    assert _level(LEAD, str(path)) == "none"


def test_missing_profile_lists_the_packaged_ones():
    with pytest.raises(TopicError, match="packaged: .*xinjiang"):
        load_profile("atlantis")


# --- a real general-news archive (skips where ../shared/data is absent) -------------------

def test_ant_archive_relevance(ant_path):
    """On 10,156 Tunisian news articles, one is about Xinjiang; one names it in passing.

    The passing one tells of a traveller who set out from the region (no topic substance);
    every other document is ``none`` — including those with a Russian Igor, a person
    surnamed طرفان or a Gulf family name, which the mention finder no longer reads as
    the Uyghurs or a Xinjiang place.
    """
    from collections import Counter

    from helpers.io.formats import iter_records, load_record

    levels, evidence = Counter(), {}
    for record in iter_records(ant_path):
        for doc in load_record(record):
            if not hasattr(doc, "raw"):
                continue
            row = analyze_rows(doc, tables=("documents",))["documents"][0]
            levels[row["relevance"]] += 1
            if row["relevance"] != "none":
                evidence[row["relevance"]] = row["relevance_evidence"]
    assert levels == {"none": 10154, "topical": 1, "passing": 1}
    assert "[core:uyghurs]" in evidence["topical"] and "[anchor:" in evidence["topical"]
    assert evidence["passing"].count("[core:") == 1


def test_stance_summary_counts_only_topical_documents():
    import pandas as pd

    from helpers.analysis.stance_aggregate import aggregate_stances
    from helpers.engine.pipeline import analyze_corpus

    docs = [make_document(LEAD, file="lead.txt"), make_document(FOOTBALL, file="match.txt")]
    tables = analyze_corpus(docs, scope="all")
    assert "lead" in set(tables["stances"].doc_id)
    summary = aggregate_stances(tables["stances"], mentions=tables["mentions"],
                                documents=tables["documents"])
    assert set(summary.doc_id) == {"lead"}
    everything = aggregate_stances(tables["stances"], mentions=tables["mentions"],
                                   documents=tables["documents"], levels=("topical", "none"))
    assert "match" in set(everything.doc_id)  # the football document names actors
    assert isinstance(summary, pd.DataFrame) and (summary.doc_id == "lead").all()
