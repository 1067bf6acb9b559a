"""Score the figures (claims table) on figure probes.

Usage: python bench/probes_figures.py [--file PATH] [--errors] [--topic-title]

A probe file is a TSV with the header ``id	lang	text	figures	note`` (see
tests/probes/figures.tsv): each item is a one-document corpus (published
2020-06-15 by the neutral outlet "Probe Wire", genre news unless the note says
``genre=opinion``/``genre=academic``), analysed with ``scope=all``.
``figures`` lists the expected ``value@source`` joined by `` | `` (empty: no
figure about the topic).  The note's ``kind=…`` names the item's kind.

Printed: value P/R/F1 (a predicted figure matches an expected one when its
value, or a range's low end, is within 0.5 % of it; a range expected as
``low-high`` needs both ends), value + source P/R/F1 and the source accuracy
of the matched values, overall, per kind and per language; the false figures
by kind; the time per item; and the same figures grouped by the relevance the
tool gave each one-item document ("document topical/passing/none"): a sentence
that names neither the region nor its people is, alone, no document about the
topic, so it gets no figure by design.  ``--errors`` lists every miss and false
hit.  ``--topic-title`` puts a one-word title naming the region (in the item's
language) above every item, so that each sentence is read as part of a document
about the topic: it measures the figure rules apart from the relevance decision.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from helpers.evaluate.probes import PARAGRAPH, read_probe_table

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "tests" / "probes" / "figures.tsv"
PUBLISHED = "2020-06-15"
OUTLET = "Probe Wire"
TOLERANCE = 0.005
TOPIC_TITLES = {"ar": "شينجيانغ", "en": "Xinjiang"}


def read_probes(path: str | Path) -> list[dict]:
    """Items of a figure probe file.

    Args:
        path: a TSV with the columns id, lang, text, figures, note.

    Returns:
        One dict per item with ``expected`` as a list of ``(value, source)``.
    """
    rows = read_probe_table(path, ("id", "lang", "text", "figures"))
    for row in rows:
        cells = [c.strip() for c in (row.get("figures") or "").split(" | ") if c.strip()]
        row["expected"] = [tuple(c.rsplit("@", 1)) if "@" in c else (c, "(author)") for c in cells]
        row["text"] = row["text"].replace(PARAGRAPH, "\n\n")  # the two characters \n: a paragraph break
        note = row.get("note") or ""
        kind = next((p.split("=", 1)[1].strip() for p in note.split(";") if p.strip().startswith("kind=")), "other")
        row["kind"] = kind
        genre = next((p.split("=", 1)[1].strip() for p in note.split(";")
                      if p.strip().startswith("genre=")), "news")
        row["genre"] = genre
    return rows


def run(items: list[dict], *, topic_title: bool = False) -> tuple[dict, float, dict]:
    """Analyse every item as its own document.

    Args:
        items: :func:`read_probes` output.
        topic_title: put :data:`TOPIC_TITLES` (the item's language) as a title line above
            the item's text.

    Returns:
        ``({item id: [claim row dict, …]}, seconds per item, {item id: relevance})``;
        the relevance is the documents table's (topical, passing or none).
    """
    from helpers.engine.pipeline import analyze_corpus
    from helpers.io.corpus import make_document

    documents = [make_document(f"{TOPIC_TITLES[item['lang']]}\n\n{item['text']}" if topic_title else item["text"],
                               file=f"{item['id']}.txt",
                               row={"doc_id": item["id"], "published": PUBLISHED, "outlet": OUTLET,
                                    "genre": item["genre"], "language": item["lang"]})
                 for item in items]
    began = time.perf_counter()
    tables = analyze_corpus(documents, scope="all")
    seconds = (time.perf_counter() - began) / max(1, len(items))
    found: dict[str, list[dict]] = defaultdict(list)
    for row in tables["claims"].to_dict("records"):
        found[row["doc_id"]].append(row)
    relevance = dict(zip(tables["documents"]["doc_id"], tables["documents"]["relevance"]))
    return found, seconds, relevance


def _number(text: str) -> tuple[float, float]:
    text = str(text).strip()
    if "-" in text[1:]:
        low, high = text.split("-", 1) if not text.startswith("-") else (text, text)
        return float(low), float(high)
    return float(text), float(text)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-9, TOLERANCE * abs(b))


def value_matches(predicted: str, expected: str) -> bool:
    """Whether a predicted value stands for an expected one (see the module docstring).

    Args:
        predicted: the claims table's value ("1000000", "800000-2000000").
        expected: the probe's value (a number, or "low-high").

    Returns:
        True when they match.
    """
    p_low, p_high = _number(predicted)
    e_low, e_high = _number(expected)
    if e_low != e_high:
        return _close(p_low, e_low) and _close(p_high, e_high)
    return _close(p_low, e_low)


def source_key(name) -> str:
    """The comparable form of a source (the evaluation's actor key when available)."""
    try:
        from helpers.evaluate.actors import actor_key
    except ImportError:  # pragma: no cover
        return (str(name or "").strip().casefold()) or "(author)"
    return actor_key(name if name == name else "")


def score_item(item: dict, rows: list[dict]) -> dict:
    """Match one item's predicted figures to its expected ones.

    Args:
        item: a probe item.
        rows: its claim rows.

    Returns:
        ``{"tp", "fp", "fn", "tp_source", "misses", "false", "wrong_source"}``.
    """
    left = list(rows)
    matched = []
    misses = []
    for value, source in item["expected"]:  # value and source first, then value alone
        hit = next((r for r in left if value_matches(r["value"], value)
                    and source_key(r["attributed_to"]) == source_key(source)), None)
        if hit is None:
            misses.append((value, source))
            continue
        left.remove(hit)
        matched.append(((value, source), hit))
    still = []
    for value, source in misses:
        hit = next((r for r in left if value_matches(r["value"], value)), None)
        if hit is None:
            still.append((value, source))
            continue
        left.remove(hit)
        matched.append(((value, source), hit))
    right = [(e, r) for e, r in matched if source_key(r["attributed_to"]) == source_key(e[1])]
    return {"tp": len(matched), "fp": len(left), "fn": len(still), "tp_source": len(right),
            "misses": still, "false": left,
            "wrong_source": [(e, r) for e, r in matched if (e, r) not in right]}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (1.0 when nothing was expected or found)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summarise(items: list[dict], scores: dict[str, dict], relevance: dict[str, str] | None = None) -> dict:
    """Totals overall, per kind, per language and per relevance the tool gave the item.

    Args:
        items: the probe items.
        scores: ``{item id: score_item(…)}``.
        relevance: ``{item id: relevance}`` (optional): adds a "document <relevance>" group, which
            tells misses of a figure from items the relevance stage reads as off the topic.

    Returns:
        ``{group name: {"tp", "fp", "fn", "tp_source", "n"}}``; "all" is the total.
    """
    groups: dict[str, dict] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tp_source": 0, "n": 0})
    for item in items:
        s = scores[item["id"]]
        names = ["all", f"kind {item['kind']}", f"lang {item['lang']}"]
        if relevance is not None:
            names.append(f"document {relevance.get(item['id'], 'none')}")
        for name in names:
            g = groups[name]
            g["n"] += 1
            for key in ("tp", "fp", "fn", "tp_source"):
                g[key] += s[key]
    return dict(groups)


def _line(name: str, g: dict) -> str:
    p, r, f = prf(g["tp"], g["fp"], g["fn"])
    sp, sr, sf = prf(g["tp_source"], g["fp"] + g["tp"] - g["tp_source"], g["fn"] + g["tp"] - g["tp_source"])
    acc = f"{g['tp_source'] / g['tp']:.2f}" if g["tp"] else "  - "
    return (f"{name:26} n={g['n']:3}  tp={g['tp']:3} fp={g['fp']:3} fn={g['fn']:3}  "
            f"value P={p:.2f} R={r:.2f} F1={f:.2f}  +source P={sp:.2f} R={sr:.2f} F1={sf:.2f}  src acc={acc}")


def main(argv=None) -> int:
    """Command line entry point (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", default=str(DEFAULT), help="a figure probe TSV")
    parser.add_argument("--errors", action="store_true", help="list every miss and false hit")
    parser.add_argument("--topic-title", action="store_true",
                        help="a title naming the region above every item (the rules apart from relevance)")
    args = parser.parse_args(argv)
    items = read_probes(args.file)
    found, seconds, relevance = run(items, topic_title=args.topic_title)
    scores = {item["id"]: score_item(item, found.get(item["id"], [])) for item in items}
    groups = summarise(items, scores, relevance)
    print(f"{args.file}: {len(items)} items, {seconds * 1000:.1f} ms per item")
    print(_line("all", groups["all"]))
    for name in sorted(k for k in groups if k.startswith("lang ")):
        print(_line(name, groups[name]))
    for name in sorted(k for k in groups if k.startswith("kind ")):
        print(_line(name, groups[name]))
    for name in sorted(k for k in groups if k.startswith("document ")):
        print(_line(name, groups[name]))
    false_by_kind: dict[str, int] = defaultdict(int)
    for item in items:
        kind = item["kind"] if not item["expected"] else "extra number in a positive item"
        false_by_kind[kind] += scores[item["id"]]["fp"]
    print("false figures by kind of number:",
          ", ".join(f"{k}={v}" for k, v in sorted(false_by_kind.items()) if v) or "none")
    if args.errors:
        for item in items:
            s = scores[item["id"]]
            for value, source in s["misses"]:
                print(f"MISS  {item['id']:12} {value}@{source}  | {item['text']}")
            for row in s["false"]:
                print(f"FALSE {item['id']:12} {row['value']}@{row['attributed_to'] or '(author)'}"
                      f" [{row['surface']}]  | {item['text']}")
            for (value, source), row in s["wrong_source"]:
                print(f"SRC   {item['id']:12} {value}: expected {source}, got "
                      f"{row['attributed_to'] or '(author)'}  | {item['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
