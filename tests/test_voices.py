"""Voices as (document, actor) facts: the pipeline's voices, their score against hand-computed values,
and how evaluate_folder finds a voices gold (issue 20, what to build 5)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from helpers.evaluate.folder import evaluate_folder
from helpers.evaluate.voices import predicted_voices, read_voice_gold, score_voices, voice_key

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev-xinjiang"
DEV_VOICES = Path(__file__).resolve().parent / "gold" / "dev_voices.tsv"

DOC_A = "قالت منظمة العفو الدولية إن الأويغور محتجزون في شينجيانغ.\nونفت الصين ذلك.\n"
DOC_B = "Nike said it does not buy cotton from Xinjiang.\n"


def _quotes(rows):
    columns = ["doc_id", "start", "end", "speaker", "actor", "verb", "content"]
    return pd.DataFrame([dict(zip(columns, r)) for r in rows], columns=columns)


def _stances(rows):
    columns = ["doc_id", "actor", "speaker", "stance", "evidence", "start", "end", "label_source", "category"]
    return pd.DataFrame([dict(zip(columns, r)) for r in rows], columns=columns)


TABLES = {
    "quotes": _quotes([("a", 0, 50, "منظمة العفو الدولية", "Amnesty International", "قالت", "…"),
                       ("a", 60, 70, "مصدر", "", "قال", "…"),                     # no actor: no voice
                       ("b", 0, 40, "Nike", "Nike", "said", "…")]),
    "stances": _stances([("a", "China", "", "defends", "ونفت الصين ذلك.", 61, 77, "subject", "denial"),
                         ("a", "(author)", "", "critical", "…", 0, 5, "author", "abuse"),      # the author
                         ("b", "Canada", "", "critical", "…", 0, 5, "subject", "sanctions"),   # an act
                         ("b", "Turkey", "", "neutral", "…", 0, 5, "subject", "condemnation"),  # "did not condemn"
                         ("b", "Amnesty International", "", "critical", "…", 0, 5, "quote", "abuse")]),
}


def test_predicted_voices():
    found = predicted_voices(TABLES)
    assert sorted(zip(found["doc_id"], found["actor"])) == [
        ("a", "Amnesty International"), ("a", "China"), ("b", "Amnesty International"), ("b", "Nike")]
    assert dict(zip(found["actor"], found["source"]))["China"] == "stance"


def test_score_against_hand_computed_values():
    gold = pd.DataFrame({"doc_id": ["a", "a", "b", "b"],
                         "actor": ["Beijing", "Amnesty", "نايكي", "Human Rights Watch"],
                         "evidence": ["ونفت الصين", "قالت منظمة العفو", "Nike said", "…"]})
    result, errors = score_voices(predicted_voices(TABLES), gold)
    # hits: (a, China) via the alias Beijing, (a, Amnesty International) via Amnesty, (b, Nike) via نايكي;
    # false hit: (b, Amnesty International); miss: (b, Human Rights Watch)
    assert (result["tp"], result["fp"], result["fn"]) == (3, 1, 1)
    assert result["precision"] == result["recall"] == result["f1"] == 0.75
    assert [(e["error"], e["doc_id"], e["actor"]) for e in errors] == [
        ("false hit", "b", "Amnesty International"), ("miss", "b", "Human Rights Watch")]
    limited, _ = score_voices(predicted_voices(TABLES), gold[gold["doc_id"] == "a"], documents={"a"})
    assert (limited["tp"], limited["fp"], limited["fn"]) == (2, 0, 0)


def test_voice_key_folds_spelling_and_aliases():
    assert voice_key("أديداس") == voice_key("اديداس") == voice_key("Adidas")
    assert voice_key("Beijing") == voice_key("China")
    assert voice_key("") == "(author)"


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(DOC_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(DOC_B, encoding="utf-8")
    gold = {"a": {"relevance": "topical"}, "b": {"relevance": "topical"}}
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def _voices_file(path: Path, rows) -> Path:
    lines = ["# a voices gold", "doc_id\tactor\tevidence"] + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_folder_without_voices_gold_has_no_voices_row(folder):
    scores = evaluate_folder(folder, scope="all")
    assert math.isnan(scores.get("voices", "(doc, actor)"))


def test_folder_scores_voices_from_the_given_file(folder, tmp_path_factory):
    given = _voices_file(tmp_path_factory.mktemp("gold") / "voices.tsv",
                         [("a", "Amnesty International", "قالت منظمة العفو الدولية"), ("a", "China", "ونفت الصين"),
                          ("b", "Nike", "Nike said")])
    scores = evaluate_folder(folder, scope="all", voices=given)
    assert scores.get("voices", "(doc, actor)", "recall") == 1.0
    assert scores.get("voices", "(doc, actor)", "precision") == 1.0
    assert scores.errors[scores.errors["measure"] == "voices"].empty


def test_folder_finds_inline_voices_and_the_argument_wins(folder, tmp_path_factory):
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    gold["a"]["voices"] = [{"actor": "China", "evidence": "ونفت الصين"}]
    gold["b"]["voices"] = [{"actor": "Human Rights Watch", "evidence": "…"}]
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    scores = evaluate_folder(folder, scope="all")
    assert scores.get("voices", "(doc, actor)", "tp") == 1
    assert scores.get("voices", "(doc, actor)", "fn") == 1
    assert scores.get("voices", "(doc, actor)", "fp") == 2  # Amnesty International in a, Nike in b
    missed = scores.errors[(scores.errors["measure"] == "voices") & (scores.errors["error"] == "miss")]
    assert missed["surface"].tolist() == ["Human Rights Watch"]
    given = _voices_file(tmp_path_factory.mktemp("gold") / "v.tsv", [("b", "Nike", "Nike said")])
    assert evaluate_folder(folder, scope="all", voices=given).get("voices", "(doc, actor)", "fn") == 0


def test_voices_of_an_unknown_document_are_one_clear_error(folder, tmp_path_factory):
    given = _voices_file(tmp_path_factory.mktemp("gold") / "v.tsv", [("zzz", "China", "…")])
    with pytest.raises(ValueError, match="zzz"):
        evaluate_folder(folder, scope="all", voices=given)


def test_dev_voices_gold_shape():
    gold = read_voice_gold(DEV_VOICES)
    assert list(gold.columns) == ["doc_id", "actor", "evidence"]
    assert len(gold) >= 30


@pytest.mark.skipif(not DEV.exists(), reason="the dev set (../shared/data/dev-xinjiang) is not here")
def test_dev_voices_floor():
    scores = evaluate_folder(DEV, voices=DEV_VOICES)
    assert scores.get("voices", "(doc, actor)") >= 0.90
    assert scores.get("stances", "macro over labels") >= 0.98
