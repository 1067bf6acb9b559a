"""Input and output: documents and corpora, file formats, the table contract, writers, notebook display."""

from helpers.io.corpus import (
    Document, LoadError, CATALOG_COLUMNS, DOCUMENT_COLUMNS, DOCUMENT_TABLE_COLUMNS, decode,
    make_document, documents_table, document_row, is_blank,
)
from helpers.io.corpus_catalog import read_catalog
from helpers.io.corpus_loader import (
    Corpus, iter_corpus, load_corpus,
)
from helpers.io.formats import (
    Columns, Record, Part, source_kind, iter_records, load_record, iter_documents, plan_parts,
    count_hint, record_columns, walk_folder, PAGE_SUFFIXES, RECORD_SUFFIXES,
)
from helpers.io.tables import (
    TABLES, TABLE_COLUMNS, TABLE_EXTRAS,
)
from helpers.io.writers import (
    conform, conform_rows, encode, csv_rows, arrow_rows, CsvWriter, ParquetWriter, open_writer,
    OutputError, output_problem, stage_output, write_manifest, commit_output, MANIFEST,
)
from helpers.io.display import (
    column_scripts, rtl_table, shorten, table, use_interactive, bidi, markdown, escape_markdown,
    doc_anchor, doc_link, rows_link,
)
from helpers.io.results import (
    RUN_FILE, Results, is_results, table_path, read_results, rebuild_text,
)
from helpers.io.cells import neutralise_cell, unescape_cell
from helpers.io.table_reader import read_table

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
