"""One document as the voice and figure extractors see it.

:func:`document_view` normalises the raw text once (every step except
``punctuation``, so that « » “ ” stay distinct and pair as quote marks) and
keeps what the extractors share: sentence spans and entity mentions, both
mapped to normalised offsets, and a way back to raw offsets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from helpers.normalise import ALL_STEPS, Normalised, normalise

__all__ = ["Mention", "DocumentView", "document_view", "MATCH_STEPS", "mention_table"]

#: Normalisation for matching here: everything but punctuation (quote marks keep their shape).
MATCH_STEPS: tuple[str, ...] = tuple(s for s in ALL_STEPS if s != "punctuation")
#: Mention kinds that can speak or be spoken for.
SPEAKING_KINDS = frozenset({"person", "organization", "country", "group", "people"})
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MENTION_COLUMNS = ["doc_id", "start", "end", "surface", "entity_id", "kind", "name_en", "name_ar"]


@dataclass(frozen=True)
class Mention:
    """An entity mention with normalised (``start``, ``end``) and raw offsets."""

    start: int
    end: int
    raw_start: int
    raw_end: int
    surface: str
    entity_id: str
    kind: str
    name_en: str


@dataclass
class DocumentView:
    """A document prepared for extraction.

    Attributes:
        raw: the raw text.
        norm: its :class:`~helpers.normalise.Normalised` form (``norm.text``).
        sentences: ``(start, end)`` normalised spans, in order.
        sentence_raw: the same sentences as raw ``(start, end)`` spans.
        mentions: mentions in text order (normalised offsets).
        urls: normalised spans of URLs and e-mail addresses.
    """

    raw: str
    norm: Normalised
    sentences: list[tuple[int, int]]
    sentence_raw: list[tuple[int, int]]
    mentions: list[Mention]
    urls: list[tuple[int, int]]

    def __post_init__(self) -> None:
        self._sentence_starts = [s for s, _ in self.sentences]
        self._mention_starts = [m.start for m in self.mentions]
        self._url_starts = [s for s, _ in self.urls]

    @property
    def text(self) -> str:
        """The normalised text."""
        return self.norm.text

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to raw offsets (see :meth:`Normalised.to_raw`).

        Args:
            start: normalised start.
            end: normalised end.

        Returns:
            ``(raw_start, raw_end)``.
        """
        return self.norm.to_raw(start, end)

    def sentence_of(self, position: int) -> int:
        """The sentence holding a position.

        Args:
            position: a normalised offset.

        Returns:
            The sentence index, -1 when the position is between sentences.
        """
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        if index >= 0 and position < self.sentences[index][1]:
            return index
        return -1

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions inside a span.

        Args:
            start: normalised start.
            end: normalised end.

        Returns:
            The mentions that start and end inside ``[start, end)``, in order.
        """
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def in_url(self, position: int) -> bool:
        """Whether a position is inside a URL or an e-mail address.

        Args:
            position: a normalised offset.

        Returns:
            True inside a URL or address.
        """
        index = bisect.bisect_right(self._url_starts, position) - 1
        return index >= 0 and position < self.urls[index][1]


def _to_norm(norm: Normalised, positions) -> np.ndarray:
    """Normalised offsets of raw offsets (the first normalised char at or after each)."""
    positions = np.asarray(positions, dtype=np.int64)
    if norm.origin is None:
        return positions
    return np.searchsorted(norm.origin, positions, side="left")


def _emails(text: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses, found from their @ (rare: no scan of every word)."""
    spans, at = [], text.find("@")
    while at >= 0:
        begin = at
        while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "._+-"):
            begin -= 1
        found = _EMAIL.match(text, begin)
        if found and found.end() > at:
            spans.append(found.span())
        at = text.find("@", at + 1)
    return spans


def mention_table(raw: str, *, doc_id: str = "", mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The mentions table, computed with :func:`helpers.mentions.find_mentions` when not given.

    Args:
        raw: the raw text.
        doc_id: the document id.
        mentions: an existing mentions table (returned as is).

    Returns:
        A mentions DataFrame (empty, with the contract's columns, when the
        mention finder is not available).
    """
    if mentions is not None:
        return mentions
    try:
        from helpers.mentions import find_mentions
    except ImportError:  # the mention finder is an optional stage
        return pd.DataFrame(columns=MENTION_COLUMNS)
    return find_mentions(raw, doc_id=doc_id)


def document_view(raw: str, *, doc_id: str = "", sentences=None,
                  mentions: pd.DataFrame | None = None) -> DocumentView:
    """Prepare ``raw`` for the voice and figure extractors.

    Args:
        raw: the raw text.
        doc_id: the document id (used when mentions must be computed).
        sentences: :class:`helpers.segment.Sentence` list, or ``None`` to split here.
        mentions: the mentions table, or ``None`` to compute it.

    Returns:
        A :class:`DocumentView`.
    """
    if sentences is None:
        from helpers.segment import sentences as split_sentences
        sentences = split_sentences(raw)
    norm = normalise(raw, steps=MATCH_STEPS)
    sentence_raw = [(s.start, s.end) for s in sentences]
    flat = [p for span in sentence_raw for p in span]
    mapped = _to_norm(norm, flat).tolist() if flat else []
    spans = [(mapped[i], mapped[i + 1]) for i in range(0, len(mapped), 2)]
    table = mention_table(raw, doc_id=doc_id, mentions=mentions)
    found = []
    if len(table):
        ordered = table.sort_values(["start", "end"], kind="stable")
        starts = _to_norm(norm, ordered["start"].astype(int).tolist())
        ends = _to_norm(norm, ordered["end"].astype(int).tolist())
        columns = [ordered[c].astype(str).tolist() for c in ("surface", "entity_id", "kind", "name_en")]
        raw_starts = ordered["start"].astype(int).tolist()
        raw_ends = ordered["end"].astype(int).tolist()
        for i, (start, end) in enumerate(zip(starts.tolist(), ends.tolist())):
            found.append(Mention(start, end, raw_starts[i], raw_ends[i], columns[0][i], columns[1][i],
                                 columns[2][i], columns[3][i]))
    urls = sorted([m.span() for m in _URL.finditer(norm.text)] + _emails(norm.text))
    return DocumentView(raw, norm, spans, sentence_raw, found, urls)
