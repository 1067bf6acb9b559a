"""Is a figure about the topic?  The words around a number decide, read from data.

A number that passes the figure rule (:mod:`helpers.extract.claims.rows`) is a
figure of the claims table only when its words tie it to the topic; populations
of unrelated places, trade, sport, polls and another region's quotas are not.
The vocabulary is ``data/claims/figure_anchors.tsv`` (its header lists the
classes; read by :mod:`helpers.extract.claims.anchors`); core names are the
mentions of the profile's core entities (the region, the people, their places
and organisations) and the ``core`` words.

Windows: the *sentence*; the *clause* (the sentence cut at , ، ; ؛ : and the
``break`` connectives, never at a comma between digits); *near* (six words
either side of the number and its counted noun); the *context* (the sentence
and the two before it, or the whole document when relevance calls it topical;
a sentence that opens with a ``reset`` word — "Elsewhere" — is its own context).
*Other regions*: mentions of the target state's other regions and peoples (neither
core nor related in the profile), the ``other_region`` ids, and another country
named as a place ("in Afghanistan", "في العراق"; "the US said" is an actor).

The rule, in order (``rule`` names the step that kept a figure):

0. an ``off_near`` word near the number or an ``off_sentence`` word in its
   sentence → not a figure, unless what it counts is the topic's people;
1. ``unit``: the counted noun is a core people or qualified by one (1 million
   Uyghurs, 4,000 Uyghur workers, 10 Uyghur families) → a figure;
2. an other region in the clause, a count over the whole target state
   (``national``: nationwide, across China; a sentence that opens with one, "Nationwide, …", counts so in
   every clause), a counted noun of another
   country (3.6 million Syrian refugees; not when the clause sanctions them:
   "sanctioned nine British citizens") or another country acting on the number
   (named before it in the clause with an event word there and no speech verb
   between: "Saudi Arabia holds about 30,000 prisoners"), and no core name in
   the clause → not a figure;
3. ``population``: a population word is the anchor word nearest the number
   (population before event on a tie) → a figure when the place it is the
   population of is the topic's (:mod:`helpers.extract.claims.population`:
   the place named nearest the number in the clause, a place noun, a deictic,
   a name the gazetteer lacks after the population word …);
4. ``clause``: a core name in the clause → a figure (a count of states,
   organisations, objects or of a noun the unit table lacks — kind ``thing`` —
   needs an event word as well);
5. from here on the context must be topical and no other region in focus (the
   region named last before the number in the context);
   ``context``: an event word in the clause → a figure;
6. ``sentence``: an event word in the number's statement (its sentence cut only
   at ``break`` words and semicolons: "…cotton fields…, and 70 percent of the crop
   was picked by hand, the Xinjiang study estimated") → a figure, unless it counts
   states, organisations or objects (for a noun the table lacks, an event word
   after a "before"/قبل that follows it is another event: "14 novels before his arrest");
7. ``previous``: a count of people (kind person, people or part) whose statement
   names no other region and not the target state, and an event word in
   the sentence before (not across a ``reset``) → a figure ("The camp opened
   in 2018. Over four days, 38 witnesses …");
8. ``document``: the same count of people in a document relevance calls
   topical, a core name before it → a figure;
9. else not a figure.

Then :func:`helpers.extract.claims.links.inherit` gives a number that leans on
the figure before it ("Of those, 300", "منهم 150", "up from 6 percent") its decision.

``counts``: the ``counts`` of the event word nearest the number, "population" (step 3),
"money", else the kind of the counted noun.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from helpers.extract.claims.anchors import TAIL, Anchor, anchors_in, clause_breaks, core_terms, other_region_ids
from helpers.extract.claims.population import population_ok
from helpers.extract.quotes.speech_lexicon import lexicon as speech_lexicon
from helpers.text.affixes import affix_alternation

__all__ = ["Decision", "TopicTest"]

NEAR_WORDS = 6
#: Characters at most between another country acting in a clause and the number it acts on.
_AGENT_REACH = 60
CONTEXT_SENTENCES = 2
_WORD = re.compile(r"\w+")
#: A preposition of place right before a country: the country is where the number happened.
_LOCATIVE = re.compile(rf"(?<!\w)[وف]?(?:{affix_alternation('locative')})[^\S\n]+$")
#: Between a place noun and the number of its population: "a city of 6.6 million".
_OF_NUMBER = re.compile(rf"[^\S\n]+(?:{affix_alternation('population_of')})[^\S\n]+"
                        rf"(?:(?:{affix_alternation('population_quantifier_en')})[^\S\n]+)?")
_UNIT_KINDS_NEEDING_EVENT = frozenset({"group", "object", "thing"})
_CLAUSE_ONLY = frozenset({"group", "object"})  # counts of states, bodies, objects: their own clause's events
#: Counted nouns that are people (or their families): "10 Uyghur families" counts the topic's people.
_COUNTS_PEOPLE = frozenset({"people", "person", "group"})
_FOREIGN_OK = frozenset({"sanctioned entities"})  # foreigners counted for the topic: a counter-sanction
#: Counts of people may take their event word from the sentence before, or the document's topic.
_PEOPLE_COUNTS = frozenset({"people", "person", "part"})
#: A temporal subordinator: an event word after it is another event than the number's.
_LATER = re.compile(rf"(?<!\w)(?:{affix_alternation('later_en')}|[وف]?(?:{affix_alternation('later')}))(?!\w)")


@dataclass(frozen=True)
class Decision:
    """Why a figure is about the topic: the rule, the deciding word's span (normalised) and what it counts."""

    rule: str
    start: int
    end: int
    counts: str


class TopicTest:
    """Decide, figure by figure, whether a document's figures are about the topic.

    Args:
        view: the document's :class:`~helpers.extract.quotes.context.QuoteView`.
        profile: the topic profile (core, related and target entities).
        topical: whether the relevance stage calls the document topical.
    """

    def __init__(self, view, profile, *, topical: bool):
        self.view, self.text, self.topical = view, view.text, topical
        others = other_region_ids(profile)
        self.core, self.other, self.places, self.foreign = [], [], [], []
        targets = profile.target_entities
        self.target_starts = sorted(m.start for m in view.mentions if m.entity_id in targets)
        for m in view.mentions:
            if m.entity_id in profile.core_entities:
                self.core.append((m.start, m.end, m.kind))
            elif m.entity_id in others or (m.kind == "country" and m.entity_id not in targets
                                           and _LOCATIVE.search(self.text, max(0, m.start - 12), m.start)):
                self.other.append((m.start, m.end, m.kind))
            if m.kind == "country" and m.entity_id not in targets and m.entity_id not in profile.core_entities:
                self.foreign.append(m.start)
            if m.kind in ("place", "country") and m.entity_id not in profile.related_entities:
                self.places.append((m.start, m.end, m.entity_id in profile.core_entities))
        self._anchors: list[Anchor] | None = None
        #: Every rule needs a core name in the document or a topical document: else nothing to read.
        self.possible = topical or bool(self.core) or bool(core_terms().search(self.text))

    @property
    def anchors(self) -> list[Anchor]:
        """The document's anchor words (found on first use)."""
        if self._anchors is None:
            self._anchors = anchors_in(self.text)
            self._anchor_starts = [a.start for a in self._anchors]
            self.core.extend((a.start, a.end, "term") for a in self._anchors if a.cls == "core")
            self.core.sort()
        return self._anchors

    def in_span(self, start: int, end: int, cls: str | None = None) -> list[Anchor]:
        """The anchor words that start in a span.

        Args:
            start: the span's start (normalised offsets).
            end: its end.
            cls: only anchors of this class (None: all).

        Returns:
            :class:`Anchor` items in text order.
        """
        anchors = self.anchors
        lo = bisect.bisect_left(self._anchor_starts, start)
        hi = bisect.bisect_left(self._anchor_starts, end)
        return [a for a in anchors[lo:hi] if cls is None or a.cls == cls]

    def _clause(self, s_start: int, s_end: int, start: int, end: int) -> tuple[int, int]:
        c_start, c_end = s_start, s_end
        for match in clause_breaks().finditer(self.text, s_start, s_end):
            if match.end() <= start:  # not after a break that leaves only "to" before it: "…doubled, to 11.3 million"
                c_start = c_start if TAIL.fullmatch(self.text, match.end(), start) else match.end()
            elif match.start() >= end:
                c_end = match.start()
                break
        return c_start, c_end

    def _near(self, start: int, end: int) -> tuple[int, int]:
        before = [m.start() for m in _WORD.finditer(self.text, max(0, start - 120), start)]
        after = [m.end() for m in _WORD.finditer(self.text, end, min(len(self.text), end + 120))]
        lo = before[-NEAR_WORDS] if len(before) >= NEAR_WORDS else (before[0] if before else start)
        hi = after[NEAR_WORDS - 1] if len(after) >= NEAR_WORDS else (after[-1] if after else end)
        return lo, hi

    def _context(self, index: int) -> tuple[int, int]:
        sentences = self.view.sentences
        if index < 0:
            return 0, len(self.text)
        return sentences[max(0, index - CONTEXT_SENTENCES)][0], sentences[index][1]

    def _focus_ok(self, c_start: int, start: int) -> bool:
        """No other region is the region named last before the number (in the context)."""
        last_core = max((s for s, _, _ in self.core if c_start <= s < start), default=-1)
        last_other = max((s for s, _, _ in self.other if c_start <= s < start), default=-1)
        return last_other < last_core or last_other < 0

    def __call__(self, start: int, end: int, unit_end: int, unit_kind: str) -> Decision | None:
        """Decide for one figure (normalised offsets).

        Args:
            start: the figure's start (its qualifier included).
            end: the end of the number phrase.
            unit_end: the end of its counted noun (``end`` when none).
            unit_kind: the counted noun's kind (person, people, money, group …).

        Returns:
            A :class:`Decision` when the figure is about the topic, else None.
        """
        if not self.possible:
            return None
        index = self.view.sentence_of(start)
        s_start, s_end = self.view.sentences[index] if index >= 0 else (0, len(self.text))
        c_start, c_end = self._clause(s_start, s_end, start, max(end, unit_end))
        n_start, n_end = self._near(start, max(end, unit_end))
        n_start, n_end = max(n_start, s_start), min(n_end, s_end)  # near never crosses the sentence
        unit_core = next(((s, e) for s, e, kind in self.core if kind != "term"
                          and end <= s <= max(unit_end, end) + 1), None) if unit_kind in _COUNTS_PEOPLE else None
        if unit_core is None and (self.in_span(n_start, n_end, "off_near")
                                  or self.in_span(s_start, s_end, "off_sentence")):
            return None
        events = self._events(c_start, c_end, start, unit_end, unit_kind)
        counts = self._counts(events, start, max(end, unit_end), unit_kind)
        population = self.in_span(c_start, c_end, "population") + [
            a for a in self.in_span(c_start, start, "place_noun") if _OF_NUMBER.fullmatch(self.text, a.end, start)]
        if unit_core is not None:
            people = "population" if population and not events else "people"
            return Decision("unit", unit_core[0], unit_core[1], counts if events else people)
        core = [(s, e) for s, e, _ in self.core if c_start <= s < c_end]
        foreign = any(end <= s < max(unit_end, end) + 2 for s in self.foreign) and not any(
            a.counts in _FOREIGN_OK for a in events)  # 3.6 million Syrian refugees; not "sanctioned 9 British MPs"
        if not core and (foreign or any(c_start <= s < c_end for s, _, _ in self.other)
                         or self._national(c_start, c_end) or self._opens_national(s_start, s_end)
                         or self._foreign_agent(c_start, c_end, start)):
            return None
        x_start, x_end = self._context(index)
        if self.in_span(s_start, min(s_end, s_start + 40), "reset"):  # "Elsewhere, …": another story
            x_start, topical = s_start, False
        else:
            topical = self.topical
        context = topical or any(x_start <= s < s_end for s, _, _ in self.core)
        if population:
            gap = lambda a: max(0, a.start - unit_end, start - a.end)  # noqa: E731
            word = min(population + events, key=lambda a: (gap(a), a.cls == "event"))
            if word.cls != "event":
                ok = population_ok(self, core, (c_start, c_end), start, context and self._focus_ok(x_start, start),
                                   s_start)
                return Decision("population", word.start, word.end, "population") if ok else None
        if core and (events or unit_kind not in _UNIT_KINDS_NEEDING_EVENT):
            nearest = min(core, key=lambda span: abs(span[0] - start))
            return Decision("clause", nearest[0], nearest[1], counts)
        if not (context and self._focus_ok(x_start, start)):
            return None
        if events:
            word = min(events, key=lambda a: abs(a.start - start))
            return Decision("context", word.start, word.end, counts)
        if unit_kind in _CLAUSE_ONLY:
            return None
        return self._wider(index, (s_start, s_end), start, max(end, unit_end), unit_kind)

    def _wider(self, index: int, sentence: tuple[int, int], start: int, end: int, unit_kind: str) -> Decision | None:
        """Steps 6 and 7: an event word elsewhere in the sentence, or in the sentence before."""
        s_start, s_end = sentence
        p_start, p_end = s_start, s_end
        for match in clause_breaks(words_only=True).finditer(self.text, s_start, s_end):
            if match.end() <= start:
                p_start = match.end()
            elif match.start() >= end:
                p_end = match.start()
                break
        events = self._events(p_start, p_end, start, end, unit_kind)
        if events:
            word = min(events, key=lambda a: abs(a.start - start))
            return Decision("sentence", word.start, word.end, self._counts(events, start, end, unit_kind))
        if index < 0 or unit_kind not in _PEOPLE_COUNTS or any(
                p_start <= s < p_end for s in self.target_starts + [s for s, _, _ in self.other]):
            return None
        previous = self.view.sentences[max(0, index - 1)] if index > 0 else (s_start, s_start)
        if self.in_span(s_start, min(s_end, s_start + 40), "reset"):
            return None
        events = self.in_span(previous[0], previous[1], "event")
        if events:
            word = events[-1]
            return Decision("previous", word.start, word.end, self._counts([word], start, end, unit_kind))
        named = [c for c in self.core if c[0] < start]
        if self.topical and named:
            return Decision("document", named[-1][0], named[-1][1], "people")
        return None

    def _events(self, lo: int, hi: int, start: int, unit_end: int, unit_kind: str) -> list[Anchor]:
        """The event words of ``[lo, hi)``; for a noun the table lacks, not those after a "before",
        "after" that follows it ("published 14 novels before his arrest": the arrest is another event)."""
        events = self.in_span(lo, hi, "event")
        if unit_kind == "thing":
            events = [a for a in events if a.start < start or not _LATER.search(self.text, unit_end, a.start)]
        return events

    def _foreign_agent(self, c_start: int, c_end: int, start: int) -> bool:
        """Whether another country acts in the clause before the number: it is named there and an event
        word is in the clause, and no speech verb comes before the number in the clause ("Saudi Arabia holds
        about 30,000 prisoners", "احتجزت السلطات السعودية أكثر من 200 شخص"; not "Kazakhstan said 10,000 were
        detained": the country only says it).

        Args:
            c_start: the clause's start (normalised offsets).
            c_end: the clause's end.
            start: the number's start.

        Returns:
            True when such a country precedes the number within the clause.
        """
        for s in self.foreign:
            if c_start <= s < start and start - s <= _AGENT_REACH and self.in_span(c_start, c_end, "event") \
                    and not speech_lexicon().verb_re.search(self.text, c_start, start):
                return True
        return False

    def _opens_national(self, s_start: int, s_end: int) -> bool:
        """Whether the sentence opens with a ``national`` word ("Nationwide, China's birth rate fell to …"): it
        scopes every clause of the sentence, not only its own."""
        return any(a.cls == "national" and a.start <= s_start + 1
                   for a in self.in_span(s_start, min(s_end, s_start + 40)))

    def _national(self, c_start: int, c_end: int) -> bool:
        """Whether the clause counts over the whole target state (nationwide, across China)."""
        for a in self.in_span(c_start, c_end):
            if a.cls == "national":
                return True
            if a.cls == "national_of":
                at = bisect.bisect_left(self.target_starts, a.end)
                if at < len(self.target_starts) and self.target_starts[at] <= a.end + 2:
                    return True
        return False

    def _counts(self, events: list[Anchor], start: int, end: int, unit_kind: str) -> str:
        """What the figure counts: the event word nearest it (its counted noun at distance 0)."""
        if unit_kind == "money":
            return "money"
        if events:
            return min(events, key=lambda a: (max(0, a.start - end, start - a.end), a.start > start)).counts
        return {"place": "facilities", "person": "people", "people": "people"}.get(unit_kind, "")
