"""Asides and words: "A, citing leaked police documents, said …" and the word tokens every speaker finder uses.

Part of :mod:`helpers.extract.quotes.speakers` (which re-exports both functions).
"""

from __future__ import annotations

import re

from helpers.extract.quotes.bodies import is_anaphor_head
from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.open_actors import role_speaks_for
from helpers.extract.quotes.open_names import open_names
from helpers.extract.quotes.speech_lexicon import lexicon, particles

__all__ = ["apposed_name", "cited_aside", "named_holder", "words_between", "MAX_SPEAKER_WORDS"]

_WORD = re.compile(r"\w+(?:['’.-]\w+)*")
#: The most words a speaker phrase (or a cited aside) has.
MAX_SPEAKER_WORDS = 12


def cited_aside(view: QuoteView, marker_start: int, limit: int) -> int:
    """Where an aside that opens with an attribution marker closes ("A, citing leaked documents, said …",
    "وقال الباحث، نقلا عن إحصاءات رسمية، إن …"): the evidence the speaker relies on, not a voice.

    Args:
        view: the document.
        marker_start: where the marker (citing, نقلا عن …) starts (normalised).
        limit: the sentence's end.

    Returns:
        The offset of the comma that closes the aside when the marker follows a comma and the
        aside is followed by a speech verb or إن/أن (or, for a participle opening the sentence,
        "Citing …, X said", by a short subject and a speech verb), else -1.
    """
    text, lex = view.text, lexicon()
    fronted = text[marker_start:marker_start + 12].split(" ")[0].endswith("ing") and (
        not text[:marker_start].strip() or text[:marker_start].rstrip()[-1] in ".!?\n")
    if not fronted and not text[max(0, marker_start - 3):marker_start].rstrip().endswith((",", "،")):
        return -1
    close = min((p for p in (text.find(",", marker_start, limit), text.find("،", marker_start, limit)) if p >= 0),
                default=-1)
    if close < 0:
        return -1
    after = _WORD.search(text, close, limit)
    if after is None or len(words_between(text, marker_start, close)) > MAX_SPEAKER_WORDS:
        return -1
    word = after.group()
    if fronted:  # "Citing leaked documents, Human Rights Watch said …": a subject, then its verb
        verb = lex.verb_re.search(text, close, limit)
        return close if verb and len(words_between(text, close, verb.start())) <= 6 else -1
    following = lex.verb_re.match(text, after.start())
    return close if following or lex.complement_re["an"].fullmatch(word) else -1


def words_between(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Word tokens of a span.

    Args:
        text: normalised text.
        start: span start.
        end: span end.

    Returns:
        ``[(start, end, word)]`` in order.
    """
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


def named_holder(view: QuoteView, heads, opening: int, close: int) -> bool:
    """Whether an English apposition between two commas is the name of the role before it ("The organiser,
    Wang Lei, said"): the last head before it is a role that speaks for itself and the apposition is one
    person's name.

    Args:
        view: the document.
        heads: the subject heads ``(start, end)`` before the verb, in order.
        opening: the apposition's opening comma.
        close: its closing comma.

    Returns:
        True when the apposition names the role's holder.
    """
    text, lex = view.text, lexicon()
    outer = [h for h in heads if h[1] <= opening]
    inner = text[opening + 1:close].strip()
    role = lex.role_re.fullmatch(text, *outer[-1]) if outer else None
    if role is None or not inner.isascii() \
            or role_speaks_for(role.group("role") or " ".join(role.group("role2").split())) != "self":
        return False  # "Its spokesman, Dilshat Rishit,": an official speaks for the body (apposed_name: no body)
    persons = [(m.start, m.end) for m in view.mentions_in(opening, close) if m.kind == "person"]
    persons += [(n.start, n.end) for n in open_names(view, opening, close) if n.kind == "person"]
    return any(text[start:end] == inner for start, end in persons)


def _unnamed_body(view: QuoteView, head_start: int, opening: int) -> bool:
    """Whether an official's role names no body the reader could resolve ("The company's chief executive,", "The
    delegation's leader,"; not "Its spokesman," nor "The ministry's spokesman," when the ministry is named): then
    the name in the apposition is the speaker."""
    index = view.sentence_of(head_start)
    first = view.sentences[index][0] if index >= 0 else max(head_start - 60, 0)
    if view.mentions_in(first, opening) or any(is_anaphor_head(w) for w in view.text[first:opening].split()):
        return False  # "An embassy official, Chen Bo,": the embassy of the sentence before speaks
    before = view.text[first:head_start].split()
    return not (before and before[-1] in _POSSESSIVE_PRONOUNS) and view.text[first:head_start].strip().lower() \
        not in _POSSESSIVE_PRONOUNS


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})


def _origin_role(view: QuoteView, head_start: int) -> bool:
    """Whether a role has a possessive and an adjective of origin before it ("its Chinese director,"): the
    adjective says where the person named after it comes from, so the name speaks, not the adjective's state."""
    origin = [m for m in view.mentions_in(max(head_start - 40, 0), head_start)
              if m.kind in ("people", "country") and not view.text[m.end:head_start].strip()]
    return bool(origin) and set(view.text[:origin[-1].start].split()[-1:]) <= _DETERMINERS if origin else False


_DETERMINERS = frozenset(particles("possessive_determiner"))


def apposed_name(view: QuoteView, heads, opening: int, close: int) -> tuple[int, int] | None:
    """The name in an English apposition after an official's role of no named body ("The company's chief executive,
    Martin Pryce, told", "The delegation's leader, Ahmad Zulkarnain of the Nusantara Ulama Forum, told"): it speaks
    for itself, as a named speaker the gazetteer does not know.

    Args:
        view: the document.
        heads: the subject heads ``(start, end)`` before the verb, in order.
        opening: the apposition's opening comma.
        close: its closing comma.

    Returns:
        The name's normalised ``(start, end)``, or None.
    """
    outer = [h for h in heads if h[1] <= opening]
    if not outer or not lexicon().role_re.fullmatch(view.text, *outer[-1]) \
            or not (_unnamed_body(view, outer[-1][0], opening) or _origin_role(view, outer[-1][0])):
        return None
    raw_start, raw_end = view.to_raw(opening + 1, close)
    name = _APPOSED_NAME.fullmatch(view.raw, raw_start, raw_end)
    if name is None:
        return None
    lo = opening + 1 + len(view.text[opening + 1:close]) - len(view.text[opening + 1:close].lstrip())
    return lo, lo + len(name.group("name"))


#: A person's name of two to four capitalised words, maybe with the body they belong to.
_APPOSED_NAME = re.compile(r"\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
                           r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,6})?\s*")
