"""Score the temporal tagger on date probes (``tests/probes/dates.tsv`` or any file of that format).

Usage: python bench/probes_dates.py [--file PATH] [--errors] [--kind KIND]

A probe file is a TSV (``#`` comment lines allowed) with the columns
``id lang published text events note``; ``events`` lists the expected rows as
``surface=value`` joined by `` | `` (empty: nothing may be found).  Each row
is one document published on ``published``; its events are matched to the
expected ones the way :func:`helpers.evaluate.temporal.score_events` matches
gold: one to one by span overlap (``span``) and by overlap with the same value
(``value``).  Scores are printed overall, per group (``core``: the other
taggers' cases, ids ``dp-``/``dk-``/``ht-``; ``own``: the rest), per kind (the
id without its number) and per language.  ``--errors`` lists each miss, false
hit and wrong value.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import pandas as pd

from helpers.evaluate.probes import read_probe_table
from helpers.evaluate.temporal import score_events
from helpers.extract.temporal import tag

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "probes" / "dates.tsv"
CORE = ("dp", "dk", "ht")


def read_probes(path: str | Path) -> list[dict]:
    """Read a date probe file.

    Args:
        path: the TSV.

    Returns:
        One dict per item with ``id, lang, published, text, events, note`` and
        ``kind`` (the id without its trailing number) and ``group`` (core | own).
    """
    rows = read_probe_table(path, ("id", "lang", "published", "text", "events"))
    for row in rows:
        row["kind"] = row["id"].rsplit("-", 1)[0]
        row["group"] = "core" if row["kind"] in CORE else "own"
    return rows


def expected(row: dict) -> list[dict]:
    """The expected events of one item with their offsets (first occurrence of each surface).

    Args:
        row: an item of :func:`read_probes`.

    Returns:
        Dicts ``doc_id, start, end, surface, value``.

    Raises:
        ValueError: when a surface is not in the text.
    """
    out = []
    for part in filter(None, (p.strip() for p in (row["events"] or "").split(" | "))):
        surface, value = part.rsplit("=", 1)
        start = row["text"].find(surface)
        if start < 0:
            raise ValueError(f"{row['id']}: surface {surface!r} not in the text")
        out.append({"doc_id": row["id"], "start": start, "end": start + len(surface),
                    "surface": surface, "value": value})
    return out


def predicted(row: dict) -> list[dict]:
    """The tagger's events of one item.

    Args:
        row: an item of :func:`read_probes`.

    Returns:
        Dicts ``doc_id, start, end, surface, value``.
    """
    published = dt.date.fromisoformat(row["published"]) if row["published"] else None
    return [{"doc_id": row["id"], "start": e.start, "end": e.end, "surface": e.surface, "value": e.value}
            for e in tag(row["text"], published=published)]


def run(rows: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Tag every item.

    Args:
        rows: the items.

    Returns:
        ``(gold, predicted)`` frames with ``doc_id, start, end, surface, value``.
    """
    columns = ["doc_id", "start", "end", "surface", "value"]
    gold = pd.DataFrame([g for r in rows for g in expected(r)], columns=columns)
    pred = pd.DataFrame([p for r in rows for p in predicted(r)], columns=columns)
    return gold, pred


def scores(rows: list[dict], gold: pd.DataFrame, pred: pd.DataFrame, by: str) -> pd.DataFrame:
    """Span and value P/R/F1 per value of ``by`` (a column of the items), plus ``all``.

    Args:
        rows: the items.
        gold: expected events.
        pred: predicted events.
        by: ``kind``, ``group`` or ``lang``.

    Returns:
        One row per group: items, tp/fp/fn and P/R/F1 at the value level, span F1.
    """
    groups = {"all": [r["id"] for r in rows]}
    for r in rows:
        groups.setdefault(r[by], []).append(r["id"])
    out = []
    for name, ids in groups.items():
        g, p = gold[gold["doc_id"].isin(ids)], pred[pred["doc_id"].isin(ids)]
        result = score_events(p, g)  # false hits of items without events count too (fp = predicted - tp)
        span, value = result.iloc[0], result.iloc[1]
        out.append({by: name, "items": len(ids), "tp": value.tp, "fp": value.fp, "fn": value.fn,
                    "P": value.precision, "R": value.recall, "F1": value.f1, "span_F1": span.f1})
    return pd.DataFrame(out)


def errors(rows: list[dict], gold: pd.DataFrame, pred: pd.DataFrame) -> list[str]:
    """Each miss, false hit and wrong value, one line each.

    Args:
        rows: the items.
        gold: expected events.
        pred: predicted events.

    Returns:
        The lines, in item order.
    """
    lines = []
    for r in rows:
        g = gold[gold["doc_id"] == r["id"]].to_dict("records")
        p = pred[pred["doc_id"] == r["id"]].to_dict("records")
        used = set()
        for e in g:
            hit = next((i for i, q in enumerate(p) if i not in used
                        and min(e["end"], q["end"]) > max(e["start"], q["start"])), None)
            if hit is None:
                lines.append(f"{r['id']}\tMISS\t{e['surface']}={e['value']}\t\t{r['text']}")
                continue
            used.add(hit)
            if p[hit]["value"] != e["value"]:
                lines.append(f"{r['id']}\tVALUE\t{e['surface']}={e['value']}\t{p[hit]['surface']}={p[hit]['value']}"
                             f"\t{r['text']}")
        for i, q in enumerate(p):
            if i not in used:
                lines.append(f"{r['id']}\tFALSE\t\t{q['surface']}={q['value']}\t{r['text']}")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(DEFAULT), help="a date probe TSV")
    parser.add_argument("--errors", action="store_true", help="list each miss and false hit")
    parser.add_argument("--kind", help="only the items of this kind (or group: core, own)")
    args = parser.parse_args(argv)
    rows = read_probes(args.file)
    if args.kind:
        rows = [r for r in rows if args.kind in (r["kind"], r["group"])]
    gold, pred = run(rows)
    pd.set_option("display.width", 200)
    for by in ("group", "lang", "kind"):
        print(scores(rows, gold, pred, by).to_string(index=False), end="\n\n")
    if args.errors:
        print("\n".join(errors(rows, gold, pred)))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # piped into head
        sys.exit(0)
