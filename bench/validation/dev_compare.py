"""Estimated precision (a judged sample) against gold-measured precision, on the dev-xinjiang set.

The stance rows of ``helpers analyze`` on ``../shared/data/dev-xinjiang`` were judged by reading the
documents (``dev_xinjiang_stances.judgements.jsonl``, every unit: 45), before looking at the gold
file.  This script prints the precision they give per row in its sentence (helpers validate score)
and per (document, actor, label) — a triple counts as right when one of its judged rows is — beside
the precision ``helpers.evaluate_folder`` measures against ``gold.json`` on the same triples.

    .venv/bin/python bench/validation/dev_compare.py [DEV_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "data" / "dev-xinjiang"
JUDGEMENTS = HERE / "dev_xinjiang_stances.judgements.jsonl"


def main() -> int:
    """Analyse the dev set, score the judgements, compare with the gold.

    Returns:
        The exit code.
    """
    import helpers.cli
    from helpers import evaluate_folder
    from helpers.validate import format_scores, read_judgements, score_judgements, wilson

    with tempfile.TemporaryDirectory() as tmp:
        if helpers.cli.main(["analyze", str(DEV), "--out", f"{tmp}/out", "--jobs", "1", "--no-progress"]) != 0:
            return 1
        scores, problems = score_judgements(f"{tmp}/out", JUDGEMENTS)
    for problem in problems:
        print(f"{problem.level}: {problem}")
    print(format_scores(scores))
    judged, _ = read_judgements(JUDGEMENTS)
    judged = judged.assign(actor=judged["key"].str.split("|").str[-1], right=judged["action"] == "keep")
    triples = judged.groupby(["doc_id", "actor", "label"])["right"].any().reset_index()
    triples = triples[triples["label"].isin(("critical", "defends", "declined"))]  # the gold's labels
    k, n = int(triples["right"].sum()), len(triples)
    _, lo, hi = wilson(k, n)
    board = evaluate_folder(DEV).scoreboard
    gold = board[(board["measure"] == "stances") & (board["criterion"] == "(doc, actor, label) all")].iloc[0]
    print(f"\nper (document, actor, label), judged sample: {k}/{n} = {k / n:.2f} (95 % CI {lo:.2f}–{hi:.2f})")
    print(f"per (document, actor, label), gold.json:     {int(gold['tp'])}/{int(gold['tp'] + gold['fp'])} = "
          f"{gold['precision']:.2f}")
    wrong = triples[~triples["right"]]
    print("triples the reader judged wrong and the gold counts right:" if len(wrong) else "",
          ", ".join(f"{d} {a} {label}" for d, a, label in zip(wrong["doc_id"], wrong["actor"], wrong["label"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
