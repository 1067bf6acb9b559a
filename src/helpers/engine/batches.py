"""One batch of the batch engine: records cut from a corpus, analysed, encoded for a writer.

:func:`iter_batches` cuts a corpus into batches in input order and
:func:`analyze_batch` runs the pipeline on one batch; both the process pool of
:mod:`helpers.engine.scale` and the Dask tasks of :mod:`helpers.engine.dask_engine`
call them, so the two engines share one per-batch code path.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from helpers.engine.off_topic import QUICK_LANGUAGE_CHARS, off_topic_row
from helpers.engine.scale_report import BatchResult
from helpers.io.corpus import Document, LoadError
from helpers.io.formats import Columns, Record, iter_records, load_record
from helpers.io.tables import TABLES
from helpers.io.writers import arrow_rows, conform_rows, csv_rows
from helpers.relevance.classify import could_be_relevant_batch, in_scope
from helpers.text.language_batch import languages
from helpers.text.visual_order_batch import surely_logical

__all__ = ["iter_batches", "analyze_batch"]


def iter_batches(source, *, columns: Columns | None = None, batch_docs: int = 50,
                 batch_chars: int = 1_000_000) -> Iterator[list[Record | LoadError]]:
    """Cut a corpus into batches of records, in input order.

    A record whose doc_id was seen before becomes a :class:`LoadError`
    (``duplicate doc_id``) and is skipped.

    Args:
        source: a corpus path or a :class:`~helpers.io.formats.Part`.
        columns: column names for record files.
        batch_docs: at most this many items (records and errors) per batch.
        batch_chars: a batch closes once its texts reach this many bytes or
            characters.

    Yields:
        Lists of :class:`~helpers.io.formats.Record` and :class:`LoadError`.
    """
    batch: list = []
    size, seen = 0, set()
    for item in iter_records(source, columns=columns):
        if isinstance(item, Record):
            if item.doc_id in seen:
                item = LoadError(item.where, f"duplicate doc_id {item.doc_id!r}; skipped")
            else:
                seen.add(item.doc_id)
                size += len(item.data)
        batch.append(item)
        if len(batch) >= batch_docs or size >= batch_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def analyze_batch(items: Iterable[Record | LoadError], *, tables=TABLES,
                  fmt: str | None = None, scope: str = "topical", topic: str | None = None
                  ) -> BatchResult:
    """Load and analyse one batch (the unit of work of a worker or a task).

    Args:
        items: records (and load errors, passed through as error lines).
        tables: the table names to return.
        fmt: ``None`` for DataFrames; ``csv`` or ``parquet`` to return each
            table already encoded for its writer (CSV text from
            :func:`helpers.io.schema.csv_rows`, an Arrow table from
            :func:`helpers.io.schema.arrow_rows`), so that worker processes, not
            the writing process, do that work.
        scope: topical | passing | all (see :func:`helpers.engine.pipeline.analyze_rows`).
        topic: a topic profile's name or TOML path (default: xinjiang).

    Returns:
        A :class:`BatchResult`; a document that fails to load or to analyse
        is an error line, never an exception.
    """
    rows: dict[str, list[dict]] = {name: [] for name in tables}
    result = BatchResult({}, [], [])
    items = list(items)
    logical = iter(_logical(items))
    loads = [(item, [item] if isinstance(item, LoadError) else _load(item, next(logical)))
             for item in items]
    docs = [loaded[-1] for _, loaded in loads if isinstance(loaded[-1], Document)]
    answers = _prefilter(docs, scope=scope, topic=topic)
    quick = iter(_off_topic_languages(docs, answers, tables=tables, scope=scope))
    answers = iter(answers)
    for item, loaded in loads:
        result.items += 1
        doc = loaded[-1] if isinstance(loaded[-1], Document) else None
        for thing in loaded[:-1] if doc else loaded:
            result.add(thing, document=doc is not None)
        if doc is None:
            continue
        candidate, language = next(answers), next(quick)
        try:
            if language is not None:  # ruled out: its documents row, as analyze_rows makes it
                found = {name: [] for name in tables}
                found["documents"] = [off_topic_row(doc, language=language or None)]
                found = {name: found[name] for name in tables}
            else:
                found = analyze_rows_lazily(doc, tables=tables, scope=scope, topic=topic,
                                            candidate=candidate)
        except Exception as exc:  # one bad document must not lose the others
            result.add(LoadError(item.where, f"analysis failed ({exc.__class__.__name__}: {exc})"),
                       document=False)
            continue
        result.doc_ids.append(doc.doc_id)
        result.chars += len(doc.raw)
        level = found["documents"][0].get("relevance") if found.get("documents") else None
        if level and not in_scope(level, scope):
            result.counts["excluded"][level] += 1
        for name in tables:
            rows[name].extend(found[name])
    result.tables = _encode(rows, fmt)
    return result


def analyze_rows_lazily(doc: Document, **options) -> dict[str, list[dict]]:
    """:func:`helpers.engine.pipeline.analyze_rows`, its stages imported on the first call.

    The main process of a run whose workers read their own chunks never
    analyses a document, so it never imports the extractors.

    Args:
        doc: a loaded document.
        **options: as :func:`helpers.engine.pipeline.analyze_rows`.

    Returns:
        ``{table name: [row dict, …]}``.
    """
    from helpers.engine.pipeline import analyze_rows

    return analyze_rows(doc, **options)


def _off_topic_languages(docs: list[Document], answers: list, *, tables, scope: str) -> list:
    """For each document: None to analyse it, else its documents row is made here (the prefilter
    ruled it out), with the language of its text's start told for the batch ("" when not needed).

    Only with a scope that stops at the prefilter (``topical``, ``passing``) and known tables, so
    that :func:`~helpers.engine.pipeline.analyze_rows` would make exactly that row.
    """
    if scope not in ("topical", "passing") or not set(tables) <= set(TABLES):
        return [None] * len(docs)
    asked = [i for i, (doc, answer) in enumerate(zip(docs, answers))
             if answer is False and doc.extra.get("deferred") and not doc.language]
    told = languages([docs[i].raw[:QUICK_LANGUAGE_CHARS] for i in asked])
    found: list = [None if answer is not False else "" for answer in answers]
    for i, language in zip(asked, told):
        found[i] = language
    return found


def _prefilter(docs: list[Document], *, scope: str, topic) -> list[bool | None]:
    """The prefilter's answer for each document, for the whole batch at once (None: not known).

    With scope ``all`` the prefilter is not asked ahead (the pipeline reads it from the
    document's view); a batch the batch test fails on is left to the per-document test, so
    that a failure is the document's error line, as before.
    """
    if scope == "all" or len(docs) < 2:
        return [None] * len(docs)
    try:
        return could_be_relevant_batch([doc.raw for doc in docs], topic)
    except Exception:  # noqa: BLE001 - each document meets the same failure on its own
        return [None] * len(docs)


def _logical(items: list) -> list[bool]:
    """For each record of ``items``: its text is surely not in visual order (one pass for the batch).

    Only records whose text is read as it is (a record file's text column) are told; a failure
    leaves every record to the check of its own loading.
    """
    records = [item for item in items if isinstance(item, Record)]
    texts = [record.data for record in records if isinstance(record.data, str)]
    try:
        told = iter(surely_logical(texts) if len(texts) > 1 else [False] * len(texts))
    except Exception:  # noqa: BLE001 - each record is checked when it is loaded
        return [False] * len(records)
    return [next(told) if isinstance(record.data, str) else False for record in records]


def _load(record: Record, logical: bool = False) -> list:
    """:func:`load_record`, with any unforeseen failure as the record's error line.

    Metadata inference is left to the pipeline, which skips the costly part
    for documents it does not analyse.
    """
    try:
        return load_record(record, infer=False, logical=logical)
    except Exception as exc:  # e.g. a page that breaks the HTML parser
        return [LoadError(record.where, f"could not be read ({exc.__class__.__name__}: {exc})")]


def _encode(rows: dict[str, list[dict]], fmt: str | None) -> dict:
    """Each table's rows in the form its writer takes (see :func:`analyze_batch`)."""
    encoders = {"csv": csv_rows, "parquet": arrow_rows}
    return {name: encoders.get(fmt, conform_rows)(name, found) for name, found in rows.items()}
