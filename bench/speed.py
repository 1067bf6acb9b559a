"""Speed in one run: a general archive against reading it, topical text, start-up, memory.

    python bench/speed.py                          # ANT, ANT ×5 (new ids), the 10 MB topical corpus
    python bench/speed.py --runs 3 --write out.md  # median of three runs of each command
    python bench/speed.py --corpora ant --no-stages

For each corpus it prints the JSON-parse baseline (read the file and
``json.loads`` every line, in one process: the least any analysis must cost),
the whole command (``python -m helpers analyze CORPUS --out OUT --jobs N
--no-progress``, CSV) for each ``--jobs``: wall seconds, CPU seconds of all its
processes, MB/s, the ratio of its wall time to the baseline's, peak RSS of all
its processes together (sampled with psutil, see ``bench/run.py``); then the
stage table (CPU time in one process, :func:`run.stage_worker`) and the
start-up: ``import helpers`` with the command line's modules, and the whole
command on a one-document corpus (default ``--jobs``, and ``--jobs 1``).
Figures are medians of ``--runs`` runs; nothing is asserted.  To compare two
versions of the code, run the script of each (``PYTHONPATH=OTHER/src python
bench/speed.py``) back to back: this machine's speed drifts, so compare
ratios within one session.  Cite the ANT corpus (Chouigui, Ben Khiroun,
Elayeb, AICCSA 2017) when reporting figures from it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from archive import DEFAULT as ANT  # noqa: E402
from archive import repeated  # noqa: E402
from run import STAGES, corpus, machine, run_cli, run_stages  # noqa: E402

PARSE = ("import json, sys\nwith open(sys.argv[1], 'rb') as f:\n"
         "    n = sum(1 for line in f if line.strip() and json.loads(line) is not None)\n")


def timed(command: list[str]) -> float:
    """Wall seconds of one command (its output thrown away)."""
    began = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - began


def parse_baseline(path: Path, runs: int) -> float:
    """Median wall seconds of a process that reads the file and parses every line with json.loads."""
    return statistics.median(timed([sys.executable, "-c", PARSE, str(path)]) for _ in range(runs))


def whole(path: Path, jobs: int, runs: int) -> dict:
    """The median run of the whole command (by wall time), with its CPU and peak RSS."""
    figures = sorted((run_cli(path, jobs) for _ in range(runs)), key=lambda f: f["seconds"])
    return figures[len(figures) // 2]


def startup(runs: int) -> dict:
    """Import time of the command line, and the whole command on a one-document corpus."""
    seeds = sorted((HERE.parent / "seeds").glob("*.txt"))
    folder = Path(tempfile.mkdtemp(prefix="speed-one-"))
    shutil.copy(seeds[0], folder / seeds[0].name)
    out = folder.parent / f"{folder.name}-out"
    base = [sys.executable, "-m", "helpers", "analyze", str(folder), "--out", str(out),
            "--no-progress"]
    figures = {
        "import": statistics.median(timed([sys.executable, "-c", "import helpers.cli.main"])
                                    for _ in range(runs)),
        "one document": statistics.median(timed(base) for _ in range(runs)),
        "one document, --jobs 1": statistics.median(timed(base + ["--jobs", "1"])
                                                    for _ in range(runs)),
    }
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    return figures


def corpora(names: list[str], folder: Path) -> list[tuple[str, Path]]:
    """The corpora asked for: ``ant``, ``ant5`` (five copies, new ids), ``10MB`` … (generated)."""
    found = []
    for name in names:
        if name == "ant":
            found.append(("ANT", ANT))
        elif name == "ant5":
            found.append(("ANT ×5", repeated(ANT, 5, folder)))
        else:
            found.append((f"topical {name}", corpus(name)))
    return found


def report(rows: list, stages: dict, start: dict) -> str:
    """The figures as Markdown."""
    lines = ["| corpus | MB | json.loads s | jobs | wall s | CPU s | MB/s | × baseline | peak RSS MB | exit |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, base, fig in rows:
        lines.append(f"| {name} | {fig['mb']:.1f} | {base:.2f} | {fig['jobs']} | "
                     f"{fig['seconds']:.2f} | {fig['cpu']:.1f} | {fig['mb'] / fig['seconds']:.1f} | "
                     f"{fig['seconds'] / base:.1f} | {fig['peak_mb']:.0f} | {fig['exit']} |")
    if stages:
        lines += ["", "Stages, one process, CPU MB/s:", "",
                  "| stage | " + " | ".join(stages) + " |", "|---|" + "---:|" * len(stages)]
        for stage in STAGES + ("total",):
            cells = []
            for fig in stages.values():
                seconds = fig["total"] if stage == "total" else fig["timings"][stage]
                cells.append(f"{fig['mb'] / seconds:.1f}" if seconds else "—")
            lines.append(f"| {stage} | " + " | ".join(cells) + " |")
        lines.append("| peak RSS MB | " + " | ".join(f"{f['rss_mb']:.0f}" for f in stages.values())
                     + " |")
    lines += ["", "Start-up (wall s): " + "; ".join(f"{k} {v:.2f}" for k, v in start.items())]
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    """Command line of the speed benchmark."""
    parser = argparse.ArgumentParser(description="Speed figures in one run (nothing asserted).")
    parser.add_argument("--corpora", default="ant,ant5,10MB",
                        help="ant, ant5 and generated topical sizes (10MB, 100MB …)")
    parser.add_argument("--jobs", default="1,2", help="--jobs values of the whole command")
    parser.add_argument("--runs", type=int, default=1, help="runs of each command (median)")
    parser.add_argument("--no-stages", action="store_true", help="skip the stage table")
    parser.add_argument("--write", metavar="FILE", help="also write the figures to FILE")
    args = parser.parse_args(argv)
    print(machine(), file=sys.stderr)
    (HERE / "out").mkdir(exist_ok=True)
    rows, stages = [], {}
    with tempfile.TemporaryDirectory(prefix="speed-") as tmp:
        for name, path in corpora(args.corpora.split(","), Path(tmp)):
            base = parse_baseline(path, max(args.runs, 3))
            for jobs in (int(j) for j in args.jobs.split(",")):
                rows.append((name, base, whole(path, jobs, args.runs)))
                print(f"{name} --jobs {jobs}: {rows[-1][2]['seconds']:.1f} s", file=sys.stderr)
            if not args.no_stages and name != "ANT ×5":
                stages[name] = run_stages(path)
    text = f"Machine: {machine()}\n\n" + report(rows, stages, startup(max(args.runs, 3)))
    print(text)
    if args.write:
        Path(args.write).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
