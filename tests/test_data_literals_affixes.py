"""Issue 24: the Arabic affixes and small word sets of the rules live in data files, not in code.

``data/text/affixes.tsv`` (read by :mod:`helpers.text.affixes`), ``data/io/era_marks.tsv``,
``data/engine/warm_sample.tsv`` and ``data/report/search_example.tsv``: the regexes built from
them are the ones the code held before, and no module of these stages keeps an Arabic word in a
string literal outside its docstrings.
"""

from __future__ import annotations

import ast
import re
from importlib import resources
from pathlib import Path

import pytest

from helpers.text.affixes import affix, affix_alternation, affixes
from helpers.text.lexicon_tools import read_tsv

SRC = Path(str(resources.files("helpers")))
#: The modules whose Arabic literals moved to data in this change (temporal and quotes are elsewhere).
MODULES = [
    "analysis/compare.py", "analysis/keyness.py", "analysis/kwic.py", "cli/report_page.py", "engine/warm.py",
    "extract/claims/anchors.py", "extract/claims/cues.py", "extract/claims/links.py",
    "extract/claims/population.py", "extract/claims/sources.py", "extract/claims/topic.py",
    "extract/claims/units.py", "extract/mentions/automaton.py", "extract/mentions/context.py",
    "extract/stance/actors.py", "extract/stance/attribution.py", "extract/stance/grammar.py",
    "extract/stance/groups.py", "extract/stance/lexicon.py", "extract/stance/links.py",
    "extract/stance/objects.py", "extract/stance/sentence.py", "gazetteer/templates.py",
    "gazetteer/variants.py", "io/pubdate.py", "text/clean.py", "text/number_tokens.py",
    "text/visual_order.py", "text/affixes.py",
]
_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
_WORD = re.compile(f"[{_LETTER}][\u064b-\u065f\u0670\u0640]*[{_LETTER}]")
_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")


def _arabic_literals(path: Path) -> list[int]:
    """Lines of the string literals (docstrings excepted) that hold an Arabic word outside a ``[...]`` class."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
            and _WORD.search(_CLASS.sub("", node.value))]


@pytest.mark.parametrize("module", MODULES)
def test_no_arabic_word_in_the_code(module):
    assert _arabic_literals(SRC / module) == []


def test_every_role_is_read_by_some_module():
    code = "\n".join(path.read_text(encoding="utf-8") for path in SRC.rglob("*.py"))
    roles = {row["role"] for row in read_tsv("text/affixes.tsv", columns=("role", "form"))}
    unused = sorted(r for r in roles if f'"{r}"' not in code and f"'{r}'" not in code)
    assert unused == []


def test_the_roles_keep_their_order_and_one_form_roles_are_checked():
    assert affix("article") == "ال" and affix("article_lam") == "لل"
    assert affixes("conjunction") == ("و", "ف")
    assert affix_alternation("complement_suffix") == "ها|هم|ه|هن"
    with pytest.raises(ValueError, match="affixes.tsv: role conjunction has 2 forms"):
        affix("conjunction")
    with pytest.raises(KeyError):
        affixes("no such role")


@pytest.mark.parametrize(("module", "name", "pattern"), [
    ("helpers.extract.mentions.context", "_ARTICLE", "^(?:[وفبك]?ال|[وف]?لل)"),
    ("helpers.extract.mentions.context", "_PLURAL_VERB", r"^[يت]\w{2,}(?:ون|وا)$"),
    ("helpers.analysis.compare", "_ARTICLE_CHAIN", r"^[وف]?(?:[بك]?ال|لل)(?=\w{2})"),
    ("helpers.extract.claims.anchors", "TAIL", r"[^\S\n]*(?:to|at|إلى|الى)[^\S\n]*"),
    ("helpers.extract.claims.links", "_FORWARD", r"[^\S\n]*(?:out of|of the|of|من اصل|من بين|من)(?!\w)"),
    ("helpers.extract.claims.units", "_SCALE_AFTER",
     r"[^\S\n]*(?:million|billion|thousand|mn|bn|m\b|ملايين|مليون|مليار|ألف|آلاف|الف|الاف)"),
    ("helpers.extract.stance.groups", "_OF", r"\s+(?:in|from|of|at|في|من|ب)\s+|\s+(?=[بل]\w)"),
    ("helpers.gazetteer.variants", "_ARTICLE_AFTER_LAM", r"(?<![\w])(ل|ول|فل)ال"),
    ("helpers.io.pubdate", "_HIJRI_MARK", r"\s*(?:ه|هجري|هجريه|للهجره|الهجري|الهجريه|ah|a\.h\.?)\.?$"),
    ("helpers.io.pubdate", "_GREGORIAN_MARK", r"\s*(?:م|ميلادي|ميلاديه|للميلاد|الميلادي|ad|ce)\.?$"),
    ("helpers.text.visual_order", "_ARTICLE_REVERSED",
     "لا(?![\u0621-\u063a\u0641-\u064a\u0671-\u06d3])(?<=[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]{5})"),
])
def test_a_regex_built_from_data_is_the_one_the_code_held(module, name, pattern):
    import importlib

    assert getattr(importlib.import_module(module), name).pattern == pattern


def test_the_stance_cue_affixes():
    from helpers.extract.stance.lexicon import _AR_PREFIX, _AR_SUFFIX, _TA_MARBUTA

    assert _AR_PREFIX == "(?:[وف]?(?:لل|[بكل]?(?:ال)?|س))"
    assert _AR_SUFFIX == "(?:ات|ان|ين|ون|وا|تم|تا|ت|ن|ا|يه|يين|يات|ي)?(?:ه|ها|هم|هما|هن|ك|كم|نا|ني|ي)?"
    assert _TA_MARBUTA == "(?:ه|ت|ات)"


@pytest.mark.parametrize(("word", "future", "present"), [
    ("ستفرض", True, False), ("سيواصل", True, False), ("سيدرس", False, False), ("سياسة", False, False),
    ("سنوات", False, False),
    ("يدرس", False, True), ("تمكنت", False, False), ("تفرض", False, True),
])
def test_future_and_present_verbs(word, future, present):
    from helpers.extract.stance.polarity import _future, _present

    assert _future(word) is future and _present(word) is present


@pytest.mark.parametrize(("text", "cleaned"), [
    ("رويترز / الصورة", True), ("(صورة أرشيفية)", True), ("الصورة: أ ف ب", True), ("صورة جميلة", False),
])
def test_photo_credits(text, cleaned):
    from helpers.text.clean import _CREDIT

    assert bool(_CREDIT.search(text)) is cleaned


def test_the_readings_of_a_word_with_proclitics():
    from helpers.extract.mentions.context import _readings

    assert _readings("والدكتور") == {"والدكتور", "الدكتور"}
    assert "المدرب" in _readings("للمدرب") and "المدرب" in _readings("وللمدرب")


def test_the_warm_sample_and_the_report_example():
    from helpers.engine import warm  # noqa: F401  (warming runs on import; the sample must reach every stage)

    assert warm._SAMPLE.count("\n") == 2 and warm._SAMPLE.startswith("القاهرة 3 مارس 2019 (أ ف ب)")
    assert warm._DATE == "3 مارس 2019"
    example = read_tsv("report/search_example.tsv", columns=("typed", "found"))
    assert [(r["typed"], r["found"]) for r in example] == [("الاويغور", "الأويغور")]
