"""Mentions: gazetteer names found in a document, with their context."""

from helpers.extract.mentions.rows import (
    COLUMNS,
    find_mentions,
    match_view,
    mention_rows,
)

__all__ = [
    "COLUMNS", "find_mentions", "mention_rows", "match_view",
]
