"""Evaluation against gold annotations (depends on the extractors, never the reverse)."""

from helpers.evaluate.board import (
    error_analysis,
    error_table,
    match,
    prf,
    read_gold,
    resolve_gold,
    score,
    scoreboard,
)
from helpers.evaluate.folder import (
    BOARD_COLUMNS,
    ERROR_COLUMNS,
    Scores,
)

__all__ = [
    "read_gold", "resolve_gold", "match", "score", "error_table", "prf", "scoreboard",
    "error_analysis", "Scores", "BOARD_COLUMNS", "ERROR_COLUMNS",
]
