"""Who a speaker-less verb (he said, وقالت، وأضاف) refers back to, across sentences.

A verb with no speaker of its own takes the latest *topic* of the document: the
latest speaker, or the subject of a later sentence that says nothing but
introduces someone ("Rahima Tursun, a London-based activist, welcomed the letter.
She said …", «وشاركت الناشطة رحيمة تورسون في وقفة … وقالت إن …»).  A topic is
skipped when its gender (an Arabic verb's form: قالت/قال، تعيش/يعيش; an English
"her"/"his" after the subject) disagrees with the verb's or pronoun's, and an
English "he"/"she" never refers to a state or an organisation that was only the
subject of a sentence, nor "it" to a person.

:func:`sentence_subject` finds the subject of a sentence with no voice;
:func:`verb_gender` and :func:`subject_gender` read the genders; :class:`Topic`
is what the extractor keeps (see :mod:`helpers.extract.quotes.sources`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.extract.quotes.actors import NO_SPEAKER, Speaker, _entities, resolve
from helpers.extract.quotes.context import MATCH_STEPS
from helpers.extract.quotes.open_actors import canonical, role_speaks_for
from helpers.extract.quotes.open_names import open_names
from helpers.extract.quotes.open_quoted import headed_by
from helpers.extract.quotes.speakers import words_between
from helpers.extract.quotes.speech_lexicon import ARTICLE, lexicon, particles, suffix_forms
from helpers.extract.quotes.subjects import apposed_actor, sentence_subject, verb_gender
from helpers.text.lexicon_tools import literal_alternation
from helpers.text.normalise import normalise_text

__all__ = ["Topic", "CarryMixin", "pronoun_want", "agrees"]

_WORD = re.compile(r"\w+")
_ENDS = frozenset(".!?؟")
_JOINT_SUFFIXES = literal_alternation(suffix_forms("pronoun_suffix", "but"))
_JOINT_WORDS = "|".join(f"و?{re.escape(word)}(?:{_JOINT_SUFFIXES})?" if word in particles("joint", "clitics")
                        else re.escape(word) for word in particles("joint"))
_JOINT = re.compile(rf"[\s,،;؛\"”»]|(?<!\w)(?:{_JOINT_WORDS})(?!\w)")


@dataclass(frozen=True)
class Topic:
    """A speaker or a sentence subject a later speaker-less verb may refer to.

    Attributes:
        position: where it was found (normalised offset of its verb or sentence).
        speaker: the resolved :class:`~helpers.extract.quotes.actors.Speaker`.
        gender: ``f`` | ``m`` | "" (unknown).
        person: whether it is a person (a name or a person's role), not a state or body.
        spoke: whether it spoke (a quote's speaker), not only the subject of a sentence.
    """

    position: int
    speaker: Speaker
    gender: str = ""
    person: bool = False
    spoke: bool = True


def pronoun_want(text: str, verb_start: int) -> str:
    """What an English pronoun right before a verb asks for: ``f`` (she), ``m`` (he), ``it``, ``they`` or "".

    Args:
        text: the normalised text.
        verb_start: where the verb starts.

    Returns:
        The pronoun's kind, "" when no pronoun stands before the verb.
    """
    words = words_between(text, max(0, verb_start - 12), verb_start)
    word = words[-1][2].lower() if words else ""
    return {"she": "f", "he": "m", "it": "it", "they": "they"}.get(word, "")


def agrees(topic: Topic, want: str) -> bool:
    """Whether a topic can be what a verb or pronoun refers to.

    Args:
        topic: a :class:`Topic`.
        want: ``f`` | ``m`` (an Arabic verb's form or he/she), ``it``, ``they`` or "" (anything).

    Returns:
        False when the genders are both known and differ, for "it" and a person, and for he/she and a
        state or body that was only a sentence's subject.
    """
    if want in ("f", "m") and topic.gender and topic.gender != want:
        return False
    if want == "it" and topic.person:
        return False
    return topic.spoke or topic.person or want not in ("f", "m") or not topic.speaker.speaker.isascii()


#: Sentences before a speaker-less verb whose subjects it may refer to.
_BACK = 3
#: Topics (latest first) a speaker-less verb is tried against before it is left without a speaker.
_TRIED = 3
_FEMALE = frozenset(particles("gendered_role", "f"))
_MALE = frozenset(particles("gendered_role", "m"))
_WORD = re.compile(r"\w+")


class CarryMixin:
    """The extractor's carry-over (a mixin of :class:`helpers.extract.quotes.sources.Extractor`, which
    keeps ``history``, ``spoken`` — the sentences that gave a voice — and ``carry_window``)."""

    def _carry(self, position: int) -> Speaker:
        """The speaker a speaker-less verb at ``position`` refers back to (see the module docstring)."""
        text = self.text
        if text[position:position + 1].isascii():
            want = pronoun_want(text, position)
        else:
            word = _WORD.match(text, position)
            want = verb_gender(word.group() if word else "")
        topics = self._topics(position)[:_TRIED]
        verb = self.lex.verb_re.match(text, position)
        if verb and self.lex.verbs[verb.group("verb")].lemma in _continuations() \
                and any(t.spoke for t in topics):
            topics = [t for t in topics if t.spoke]  # "It added": whoever spoke, not a background subject
        for topic in topics:
            if agrees(topic, want):
                s = topic.speaker
                return Speaker(s.speaker, s.speaker_entity_id, s.actor, s.actor_entity_id, open=s.open)
        return NO_SPEAKER

    def _refer_back(self, position: int, speaker: Speaker) -> Speaker:
        """A speaker phrase that is only a role noun with no actor ("the spokeswoman added", "its
        director said", وقالت المتحدثة) speaks for the latest topic with an actor that holds the same
        role, or, for an official's role (one that speaks for a body), for the latest state or body that
        spoke or was the previous sentence's subject (or for the actor of whoever, person or body, spoke in this
        or the previous sentence); a document (وأشار البيان، the report said) for the
        latest such topic of any kind (who issued it)."""
        role = _bare_role(normalise_text(speaker.speaker, steps=MATCH_STEPS))
        if not role:
            return self._introduced(position, speaker) or speaker
        kind = lexicon().roles.get(role)
        official = kind == "person" and not role_speaks_for(role)
        document = kind == "document" and _definite(speaker.speaker)  # "وأشار البيان": whoever issued it
        # (indefinite "تقارير تفيد بأن", "reports say": new, unnamed documents refer back to nobody)
        here = self.view.sentence_of(position)
        for topic in self._topics(position)[:_TRIED]:
            other = topic.speaker
            same = set(role.split()) <= set(normalise_text(other.speaker, steps=MATCH_STEPS).lower().split()) \
                or headed_by(self.view, other.start, role)  # شركة «طيران الواحة» … وقالت الشركة
            near = topic.spoke or self.view.sentence_of(topic.position) == here - 1  # a body's own official
            body = other.actor_entity_id and not other.open and not topic.person  # not a group, not a person
            # "وأضاف المسؤول": the official who spoke in this or the previous sentence, a person too
            spoke = topic.spoke and self.view.sentence_of(topic.position) >= here - 1 and not other.open \
                and other.actor_entity_id != other.speaker_entity_id  # not a person who speaks for himself
            if other.actor and (same or (official and (near and body or spoke and other.actor_entity_id))
                                or (document and near)):
                return Speaker(speaker.speaker, "", other.actor, other.actor_entity_id, speaker.start, speaker.end,
                               open=other.open)
        return speaker

    def _introduced(self, position: int, speaker: Speaker) -> Speaker | None:
        """An Arabic family name alone and with no actor (وقالت قاسم) that ends a person's open name introduced
        earlier in the document without speech (أحيت المغنية الأويغورية نوريا قاسم حفلاً …): that name's voice.

        Args:
            position: the verb's normalised offset.
            speaker: the resolved speaker.

        Returns:
            The speaker with the name's actor, or None.
        """
        words = normalise_text(speaker.speaker, steps=MATCH_STEPS).split()
        if len(words) != 1 or speaker.speaker.isascii():
            return None
        for name in reversed(open_names(self.view, 0, position)):
            whole = normalise_text(name.surface, steps=MATCH_STEPS).split()
            if name.end <= position and name.kind == "person" and len(whole) >= 2 and whole[-1] == words[0] \
                    and not any(len(w) > 3 and w.endswith(_OBJECT_PRONOUNS) for w in whole):  # نظمتها الجبهة
                return Speaker(speaker.speaker, "", canonical(name.surface)[0], "", speaker.start, speaker.end,
                               open=True)
        return None

    def _joined(self, verb, earlier) -> bool:
        """Whether a verb joined to the previous quote of its sentence by و or "and", with nothing but
        punctuation between ("She said it was overdue and called for sanctions", وقالت إن … ، وطالبت بـ),
        shares its speaker."""
        if not earlier:
            return False
        between = self.text[earlier[-1]["content"][1]:verb.start()]
        joined = verb.start() < verb.start("verb") or bool(_JOINT.sub("", between) == "" and between.strip(" ،,"))
        return joined and not _JOINT.sub("", between)  # ولكنها قالت …: she, China

    def _pronoun_before(self, start: int, verb_start: int) -> bool:
        """Whether the word right before an English verb is a subject pronoun ("In a statement, it said")."""
        words = words_between(self.text, start, verb_start)
        return bool(words) and words[-1][2] in self.lex.words["pronoun"] \
            and self.text[verb_start:verb_start + 1].isascii()

    def _unnamed_aside(self, start: int, end: int) -> bool:
        """Whether what stands between an Arabic verb and its complement is only a prepositional phrase
        that names nobody (قالت في اعتراف نادر إن، وقالت في ختام زيارتها إن): the speaker is carried."""
        words = words_between(self.text, start, end)
        return bool(words) and words[0][2] in self.lex.words["preposition"] \
            and not self.view.mentions_in(start, end) and not self.lex.role_re.search(self.text, start, end)

    def _apposed(self, speaker: Speaker, end: int, verb_start: int) -> Speaker:
        """A speaker with the apposition between its phrase and its verb read for whom it speaks."""
        return apposed_actor(self.view, speaker, end, verb_start)

    def _topics(self, position: int) -> list[Topic]:
        """Speakers and subjects of voiceless sentences within the carry window, latest first."""
        found = []
        for where, speaker in reversed(self.history):
            if position - where > self.carry_window or len(found) >= _TRIED:
                break
            found.append(Topic(where, speaker, self._speaker_gender(where, speaker), _person(speaker)))
        here = self.view.sentence_of(position)
        for index in range(here - 1, max(here - 1 - _BACK, -1), -1):
            if position - self.view.sentences[index][1] > self.carry_window:
                break
            if index not in self.spoken:
                topic = self._subject_topic(index)
                if topic is not None:
                    found.append(topic)
        return sorted(found, key=lambda t: -t.position)

    def _subject_topic(self, index: int) -> Topic | None:
        """The subject of a voiceless sentence as a topic (None without an actor, or for a heading: a
        sentence that does not end with a full stop)."""
        if index not in self.subjects:
            bounds = self.view.sentences[index]
            ended = self.text[bounds[0]:bounds[1]].rstrip()[-1:] in _ENDS
            span, gender, person = sentence_subject(self.view, bounds) if ended else (None, "", False)
            speaker = resolve(self.view, *span, history=self._recent()) if span else None
            if speaker is not None:  # "Aigerim Sultanova, a Kazakh trade official, met …"
                close = self.text.find(",", span[1] + 1, self.view.sentences[index][1])
                speaker = apposed_actor(self.view, speaker, span[1], close + 1) if close > 0 else speaker
            self.subjects[index] = Topic(span[0], speaker, gender, person or speaker.open, spoke=False) \
                if speaker is not None and speaker.actor else None
        return self.subjects[index]

    def _speaker_gender(self, where: int, speaker: Speaker) -> str:
        word = _WORD.match(self.text, where)
        if word and not word.group().isascii():
            return verb_gender(word.group())
        words = set(speaker.speaker.lower().split())
        return "f" if words & _FEMALE else "m" if words & _MALE else ""


def _person(speaker: Speaker) -> bool:
    """Whether a resolved speaker is a person: a known person, an open name or a person's role."""
    if speaker.open or _entities().get(speaker.speaker_entity_id, ("",))[0] == "person":
        return True
    lex = lexicon()
    text = normalise_text(speaker.speaker, steps=MATCH_STEPS).lower()
    role = lex.role_re.search(text)
    if role is None:
        return False
    head = role.group("role") or " ".join(role.group("role2").split())
    return lex.roles.get(head) == "person"


def _bare_role(text: str) -> str:
    """The role noun a speaker phrase is made of, with its article or possessive ("the spokeswoman", "its
    director", المتحدثة), else ""."""
    lex = lexicon()
    words = [w for w in text.lower().split() if w not in _POSSESSIVE]
    match = lex.role_re.fullmatch(" ".join(words)) if 1 <= len(words) <= 2 else None
    if match is None:
        return ""
    return match.group("role") or " ".join(match.group("role2").split())


_POSSESSIVE = frozenset(particles("role_determiner"))
#: Pronoun suffixes of a verb's object (نظمتها): a word that carries one is no name word.
_OBJECT_PRONOUNS = tuple(s for s in suffix_forms("pronoun_suffix", "an") if len(s) > 1 and s[0] == "ه")


def _definite(surface: str) -> bool:
    """Whether a speaker phrase is definite: an article or possessive first (the report, البيان، وأشار التقرير)."""
    words = normalise_text(surface, steps=MATCH_STEPS).lower().split()
    return bool(words) and (words[0] in _POSSESSIVE or re.match(rf"^[وف]?{ARTICLE}", words[0]) is not None)


@lru_cache(maxsize=1)
def _continuations() -> frozenset:
    """The lemmas (as the verb table writes them) of the continuation verbs (``continuation`` markers)."""
    lex = lexicon()
    wanted = lex.words["continuation"]
    return frozenset(v.lemma for form, v in lex.verbs.items() if form in wanted or v.lemma in wanted)
