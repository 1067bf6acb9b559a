"""One sentence as the stance rules read it.

:class:`SentenceView` holds a normalised sentence (a slice of the document
view's normalised text, :meth:`helpers.text.view.DocumentView.sentence_norm`),
its words numbered by clause (:func:`helpers.extract.stance.grammar.words`),
its cue matches and the actors named in it (:class:`ActorRef`).  Attribution
(:mod:`helpers.extract.stance.attribution`) and objects
(:mod:`helpers.extract.stance.objects`) read it.

The polarity of a cue in it is :mod:`helpers.extract.stance.polarity`'s.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import NamedTuple

from helpers.extract.stance.grammar import Word, grammar_index, phrases
from helpers.extract.stance.lexicon import CueMatch
from helpers.extract.stance.tokens import phrase_table
from helpers.text.affixes import affixes

__all__ = ["ActorRef", "Holder", "QuotedSpan", "SentenceView"]

#: The glued conjunctions و ف (data/text/affixes.tsv).
_CONJ = affixes("conjunction")


@dataclass(frozen=True)
class ActorRef:
    """An actor named in the sentence (offsets in the normalised sentence)."""

    start: int
    end: int
    actor: str
    speaker: str = ""
    entity_id: str = ""
    clitic: str = ""  # proclitics glued to the name (mentions table): و، ب، ل، وب …
    origin: str = "mention"  # mention | open | group | body (see helpers.extract.stance.holders)

    @property
    def conj(self) -> bool:
        """Whether the name carries the conjunction و (joined to the previous actor)."""
        return "و" in self.clitic


class Holder(NamedTuple):
    """Who holds a cue's position: the actor, the person speaking for it, its entity id, how it was found."""

    actor: str
    speaker: str = ""
    entity_id: str = ""
    origin: str = ""


class QuotedSpan(NamedTuple):
    """A quote's content span (raw offsets) and the actor whose voice it is (``stance.actors.quote_spans``)."""

    start: int
    end: int
    actor: str
    speaker: str
    entity_id: str
    origin: str  # quote | group

    @property
    def holder(self) -> Holder:
        """The quote's actor as the holder of a cue inside it."""
        return Holder(self.actor, self.speaker, self.entity_id, self.origin)


@dataclass
class SentenceView:
    """A normalised sentence with its words, cues and named actors."""

    text: str
    words: list[Word]
    cues: list[CueMatch]
    actors: list[ActorRef]
    first: list[int] = field(default_factory=list)
    _memo: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.actors = sorted(self.actors, key=lambda a: (a.start, a.end))
        self._ends = [w.end for w in self.words]
        self.first = [self.word_at(a.start) for a in self.actors]
        # every word's grammar entries, looked up once: the rules ask about each word many times
        self._table = phrase_table(self.words)  # phrases() at every word (stance/tokens.py)
        self._starts: dict[str, list[int]] = {}
        for i, found in enumerate(self._table):
            for kind in found:
                self._starts.setdefault(kind, []).append(i)

    def word_at(self, offset: int) -> int:
        """Index of the word containing (or following) a normalised offset."""
        return min(bisect.bisect_right(self._ends, offset), max(len(self.words) - 1, 0))

    def has(self, i: int, kind: str) -> int:
        """Length of the grammar entry of ``kind`` starting at word ``i`` (0 if none)."""
        if i >= 0:
            return self._table[i].get(kind, 0) if i < len(self._table) else 0
        found = self._memo.get(i)  # a negative index counts from the end, as phrases() reads it
        if found is None:
            found = self._memo[i] = phrases(self.words, i)
        return found.get(kind, 0)

    def any_of(self, kind: str) -> bool:
        """Whether a grammar entry of ``kind`` starts at any word (e.g. first_person: نحن، we)."""
        return kind in self._starts

    def starts(self, kind: str) -> list[int]:
        """The words where a grammar entry of ``kind`` starts.

        Args:
            kind: a grammar kind (negator, governor, according …).

        Returns:
            The word indices ``i`` with ``has(i, kind) > 0``, in order (do not modify the list).
        """
        return self._starts.get(kind, [])

    def clause(self, i: int) -> int:
        """The clause number of word ``i``."""
        return self.words[i].clause

    def that_clause(self, first: int) -> int | None:
        """The word that opens the "that" clause of word ``first`` (a ``boundary`` opener: أن، that), or None.

        A clause joined to the one before by "and" / "or" («وأن», "and that") is read from the first "that"
        clause of its chain ("denied that X and that Y"), and has none when no "that" clause comes before it
        ("saw no sign of repression and that Uyghurs pray freely": the second clause is the speech verb's).

        Args:
            first: a word index.

        Returns:
            The index of the opening word, or None.
        """
        start = first
        while start > 0 and self.words[start - 1].clause == self.words[first].clause:
            start -= 1
        while start and self.words[start].opener == "boundary" and self._coordinated(start):
            start = next((k for k in range(start - 1, 0, -1) if self.words[k].opener == "boundary"), 0)
        return start if start and self.words[start].opener == "boundary" else None

    def _coordinated(self, i: int) -> bool:
        """Whether word ``i`` follows "and" / "or" or carries a glued و / ف before a grammar word."""
        text = self.words[i].text
        return (i > 0 and self.has(i - 1, "coordinator") > 0) \
            or (len(text) > 2 and text[0] in _CONJ and text not in grammar_index() and text[1:] in grammar_index())
