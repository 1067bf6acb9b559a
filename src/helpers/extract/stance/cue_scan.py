"""Which stance cues are worth trying in a text, found in one pass.

:func:`helpers.extract.stance.lexicon.match_cues` runs a cue's pattern only
when the text holds the cue's most selective word (its *anchor*, found by an
Aho-Corasick automaton) and, for every word of the cue, one of the literal
stems every match of that word holds (the *gate*: a text that lacks every stem
of one word cannot match).  The gate used to test each stem with ``in``, one
scan of the text per stem (about 280 per sentence, word classes have up to
130 forms).  :class:`CueScan` holds one automaton over the anchors *and* the
stems, so one pass over the text gives both the candidate cues and the set of
words whose stems occur; only a word with a stem of one character (or none)
is still tested with ``in``.  It also tells where a cue's pattern may start:
no match starts more than :func:`lead_width` characters before the first stem of
the cue's first word (a cue pattern begins with that word: a proclitic, an
article or ``=``, then a literal stem), so the pattern is run from there.

The result is the same as the ``in`` tests and a pattern run from the start
of the text (``tests/test_speed_round11.py``); nothing is decided here.
"""

from __future__ import annotations

import re

import ahocorasick

__all__ = ["CueScan", "lead_width"]

#: The shortest stem the automaton looks for: a word with a shorter stem is tested with ``in``.
_MIN_STEM = 2


def lead_width(prefix: str) -> int:
    """The most characters a cue word's proclitics may take before its stem.

    Args:
        prefix: the Arabic proclitic pattern of :mod:`helpers.extract.stance.lexicon` (``_AR_PREFIX``).

    Returns:
        Its greatest width plus one (``=`` before a Latin form, ``[وف]`` before an exact or short Arabic form).
    """
    return re._parser.parse(prefix).getwidth()[1] + 1


class CueScan:
    """The candidate cues of a text, its gate and where each cue's pattern may start.

    Args:
        anchors: ``{stem: (cue id, …)}``, the anchor automaton's keys and values.
        needs: ``{cue id: ((stem, …) per word of the cue, in order)}`` (``lexicon._needs``).
        lead: the most characters before the first stem of a cue's first word at which a match may start.
    """

    def __init__(self, anchors: dict[str, tuple[int, ...]], needs: dict[int, tuple[tuple[str, ...], ...]],
                 lead: int) -> None:
        words: dict[tuple[str, ...], int] = {}
        for stems in needs.values():
            for forms in stems:
                words.setdefault(forms, len(words))
        covered = {forms: k for forms, k in words.items() if all(len(f) >= _MIN_STEM for f in forms)}
        keys: dict[str, tuple[set, set]] = {}
        for forms, k in covered.items():
            for form in forms:
                keys.setdefault(form, (set(), set()))[1].add(k)
        for key, ids in anchors.items():
            keys.setdefault(key, (set(), set()))[0].update(ids)
        self._automaton = ahocorasick.Automaton()
        for key, (ids, found) in keys.items():
            self._automaton.add_word(key, (tuple(sorted(ids)), frozenset(found), len(key)))
        self._automaton.make_automaton()
        #: per cue: (word key or None, the word's stems when tested with ``in``) per word, in order
        self._plan = {cue: tuple((covered[forms], ()) if forms in covered else (-1, forms) for forms in stems)
                      for cue, stems in needs.items()}
        self._lead = lead

    def candidates(self, text: str) -> list[tuple[int, int]]:
        """The cues whose every word has a stem in ``text``, and where each one's pattern may start.

        Args:
            text: a normalised text (a sentence).

        Returns:
            ``[(cue id, position)]`` in cue id order: a cue holding an anchor found in ``text`` whose
            every word passes the gate; no match of its pattern starts before ``position``.
        """
        candidates: set[int] = set()
        present: dict[int, int] = {}  # word key → the first start of one of its stems
        for end, (ids, found, size) in self._automaton.iter(text):
            if ids:
                candidates.update(ids)
            start = end - size + 1
            for k in found:
                if start < present.get(k, start + 1):
                    present[k] = start
        has, lead, kept = text.__contains__, self._lead, []
        for cue in sorted(candidates):
            plan = self._plan[cue]
            for k, forms in plan:
                if (k not in present) if k >= 0 else not any(map(has, forms)):
                    break
            else:
                k = plan[0][0]
                kept.append((cue, max(present[k] - lead, 0) if k >= 0 else 0))
        return kept
