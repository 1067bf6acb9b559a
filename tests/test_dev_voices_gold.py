"""The dev set's voices gold (tests/gold/dev_voices.tsv): its shape, and each evidence in its document."""

import csv
import json

from conftest import GOLD

VOICES = GOLD / "dev_voices.tsv"


def read_voices():
    """Read the voices gold.

    Returns:
        list of (doc_id, actor, evidence) tuples, comment lines skipped, header checked.
    """
    lines = [line for line in VOICES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert lines[0].split("\t") == ["doc_id", "actor", "evidence"]
    return [tuple(line.split("\t")) for line in lines[1:]]


def test_shape():
    rows = read_voices()
    assert rows
    assert all(len(row) == 3 and all(cell.strip() == cell != "" for cell in row) for row in rows)
    assert len({row[:2] for row in rows}) == len(rows), "one row per (doc_id, actor)"


def test_each_evidence_occurs_in_its_topical_or_passing_document(dev_path):
    gold = json.loads((dev_path / "gold.json").read_text(encoding="utf-8"))
    with open(dev_path / "catalog.csv", encoding="utf-8", newline="") as handle:
        files = {row["doc_id"]: row["file"] for row in csv.DictReader(handle)}
    for doc_id, actor, evidence in read_voices():
        assert gold[doc_id]["relevance"] in {"topical", "passing"}, doc_id
        raw = (dev_path / files[doc_id]).read_text(encoding="utf-8")
        assert raw.find(evidence) >= 0, (doc_id, actor, evidence)
