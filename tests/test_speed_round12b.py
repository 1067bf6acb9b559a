"""Issue 23, twelfth round (b): the gazetteer's variants and the mention automaton's key specs
kept packed in the disk cache, each unpickled when first read (:mod:`helpers.io.packed`).

These tests check that the packed tables read as the originals (values, order, missing keys),
that a gazetteer and an automaton that went through the disk cache's pickling hold and find
the same, and that the mentions of the seeds are the same with the packed copy.  No timing
is asserted.
"""

import pickle
from pathlib import Path

import pytest

from helpers.extract.mentions.automaton import KeyAutomaton, build_automaton
from helpers.extract.mentions.rows import mention_rows
from helpers.gazetteer.entries import Variant
from helpers.gazetteer.index import load_gazetteer
from helpers.io.disk_cache import _dumps, cached
from helpers.io.packed import PackedMapping, PackedSequence

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def built():
    """The packaged gazetteer built from its files (no disk cache) and its pickled copy."""
    gazetteer = load_gazetteer()
    return gazetteer, pickle.loads(_dumps(gazetteer))


def test_packed_sequence_reads_as_the_list():
    items = [("a", 1, frozenset({"x"})), None, (), "ب", 3.5, ("a", 1, frozenset({"x"}))]
    packed = PackedSequence(items)
    again = pickle.loads(pickle.dumps(packed))
    for sequence in (packed, again):
        assert len(sequence) == len(items)
        assert list(sequence) == items
        assert [sequence[i] for i in range(-len(items), len(items))] == items + items
        assert sequence[1:4] == items[1:4]
        assert sequence[0] is sequence[0]  # decoded once, then kept
        with pytest.raises(IndexError):
            sequence[len(items)]
    assert list(PackedSequence()) == []


@pytest.mark.parametrize("mapping", [{}, {"": 1}, {"b": (1,), "a": (2,), "ج د": (3,)}, {"a\nb": 1, "c": 2},
                                     {1: "x", "1": "y"}])
def test_packed_mapping_reads_as_the_dict(mapping):
    packed = PackedMapping(mapping)
    for copy in (packed, pickle.loads(pickle.dumps(packed)), pickle.loads(pickle.dumps(
            pickle.loads(pickle.dumps(packed))))):
        assert list(copy) == list(mapping)
        assert list(copy.items()) == list(mapping.items())
        assert copy == mapping and mapping == copy
        assert len(copy) == len(mapping)
        for key, value in mapping.items():
            assert key in copy and copy[key] == value and copy.get(key) == value
        assert "missing" not in copy and copy.get("missing") is None and copy.get("missing", 7) == 7
        with pytest.raises(KeyError):
            copy["missing"]


def test_variant_pickles_as_itself():
    variant = Variant("CHN", "ar", "name", "", frozenset({"case"}), "t", "k", "s:1", True)
    again = pickle.loads(pickle.dumps(variant))
    assert again == variant and type(again) is Variant and again.flags == frozenset({"case"})


def test_gazetteer_through_the_disk_cache_holds_the_same(built):
    gazetteer, copy = built
    assert isinstance(copy.keys, PackedMapping) and isinstance(gazetteer.keys, dict)
    assert list(copy.keys) == list(gazetteer.keys)
    assert all(copy.keys[key] == variants for key, variants in gazetteer.keys.items())
    for name in ("entities", "blocks", "conflicts", "ambiguous", "corroborators"):
        assert getattr(copy, name) == getattr(gazetteer, name)
    again = pickle.loads(_dumps(copy))  # a packed gazetteer pickles as it was loaded
    assert list(again.keys.items()) == list(gazetteer.keys.items())


def test_cached_gazetteer_is_packed(tmp_path, monkeypatch, built):
    gazetteer, _ = built
    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("HELPERS_CACHE", raising=False)
    first = cached("gazetteer-test", [], lambda: gazetteer)
    second = cached("gazetteer-test", [], lambda: pytest.fail("built again"))
    assert first is gazetteer and isinstance(second.keys, PackedMapping)
    assert dict(second.keys) == gazetteer.keys


def test_automaton_through_the_disk_cache_finds_the_same(built):
    gazetteer, copy = built
    automaton = build_automaton(gazetteer)
    again = pickle.loads(_dumps(automaton))
    assert isinstance(again, KeyAutomaton) and isinstance(again.specs, PackedSequence)
    assert list(again.specs) == list(automaton.specs)
    automaton.bind(gazetteer)
    again.bind(copy)
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8") + " "
        assert list(again.iter(text)) == list(automaton.iter(text))


def test_seed_mentions_same_with_the_packed_gazetteer(built):
    gazetteer, copy = built
    paths = sorted(SEEDS.glob("*.txt"))
    assert paths
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        assert mention_rows(raw, doc_id=path.stem, gazetteer=copy) == \
            mention_rows(raw, doc_id=path.stem, gazetteer=gazetteer)


def test_stance_scan_through_the_disk_cache_finds_the_same():
    from helpers.extract.stance import lexicon
    from helpers.extract.stance.cue_scan import CueScan, lead_width
    from helpers.text.normalise import normalise_text

    built = CueScan(dict(lexicon._matcher()[0].items()), lexicon._needs(), lead_width(lexicon._AR_PREFIX))
    again = pickle.loads(_dumps(built))
    texts = [normalise_text(line) for path in sorted(SEEDS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert texts
    assert [again.candidates(t) for t in texts] == [built.candidates(t) for t in texts]
    assert [lexicon._scan().candidates(t) for t in texts] == [built.candidates(t) for t in texts]
