"""Quote marks: pairing « », " ", “ ” within paragraphs, and locating content.

Arabic copy often types “ ” the wrong way round or uses straight quotes, so
the pairing is by class, not by direction: « and » pair with each other, every
other double quote mark pairs with the next one of its class in the same
paragraph.  A mark left over in a paragraph is ignored.
"""

from __future__ import annotations

import bisect
import re

from helpers.extract.quotes.speech_lexicon import QUOTE_CHARS

__all__ = ["QuotePairs", "quote_pairs"]

_MARKS = re.compile("[" + re.escape("".join(QUOTE_CHARS)) + "\n]")


class QuotePairs:
    """The quote pairs of a text: ``(open, close)`` offsets of the two marks."""

    def __init__(self, pairs: list[tuple[int, int]]):
        self.pairs = sorted(pairs)
        self._opens = [o for o, _ in self.pairs]

    def __iter__(self):
        return iter(self.pairs)

    def __len__(self) -> int:
        return len(self.pairs)

    def _before(self, position: int) -> list[tuple[int, int]]:
        """The (at most three) last pairs opening before ``position``: nesting is shallow."""
        index = bisect.bisect_left(self._opens, position)
        return self.pairs[max(0, index - 3):index]

    def enclosing(self, position: int) -> tuple[int, int] | None:
        """The innermost pair whose inside holds ``position``.

        Args:
            position: an offset of the text.

        Returns:
            ``(open, close)`` or None.
        """
        inside = [p for p in self._before(position) if p[0] < position < p[1]]
        return inside[-1] if inside else None

    def opening_at(self, position: int) -> tuple[int, int] | None:
        """The pair whose opening mark is at ``position``.

        Args:
            position: an offset of the text.

        Returns:
            ``(open, close)`` or None.
        """
        index = bisect.bisect_left(self._opens, position)
        if index < len(self.pairs) and self.pairs[index][0] == position:
            return self.pairs[index]
        return None

    def first_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """Pairs opening in ``[start, end)``.

        Args:
            start: span start.
            end: span end.

        Returns:
            The pairs, in order.
        """
        lo = bisect.bisect_left(self._opens, start)
        hi = bisect.bisect_left(self._opens, end)
        return self.pairs[lo:hi]

    def closing_before(self, position: int) -> tuple[int, int] | None:
        """The pair that closed last before ``position``.

        Args:
            position: an offset of the text.

        Returns:
            ``(open, close)`` or None.
        """
        closed = [p for p in self._before(position) if p[1] < position]
        return max(closed, key=lambda p: p[1]) if closed else None


def quote_pairs(text: str) -> QuotePairs:
    """Pair the quote marks of ``text`` (linear: one pass over the marks).

    Args:
        text: normalised or raw text (pairing only looks at the marks).

    Returns:
        A :class:`QuotePairs`.
    """
    pairs: list[tuple[int, int]] = []
    pending: dict[str, int] = {}
    for match in _MARKS.finditer(text):
        char = match.group()
        if char == "\n":
            pending.clear()
            continue
        kind = QUOTE_CHARS[char]
        if kind in pending:
            pairs.append((pending.pop(kind), match.start()))
        else:
            pending[kind] = match.start()
    return QuotePairs(pairs)
