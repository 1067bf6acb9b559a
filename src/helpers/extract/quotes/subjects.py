"""The subject of a sentence that gives nobody a voice, and what an apposition says of a speaker.

Part of :mod:`helpers.extract.quotes.carry`: a speaker-less verb (he said, وقالت) may refer
to someone a voiceless sentence introduced ("Rahima Tursun, a London-based activist, welcomed the
letter.", «وشاركت الناشطة رحيمة تورسون في وقفة …»).  :func:`sentence_subject` finds that subject:
in English the name or role that opens the sentence (after an adverbial such as "Later,"; the name
before a descriptive apposition, or the name in apposition to a role: "The congress's president,
Dolkun Isa, opened …"), in Arabic the phrase after the sentence's first word (its verb), after أما,
or at its start.  :func:`apposed_actor` reads an apposition for whom a named speaker speaks: the
organisation they work at ("a China researcher at Human Rights Watch") or the state or body of an
official's role ("a Kazakh trade official"); an activist, a lawyer or a scholar speaks for themself.
"""

from __future__ import annotations

import re

from helpers.extract.quotes.actors import Speaker, _actor_of, _entities, workplace
from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.open_actors import people_state, role_speaks_for
from helpers.extract.quotes.open_names import open_names
from helpers.extract.quotes.speakers import (
    _candidates,
    is_nisba,
    phrase_after,
    speaking_mentions,
    subject_before,
    trim_region,
    words_between,
)
from helpers.extract.quotes.speech_lexicon import ARTICLE, LI_ARTICLE, lexicon, particles

__all__ = ["sentence_subject", "participle_subject", "apposed_actor", "verb_gender"]

#: English words that may stand in a subject phrase before its verb (articles, links, possessives).
_EN_GLUE = frozenset(particles("subject_glue"))
#: Arabic words that open a sentence before its subject (أما X ف…، ثم).
_AR_OPENERS = frozenset(particles("opener"))
#: Words after an Arabic verb that may stand before its subject (وتحدث بعدها X، وقال أيضا X).
_AR_SKIP = frozenset(particles("skip"))
#: Words that open an English apposition describing the name before it ("X, a lawyer, said").
_DESCRIPTIVE = frozenset(particles("apposition_opener"))
#: First words of an English adverbial before a sentence's subject ("Later,", "On Saturday,").
_ADVERBIAL = frozenset(particles("adverbial_opener"))
#: The last word of a short adverbial before the subject ("Minutes later,", "Two days earlier,").
_ADVERBIAL_END = frozenset(particles("adverbial_closer"))
#: Particles that open a verb after an Arabic subject (وكانت الناشطة X قد شاركت): the subject ends there.
_AR_VERB_MARKS = frozenset(particles("verb_mark"))
#: Words of an Arabic subject phrase read after its verb (the object may follow: resolved by name or role).
_AR_WORDS = 6
#: A participle's Arabic clause subject: its known head among its first words, of these kinds.
_HEAD_WORDS, _HEAD_KINDS = 3, frozenset({"country", "organization", "person", "group"})
#: English pronouns after a verb that show its speaker's gender (said her lawyer): word → f or m.
_EN_GENDER = {word: gender for gender in ("f", "m") for word in particles("gender_pronoun", gender)}
_ARTICLE = re.compile(r"^[وف]?")
#: A complement's first word (لنادي …، بالوزارة): ل or ب with the article.
_COMPLEMENT_START = re.compile(rf"(?:{LI_ARTICLE}|[لب]{ARTICLE})")


def verb_gender(word: str) -> str:
    """The gender an Arabic verb form shows (قالت، أضافت: ``f``; قال، يقول: ``m``; تقول/تحدث: ""), "" for English.

    Args:
        word: the verb as written (normalised; و ف may be attached).

    Returns:
        ``f``, ``m`` or "".
    """
    if not word or word.isascii():
        return ""
    bare = _ARTICLE.sub("", word, count=1) if len(word) > 3 else word
    if bare.endswith("ت"):
        return "f"
    return "" if bare.startswith("ت") else "m"  # تقول (she says) or تحدث (he spoke): not told apart



def _english_subject(view: QuoteView, start: int, end: int) -> tuple[int, int] | None:
    """The subject phrase at the start of an English sentence: "Later, Maria Kessler, a lawyer, met …"
    (the name before a descriptive apposition), "The congress's president, Dolkun Isa, opened …" (the
    role with the name in apposition), "Human Rights Watch released …"."""
    text = view.text
    comma = text.find(",", start, end)
    opening = words_between(text, start, comma) if comma >= 0 else []
    if opening and len(opening) <= 3 and (
            (opening[0][2].lower() in _ADVERBIAL and not _heads(view, start, comma))
            or (opening[-1][2].lower() in _ADVERBIAL_END
                and not any(m.entity_id for m in view.mentions_in(start, comma)))):
        start = comma + 1  # "Later,", "On Saturday,", "Minutes later,": an adverbial before the subject
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
    """The subject heads of the speaker finder (names, open names, role nouns) in a span."""
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
    colon = view.text.find(":", start, end)
    region = trim_region(view, start, colon if colon >= 0 else end)
    words = words_between(view.text, *region)[:_AR_WORDS]
    if words and _COMPLEMENT_START.match(words[0][2]):
        return None  # "لنادي …", "بالوزارة": a complement, not a subject
    lex = lexicon()
    stops = lex.words["preposition"] | lex.words["relative"] | _AR_VERB_MARKS
    cut = next((i for i, w in enumerate(words) if w[2] in stops or lex.complement_re["an"].fullmatch(w[2])),
               len(words))
    words = words[:cut]
    while words and lex.roles.get(re.sub(r"ا$", "", words[-1][2])) == "document":
        words.pop()  # وجه عضو الكونغرس رسالة: the letter is the object
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


def participle_subject(view: QuoteView, sentence_start: int, verb_start: int) -> tuple[int, int] | None:
    """The speaker of an English participle of speech after a comma: the sentence's subject, not the object
    right before the comma ("Canada summoned China's ambassador, saying …"; "Muslim-majority states backed
    Beijing, saying …").

    Args:
        view: the document.
        sentence_start: where the sentence starts (normalised).
        verb_start: where the participle starts.

    Returns:
        The subject phrase's normalised span, or None when no comma stands right before the participle or the
        sentence's opening subject is its first word alone and names nobody known ("Only later does …").
    """
    text = view.text
    before = text[:verb_start].rstrip()
    if not before.endswith((",", "\u060c")):
        return None
    span = sentence_subject(view, (sentence_start, len(before) - 1))[0]
    if span is None:
        return None
    if not text[slice(*span)].isascii():
        if (span := _arabic_head(view, span)) is None:
            return None
    known = any(m.entity_id for m in view.mentions_in(*span))
    return span if known or span[0] > sentence_start or len(words_between(text, *span)) > 1 else None


def _arabic_head(view: QuoteView, span: tuple[int, int]) -> tuple[int, int] | None:
    """An Arabic clause subject that may speak for a participle: a known actor among its first words, first or after
    a role (الرئيس التركي، وزارة الدفاع الروسية), or an open name that is the subject itself; a known one ends it when
    no open name follows (استقبل الرئيس التركي وفدا، مشيدا: the object goes); None when it names nobody (ومن جهته)."""
    first = words_between(view.text, *span)[:_HEAD_WORDS]
    if not first:
        return None
    known = [m for m in view.mentions_in(*span) if m.entity_id and m.kind in _HEAD_KINDS
             and span[0] <= m.start and m.end <= span[1]]
    names = [n for n in open_names(view, *span) if n.start == span[0]]  # the subject is the name (ترامب)
    role = lexicon().role_re.fullmatch(first[0][2])
    body = role is not None and lexicon().roles.get(role.group("role")) == "body"
    if not any(h.start <= first[-1][0] for h in known + names) or not (names or known[0].start == span[0] or (
            role and (not body or is_nisba(known[0], view.text)))):
        return None  # «وأبلغ الجهيناوي الرئيس العراقي»: an unknown name, then the object; «حزب آفاق تونس»: a name
    if known and not any(known[0].end <= n.start for n in names):
        return span[0], known[0].end
    return span


def _is_person(view: QuoteView, start: int, end: int) -> bool:
    """Whether a phrase is headed by a person: a person's name, an open name, or a person's role noun."""
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
