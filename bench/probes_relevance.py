"""Score relevance probes (``tests/probes/relevance.jsonl`` format) against the pipeline.

Usage: python bench/probes_relevance.py [--file PATH] [--topic NAME] [--errors]

Probe format (JSON Lines, UTF-8): one object a line with ``id``, ``lang``, ``text`` (a whole
document, title on its first line, several paragraphs), ``relevance`` (topical | passing |
none) and ``note``.  Each text is loaded as a document published 2020-06-15 by the neutral
outlet "Probe Wire" and run through the pipeline's relevance stage (the documents table
only).  Prints the accuracy overall and per language, P/R/F1 per label, the confusion table,
and with ``--errors`` every wrong label with the evidence the pipeline gave.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from helpers.engine.pipeline import analyze_rows
from helpers.io.corpus import make_document
from helpers.relevance.classify import LEVELS

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "probes" / "relevance.jsonl"
_PUBLISHED = "2020-06-15"
_OUTLET = "Probe Wire"


def read_probes(path: str | Path) -> list[dict]:
    """Read a relevance probe file.

    Args:
        path: a JSON Lines file of the relevance probe format.

    Returns:
        The items as dicts (id, lang, text, relevance, note).

    Raises:
        ValueError: a line is not an object with id, text and a known relevance (naming it).
    """
    items = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            item = json.loads(line)
            if not isinstance(item, dict) or not item.get("id") or not item.get("text") \
                    or item.get("relevance") not in LEVELS:
                raise ValueError(f"{path}:{number}: needs id, text and relevance in {LEVELS}")
            items.append(item)
    return items


def predict(item: dict, topic: str | None = None) -> dict:
    """The pipeline's documents row for one probe.

    Args:
        item: one :func:`read_probes` item.
        topic: the topic profile (default: xinjiang).

    Returns:
        The documents row (relevance, relevance_score, relevance_evidence, …).
    """
    doc = make_document(item["text"], file=f"{item['id']}.txt",
                        row={"doc_id": item["id"], "published": _PUBLISHED, "outlet": _OUTLET,
                             "genre": "news"})
    return analyze_rows(doc, tables=("documents",), topic=topic)["documents"][0]


def score(items: list[dict], topic: str | None = None) -> dict:
    """Predict every item and count.

    Args:
        items: :func:`read_probes` output.
        topic: the topic profile (default: xinjiang).

    Returns:
        ``{"accuracy", "by_lang": {lang: (right, n)}, "labels": {label: (tp, fp, fn, P, R, F1)},
        "confusion": Counter((gold, predicted)), "errors": [(item, row)]}``.
    """
    confusion, by_lang, errors = Counter(), defaultdict(lambda: [0, 0]), []
    for item in items:
        row = predict(item, topic)
        gold, got = item["relevance"], row["relevance"]
        confusion[gold, got] += 1
        by_lang[item["lang"]][0] += gold == got
        by_lang[item["lang"]][1] += 1
        if gold != got:
            errors.append((item, row))
    labels = {}
    for label in LEVELS:
        tp = confusion[label, label]
        fp = sum(n for (g, p), n in confusion.items() if p == label and g != label)
        fn = sum(n for (g, p), n in confusion.items() if g == label and p != label)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        labels[label] = (tp, fp, fn, p, r, 2 * p * r / (p + r) if p + r else 0.0)
    right = sum(n for (g, p), n in confusion.items() if g == p)
    return {"accuracy": right / len(items) if items else 1.0, "n": len(items),
            "by_lang": {k: tuple(v) for k, v in sorted(by_lang.items())}, "labels": labels,
            "confusion": confusion, "errors": errors}


def main(argv: list[str] | None = None) -> int:
    """Command line: print the scores (and with ``--errors`` every wrong label).

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        0.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", default=str(DEFAULT), help="a relevance probe JSONL file")
    parser.add_argument("--topic", default=None, help="topic profile (default: xinjiang)")
    parser.add_argument("--errors", action="store_true", help="list every wrong label")
    args = parser.parse_args(argv)
    result = score(read_probes(args.file), args.topic)
    print(f"{args.file}: {result['n']} documents, accuracy {result['accuracy']:.3f}")
    for lang, (right, n) in result["by_lang"].items():
        print(f"lang={lang:3} accuracy {right / n:.3f} ({right}/{n})")
    for label, (tp, fp, fn, p, r, f) in result["labels"].items():
        print(f"{label:8} tp={tp:3} fp={fp:3} fn={fn:3}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    print("gold \\ predicted  " + "  ".join(f"{p:>8}" for p in LEVELS))
    for gold in LEVELS:
        print(f"{gold:17} " + "  ".join(f"{result['confusion'][gold, p]:8}" for p in LEVELS))
    if args.errors:
        for item, row in result["errors"]:
            print(f"{item['id']}\tgold={item['relevance']}\tpredicted={row['relevance']}\t"
                  f"{item.get('note', '')}\t{row['relevance_evidence']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
