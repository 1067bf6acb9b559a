"""Evaluation against gold annotations (depends on the extractors, never the reverse)."""

from helpers.evaluate.board import (
    read_gold, resolve_gold, match, score, error_table, prf, scoreboard, error_analysis,
)
from helpers.evaluate.folder import (
    Scores, BOARD_COLUMNS, ERROR_COLUMNS,
)

__all__ = [
    "read_gold", "resolve_gold", "match", "score", "error_table", "prf", "scoreboard",
    "error_analysis", "Scores", "BOARD_COLUMNS", "ERROR_COLUMNS",
]
