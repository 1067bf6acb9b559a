"""Segmentation: paragraphs, sentences, tokens, and language per paragraph.

All spans are Python ``str`` offsets into the raw text.  Rules:

- A paragraph is a non-empty line (news copy and abstracts put one paragraph
  per line; blank lines only separate them).
- Sentences end at ``. ! ? ؟ ؛ …`` (with any closing quotes or brackets that
  follow) when the next character is a space, a line end, or a letter glued
  to the stop ("necessary.But").  A full stop between digits (2.5,
  14.11.2019), after a known abbreviation (``data/text/abbreviations.txt``) or a
  single capital (U.S.), and inside a URL does not end a sentence.  The
  Arabic comma ``،`` does not end a sentence: Arabic prose chains clauses
  with it, and reported speech ("وقال … إن …، وأن …") must stay whole.
- Language per paragraph: ``ar`` or ``en`` by the majority of Arabic vs
  Latin letters, ``other`` when it has neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import numpy as np

from helpers.text.lexicon_tools import read_words

__all__ = ["Paragraph", "Sentence", "Token", "paragraphs", "sentences", "tokens", "profile",
           "detect_language", "document_language"]

_LINE = re.compile(r"[^\n]+")
_STOP = re.compile(r"(?:\.{3}|…|[.!?؟؛])+[\"'»”’)\]]*")
_URL_SPACED_PATH = re.compile(r"(?:https?://|www\.)\S+(?:\s(?=[\w./-]*[/.][\w-]+/)\S+)*", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)$")
#: The letters :func:`detect_language` counts (inclusive code point ranges).
_ARABIC_RANGES = ((0x0620, 0x064A), (0x0671, 0x06D3), (0x06FA, 0x06FF), (0x0750, 0x077F))
_LATIN_RANGES = ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F))
_ARABIC_SCRIPT_LETTER = re.compile("[" + "".join(f"\\u{a:04X}-\\u{b:04X}" for a, b in _ARABIC_RANGES) + "]")
_LATIN = re.compile("[" + "".join(f"\\u{a:04X}-\\u{b:04X}" for a, b in _LATIN_RANGES) + "]")
#: From this length on, letters are counted with a table lookup (numpy) instead of two regex scans.
_COUNT_LONG = 64
_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640"
_TOKEN = re.compile(
    rf"\d+(?:[.,٫٬/:]\d+)*%?|(?:[^\W\d_]|[{_MARKS}])+(?:['’](?:[^\W\d_])+)?"
)


@dataclass(frozen=True)
class Paragraph:
    """A non-empty line: ``raw[start:end] == text``, without surrounding spaces."""

    start: int
    end: int
    text: str
    language: str
    index: int


@dataclass(frozen=True)
class Sentence:
    """A sentence: ``raw[start:end] == text``; ``paragraph`` is its line index."""

    start: int
    end: int
    text: str
    language: str
    paragraph: int


@dataclass(frozen=True)
class Token:
    """A word or number: ``raw[start:end] == text``."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(read_words("text/abbreviations.txt"))


@lru_cache(maxsize=4096)
def detect_language(text: str) -> str:
    """Tell the language of a paragraph by its script (remembered for recent texts:
    loading and segmenting ask about the same paragraphs).

    Args:
        text: a paragraph or any string.

    Returns:
        ``"ar"`` when Arabic letters are the majority of letters, ``"en"`` when
        Latin letters are, ``"other"`` when there are no letters of either.
    """
    arabic, latin = _count_letters(text)
    if arabic == latin == 0:
        return "other"
    return "ar" if arabic >= latin else "en"


@lru_cache(maxsize=1)
def _script_table() -> np.ndarray:
    """``table[code point]``: 1 for an Arabic letter, 2 for a Latin one, else 0 (the BMP)."""
    table = np.zeros(0x10000, dtype=np.int8)
    for script, ranges in ((1, _ARABIC_RANGES), (2, _LATIN_RANGES)):
        for first, last in ranges:
            table[first:last + 1] = script
    return table


def _count_letters(text: str) -> tuple[int, int]:
    """``(Arabic letters, Latin letters)`` of a text (what ``_ARABIC_SCRIPT_LETTER`` and ``_LATIN`` match)."""
    if len(text) < _COUNT_LONG:
        return len(_ARABIC_SCRIPT_LETTER.findall(text)), len(_LATIN.findall(text))
    # UTF-16 code units: a character beyond the BMP is two surrogates, which count for neither
    # script (as the character itself does not), so no code is left out
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    counts = np.bincount(_script_table()[units], minlength=3)
    return int(counts[1]), int(counts[2])


def document_language(paragraph_list: Iterable[Paragraph], *, share: float = 0.15) -> str:
    """Languages of a document, by share of characters, most used first.

    Args:
        paragraph_list: the document's paragraphs.
        share: minimum share of characters for a language to be listed.

    Returns:
        ``"ar"``, ``"en"``, ``"ar,en"`` …; ``"other"`` when nothing is known.
    """
    sizes: dict[str, int] = {}
    for par in paragraph_list:
        if par.language != "other":
            sizes[par.language] = sizes.get(par.language, 0) + len(par.text)
    total = sum(sizes.values())
    if not total:
        return "other"
    ranked = sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))
    return ",".join(lang for lang, size in ranked if size / total >= share)


def paragraphs(raw: str, *, exclude: Iterable[tuple[int, int]] = ()) -> list[Paragraph]:
    """Split ``raw`` into paragraphs (non-empty lines, trimmed).

    Args:
        raw: the raw text.
        exclude: raw spans to treat as line breaks (e.g. boilerplate removed
            by cleaning); offsets stay those of ``raw``.

    Returns:
        Paragraphs in text order.
    """
    work = _blank(raw, exclude)
    result = []
    for match in _LINE.finditer(work):
        start, end = _trim(work, match.start(), match.end())
        if start < end:
            text = raw[start:end]
            result.append(Paragraph(start, end, text, detect_language(text), len(result)))
    return result


def sentences(raw: str, *, exclude: Iterable[tuple[int, int]] = ()) -> list[Sentence]:
    """Split ``raw`` into sentences with exact raw offsets.

    Args:
        raw: the raw text.
        exclude: raw spans to treat as line breaks (see :func:`paragraphs`).

    Returns:
        Sentences in text order; each carries its paragraph's language.
    """
    work = _blank(raw, exclude)
    result = []
    for par in paragraphs(work):
        protected = [m.span() for m in _URL_SPACED_PATH.finditer(work, par.start, par.end)]
        begin = par.start
        for match in _STOP.finditer(work, par.start, par.end):
            if _is_boundary(work, match, par.end, protected):
                result.extend(_sentence(raw, begin, match.end(), par))
                begin = match.end()
        result.extend(_sentence(raw, begin, par.end, par))
    return result


def tokens(raw: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and number tokens of ``raw[start:end]``, with raw offsets.

    Words keep their diacritics and tatweel; numbers keep decimal and date
    separators (2.5, 14/11/2019, ١٤٫٥).

    Args:
        raw: the raw text.
        start: where to begin.
        end: where to stop (default: the end of ``raw``).

    Returns:
        Tokens in text order.
    """
    stop = len(raw) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(raw, start, stop)]


def _blank(raw: str, exclude: Iterable[tuple[int, int]]) -> str:
    spans = sorted(exclude)
    if not spans:
        return raw
    pieces, last = [], 0
    for start, end in spans:
        start = max(start, last)
        if end > start:
            pieces.append(raw[last:start])
            pieces.append("\n" * (end - start))
            last = end
    pieces.append(raw[last:])
    return "".join(pieces)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence(raw: str, start: int, end: int, par: Paragraph) -> list[Sentence]:
    start, end = _trim(raw, start, end)
    if start >= end or not any(ch.isalnum() for ch in raw[start:end]):
        return []
    return [Sentence(start, end, raw[start:end], par.language, par.index)]


def _is_boundary(work: str, match: re.Match, limit: int, protected) -> bool:
    at, after = match.start(), match.end()
    if any(s <= at < e for s, e in protected):
        return False
    nxt = work[after] if after < limit else " "
    if not (nxt.isspace() or nxt.isalpha() or nxt in "\"'«“(["):
        return False
    if match.group()[0] == "." and len(match.group().rstrip("\"'»”’)]")) == 1:
        prev = work[at - 1] if at > 0 else " "
        if prev.isdigit() and nxt.isdigit():
            return False
        word = _WORD_BEFORE.search(work, max(0, at - 20), at)
        if word:
            token = word.group(1)
            if len(token) == 1 and token.isupper() or token.lower() in _abbreviations():
                return False
            if nxt.isalpha() and nxt.islower():
                return False
    return True


def profile(raw: str, *, exclude: Iterable[tuple[int, int]] = ()) -> dict:
    """Counts that describe a document's shape and language mix.

    Args:
        raw: the raw text.
        exclude: raw spans to leave out (boilerplate found by cleaning).

    Returns:
        ``{"paragraphs", "sentences", "tokens", "ar_share", "en_share"}``:
        shares are of characters in paragraphs of each language.
    """
    pars = paragraphs(raw, exclude=exclude)
    work = _blank(raw, exclude)
    size = sum(len(p.text) for p in pars) or 1
    return {
        "paragraphs": len(pars),
        "sentences": len(sentences(work)),
        "tokens": sum(len(tokens(work, p.start, p.end)) for p in pars),
        "ar_share": round(sum(len(p.text) for p in pars if p.language == "ar") / size, 3),
        "en_share": round(sum(len(p.text) for p in pars if p.language == "en") / size, 3),
    }
