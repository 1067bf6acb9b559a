"""The learned stance scorer: its features, its weight file, and the training of bench/stance_model.py.

The model is measured (bench/STANCE_MODEL.md, leave-one-file-out) and not wired into the pipeline;
these tests keep its two halves consistent: what the trainer writes, the run-time scorer
(``bench/stance_model_features.py``) reads and scores the same way, deterministically.  The
sentences are our own; both sides of the debate and sentences with no stance.
"""

from __future__ import annotations

import math

import pytest

from probe_support import bench_scorer

_FEATURES = bench_scorer("stance_model_features")
BIAS, CLASSES, StanceModel = _FEATURES.BIAS, _FEATURES.CLASSES, _FEATURES.StanceModel
candidate_features, read_weights = _FEATURES.candidate_features, _FEATURES.read_weights


@pytest.fixture(scope="module")
def bench():
    return bench_scorer("stance_model")


@pytest.mark.parametrize("text, kwargs, present, absent", [
    ("Amnesty International condemned the mass detention of Uyghurs in Xinjiang.",
     {"unit": "row", "rule": "critical"}, ["row|r:cue=critical", "row|r:rule=critical&owner=0", "row|w:uyghurs"],
     ["row|r:cue=defends", "row|r:q=1"]),
    ("تدين المنظمة الاحتجاز الجماعي للإيغور في شينجيانغ.", {"unit": "row", "rule": "critical"},
     ["row|r:cue=critical", "row|r:rule=critical"], ["row|r:owner=1"]),
    ("China says its vocational training centres in Xinjiang have brought stability.",
     {"unit": "quote", "owner": True, "mode": "reported"},
     ["quote|r:owner=1", "quote|r:mode=reported", "quote|r:rule=-", "quote|r:unit=quote"], ["quote|r:cue=critical"]),
    ("Was the policy in Xinjiang a success?", {"unit": "quote"}, ["quote|r:q=1"], ["quote|r:q=0"]),
    ("The weather in Tunis was mild on Sunday.", {"unit": "quote"}, ["quote|w:tunis", "quote|c: su"],
     ["quote|r:cue=critical", "quote|r:cue=defends", "quote|r:cue=declined"]),
])
def test_candidate_features(text, kwargs, present, absent):
    features = candidate_features(text, **kwargs)
    assert features == sorted(set(features))
    assert f"{kwargs['unit']}|{BIAS}" in features
    assert [p for p in present if p not in features] == []
    assert [a for a in absent if a in features] == []


def test_features_of_normalised_spellings_agree():
    plain = candidate_features("رفضت الصين الاتهامات", unit="row", rule="defends")
    marked = candidate_features("رفضت الصينُ الاتّهامات", unit="row", rule="defends")
    assert plain == marked


def test_weight_file_is_read_and_scored(tmp_path):
    path = tmp_path / "w.tsv"
    path.write_text("# made by hand\nfeature\tclass\tweight\nrow|(bias)\tnone\t1.0\nrow|w:a\tcritical\t2.0\n"
                    "row|w:a\tdefends\t-2.0\n", encoding="utf-8")
    model = read_weights(path)
    assert model.header == ("made by hand",)
    p = model.probabilities(["row|(bias)", "row|w:a", "row|w:unknown"])
    scores = [2 / math.sqrt(2), -2 / math.sqrt(2), 0.0, 1 / math.sqrt(2)]
    total = sum(math.exp(s) for s in scores)
    assert p == pytest.approx({k: math.exp(s) / total for k, s in zip(CLASSES, scores)})
    assert StanceModel({}).probabilities(["x"]) == pytest.approx({k: 0.25 for k in CLASSES})
    path.write_text("feature\tclass\tweight\nrow|w:a\tneutral\t1.0\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown class 'neutral'"):
        read_weights(path)


#: own sentences, (text, gold) for candidates of both units; both sides and no stance.
TOY = [
    ("Rights groups condemned the detention camps in Xinjiang.", "row", "critical", "critical"),
    ("The ministry said the training centres in Xinjiang fought terrorism.", "row", "defends", "defends"),
    ("Activists denounced forced labour in Xinjiang.", "row", "critical", "critical"),
    ("Beijing said its policy in Xinjiang brought stability.", "row", "defends", "defends"),
    ("The match in Xinjiang ended in a draw, the coach said.", "quote", "", "none"),
    ("He said the new airport in Urumqi opened on time.", "quote", "", "none"),
]


def _toy():
    return [{"features": candidate_features(text, unit=unit, rule=rule), "gold": gold, "unit": unit}
            for text, unit, rule, gold in TOY]


def test_training_is_deterministic_and_the_weight_file_scores_as_training(bench, tmp_path):
    cands = _toy()
    first, second = bench.train(cands), bench.train(list(cands))
    assert sorted(first) == sorted(second)
    assert all((first[f] == second[f]).all() for f in first)
    path = tmp_path / "weights.tsv"
    bench.write_weights(first, path)
    model = read_weights(path)
    assert model.header[1].startswith("made by: python bench/stance_model.py --write")
    for c in cands:
        trained = bench.probabilities(first, c["features"])
        assert model.probabilities(c["features"]) == pytest.approx(trained, abs=1e-3)
        assert max(trained, key=trained.get) == c["gold"]


def test_rules_alone_keep_every_row_and_add_none(bench):
    cands = [{**c, "row": {"stance": c["gold"], "actor": "X"}} for c in _toy()]
    kept = bench.apply(cands, None, bench.COMBINATIONS["rules"])
    assert [r["stance"] for r in kept] == ["critical", "defends", "critical", "defends"]


def test_candidates_label_rows_and_voices_of_probe_items(bench):
    items = [
        {"id": "m1", "kind": "other", "lang": "en", "note": "", "voices": "",
         "text": "Human Rights Watch condemned the mass detention of Uyghurs in Xinjiang.",
         "expected": {("Human Rights Watch", "critical")}},
        {"id": "m2", "kind": "other", "lang": "en", "note": "", "voices": "",
         "text": "The weather in Xinjiang was mild on Sunday, a forecaster said.", "expected": set()},
    ]
    tables = bench.run_items(items)
    expected = {i["id"]: {(bench.voice_key(a), label) for a, label in i["expected"]} for i in items}
    cands = bench.candidates(tables, expected)
    rows = {(c["doc_id"], c["unit"], c["row"]["actor"], c["gold"]) for c in cands if c["unit"] == "row"}
    assert rows == {("m1", "row", "Human Rights Watch", "critical")}
    for c in cands:
        assert tables["raw"][c["doc_id"]][c["row"]["start"]:c["row"]["end"]] == c["row"]["evidence"]
