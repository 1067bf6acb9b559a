"""Synthetic corpus generator: seed paragraphs recombined into documents.

Every document is a title line (the first words of a paragraph) and 2–12
paragraphs drawn (with a fixed random seed) from the paragraphs of the seed
corpus, with a publication date and an outlet, so the text has the real mix
of Arabic, English, names, dates, quotes and figures that the pipeline
works on.  Sizes are in bytes of UTF-8 text (``10MB``, ``100MB``, ``1GB``).

    python bench/generate.py --size 10MB --out bench/corpus/10MB.jsonl
    python bench/generate.py --size 5MB --format folder --out bench/corpus/5MB
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTLETS = ("Reuters", "Al-Dostor", "Al Jazeera", "BBC Arabic", "Xinhua", "Anadolu", "Asharq Al-Awsat")
_UNITS = {"KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30}


def parse_size(text: str) -> int:
    """``"10MB"`` → bytes (KB, MB, GB; a plain number is bytes)."""
    text = text.strip().upper()
    for unit, factor in _UNITS.items():
        if text.endswith(unit):
            return int(float(text[: -len(unit)]) * factor)
    return int(text)


def seed_paragraphs(folder: Path = SEEDS) -> list[str]:
    """The non-empty lines of every seed text, in file order."""
    lines = []
    for path in sorted(folder.glob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines()
                  if len(line.strip()) > 20]
    return lines


def documents(*, size: int | None = None, count: int | None = None, seed: int = 0,
              paragraphs: tuple[int, int] = (2, 12)) -> Iterator[dict]:
    """Generate documents until ``size`` bytes of text or ``count`` documents.

    Args:
        size: stop once this many UTF-8 bytes of text were generated.
        count: stop after this many documents.
        seed: the random seed (same seed, same corpus).
        paragraphs: the range of paragraphs per document.

    Yields:
        ``{"id", "title", "text", "published", "outlet"}`` dicts.
    """
    rng, pool = random.Random(seed), seed_paragraphs()
    done = total = 0
    start = dt.date(2014, 1, 1)
    while (size is None or total < size) and (count is None or done < count):
        body = rng.sample(pool, min(len(pool), rng.randint(*paragraphs)))
        title = " ".join(rng.choice(pool).split()[:8])
        text = title + "\n\n" + "\n\n".join(body) + "\n"
        yield {"id": f"syn-{done:08d}", "title": title, "text": text,
               "published": (start + dt.timedelta(days=rng.randrange(3650))).isoformat(),
               "outlet": rng.choice(OUTLETS)}
        done += 1
        total += len(text.encode("utf-8"))


def write_jsonl(path: Path, docs) -> int:
    """Write documents as JSONL; returns the number written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", encoding="utf-8") as handle:
        for n, doc in enumerate(docs, start=1):
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return n


def write_folder(folder: Path, docs) -> int:
    """Write documents as ``.txt`` files with a ``catalog.csv``; returns the count."""
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(folder / "catalog.csv", "w", encoding="utf-8", newline="") as handle:
        catalog = csv.writer(handle)
        catalog.writerow(["doc_id", "file", "title", "outlet", "published"])
        for n, doc in enumerate(docs, start=1):
            name = f"{doc['id']}.txt"
            (folder / name).write_text(doc["text"], encoding="utf-8")
            catalog.writerow([doc["id"], name, doc["title"], doc["outlet"], doc["published"]])
    return n


def main(argv=None) -> None:
    """Command line: write a synthetic corpus of a given size."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="10MB", help="10MB, 100MB, 1GB …")
    parser.add_argument("--format", choices=("jsonl", "folder"), default="jsonl")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    docs = documents(size=parse_size(args.size), seed=args.seed)
    write = write_jsonl if args.format == "jsonl" else write_folder
    print(f"{write(Path(args.out), docs)} documents → {args.out}")


if __name__ == "__main__":
    main()
