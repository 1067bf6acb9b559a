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
    events_with_entities,
    extract_events,
    tag,
)

__all__ = [
    "TimeExpression", "EVENT_COLUMNS", "tag", "extract_events", "event_rows",
    "events_with_entities", "Grammar", "grammar", "scan",
]
