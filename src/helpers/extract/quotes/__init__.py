"""Quotes: direct and reported speech with speaker, actor and verb."""

from helpers.extract.quotes.quotes import (
    QUOTE_COLUMNS,
    find_quotes,
    quote_rows,
)

__all__ = [
    "QUOTE_COLUMNS", "find_quotes", "quote_rows",
]
