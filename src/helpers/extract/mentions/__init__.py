"""Mentions: gazetteer names found in a document, with their context."""

from helpers.extract.mentions.mentions import (
    COLUMNS, find_mentions, mention_rows, match_view,
)

__all__ = [
    "COLUMNS", "find_mentions", "mention_rows", "match_view",
]
