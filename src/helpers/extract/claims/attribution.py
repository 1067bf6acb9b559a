"""On whose authority a figure is given: the quote it sits in, else its sentence's voice.

The voice is named in English by :class:`helpers.extract.claims.sources.SourceNamer`
(the gazetteer's name, a group's gloss, an antecedent), never by the Arabic
speaker phrase.  A figure the document repeats without a voice keeps the
source it was first given with (:func:`carry_repeated`: "تقول الأمم المتحدة إن
نحو مليون … ويعيش المليون محتجز …").
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from helpers.extract.claims.bodies import speaks_for_nobody
from helpers.extract.claims.cues import SUBJECT_PRONOUNS, named_before, previous_source, stands_for_previous
from helpers.extract.claims.sources import UNNAMED, SourceNamer
from helpers.text.normalise import lookup_key

if TYPE_CHECKING:
    from helpers.extract.quotes.context import QuoteView
from helpers.io.rows import as_rows

__all__ = ["Attributor", "BACK", "carry_repeated", "previous_voice", "pronoun_source"]

_NEAR = 1500   # characters: in a huge sentence only nearby quotes count
#: Sentences a pronoun or a definite report noun may look back for its antecedent.
BACK = 2
_WORD_BEFORE = 20  # characters: where the word before a quote is looked for ("it said": the quote starts at "said")
_LOOKBACK = 12  # quotes whose content may still contain a position (contents nest shallowly)
#: Figures small enough to recur by chance (3 attackers, 5 %) are not carried.
_REPEATED_MIN = 100


class Attributor:
    """Index a quotes table once; call it with a figure's raw span and sentence.

    The figure is attributed to the quote whose content holds it (the
    smallest such content); else to the nearest quote in the same sentence
    (within 1500 characters) whose speaker phrase does not overlap it (15 سفيرا
    قالوا, "Some 22 countries signed": the states are counted, not quoted; an "according to" source
    may hold it: بحسب المصدر … خمسة ملايين) and that does not follow it in
    its own clause (22 countries signed a letter urging China …: a speaker and
    a content after the figure with no comma between speak of it, they are
    not its source; "…, the ministry said" and "…, according to X" still
    are); else to nobody (the document).
    """

    def __init__(self, quotes, *, view=None):
        rows = as_rows(quotes)
        self.raw = view.raw if view is not None else None
        if view is not None:  # "the leaked documents show": a record speaks for nobody
            rows = [r for r in rows if not speaks_for_nobody(view.raw, int(r["speaker_start"]), int(r["speaker_end"]),
                                                              _inside(view, r))]
        self.name = SourceNamer(view, rows)
        self.by_content = sorted(rows, key=lambda r: (int(r["content_start"]), -int(r["content_end"])))
        self.content_starts = [int(r["content_start"]) for r in self.by_content]
        self.by_start = sorted(rows, key=lambda r: int(r["start"]))
        self.starts = [int(r["start"]) for r in self.by_start]
        self.speaker_end = 0  # where the speaker of the quote the last "content" answer came from ends (raw)
        self.opening = ""  # the word before that quote and its words before the content ("it said"), as written

    def __call__(self, start: int, end: int, sentence: tuple[int, int]) -> tuple[str, str, str]:
        """Attribute the raw span ``[start, end)``.

        Args:
            start: figure start (raw).
            end: figure end (raw).
            sentence: the figure's sentence as a raw ``(start, end)``.

        Returns:
            ``(source, speaker, how)``: the source's English name, the speaker
            phrase as written, and how = content | sentence | document.
        """
        self.speaker_end, self.opening = 0, ""
        index = bisect.bisect_right(self.content_starts, start)
        holding = [r for r in self.by_content[max(0, index - _LOOKBACK):index]
                   if int(r["content_start"]) <= start and end <= int(r["content_end"])]
        if holding:
            best = min(holding, key=lambda r: int(r["content_end"]) - int(r["content_start"]))
            self.speaker_end = int(best["speaker_end"])
            self.opening = self._opening(best)
            return self.name(best), _speaker(best), "content"
        lo = bisect.bisect_left(self.starts, max(sentence[0], start - _NEAR))
        hi = bisect.bisect_left(self.starts, min(sentence[1], end + _NEAR))
        near = [r for r in self.by_start[lo:hi]
                if r.get("mode") == "attribution"
                or not (start < int(r["speaker_end"]) and int(r["speaker_start"]) < end or self._said_of(r, end))]
        if near:
            best = min(near, key=lambda r: min(abs(int(r["start"]) - start), abs(int(r["end"]) - end)))
            self.opening = self._opening(best)
            return self.name(best), _speaker(best), "sentence"
        return "", "", "document"


    def previous(self, sentence: tuple[int, int]) -> str:
        """The named source of the last quote in a sentence (a pronoun's antecedent in the next one).

        Args:
            sentence: the sentence as a raw ``(start, end)``.

        Returns:
            Its source's English name, "" when it has none named.
        """
        lo = bisect.bisect_left(self.starts, sentence[0])
        hi = bisect.bisect_left(self.starts, sentence[1])
        names = [self.name(r) for r in self.by_start[lo:hi]]
        return next((n for n in reversed(names) if n and n != UNNAMED), "")

    def _opening(self, row: dict) -> str:
        """The word right before a quote and the quote's words before its content ("it said"), as written."""
        if self.raw is None:
            return ""
        before = self.raw[max(0, int(row["start"]) - _WORD_BEFORE):int(row["start"])].split()
        return " ".join(before[-1:]) + " " + self.raw[int(row["start"]):int(row["content_start"])]

    def _said_of(self, row: dict, end: int) -> bool:
        """A quote whose speaker and content follow the figure in its own clause speaks of it."""
        first = min(int(row["speaker_start"]), int(row["content_start"]))
        return end <= first and self.raw is not None and not _BREAK.search(self.raw, end, first)


#: A clause break between a figure and a speaker after it ("…, the ministry said").
_BREAK = re.compile(r"[,،;؛:\n\"«»“”]")


def _inside(view, row: dict) -> list:
    """The mentions that start inside a quote's speaker phrase (raw offsets)."""
    start, end = int(row["speaker_start"]), int(row["speaker_end"])
    return [m for m in view.mentions if start <= m.raw_start < end]


def _speaker(row: dict) -> str:
    speaker = row.get("speaker")
    if speaker is None or type(speaker) is str:  # the pipeline's rows: pandas is not needed
        return "" if speaker is None else speaker
    import pandas as pd

    return "" if pd.isna(speaker) else str(speaker)


def pronoun_source(view: QuoteView, attribute: Attributor, index: int, speaker: str, figure: int) -> tuple[str, str]:
    """The antecedent of an unnamed speaker that is a pronoun or a report noun: a state or body named earlier in the
    figure's sentence for "it said" ("the UN office published its report …; it said up to 1 million …"), else the
    source of the sentences before ("X published a report. It estimates …").

    Args:
        view: the document's quote view.
        attribute: the document's :class:`Attributor`, just called for the figure.
        index: the figure's sentence index.
        speaker: the speaker phrase the attributor gave.
        figure: the figure's normalised start.

    Returns:
        ``(source, phrase as written)``; ``("", "")`` when the speaker stands for nobody named.
    """
    said = (speaker or attribute.opening).split()  # the speaker phrase, or the quote's first word ("it said")
    pronoun = bool(said) and lookup_key(said[0]) in SUBJECT_PRONOUNS
    if not pronoun and not stands_for_previous(view, speaker, index):
        return "", ""
    s_lo = view.sentences[index][0]
    named = named_before(view, s_lo, figure) if pronoun and figure > s_lo else ("", "")
    return named if named[0] else previous_voice(view, attribute, index, speaker)


def previous_voice(view: QuoteView, attribute: Attributor, index: int, speaker: str) -> tuple[str, str]:
    """The source the sentences before name: the last named voice of the nearest one that names a source or an
    actor (up to :data:`BACK` sentences: "The tribunal delivered its judgment. Its chair said … The tribunal
    found …"), else nothing.

    Args:
        view: the document's quote view.
        attribute: the document's :class:`Attributor`.
        index: the figure's sentence index.
        speaker: the speaker phrase to keep when a named voice is found.

    Returns:
        ``(source, phrase as written)``; ``("", "")`` when none of those sentences names one.
    """
    for back in range(index - 1, max(index - 1 - BACK, -1), -1):
        earlier = attribute.previous(view.sentence_raw[back])
        if earlier:
            return earlier, speaker
        named = previous_source(view, back + 1)
        if named[0]:
            return named
    return "", ""


def carry_repeated(rows: list[dict]) -> list[dict]:
    """Give a repeated figure without a voice the source of its first sourced mention.

    A figure counts as repeated when an earlier figure of the document has the
    same value and a compatible unit kind (the same, or either unstated) and a
    named source (not "(unnamed source)").  Only exact counts of at least 100
    are carried: per cents, small counts and vague amounts (آلاف، hundreds)
    recur by chance.  Its ``attribution`` becomes ``repeated``.

    Args:
        rows: one document's figure rows, in text order.

    Returns:
        The same rows (changed in place).
    """
    sourced: dict[str, list[dict]] = {}
    for row in rows:
        if row["attribution"] != "document":
            if row["attributed_to"] and row["attributed_to"] != UNNAMED:
                sourced.setdefault(row["value"], []).append(row)
            continue
        if row["unit_kind"] == "percent" or "-" in row["value"] or (row["low"] or 0) < _REPEATED_MIN:
            continue
        for earlier in sourced.get(row["value"], []):  # the first source it was given with
            if row["unit_kind"] == earlier["unit_kind"] or not row["unit_kind"] or not earlier["unit_kind"]:
                row.update(attributed_to=earlier["attributed_to"],
                           attributed_speaker=earlier["attributed_speaker"], attribution="repeated")
                break
    return rows
