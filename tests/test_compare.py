"""Tests for source comparison: naming analysis, keyness, KWIC (helpers.analysis.compare,
helpers.analysis.keyness, helpers.analysis.kwic, helpers.plots.compare)."""

from __future__ import annotations

import math
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.analysis.compare import iter_docs, naming_pivot, naming_table, preferred_names, strip_proclitics  # noqa: E402
from helpers.analysis.keyness import keyness, stopwords, term_counts  # noqa: E402
from helpers.analysis.kwic import kwic, kwic_style, query_pattern  # noqa: E402
from helpers.text.normalise import normalise_text  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def counts(table: dict[str, dict[str, int]]) -> pd.DataFrame:
    rows = [(d, t, n) for d, terms in table.items() for t, n in terms.items()]
    return pd.DataFrame(rows, columns=["doc_id", "term", "count"])


def row(frame: pd.DataFrame, doc_id: str, term: str) -> pd.Series:
    (index,) = frame.index[(frame["doc_id"] == doc_id) & (frame["term"] == term)]
    return frame.loc[index]


# --------------------------------------------------------------------------- keyness: formulas

# Two sources, 4 tokens each.  Log-odds with the corpus as prior (alpha0 = N = 8):
# alpha_x = 8 * 4/8 = 4; delta = ln((3+4)/(4+8-3-4)) - ln((1+4)/(4+8-1-4)) = ln(7/5) - ln(5/7).
# With alpha0 = 2: alpha_x = 1; delta = ln(4/2) - ln(2/4).
SYMMETRIC = {"A": {"x": 3, "y": 1}, "B": {"x": 1, "y": 3}}


@pytest.mark.parametrize("alpha0, delta, variance", [
    (None, math.log(7 / 5) - math.log(5 / 7), 1 / 7 + 1 / 5),
    (8, math.log(7 / 5) - math.log(5 / 7), 1 / 7 + 1 / 5),
    (2, math.log(4 / 2) - math.log(2 / 4), 1 / 4 + 1 / 2),
])
def test_log_odds_matches_monroe_formula(alpha0, delta, variance):
    result = keyness(counts(SYMMETRIC), min_count=1, top=None, positive=False, alpha0=alpha0)
    x = row(result, "A", "x")
    assert x["effect"] == pytest.approx(delta, abs=1e-6)
    assert x["z"] == pytest.approx(delta / math.sqrt(variance), abs=1e-6)
    assert x["score"] == x["z"]
    assert (x["count"], x["count_rest"]) == (3, 1)
    # the mirror image: B under-uses x by exactly as much
    assert row(result, "B", "x")["z"] == pytest.approx(-x["z"], abs=1e-6)


@pytest.mark.parametrize("table, doc, term, g2, log_ratio", [
    # a=3 b=1 c=1 d=3, every expected cell is 2
    (SYMMETRIC, "A", "x", 2 * (3 * math.log(3 / 2) + 2 * math.log(1 / 2) + 3 * math.log(3 / 2)),
     math.log2(3)),
    # a=2 b=0 c=2 d=4: E = 1, 1, 3, 3; the zero cell adds nothing; b counts as 0.5 in the ratio
    ({"A": {"x": 2, "y": 2}, "B": {"y": 4}}, "A", "x",
     2 * (2 * math.log(2 / 1) + 2 * math.log(2 / 3) + 4 * math.log(4 / 3)), math.log2(2 / 0.5)),
    # the under-user gets a negative signed G²
    (SYMMETRIC, "B", "x", -2 * (3 * math.log(3 / 2) + 2 * math.log(1 / 2) + 3 * math.log(3 / 2)),
     -math.log2(3)),
])
def test_g2_matches_dunning_two_by_two(table, doc, term, g2, log_ratio):
    result = keyness(counts(table), method="g2", min_count=1, top=None, positive=False)
    found = row(result, doc, term)
    assert found["score"] == pytest.approx(g2, abs=1e-6)
    assert found["z"] == pytest.approx(math.copysign(math.sqrt(abs(g2)), g2), abs=1e-6)
    assert found["effect"] == pytest.approx(log_ratio, abs=1e-6)


THREE = {"d1": {"شينجيانغ": 5, "الصين": 2, "بكين": 2, "الرساله": 3},
         "d2": {"شينجيانج": 4, "الصين": 3, "بكين": 2},
         "d3": {"تركستان": 4, "الصين": 1, "بكين": 2}}


# بكين is used twice by every source, i.e. relatively more by the shorter d2 (2/9 vs 4/19
# for the rest) and d3 (2/7 vs 4/21) and less by d1 (2/12 vs 4/16): positive for d2, d3.
@pytest.mark.parametrize("options, expected", [
    ({"top": None}, {"d1": ["شينجيانغ", "الرساله"], "d2": ["شينجيانج", "الصين", "بكين"],
                     "d3": ["تركستان", "بكين"]}),
    ({"top": 1}, {"d1": ["شينجيانغ"], "d2": ["شينجيانج"], "d3": ["تركستان"]}),
    ({"top": None, "min_count": 4}, {"d1": ["شينجيانغ"], "d2": ["شينجيانج"], "d3": ["تركستان"]}),
])
def test_keyness_rows_filter_and_order(options, expected):
    result = keyness(counts(THREE), **{"min_count": 2, **options})
    got = {d: list(g["term"]) for d, g in result.groupby("doc_id")}
    assert got == expected
    assert list(result.columns) == ["doc_id", "term", "count", "count_rest", "score", "z", "effect"]
    assert (result["score"] > 0).all()


def test_keyness_ties_are_broken_by_term():
    # two terms with identical counts everywhere get identical scores: term order decides
    table = {"A": {"ب": 3, "ا": 3, "z": 1}, "B": {"z": 5, "ب": 0, "ا": 0}}
    result = keyness(counts(table), min_count=1, top=None)
    assert list(result[result["doc_id"] == "A"]["term"]) == ["ا", "ب"]


def test_keyness_groups_documents_into_sources():
    table = {"r1": {"x": 2, "y": 1}, "r2": {"x": 2}, "e1": {"y": 4, "x": 1}}
    result = keyness(counts(table), min_count=1, top=None, positive=False,
                     groups={"r1": "Reuters", "r2": "Reuters", "e1": "Egypt"})
    x = row(result, "Reuters", "x")
    assert (x["count"], x["count_rest"]) == (4, 1)
    assert set(result["doc_id"]) == {"Reuters", "Egypt"}


@pytest.mark.parametrize("bad", [counts({"A": {"x": 2}}), "نص واحد فقط"])
def test_keyness_needs_two_sources(bad):
    with pytest.raises(ValueError):
        keyness(bad)


def test_keyness_on_seeds_finds_each_sources_own_names():
    docs = {name: seed(name) for name in ("000", "001", "002")}
    result = keyness(docs, top=15)
    top_terms = {d: set(g["term"]) for d, g in result.groupby("doc_id")}
    assert "شينجيانغ" in top_terms["001"]          # Reuters' spelling of the region
    assert "الايغور" in top_terms["000"]          # the academic abstract's spelling of the people
    assert "كازاخستان" in top_terms["002"]
    assert not {"في", "على", "قال", "the", "of"} & set(result["term"])


# --------------------------------------------------------------------------- terms: stopwords, numbers, stemming

@pytest.mark.parametrize("text, kept, dropped", [
    # seed 001 style sentence: particles and reporting verbs go, content stays
    ("وقال متحدث إن الصين لم تعلق على الرسالة",
     {"متحدث", "الصين", "تعلق", "الرساله"}, {"وقال", "ان", "لم", "علي"}),
    # conjunction + function word (وفي، والتي، فقد) and the auxiliary كان
    ("وفي الوقت الذي كانت فيه السلطات والتي فقد تستمر",
     {"الوقت", "السلطات", "تستمر"}, {"وفي", "الذي", "كانت", "فيه", "والتي", "فقد"}),
    # English standard list plus reporting filler; possessive 's removed
    ("The United States said it was concerned about Beijing's policies",
     {"united", "states", "concerned", "beijing", "policies"}, {"the", "said", "it", "was", "about"}),
    # numbers (ASCII and Arabic-Indic) are dropped, words with digits' neighbours kept
    ("احتجاز 800000 شخص منذ ٢٠١٧ في 15 مخيما", {"احتجاز", "شخص", "مخيما"}, {"800000", "2017", "15"}),
])
def test_term_counts_drop_stopwords_and_numbers(text, kept, dropped):
    terms = set(term_counts({"d": text})["term"])
    assert kept <= terms
    assert not dropped & terms


def test_keep_numbers_and_no_stopwords_options():
    table = term_counts({"d": "في عام 2017 قال"}, use_stopwords=False, keep_numbers=True)
    assert set(table["term"]) == {"في", "عام", "2017", "قال"}


def test_stopword_files_are_loaded_normalised():
    arabic = stopwords("ar")
    assert {"الي", "علي", "هذه", "التي", "كان", "يكون", "قال"} <= arabic   # إلى، على normalised
    assert "إلى" not in arabic
    assert {"the", "and", "said"} <= stopwords("en")
    assert not {"الصين", "شينجيانغ", "الايغور", "china"} & (arabic | stopwords("en"))


CLITICS = "والصين للصين بالصين الصين وحقوق حقوق بكين وبكين الصينية violations violation"


@pytest.mark.parametrize("stem, expected", [
    (None, {"الصين": 1, "والصين": 1, "للصين": 1, "بالصين": 1, "حقوق": 1, "وحقوق": 1,
            "بكين": 1, "وبكين": 1, "violations": 1, "violation": 1}),
    # light: article chains fold into the article; a lone و goes only when the rest is a word
    ("light", {"الصين": 4, "حقوق": 2, "بكين": 2, "violations": 1, "violation": 1}),
    # root: ISRI folds الصين and الصينية together; Porter folds the plural
    ("root", {"صين": 5, "حقق": 2, "violat": 2}),
])
def test_stemming_option_changes_counts(stem, expected):
    got = dict(zip(*term_counts({"d": CLITICS}, stem=stem)[["term", "count"]].T.values))
    for term, n in expected.items():
        assert got.get(term) == n, (term, got)


def test_light_stemming_keeps_names_that_start_like_clitics():
    # بكين and فنلندا must not lose their first letter: كين / نلندا are not corpus words
    got = set(term_counts({"d": "بكين وفنلندا فنلندا لندن"}, stem="light")["term"])
    assert {"بكين", "فنلندا", "لندن"} <= got
    assert not {"كين", "نلندا", "ندن"} & got


def test_term_counts_accepts_a_token_table():
    tokens = pd.DataFrame({"doc_id": ["a", "a", "b"], "token": ["الصِّين", "في", "Xinjiang"]})
    table = term_counts(tokens)
    assert list(map(tuple, table.values)) == [("a", "الصين", 1, "الصِّين"),
                                              ("b", "xinjiang", 1, "Xinjiang")]


def test_examples_give_the_most_frequent_raw_spelling():
    table = term_counts({"a": "الرئيس الرئيس الرئيس", "b": "الرئيس للرئيس"}, stem="light")
    assert set(table["term"]) == {"الرييس"}                      # normalised for counting
    assert set(table["example"]) == {"الرئيس"}                   # shown as written
    key = keyness(table, min_count=1, top=None, positive=False)
    assert list(key["example"]) == ["الرئيس", "الرئيس"]
    assert list(key["score"]) == [0.0, 0.0]        # the only term: nothing to contrast
    # the example prefers a spelling that needs no stemming over a more frequent clitic form
    light = term_counts({"a": "للحزب للحزب الحزب"}, stem="light")
    assert list(zip(light["term"], light["count"], light["example"])) == [("الحزب", 3, "الحزب")]


# --------------------------------------------------------------------------- KWIC

def expected_spans(raw: str, surfaces: list[str]) -> list[tuple[int, int, str]]:
    """Offsets of whole-word surfaces found one after another."""
    spans, at = [], 0
    for surface in surfaces:
        start = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)").search(raw, at).start()
        spans.append((start, start + len(surface), surface))
        at = start + len(surface)
    return spans


@pytest.mark.parametrize("doc, query, surfaces", [
    ("000", "بكين", ["بكين", "بكين", "ببكين", "بكين"]),
    ("001", "الأمم المتحدة", ["الأمم المتحدة", "الأمم المتحدة", "للأمم المتحدة", "الامم المتحدة"]),
    # للأويغور has a clitic, الاويغور no hamza; الأويغوري (a suffix) is not matched
    ("001", "الأويغور", ["الأويغور", "الأويغور", "الأويغور", "للأويغور", "الأويغور",
                         "الأويغور", "الاويغور", "الأويغور"]),
    ("001", "شينجيانج", ["شينجيانج"] * 5),
    ("002", "الاويجور", ["الأويجور"] * 3),
    ("000", "تركستان الشرقية", ["تركستان الشرقية"] * 2),
    ("000", "east turkestan", ["East Turkestan"]),
])
def test_kwic_on_seeds_gives_exact_raw_offsets(doc, query, surfaces):
    raw = seed(doc)
    result = kwic({doc: raw}, query)
    got = list(zip(result["start"], result["end"], result["match"]))
    assert got == expected_spans(raw, surfaces)


@pytest.mark.parametrize("text, query, surfaces", [
    # another outlet: conjunction, preposition + article, no false hit on the nisba adjective
    ("وقالت إن العلاقات بين روسيا والصين جيدة، وإن للصين حق السيادة، وإن الحكومة الصينية ترفض",
     "الصين", ["والصين", "للصين"]),
    # a query without article finds the article forms too, still not الصينية
    ("بالصين ترحب الصين بالوفود الصينية", "صين", ["بالصين", "الصين"]),
    # diacritics and tatweel in the text are covered by the raw span
    ("زار الوفد الصِّين ثم الصـين", "الصين", ["الصِّين", "الصـين"]),
    # spelling variants of the query itself are normalised; the phrase may break a line
    ("أعلنت الأمم\nالمتحدة", "الامم المتحده", ["الأمم\nالمتحدة"]),
    # English: case-insensitive, possessive, no match inside a longer word
    ("China's envoy met Chinese officials in CHINA.", "china", ["China", "CHINA"]),
    # a word inside another word is not a hit
    ("سكرتير الحزب", "سكر", []),
])
def test_kwic_is_clitic_tolerant_but_whole_word(text, query, surfaces):
    result = kwic(text, query)
    assert list(result["match"]) == surfaces
    assert all(text[s:e] == m for s, e, m in zip(result["start"], result["end"], result["match"]))


def test_kwic_without_clitics_is_literal():
    assert list(kwic("والصين الصين للصين", "الصين", clitics=False)["match"]) == ["الصين"]


@pytest.mark.parametrize("window, before, after", [
    (12, "الضغط على", "ومساومتها"),      # " ومساومتها ف": the cut word فى is dropped
    (13, "الضغط على", "ومساومتها فى"),   # " ومساومتها فى" ends at a space: kept whole
    (4, "على", ""),                      # "ومساومتها" does not fit into 4 characters
])
def test_kwic_context_is_cut_to_whole_words(window, before, after):
    raw = seed("000")
    first = kwic({"000": raw}, "بكين", window=window).iloc[0]
    assert (first["before"], first["match"], first["after"]) == (before, "بكين", after)


def test_kwic_entity_mode_uses_the_mentions_table():
    raw = "رئيس الحزب في شينجيانغ، وحكومة شينجيانج وإقليم تركستان الشرقية"
    spans = expected_spans(raw, ["شينجيانغ", "شينجيانج", "تركستان الشرقية", ])
    mentions = pd.DataFrame([("d", s, e, t, "xinjiang", "place", "Xinjiang", "شينجيانغ")
                             for s, e, t in spans],
                            columns=["doc_id", "start", "end", "surface", "entity_id", "kind",
                                     "name_en", "name_ar"])
    result = kwic({"d": raw}, "xinjiang", entity=True, mentions=mentions)
    assert list(result["match"]) == ["شينجيانغ", "شينجيانج", "تركستان الشرقية"]
    assert list(result["before"])[:1] == ["رئيس الحزب في"]
    assert list(kwic({"d": raw}, "Xinjiang", entity=True, mentions=mentions)["start"]) == \
        [s for s, _, _ in spans]


def test_query_pattern_is_compiled_once():
    assert query_pattern("الصين") is query_pattern("الصين")
    with pytest.raises(ValueError):
        query_pattern("   ")


@pytest.mark.parametrize("matches, rtl, order", [
    (["الصين", "بكين"], True, ["after", "match", "before", "end", "start", "doc_id"]),
    (["China", "Beijing", "الصين"], False, ["doc_id", "start", "end", "before", "match", "after"]),
])
def test_kwic_style_lays_arabic_out_right_to_left(matches, rtl, order):
    frame = pd.DataFrame({"doc_id": "d", "start": range(len(matches)), "end": 1,
                          "before": "قبل", "match": matches, "after": "بعد"})
    html = kwic_style(frame).to_html()
    headers = [h.split(">")[1].split("<")[0] for h in html.split("<th ")[1:]]
    assert headers == order
    assert 'id="T_kwic"' in html
    before_col = order.index("before")
    rule = html.split(f"#T_kwic_row0_col{before_col}")[1].split("}")[0]
    # the before-context hugs the match: left edge in RTL, right edge in LTR
    assert rule.rstrip().rstrip(";").endswith("text-align: left" if rtl else "text-align: right")
    assert "unicode-bidi: plaintext" in rule


# --------------------------------------------------------------------------- naming analysis

# Real sentences (seeds and other outlets) with the mentions a finder would give.
NAMING_DOCS = {
    "reuters": ("منطقة شينجيانج (تركستان الشرقية) المضطربة ضد الأويغور. رئيس الحزب في شينجيانغ "
                "والمراقبة للأويغور في شينجيانغ وبشينجيانغ وقالت الصين"),
    "ahram": "أقلية الأويجور المسلمة في إقليم شينجيانغ، مجتمع الأويجور",
    "thesis": "مسلمى الإيغور فى إقليم تركستان الشرقية وللإيغور حقوق",
}
NAMING_MENTIONS = [
    # doc, surface, entity, name_en, family, variant
    ("reuters", "شينجيانج", "Q34800", "Xinjiang", "transliteration", "شينجيانج"),
    ("reuters", "تركستان الشرقية", "Q34800", "Xinjiang", "east_turkestan", "تركستان الشرقية"),
    ("reuters", "الأويغور", "Q46076", "Uyghurs", "transliteration", "الأويغور"),
    ("reuters", "شينجيانغ", "Q34800", "Xinjiang", "transliteration", "شينجيانغ"),
    ("reuters", "للأويغور", "Q46076", "Uyghurs", "transliteration", ""),
    ("reuters", "شينجيانغ", "Q34800", "Xinjiang", "transliteration", "شينجيانغ"),
    ("reuters", "وبشينجيانغ", "Q34800", "Xinjiang", "transliteration", "شينجيانغ"),
    ("reuters", "الصين", "Q148", "China", "", ""),
    ("ahram", "الأويجور", "Q46076", "Uyghurs", "transliteration", "الأويجور"),
    ("ahram", "شينجيانغ", "Q34800", "Xinjiang", "transliteration", "شينجيانغ"),
    ("ahram", "الأويجور", "Q46076", "Uyghurs", "transliteration", "الأويجور"),
    ("thesis", "الإيغور", "Q46076", "Uyghurs", "transliteration", "الإيغور"),
    ("thesis", "تركستان الشرقية", "Q34800", "Xinjiang", "east_turkestan", "تركستان الشرقية"),
    ("thesis", "وللإيغور", "Q46076", "Uyghurs", "transliteration", "الإيغور"),
]


def naming_mentions() -> pd.DataFrame:
    rows, cursor = [], {}
    for doc, surface, entity, name_en, family, variant in NAMING_MENTIONS:
        raw = NAMING_DOCS[doc]
        start = raw.index(surface, cursor.get(doc, 0))
        cursor[doc] = start + len(surface)
        rows.append((doc, start, start + len(surface), surface, entity, "place", name_en, "",
                     family, variant))
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "surface", "entity_id", "kind",
                                       "name_en", "name_ar", "family", "variant"])


def test_naming_table_counts_forms_per_source():
    table = naming_table(naming_mentions())
    got = {(r.doc_id, r.name_en, r.form, r.surface): (r.family, r.spelling, r.count)
           for r in table.itertuples()}
    assert got == {
        ("ahram", "Uyghurs", "اويجور", "الأويجور"): ("transliteration", "أويجور", 2),
        ("ahram", "Xinjiang", "شينجيانغ", "شينجيانغ"): ("transliteration", "شينجيانغ", 1),
        ("reuters", "Uyghurs", "اويغور", "الأويغور"): ("transliteration", "أويغور", 1),
        ("reuters", "Uyghurs", "اويغور", "للأويغور"): ("transliteration", "أويغور", 1),
        ("reuters", "Xinjiang", "شينجيانغ", "شينجيانغ"): ("transliteration", "شينجيانغ", 2),
        ("reuters", "Xinjiang", "شينجيانغ", "وبشينجيانغ"): ("transliteration", "شينجيانغ", 1),
        ("reuters", "Xinjiang", "شينجيانج", "شينجيانج"): ("transliteration", "شينجيانج", 1),
        ("reuters", "Xinjiang", "تركستان الشرقيه", "تركستان الشرقية"):
            ("east_turkestan", "تركستان الشرقية", 1),
        ("thesis", "Uyghurs", "ايغور", "الإيغور"): ("transliteration", "إيغور", 1),
        ("thesis", "Uyghurs", "ايغور", "وللإيغور"): ("transliteration", "إيغور", 1),
        ("thesis", "Xinjiang", "تركستان الشرقيه", "تركستان الشرقية"):
            ("east_turkestan", "تركستان الشرقية", 1),
    }
    reuters_region = table[(table["doc_id"] == "reuters") & (table["name_en"] == "Xinjiang")]
    assert list(reuters_region["count"]) == [2, 1, 1, 1]
    assert reuters_region["share"].sum() == pytest.approx(1.0)


@pytest.mark.parametrize("surface, variant, form, spelling", [
    ("لِلْإيغُور", "الإيغور", "ايغور", "إيغُور"),          # diacritics survive in the spelling
    ("بشينجيانغ", "", "بشينجيانغ", "بشينجيانغ"),         # no variant: a bare ب is kept
    ("والـتركستان الشرقية", "", "تركستان الشرقيه", "تركستان الشرقية"),  # tatweel after ال
    ("Xinjiang", "Xinjiang", "xinjiang", "Xinjiang"),
])
def test_naming_form_and_spelling(surface, variant, form, spelling):
    mentions = pd.DataFrame([("d", 0, len(surface), surface, "e", "people", "Uyghurs", "",
                              "transliteration", variant)],
                            columns=["doc_id", "start", "end", "surface", "entity_id", "kind",
                                     "name_en", "name_ar", "family", "variant"])
    found = naming_table(mentions).iloc[0]
    assert (found["form"], found["spelling"]) == (form, spelling)


@pytest.mark.parametrize("surface, clitic, form, spelling", [
    # the finder split ل off للأويغور and left the article's ل: fold into the known form
    ("لأويغور", "ل", "اويغور", "أويغور"),
    ("لَأويغور", "ل", "اويغور", "أويغور"),
    # a name that really starts with ل stays whole (ندن is no known form of the entity)
    ("لندن", "ل", "لندن", "لندن"),
    # no ل was stripped: nothing to fold
    ("لأويغور", "", "لاويغور", "لأويغور"),
])
def test_naming_folds_a_contracted_article(surface, clitic, form, spelling):
    rows = [("d", 0, 8, "الأويغور", "u", "people", "Uyghurs", "", "uyghur_gh", "الاويغور", ""),
            ("d", 9, 9 + len(surface), surface, "u", "people", "Uyghurs", "", "uyghur_gh",
             normalise_text(surface), clitic)]
    mentions = pd.DataFrame(rows, columns=["doc_id", "start", "end", "surface", "entity_id",
                                           "kind", "name_en", "name_ar", "family", "variant",
                                           "clitic"])
    table = naming_table(mentions)
    found = table[table["surface"] == surface].iloc[0]
    assert (found["form"], found["spelling"]) == (form, spelling)


def test_naming_table_selects_entities():
    table = naming_table(naming_mentions(), entity_ids=["Q148"])
    assert list(table["form"]) == ["صين"]
    assert naming_table(naming_mentions(), names=["Nowhere"]).empty


@pytest.mark.parametrize("by, entity, expected", [
    ("family", "Xinjiang", {"ahram": {"east_turkestan": 0, "transliteration": 1},
                            "reuters": {"east_turkestan": 1, "transliteration": 4},
                            "thesis": {"east_turkestan": 1, "transliteration": 0}}),
    ("form", "Q46076", {"ahram": {"اويجور": 2, "اويغور": 0, "ايغور": 0},
                        "reuters": {"اويجور": 0, "اويغور": 2, "ايغور": 0},
                        "thesis": {"اويجور": 0, "اويغور": 0, "ايغور": 2}}),
])
def test_naming_pivot(by, entity, expected):
    pivot = naming_pivot(naming_table(naming_mentions()), by=by, entity=entity)
    assert pivot.to_dict(orient="index") == expected


def test_naming_pivot_shares_and_both_entities():
    table = naming_table(naming_mentions())
    shares = naming_pivot(table, by="family", entity="Xinjiang", share=True)
    assert shares.loc["reuters", "transliteration"] == pytest.approx(0.8)
    both = naming_pivot(table)
    assert both.loc["thesis", ("Uyghurs", "transliteration")] == 2


def test_preferred_names():
    best = preferred_names(naming_table(naming_mentions()))
    got = {(r.doc_id, r.name_en): (r.form, r.count, r.n_forms) for r in best.itertuples()}
    assert got[("reuters", "Xinjiang")] == ("شينجيانغ", 3, 3)
    assert got[("ahram", "Uyghurs")] == ("اويجور", 2, 1)
    assert got[("thesis", "Xinjiang")] == ("تركستان الشرقيه", 1, 1)


@pytest.mark.parametrize("word, core, expected", [
    ("والصين", None, "صين"),
    ("للايغور", None, "ايغور"),
    ("بالامم", None, "امم"),
    ("بكين", None, "بكين"),              # a bare ب is ambiguous without a core
    ("وفنلندا", None, "وفنلندا"),
    ("بشينجيانغ", "شينجيانغ", "شينجيانغ"),
    ("وللايغور", "الايغور", "ايغور"),
    ("شينجيانغ", "شينجيانغ", "شينجيانغ"),
    ("الاقليم", None, "اقليم"),
    ("ال", None, "ال"),
])
def test_strip_proclitics(word, core, expected):
    assert strip_proclitics(word, core=core) == expected


def test_iter_docs_shapes():
    frame = pd.DataFrame({"doc_id": ["b", "a"], "raw": ["ب", "ا"]})
    assert list(iter_docs(frame)) == [("b", "ب"), ("a", "ا")]
    assert list(iter_docs({"b": "ب", "a": "ا"})) == [("a", "ا"), ("b", "ب")]
    assert list(iter_docs("نص")) == [("", "نص")]
    assert list(iter_docs([("x", "y")])) == [("x", "y")]


# --------------------------------------------------------------------------- integration

def test_naming_table_on_seed_mentions():
    mentions_module = pytest.importorskip("helpers.extract.mentions.rows")
    frames = [mentions_module.find_mentions(seed(d), doc_id=d) for d in ("000", "001", "002")]
    table = naming_table(pd.concat(frames, ignore_index=True))
    forms = {(r.doc_id, r.name_en): set() for r in table.itertuples()}
    for r in table.itertuples():
        forms[(r.doc_id, r.name_en)].add(r.form)
    assert {"شينجيانغ", "شينجيانج", "تركستان الشرقيه"} <= forms[("001", "Xinjiang")]
    assert forms[("001", "Uyghurs")] == {"اويغور"}       # الأويغور، الاويغور، للأويغور
    assert forms[("002", "Uyghurs")] == {"اويجور"}
    assert {"شينجيانغ", "شينجيانج"} == forms[("002", "Xinjiang")]
    assert "ايغور" in forms[("000", "Uyghurs")]
    assert "تركستان الشرقيه" in forms[("000", "Xinjiang")]
    assert not any(f.startswith("ل") for fs in forms.values() for f in fs)


# --------------------------------------------------------------------------- charts

def test_plots_keep_arabic_labels_unshaped(tmp_path):
    from helpers.plots.compare import plot_keyness, plot_naming

    fig = plot_naming(naming_table(naming_mentions()), by="form")
    labels = {t.get_text() for ax in fig.axes for t in ax.get_legend().get_texts()}
    # the most frequent raw spelling of each form, in logical order (not reshaped)
    assert {"أويغور", "شينجيانغ", "تركستان الشرقية", "أويجور", "إيغور"} <= labels
    assert [ax.get_title() for ax in fig.axes] == ["Uyghurs", "Xinjiang"]
    fig.savefig(tmp_path / "naming.png")
    key = keyness(counts(THREE), min_count=2, top=None)
    fig = plot_keyness(key, top=5)   # a count table without examples: labelled by term
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks == list(key[key["doc_id"] == "d1"]["term"])
    fig.savefig(tmp_path / "keyness.png")


def test_kwic_and_keyness_accept_a_loaded_corpus(seeds):
    result = kwic(seeds, "شينجيانغ", window=20)
    raws = {doc.doc_id: doc.raw for doc in seeds}
    assert set(result["doc_id"]) == {d for d in raws if d.startswith(("001", "002"))}
    assert all(raws[d][s:e] == m for d, s, e, m in
               zip(result["doc_id"], result["start"], result["end"], result["match"]))
    assert set(keyness(seeds, top=3)["doc_id"]) == set(raws)
