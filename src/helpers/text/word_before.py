"""What stands right before a position, read on the reversed text.

A pattern anchored at the end of a span (``(\\w+)\\W*$``, ``(?s).*[;:]``) that is
*searched* tries every start in the span, and each try runs to the end: quadratic
in the span's length when it fails.  Reversed, the same question is one match
anchored at the span's (reversed) start.
"""

from __future__ import annotations

import re

__all__ = ["previous_word", "after_last_char"]

#: On the reversed text before a position: its non-word tail, then the last word (reversed).
_PREVIOUS_REVERSED = re.compile(r"\W*(\w*)")


def previous_word(text: str, position: int) -> str:
    """The word right before ``position`` (``""`` at the start), within the 30 characters before it.

    Args:
        text: normalised text.
        position: an offset into it.

    Returns:
        The last run of word characters in ``text[position - 30:position]`` followed only by non-word
        characters, as ``re.compile(r"(\\w+)\\W*$").search(text, position - 30, position)`` gives it,
        or ``""``.
    """
    window = text[max(0, position - 30):max(0, position)][::-1]
    return _PREVIOUS_REVERSED.match(window).group(1)[::-1]


def after_last_char(chars: re.Pattern, text: str, start: int, end: int) -> int:
    """The offset right after the last character of a class in a span.

    Args:
        chars: a pattern matching one character (a character class such as ``[;:]``).
        text: the text.
        start: the span's start.
        end: the span's end.

    Returns:
        ``start + m.end()`` for ``m = re.compile("(?s).*" + chars.pattern).search(text[start:end])``,
        or ``start`` when the span holds none of those characters.
    """
    span = text[start:end]
    found = chars.search(span[::-1])
    return start + len(span) - found.start() if found else start
