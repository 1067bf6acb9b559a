"""Train the learned stance scorer and measure its transfer to other writers' files.

Usage: python bench/stance_model.py [--loo [--split items]] [--dev FOLDER] [--write] [--cache PATH]

Data: every development stance probe file (tests/probes/stance*.tsv; never the held-back folder) is
run through the pipeline (helpers.evaluate.probes: one-document corpora, scope all); each stance row
the rules give and each voiced actor without a stance row is a candidate (stance_model_features.py),
labelled with the item's expected label for that actor, or ``none``.  The file is the group (= writer
and round).

--loo    leave-one-FILE-out: train on every file but one, score the left-out file with the probe
         scorer (helpers.evaluate.probes.score_probes: stance P/R/F1, exact items, voices), rules alone
         vs rules + model for each way of combining them (see COMBINATIONS); then train on all files and
         score the dev folder (never trained on) per label.  With --split items the left-out groups are
         ninths of the items drawn across files (the random-split contrast).
--write  train on all files and write bench/stance_model_weights.tsv (not committed).

Training is a multinomial logistic regression (L2, full-batch gradient descent with a fixed number of
steps, features in sorted order, zero start): deterministic, numpy only.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import zlib
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.engine.pipeline import analyze_rows, corpus_stances, tables_of
from helpers.evaluate.probes import PROBE_LABELS, probe_document, read_probes, score_probes
from helpers.evaluate.voices import voice_key
from helpers.io.corpus_loader import load_corpus
from helpers.text.segment import sentences as split
from stance_model_features import BIAS, CLASSES, NONE, WEIGHTS, candidate_features

ROOT = Path(__file__).resolve().parents[1]
PROBES = sorted(p for p in (ROOT / "tests/probes").glob("stance*.tsv"))
DEV = ROOT.parent / "shared/data/dev-xinjiang"
OWNERS = frozenset({"China"})
L2, STEPS, RATE, MIN_COUNT = 1e-4, 300, 10.0, 2
#: name → (veto a rule row when p(none) > this, add a voiced actor's row when its best label's p > this,
#: relabel a rule row when another label's p > this); None: never
COMBINATIONS = {"rules": (None, None, None), "veto.5": (0.5, None, None), "veto.7": (0.7, None, None),
                "add.4": (None, 0.4, None), "add.5": (None, 0.5, None), "add.6": (None, 0.6, None),
                "flip.7": (None, None, 0.7), "veto.5+add.5": (0.5, 0.5, None), "all.5": (0.5, 0.5, 0.5)}


def run_items(items: list[dict]) -> dict:
    """Pipeline tables (quotes, stances) of probe items, and their raw texts."""
    rows: dict[str, list[dict]] = {"quotes": [], "stances": []}
    for item in items:
        found = analyze_rows(probe_document(item), tables=("quotes", "stances"), scope="all")
        for name in rows:
            rows[name].extend(found[name])
    return {**tables_of(rows), "raw": {i["id"]: i["text"] for i in items}}


def candidates(tables: dict, expected: dict[str, set]) -> list[dict]:
    """Rule rows and unstanced voices of every document, with features and gold label.

    Args:
        tables: ``quotes``, ``stances`` (DataFrames) and ``raw`` (doc_id → text).
        expected: doc_id → set of (actor key, label) (empty set: none expected).

    Returns:
        One dict per candidate: doc_id, unit, actor, key, rule, gold, features, row (the stance row or
        a new row for a voice), in document order.
    """
    out = []
    stances = tables["stances"]
    stances = stances[stances["stance"].isin(PROBE_LABELS)].to_dict("records")
    quotes = tables["quotes"].to_dict("records")
    by_doc: dict[str, list] = {}
    for row in stances:
        by_doc.setdefault(row["doc_id"], []).append(row)
    for doc_id in expected:
        want: dict[str, set] = {}
        for key, label in expected[doc_id]:
            want.setdefault(key, set()).add(label)
        held = set()
        for row in by_doc.get(doc_id, []):
            key = voice_key(row["actor"])
            held.add(key)
            labels = want.get(key, set())
            gold = row["stance"] if row["stance"] in labels else (min(labels) if labels else NONE)
            feats = candidate_features(row["evidence"], unit="row", rule=row["stance"],
                                       source=str(row.get("label_source") or ""),
                                       category=str(row.get("category") or ""),
                                       negated=bool(row.get("negated")), owner=row["actor"] in OWNERS)
            out.append({"doc_id": doc_id, "unit": "row", "key": key, "gold": gold, "features": feats,
                        "row": row})
        raw = tables["raw"][doc_id]
        spans = None
        for q in quotes:
            actor = q.get("actor") if isinstance(q.get("actor"), str) else ""
            if q["doc_id"] != doc_id or not actor or voice_key(actor) in held:
                continue
            held.add(voice_key(actor))
            spans = spans or split(raw)
            sent = next((s for s in spans if s.start <= int(q["start"]) < s.end), None)
            if sent is None:
                continue
            labels = want.get(voice_key(actor), set())
            start, end = min(sent.start, int(q["start"])), max(sent.end, int(q["end"]))
            feats = candidate_features(raw[start:end], unit="quote", owner=actor in OWNERS,
                                       mode=str(q.get("mode") or ""), verb=str(q.get("verb_type") or ""))
            new = {"doc_id": doc_id, "actor": actor, "speaker": q.get("speaker") or "", "stance": "",
                   "evidence": raw[start:end], "start": start, "end": end, "cue": "",
                   "label_source": "model", "category": "", "negated": False}
            out.append({"doc_id": doc_id, "unit": "quote", "key": voice_key(actor),
                        "gold": min(labels) if labels else NONE, "features": feats, "row": new})
    return out


def train(cands: list[dict]) -> dict[str, np.ndarray]:
    """Multinomial logistic regression on the candidates' features (deterministic).

    Returns:
        feature → weights over :data:`CLASSES` (features seen fewer than MIN_COUNT times dropped).
    """
    counts: dict[str, int] = {}
    for c in cands:
        for f in c["features"]:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT or f.endswith(BIAS))
    index = {f: i for i, f in enumerate(vocab)}
    cols, ptr, vals = [], [0], []
    for c in cands:
        ids = [index[f] for f in c["features"] if f in index]
        cols.extend(ids)
        vals.extend([1.0 / np.sqrt(len(ids))] * len(ids))
        ptr.append(len(cols))
    cols, vals, ptr = np.array(cols), np.array(vals), np.array(ptr)
    owner = np.repeat(np.arange(len(cands)), np.diff(ptr))
    order = np.argsort(cols, kind="stable")  # the transpose: entries grouped by feature
    starts = np.flatnonzero(np.r_[True, np.diff(cols[order]) != 0])
    present = cols[order][starts]
    y = np.zeros((len(cands), len(CLASSES)))
    y[np.arange(len(cands)), [CLASSES.index(c["gold"]) for c in cands]] = 1.0
    w = np.zeros((len(vocab), len(CLASSES)))
    for _ in range(STEPS):
        logits = np.add.reduceat(w[cols] * vals[:, None], ptr[:-1], axis=0)
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = np.zeros_like(w)
        grad[present] = np.add.reduceat(((p - y)[owner] * vals[:, None])[order], starts, axis=0)
        w -= RATE * (grad / len(cands) + L2 * w)
    # the run-time scorer sums weights of binary features: fold the row scaling in per candidate size
    return {f: w[i] for i, f in enumerate(vocab)}


def probabilities(weights: dict[str, np.ndarray], features: list[str]) -> dict[str, float]:
    """Class probabilities with the training's per-candidate scaling (1/sqrt(number of known features))."""
    known = [weights[f] for f in features if f in weights]
    s = np.sum(known, axis=0) / np.sqrt(len(known))
    e = np.exp(s - s.max())
    return dict(zip(CLASSES, e / e.sum()))


def apply(cands: list[dict], weights, how: tuple) -> list[dict]:
    """The stance rows kept, relabelled or added by one combination."""
    veto, add, flip = how
    rows = []
    for c in cands:
        p = probabilities(weights, c["features"]) if weights is not None else None
        best = max((k for k in CLASSES if k != NONE), key=lambda k: p[k]) if p else ""
        if c["unit"] == "row":
            row = dict(c["row"])
            if veto is not None and p[NONE] > veto:
                continue
            if flip is not None and p[best] > flip and best != row["stance"]:
                row["stance"] = best
            rows.append(row)
        elif add is not None and p[best] > add:
            rows.append({**c["row"], "stance": best})
    return rows


def probe_data(cache: Path | None) -> dict[str, dict]:
    """file name → {items, tables, expected}: every development probe file run through the pipeline."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    data = {}
    for path in PROBES:
        items = read_probes(path)
        tables = run_items(items)
        data[path.name] = {"items": items, "tables": tables,
                           "expected": {i["id"]: {(voice_key(a), lab) for a, lab in i["expected"]} for i in items}}
        print(f"ran {path.name}: {len(items)} items", file=sys.stderr)
    if cache:
        cache.write_bytes(pickle.dumps(data))
    return data


def dev_data(folder: Path) -> dict:
    """The dev folder's tables, raw texts and gold (doc_id → set of (actor key, label))."""
    corpus = list(load_corpus(folder))
    tables = corpus_stances(corpus)
    tables["raw"] = {d.doc_id: d.raw for d in corpus}
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    expected = {d.doc_id: {(voice_key(s["actor"]), s["stance"]) for s in gold.get(d.doc_id, {}).get("stances", [])}
                for d in corpus}
    return {"tables": tables, "expected": expected}


def _scored(entry: dict, rows: list[dict]):
    """The probe scorer on the file's items with these stance rows."""
    columns = list(entry["tables"]["stances"].columns)
    stances = pd.DataFrame(rows) if rows else pd.DataFrame(columns=columns)
    return score_probes(entry["items"], {"quotes": entry["tables"]["quotes"], "stances": stances})


def dev_scores(expected: dict, rows: list[dict]) -> dict:
    """Per-label and micro P/R/F1 of (doc, actor key, label) triples on the dev set."""
    got = {(r["doc_id"], voice_key(r["actor"]), r["stance"]) for r in rows}
    gold = {(d, k, lab) for d, facts in expected.items() for k, lab in facts}
    out = {}
    for label in (*PROBE_LABELS, "micro"):
        g = {x for x in gold if label in (x[2], "micro")}
        p = {x for x in got if label in (x[2], "micro")}
        tp = len(g & p)
        pr, rc = tp / max(len(p), 1), tp / max(len(g), 1)
        out[label] = (tp, len(p) - tp, len(g) - tp, 2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    return out


def leave_one_file_out(data: dict, dev: dict | None) -> None:
    """Print the leave-one-file-out table and the dev set per label."""
    cands = {name: candidates(e["tables"], e["expected"]) for name, e in data.items()}
    print(f"{'left-out file':30} {'combination':13} {'items':>5}   tp  fp  fn  stP   stR   stF1  exact  voF1")
    totals: dict[str, list] = {}
    for name, entry in data.items():
        weights = train([c for other, cs in cands.items() if other != name for c in cs])
        for combo, how in COMBINATIONS.items():
            rows = apply(cands[name], None if combo == "rules" else weights, how)
            s = _scored(entry, rows)
            row = s.rows[0]
            totals.setdefault(combo, []).append((row["tp"], row["fp"], row["fn"], s.exact, s.total))
            print(f"{name:30} {combo:13} {s.total:5} {row['tp']:4} {row['fp']:3} {row['fn']:3}  "
                  f"{row['precision']:.2f}  {row['recall']:.2f}  "
                  f"{row['f1']:.2f}  {s.exact:5}  {s.get('voices'):.2f}")
    print("pooled over left-out files:")
    for combo, parts in totals.items():
        tp, fp, fn, exact, total = (sum(x) for x in zip(*parts))
        f1 = 2 * tp / max(2 * tp + fp + fn, 1)
        print(f"  {combo:13} tp={tp} fp={fp} fn={fn} F1={f1:.3f} exact={exact}/{total}")
    if dev is not None:
        weights = train([c for cs in cands.values() for c in cs])
        dev_c = candidates(dev["tables"], dev["expected"])
        print("dev set (trained on every probe file): label tp/fp/fn F1")
        for combo, how in COMBINATIONS.items():
            scores = dev_scores(dev["expected"], apply(dev_c, None if combo == "rules" else weights, how))
            print(f"  {combo:13} " + "  ".join(f"{k}={v[0]}/{v[1]}/{v[2]} {v[3]:.2f}" for k, v in scores.items()))


def item_folds(data: dict, folds: int = 9) -> dict[str, dict]:
    """The probe items regrouped into folds by a checksum of their id, whatever their file (the contrast:
    a random split lets the model see the left-out writer's phrasing); ids are prefixed with their file."""
    def moved(e: str, v: dict, k: int) -> dict:
        keep = {i["id"] for i in v["items"] if zlib.crc32(i["id"].encode()) % folds == k}
        tables = {name: v["tables"][name][v["tables"][name]["doc_id"].isin(keep)].assign(
            doc_id=lambda t: e + ":" + t["doc_id"]) for name in ("quotes", "stances")}
        return {"items": [{**i, "id": f"{e}:{i['id']}"} for i in v["items"] if i["id"] in keep], "tables": tables,
                "raw": {f"{e}:{d}": t for d, t in v["tables"]["raw"].items() if d in keep},
                "expected": {f"{e}:{d}": x for d, x in v["expected"].items() if d in keep}}
    out = {}
    for k in range(folds):
        parts = [moved(e, v, k) for e, v in data.items()]
        tables = {name: pd.concat([p["tables"][name] for p in parts], ignore_index=True)
                  for name in ("quotes", "stances")}
        tables["raw"] = {d: t for p in parts for d, t in p["raw"].items()}
        out[f"items fold {k}"] = {"items": [i for p in parts for i in p["items"]], "tables": tables,
                                  "expected": {d: x for p in parts for d, x in p["expected"].items()}}
    return out


def write_weights(weights: dict[str, np.ndarray], path: Path) -> None:
    """Write the weight file (rounded to 5 decimals; zero weights left out)."""
    lines = ["# stance model weights: feature, class, weight (stance_model_features.py)",
             "# made by: python bench/stance_model.py --write (multinomial logistic regression, numpy,"
             f" L2={L2}, steps={STEPS}, rate={RATE}, min count={MIN_COUNT}, zero start)",
             "# trained on: " + ", ".join(p.name for p in PROBES),
             "# a candidate's score: sum of its known features' weights / sqrt(number of known features)",
             "feature\tclass\tweight"]
    for name in sorted(weights):
        for label, w in zip(CLASSES, weights[name]):
            if round(float(w), 5) != 0:
                lines.append(f"{name}\t{label}\t{float(w):.5f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loo", action="store_true", help="leave-one-file-out table and dev set")
    parser.add_argument("--dev", default=str(DEV), help="the dev folder (empty: skip)")
    parser.add_argument("--split", choices=("files", "items"), default="files",
                        help="--loo leaves out a file (default) or a ninth of the items (the contrast)")
    parser.add_argument("--write", action="store_true", help="write the weight file")
    parser.add_argument("--cache", default="", help="pickle of the pipeline runs (made when missing)")
    args = parser.parse_args(argv)
    data = probe_data(Path(args.cache) if args.cache else None)
    if args.loo:
        dev = dev_data(Path(args.dev)) if args.dev and Path(args.dev).exists() else None
        leave_one_file_out(data if args.split == "files" else item_folds(data), dev)
    if args.write:
        write_weights(train([c for e in data.values() for c in candidates(e["tables"], e["expected"])]), WEIGHTS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
