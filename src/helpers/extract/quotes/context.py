"""One document as the voice and figure extractors see it.

:func:`quote_view` normalises the raw text once (every step except
``punctuation``, so that « » “ ” stay distinct and pair as quote marks) and
keeps what the extractors share: sentence spans and entity mentions, both
mapped to normalised offsets, and a way back to raw offsets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import numpy as np

from helpers.extract.mentions.rows import mention_rows
from helpers.io.rows import as_rows
from helpers.text.normalise import Normalised
from helpers.text.segment import sentences as split_sentences
from helpers.text.view import MATCH_STEPS, DocumentView

__all__ = ["Mention", "QuoteView", "quote_view", "MATCH_STEPS", "ensure_mention_rows"]

#: Mention kinds that can speak or be spoken for.
SPEAKING_KINDS = frozenset({"person", "organization", "country", "group", "people"})
_URL_ANY_CASE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


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
class QuoteView:
    """A document prepared for extraction.

    Attributes:
        raw: the raw text.
        norm: its :class:`~helpers.text.normalise.Normalised` form (``norm.text``).
        sentences: ``(start, end)`` normalised spans, in order.
        sentence_raw: the same sentences as raw ``(start, end)`` spans.
        mentions: mentions in text order (normalised offsets).
        urls: normalised spans of URLs and e-mail addresses.
        open_names: the open-world names per sentence index
            (:func:`helpers.extract.quotes.open_names.open_names`), found when first asked for.
    """

    raw: str
    norm: Normalised
    sentences: list[tuple[int, int]]
    sentence_raw: list[tuple[int, int]]
    mentions: list[Mention]
    urls: list[tuple[int, int]]
    open_names: dict | None = None

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

    def from_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a raw span to normalised offsets (the first normalised character at or after each end).

        Args:
            start: raw start.
            end: raw end.

        Returns:
            ``(start, end)`` in the normalised text.
        """
        lo, hi = _to_norm(self.norm, [start, end]).tolist()
        return int(lo), int(hi)

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


def ensure_mention_rows(raw: str, *, doc_id: str = "", mentions=None) -> list[dict]:
    """The mention rows, computed with :func:`helpers.extract.mentions.rows.mention_rows` when not given.

    Args:
        raw: the raw text.
        doc_id: the document id.
        mentions: existing mentions (a DataFrame or row dicts, see :mod:`helpers.io.rows`).

    Returns:
        Row dicts.
    """
    if mentions is not None:
        return as_rows(mentions)
    return mention_rows(raw, doc_id=doc_id)


def quote_view(raw: str, *, doc_id: str = "", sentences=None, mentions=None,
               view: DocumentView | None = None) -> QuoteView:
    """Prepare ``raw`` for the voice and figure extractors.

    Args:
        raw: the raw text.
        doc_id: the document id (used when mentions must be computed).
        sentences: :class:`helpers.text.segment.Sentence` list, or ``None`` to
            take the view's (or to split here).
        mentions: the mentions (DataFrame or row dicts), or ``None`` to take
            the view's (or to compute them).
        view: the document's :class:`~helpers.text.view.DocumentView`: its
            ``match`` form, sentences and mentions are used, and the quote
            view is kept on it (``view.quote_view``), so the figures reuse it.

    Returns:
        A :class:`QuoteView`.
    """
    view = view if view is not None else DocumentView(raw, doc_id=doc_id)
    if view.quote_view is not None:
        return view.quote_view
    sentences = view.sentences if sentences is None else sentences
    mentions = view.mentions if mentions is None else mentions
    if mentions is None:
        mentions = mention_rows(raw, doc_id=doc_id, view=view)
    if sentences is None:
        sentences = split_sentences(raw)
    norm = view.match
    sentence_raw = [(s.start, s.end) for s in sentences]
    rows = sorted(ensure_mention_rows(raw, doc_id=doc_id, mentions=mentions),
                  key=lambda r: (int(r["start"]), int(r["end"])))
    raw_starts = [int(r["start"]) for r in rows]
    raw_ends = [int(r["end"]) for r in rows]
    flat = [p for span in sentence_raw for p in span] + raw_starts + raw_ends
    mapped = _to_norm(norm, flat).tolist() if flat else []
    n_flat = 2 * len(sentence_raw)
    spans = [(mapped[i], mapped[i + 1]) for i in range(0, n_flat, 2)]
    starts, ends = mapped[n_flat:n_flat + len(rows)], mapped[n_flat + len(rows):]
    found = [Mention(starts[i], ends[i], raw_starts[i], raw_ends[i], str(r["surface"]),
                     str(r["entity_id"]), str(r["kind"]), str(r["name_en"]))
             for i, r in enumerate(rows)]
    urls = sorted([m.span() for m in _URL_ANY_CASE.finditer(norm.text)] + _emails(norm.text))
    view.quote_view = QuoteView(raw, norm, spans, sentence_raw, found, urls)
    return view.quote_view
