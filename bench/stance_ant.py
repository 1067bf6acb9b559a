"""Count stance rows on a general-news archive (off-target stances): python bench/stance_ant.py [FILE] [--show N]

Prints the number of critical/defends/declined rows, the documents holding them, and the seconds taken.
"""
import collections
import sys
import time
from pathlib import Path

from helpers.engine.pipeline import corpus_stances
from helpers.io.formats import iter_documents

LABELS = ("critical", "defends", "declined")

if __name__ == "__main__":
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    args = [a for a in sys.argv[1:] if not a.startswith("--") and a != str(show)]
    source = args[0] if args else str(Path(__file__).resolve().parents[2] / "shared/data/ant-jawharafm.jsonl")
    t0 = time.time()
    docs = [d for d in iter_documents(source) if hasattr(d, "raw")]
    table = corpus_stances(docs)["stances"]
    table = table[table["stance"].isin(LABELS)]
    print(f"{len(docs)} documents, {len(table)} stance rows in {table['doc_id'].nunique()} documents, "
          f"{time.time() - t0:.0f} s")
    print(collections.Counter(table["stance"]))
    if show:
        for r in table.head(show).itertuples():
            print(r.doc_id, r.actor, r.stance, f"[{r.cue}|{r.label_source}]", r.evidence[:160].replace("\n", " "))
