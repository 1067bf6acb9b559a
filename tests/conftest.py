"""Shared fixtures: the seed corpus, loaded once per test session."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def seeds():
    from helpers.corpus import load_corpus

    corpus = load_corpus(SEEDS)
    assert not corpus.errors, corpus.errors
    return corpus


@pytest.fixture(scope="session")
def seed_texts(seeds):
    return {doc.doc_id: doc.raw for doc in seeds}
