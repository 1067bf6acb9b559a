"""Arabic text in visual (reversed) order: told apart from logical order, and repaired.

Some PDF extractors (and older PDF producers) write Arabic in the order the
glyphs stand on the page, left to right, so that every Arabic word reads
backwards: ``ةموكحلا`` for ``الحكومة``.  Nothing matches such text.  It is
told without a dictionary, from letters and words that stand only at one end
of an Arabic word:

- teh marbuta ``ة`` and alef maqsura ``ى`` end words and never begin them;
- the article ``ال`` begins about a third of the words of running text, and
  reversed it ends them (``...لا``);
- the very frequent function words of ``data/text/visual_order_words.txt``
  (``في``, ``من``, ``على`` …) are found as written or reversed (``يف``, ``نم``,
  ``ىلع``).

Each of these counts for logical or for visual order; a text reads as
visual when the visual evidence is at least three times the logical one (and
at least 3 pieces).  It is *confident* with at least 6 pieces and five times
the logical evidence.  Latin letters and digits give no evidence, so English
and numbers are never flagged.  :func:`repair_visual_order` turns each
visual line back with the Unicode bidi algorithm (python-bidi: Arabic runs
reversed, Latin words and numbers kept as they read, brackets mirrored),
which keeps every line's length, so line offsets are unchanged.  The
detection is for Arabic: Persian or Urdu in visual order is not recognised.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from helpers.text.affixes import affix
from helpers.text.lexicon_tools import read_words

__all__ = ["VisualOrder", "detect_visual_order", "repair_visual_order", "check_visual_order",
           "visual_to_logical", "reads_visual", "visual_order_note", "fold_presentation_forms"]

_LETTER = "".join(f"{chr(low)}-{chr(high)}" for low, high in ((0x0621, 0x063A), (0x0641, 0x064A), (0x0671, 0x06D3)))
_ARABIC_OR_PRESENTATION_LETTER = re.compile(f"[{_LETTER}\ufb50-\ufdff\ufe70-\ufefc]")
_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")
_PRESENTATION_CHAR = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")  # to test for one: twice as fast
# Each pattern starts with a literal letter, so that the regex engine skips fast to candidates.
_AL = affix("article")
_ARTICLE = re.compile(f"{_AL}(?<![{_LETTER}]{_AL})(?=[{_LETTER}]{{2}})")
_ARTICLE_REVERSED = re.compile(f"{_AL[::-1]}(?![{_LETTER}])(?<=[{_LETTER}]{{5}})")
_FINAL = re.compile(f"[ةى](?<=[{_LETTER}][ةى])(?![{_LETTER}])")
_FINAL_REVERSED = re.compile(f"[ةى](?<![{_LETTER}][ةى])(?=[{_LETTER}])")
_WORD = re.compile(f"[{_LETTER}]+")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("«", "»"))
#: The sample a document's decision is made on (its first characters).
SAMPLE = 2000
_MIN_EVIDENCE, _RATIO = 3, 3
_CONFIDENT_EVIDENCE, _CONFIDENT_RATIO = 6, 5


@dataclass(frozen=True)
class VisualOrder:
    """What :func:`detect_visual_order` found.

    Attributes:
        visual: the Arabic of the text reads as visual (reversed) order.
        confident: enough evidence to repair it.
        evidence: ``(visual, logical)`` pieces of evidence counted.
    """

    visual: bool
    confident: bool
    evidence: tuple[int, int]


@lru_cache(maxsize=1)
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    words = read_words("text/visual_order_words.txt")
    return frozenset(words), frozenset(w[::-1] for w in words)


def fold_presentation_forms(text: str) -> str:
    """Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) folded to base letters (NFKC).

    Only those ranges are folded (a lam-alef ligature becomes two letters);
    every other character is left as it is.

    Args:
        text: any string.

    Returns:
        The folded string (the same object when it has no presentation forms).
    """
    if not _PRESENTATION_CHAR.search(text):
        return text
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _evidence(text: str, *, lazy: bool = True) -> tuple[int, int]:
    """``(visual, logical)`` evidence: word-end letters counted, distinct function words.

    With ``lazy``, a text without a single reversed word end (the common case:
    logical Arabic, or no Arabic) is answered ``(0, 0)`` at once.
    """
    if _PRESENTATION_CHAR.search(text):
        text = fold_presentation_forms(text)
    if _MARKS.search(text):
        text = _MARKS.sub("", text)
    visual = len(_ARTICLE_REVERSED.findall(text)) + len(_FINAL_REVERSED.findall(text))
    if lazy and not visual:
        return 0, 0
    logical_words, visual_words = _function_words()
    words = _WORD.findall(text)
    visual += len(visual_words.intersection(words))
    logical = (len(_ARTICLE.findall(text)) + len(_FINAL.findall(text))
               + len(logical_words.intersection(words)))
    return visual, logical


def detect_visual_order(text: str, *, sample: int | None = SAMPLE) -> VisualOrder:
    """Tell whether the Arabic of a text is in visual (reversed) order.

    Args:
        text: a document or a line.
        sample: decide on the first ``sample`` characters (``None``: all).

    Returns:
        A :class:`VisualOrder`; ``visual`` is False for text without Arabic
        or without enough evidence (very short lines).
    """
    part = text if sample is None else text[:sample]
    if not _ARABIC_OR_PRESENTATION_LETTER.search(part):
        return VisualOrder(False, False, (0, 0))
    visual, logical = _evidence(part)
    flagged = visual >= _MIN_EVIDENCE and visual >= _RATIO * logical
    confident = flagged and visual >= _CONFIDENT_EVIDENCE and visual >= _CONFIDENT_RATIO * logical
    return VisualOrder(flagged, confident, (visual, logical))


def visual_to_logical(line: str) -> str:
    """One line in visual order turned into logical order (same length).

    The line is reordered with the bidi algorithm, right to left when it has
    more Arabic than Latin letters (else left to right, so an English line
    with an Arabic name keeps its order), and brackets and guillemets that
    come out the wrong way round (``)نص(`` from producers that map a mirrored
    glyph back to the other bracket) are turned.

    Args:
        line: one line, as an extractor wrote it.

    Returns:
        The line in logical order (unchanged if reordering would change its length).
    """
    from bidi.algorithm import get_display

    base = "R" if len(_ARABIC_OR_PRESENTATION_LETTER.findall(line)) >= len(_LATIN.findall(line)) else "L"
    turned = get_display(line, base_dir=base)
    if len(turned) != len(line):
        return line
    for opening, closing in _PAIRS:
        first = min((i for i in (turned.find(opening), turned.find(closing)) if i >= 0), default=-1)
        if first >= 0 and turned[first] == closing and turned.rfind(opening) > turned.rfind(closing):
            turned = turned.translate({ord(opening): closing, ord(closing): opening})
    return turned


def reads_visual(line: str) -> bool:
    """Whether a line of a visual-order document is to be reordered: it has
    Arabic and does not clearly read, on its own, as logical order (logical
    evidence at least twice the visual one plus 2: a reversed line can show
    a little logical evidence, e.g. from words ending in ``لا``).

    Args:
        line: one line.

    Returns:
        True when :func:`visual_to_logical` should turn it.
    """
    if not _ARABIC_OR_PRESENTATION_LETTER.search(line):
        return False
    visual, logical = _evidence(line, lazy=False)
    return logical < 2 * visual + 2


def repair_visual_order(text: str) -> tuple[str, int]:
    """Turn the Arabic lines of a visual-order text back into logical order.

    Each line that :func:`reads_visual` is turned with
    :func:`visual_to_logical`.  Lines keep their length and place, so a
    line's offsets are those of the input.

    Args:
        text: a text that :func:`detect_visual_order` found visual.

    Returns:
        ``(repaired text, number of lines reordered)``.
    """
    lines = text.split("\n")
    count = 0
    for index, line in enumerate(lines):
        if reads_visual(line):
            end = len(line.rstrip("\r"))
            lines[index] = visual_to_logical(line[:end]) + line[end:]
            count += 1
    return "\n".join(lines), count


def visual_order_note(found: VisualOrder, count: int) -> str:
    """The warning line for a text found in visual order.

    Args:
        found: what :func:`detect_visual_order` found (``visual`` true).
        count: lines reordered (when ``found.confident``).

    Returns:
        One line.
    """
    note = "Arabic text appears in visual (reversed) order (as some PDF extractors write it); "
    if not found.confident:
        return note + "left as it is (too little evidence to reorder it): extract it again in " \
                      "logical order"
    return note + f"{count} line(s) reordered to logical order (offsets refer to the reordered text)"


def check_visual_order(text: str) -> tuple[str, list[str]]:
    """Name (and when confident, repair) a text in visual order; the loaders' step.

    Args:
        text: a document's text as read.

    Returns:
        ``(text, notes)``: the text (repaired when the detection is
        confident, else unchanged) and the ``warning`` lines to report.
    """
    found = detect_visual_order(text)
    if not found.visual:
        return text, []
    count = 0
    if found.confident:
        text, count = repair_visual_order(text)
    return text, [visual_order_note(found, count)]
