"""Score region/people name probes (``tests/probes/names.tsv`` format) against the mention finder.

Usage: python bench/probes_names.py [--file PATH] [--errors]

Probe format (TSV with a header, UTF-8): ``id  lang  text  names  note``; ``names`` lists
the expected region/people names as ``surface=region|people`` joined by `` | `` (the surface
exactly as in the text, clitics included: ``وشينجيانغ=region``); empty: no name expected.

Each probe text is one document.  A predicted name is a mention of an entity that stands for
the region or the people (:data:`helpers.evaluate.measures.NAME_KINDS`); a gold name matches
one predicted name of its kind whose span overlaps it (the gold surface keeps proclitics, the
mention's leaves them out), one to one, as the dev-set scorer does.  Prints P/R/F1 overall,
per kind (region, people) and per language, the negative items with a false name, and with
``--errors`` every miss and false hit.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from helpers.evaluate.measures import NAME_KINDS
from helpers.evaluate.probes import read_probe_table
from helpers.extract.mentions.rows import mention_rows

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "probes" / "names.tsv"
_LETTER = re.compile(r"\w")


def read_probes(path: str | Path) -> list[dict]:
    """Read a name probe file.

    Args:
        path: a TSV of the name probe format.

    Returns:
        One dict per item: id, lang, text, note and ``gold`` (a list of
        ``{surface, kind, start, end}`` located in the text, in order).

    Raises:
        ValueError: a row lacks a column, a kind is not region/people, or a
            gold surface is not in the text (naming the item).
    """
    return [{"id": row["id"], "lang": row["lang"], "text": row["text"], "note": row.get("note") or "",
             "gold": locate(row["text"], row["names"], row["id"])}
            for row in read_probe_table(path, ("id", "lang", "text", "names"))]


def locate(text: str, names: str, item_id: str = "") -> list[dict]:
    """Find each expected ``surface=kind`` in the text, left to right, at word boundaries.

    Args:
        text: the probe's text.
        names: the ``names`` cell.
        item_id: the item's id (for error messages).

    Returns:
        ``[{surface, kind, start, end}]``; a surface given twice takes its next occurrence.

    Raises:
        ValueError: unknown kind or a surface not found.
    """
    out, used = [], defaultdict(int)
    for part in filter(None, (p.strip() for p in names.split(" | "))):
        surface, _, kind = part.rpartition("=")
        if kind not in set(NAME_KINDS.values()) or not surface:
            raise ValueError(f"{item_id}: '{part}' is not surface=region|people")
        spans = [m.start() for m in re.finditer(re.escape(surface), text)
                 if not (m.start() and _LETTER.match(text[m.start() - 1]))
                 and not (m.end() < len(text) and _LETTER.match(text[m.end()]))]
        if used[surface] >= len(spans):
            raise ValueError(f"{item_id}: '{surface}' is not in the text (as a word)")
        start = spans[used[surface]]
        used[surface] += 1
        out.append({"surface": surface, "kind": kind, "start": start, "end": start + len(surface)})
    return out


def score_item(item: dict) -> tuple[list, list, list]:
    """Run the mention finder on one item and pair its names with the gold.

    Args:
        item: one :func:`read_probes` item.

    Returns:
        ``(matched, misses, false_hits)``: lists of name dicts (surface, kind, start, end).
    """
    predicted = [{"surface": row["surface"], "kind": NAME_KINDS[row["entity_id"]], "start": row["start"],
                  "end": row["end"]}
                 for row in sorted(mention_rows(item["text"], doc_id=item["id"]), key=lambda r: r["start"])
                 if row["entity_id"] in NAME_KINDS]
    used = [False] * len(predicted)
    matched, misses = [], []
    for gold in item["gold"]:
        index = next((i for i, p in enumerate(predicted) if not used[i] and p["kind"] == gold["kind"]
                      and p["start"] < gold["end"] and gold["start"] < p["end"]), None)
        if index is None:
            misses.append(gold)
        else:
            used[index] = True
            matched.append(gold)
    return matched, misses, [p for p, u in zip(predicted, used) if not u]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(items: list[dict]) -> dict:
    """Score every item.

    Args:
        items: :func:`read_probes` output.

    Returns:
        ``{"overall": (tp, fp, fn, P, R, F1), "by": {group: same}, "errors": [...],
        "negatives": (n, n with a false name), "exact": items whose names are exactly right}``;
        groups are ``kind=region``, ``kind=people``, ``lang=ar``, ``lang=en``.
    """
    counts = defaultdict(lambda: [0, 0, 0])
    errors, exact, negatives, bad_negatives = [], 0, 0, 0
    for item in items:
        matched, misses, false = score_item(item)
        exact += not misses and not false
        if not item["gold"]:
            negatives += 1
            bad_negatives += bool(false)
        for rows, slot in ((matched, 0), (false, 1), (misses, 2)):
            for row in rows:
                for group in ("overall", f"kind={row['kind']}", f"lang={item['lang']}"):
                    counts[group][slot] += 1
        errors += [(item["id"], "miss", row, item) for row in misses]
        errors += [(item["id"], "false hit", row, item) for row in false]
    table = {group: (*c, *_prf(*c)) for group, c in counts.items()}
    overall = table.pop("overall", (0, 0, 0, 1.0, 1.0, 1.0))
    return {"overall": overall, "by": dict(sorted(table.items())), "errors": errors,
            "negatives": (negatives, bad_negatives), "exact": exact, "items": len(items)}


def main(argv: list[str] | None = None) -> int:
    """Command line: print the scores (and with ``--errors`` every error).

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        0.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", default=str(DEFAULT), help="a name probe TSV")
    parser.add_argument("--errors", action="store_true", help="list every miss and false hit")
    args = parser.parse_args(argv)
    result = score(read_probes(args.file))
    tp, fp, fn, p, r, f = result["overall"]
    print(f"{args.file}: {result['items']} items, {result['exact']} exactly right")
    print(f"overall      tp={tp:3} fp={fp:3} fn={fn:3}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    for group, (tp, fp, fn, p, r, f) in result["by"].items():
        print(f"{group:12} tp={tp:3} fp={fp:3} fn={fn:3}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    n, bad = result["negatives"]
    print(f"negative items with a false name: {bad}/{n}")
    if args.errors:
        for item_id, error, row, item in result["errors"]:
            print(f"{item_id}\t{error}\t{row['surface']}={row['kind']}\t{item['note']}\t{item['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
