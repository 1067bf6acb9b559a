"""Score stance (document, actor, label) triples on a gold folder (dev-xinjiang shape).

Usage: python bench/stance_dev.py [FOLDER] [--errors]
Prints per-label P/R/F1, macro-F1, and with --errors each false hit / miss with its evidence.
"""
import json
import sys
from pathlib import Path

from helpers.engine.pipeline import corpus_stances
from helpers.io.corpus_loader import load_corpus

LABELS = ("critical", "defends", "declined")


def _aliases():
    """Actor aliases of the scorer (helpers.evaluate.actors) when present, else none."""
    try:
        from helpers.evaluate.actors import actor_key
    except ImportError:
        return lambda name: name
    return actor_key


def triples(folder):
    key = _aliases()
    corpus = load_corpus(folder)
    table = corpus_stances(list(corpus))["stances"]
    table = table[table["stance"].isin(LABELS)]
    gold = json.loads((Path(folder) / "gold.json").read_text(encoding="utf-8"))
    g = {(d, key(s["actor"]), s["stance"]): s["evidence"] for d, v in gold.items() for s in v["stances"]}
    p = {}
    for r in table.itertuples():
        p.setdefault((r.doc_id, key(r.actor), r.stance), f"[{r.cue}|{r.label_source}] {r.evidence}")
    return g, p, table


def report(g, p):
    out = {}
    for label in LABELS:
        gl = {k for k in g if k[2] == label}
        pl = {k for k in p if k[2] == label}
        tp = len(gl & pl)
        pr = tp / len(pl) if pl else 0.0
        rc = tp / len(gl) if gl else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        out[label] = (tp, len(pl) - tp, len(gl) - tp, pr, rc, f)
        print(f"{label:9} tp={tp:3} fp={len(pl)-tp:3} fn={len(gl)-tp:3} P={pr:.2f} R={rc:.2f} F1={f:.2f}")
    tp = len(set(g) & set(p))
    P, R = tp / max(len(p), 1), tp / max(len(g), 1)
    print(f"micro P={P:.2f} R={R:.2f}  macro-F1={sum(v[5] for v in out.values())/3:.2f}")
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = args[0] if args else str(Path(__file__).resolve().parents[2] / "shared/data/dev-xinjiang")
    g, p, _ = triples(folder)
    report(g, p)
    if "--errors" in sys.argv:
        for k in sorted(set(p) - set(g)):
            print("FP", k, p[k][:230].replace("\n", " "))
        for k in sorted(set(g) - set(p)):
            print("FN", k, g[k][:200].replace("\n", " "))
