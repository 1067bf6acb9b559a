"""Loading a corpus: a folder (or any supported file) read into a :class:`Corpus`.

The readers of every format live in :mod:`helpers.io.formats`; this module sits
above them and gives notebooks the in-memory view (documents sorted by
``doc_id`` plus the problems met), while the batch engine streams records instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pandas as pd

from helpers.io.corpus import Document, LoadError, documents_table
from helpers.io.formats import iter_documents

__all__ = ["Corpus", "iter_corpus", "load_corpus"]


def iter_corpus(folder: str | Path) -> Iterator[Document | LoadError]:
    """Read a corpus folder lazily, one document (or error) at a time.

    The folder is searched recursively for ``*.txt`` and ``*.md`` (and saved
    ``*.html`` pages); any other corpus :func:`helpers.io.formats.iter_documents`
    reads is read too (a ``.zip`` of texts, a JSON, JSONL, CSV, TSV, Excel or
    Parquet file).

    Args:
        folder: a folder of ``*.txt`` files, with an optional ``catalog.csv``
            (or another corpus path).

    Yields:
        :class:`Document` objects in file-path order, and a
        :class:`LoadError` for each problem.
    """
    folder = Path(folder)
    if not folder.exists():
        yield LoadError(str(folder), "no such folder")
        return
    yield from iter_documents(folder)


@dataclass
class Corpus:
    """Documents sorted by ``doc_id`` and the problems met while loading."""

    documents: list[Document]
    errors: list[LoadError]

    def __iter__(self):
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def get(self, doc_id: str) -> Document:
        """The document with this id (``KeyError`` if none)."""
        for doc in self.documents:
            if doc.doc_id == doc_id:
                return doc
        raise KeyError(doc_id)

    def table(self) -> pd.DataFrame:
        """The documents table (columns of :data:`DOCUMENT_COLUMNS`, then
        notes, inferred, dateline_place, dateline_agency)."""
        return documents_table(self.documents)


def load_corpus(folder: str | Path) -> Corpus:
    """Load a whole corpus folder into memory.

    Args:
        folder: a folder of ``*.txt`` files, with an optional ``catalog.csv``
            (or a ``.zip`` of texts, or a record file).

    Returns:
        A :class:`Corpus`; check ``.errors`` for files that did not load (and
        the notes and warnings about the corpus: files not read, encodings).
    """
    docs, errors, seen = [], [], set()
    for item in iter_corpus(folder):
        if isinstance(item, LoadError):
            errors.append(item)
        elif item.doc_id in seen:
            errors.append(LoadError(item.file, f"duplicate doc_id {item.doc_id!r}; skipped"))
        else:
            seen.add(item.doc_id)
            item.cleaned = None  # a corpus held in memory keeps raw texts only
            docs.append(item)
    return Corpus(sorted(docs, key=lambda d: d.doc_id), errors)
