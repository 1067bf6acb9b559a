"""Make ``src/helpers/data/validate/evaluation_figures.tsv``: the project's own evaluation figures per table.

Usage: python bench/evaluation_figures.py [--dev DIR] [--out FILE] [--check]

A section of notebooks 02–04 (and of ``helpers report``) whose table has no
judgements of the user's corpus states these figures instead, saying that
they come from other documents (:func:`helpers.validate.evaluation_sentence`).
They are computed, never typed:

- **the seeds** (``seeds/``, the three documents the rules were shaped on):
  every extractor against the seeds' gold (``tests/gold``,
  :func:`helpers.evaluate.scoreboard`), and the stance rows judged by
  reading the seeds (``notebooks/data/seeds_stances.judgements.jsonl``,
  scored as ``helpers validate score`` does);
- **the dev set** (``../shared/data/dev-xinjiang``, or ``--dev DIR``): names,
  stances and figures against its ``gold.json``
  (:func:`helpers.evaluate_folder`), and its stance rows judged by reading
  (``bench/validation/dev_xinjiang_stances.judgements.jsonl``).  Where the
  folder is absent, the dev rows of the current file are kept as they are;
- **the project's probes** (``tests/probes/names.tsv``, ``figures.tsv``,
  ``dates.tsv``; never the held-back ones), scored by ``bench/probes_*.py``.

Each row is one figure: ``table, source, documents, measure, metric
(precision | recall), figure, n`` (n: the rows found for a precision, the
gold items for a recall).  ``--check`` writes nothing and exits 1 when the
file differs from what the script computes.  Run it after a change of the
rules, the gold or the judged samples.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
OUT = ROOT / "src" / "helpers" / "data" / "validate" / "evaluation_figures.tsv"
DEV = ROOT.parent / "shared" / "data" / "dev-xinjiang"
SEED_JUDGEMENTS = ROOT / "notebooks" / "data" / "seeds_stances.judgements.jsonl"
DEV_JUDGEMENTS = ROOT / "bench" / "validation" / "dev_xinjiang_stances.judgements.jsonl"
PROBES = ROOT / "tests" / "probes"
COLUMNS = ["table", "source", "documents", "measure", "metric", "figure", "n"]
HEADER = """\
# The project's own evaluation figures, per table: what a section of notebooks 02-04 and of the report
# states when no row of its table has been judged on the user's corpus (helpers.validate.evaluation).
# MADE BY `python bench/evaluation_figures.py` (do not edit by hand; re-run it after a change of the rules).
# table: stances | quotes | claims | mentions | events.  source: seeds | dev | probes.
# documents: the set in words (other documents than the user's).  measure: what was scored.
# metric: precision | recall.  figure: 0-1.  n: rows found (precision) or gold items (recall).
"""
STANCE_LABELS = ("critical", "defends", "declined")
#: The seeds' scoreboard rows used, per table: (extractor, criterion, measure).
FIGURES = "figures with the right value and source"
NAMES = "region and people names of the right kind"
DATES = "dates with the right calendar value"
SEED_ROWS = [("quotes", "span + speaker + actor", "quotes with the right speaker and actor"),
             ("claims", "+ attribution", FIGURES),
             ("mentions", "span + entity", "names of the right entity"),
             ("events", "value (span overlap + value)", DATES)]
DEV_ROWS = [("mentions", "names", "span overlap + kind", NAMES),
            ("claims", "figures", "span + value + source", FIGURES)]
JUDGED = "stance rows a reader judged right in their sentence"
GOLD_STANCES = "critical/defends/declined labels per (document, actor)"


def _rows(table, source, documents, measure, tp, fp, fn):
    rows = []
    if tp + fp:
        rows.append([table, source, documents, measure, "precision", f"{tp / (tp + fp):.3f}", tp + fp])
    if fn is not None and tp + fn:
        rows.append([table, source, documents, measure, "recall", f"{tp / (tp + fn):.3f}", tp + fn])
    return rows


def _judged(table_source, judgements, source, documents):
    """Per-row precision of a judged stance sample (as ``helpers validate score`` gives it)."""
    from helpers.analysis import analyze, load_any, scope_tables
    from helpers.validate import score_judgements

    tables, _ = scope_tables(analyze(load_any(table_source), topic="xinjiang", scope="topical"), scope="topical")
    scores, problems = score_judgements(tables, judgements, table="stances")
    for problem in problems:
        print(f"{problem.level}: {problem}", file=sys.stderr)
    overall = scores["overall"]
    right = round(overall["p"] * overall["n"])
    return _rows("stances", source, documents, JUDGED, right, overall["n"] - right, None)


def seed_rows() -> list[list]:
    """The figures on the seeds: the scoreboard against ``tests/gold`` and the judged stance sample.

    Returns:
        Rows of :data:`COLUMNS`.
    """
    from helpers.engine import analyze_corpus
    from helpers.evaluate import scoreboard
    from helpers.io import load_corpus

    seeds = load_corpus(ROOT / "seeds")
    documents = f"the project's {len(seeds.documents)} seed documents (the rules were shaped on them)"
    board = scoreboard(analyze_corpus(seeds), {d.doc_id: d.raw for d in seeds}, gold_dir=ROOT / "tests" / "gold")
    rows = _judged(ROOT / "seeds", SEED_JUDGEMENTS, "seeds", documents)
    labels = board[(board["extractor"] == "stances") & board["criterion"].isin([f"label {x}" for x in STANCE_LABELS])]
    rows += _rows("stances", "seeds", documents, GOLD_STANCES, *(int(labels[c].sum()) for c in ("tp", "fp", "fn")))
    for table, criterion, measure in SEED_ROWS:
        row = board[(board["extractor"] == table) & (board["criterion"] == criterion)].iloc[0]
        rows += _rows(table, "seeds", documents, measure, int(row["tp"]), int(row["fp"]), int(row["fn"]))
    return rows


def dev_rows(folder: Path) -> list[list]:
    """The figures on the dev set: ``evaluate_folder`` against its ``gold.json`` and the judged stance sample.

    Args:
        folder: the dev-xinjiang folder.

    Returns:
        Rows of :data:`COLUMNS`.
    """
    from helpers import evaluate_folder

    scores = evaluate_folder(folder)
    documents = (f"the dev set ({len(scores.gold.relevance)} real documents of other outlets, "
                 "also used in developing the rules)")
    board = scores.scoreboard
    rows = _judged(folder, DEV_JUDGEMENTS, "dev", documents)
    stance = board[(board["measure"] == "stances") & (board["criterion"] == "(doc, actor, label) all")].iloc[0]
    rows += _rows("stances", "dev", documents, GOLD_STANCES, int(stance["tp"]), int(stance["fp"]), int(stance["fn"]))
    for table, measure, criterion, words in DEV_ROWS:
        row = board[(board["measure"] == measure) & (board["criterion"] == criterion)].iloc[0]
        rows += _rows(table, "dev", documents, words, int(row["tp"]), int(row["fp"]), int(row["fn"]))
    return rows


def probe_rows() -> list[list]:
    """The figures on the project's probes (names, figures, dates; never the held-back folder).

    Returns:
        Rows of :data:`COLUMNS`.
    """
    import probes_dates
    import probes_figures
    import probes_names

    phrase = "the project's probes ({} short test items written with the rules)".format
    items = probes_names.read_probes(PROBES / "names.tsv")
    tp, fp, fn = probes_names.score(items)["overall"][:3]
    rows = _rows("mentions", "probes", phrase(len(items)), NAMES, tp, fp, fn)
    items = probes_figures.read_probes(PROBES / "figures.tsv")
    found, _, _ = probes_figures.run(items)
    total = probes_figures.summarise(items, {i["id"]: probes_figures.score_item(i, found.get(i["id"], []))
                                             for i in items})["all"]
    right = total["tp_source"]
    rows += _rows("claims", "probes", phrase(len(items)), FIGURES, right,
                  total["fp"] + total["tp"] - right, total["fn"] + total["tp"] - right)
    items = probes_dates.read_probes(PROBES / "dates.tsv")
    gold, predicted = probes_dates.run(items)
    total = probes_dates.scores(items, gold, predicted, "group").iloc[0]
    rows += _rows("events", "probes", phrase(len(items)), DATES, int(total["tp"]),
                  int(total["fp"]), int(total["fn"]))
    return rows


def _kept_dev_rows(path: Path) -> list[list]:
    if not path.is_file():
        return []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [row for row in list(csv.reader(lines, delimiter="\t"))[1:] if row[1] == "dev"]


def render(rows: list[list]) -> str:
    """The data file's text.

    Args:
        rows: rows of :data:`COLUMNS`.

    Returns:
        The header comment, the column names and the rows, tab-separated, sorted by table (file order kept within).
    """
    order = {"stances": 0, "quotes": 1, "claims": 2, "mentions": 3, "events": 4}
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(sorted(rows, key=lambda row: order[row[0]]))
    return HEADER + buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Compute the figures and write (or check) the data file.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        0, or 1 when ``--check`` finds the file out of date.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", default=str(DEV), help="the dev-xinjiang folder (default: ../shared/data/…)")
    parser.add_argument("--out", default=str(OUT), help="the file to write")
    parser.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    args = parser.parse_args(argv)
    out, dev = Path(args.out), Path(args.dev)
    if (dev / "gold.json").is_file():
        rows = dev_rows(dev)
    else:
        rows = _kept_dev_rows(out)
        print(f"note: {dev}: no dev set here; its {len(rows)} rows of {out.name} are kept", file=sys.stderr)
    rows = seed_rows() + rows + probe_rows()
    text = render(rows)
    if args.check:
        same = out.is_file() and out.read_text(encoding="utf-8") == text
        print(f"{out}: {'up to date' if same else 'OUT OF DATE (run python bench/evaluation_figures.py)'}")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
