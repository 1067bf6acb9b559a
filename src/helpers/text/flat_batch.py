"""Many texts' lookup keys in one pass: one string, the texts' regions cut by a separator.

:func:`helpers.text.normalise.lookup_key` of a whole document (the normalised text with
every run of white space made one space) is what the relevance prefilter scans.  Called
once per record it costs a few dozen microseconds of fixed overhead (the presentation-form
search, the numpy calls, ``split`` and ``join``).  :func:`flat_batch` does the same for a
batch of texts at once, with numpy over the batch:

* the texts are joined with ``" \\0 "`` (:data:`SEPARATOR` between two spaces);
* every character is mapped by the same table as :func:`~helpers.text.normalise.normalise_text`
  (the normalisation, without presentation forms, maps each character on its own, so the
  normalisation of the joined text is the join of the texts' normalisations) and the
  deleted characters are dropped;
* runs of white space (``str.isspace``, as ``str.split`` reads it) become one space, with none
  at either end, exactly as ``" ".join(text.split())`` does.

:data:`SEPARATOR` (NUL) is not white space, normalisation keeps it, and it is between two
spaces: region ``i`` of the result (between the ``i``-th and the ``i+1``-th separator),
stripped of its spaces, is ``lookup_key(texts[i])``.  A text that holds the separator or a
presentation form (which NFKC may expand or join with its neighbours) is not joined (an empty
region stands in its place) and is marked not ``exact``: its key must be made on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from helpers.text.normalise import ALL_STEPS, _lookup

__all__ = ["SEPARATOR", "BatchFlat", "flat_batch"]

#: Between the texts of a batch; no lookup key contains it.
SEPARATOR = "\0"
_JOIN = f" {SEPARATOR} "
_PLANES = 0x110000


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Over every code point: the mapped code, deleted, white space, presentation form."""
    bmp_mapped, bmp_deleted = _lookup(ALL_STEPS)
    mapped = np.arange(_PLANES, dtype=np.uint32)  # beyond the BMP: kept as it is
    mapped[:0x10000] = bmp_mapped
    deleted = np.zeros(_PLANES, dtype=bool)
    deleted[:0x10000] = bmp_deleted
    space = np.zeros(_PLANES, dtype=bool)
    space[[code for code in range(0x10000) if chr(code).isspace()]] = True  # none beyond
    presentation = np.zeros(_PLANES, dtype=bool)
    presentation[0xFB50:0xFE00] = True  # as helpers.text.normalise's presentation-form test
    presentation[0xFE70:0xFEFD] = True
    return mapped, deleted, space, presentation


@dataclass(frozen=True)
class BatchFlat:
    """The lookup keys of a batch of texts, as one string.

    Attributes:
        text: the keys joined by ``SEPARATOR`` (a space on each side unless a key is empty).
        ends: ``ends[i]`` is the index in ``text`` of the separator after region ``i`` (the
            last region ends at ``len(text)``); ``len(ends)`` is the number of texts less one.
        exact: ``exact[i]`` is False when region ``i`` stands in for a text that was not
            joined (it held the separator or a presentation form): it is empty.
    """

    text: str
    ends: np.ndarray
    exact: list[bool]

    def region(self, i: int) -> str:
        """Region ``i``, without the spaces beside the separators: ``lookup_key(texts[i])`` if exact.

        Args:
            i: the text's position in the batch.

        Returns:
            The region's text.
        """
        start = int(self.ends[i - 1]) + 1 if i else 0
        end = int(self.ends[i]) if i < len(self.ends) else len(self.text)
        return self.text[start:end].strip(" ")

    def owners(self, positions) -> np.ndarray:
        """The region (the text's position in the batch) of each character position.

        Args:
            positions: character positions in ``text`` (not separators).

        Returns:
            An int array, one region index per position.
        """
        return np.searchsorted(self.ends, np.asarray(positions, dtype=np.int64))


def flat_batch(texts) -> BatchFlat:
    """The lookup keys of many texts in one string (see the module's docstring).

    Args:
        texts: a sequence of strings.

    Returns:
        A :class:`BatchFlat`.
    """
    exact = [SEPARATOR not in text for text in texts]
    joined = _JOIN.join(text if ok else "" for text, ok in zip(texts, exact))
    mapped, deleted, space, presentation = _tables()
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if presentation[codes].any():  # rare: those texts are left out, the rest joined again
        exact = [ok and not presentation[np.frombuffer(text.encode("utf-32-le", "surrogatepass"),
                                                       dtype=np.uint32)].any()
                 for text, ok in zip(texts, exact)]
        joined = _JOIN.join(text if ok else "" for text, ok in zip(texts, exact))
        codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    out = mapped[codes]
    gone = deleted[codes]
    if gone.any():
        out = out[~gone]
    blank = space[out]
    keep = ~blank  # every character but white space, and the first of each run of it
    keep[1:] |= ~blank[:-1]
    out = out[keep]
    out[blank[keep]] = 32
    if out.size and out[-1] == 32:
        out = out[:-1]
    return BatchFlat(out.tobytes().decode("utf-32-le", "surrogatepass"),
                     np.flatnonzero(out == 0), exact)
