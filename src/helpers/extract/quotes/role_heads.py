"""What stands before an English role head in a subject phrase: an owner's name and possessive ("The Oxus
Society's research office said"), or a state's adjective and one or two words ("The Egyptian foreign minister
said", "A Kazakh trade official said").

Part of :mod:`helpers.extract.quotes.speakers` (:func:`~helpers.extract.quotes.speakers.subject_before`).
"""

from __future__ import annotations

import re

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.open_actors import _table, role_speaks_for
from helpers.extract.quotes.speech_lexicon import lexicon, particles
from helpers.text.normalise import normalise_text

__all__ = ["owner_before", "adjective_before", "leading_name"]

#: A capitalised name and its possessive right before a role ("Oxus Society's research office").
_OWNER = re.compile(r"((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)['’]s(?:\s+[a-z][a-z-]*){0,2}\s+$")


def owner_before(view: QuoteView, left: int, head_start: int) -> int:
    """Where an English subject starts when capitalised words and a possessive stand right before its role
    head ("The Oxus Society's research office said"): the owner is part of the speaker phrase.

    Args:
        view: the document's quote view.
        left: where the subject may start (normalised).
        head_start: where the role head starts.

    Returns:
        The subject's start (``head_start`` when no owner stands before it).
    """
    raw_left, raw_head = view.to_raw(left, head_start)
    if not view.raw[raw_head:raw_head + 1].isascii():
        return head_start
    found = _OWNER.search(view.raw, raw_left, raw_head)
    if found is None:
        return head_start
    words = found.group(1).split()
    skip = len(words[0]) + 1 if words[0] in ("The", "A", "An") else 0
    names = words[1:] if skip else words
    between = view.raw[found.end(1):raw_head].split()[1:]
    if not names or any(w in _table()["not_name"] or normalise_text(w) in _table()["not_name"] for w in names) \
            or any(w in ("the", "a", "an") for w in between):
        return head_start  # "On Monday's programme the spokesman": no owner's name
    return head_start - (raw_head - found.start(1) - skip)


#: One or two words between a state's adjective and a role ("foreign", "deputy trade").
_MODIFIERS = re.compile(r"(?:\s+[a-z][a-z-]*){1,2}\s+")
#: Kinds of gazetteer names whose adjective names a state (Egyptian, Kazakh).
_STATE_KINDS = frozenset({"country", "people"})
#: Words that never stand between an adjective and the role it describes ("and", "of").
_NOT_MODIFIERS = frozenset(particles("clause_join_en"))


def adjective_before(view: QuoteView, adjective: tuple[int, int], head: tuple[int, int]) -> bool:
    """Whether a state's adjective stands one or two lower-case words before an official's role ("Egyptian
    foreign minister", "Kazakh deputy trade minister"): the three are one speaker phrase.  A role that speaks for
    itself (journalist, coach) or a company's is left alone.

    Args:
        view: the document's quote view.
        adjective: the span of the earlier head (normalised).
        head: the span of the role head.

    Returns:
        True when the earlier head is a country's or people's name written in capitals, the words between are
        lower-case and no verb, preposition or "and", and the head is a role that does not speak for itself.
    """
    text, lex = view.text, lexicon()
    if not _MODIFIERS.fullmatch(text, adjective[1], head[0]) or not lex.role_re.fullmatch(text, *head) \
            or role_speaks_for(text[head[0]:head[1]]) or lex.roles.get(text[head[0]:head[1]]) != "person":
        return False
    if not any(m.kind in _STATE_KINDS and m.start == adjective[0] for m in view.mentions_in(*adjective)):
        return False
    between = text[adjective[1]:head[0]].split()
    raw = view.raw[slice(*view.to_raw(adjective[1], head[0]))]
    return raw == raw.lower() and not any(w in lex.verbs or w in lex.words["preposition"] or w in _NOT_MODIFIERS
                                          for w in between)


def leading_name(view: QuoteView, words) -> tuple[int, int] | None:
    """The name that opens an English clause before its description ("Budi Santoso of a farmers' union in Central
    Java said", "Ana Ruiz, of the Lima Institute, said"): the capitalised run next to the verb is a place after
    its preposition, so the speaker is two to four capitalised words after the last comma (or the one before),
    followed by a preposition or a comma.

    Args:
        view: the document's quote view.
        words: the clause's words up to the preposition before the run next to the verb.

    Returns:
        ``(start, end)`` of the name, or None.
    """
    text = view.text
    commas = [0] + [k for k, w in enumerate(words) if k and "," in text[words[k - 1][1]:w[0]]]
    run = []
    for start in commas[-1:-3:-1]:  # the name after the last comma, or before it ("X, of the Y, said")
        run = []
        for word in words[start:]:
            if not view.raw[view.to_raw(word[0], word[1])[0]].isupper() or word[2] in ("the", "a", "an"):
                break
            run.append(word)
        if run:
            break
    after = words[start + len(run)] if start + len(run) < len(words) else None
    if not 2 <= len(run) <= 4 or after is None or not (
            after[2] in lexicon().words["preposition"] or "," in text[run[-1][1]:after[0]]):
        return None
    return run[0][0], run[-1][1]
