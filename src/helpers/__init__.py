"""Arabic-first source analysis helpers.

One sub-package per pipeline stage, imported bottom-up:

``text`` (normalise, clean, segment) → ``io`` (corpora, formats, tables, writers)
→ ``gazetteer`` → ``extract.mentions`` → ``relevance`` → ``extract.temporal``,
``extract.quotes`` → ``extract.stance``, ``extract.claims`` → ``engine`` (the
per-document pipeline and the batch runners) → ``analysis`` → ``plots``,
``evaluate``, ``validate`` → ``cli`` (``python -m helpers analyze``).  See docs/architecture.md.

The names below are the public surface for notebooks and users; they are loaded
on first use, so ``import helpers`` stays cheap (the batch workers import only
the stages they run).
"""

from __future__ import annotations

from helpers.io.lazy import lazy_names

#: public name → the sub-package (or module) that defines it.
_PUBLIC = {
    # io
    "Document": "helpers.io", "LoadError": "helpers.io", "Corpus": "helpers.io",
    "load_corpus": "helpers.io", "iter_corpus": "helpers.io", "iter_documents": "helpers.io",
    "documents_table": "helpers.io", "make_document": "helpers.io",
    "rtl_table": "helpers.io", "table": "helpers.io", "markdown": "helpers.io",
    "use_interactive": "helpers.io", "TABLES": "helpers.io", "TABLE_COLUMNS": "helpers.io",
    "escape_markdown": "helpers.io", "read_table": "helpers.io", "unescape_cell": "helpers.io",
    # text
    "normalise": "helpers.text.normalise", "normalise_text": "helpers.text",
    "clean": "helpers.text.clean", "sentences": "helpers.text", "paragraphs": "helpers.text",
    "tokens": "helpers.text", "detect_language": "helpers.text",
    # gazetteer, relevance
    "load_gazetteer": "helpers.gazetteer", "default_gazetteer": "helpers.gazetteer",
    "load_profile": "helpers.relevance", "available_profiles": "helpers.relevance",
    "document_relevance": "helpers.relevance",
    # extractors
    "find_mentions": "helpers.extract.mentions", "extract_events": "helpers.extract.temporal",
    "events_with_entities": "helpers.extract.temporal", "tag": "helpers.extract.temporal",
    "find_quotes": "helpers.extract.quotes", "find_stances": "helpers.extract.stance",
    "corpus_stances": "helpers.engine", "load_cues": "helpers.extract.stance",
    "cue_table": "helpers.extract.stance", "reload_lexicon": "helpers.extract.stance",
    "find_claims": "helpers.extract.claims",
    # engine
    "analyze_document": "helpers.engine", "analyze_corpus": "helpers.engine",
    "analyze_rows": "helpers.engine", "run": "helpers.engine",
    # analysis
    "naming_table": "helpers.analysis", "naming_pivot": "helpers.analysis",
    "keyness": "helpers.analysis.keyness", "kwic": "helpers.analysis.kwic",
    "term_counts": "helpers.analysis", "kwic_style": "helpers.analysis",
    "corpus_summary": "helpers.analysis", "aggregate_stances": "helpers.analysis",
    # evaluate
    "evaluate_folder": "helpers.evaluate.folder", "scoreboard": "helpers.evaluate",
    "error_analysis": "helpers.evaluate",
    # plots
    "use_style": "helpers.plots", "counts_chart": "helpers.plots",
    # validate (on the user's own corpus)
    "apply_judgements": "helpers.validate", "draw_sample": "helpers.validate",
    "score_judgements": "helpers.validate",
}

__all__ = ["__version__", *_PUBLIC]


_public, __dir__ = lazy_names(__name__, _PUBLIC)


def _version() -> str:
    """pyproject.toml's version, as installed (``importlib.metadata`` is imported on first use)."""
    from importlib import metadata

    try:  # one source of truth: pyproject.toml's version, as installed
        return metadata.version("helpers")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "0+source"


def __getattr__(name: str):
    if name == "__version__":  # read on first use: importing the package stays cheap
        globals()["__version__"] = version = _version()
        return version
    return _public(name)
