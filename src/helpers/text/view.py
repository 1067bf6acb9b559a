"""One document as every stage reads it, each part computed once.

The pipeline (:func:`helpers.engine.pipeline.analyze_rows`) builds one
:class:`DocumentView` per document and hands it to every stage.  The text
forms the stages match on are computed on first use and then shared:

``norm``        the raw text normalised with every step, with its offset map
                (:func:`helpers.text.normalise.normalise`): the mention finder,
                the topic terms, the timeline tagger and cleaning match on it;
``words``       the mention finder's word view of ``norm``: every run of
                non-word characters one space, with its map to ``norm``;
``flat``        ``norm`` with white space collapsed: the relevance prefilter's
                one Aho–Corasick pass;
``match``       the raw text normalised without the punctuation step (quotes
                and figures need their quotation marks and dashes);
``sentence_norm(s)``  one sentence's slice of ``norm``, offsets relative to the
                sentence (the stance cues are matched sentence by sentence).

The stages fill in what they make (``cleaned``, ``boilerplate``,
``sentences``, ``topical``, ``mentions``, ``quotes``, ``quote_view``); a
later stage reads them instead of making them again.  Every form is exactly
what normalising the same text on its own would give (the tests check it),
so a stage called without a view behaves as one called with it.
"""

from __future__ import annotations

from functools import cached_property, lru_cache

import numpy as np

from helpers.text.normalise import ALL_STEPS, Normalised, _has_presentation_forms, normalise, normalise_text

__all__ = ["DocumentView", "MATCH_STEPS", "match_view", "document_text"]

#: The steps of the ``match`` form: every step but punctuation.
MATCH_STEPS: tuple[str, ...] = tuple(s for s in ALL_STEPS if s != "punctuation")


@lru_cache(maxsize=1)
def _word_lut() -> np.ndarray:
    """``lut[code point] = True`` for word characters of the BMP."""
    return np.array([chr(i).isalnum() for i in range(0x10000)], dtype=bool)


def match_view(text: str) -> tuple[str, np.ndarray]:
    """Turn non-word runs into single spaces, keeping a map to ``text``.

    Args:
        text: a (normalised) text.

    Returns:
        ``(view, origin)`` with ``view[i] == text[origin[i]]`` for word
        characters and a space where ``text`` had one or more non-word ones.
    """
    if not text:
        return "", np.zeros(0, dtype=np.int64)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    word = np.zeros(len(codes), dtype=bool)
    bmp = codes < 0x10000
    word[bmp] = _word_lut()[codes[bmp]]
    keep = word.copy()
    keep[0] = True
    keep[1:] |= word[:-1]
    view = np.where(word, codes, 32).astype(np.uint32)[keep]
    return view.tobytes().decode("utf-32-le", "surrogatepass"), np.flatnonzero(keep)


class DocumentView:
    """One document's raw text, its shared text forms and what the stages made of it.

    Attributes:
        raw: the raw text (never changed).
        doc_id: the document id.
        cleaned: the :class:`~helpers.text.clean.Cleaned` view, once made.
        boilerplate: the raw spans cleaning removed (mastheads, datelines …).
        sentences: the :class:`~helpers.text.segment.Sentence` list, once split.
        topical: per-sentence topic flags, aligned with ``sentences``.
        relevance: the document's relevance (topical | passing | none), once decided.
        mentions: the mention rows, once found.
        quotes: the quote rows, once found.
        quote_view: the quotes stage's view (shared with figures).
    """

    def __init__(self, raw: str, *, doc_id: str = ""):
        """Wrap one raw text; nothing is computed until asked for.

        Args:
            raw: the raw text of one document.
            doc_id: its id (copied into the rows the stages make).
        """
        self.raw, self.doc_id = raw, doc_id
        self.cleaned = None
        self.boilerplate: list = []
        self.sentences = None
        self.topical = None
        self.relevance = None
        self.mentions = None
        self.quotes = None
        self.quote_view = None

    @cached_property
    def _expands(self) -> bool:
        """Whether normalisation takes the character-by-character path."""
        return _has_presentation_forms(self.raw)

    @cached_property
    def norm(self) -> Normalised:
        """The raw text normalised with every step, with its offset map."""
        return normalise(self.raw)

    @cached_property
    def match(self) -> Normalised:
        """The raw text normalised with :data:`MATCH_STEPS` (punctuation kept)."""
        return normalise(self.raw, steps=MATCH_STEPS)

    @cached_property
    def words(self) -> tuple[str, np.ndarray]:
        """The mention finder's word view of :attr:`norm` (see :func:`match_view`)."""
        return match_view(self.norm.text)

    @cached_property
    def flat(self) -> str:
        """:attr:`norm`'s text with every run of white space one space."""
        return " ".join(document_text(self.raw, self.norm).split())

    def sentence_norm(self, start: int, end: int) -> Normalised:
        """The normalised form of ``raw[start:end]``, cut out of :attr:`norm`.

        Args:
            start: raw start of the span (a sentence's ``start``).
            end: raw end of the span.

        Returns:
            The :class:`~helpers.text.normalise.Normalised` of ``raw[start:end]``,
            offsets relative to ``start``: the same as ``normalise(raw[start:end])``.
        """
        piece = self.raw[start:end]
        if self._expands:  # normalised character by character (NFKC): normalise afresh
            return normalise(piece)
        norm = self.norm
        if norm.origin is None:
            return Normalised(piece, norm.text[start:end], None)
        lo, hi = np.searchsorted(norm.origin, (start, end)).tolist()
        origin = None if hi - lo == end - start else norm.origin[lo:hi] - start
        return Normalised(piece, norm.text[lo:hi], origin)

    def head_text(self, limit: int) -> str:
        """The normalised text of ``raw[:limit]`` (``normalise_text(raw[:limit])``).

        Args:
            limit: a raw offset.

        Returns:
            The normalised prefix.
        """
        if limit >= len(self.raw):
            return document_text(self.raw, self.norm)
        return self.sentence_norm(0, limit).text


def document_text(raw: str, norm: Normalised) -> str:
    """``normalise_text(raw)``, taken from ``norm`` when that is the same thing.

    Args:
        raw: the raw text.
        norm: ``normalise(raw)``.

    Returns:
        The normalised text without offset map.
    """
    return normalise_text(raw) if _has_presentation_forms(raw) else norm.text
