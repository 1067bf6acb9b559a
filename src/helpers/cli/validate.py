"""``helpers validate sample | form | score``: check the tables on your own corpus.

- ``helpers validate sample OUT_DIR --table stances --n 60 --seed 7 --out sample.csv [--recall]``
  draws a reproducible stratified sample of an output folder's table;
- ``helpers validate form sample.csv --out form.html`` writes a page to judge it in a browser;
- ``helpers validate score OUT_DIR --judgements FILE... [--json FILE]`` prints precision per label
  and per outlet with 95 % Wilson intervals, the errors, recall and agreement.

Each problem is one line on stderr (``error:``, ``warning:``) naming the file; a command that
cannot run exits with 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

__all__ = ["add_validate_command", "print_corrections"]


def add_validate_command(commands) -> None:
    """Register ``helpers validate`` on the command line's subparsers.

    Args:
        commands: the ``argparse`` subparsers of :func:`helpers.cli.main.build_parser`.

    Returns:
        None; the parsed arguments carry ``run`` (the command's function).
    """
    from helpers.validate.vocabulary import VALIDATED_TABLES

    validate = commands.add_parser(
        "validate", help="check the tables on your own corpus: samples, a judging page, precision",
        description="Validate the tables of helpers analyze on your own corpus: draw a sample, judge it "
                    "(in notebook 06, in a spreadsheet or in the page of 'form'), then score the judgements.")
    steps = validate.add_subparsers(dest="step", required=True, metavar="STEP")
    sample = steps.add_parser("sample", help="draw a reproducible stratified sample of a table",
                              description="Draw N rows of a table of OUT_DIR, stratified by label and outlet "
                                          "(and rule/confidence where the table has them), with their evidence "
                                          "sentences and empty judgement columns.")
    sample.add_argument("out_dir", metavar="OUT_DIR", help="an output folder of helpers analyze")
    sample.add_argument("--table", choices=VALIDATED_TABLES, default="stances", help="the table (stances)")
    sample.add_argument("--n", type=int, default=60, help="rows to draw (60)")
    sample.add_argument("--seed", type=int, default=7, help="random seed: one seed, one sample (7)")
    sample.add_argument("--out", metavar="CSV", required=True, help="the sample to write (.csv)")
    sample.add_argument("--recall", action="store_true",
                        help="sample topical sentences that produced no row of the table instead")
    form = steps.add_parser("form", help="write a self-contained page to judge a sample in a browser",
                            description="Write one HTML page that shows the sample row by row, records a verdict "
                                        "per row in the browser and downloads the judgements as JSONL.")
    form.add_argument("sample", metavar="SAMPLE", help="a sample (.csv, or .xlsx saved from it)")
    form.add_argument("--out", metavar="HTML", default="form.html", help="the page to write (form.html)")
    score = steps.add_parser("score", help="precision with 95%% intervals, errors, recall, agreement",
                             description="Score judgements against OUT_DIR: precision per label and per outlet "
                                         "with 95%% Wilson intervals and sample sizes, the share of each error, "
                                         "recall from a recall sample, Cohen's kappa and Krippendorff's alpha.")
    score.add_argument("out_dir", metavar="OUT_DIR", help="the output folder the sample was drawn from")
    score.add_argument("--judgements", metavar="FILE", nargs="+", required=True,
                       help="judgements: JSONL files, or samples with the verdict column filled (.csv/.xlsx)")
    score.add_argument("--table", choices=VALIDATED_TABLES, default=None,
                       help="the table (default: the only one judged)")
    score.add_argument("--json", metavar="FILE", default=None, help="also write the figures as JSON")
    validate.set_defaults(run=_run)


def _problems(problems, stderr) -> None:
    for problem in problems:
        print(f"{problem.level}: {problem}", file=stderr)


def print_corrections(corrections, written, stderr=None) -> None:
    """Say what ``helpers analyze --judgements`` corrected (one line per table written, one per unused judgement).

    Args:
        corrections: from :func:`helpers.validate.corrected.write_corrected`.
        written: the files written.
        stderr: where the lines go (default: ``sys.stderr``).

    Returns:
        None.
    """
    stderr = stderr or sys.stderr
    _problems(corrections.problems, stderr)
    for path in written:
        table = path.name.split(".")[0]
        done = corrections.by_table[table]
        count = done["relabel"] + done["reactor"] + done["drop"]
        print(f"judgements: {count} of {done['rows']} {table} rows corrected ({done['relabel']} relabelled, "
              f"{done['reactor']} given another actor, {done['drop']} dropped); wrote {path} "
              f"({path.name.split('.')[0]}.{path.suffix[1:]} stays as extracted)", file=stderr)
    if not written:
        print("judgements: no judgement is about a table of this run; nothing corrected", file=stderr)


def _run(args) -> int:
    from helpers.validate.output import ValidationError

    try:
        return {"sample": _sample, "form": _form, "score": _score}[args.step](args)
    except ValidationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _sample(args) -> int:
    from helpers.validate.sample import draw_sample
    from helpers.validate.sample_file import write_sample

    if args.n < 1:
        raise ValueError("--n must be at least 1")
    sample = draw_sample(args.out_dir, args.table, n=args.n, seed=args.seed, recall=args.recall)
    path = write_sample(sample, args.out)
    if sample.empty:
        empty = "no topical sentence without a row" if args.recall else f"no rows in its {args.table} table"
        print(f"warning: {args.out_dir}: {empty}; the sample is empty", file=sys.stderr)
    what = "topical sentences without a row" if args.recall else f"{args.table} rows"
    print(f"wrote {path}: {len(sample)} {what} (seed {args.seed}, {sample['stratum'].nunique()} strata); "
          f"fill its verdict column, or judge it with: helpers validate form {path} --out form.html")
    return 0


def _form(args) -> int:
    from helpers.validate.form import write_form

    path = write_form(args.sample, args.out)
    print(f"wrote {path}: open it in a browser, judge, then download the judgements (JSONL)")
    return 0


def _score(args) -> int:
    from helpers.validate.judgements import read_judgements
    from helpers.validate.output import ValidationError
    from helpers.validate.scores import score_judgements
    from helpers.validate.summary import format_scores

    judgements, problems = read_judgements(args.judgements)
    _problems(problems, sys.stderr)
    if judgements.empty:
        raise ValidationError(", ".join(args.judgements), "no usable judgement (a JSONL file of judgements, or a "
                                                          "sample whose verdict column is filled)")
    scores, problems = score_judgements(args.out_dir, judgements, table=args.table)
    _problems(problems, sys.stderr)
    print(format_scores(scores))
    if args.json:
        target = Path(args.json)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(scores, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {target}")
    return 0
