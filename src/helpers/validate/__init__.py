"""Validation on the user's own corpus: samples, judgements, precision with intervals, corrections.

This layer reads the OUTPUT of ``helpers analyze`` (or the tables
``analyze_corpus`` returns), like ``analysis``; no extraction code imports it.

- :func:`draw_sample` (``sample``): a reproducible sample of a table,
  stratified by label and outlet (and rule/confidence where present), each row
  with its evidence sentence, title, outlet, key and empty judgement columns;
  ``recall=True`` samples topical sentences that produced no row.
- :func:`make_judgement`, :func:`append_judgement`, :func:`read_judgements`
  (``judgements``): JSONL judgements and filled-in spreadsheets.
- :func:`score_judgements` (``scores``): precision per label and outlet with Wilson
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

from __future__ import annotations

from helpers.io.lazy import lazy_names

#: public name → the module that defines it, loaded on first use (the command line needs none of them to
#: start, and ``summary`` imports pandas' Styler).
_PUBLIC = {
    "VALIDATED_TABLES": "helpers.validate.vocabulary", "JUDGEMENT_COLUMNS": "helpers.validate.vocabulary",
    "TableSpec": "helpers.validate.vocabulary", "table_spec": "helpers.validate.vocabulary",
    "verdicts": "helpers.validate.vocabulary", "verdict_action": "helpers.validate.vocabulary",
    "row_key": "helpers.validate.vocabulary", "row_keys": "helpers.validate.vocabulary",
    "recall_key": "helpers.validate.vocabulary", "ValidationError": "helpers.validate.output",
    "load_output": "helpers.validate.output", "outlet_names": "helpers.validate.output",
    "evidence_html": "helpers.validate.evidence", "META_COLUMNS": "helpers.validate.sample",
    "draw_sample": "helpers.validate.sample", "allocate": "helpers.validate.sample",
    "recall_population": "helpers.validate.sample", "write_sample": "helpers.validate.sample_file",
    "read_sample": "helpers.validate.sample_file", "FIELDS": "helpers.validate.judgements",
    "make_judgement": "helpers.validate.judgements", "append_judgement": "helpers.validate.judgements",
    "read_judgements": "helpers.validate.judgements", "latest": "helpers.validate.judgements",
    "resolve_judgements": "helpers.validate.judgements", "judged_keys": "helpers.validate.judgements",
    "wilson": "helpers.validate.stats", "proportion": "helpers.validate.stats",
    "agreement": "helpers.validate.stats",
    "format_scores": "helpers.validate.summary", "precision_sentence": "helpers.validate.summary",
    "Corrections": "helpers.validate.apply", "apply_judgements": "helpers.validate.apply",
    "evaluation_figures": "helpers.validate.evaluation", "evaluation_sentence": "helpers.validate.evaluation",
    "reliability_note": "helpers.validate.notes", "corrected_tables": "helpers.validate.notes",
    "write_form": "helpers.validate.form", "form_html": "helpers.validate.form",
    "score_judgements": "helpers.validate.scores",
    "JudgeWidget": "helpers.validate.widget",  # needs ipywidgets (the notebooks extra): loaded when asked for
}

__all__ = [
    "VALIDATED_TABLES", "JUDGEMENT_COLUMNS", "TableSpec", "table_spec", "verdicts", "verdict_action", "row_key",
    "row_keys", "recall_key", "ValidationError", "load_output", "outlet_names", "evidence_html", "META_COLUMNS",
    "draw_sample", "allocate", "recall_population", "write_sample", "read_sample", "FIELDS", "make_judgement",
    "append_judgement", "read_judgements", "latest", "resolve_judgements", "judged_keys", "wilson", "proportion",
    "agreement", "score_judgements", "format_scores", "precision_sentence", "Corrections", "apply_judgements",
    "reliability_note", "corrected_tables", "evaluation_figures", "evaluation_sentence", "write_form", "form_html",
    "JudgeWidget",
]


__getattr__, __dir__ = lazy_names(__name__, _PUBLIC)
