"""Benchmark on a real general-news archive: speed and false hits, by scope.

    python bench/archive.py                                  # ../shared/data/ant-jawharafm.jsonl
    python bench/archive.py ARCHIVE.jsonl --scopes topical,all --jobs 2
    python bench/archive.py --repeat 5 --scopes topical    # 5 copies (new ids): past start-up

For each ``--scope`` it runs the whole command (``python -m helpers analyze``)
on the archive and prints: wall time, MB/s of input, documents by relevance,
rows per table, and the topic's false-hit measures — region/people mentions
(Xinjiang, Uyghurs) and stance rows, with the documents they are in — so
that a reader can check each one.  Nothing is asserted: the figures are for
``bench/RESULTS.md`` and the closing notes.  Cite the ANT corpus (Chouigui,
Ben Khiroun, Elayeb, AICCSA 2017) when reporting figures from it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from helpers.io.table_reader import read_table

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "data" / "ant-jawharafm.jsonl"
TOPIC_NAMES = ("xinjiang", "uyghurs")


def run(archive: Path, out: Path, *, scope: str, jobs: int) -> float:
    """Run the command once; return its wall time in seconds."""
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "helpers", "analyze", str(archive), "--out",
                           str(out), "--scope", scope, "--jobs", str(jobs), "--no-progress"],
                          capture_output=True, text=True)
    wall = time.perf_counter() - began
    if done.returncode not in (0, 1):
        sys.exit(f"analyze failed ({done.returncode}): {done.stderr[-2000:]}")
    return wall


def repeated(archive: Path, copies: int, folder: Path) -> Path:
    """A JSONL file with ``copies`` copies of the archive's records, each copy's ids suffixed.

    One copy's fixed cost (start-up, building the lexicons in the workers) is
    the same as five copies', so a larger file shows the steady rate that a
    real archive of hundreds of MB would see.
    """
    path = folder / f"{archive.stem}-x{copies}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            with archive.open(encoding="utf-8") as source:
                for line in source:
                    record = json.loads(line)
                    record["id"] = f"{record.get('id', '')}-c{copy}"
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def summarise(out: Path, archive: Path, scope: str, wall: float) -> str:
    """The figures of one run as Markdown."""
    mb = archive.stat().st_size / 1e6
    docs = read_table(out / "documents.csv")
    lines = [f"### scope {scope}", "",
             f"- {len(docs):,} documents, {mb:.1f} MB: {wall:.1f} s wall, "
             f"**{mb / wall:.1f} MB/s**",
             "- relevance: " + ", ".join(f"{k} {v:,}" for k, v in
                                         docs.relevance.value_counts().items())]
    counts = {}
    for table in ("sentences", "mentions", "events", "quotes", "stances", "claims"):
        path = out / f"{table}.csv"
        counts[table] = len(read_table(path)) if path.exists() else 0
    lines.append("- rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    mentions = read_table(out / "mentions.csv")
    names = mentions[mentions.entity_id.isin(TOPIC_NAMES)]
    lines.append(f"- region/people mentions: {len(names)} in {names.doc_id.nunique()} documents")
    for doc_id, group in names.groupby("doc_id"):
        rel = docs.loc[docs.doc_id == doc_id, "relevance"].iloc[0]
        lines.append(f"  - {doc_id} ({rel}): " + ", ".join(sorted(set(group.surface))))
    stances = read_table(out / "stances.csv")
    positions = stances[stances.stance.isin(("critical", "defends", "declined"))]
    lines.append(f"- critical/defends/declined stance rows: {len(positions)} in "
                 f"{positions.doc_id.nunique()} documents")
    for doc_id, group in positions.groupby("doc_id"):
        rel = docs.loc[docs.doc_id == doc_id, "relevance"].iloc[0]
        lines.append(f"  - {doc_id} ({rel}): {len(group)} rows")
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    """Parse the arguments, run each scope, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", nargs="?", default=str(DEFAULT), help="a JSONL/CSV/Parquet "
                        "archive (default: ../shared/data/ant-jawharafm.jsonl)")
    parser.add_argument("--scopes", default="topical,all", help="comma-separated scopes")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="copies of the archive (new ids)")
    args = parser.parse_args(argv)
    archive = Path(args.archive)
    if not archive.is_file():
        sys.exit(f"{archive}: no such file (the ANT archive lives in ../shared/data)")
    print(f"## {archive.name} x{args.repeat}, --jobs {args.jobs}\n", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        source = repeated(archive, args.repeat, Path(tmp)) if args.repeat > 1 else archive
        for scope in args.scopes.split(","):
            out = Path(tmp) / f"out-{scope}"
            wall = run(source, out, scope=scope, jobs=args.jobs)
            print(summarise(out, source, scope, wall), flush=True)


if __name__ == "__main__":
    main()
