"""The line rules of cleaning: a masthead printed twice, repeated lines, a heading cut short, a trailing URL.

:func:`keyed_lines` gives a document's non-empty lines with a comparison key
(their normalised text); :func:`line_rules` tells which lines
:func:`helpers.text.clean.clean` removes, and why.  The first copy of a
repeated line is always kept (a lead repeated as a pull-quote, a body pasted
twice); only a block of short label lines printed twice at the top loses
both copies (a site header).
"""

from __future__ import annotations

import re

from helpers.text.normalise import Normalised, normalise

__all__ = ["keyed_lines", "line_rules"]

_HEAD_LINES = 12
#: A masthead line: at most six words, no sentence punctuation.
_LABEL_WORDS = 6
_SENTENCE_MARK = re.compile(r"[.!?؟…:]")
_LINE = re.compile(r"[^\n]*")
_URL_LINE = re.compile(r"^[ \t\u00a0]*(?:https?://|www\.)\S+(?:[ \t\u00a0]+\S+)*[ \t\u00a0]*$")


def keyed_lines(raw: str, norm: Normalised | None = None) -> list[tuple[int, int, str]]:
    """Non-empty lines as (start, end, key) with a normalised comparison key.

    The whole text is normalised once (newlines are never deleted by
    normalisation, so its lines are the raw lines) and each line's span is
    mapped back to raw offsets.

    Args:
        raw: the raw text.
        norm: ``normalise(raw)`` when already made.

    Returns:
        ``(start, end, key)`` per non-empty line, raw offsets.
    """
    norm = norm if norm is not None else normalise(raw)
    result = []
    for match in _LINE.finditer(norm.text):
        key = " ".join(match.group().split())
        if key:
            result.append((norm.raw_index(match.start()), norm.raw_index(match.end()), key))
    return result


def _label(key: str) -> bool:
    return len(key.split()) <= _LABEL_WORDS and not _SENTENCE_MARK.search(key)


def _masthead_block(lines) -> int:
    """How many lines the masthead printed twice at the top holds (both copies), or 0.

    The document opens with ``k >= 2`` short label lines (at most six words,
    no sentence punctuation) repeated right after themselves: a site header
    printed twice.  Sentences (a body pasted twice) are not a masthead.
    """
    keys = [key for _, _, key in lines[:_HEAD_LINES]]
    for size in range(len(keys) // 2, 1, -1):
        block = keys[:size]
        if block == keys[size:2 * size] and all(_label(key) for key in block):
            return 2 * size
    return 0


def line_rules(raw: str, lines) -> tuple[list[tuple[int, int, str]], tuple[int, int] | None]:
    """Removed line spans with their reason, and the first line when it is flagged as a masthead.

    One short label line printed twice at the top may be a masthead or a
    title given twice: its first copy is kept (flagged), the second removed.

    Args:
        raw: the raw text.
        lines: :func:`keyed_lines` of it.

    Returns:
        ``(spans, flagged)``: ``(start, end, reason)`` raw spans to remove
        (a line's newline included), and the ``(start, end)`` of the first
        line when it is kept but flagged as a masthead, else None.
    """
    masthead = _masthead_block(lines)
    spans = [(start, end, "masthead") for start, end, _ in lines[:masthead]]
    flagged = None
    if not masthead and len(lines) > 1 and lines[0][2] == lines[1][2] and _label(lines[0][2]):
        flagged = lines[0][:2]
        spans.append((*lines[1][:2], "masthead"))
        masthead = 2
    seen: set[str] = {key for _, _, key in lines[:masthead]}
    for index, (start, end, key) in enumerate(lines):
        if index < masthead:
            continue
        if key in seen:
            spans.append((start, end, "duplicate"))
        elif (index + 1 < len(lines) and lines[index + 1][2].startswith(key + " ")
              and len(key.split()) <= 8):
            spans.append((start, end, "truncated"))
        seen.add(key)
    if lines and _URL_LINE.fullmatch(raw[lines[-1][0]:lines[-1][1]]):
        spans.append((lines[-1][0], lines[-1][1], "source_url"))
    return [(s, e + 1 if raw[e:e + 1] == "\n" else e, why) for s, e, why in spans], flagged
