"""A JSON Lines file read by the workers themselves, in small byte ranges.

With ``jobs > 1`` the main process of :func:`helpers.engine.scale.run` only
cuts the file into chunks of whole lines (:func:`plan_chunks`: a scan for line
ends, no parsing) and sends each worker a :class:`~helpers.io.formats.Part`
naming its byte range; the worker reads and parses its lines, loads and
analyses them (:func:`analyze_chunk`).  On a general archive, where most
records are ruled out by the prefilter, parsing and sending every record from
one process was what kept a second worker idle.

The output is the same as reading the file in one process
(:func:`helpers.engine.batches.iter_batches`): chunks are submitted and
collected in file order; a doc_id seen in an earlier chunk is found by the
main process (:class:`ChunkDuplicates`), which has that chunk analysed again
with those ids named as duplicates, so the first record of an id wins and
every later one is one ``duplicate doc_id`` line, as before.  A file that
cannot be cut this way (a ``.gz``, a JSON document, one chunk only) is read
the usual way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from helpers.engine.batches import analyze_batch
from helpers.engine.scale_report import BatchResult
from helpers.io.corpus import LoadError
from helpers.io.formats import Columns, Part, Record, iter_records, source_kind
from helpers.io.records import one_part
from helpers.io.tables import TABLES

__all__ = ["plan_chunks", "analyze_chunk", "ChunkDuplicates", "CHUNK_KINDS"]

#: Kinds read in chunks by the workers (JSON Lines, also when named ``.json``).
CHUNK_KINDS = ("jsonl", "json")
_BLOCK = 1 << 23


def _line_ends(path: Path) -> Iterator[int]:
    """The offset after each line end of a file, in order (and the end of an unended last line)."""
    with open(path, "rb") as handle:
        offset, tail = 0, False
        while block := handle.read(_BLOCK):
            find, pos = block.find, 0
            while (end := find(b"\n", pos)) >= 0:
                pos = end + 1
                yield offset + pos
            tail = pos < len(block)
            offset += len(block)
        if tail:
            yield offset


def plan_chunks(source, *, batch_docs: int = 50, batch_chars: int = 1_000_000
                ) -> Iterator[Part] | None:
    """Cut a JSON Lines file into chunks of at most ``batch_docs`` lines or about ``batch_chars`` bytes.

    Args:
        source: a corpus path.
        batch_docs: lines per chunk.
        batch_chars: a chunk closes once its lines reach this many bytes.

    Returns:
        An iterator of parts in file order (``chunked`` set, ``line`` the
        first line's number), or None when the file is not read in chunks
        (not JSON Lines, a ``.gz``, a JSON document, empty, or one chunk only).
    """
    kind, path = source_kind(source), Path(source)
    if kind not in CHUNK_KINDS or one_part(path, kind) is not None or path.stat().st_size == 0:
        return None
    chunks = _chunks(path, kind, batch_docs, batch_chars)
    first, second = next(chunks, None), next(chunks, None)
    if second is None:
        return None

    def every() -> Iterator[Part]:
        yield first
        yield second
        yield from chunks

    return every()


def _chunks(path: Path, kind: str, batch_docs: int, batch_chars: int) -> Iterator[Part]:
    start, line, lines, index = 0, 1, 0, 0
    for end in _line_ends(path):
        lines += 1
        if lines >= batch_docs or end - start >= batch_chars:
            yield Part(str(path), kind, index=index, start=start, stop=end, line=line,
                       chunked=True)
            start, line, lines, index = end, line + lines, 0, index + 1
    if lines:
        yield Part(str(path), kind, index=index, start=start, stop=None, line=line, chunked=True)


class ChunkDuplicates:
    """The doc_ids of the chunks collected so far, for the main process.

    :meth:`check` is called on each chunk's result in file order.
    """

    def __init__(self) -> None:
        """Start with no doc_id seen."""
        self.seen: set[str] = set()
        self.records = False

    def check(self, found: tuple) -> frozenset[str]:
        """The ids of a chunk's records seen in an earlier chunk (then the chunk must be redone).

        Args:
            found: what :func:`analyze_chunk` returned.

        Returns:
            The ids seen before (empty: the result stands, and its ids are now seen).
        """
        _, ids, records = found
        again = frozenset(doc_id for doc_id in ids if doc_id in self.seen)
        if not again:
            self.seen.update(ids)
            self.records = self.records or records
        return again


def analyze_chunk(part: Part, *, columns: Columns | None = None, tables=TABLES,
                  fmt: str | None = None, scope: str = "topical", topic: str | None = None,
                  duplicates: frozenset[str] = frozenset()) -> tuple[BatchResult, list[str], bool]:
    """Read, load and analyse one chunk (the unit of work of a worker).

    Args:
        part: a chunk from :func:`plan_chunks`.
        columns: column names for record files.
        tables: the table names to return.
        fmt: as :func:`helpers.engine.batches.analyze_batch`.
        scope: topical | passing | all.
        topic: a topic profile's name or TOML path.
        duplicates: doc_ids already seen in earlier chunks: their records are
            ``duplicate doc_id`` lines.

    Returns:
        ``(result, ids, records)``: the batch's result, the doc_ids of its
        records in order (not the duplicates), and whether the chunk held a
        record or an error (for the file's ``no records`` line).
    """
    items, ids, seen, records = [], [], set(duplicates), False
    for item in iter_records(part, columns=columns):
        if isinstance(item, Record):
            records = True
            if item.doc_id in seen:
                item = LoadError(item.where, f"duplicate doc_id {item.doc_id!r}; skipped")
            else:
                seen.add(item.doc_id)
                ids.append(item.doc_id)
        elif item.level == "error":
            records = True
        items.append(item)
    return analyze_batch(items, tables=tables, fmt=fmt, scope=scope, topic=topic), ids, records


def no_records(source, **options) -> BatchResult:
    """The result holding the file's ``no records in the file`` line.

    Args:
        source: the corpus path.
        **options: as :func:`analyze_chunk` (tables, fmt, scope, topic).

    Returns:
        A :class:`BatchResult` with that one line.
    """
    return analyze_batch([LoadError(Path(source).name, "no records in the file")], **options)
