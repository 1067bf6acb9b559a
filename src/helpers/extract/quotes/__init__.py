"""Quotes: direct and reported speech with speaker, actor and verb."""

from helpers.extract.quotes.rows import (
    QUOTE_COLUMNS,
    find_quotes,
    quote_rows,
)

__all__ = [
    "QUOTE_COLUMNS", "find_quotes", "quote_rows",
]
