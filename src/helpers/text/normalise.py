"""Normalisation of Arabic and English text for *matching*, never for display.

Every step is a small function driven by the character map in
``data/text/charmap.tsv`` (one row per code point, grouped by ``step``).  The
combined :func:`normalise` applies the chosen steps in one pass and returns a
:class:`Normalised` object that maps any span of the normalised text back to
exact offsets in the raw text, so that matches found on normalised text are
always reported with raw offsets.

Steps (names are the ``step`` column of the character map):

``alef``        أ إ آ ٱ → ا
``yeh``         ى (alef maqsura), ی, ے → ي
``teh``         ة → ه
``hamza``       ؤ → و, ئ → ي (hamza seats)
``letters``     Persian keheh ک → ك; Urdu/Persian heh forms ہ ۂ ھ and ە → ه
                (ۃ → ه with ``teh``)
``tatweel``     ـ deleted
``diacritics``  tashkeel, superscript alef, Quranic marks deleted
``digits``      Arabic-Indic and Persian digits → 0-9, ٫ ٬ ٪ → . , %
``space``       NBSP and other Unicode spaces, tab → space
``invisible``   zero-width characters, BOM, soft hyphen deleted
``bidi``        bidi control characters deleted
``punctuation`` ، ؛ ؟ → , ; ?   « » “ ” → "   dashes → -
``case``        A-Z → a-z
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from helpers.text.lexicon_tools import read_tsv

__all__ = [
    "ALL_STEPS",
    "Normalised",
    "normalise",
    "normalise_text",
    "lookup_key",
    "normalise_alef",
    "normalise_yeh",
    "normalise_teh",
    "normalise_hamza",
    "remove_diacritics",
    "remove_tatweel",
    "normalise_digits",
    "normalise_spaces",
    "remove_invisible",
    "remove_bidi_controls",
    "normalise_punctuation",
    "lowercase_latin",
    "explain",
]

ALL_STEPS: tuple[str, ...] = (
    "alef", "yeh", "teh", "hamza", "letters", "tatweel", "diacritics",
    "digits", "space", "invisible", "bidi", "punctuation", "case",
)



def _cp(value: str) -> str:
    return chr(int(value[2:], 16)) if value else ""


@lru_cache(maxsize=None)
def _charmap() -> dict[str, dict[str, str]]:
    """Load ``data/text/charmap.tsv`` once per process.

    Returns:
        ``{step: {char: replacement}}`` where an empty replacement deletes.
    """
    table: dict[str, dict[str, str]] = {step: {} for step in ALL_STEPS}
    for row in read_tsv("text/charmap.tsv", ("codepoint", "replacement", "step")):
        table[row["step"]][_cp(row["codepoint"])] = _cp(row["replacement"])
    return table


@lru_cache(maxsize=64)
def _translation(steps: tuple[str, ...]) -> dict[int, str | None]:
    """Build (once per combination of steps) a ``str.translate`` table."""
    table: dict[int, str | None] = {}
    for step in steps:
        for char, repl in _charmap()[step].items():
            table[ord(char)] = repl or None
    return table


@lru_cache(maxsize=64)
def _deleted(steps: tuple[str, ...]) -> frozenset[str]:
    return frozenset(c for s in steps for c, r in _charmap()[s].items() if not r)


@lru_cache(maxsize=64)
def _deleted_pattern(steps: tuple[str, ...]) -> re.Pattern:
    chars = "".join(sorted(_deleted(steps)))
    return re.compile(f"[{re.escape(chars)}]" if chars else r"(?!x)x")


def _check_steps(steps) -> tuple[str, ...]:
    if steps is None:  # the common case: no check needed
        return ALL_STEPS
    steps = tuple(steps)
    unknown = [s for s in steps if s not in ALL_STEPS]
    if unknown:
        raise ValueError(f"unknown normalisation step(s): {', '.join(unknown)}")
    return steps


@lru_cache(maxsize=64)
def _lookup(steps: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised form of the translation table over the Basic Multilingual Plane.

    Returns:
        ``(mapped, deleted)``: ``mapped[c]`` is the replacement code point of
        ``c``; ``deleted[c]`` is true when the step deletes ``c``.
    """
    mapped = np.arange(0x10000, dtype=np.uint32)
    deleted = np.zeros(0x10000, dtype=bool)
    for code, repl in _translation(steps).items():
        if repl is None:
            deleted[code] = True
        else:
            mapped[code] = ord(repl)
    return mapped, deleted


_SHORT = 512  # below this many characters str.translate is faster than numpy


def _vectorised(raw: str, steps: tuple[str, ...]) -> tuple[str, np.ndarray | None]:
    """Apply one-to-one and deleting steps with numpy; return text and origin map."""
    mapped, deleted = _lookup(steps)
    codes = np.frombuffer(raw.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.size and int(codes.max()) > 0xFFFF:  # beyond the BMP (emoji …): kept as they are
        bmp = np.minimum(codes, 0xFFFF)
        out = np.where(codes > 0xFFFF, codes, mapped[bmp])
        gone = deleted[bmp] & (codes <= 0xFFFF)
    else:  # the usual text: two table look-ups
        out, gone = mapped[codes], deleted[codes]
    if not gone.any():
        return out.tobytes().decode("utf-32-le", "surrogatepass"), None
    keep = ~gone
    return out[keep].tobytes().decode("utf-32-le", "surrogatepass"), np.flatnonzero(keep)


def normalise_text(text: str, *, steps=None) -> str:
    """Normalise ``text`` for matching, without an offset map.

    Args:
        text: any string.
        steps: iterable of step names (default: all of :data:`ALL_STEPS`).

    Returns:
        The normalised string (presentation forms are decomposed first).
    """
    steps = _check_steps(steps)
    if _has_presentation_forms(text):
        text = unicodedata.normalize("NFKC", text)
    if len(text) < _SHORT:
        return text.translate(_translation(steps))
    return _vectorised(text, steps)[0]


def lookup_key(text: str) -> str:
    """The form a lexicon entry is stored and looked up by: normalised, spaces collapsed to one.

    Args:
        text: a word or phrase (a data file's entry, or a span of text).

    Returns:
        :func:`normalise_text` of it with runs of whitespace as one space, no space at either end.
    """
    return " ".join(normalise_text(text).split())


def _step_function(step: str, doc: str):
    def apply(text: str) -> str:
        return text.translate(_translation((step,)))

    apply.__name__ = f"normalise_{step}"
    apply.__doc__ = (f"{doc}\n\n    Args:\n        text: any string.\n\n"
                     "    Returns:\n        The string with this one step applied (no offset map).\n    ")
    return apply


normalise_alef = _step_function("alef", "Map أ إ آ ٱ (and wavy-hamza alefs) to bare alef ا.")
normalise_yeh = _step_function("yeh", "Map alef maqsura ى, Farsi yeh ی and yeh barree ے to yeh ي.")
normalise_teh = _step_function("teh", "Map teh marbuta ة to heh ه.")
normalise_hamza = _step_function("hamza", "Map hamza seats ؤ → و and ئ → ي.")
remove_diacritics = _step_function("diacritics", "Delete tashkeel, superscript alef and Quranic marks.")
remove_tatweel = _step_function("tatweel", "Delete tatweel (kashida) ـ.")
normalise_digits = _step_function("digits", "Map Arabic-Indic and Persian digits to ASCII; ٫ ٬ ٪ to . , %.")
normalise_spaces = _step_function("space", "Map NBSP, other Unicode spaces and tab to a plain space.")
remove_invisible = _step_function("invisible", "Delete zero-width characters, BOM and soft hyphens.")
remove_bidi_controls = _step_function("bidi", "Delete bidi controls (LRM, RLM, ALM, embeddings, isolates).")
normalise_punctuation = _step_function("punctuation", "Map Arabic punctuation, typographic quotes and dashes to ASCII.")
lowercase_latin = _step_function("case", "Lowercase ASCII letters A-Z (one-to-one, so offsets are kept).")


_PRESENTATION = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFC]")


def _has_presentation_forms(text: str) -> bool:
    return _PRESENTATION.search(text) is not None


@dataclass(frozen=True)
class Normalised:
    """A normalised text with its map back to the raw text.

    Attributes:
        raw: the raw text, unchanged.
        text: the normalised text.
        origin: ``origin[i]`` is the raw index of the character that produced
            ``text[i]``; ``None`` when the map is the identity.
    """

    raw: str
    text: str
    origin: np.ndarray | None

    def raw_index(self, i: int) -> int:
        """Raw offset of normalised position ``i`` (``len(text)`` → ``len(raw)``).

        Args:
            i: a position in the normalised text, 0 ≤ i ≤ len(text).

        Returns:
            The raw offset of the character at ``i``.
        """
        if self.origin is None:
            return i
        if i >= len(self.text):
            return len(self.raw)
        return int(self.origin[i])

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to raw offsets.

        The raw span starts at the first character's source and ends after the
        last character's source, extended over characters that normalisation
        deleted right after it (diacritics, tatweel) but not over spaces.

        Args:
            start: start in normalised text.
            end: end (exclusive) in normalised text, ``end > start``.

        Returns:
            ``(raw_start, raw_end)`` with ``raw[raw_start:raw_end]`` the surface.
        """
        if self.origin is None:
            return start, end
        if end <= start:
            position = self.raw_index(start)
            return position, position
        raw_start = int(self.origin[start])
        raw_end = int(self.origin[end - 1]) + 1
        limit = self.raw_index(end)
        marks = _deleted(("diacritics", "tatweel"))
        while raw_end < limit and self.raw[raw_end] in marks:
            raw_end += 1
        return raw_start, raw_end


def normalise(raw: str, *, steps=None) -> Normalised:
    """Normalise ``raw`` for matching and keep the offset map.

    Deletions and one-to-one replacements are done with one ``str.translate``
    call; the offset map is computed from the positions of deleted characters
    (vectorised with numpy).  Presentation forms (which can expand, e.g. the
    lam-alef ligature) take a slower per-character path.

    Args:
        raw: the raw text.
        steps: iterable of step names (default: all of :data:`ALL_STEPS`).

    Returns:
        A :class:`Normalised` with ``text`` and the map back to ``raw``.
    """
    steps = _check_steps(steps)
    table = _translation(steps)
    if _has_presentation_forms(raw):
        return _normalise_slow(raw, table)
    if len(raw) >= _SHORT:
        text, origin = _vectorised(raw, steps)
        return Normalised(raw, text, origin)
    text = raw.translate(table)
    if len(text) == len(raw):
        return Normalised(raw, text, None)
    gone = [m.start() for m in _deleted_pattern(steps).finditer(raw)]
    return Normalised(raw, text, np.delete(np.arange(len(raw), dtype=np.int64), gone))


def _normalise_slow(raw: str, table: dict[int, str | None]) -> Normalised:
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(raw):
        expanded = unicodedata.normalize("NFKC", char) if 0xFB50 <= ord(char) else char
        out = expanded.translate(table)
        pieces.append(out)
        origin.extend([index] * len(out))
    return Normalised(raw, "".join(pieces), np.asarray(origin, dtype=np.int64))


def explain(text: str, *, steps=None):
    """Apply the steps one after another and show what each changed.

    Args:
        text: a sentence or phrase.
        steps: step names in order (default: all of :data:`ALL_STEPS`).

    Returns:
        A pandas DataFrame with columns step, text (after the step) and
        changed (how many characters differ from before the step or were
        deleted by it).
    """
    import pandas as pd

    rows, current = [{"step": "raw", "text": text, "changed": 0}], text
    for step in _check_steps(steps):
        after = current.translate(_translation((step,)))
        changed = len(current) - len(after) if len(after) != len(current) else sum(
            a != b for a, b in zip(current, after))
        rows.append({"step": step, "text": after, "changed": changed})
        current = after
    return pd.DataFrame(rows)
