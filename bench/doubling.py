"""Per-document time: is every stage linear in the length of ONE document?

    python bench/doubling.py                       # 1, 2, 4, 8 MB, this worktree's src/
    python bench/doubling.py --sizes 20            # one 20 MB document
    python bench/doubling.py --stages clean --src /tmp/old/src   # another copy, some stages

One document of N MB is generated: a long report as PDF-to-text tools give
it (Arabic and English paragraphs, dates, figures, attributions; a running
page header and a page number every 40 lines; a trailing space at the end of
every line), the worst case for cleaning: every header is a removed
duplicate line and every trailing space a removed span.  Each size runs in a fresh process; the CPU seconds
of each stage are printed with seconds per MB.  Linear stages keep a
constant s/MB when the size doubles; a quadratic one doubles its s/MB.
Nothing is asserted (figures for bench/RELIABILITY.md).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("clean", "load", "segment", "mentions", "temporal", "quotes", "stance", "claims",
          "tables")
_PARAGRAPHS = (
    "قال المتحدث باسم اللجنة في بيان صدر يوم {day} مارس {year} إن {n} شخصا غادروا المنطقة "
    "خلال الأسابيع الماضية، وأضاف أن السلطات في شينجيانغ لم ترد على الأسئلة.",
    "وذكر التقرير أن نحو {n} ألف من الأويغور نقلوا إلى مصانع في مقاطعات أخرى بين عامي "
    "{year} و{later}، بحسب وثائق اطلعت عليها اللجنة.",
    "The committee said on {day} March {year} that about {n} people had been questioned, "
    "and that officials in Urumqi declined to comment.",
    "وأكدت وزارة الخارجية الصينية أن هذه الاتهامات \"لا أساس لها\"، مشيرة إلى أن عدد السكان "
    "ارتفع إلى {n} ألف نسمة في {later}.",
)
_HEADER = "تقرير اللجنة المستقلة عن الأوضاع في الإقليم — نسخة أولية للنقاش"


def document(megabytes: float) -> str:
    """A generated long report of about ``megabytes`` MB of UTF-8."""
    lines, size, page, i = [], 0, 1, 0
    target = int(megabytes * 1e6)
    while size < target:
        if i % 40 == 0:
            block = [_HEADER, f"صفحة {page}", ""]
            page += 1
        else:
            year = 1990 + i % 30
            block = [_PARAGRAPHS[i % len(_PARAGRAPHS)].format(
                day=1 + i % 28, year=year, later=year + 3, n=100 + i % 9000), ""]
        lines += block
        size += sum(len(line.encode()) + 1 for line in block)
        i += 1
    return "\n".join(line + " " if line else line for line in lines)


def measure(megabytes: float, stages) -> dict:
    """Time the stages on one generated document (in this process)."""
    import helpers.engine.warm  # noqa: F401  (lexicons built once, untimed)
    from helpers.engine.pipeline import analyze_rows
    from helpers.io.corpus import make_document
    from helpers.io.writers import csv_rows
    from helpers.text.clean import clean

    raw = document(megabytes)
    timings: dict[str, float] = {}
    if "clean" in stages:
        t0 = time.process_time()
        clean(raw)
        timings["clean"] = time.process_time() - t0
    if set(stages) - {"clean"}:
        t0 = time.process_time()
        doc = make_document(raw, file="report.txt", row={"published": "2020-05-01"})
        timings["load"] = time.process_time() - t0
        found: dict[str, float] = {}
        rows = analyze_rows(doc, timings=found)
        for name in ("segment", "mentions", "temporal", "quotes", "stance", "claims"):
            timings[name] = found.get(name, 0.0)
        t0 = time.process_time()
        for name, table in rows.items():
            csv_rows(name, table)
        timings["tables"] = found.get("tables", 0.0) + time.process_time() - t0
    return {"mb": len(raw.encode()) / 1e6, "timings": timings}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,2,4,8", help="MB, comma-separated")
    parser.add_argument("--stages", default=",".join(STAGES))
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    stages = tuple(args.stages.split(","))
    if args.one is not None:
        print(json.dumps(measure(args.one, stages)))
        return 0
    print(f"{'MB':>6} " + " ".join(f"{s:>14}" for s in stages + ("total",)))
    for size in (float(s) for s in args.sizes.split(",")):
        done = subprocess.run([sys.executable, __file__, "--one", str(size), "--stages",
                               ",".join(stages)], capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(args.src)})
        if done.returncode:
            print(done.stderr[-2000:], file=sys.stderr)
            return 1
        result = json.loads(done.stdout.strip().splitlines()[-1])
        mb, timings = result["mb"], result["timings"]
        total = sum(v for k, v in timings.items() if k != "clean" or "load" not in timings)
        cells = [f"{timings.get(s, 0):7.1f}s {timings.get(s, 0) / mb:4.2f}" for s in stages]
        print(f"{mb:6.1f} " + " ".join(f"{c:>14}" for c in cells)
              + f" {total:7.1f}s {total / mb:4.2f}", flush=True)
    print("(each cell: CPU seconds, then seconds per MB; total excludes the separate clean "
          "measurement, which load includes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
