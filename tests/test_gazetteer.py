"""Tests for the gazetteer data, its loader/validator and the variant rules."""

from __future__ import annotations

import pytest

import helpers.gazetteer.variants as V
from helpers.gazetteer.index import KINDS, GazetteerError, default_gazetteer, entities, load_gazetteer

ENTITY_HEADER = "entity_id\tkind\tname_en\tname_ar\taffiliation\tnote\n"
VARIANT_HEADER = "entity_id\tlang\tform\tfamily\tflags\tpattern\n"


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def _owners(gaz, text):
    return {v.entity_id for v in gaz.keys.get(V.match_key(text), ())}


# ---------------------------------------------------------------- the data

def test_entity_table_is_broad_and_valid(gaz):
    table = entities()
    explicit = [e for e in gaz.entities if "." not in e or e in {"CHN.mfa", "USA.mfa"}]
    assert len(explicit) >= 250
    assert set(table["kind"]) <= KINDS
    assert table["entity_id"].is_unique
    persons = table[table["kind"] == "person"]
    assert len(persons) >= 80
    assert persons["affiliation"].isin(set(table["entity_id"])).all()


@pytest.mark.parametrize("entity_id, kind, name_en, affiliation", [
    ("CHN", "country", "China", ""),
    ("USA", "country", "United States", ""),
    ("IRL", "country", "Republic of Ireland", ""),
    ("GEO", "country", "Georgia (country)", ""),
    ("un", "organization", "United Nations", ""),
    ("ohchr", "organization", "Office of the United Nations High Commissioner for Human Rights", "un"),
    ("cerd", "organization", "Committee on the Elimination of Racial Discrimination", "un"),
    ("oic", "organization", "Organisation of Islamic Cooperation", ""),
    ("sco", "organization", "Shanghai Cooperation Organisation", ""),
    ("cpc", "organization", "Chinese Communist Party", "CHN"),
    ("xinjiang", "place", "Xinjiang", "CHN"),
    ("urumqi", "place", "Ürümqi", "CHN"),
    ("uyghurs", "people", "Uyghurs", ""),
    ("han", "people", "Han Chinese", ""),
    ("xi_jinping", "person", "Xi Jinping", "CHN"),
    ("hua_chunying", "person", "Hua Chunying", "CHN"),
    ("bachelet", "person", "Michelle Bachelet", "ohchr"),
    ("adrian_zenz", "person", "Adrian Zenz", "victims_of_communism"),
    ("CHN.mfa", "organization", "Ministry of Foreign Affairs of the People's Republic of China", "CHN"),
    ("PAK.mfa", "organization", "Ministry of Foreign Affairs (Pakistan)", "PAK"),
    ("western_countries", "group", "Western countries", ""),
])
def test_entity_rows(gaz, entity_id, kind, name_en, affiliation):
    entity = gaz.entities[entity_id]
    assert (entity.kind, entity.name_en, entity.affiliation) == (kind, name_en, affiliation)


# Signatories of the 2019-2022 UN joint statements, for and against, and the neighbours.
STATES = ("CAN GBR FRA DEU NLD SWE CHE BEL NOR DNK FIN EST IRL AUS NZL JPN USA AUT ESP ITA LVA LTU "
          "ISL LUX LIE POL CZE SVK SVN ALB MKD MNE BIH MHL PLW HTI GTM SWZ MCO SMR AND ISR TUR UKR "
          "RUS PAK SAU EGY ARE QAT DZA IRN CUB VEN BLR SYR KWT OMN BHR SDN IRQ PRK LAO KHM MMR PHL "
          "NPL LKA BGD TJK TKM NGA AGO CMR TGO ZWE ZMB TZA SSD SOM MOZ COG COD GAB ERI BDI BFA COM "
          "DJI MRT MAR LBN PSE YEM BOL NIC SRB KAZ KGZ UZB AFG MNG IND").split()


def test_joint_statement_states_present(gaz):
    missing = [s for s in STATES if gaz.entities.get(s, None) is None or gaz.entities[s].kind != "country"]
    assert missing == []


@pytest.mark.parametrize("text, entity_id, form", [
    ("بكين", "CHN", "metonym"), ("واشنطن", "USA", "metonym"), ("أنقرة", "TUR", "metonym"),
    ("موسكو", "RUS", "metonym"), ("أوتاوا", "CAN", "metonym"), ("إسلام آباد", "PAK", "metonym"),
    ("الصينيين", "CHN", "nisba"), ("الأميركية", "USA", "nisba"), ("الكندية", "CAN", "nisba"),
    ("الكوريين الشماليين", "PRK", "nisba"), ("الأتراك", "TUR", "nisba"),
    ("OHCHR", "ohchr", "acronym"), ("NATO", "nato", "acronym"), ("CERD", "cerd", "acronym"),
    ("الأممالمتحدة", "un", "name"), ("سنجان", "xinjiang", "name"),
])
def test_variant_keys(gaz, text, entity_id, form):
    found = gaz.keys[V.match_key(text)]
    assert {v.entity_id for v in found} == {entity_id}
    assert form in {v.form for v in found}


@pytest.mark.parametrize("entity_id, families", [
    ("xinjiang", {"official_chinese", "east_turkestan", "uyghuristan", "uyghur_region"}),
    ("uyghurs", {"ighur", "uyghur_gh", "uyghur_j", "wighur", "ijur", "en_uyghur", "en_uighur"}),
])
def test_naming_families(gaz, entity_id, families):
    found = {v.family for vs in gaz.keys.values() for v in vs if v.entity_id == entity_id}
    assert families <= found


def test_generated_collisions_are_dropped_not_fatal(gaz):
    # a drifted spelling of Qin Gang glued into one word equals a Xinjiang spelling: Xinjiang keeps it
    assert _owners(gaz, "شينجانغ") == {"xinjiang"}
    assert any("شينجانغ" in c for c in gaz.conflicts)


# ---------------------------------------------------------------- variant rules

@pytest.mark.parametrize("pattern, expected", [
    ("الصين|جمهورية الصين الشعبية", ["الصين", "جمهورية الصين الشعبية"]),
    ("[ال]أويغور", ["أويغور", "الأويغور"]),
    ("(وانغ|وانج) يي", ["وانغ يي", "وانج يي"]),
    ("الأمين العام [ل]الأمم المتحدة", ["الأمين العام الأمم المتحدة", "الأمين العام للأمم المتحدة"]),
    ("حلف [(شمال )]الأطلسي", ["حلف الأطلسي", "حلف شمال الأطلسي"]),
])
def test_expand_pattern(pattern, expected):
    assert V.expand_pattern(pattern) == expected


@pytest.mark.parametrize("pattern", ["(الصين", "الصين]", "[(a|b]", "a|(b))"])
def test_expand_pattern_rejects_unbalanced(pattern):
    with pytest.raises(V.PatternError):
        V.expand_pattern(pattern)


def test_arabic_nisba_inflection():
    forms = set(V.arabic_nisba_forms("صيني"))
    assert {"صيني", "الصينيه", "صينيون", "الصينيين", "صينيا", "الصينيات"} <= forms
    assert "الكوريه الجنوبيه" in V.arabic_nisba_forms("كوري جنوبي")
    assert V.arabic_nisba_forms("الأتراك") == ["الأتراك"]


def test_drift_and_glue():
    drift = V.drift_forms("وانغ يي")
    assert {"وانج يي", "وانق يي"} <= set(drift)
    assert "شي جين بينج" in V.drift_forms("شي جين بينغ")
    assert V.glued_forms("الأمم المتحدة") == ["الأممالمتحدة"]
    assert V.glued_forms("الولايات المتحدة الأمريكية") == [
        "الولاياتالمتحدة الأمريكية", "الولايات المتحدةالأمريكية", "الولاياتالمتحدةالأمريكية"]
    assert V.match_key("U.S.") == "u s" and V.match_key("Beijing's") == "beijing s"
    assert V.ascii_fold("Erdoğan") == "Erdogan"


# ---------------------------------------------------------------- validation errors

def _write(tmp_path, entities_rows, variant_rows):
    e = tmp_path / "entities.tsv"
    v = tmp_path / "variants.tsv"
    e.write_text("# comment\n" + ENTITY_HEADER + "".join(r + "\n" for r in entities_rows), encoding="utf-8")
    v.write_text(VARIANT_HEADER + "".join(r + "\n" for r in variant_rows), encoding="utf-8")
    return e, v


GOOD_ENTITIES = ["CHN\tcountry\tChina\tالصين\t\t", "hua\tperson\tHua Chunying\tهوا تشون ينغ\tCHN\t"]
GOOD_VARIANTS = ["CHN\tar\tname\t\t\tالصين", "hua\tar\tname\t\ttranslit\tهوا تشون ينغ",
                 "hua\tar\tname\t\tcoref\tهوا"]


def test_small_valid_gazetteer_loads(tmp_path):
    e, v = _write(tmp_path, GOOD_ENTITIES, GOOD_VARIANTS)
    gaz = load_gazetteer(e, v, "")
    assert set(gaz.entities) == {"CHN", "hua"}
    assert _owners(gaz, "هوا تشون ينج") == {"hua"}  # drift variant
    from helpers.extract.mentions.rows import find_mentions
    df = find_mentions("قالت هوا تشون ينج إن الصين بخير. وأضافت هوا", gazetteer=gaz)
    assert list(zip(df["surface"], df["entity_id"])) == [
        ("هوا تشون ينج", "hua"), ("الصين", "CHN"), ("هوا", "hua")]


@pytest.mark.parametrize("entity_rows, variant_rows, where, message", [
    (GOOD_ENTITIES + ["CHN\tcountry\tChina\tالصين\t\t"], GOOD_VARIANTS,
     "entities.tsv:5", "duplicate entity_id 'CHN'"),
    (["CHN\tstate\tChina\tالصين\t\t"] + GOOD_ENTITIES[1:], GOOD_VARIANTS,
     "entities.tsv:3", "kind 'state'"),
    (GOOD_ENTITIES[:1] + ["hua\tperson\tHua Chunying\tهوا\tPRC\t"], GOOD_VARIANTS,
     "entities.tsv:4", "affiliation 'PRC' of 'hua' is not an entity"),
    (GOOD_ENTITIES[:1] + ["hua\tperson\tHua Chunying\tهوا\t\t"], GOOD_VARIANTS,
     "entities.tsv:4", "person 'hua' needs an affiliation"),
    (GOOD_ENTITIES, GOOD_VARIANTS + ["CHN\tar\tname\t\t\t"],
     "variants.tsv:5", "empty variant"),
    (GOOD_ENTITIES, GOOD_VARIANTS + ["XXX\tar\tname\t\t\tشيء"],
     "variants.tsv:5", "unknown entity_id 'XXX'"),
    (GOOD_ENTITIES, GOOD_VARIANTS + ["CHN\tar\tnickname\t\t\tالتنين"],
     "variants.tsv:5", "form 'nickname'"),
    (GOOD_ENTITIES, GOOD_VARIANTS + ["CHN\tar\tname\t\tfuzzy\tالتنين"],
     "variants.tsv:5", "unknown flag(s) fuzzy"),
    (GOOD_ENTITIES, GOOD_VARIANTS + ["hua\tar\tname\t\tcoref\tما"],
     "variants.tsv:5", "is a stopword"),
    (GOOD_ENTITIES, GOOD_VARIANTS + ["CHN\tar\tname\t\t\t(بكين"],
     "variants.tsv:5", "missing ')'"),
    (GOOD_ENTITIES, GOOD_VARIANTS + ["hua\tar\tname\t\t\tالصين"],
     "variants.tsv:2", "names several entities"),
])
def test_validation_errors_name_file_line_problem(tmp_path, entity_rows, variant_rows, where, message):
    e, v = _write(tmp_path, entity_rows, variant_rows)
    with pytest.raises(GazetteerError) as info:
        load_gazetteer(e, v, "")
    text = str(info.value)
    assert where in text and message in text, text


def test_entity_without_variant_is_reported(tmp_path):
    e, v = _write(tmp_path, GOOD_ENTITIES + ["USA\tcountry\tUnited States\tالولايات المتحدة\t\t"],
                  GOOD_VARIANTS)
    with pytest.raises(GazetteerError, match="entity 'USA' has no variant"):
        load_gazetteer(e, v, "")


# ---------------------------------------------------------------- ambiguous forms and corroboration

@pytest.mark.parametrize("text, ambiguity", [
    ("إيغور", "given"), ("ايجور", "given"), ("إيقور", "given"), ("أوغور", "given"),
    ("التركستاني", "surname"), ("تركستاني", "surname"), ("ويغور", "word"), ("طرفان", "word"),
])
def test_ambiguous_forms_are_marked(gaz, text, ambiguity):
    assert gaz.ambiguous[V.match_key(text)] == ambiguity


@pytest.mark.parametrize("text", ["الإيغور", "الأويغور", "شينجيانغ", "تركستان الشرقية", "التركستانيين",
                                  "Uyghurs"])
def test_unambiguous_forms_are_not_marked(gaz, text):
    assert V.match_key(text) in gaz.keys and V.match_key(text) not in gaz.ambiguous


def test_corroboration_groups_join_region_people_and_organisations(gaz):
    assert {"xinjiang", "uyghurs", "kashgar", "etim", "wuc"} <= gaz.corroborators["uyghurs"]
    assert "CHN" not in gaz.corroborators["uyghurs"]


@pytest.mark.parametrize("text, entity_id", [
    ("حركة تركستان الشرقية الإسلامية", "etim"), ("حركة شرق تركستان الإسلامية", "etim"),
    ("الحركة الإسلامية لشرق تركستان", "etim"), ("East Turkistan Islamic Movement", "etim"),
    ("الحزب الإسلامي التركستاني", "tip"), ("الحزب التركستاني الإسلامي", "tip"),
    ("حزب تركستان الإسلامي", "tip"), ("Turkestan Islamic Party", "tip"),
    ("منظمة تحرير تركستان الشرقية", "etlo"), ("مجلس الأويغور العالمي", "wuc"),
])
def test_organisation_names_with_the_region_inside(gaz, text, entity_id):
    assert _owners(gaz, text) == {entity_id}


AMBIGUOUS_HEADER = "entity_id\tambiguity\tpattern\tnote\n"
GROUP_HEADER = "group\tentity_id\tnote\n"


@pytest.mark.parametrize("ambiguous_rows, group_rows, message", [
    (["hua\tgiven\tالصين\t"], [], "'الصين' is not a variant of 'hua'"),
    (["CHN\tnickname\tالصين\t"], [], "ambiguity 'nickname'"),
    (["XXX\tword\tالصين\t"], [], "unknown entity_id 'XXX'"),
    ([], ["topic\tXXX\t"], "unknown entity_id 'XXX'"),
])
def test_ambiguity_files_are_validated(tmp_path, ambiguous_rows, group_rows, message):
    e, v = _write(tmp_path, GOOD_ENTITIES, GOOD_VARIANTS)
    a, g = tmp_path / "ambiguous.tsv", tmp_path / "groups.tsv"
    a.write_text(AMBIGUOUS_HEADER + "".join(r + "\n" for r in ambiguous_rows), encoding="utf-8")
    g.write_text(GROUP_HEADER + "".join(r + "\n" for r in group_rows), encoding="utf-8")
    with pytest.raises(GazetteerError, match=message):
        load_gazetteer(e, v, "", ambiguous_path=a, corroboration_path=g)


def test_custom_ambiguity_files_drive_the_finder(tmp_path):
    from helpers.extract.mentions.rows import find_mentions

    e, v = _write(tmp_path, GOOD_ENTITIES, GOOD_VARIANTS + ["CHN\tar\tname\t\t\tالتنين"])
    a, g = tmp_path / "ambiguous.tsv", tmp_path / "groups.tsv"
    a.write_text(AMBIGUOUS_HEADER + "CHN\tword\tالتنين\tdragon\n", encoding="utf-8")
    g.write_text(GROUP_HEADER + "china\tCHN\t\nchina\thua\t\n", encoding="utf-8")
    gaz = load_gazetteer(e, v, "", ambiguous_path=a, corroboration_path=g)
    assert find_mentions("رقصة التنين في العيد", gazetteer=gaz).empty
    df = find_mentions("قالت هوا تشون ينغ إن التنين يستيقظ", gazetteer=gaz)
    assert list(zip(df["entity_id"], df["ambiguous"])) == [("hua", ""), ("CHN", "word")]


def test_name_context_lists_load_and_are_validated(tmp_path):
    from helpers.extract.mentions.context import name_context

    lists = name_context()
    assert {"اللاعب", "الدكتور", "الكابتن"} <= lists["title"]
    assert {"حسن", "ساره", "الله"} <= lists["given"] and "ابو" in lists["particle"]
    bad = tmp_path / "context.tsv"
    bad.write_text("kind\tpattern\tnote\nnickname\tالتنين\t\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="context.tsv:2: kind 'nickname'"):
        name_context(str(bad))
