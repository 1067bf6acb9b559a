"""Input and output: documents and corpora, file formats, the table contract, writers, notebook display.

The names below are loaded on first use (PEP 562), so that reading a corpus does not import the
notebook display (pandas' Styler, Jinja2) or the table reader.
"""

from __future__ import annotations

from helpers.io.lazy import lazy_names

#: public name → the module that defines it.
_PUBLIC = {
    "Document": "helpers.io.corpus", "LoadError": "helpers.io.corpus", "CATALOG_COLUMNS": "helpers.io.corpus",
    "DOCUMENT_COLUMNS": "helpers.io.corpus", "DOCUMENT_TABLE_COLUMNS": "helpers.io.corpus",
    "decode": "helpers.io.corpus", "make_document": "helpers.io.corpus",
    "documents_table": "helpers.io.corpus", "document_row": "helpers.io.corpus",
    "is_blank": "helpers.io.corpus",
    "read_catalog": "helpers.io.corpus_catalog",
    "Corpus": "helpers.io.corpus_loader", "iter_corpus": "helpers.io.corpus_loader",
    "load_corpus": "helpers.io.corpus_loader",
    "Columns": "helpers.io.formats", "Record": "helpers.io.formats", "Part": "helpers.io.formats",
    "source_kind": "helpers.io.formats", "iter_records": "helpers.io.formats",
    "load_record": "helpers.io.formats", "iter_documents": "helpers.io.formats",
    "plan_parts": "helpers.io.formats", "count_hint": "helpers.io.formats",
    "record_columns": "helpers.io.formats", "walk_folder": "helpers.io.formats",
    "PAGE_SUFFIXES": "helpers.io.formats", "RECORD_SUFFIXES": "helpers.io.formats",
    "TABLES": "helpers.io.tables", "TABLE_COLUMNS": "helpers.io.tables", "TABLE_EXTRAS": "helpers.io.tables",
    "conform": "helpers.io.writers", "conform_rows": "helpers.io.writers", "encode": "helpers.io.writers",
    "csv_rows": "helpers.io.writers", "arrow_rows": "helpers.io.writers", "CsvWriter": "helpers.io.writers",
    "ParquetWriter": "helpers.io.writers", "open_writer": "helpers.io.writers",
    "OutputError": "helpers.io.writers", "output_problem": "helpers.io.writers",
    "stage_output": "helpers.io.writers", "write_manifest": "helpers.io.writers",
    "commit_output": "helpers.io.writers", "MANIFEST": "helpers.io.writers",
    "column_scripts": "helpers.io.display", "rtl_table": "helpers.io.display",
    "shorten": "helpers.io.display", "table": "helpers.io.display", "use_interactive": "helpers.io.display",
    "bidi": "helpers.io.markdown_text", "markdown": "helpers.io.markdown_text",
    "escape_markdown": "helpers.io.markdown_text",
    "neutralise_cell": "helpers.io.cells", "unescape_cell": "helpers.io.cells",
    "read_table": "helpers.io.table_reader",
    "doc_anchor": "helpers.io.page_links", "doc_link": "helpers.io.page_links", "rows_link": "helpers.io.page_links",
    "RUN_FILE": "helpers.io.results", "Results": "helpers.io.results", "is_results": "helpers.io.results",
    "table_path": "helpers.io.results", "read_results": "helpers.io.results", "rebuild_text": "helpers.io.results",
}

__all__ = [
    "Document", "LoadError", "CATALOG_COLUMNS", "DOCUMENT_COLUMNS", "DOCUMENT_TABLE_COLUMNS",
    "decode", "read_catalog", "make_document", "documents_table", "document_row", "is_blank",
    "Corpus", "iter_corpus", "load_corpus", "Columns", "Record", "Part", "source_kind",
    "iter_records", "load_record", "iter_documents", "plan_parts", "count_hint",
    "record_columns", "walk_folder", "PAGE_SUFFIXES", "RECORD_SUFFIXES", "TABLES",
    "TABLE_COLUMNS", "TABLE_EXTRAS", "conform", "conform_rows", "encode", "csv_rows",
    "arrow_rows", "CsvWriter", "ParquetWriter", "open_writer", "OutputError", "output_problem",
    "stage_output", "write_manifest", "commit_output", "MANIFEST", "column_scripts",
    "rtl_table", "shorten", "table", "use_interactive", "bidi", "markdown",
    "escape_markdown", "neutralise_cell", "unescape_cell", "read_table", "doc_anchor", "doc_link",
    "rows_link", "RUN_FILE", "Results", "is_results", "table_path", "read_results", "rebuild_text",
]


__getattr__, __dir__ = lazy_names(__name__, _PUBLIC)
