"""Texts that surely read in logical order, told for a whole batch at once.

Loading a record checks its text for Arabic in visual (reversed) order
(:func:`helpers.text.visual_order.check_visual_order`): on the text's first
:data:`~helpers.text.visual_order.SAMPLE` characters, with presentation forms folded and
marks deleted, it counts the reversed word ends (``لا`` closing a word of five letters or
more, ``ة`` or ``ى`` opening one).  With none the text is not in visual order and is kept
as it is, with no note: nearly every text of a news archive, at about 20 µs each in four
regular-expression passes.  :func:`surely_logical` answers that question for many texts
in one numpy pass over their samples, joined by a line break (not a letter, mark or
presentation form, so no pattern reads across two texts, as none reads past a sample's
ends):

* a sample holding a presentation form is not answered (folding may change letters);
* marks (``_MARKS``) are deleted;
* a reversed article is ``ل`` then ``ا`` with no letter after them and three letters
  before (the five letters the pattern's look-behind asks for, ``لا`` included);
* a reversed final is ``ة`` or ``ى`` with no letter before it and a letter after it.

The logical side is counted the same way (``ال`` with no letter before and two after it,
``ة`` or ``ى`` with a letter before and none after).  Each is a one- or two-character match
that cannot overlap another of its pattern, so the regular expressions' ``findall`` counts
are the counts of these positions (:func:`evidence_counts`).  The check flags a text when
its visual evidence is at least three times the logical one; it also counts the distinct
function words of ``data/text/visual_order_words.txt`` found as written or reversed, which
add at most one each (their number, 80) to the visual side and never lower the logical one.
So a text whose reversed word ends are none, or fewer than three times its logical ones
less 80, is surely in logical order (``True``); any other (or one with a presentation form)
is left to :func:`~helpers.text.visual_order.check_visual_order` (``False``: not known).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from helpers.text.visual_order import _RATIO, SAMPLE, _function_words

__all__ = ["surely_logical", "evidence_counts"]

_LETTER, _MARK, _PRESENTATION, _FINAL, _LAM, _ALEF = 1, 2, 4, 8, 16, 32
#: The code (the last of the BMP, in no class) that every code beyond the BMP is read as.
_BEYOND = 0xFFFF
#: Line breaks before the first sample and after the last.
_PAD = 3


@lru_cache(maxsize=1)
def _classes() -> np.ndarray:
    """Over the BMP: each code point's classes, as bits (the patterns of ``visual_order``)."""
    table = np.zeros(0x10000, dtype=np.uint8)
    for low, high in ((0x0621, 0x063A), (0x0641, 0x064A), (0x0671, 0x06D3)):  # _LETTER
        table[low:high + 1] |= _LETTER
    table[[0x0640, 0x0670]] |= _MARK  # _MARKS: tatweel, superscript alef, harakat
    table[0x064B:0x0660] |= _MARK
    table[0xFB50:0xFE00] |= _PRESENTATION  # _PRESENTATION_CHAR
    table[0xFE70:0xFEFD] |= _PRESENTATION
    table[[0x0629, 0x0649]] |= _FINAL  # ة ى
    table[0x0644] |= _LAM
    table[0x0627] |= _ALEF
    return table


def _shifted(array: np.ndarray, k: int) -> np.ndarray:
    """``array[i + k]`` for every position ``i`` of the padded text but its :data:`_PAD` at each end."""
    return array[_PAD + k: len(array) - _PAD + k]


def _owners(starts: np.ndarray, positions: np.ndarray, count: int) -> np.ndarray:
    """How many of ``positions`` (indices in the padded text) fall in each text."""
    return np.bincount(np.searchsorted(starts, positions, side="right") - 1, minlength=count)


def surely_logical(texts) -> list[bool]:
    """For each text: True when ``check_visual_order(text)`` surely returns ``(text, [])``.

    A text is answered when its sample has no presentation form and either no reversed word
    end or too few of them to outweigh the logical ones (the function words, which the check
    also counts, add at most one each to the visual side).

    Args:
        texts: strings (whole texts; only their first ``SAMPLE`` characters are read).

    Returns:
        One flag per text; False means "not known" (ask ``check_visual_order``).
    """
    if not texts:
        return []
    seen, against, folded = evidence_counts(texts)
    words = len(_function_words()[1])
    return (((seen == 0) | (seen + words < _RATIO * against)) & ~folded).tolist()


def evidence_counts(texts) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The word-end evidence of each text's sample, counted as ``visual_order._evidence`` counts it.

    Args:
        texts: a non-empty sequence of strings.

    Returns:
        ``(visual, logical, folded)``: per text, the matches of ``_ARTICLE_REVERSED`` and
        ``_FINAL_REVERSED``, those of ``_ARTICLE`` and ``_FINAL`` (the function words not
        counted), and whether the sample holds a presentation form (then the counts are
        not those of the folded text).
    """
    samples = [text[:SAMPLE] for text in texts]
    # line breaks around the samples: every position of a sample has the three neighbours on
    # each side that the patterns read, and none of them is a letter
    joined = "\n" * _PAD + "\n".join(samples) + "\n" * _PAD
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    kinds = _classes()[np.minimum(codes, _BEYOND)]
    starts = np.cumsum([_PAD] + [len(sample) + 1 for sample in samples[:-1]])
    folded = _owners(starts, np.flatnonzero(kinds & _PRESENTATION), len(texts)) > 0
    places = np.arange(len(kinds))
    if (kinds & _MARK).any():
        places = np.flatnonzero((kinds & _MARK) == 0)  # where each kept character was
        kinds = kinds[places]
    letter = (kinds & _LETTER) != 0
    at, after = _shifted(kinds, 0), _shifted(kinds, 1)
    before1, before2, before3 = (_shifted(letter, -k) for k in (1, 2, 3))
    after1, after2, after3 = (_shifted(letter, k) for k in (1, 2, 3))
    final = (at & _FINAL) != 0
    # _ARTICLE_REVERSED (ل ا, no letter after, five letters up to the alef), _FINAL_REVERSED
    visual = (((at & _LAM) != 0) & ((after & _ALEF) != 0) & ~after2 & before1 & before2 & before3
              | final & ~before1 & after1)
    # _ARTICLE (ا ل, no letter before, two letters after), _FINAL (a letter before, none after)
    logical = (((at & _ALEF) != 0) & ((after & _LAM) != 0) & ~before1 & after2 & after3
               | final & before1 & ~after1)
    return (_owners(starts, places[np.flatnonzero(visual) + _PAD], len(texts)),
            _owners(starts, places[np.flatnonzero(logical) + _PAD], len(texts)), folded)
