"""The engine: the per-document pipeline and the batch runners (processes, dask).

The public names load on first use (:func:`helpers.io.lazy.lazy_names`): importing a module of
the engine (``helpers.engine.scale_report`` for the command line's signals, the batch runner in
the main process of a run whose workers read their own chunks) does not import the pipeline,
its extractors and pandas; the pipeline is imported when a document is first analysed.
"""

from helpers.io.lazy import lazy_names

#: public name → the module that defines it.
_PUBLIC = {
    **dict.fromkeys(("TABLES", "TABLE_COLUMNS", "TABLE_EXTRAS", "STAGES", "analyze_rows",
                     "analyze_document", "analyze_corpus", "corpus_stances", "tables_of", "empty_table"),
                    "helpers.engine.pipeline"),
    **dict.fromkeys(("BatchResult", "RunReport", "iter_batches", "analyze_batch", "analyze_stream",
                     "run", "analyze_dask", "manifest"), "helpers.engine.scale"),
    **dict.fromkeys(("RunOptions", "run_options"), "helpers.engine.options"),
}

__all__ = [
    "TABLES", "TABLE_COLUMNS", "TABLE_EXTRAS", "STAGES", "analyze_rows", "analyze_document",
    "analyze_corpus", "corpus_stances", "tables_of", "empty_table", "BatchResult", "RunReport", "iter_batches",
    "analyze_batch", "analyze_stream", "run", "analyze_dask", "manifest", "RunOptions", "run_options",
]

__getattr__, __dir__ = lazy_names(__name__, _PUBLIC)
