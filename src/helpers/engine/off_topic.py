"""The documents row of a document the relevance prefilter rules out.

On a general archive nearly every document is ruled out by the prefilter
(:func:`helpers.relevance.classify.could_be_relevant`): it gets its row in the documents
table (metadata inferred cheaply from the raw text, its relevance ``none``, its sentences
not counted) and nothing else.  :func:`off_topic_row` makes that row;
:func:`helpers.engine.pipeline.analyze_rows` calls it for such a document, and
:func:`helpers.engine.batches.analyze_batch` calls it directly for the documents the batch's
prefilter ruled out (with their languages told for the whole batch at once), without the
pipeline's per-document set-up.  This module imports neither the pipeline nor its stages.
"""

from __future__ import annotations

from helpers.io.corpus import _QUICK_LANGUAGE_CHARS, Document, document_row, infer_metadata
from helpers.relevance.classify import NOT_RELEVANT

__all__ = ["off_topic_row", "copy_document", "QUICK_LANGUAGE_CHARS"]

#: How much of the text the quick inference reads for the language (as ``infer_metadata``).
QUICK_LANGUAGE_CHARS = _QUICK_LANGUAGE_CHARS


def copy_document(doc: Document) -> Document:
    """``dataclasses.replace(doc)`` with its own ``extra`` and ``inferred`` (without calling ``__init__``).

    Args:
        doc: a document.

    Returns:
        The copy.
    """
    copy = object.__new__(Document)
    copy.__dict__.update(doc.__dict__, extra=dict(doc.extra), inferred=set(doc.inferred))
    return copy


def off_topic_row(doc: Document, *, language: str | None = None) -> dict:
    """The documents row of a document that is not analysed (the prefilter ruled it out).

    Args:
        doc: a loaded document; when its metadata inference was deferred, it is
            inferred (quickly, from the raw text) on a copy.
        language: ``detect_language`` of the text's first
            :data:`QUICK_LANGUAGE_CHARS` characters, when already known.

    Returns:
        The row: :func:`~helpers.io.corpus.document_row` without a sentence count, relevance
        ``none`` and an empty ``date_note``.
    """
    if doc.extra.get("deferred"):
        doc = copy_document(doc)
        infer_metadata(doc, quick=True, language=language)
    return {**document_row(doc, n_sentences=None), **NOT_RELEVANT, "date_note": ""}
