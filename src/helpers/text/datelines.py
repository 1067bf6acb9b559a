"""Datelines: the place (and agency) a news story opens with, which is no part of its text.

Two forms are found at the start of a paragraph:

- with an agency, anywhere in the document: "بكين (رويترز) -", "GENEVA, March 3 (Reuters) -" (the agencies
  of ``text/agencies.tsv``);
- a place alone, in the document's first paragraphs only: "تونس - ", "القاهرة (خاص) -", "ALMATY -",
  "URUMQI, China —", "GENEVA, March 3 -".  The place is one or two Arabic words (a parenthesis and a date may
  follow) or one to three words in capitals (a country or a date may follow after commas); a dash with space
  after it ends it, and the rest of the paragraph must read as a sentence: six words or more, no ":" or "/"
  among its first five (a pairing "تونس - الجزائر : …", a fixture "X - Y / channel" is a headline), no dash
  standing alone among its first twelve (a list of fixtures, a dash opening an aside), and a sentence end or
  twelve words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import normalise_text

__all__ = ["Dateline", "find_dateline", "dateline_pattern", "PLACE_ONLY_LINES"]

#: How many non-blank lines (a title, the lead) may hold a dateline without an agency.
PLACE_ONLY_LINES = 3
_H = r"[ \t\u00a0]"
_AR_WORD = r"[\u0621-\u064a\u0671-\u06d3\u064b-\u0652\u0640]{2,}"
_CAPS_WORD = r"[A-Z][A-Z.'\u2019\-]+"
_PLACE_ONLY = re.compile(
    rf"^{_H}*(?P<place>"
    rf"{_AR_WORD}(?:{_H}{_AR_WORD})?(?:{_H}*\([^()\n]{{1,25}}\))?(?:{_H}*[\u060c,]{_H}*[^\W\d_]*{_H}?\d{{1,2}}"
    rf"(?:{_H}[^\W\d_]+)?(?:{_H}\d{{4}})?)?"
    rf"|(?:[A-Z][A-Z.'\u2019\-]{{3,}}|{_CAPS_WORD}(?:{_H}{_CAPS_WORD}){{1,2}})(?:,{_H}(?:[A-Z][a-z]+\.?(?:{_H}\d{{1,2}})?(?:{_H}[A-Z][a-z]+)?"
    rf"|\d{{1,2}}|\d{{4}}))*(?:{_H}*\([^()\n]{{1,25}}\))?"
    rf"){_H}*[-\u2013\u2014]{_H}+(?=\S)",
    re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?\u061f]")
_DASHES = ("-", "\u2013", "\u2014")


@dataclass(frozen=True)
class Dateline:
    """A dateline found in a raw text.

    Attributes:
        start: raw offset of the place's first character.
        end: raw offset right after the dash and the spaces after it.
        place: the place as written (with a date or a note when one stands there).
        agency: the agency's canonical name, "" for a place alone.
    """

    start: int
    end: int
    place: str
    agency: str = ""


@lru_cache(maxsize=1)
def dateline_pattern() -> re.Pattern:
    """The pattern of a dateline with an agency ("PLACE (AGENCY) -"), compiled once.

    Returns:
        A multiline pattern with the groups ``place`` and ``agency``.
    """
    variants = [row["variant"] for row in read_tsv("text/agencies.tsv", ("variant", "agency"))]
    names = sorted({normalise_text(v) for v in variants} | set(variants), key=lambda n: (-len(n), n))
    agencies = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"^[ \t\u00a0]*(?P<place>[^\W\d_][^\n()\-–—:]{{0,40}}?)[ \t\u00a0]*"
        rf"[(\[](?P<agency>{agencies})[)\]][ \t\u00a0]*[-–—:][ \t\u00a0]*",
        re.MULTILINE)


@lru_cache(maxsize=1)
def _agency_names() -> dict[str, str]:
    return {normalise_text(row["variant"]): row["agency"]
            for row in read_tsv("text/agencies.tsv", ("variant", "agency"))}


def find_dateline(raw: str) -> Dateline | None:
    """The document's dateline: the first with an agency, else a place alone in its first paragraphs.

    Args:
        raw: the raw text of one document.

    Returns:
        The :class:`Dateline`, or None.
    """
    found = dateline_pattern().search(raw)
    if found:
        agency = _agency_names().get(normalise_text(found.group("agency")), found.group("agency"))
        return Dateline(found.start("place"), found.end(), found.group("place").strip(), agency)
    at, seen = 0, 0
    while at < len(raw) and seen < PLACE_ONLY_LINES:
        end = raw.find("\n", at)
        end = len(raw) if end < 0 else end
        if raw[at:end].strip():
            seen += 1
            place = _PLACE_ONLY.match(raw, at, end)
            if place and _reads_as_sentence(raw[place.end():end]):
                return Dateline(place.start("place"), place.end(), place.group("place").strip())
        at = end + 1
    return None


def _reads_as_sentence(rest: str) -> bool:
    """Whether the rest of a paragraph after a dash is a story's sentence, not a headline's other half."""
    words = rest.split()
    if len(words) < 6 or any(":" in w or "/" in w for w in words[:5]) or any(w in _DASHES for w in words[:12]):
        return False
    return len(words) >= 12 or bool(_SENTENCE_END.search(rest))
