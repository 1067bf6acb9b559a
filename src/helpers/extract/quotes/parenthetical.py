"""Parenthetical attributions with a pronoun: "The camps, according to him, were …", «والمعسكرات، على حد
قوله، …», «… سجون كبيرة، كما قالت».

A mixin of :class:`helpers.extract.quotes.sources.Extractor`.  The aside names
nobody: its pronoun (قوله / قولها، him / her) refers back to the latest speaker
or sentence subject of its gender, as a speaker-less "he said" does
(:mod:`helpers.extract.quotes.carry`), and the sentence around it is that
speaker's words (the clause before it when it closes the sentence).  The
asides are the ``aside`` rows of ``data/quotes/attribution_markers.tsv``
(code: the pronoun's gender).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.quotes.actors import NO_SPEAKER, Speaker
from helpers.extract.quotes.carry import agrees
from helpers.text.lexicon_tools import read_tsv, trie_alternation
from helpers.text.normalise import lookup_key

__all__ = ["AsideMixin", "asides"]

_TRAIL = re.compile(r"[\s،,.؛;:!?؟\-–—]+$")
_LEAD = re.compile(r"^[\s،,:\-–—]+")
#: What must follow an aside that ends with a verb (كما قال): a comma, a stop or the sentence's end, so
#: that "كما قال الوزير" (a named speaker follows) is no aside.
_CLOSED = re.compile(r"[^\S\n]*(?:[،,.؛;!?؟]|$)")
#: Topics (latest first) an aside's pronoun is tried against.
_TRIED = 3


@lru_cache(maxsize=1)
def asides() -> tuple[re.Pattern, dict[str, str]]:
    """The pattern of the ``aside`` rows of ``quotes/attribution_markers.tsv`` and each one's gender.

    Returns:
        ``(pattern, {normalised aside: m | f | they})``; the pattern's group ``aside`` is the aside
        (with و / ف allowed before it).
    """
    genders = {lookup_key(r["marker"]): r["code"] for r in read_tsv("quotes/attribution_markers.tsv")
               if r["kind"] == "aside"}
    return re.compile(rf"(?<!\w)(?:[وف](?=\w))?(?P<aside>{trie_alternation(genders)})(?!\w)"), genders


class AsideMixin:
    """Asides for the extractor (uses its text, lexicon, rows, ``used`` verbs and topics)."""

    def _asides(self, sentence, verbs) -> list[tuple[int, int]]:
        """Emit a row for every aside of a sentence; the verbs inside them (كما قال) are used up.

        Args:
            sentence: the sentence's ``(start, end)`` (normalised).
            verbs: the sentence's verb matches.

        Returns:
            The asides' spans (attribution markers inside them are not read again).
        """
        pattern, genders = asides()
        spans = []
        for found in pattern.finditer(self.text, *sentence):
            aside = found.group("aside")
            if any(v.start() < found.start() for v in verbs):
                continue  # "وأضاف أن …، وفق تعبيره": the verb before already gives the voice
            if aside.split()[-1] in self.lex.verbs and not _CLOSED.match(self.text, found.end(), sentence[1]):
                continue  # "كما قال الوزير": a named speaker follows
            speaker = self._referent(found.start(), genders[aside])
            if speaker is NO_SPEAKER:
                continue
            spans.append(found.span())
            self.used.update(v.start() for v in verbs if found.start() <= v.start() < found.end())
            rest = self.text[found.end():sentence[1]]
            closing = not _TRAIL.sub("", rest).strip()
            begin = sentence[0] + len(self.text[sentence[0]:found.start()]) \
                - len(_LEAD.sub("", self.text[sentence[0]:found.start()]))
            end = len(_TRAIL.sub("", self.text[:found.start()])) if closing \
                else sentence[0] + len(_TRAIL.sub("", self.text[sentence[0]:sentence[1]]))
            if end <= begin:
                continue
            self._emit(speaker=speaker, verb=found.span("aside"), content=(begin, end), mode="attribution",
                       cue=" ".join(aside.split()), kind="attribution",
                       evidence=(begin, max(end, found.end())))
        return spans

    def _referent(self, position: int, want: str) -> Speaker:
        """The latest topic before ``position`` that the aside's pronoun (``want``: m, f, they) can be."""
        for topic in self._topics(position)[:_TRIED]:
            if agrees(topic, want):
                s = topic.speaker
                return Speaker(s.speaker, s.speaker_entity_id, s.actor, s.actor_entity_id, open=s.open)
        return NO_SPEAKER
