"""Shared fixtures: the seed corpus, loaded once per test session."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
#: Real development data beside the repository (``../shared/data``); absent on some machines.
SHARED_DATA = ROOT.parent / "shared" / "data"
ANT = SHARED_DATA / "ant-jawharafm.jsonl"
DEV = SHARED_DATA / "dev-xinjiang"


@pytest.fixture(scope="session")
def ant_path():
    """The ANT Jawhara FM archive (10,156 real articles); skips where ``../shared`` is absent."""
    if not ANT.is_file():
        pytest.skip("../shared/data/ant-jawharafm.jsonl is absent")
    return ANT


@pytest.fixture(scope="session")
def dev_path():
    """The dev-xinjiang folder (11 real documents + gold.json); skips where absent."""
    if not (DEV / "gold.json").is_file():
        pytest.skip("../shared/data/dev-xinjiang is absent")
    return DEV


@pytest.fixture(scope="session")
def seeds():
    from helpers.io.corpus_loader import load_corpus

    corpus = load_corpus(SEEDS)
    assert not corpus.errors, corpus.errors
    return corpus


@pytest.fixture(scope="session")
def seed_texts(seeds):
    return {doc.doc_id: doc.raw for doc in seeds}
