"""Validation on the user's own corpus: samples, judgements, precision with intervals, corrections.

This layer reads the OUTPUT of ``helpers analyze`` (or the tables
``analyze_corpus`` returns), like ``analysis``; no extraction code imports it.

- :func:`draw_sample` (``sample``): a reproducible sample of a table,
  stratified by label and outlet (and rule/confidence where present), each row
  with its evidence sentence, title, outlet, key and empty judgement columns;
  ``recall=True`` samples topical sentences that produced no row.
- :func:`make_judgement`, :func:`append_judgement`, :func:`read_judgements`
  (``judgements``): JSONL judgements and filled-in spreadsheets.
- :func:`score` (``scores``): precision per label and outlet with Wilson
  intervals, errors, recall, Cohen's kappa and Krippendorff's alpha;
  :func:`format_scores` and :func:`precision_sentence` say them in words.
- :func:`apply_judgements` (``apply``): corrected copies of the tables.
- :func:`write_form` (``form``): a self-contained HTML page to judge a sample
  without Python; :class:`JudgeWidget` (``widget``): the same in JupyterLab.
- :func:`reliability_note` (``notes``): the sentence a notebook section or the
  report shows about a table's measured precision; without judgements,
  :func:`evaluation_sentence` (``evaluation``): the figures of the project's
  own evaluation sets (``data/validate/evaluation_figures.tsv``, made by
  ``bench/evaluation_figures.py``), saying that they come from other documents.

The verdicts of each table are data: ``data/validate/verdicts.tsv``.
"""

from helpers.validate.vocabulary import (
    VALIDATED_TABLES, JUDGEMENT_COLUMNS, TableSpec, table_spec, verdicts, verdict_action, row_key, row_keys,
    recall_key,
)
from helpers.validate.output import ValidationError, load_output, outlet_names
from helpers.validate.evidence import evidence_html
from helpers.validate.sample import META_COLUMNS, draw_sample, allocate, recall_population
from helpers.validate.sample_file import write_sample, read_sample
from helpers.validate.judgements import (
    FIELDS, make_judgement, append_judgement, read_judgements, latest, resolve, judged_keys,
)
from helpers.validate.stats import wilson, proportion, agreement
from helpers.validate.scores import score

score_judgements = score  # the name on the package's public surface (helpers.score_judgements)
from helpers.validate.summary import format_scores, precision_sentence
from helpers.validate.apply import Corrections, apply_judgements
from helpers.validate.evaluation import evaluation_figures, evaluation_sentence
from helpers.validate.notes import reliability_note, corrected_tables
from helpers.validate.form import write_form, form_html

__all__ = [
    "VALIDATED_TABLES", "JUDGEMENT_COLUMNS", "TableSpec", "table_spec", "verdicts", "verdict_action", "row_key",
    "row_keys", "recall_key", "ValidationError", "load_output", "outlet_names", "evidence_html", "META_COLUMNS",
    "draw_sample", "allocate", "recall_population", "write_sample", "read_sample", "FIELDS", "make_judgement",
    "append_judgement", "read_judgements", "latest", "resolve", "judged_keys", "wilson", "proportion",
    "agreement", "score", "score_judgements", "format_scores", "precision_sentence", "Corrections", "apply_judgements",
    "reliability_note", "corrected_tables", "evaluation_figures", "evaluation_sentence", "write_form", "form_html", "JudgeWidget",
]


def __getattr__(name: str):
    """``JudgeWidget`` is loaded on first use (it needs ipywidgets, of the notebooks extra)."""
    if name == "JudgeWidget":
        from helpers.validate.widget import JudgeWidget

        return JudgeWidget
    raise AttributeError(f"module 'helpers.validate' has no attribute {name!r}")
