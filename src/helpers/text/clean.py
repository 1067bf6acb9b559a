"""Non-destructive cleaning: a clean view of the raw text plus a report.

The raw text is never changed.  :func:`clean` finds what a reader would not
count as the article's text and returns a :class:`Cleaned` view with a map
back to raw offsets and a report row for every span it touched:

``masthead``      a site header printed twice: the document opens with a
                  block of two or more short label lines (no sentence
                  punctuation, at most six words) repeated right after
                  itself; both copies are removed.  One such line printed
                  twice (a masthead or a title given twice) keeps its first
                  copy, flagged ``masthead``, and loses the second
``duplicate``     a later copy of a line seen before in the document (the
                  first copy is always kept: a lead repeated as a
                  pull-quote, a body pasted twice)
``truncated``     a short line that is the start of the next line (a
                  caption or a heading cut short, then given in full)
``source_url``    a line made only of a URL at the end of the document
``dateline``      "بكين (رويترز) -" at the start of a paragraph, or a place
                  alone ("تونس - ", "ALMATY -") opening the lead (the place
                  and the agency are kept as metadata; see
                  :mod:`helpers.text.datelines`)
``whitespace``    spaces at line ends, runs of spaces, extra blank lines
``invisible``     zero-width characters and bidi controls
``caption``       flagged, not removed: a paragraph before the dateline
                  that ends with a date, or one carrying a photo credit

All rules are general patterns; nothing is keyed to one outlet or file.
Every removed span has a report row with its reason: no text is lost
without one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from helpers.text.affixes import affix_alternation
from helpers.text.clean_lines import keyed_lines, line_rules
from helpers.text.datelines import find_dateline
from helpers.text.normalise import Normalised

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made
    import pandas as pd

__all__ = ["Cleaned", "clean", "report_frame", "report_rows", "REPORT_COLUMNS", "REMOVED_REASONS"]

REPORT_COLUMNS = ["doc_id", "start", "end", "reason", "action", "text"]

REMOVED_REASONS = ("masthead", "duplicate", "truncated", "source_url", "dateline",
                   "whitespace", "invisible")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\u00ad]")
_WS = "[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
#: The characters of ``_WS``: a line's leading and trailing runs of them are removed (``(?m)^WS+|WS+$``).
_WS_CHARS = " \t\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_RUNS = re.compile(rf"{_WS}{{2,}}")
_BLANKS = re.compile(r"\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)+")
_DATE_END = re.compile(
    r"(?:\d{1,2}\s+\S+\s+\d{4}|\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*[.)]?\s*$")
_CREDIT = re.compile(rf"(?:\b(?:REUTERS|AFP|AP|Getty Images|EPA)/|(?:{affix_alternation('credit_agency')})\s*/"
                     rf"|\((?:{affix_alternation('credit_photo_open')})|(?:{affix_alternation('credit_photo_label')})\s*:"
                     r"|Photo\s*:)", re.IGNORECASE)


@dataclass
class Cleaned:
    """A clean view of a document.

    Attributes:
        raw: the raw text, unchanged.
        text: the clean text.
        origin: ``origin[i]`` is the raw offset of ``text[i]``.
        report: one dict per touched span: start, end, reason, action
            (``removed`` or ``flagged``), text.
        metadata: what cleaning learnt (``dateline_place``,
            ``dateline_agency``, ``source_url``).
    """

    raw: str
    text: str
    origin: np.ndarray
    report: list[dict] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)

    def removed_spans(self, *, reasons=("masthead", "duplicate", "truncated",
                                        "source_url", "dateline")) -> list[tuple[int, int]]:
        """Raw spans removed for the given reasons (boilerplate by default).

        Args:
            reasons: report reasons to include.

        Returns:
            Sorted ``(start, end)`` raw spans.
        """
        return sorted((r["start"], r["end"]) for r in self.report
                      if r["action"] == "removed" and r["reason"] in reasons)

    def title_line(self) -> str:
        """The first line of the clean text that is not flagged as a masthead (for a title)."""
        skip = self.flagged_spans("masthead")
        position = 0
        for line in self.text.split("\n"):
            start = int(self.origin[position]) if position < len(self.origin) else len(self.raw)
            position += len(line) + 1
            if line.strip() and not any(a <= start < b for a, b in skip):
                return line.strip()
        return ""

    def flagged_spans(self, reason: str) -> list[tuple[int, int]]:
        """Raw spans flagged (kept) for ``reason``, e.g. ``"caption"``."""
        return sorted((r["start"], r["end"]) for r in self.report
                      if r["action"] == "flagged" and r["reason"] == reason)


def clean(raw: str, *, norm: Normalised | None = None) -> Cleaned:
    """Build the clean view of ``raw`` and the cleaning report.

    Args:
        raw: the raw text of one document.
        norm: ``normalise(raw)`` when already made (the pipeline's
            :attr:`~helpers.text.view.DocumentView.norm`); made here when None.

    Returns:
        A :class:`Cleaned` view; ``raw`` itself is left as it is.
    """
    lines = keyed_lines(raw, norm)
    spans, flagged = line_rules(raw, lines)
    metadata: dict = {}
    for reason in ("source_url",):
        for start, end, why in spans:
            if why == reason:
                metadata["source_url"] = raw[start:end].strip()
    dateline = find_dateline(raw)
    if dateline and not any(s <= dateline.start < e for s, e, _ in spans):
        spans.append((dateline.start, dateline.end, "dateline"))
        metadata["dateline_place"] = dateline.place
        if dateline.agency:
            metadata["dateline_agency"] = dateline.agency
    spans += [(m.start(), m.end(), "invisible") for m in _INVISIBLE.finditer(raw)]
    removed = _merge(spans)
    text1, origin1 = _keep(raw, removed)
    spaces = _merge([(start, end, "whitespace") for start, end in _edge_spaces(text1)]
                    + [(m.start() + 1, m.end(), "whitespace") for m in _RUNS.finditer(text1)]
                    + [(m.start() + 1, m.end() - 1, "whitespace") for m in _BLANKS.finditer(text1)])
    text, origin2 = _keep(text1, spaces)
    origin = origin1[origin2]
    removed = sorted(removed + _to_raw(spaces, origin1))
    report = [{"start": s, "end": e, "reason": r, "action": "removed", "text": raw[s:e]}
              for s, e, r in removed]
    report += _captions(raw, lines, removed, dateline.start if dateline else None)
    if flagged:
        report.append({"start": flagged[0], "end": flagged[1], "reason": "masthead",
                       "action": "flagged", "text": raw[flagged[0]:flagged[1]]})
    report.sort(key=lambda row: (row["start"], row["end"]))
    return Cleaned(raw, text, origin, report, metadata)


def _edge_spaces(text: str) -> list[tuple[int, int]]:
    """The spans ``re.finditer(r"(?m)^WS+|WS+$")`` then ``re.finditer(r"\\A\\s+|\\s+\\Z")`` give (``WS``: the
    horizontal spaces of ``_WS``), found with ``str.strip`` per line: the two searches tried every position.

    Args:
        text: a text.

    Returns:
        Each line's leading run of spaces and its trailing run (when it is not the whole line), in order;
        then the text's leading white space and its trailing white space (when not the whole text).
    """
    spans, at = [], 0
    for line in text.split("\n"):
        end, lead = at + len(line), at + len(line) - len(line.lstrip(_WS_CHARS))
        trail = at + len(line.rstrip(_WS_CHARS))
        spans += [(at, lead)] if lead > at else []
        spans += [(trail, end)] if lead < trail < end else []
        at = end + 1
    lead, trail = len(text) - len(text.lstrip()), len(text.rstrip())
    spans += [(0, lead)] if lead else []
    spans += [(trail, len(text))] if lead < trail < len(text) else []
    return spans


def _to_raw(spans, origin: np.ndarray) -> list[tuple[int, int, str]]:
    """Map spans of an intermediate text to raw spans, split where raw jumps."""
    result = []
    for start, end, reason in spans:
        positions = origin[start:end]
        breaks = np.flatnonzero(np.diff(positions) != 1) + 1
        for piece in np.split(positions, breaks):
            result.append((int(piece[0]), int(piece[-1]) + 1, reason))
    return result


def _merge(spans) -> list[tuple[int, int, str]]:
    """Drop spans covered by an earlier (or longer) one; keep the first reason."""
    result: list[tuple[int, int, str]] = []
    for start, end, reason in sorted(spans, key=lambda s: (s[0], -s[1])):
        if result and start < result[-1][1]:
            if end <= result[-1][1]:
                continue
            start = result[-1][1]
        result.append((start, end, reason))
    return result


def _captions(raw, lines, removed, dateline_at) -> list[dict]:
    """Caption-like lines (a photo credit, or a date-final line before the
    dateline) among the lines not removed whole.

    ``removed`` is sorted and non-overlapping (:func:`_merge`), so the span
    that could cover a line is the last one starting at or before it: one
    binary search per line keeps the scan linear in the document's length.
    """
    starts = [s for s, _, _ in removed]
    ends = [e for _, e, _ in removed]
    rows = []
    for start, end, _ in lines:
        at = bisect.bisect_right(starts, start) - 1
        if at >= 0 and end <= ends[at]:
            continue
        text = raw[start:end]
        before_dateline = dateline_at is not None and end < dateline_at
        # every alternative of _CREDIT holds "/", "(" or ":" (uncased: IGNORECASE matches them only as
        # themselves), so a line without any is no credit, and the ``in`` tests are cheaper than the search
        credit = ("/" in text or "(" in text or ":" in text) and _CREDIT.search(text)
        if credit or (before_dateline and _DATE_END.search(text)):
            s, e = start + len(text) - len(text.lstrip()), end - (len(text) - len(text.rstrip()))
            rows.append({"start": s, "end": e, "reason": "caption", "action": "flagged",
                         "text": raw[s:e]})
    return rows


def _keep(raw: str, removed) -> tuple[str, np.ndarray]:
    pieces, ranges, last = [], [], 0
    for start, end, _ in removed:
        pieces.append(raw[last:start])
        ranges.append(np.arange(last, start, dtype=np.int64))
        last = end
    pieces.append(raw[last:])
    ranges.append(np.arange(last, len(raw), dtype=np.int64))
    text = _ODD_SPACE.sub(" ", "".join(pieces))
    return text, np.concatenate(ranges)


_ODD_SPACE = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def report_frame(cleaned: Cleaned, *, doc_id: str = "") -> pd.DataFrame:
    """The cleaning report as a table.

    Args:
        cleaned: the result of :func:`clean`.
        doc_id: the document id to put in the first column.

    Returns:
        DataFrame with columns doc_id, start, end, reason, action, text.
    """
    import pandas as pd  # notebooks only: the pipeline passes rows

    return pd.DataFrame(report_rows(cleaned, doc_id=doc_id), columns=REPORT_COLUMNS)


def report_rows(cleaned: Cleaned, *, doc_id: str = "") -> list[dict]:
    """The cleaning report as row dicts (the pipeline's form, see :mod:`helpers.io.rows`).

    Args:
        cleaned: the result of :func:`clean`.
        doc_id: the document id to put in every row.

    Returns:
        One dict per report entry with the keys of :data:`REPORT_COLUMNS`.
    """
    return [{"doc_id": doc_id, **{c: entry.get(c) for c in REPORT_COLUMNS[1:]}}
            for entry in cleaned.report]
