"""Temporal expressions: dates, periods and spans, resolved to values."""

from helpers.extract.temporal.patterns import (
    Grammar,
    grammar,
    scan,
)
from helpers.extract.temporal.rows import (
    EVENT_COLUMNS,
    TimeExpression,
    event_rows,
    event_rows_with_note,
    events_with_entities,
    extract_events,
    tag,
    tag_with_note,
)

__all__ = [
    "TimeExpression", "EVENT_COLUMNS", "tag", "tag_with_note", "extract_events", "event_rows", "event_rows_with_note",
    "events_with_entities", "Grammar", "grammar", "scan",
]
