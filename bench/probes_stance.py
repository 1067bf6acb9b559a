"""Score stance/voice probes: python bench/probes_stance.py [--file PATH] [--errors] [--part dev|holdout|all]

Each item of the probe file (tests/probes/stance.tsv by default; any file of the stance/voice probe
format) is analysed as a one-document corpus (helpers.evaluate.probes: published 2020-06-15 by
"Probe Wire", genre from the note, scope all). Prints P/R/F1 of (item, actor, label) stance triples and
(item, actor) voices, overall, per kind and per language, and the number of items whose stance rows are
exactly the expected ones; with --errors, every miss and false hit.

--part: the development file's own hold-out is every item whose number is a multiple of 3 (st-j03,
st-p06 …): rules are changed looking at the errors of --part dev only, and both parts are reported.
"""
import argparse
import re
import sys
import time
from pathlib import Path

from helpers.evaluate.probes import read_probes, score_probes

DEFAULT = Path(__file__).resolve().parents[1] / "tests/probes/stance.tsv"


def part_of(item_id: str) -> str:
    """``holdout`` for an id whose number is a multiple of 3, else ``dev``."""
    number = re.search(r"(\d+)$", item_id)
    return "holdout" if number and int(number.group(1)) % 3 == 0 else "dev"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(DEFAULT), help="a probe TSV")
    parser.add_argument("--errors", action="store_true", help="list every miss and false hit")
    parser.add_argument("--part", choices=("dev", "holdout", "all"), default="all")
    args = parser.parse_args(argv)
    items = read_probes(args.file)
    if args.part != "all":
        items = [i for i in items if part_of(i["id"]) == args.part]
    started = time.time()
    scores = score_probes(items)
    print(f"{len(items)} items from {args.file} ({args.part}), {time.time() - started:.1f} s")
    print(f"{'measure':8} {'group':22} {'items':>5} {'tp':>4} {'fp':>4} {'fn':>4}    P     R    F1")
    for row in scores.rows:
        print(f"{row['measure']:8} {row['group']:22} {row['items']:5} {row['tp']:4} {row['fp']:4} {row['fn']:4} "
              f"{row['precision']:.2f}  {row['recall']:.2f}  {row['f1']:.2f}")
    print(f"exact stance rows: {scores.exact}/{scores.total} items")
    if args.errors:
        for e in scores.errors:
            print(f"{e['measure'][:2].upper()} {e['error']:9} {e['id']} {e['kind']:13} {e['fact']}  "
                  f"{e['evidence']}  | {e['text'][:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
