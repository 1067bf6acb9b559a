"""The engine: the per-document pipeline and the batch runners (processes, dask)."""

from helpers.engine.pipeline import (
    TABLES, TABLE_COLUMNS, TABLE_EXTRAS, STAGES, analyze_rows, analyze_document, analyze_corpus,
    tables_of, empty_table,
)
from helpers.engine.scale import (
    BatchResult, RunReport, iter_batches, analyze_batch, analyze_stream, run, analyze_dask,
    manifest,
)

__all__ = [
    "TABLES", "TABLE_COLUMNS", "TABLE_EXTRAS", "STAGES", "analyze_rows", "analyze_document",
    "analyze_corpus", "tables_of", "empty_table", "BatchResult", "RunReport", "iter_batches",
    "analyze_batch", "analyze_stream", "run", "analyze_dask", "manifest",
]
