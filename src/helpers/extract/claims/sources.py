"""The canonical English name of a figure's source, from the quote that gives it.

A quote row carries ``actor`` (the gazetteer's English name) when its
speaker phrase names a state, organisation or affiliated person.  When it
does not, :class:`SourceNamer` looks further, always ending on an English
name, never on the Arabic phrase itself:

1. names in the subject: the speaker phrase, the words between it and the
   content, or (when the content starts right after a bare role noun such as
   لجنة) the words up to the complementiser إن/أن/that: a state or
   organisation first (a sub-body or person as what it speaks for: the UN's
   racial-discrimination committee → United Nations), then a group or people;
2. a group role noun (خبراء، باحثين، activists) → its English gloss
   ("Experts"); a report or estimate (تقديرات، رواية) is skipped for the
   voice behind it (تقديرات الباحثين → Researchers);
3. a news medium named by place (صحيفة هوتان → "Hotan newspaper"; a place after
   the complementiser is the content's: «صحيفة محلية أن محكمة في كاشغر» names none);
4. a definite role noun with no name (المصدر، اللجنة، the committee) → the
   latest earlier source of the document with the same role noun (for "the
   source", the latest named source);
5. else ``(unnamed source)`` (the claims table writes it as the author's, "").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from helpers.extract.claims.bodies import described, regional_state
from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.groups import group_name
from helpers.extract.quotes.open_actors import speaks_for_self
from helpers.gazetteer.index import default_gazetteer
from helpers.text.affixes import affix, affix_alternation
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import lookup_key, normalise_text

__all__ = ["SourceNamer", "UNNAMED"]

UNNAMED = "(unnamed source)"
_WORD = re.compile(r"\w+")
_COMPLEMENT = re.compile(rf"(?<!\w)(?:[اأإ]ن(?:{affix_alternation('complement_suffix')})?|that)(?!\w)|[:\"«“\n]")
_AL = affix("article")
#: و / ف before the article (والبعثة), and the article with them (بعثة of والبعثة).
_CONJ_ARTICLE = re.compile(rf"^[وف](?={_AL})")
_ARTICLE = re.compile(rf"^[وف]?{_AL}(?=\w\w)")
_EXTEND = 150      # characters: how far a subject may run past a bare role noun
_RANK = {"country": 0, "organization": 0, "person": 1, "group": 2, "people": 2}
_SOURCE_GLOSS = "source"
_MODIFIERS = 40    # characters: how far before a speaker phrase its modifiers are read ("the regional … department")
_CLAUSE_BREAK = re.compile(r"[.,;:!?\n\"«»“”،؛]")
_CLAUSE_COMMA = re.compile(r"[^,;،؛.!?]*[,;،؛]")  # the speaker's clause closed by a comma before its sentence ends
_PLACE_AFTER = 12  # characters: a medium's place name may follow its noun (صحيفة "هوتان")
#: The complementiser that opens the content: a place after it is the content's, not the medium's.
_THAT = re.compile(rf"(?<!\w)(?:[اأإ]ن(?:{affix_alternation('complement_suffix')})?|that)(?!\w)")


@lru_cache(maxsize=1)
def _roles() -> dict[str, tuple[str, str]]:
    """``{normalised role form: (kind, English gloss)}`` from ``speaker_roles.tsv``."""
    roles = {}
    for row in read_tsv("quotes/speaker_roles.tsv"):
        form = lookup_key(row["role"])
        gloss = (row["gloss"] or row["role"]).split(",")[0].split("(")[0].strip()
        roles.setdefault(form, (row["kind"], gloss))
    return roles


@lru_cache(maxsize=1)
def _entities() -> dict[str, tuple[str, str, str]]:
    """``{entity_id: (kind, name_en, affiliation)}`` from the packaged gazetteer."""
    return {e.entity_id: (e.kind, e.name_en, e.affiliation) for e in default_gazetteer().entities.values()}


def _actor_of(entity_id: str, kind: str, name_en: str) -> str:
    """What a mention speaks for: the affiliation of a person or sub-body, else itself (a
    university and the people of one speak for themselves; a group under its canonical name)."""
    info = _entities().get(entity_id)
    affiliated = _entities().get(info[2]) if info and info[2] else None
    if speaks_for_self(entity_id, kind, info[2] if info else "", affiliated[0] if affiliated else ""):
        return name_en
    if affiliated and kind in ("person", "organization", "group"):
        return affiliated[1]
    if kind == "person":
        return ""
    return group_name(entity_id, name_en) if kind == "group" else name_en


def _role_words(text: str) -> list[tuple[str, bool, str, str]]:
    """Role nouns of a (raw) phrase in order: ``(form, definite, kind, gloss)``."""
    words = [normalise_text(w) for w in _WORD.findall(text)]
    found, roles, index = [], _roles(), 0
    while index < len(words):
        pair = " ".join(words[index:index + 2])
        for size, key in ((2, pair), (1, words[index])):
            bare = _CONJ_ARTICLE.sub("", key)
            definite = bare.startswith(_AL) or (index > 0 and words[index - 1] == "the")
            for form in (bare, bare[len(_AL):] if bare.startswith(_AL) else None):
                if form and form in roles:
                    found.append((form, definite, *roles[form]))
                    index += size - 1
                    break
            else:
                continue
            break
        index += 1
    return found


class SourceNamer:
    """Name the voice of every quote of a document, in document order.

    Args:
        view: the document view (mentions with raw offsets).
        quotes: the document's quote rows (dicts).
    """

    def __init__(self, view: QuoteView | None, quotes: list[dict]):
        self.view = view
        self._mentions = sorted(view.mentions, key=lambda m: m.raw_start) if view is not None else []
        self._starts = [m.raw_start for m in self._mentions]
        self.names: dict[int, str] = {}
        self._history: list[tuple[frozenset, str]] = []   # (words of the subject, name), in order
        by_speaker: dict[str, str] = {}
        for row in sorted(quotes, key=lambda r: int(r["start"])):
            name = self._name(row, by_speaker)
            self.names[id(row)] = name
            if name != UNNAMED:
                by_speaker.setdefault(_text(row.get("speaker")), name)

    def __call__(self, row: dict) -> str:
        """The English name of a quote row's voice (see the module docstring)."""
        return self.names.get(id(row)) or _text(row.get("actor")) or UNNAMED

    def _name(self, row: dict, by_speaker: dict[str, str]) -> str:
        actor, start = _text(row.get("actor")), int(row.get("speaker_start", -1))
        if start < 0 or self.view is None:
            return actor or by_speaker.get(_text(row.get("speaker")), UNNAMED)
        end = self._subject_end(row)
        phrase = self.view.raw[start:end]
        if actor and len(described(self.view.raw, self._between(start, end))) < len(self._between(start, end)):
            actor = self._named(start, end) or actor  # "the British paper The Guardian": the paper, not Britain
        name = (actor or self._named(start, end) or self._regional(start, int(row["speaker_end"]))
                or self._by_role(_role_words(phrase), start, end))
        if name == UNNAMED:
            name = self._antecedent(_text(row.get("speaker")))
        if name != UNNAMED:
            self._history.append((_words(phrase), name))
        return name

    def _subject_end(self, row: dict) -> int:
        """Raw end of the subject: the speaker phrase and the words up to the content
        (or, when the content follows at once, up to إن/أن/that, not past a quotation mark); a speaker after its
        content ("…, the institute said, contradicting Beijing's claim that …") ends the subject where it ends."""
        s_end, c_start = int(row["speaker_end"]), int(row.get("content_start", -1))
        end = c_start if s_end <= c_start <= s_end + _EXTEND else s_end
        if not self._named(int(row["speaker_start"]), end):
            limit = min(len(self.view.raw), s_end + _EXTEND)
            if 0 <= c_start < int(row["speaker_start"]):  # a speaker after its content: not past its clause
                comma = _CLAUSE_COMMA.match(self.view.raw, s_end, limit)
                limit = comma.end() if comma else limit
            stop = _COMPLEMENT.search(self.view.raw, s_end, limit)
            end = max(end, stop.start()) if stop else end
        return end

    def _named(self, start: int, end: int) -> str:
        """The best actor named by a mention starting inside raw ``[start, end)``."""
        inside = described(self.view.raw, self._between(start, end))
        for mention in sorted(inside, key=lambda m: (_RANK.get(m.kind, 3), m.raw_start)):
            if mention.kind in _RANK:
                name = _actor_of(mention.entity_id, mention.kind, mention.name_en)
                if name:
                    return name
        return ""

    def _regional(self, start: int, end: int) -> str:
        """A government body the phrase places in a state's region speaks for the state (:mod:`.bodies`)."""
        before = self.view.raw[max(0, start - _MODIFIERS):start]
        words = _CLAUSE_BREAK.split(before)[-1].split()[-5:]  # "The regional culture and tourism | department"
        if words and _WORD.match(words[0]):
            start -= len(before) - before.rfind(words[0])
        return regional_state(self.view.raw, start, end, self._between(max(0, start - _MODIFIERS), end))

    def _between(self, start: int, end: int) -> list:
        """Mentions starting inside raw ``[start, end)``, in order."""
        return self._mentions[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]

    def _by_role(self, roles, start: int, end: int) -> str:
        """Steps 2-5 of the module docstring."""
        for form, definite, kind, gloss in roles:
            if kind == "collective":
                return gloss[:1].upper() + gloss[1:]
            if kind == "media":  # «صحيفة محلية أن محكمة في كاشغر»: Kashgar is the court's, the paper unnamed
                that = _THAT.search(self.view.raw, start, end + _PLACE_AFTER)
                places = [m for m in self._between(start, that.start() if that else end + _PLACE_AFTER)
                          if m.kind == "place"]
                if places:
                    return f"{places[0].name_en} {gloss}"
            if gloss == _SOURCE_GLOSS and self._history:
                return self._history[-1][1]
            if definite:
                for words, name in reversed(self._history):
                    if form in words:
                        return name
        return UNNAMED


    def _antecedent(self, speaker: str) -> str:
        """A one-word definite speaker (البعثة) or "the" and a noun (the mission, the institute) → the latest
        earlier source whose subject has that word."""
        words = [normalise_text(w) for w in _WORD.findall(speaker)]
        if len(words) == 2 and words[0] == "the":
            key = words[1]
        elif len(words) == 1 and words[0].startswith(_AL):
            key = next(iter(_words(words[0])))
        else:
            return UNNAMED
        return next((name for words, name in reversed(self._history) if key in words), UNNAMED)


def _words(phrase: str) -> frozenset:
    """Normalised words of a phrase, without the article and the proclitics و ف."""
    words = (_ARTICLE.sub("", normalise_text(w)) for w in _WORD.findall(phrase))
    return frozenset(words)


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)
