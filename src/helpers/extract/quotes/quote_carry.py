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
is what the extractor keeps (see :mod:`helpers.extract.quotes.quote_sources`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.extract.quotes.quote_actors import NO_SPEAKER, Speaker, _actor_of, _entities, resolve, workplace
from helpers.extract.quotes.quote_context import MATCH_STEPS, QuoteView
from helpers.extract.quotes.quote_speakers import phrase_after, speaking_mentions, subject_before, trim_region, words_between
from helpers.extract.quotes.speech_lexicon import lexicon
from helpers.extract.quotes.open_actors import people_state, role_speaks_for
from helpers.text.normalise import normalise_text

__all__ = ["Topic", "CarryMixin", "sentence_subject", "verb_gender", "pronoun_want", "agrees"]

#: English words that may stand in a subject phrase before its verb (articles, links, possessives).
_EN_GLUE = frozenset({"the", "a", "an", "of", "for", "at", "with", "in", "s", "its", "their", "his", "her"})
#: Arabic words that open a sentence before its subject (أما X ف…، ثم).
_AR_OPENERS = frozenset({"اما", "واما", "ثم"})
#: Words after an Arabic verb that may stand before its subject (وتحدث بعدها X، وقال أيضا X).
_AR_SKIP = frozenset({"بعدها", "بعده", "ايضا", "كذلك", "لاحقا", "بدوره", "بدورها"})
#: Words that open an English apposition describing the name before it ("X, a lawyer, said").
_DESCRIPTIVE = frozenset({"a", "an", "the", "one", "who", "which", "whose"})
#: First words of an English adverbial before a sentence's subject ("Later,", "On Saturday,").
_ADVERBIAL = frozenset({"later", "earlier", "on", "in", "at", "after", "before", "during", "since", "meanwhile",
                        "separately", "last", "this", "yesterday", "today", "however", "but", "also", "still",
                        "now", "then", "instead", "elsewhere", "there"})
#: Words of an Arabic subject phrase read after its verb (the object may follow: resolved by name or role).
_AR_WORDS = 6
_EN_GENDER = {"her": "f", "she": "f", "herself": "f", "his": "m", "he": "m", "himself": "m"}
_ARTICLE = re.compile(r"^[وف]?")


@dataclass(frozen=True)
class Topic:
    """A speaker or a sentence subject a later speaker-less verb may refer to.

    Attributes:
        position: where it was found (normalised offset of its verb or sentence).
        speaker: the resolved :class:`~helpers.extract.quotes.quote_actors.Speaker`.
        gender: ``f`` | ``m`` | "" (unknown).
        person: whether it is a person (a name or a person's role), not a state or body.
        spoke: whether it spoke (a quote's speaker), not only the subject of a sentence.
    """

    position: int
    speaker: Speaker
    gender: str = ""
    person: bool = False
    spoke: bool = True


def verb_gender(word: str) -> str:
    """The gender an Arabic verb form shows (قالت، تقول، أضافت: ``f``; قال، يقول: ``m``), "" for English.

    Args:
        word: the verb as written (normalised; و ف may be attached).

    Returns:
        ``f``, ``m`` or "".
    """
    if not word or word.isascii():
        return ""
    bare = _ARTICLE.sub("", word, count=1) if len(word) > 3 else word
    if bare.endswith("ت") or (bare.startswith("ت") and len(bare) >= 4):
        return "f"
    return "m"


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


def _english_subject(view: QuoteView, start: int, end: int) -> tuple[int, int] | None:
    """The subject phrase at the start of an English sentence: "Later, Maria Kessler, a lawyer, met …"
    (the name before a descriptive apposition), "The congress's president, Dolkun Isa, opened …" (the
    role with the name in apposition), "Human Rights Watch released …"."""
    text = view.text
    comma = text.find(",", start, end)
    opening = words_between(text, start, comma) if comma >= 0 else []
    if opening and len(opening) <= 3 and opening[0][2].lower() in _ADVERBIAL and not _heads(view, start, comma):
        start = comma + 1  # "Later,", "On Saturday,": an adverbial before the subject
    comma = text.find(",", start, end)
    if 0 <= comma and len(words_between(text, start, comma)) <= 6:
        close = text.find(",", comma + 1, end)
        if close < 0 or len(words_between(text, comma + 1, close)) > 8:
            return None
        apposition = words_between(text, comma + 1, close)
        if not apposition or apposition[0][2] in _DESCRIPTIVE:
            return _phrase(view, start, comma)  # a name, then what it is
        named = _phrase(view, comma + 1, close, skip_first=False)
        if named and any(m.kind in ("country", "organization") for m in view.mentions_in(start, comma)):
            return start, named[1]  # "A spokeswoman for the Chinese embassy, Hua Li,": the body's voice
        return named  # "The congress's president, Dolkun Isa,", "Ilham Tohti's daughter, Jewher Ilham,"
    heads = _heads(view, start, end)
    if not heads or len(words_between(text, start, heads[0][0])) > 3:
        return _capitals(view, start, end, skip_first=False, at_start=True)
    for word_start, _, word in words_between(text, heads[0][1], end):
        if any(h[0] <= word_start < h[1] for h in heads) or word.lower() in _EN_GLUE or _capital(view, word_start):
            continue
        return subject_before(view, start, word_start)
    return None


def _phrase(view: QuoteView, start: int, end: int, *, skip_first: bool = True) -> tuple[int, int] | None:
    """A subject head in ``[start, end)`` (a name, a role), else its capitalised words."""
    found = subject_before(view, start, end)
    return found or _capitals(view, start, end, skip_first=skip_first)


def _capitals(view: QuoteView, start: int, end: int, *, skip_first: bool, at_start: bool = False):
    """The run of capitalised words in a span (an unknown name: "Wang Jun"), the sentence's first word
    excepted when ``skip_first`` ("The …")."""
    run = []
    for index, (word_start, word_end, word) in enumerate(words_between(view.text, start, end)):
        if _capital(view, word_start) and not (index == 0 and (skip_first or word in ("the", "a", "an"))):
            run.append((word_start, word_end))
        elif run or at_start and index > 0:
            break
    return (run[0][0], run[-1][1]) if 2 <= len(run) <= 5 else None


def _heads(view: QuoteView, start: int, end: int):
    from helpers.extract.quotes.quote_speakers import _candidates  # the subject heads of the speaker finder
    return _candidates(view, start, end)


def _capital(view: QuoteView, position: int) -> bool:
    raw_start, _ = view.to_raw(position, position + 1)
    return view.raw[raw_start:raw_start + 1].isupper()


def _arabic_subject(view: QuoteView, start: int, end: int) -> tuple[tuple[int, int] | None, str]:
    """The subject of an Arabic sentence: after its first word (a verb: وشاركت الناشطة …، وحضرت غلشن
    عباس، التي …), after أما, or at its start (a nominal sentence); and the gender of that verb."""
    words = words_between(view.text, start, end)
    if not words:
        return None, ""
    if words[0][2] in _AR_OPENERS and len(words) > 1:
        return _arabic_phrase(view, words[1][0], end), ""
    found = phrase_after(view, words[0][0], end)
    if found is not None:
        return _arabic_phrase(view, words[0][0], end), ""
    index = 2 if len(words) > 2 and words[1][2] in _AR_SKIP else 1
    if index < len(words):
        found = _arabic_phrase(view, words[index][0], end)
        if found is not None:
            return found, verb_gender(words[0][2])
    return None, ""


def _arabic_phrase(view: QuoteView, start: int, end: int) -> tuple[int, int] | None:
    """The words from ``start`` up to a comma, a channel or time marker or a preposition, at most
    :data:`_AR_WORDS` (the subject, perhaps with the verb's object: resolved by its name or role)."""
    region = trim_region(view, start, end)
    words = words_between(view.text, *region)[:_AR_WORDS]
    lex = lexicon()
    stops = lex.words["preposition"] | lex.words["relative"]
    cut = next((i for i, w in enumerate(words) if w[2] in stops or lex.complement_re["an"].fullmatch(w[2])),
               len(words))
    words = words[:cut]
    return (words[0][0], words[-1][1]) if words else None


def sentence_subject(view: QuoteView, sentence: tuple[int, int]) -> tuple[tuple[int, int] | None, str, bool]:
    """The subject of a sentence that gave nobody a voice, its gender and whether it is a person.

    Args:
        view: the document.
        sentence: the sentence's normalised span.

    Returns:
        ``(span or None, gender, person)``: the span of the subject phrase (a name, a role, a state …),
        ``f``/``m``/"" and whether its head is a person (a person's name or role, an open name).
    """
    start, end = sentence
    text = view.text
    if text[start:end].isascii():
        span, gender = _english_subject(view, start, end), ""
        if span is not None:
            after = [w[2].lower() for w in words_between(text, span[1], end)]
            gender = next((_EN_GENDER[w] for w in after if w in _EN_GENDER), "")
    else:
        span, gender = _arabic_subject(view, start, end)
    if span is None:
        return None, "", False
    return span, gender, _is_person(view, *span)


def _is_person(view: QuoteView, start: int, end: int) -> bool:
    """Whether a phrase is headed by a person: a person's name, an open name, or a person's role noun."""
    from helpers.extract.quotes.open_names import open_names
    lex = lexicon()
    if any(m.kind == "person" for m in view.mentions_in(start, end)):
        return True
    if any(start <= n.start and n.end <= end for n in open_names(view, start, end)):
        return True
    role = lex.role_re.search(view.text, start, end)
    if role is None:
        return False
    head = role.group("role") or " ".join(role.group("role2").split())
    return lex.roles.get(head) == "person"


#: Sentences before a speaker-less verb whose subjects it may refer to.
_BACK = 3
#: Topics (latest first) a speaker-less verb is tried against before it is left without a speaker.
_TRIED = 3
_FEMALE = frozenset({"spokeswoman", "chairwoman", "woman", "wife", "mother", "daughter", "sister", "actress"})
_MALE = frozenset({"spokesman", "chairman", "man", "husband", "father", "son", "brother"})
_WORD = re.compile(r"\w+")


class CarryMixin:
    """The extractor's carry-over (a mixin of :class:`helpers.extract.quotes.quote_sources.Extractor`, which
    keeps ``history``, ``spoken`` — the sentences that gave a voice — and ``carry_window``)."""

    def _carry(self, position: int) -> Speaker:
        """The speaker a speaker-less verb at ``position`` refers back to (see the module docstring)."""
        text = self.text
        if text[position:position + 1].isascii():
            want = pronoun_want(text, position)
        else:
            word = _WORD.match(text, position)
            want = verb_gender(word.group() if word else "")
        for topic in self._topics(position)[:_TRIED]:
            if agrees(topic, want):
                s = topic.speaker
                return Speaker(s.speaker, s.speaker_entity_id, s.actor, s.actor_entity_id, open=s.open)
        return NO_SPEAKER

    def _refer_back(self, position: int, speaker: Speaker) -> Speaker:
        """A speaker phrase that is only a role noun with no actor ("the spokeswoman added", "its
        director said", وقالت المتحدثة) speaks for the latest topic with an actor that holds the same
        role, or, for an official's role (one that speaks for a body), for the latest state or body."""
        role = _bare_role(normalise_text(speaker.speaker, steps=MATCH_STEPS))
        if not role:
            return speaker
        official = lexicon().roles.get(role) == "person" and not role_speaks_for(role)
        for topic in self._topics(position)[:_TRIED]:
            other = topic.speaker
            same = set(role.split()) <= set(normalise_text(other.speaker, steps=MATCH_STEPS).lower().split())
            if other.actor and (same or (official and not other.open and not topic.person)):
                return Speaker(speaker.speaker, "", other.actor, other.actor_entity_id, speaker.start, speaker.end,
                               open=other.open)
        return speaker

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
        if index not in self.subjects:
            span, gender, person = sentence_subject(self.view, self.view.sentences[index])
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


_POSSESSIVE = frozenset({"the", "its", "their", "his", "her"})


_APPOSITION = re.compile(r"\s*[,،]\s*([^,،]+?)\s*[,،]\s*$")


def apposed_actor(view: QuoteView, speaker: Speaker, end: int, limit: int) -> Speaker:
    """A named speaker whose apposition ("X, a China researcher at Human Rights Watch, said"; "X, a Kazakh
    trade official, met …") says whom they speak for: the organisation they work at, or the state or body of
    an official's role; else the speaker unchanged (an activist, a lawyer, a scholar speak for themselves).

    Args:
        view: the document.
        speaker: the resolved speaker of the phrase that ends at ``end``.
        end: the phrase's normalised end.
        limit: where the apposition must close (the verb, the next comma).

    Returns:
        The speaker, with the actor of the apposition when it names one.
    """
    found = _APPOSITION.match(view.text, end, limit)
    if found is None or not (speaker.open or not speaker.actor):
        return speaker
    start, stop = found.span(1)
    actor = workplace(view, start, stop)
    if not actor[0]:
        role = lexicon().role_re.search(view.text, start, stop)
        key = (role.group("role") or " ".join(role.group("role2").split())) if role else ""
        official = key and lexicon().roles.get(key) == "person" and not role_speaks_for(key)
        actor = _state_of(view, start, stop) if official else ("", "")
    if not actor[0]:
        return speaker
    return Speaker(speaker.speaker, speaker.speaker_entity_id, actor[0], actor[1], speaker.start, speaker.end)


def _state_of(view: QuoteView, start: int, end: int) -> tuple[str, str]:
    """The first state or organisation a span names, a people's adjective as its state (Kazakh → Kazakhstan)."""
    for mention in speaking_mentions(view, start, end):
        if mention.kind in ("country", "organization"):
            return _actor_of(mention)
        state = people_state(mention.entity_id) if mention.kind == "people" else ""
        if state:
            return _entities().get(state, ("", ""))[1], state
    return "", ""
