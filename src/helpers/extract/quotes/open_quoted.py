"""Organisations named between quotation marks: «جمعية قرطاج للحريات» قالت, the "Open Cotton Initiative" said.

Part of :mod:`helpers.extract.quotes.open_names`.  A quotation of two to six words is an organisation's own name
when its head noun is a ``quoted_head`` particle (Arabic: the first word, جمعية، رابطة، مرصد …; English: the
last, Initiative, Institute, Watch …) and nothing in it is a verb, a complementiser, a relative or a negation
(Arabic) or a lower-case word other than ``quoted_link_en`` ones (English).  The name is kept whole, marks left
out, as an open-world actor; whether it speaks is the speaker rules' business (only where it stands as a subject).
A person named right after such a quotation that a person's role heads (رئيس «جمعية …» X) is the role's holder.
"""

from __future__ import annotations

import re

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.marks import quote_pairs
from helpers.extract.quotes.open_actors import OpenName, _capital, _make, _tokens, role_speaks_for
from helpers.extract.quotes.open_arabic import _covered, _person
from helpers.extract.quotes.speech_lexicon import QUOTE_CHARS, lexicon, particles

__all__ = ["quoted_names", "quoted_before", "in_quoted_name", "has_mark", "heads_body"]

_HEADS_AR = frozenset(w for w in particles("quoted_head") if not w.isascii())
_HEADS_EN = frozenset(w for w in particles("quoted_head") if w.isascii())
_LINKS_EN = frozenset(particles("quoted_link_en"))
_MIN_WORDS, _MAX_WORDS = 2, 6
_MARK = re.compile("[" + re.escape("".join(QUOTE_CHARS)) + "]")


def has_mark(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a quotation mark (a quoted name may stand there).

    Args:
        text: the normalised text.
        start: span start.
        end: span end.

    Returns:
        True when a mark of ``QUOTE_CHARS`` is in the span.
    """
    return _MARK.search(text, start, end) is not None


def quoted_names(view: QuoteView, start: int, end: int) -> list[OpenName]:
    """The organisations named between quotation marks in ``[start, end)`` (a sentence).

    Args:
        view: the document's quote view.
        start: the sentence's normalised start.
        end: its normalised end.

    Returns:
        One ``organization`` name per such quotation, without its marks.
    """
    text = view.text
    if not has_mark(text, start, end):
        return []
    found, sentence = [], None
    for opening, closing in quote_pairs(text[start:end]):
        tokens = _tokens(view, start + opening + 1, start + closing)
        if _MIN_WORDS <= len(tokens) <= _MAX_WORDS and _is_name(view, tokens):
            found.append(_make(view, tokens[0][0], tokens[-1][1], "organization"))
            sentence = sentence or _tokens(view, start, end)
            head = _head_named(view, sentence, start + opening, start + closing)
            found += [_make(view, *head, "person")] if head else []
    return found


def _head_named(view: QuoteView, tokens, opening: int, closing: int) -> tuple[int, int] | None:
    """The person named right after a quoted organisation that a person's role heads (رئيس «جمعية …» عبد الرشيد
    تورسون): the role's holder, as a name after a role is read (:func:`~helpers.extract.quotes.open_arabic._person`
    without adjectives)."""
    i = next((k for k, t in enumerate(tokens) if t[0] > closing), None)
    role = next((t for t in reversed(tokens) if t[1] <= opening), None)
    if i is None or role is None or view.text[role[1]:opening].strip() or view.text[closing + 1:tokens[i][0]].strip():
        return None
    if not heads_body(role[2]):
        return None
    rest = tokens[i:]  # the name starts the rest: the closing mark before it is no gap inside a name
    return _person(view, rest, 0, _covered(view, rest), company=False, adjectives=False)


def _is_name(view: QuoteView, tokens) -> bool:
    """Whether a quotation's words are an organisation's name (see the module's docstring)."""
    if tokens[0][2].isascii():
        return tokens[-1][2] in _HEADS_EN and _capital(view, tokens[0]) and all(
            _capital(view, t) or t[2] in _LINKS_EN for t in tokens)
    lex = lexicon()
    return tokens[0][2] in _HEADS_AR and not any(
        t[2] in lex.verbs or t[2] in lex.words["relative"] or t[2] in lex.words["negation"]
        or lex.complement_re["an"].fullmatch(t[2]) for t in tokens[1:])


def quoted_before(view: QuoteView, start: int, verb_start: int) -> tuple[int, int] | None:
    """The quoted organisation's name that ends right before a verb, its subject («جمعية صفاقس للتضامن» قالت).

    Args:
        view: the document's quote view.
        start: where the search starts (the sentence's start, normalised).
        verb_start: where the verb starts.

    Returns:
        The name's normalised ``(start, end)``, or None.
    """
    before = view.text[start:verb_start].rstrip()
    if not before or before[-1] not in QUOTE_CHARS:
        return None
    close = start + len(before) - 1
    return next(((n.start, n.end) for n in quoted_names(view, start, verb_start) if not view.text[n.end:close].strip()),
                None)


def in_quoted_name(view: QuoteView, pair: tuple[int, int] | None) -> bool:
    """Whether a quotation (its marks' offsets) is an organisation's name.

    Args:
        view: the document's quote view.
        pair: ``(open, close)`` offsets of the marks, or None.

    Returns:
        True when its inside is a quoted name (see the module's docstring).
    """
    return pair is not None and any(n.start == pair[0] + 1 for n in quoted_names(view, pair[0], pair[1] + 1))


def heads_body(word: str) -> bool:
    """Whether a word is the role of a person who heads or speaks for a body (رئيس، مدير، المتحدث), not one who
    speaks for himself (الكاتب، الباحث): the body's quoted name after it is the role's, and so is the speaker.

    Args:
        word: a normalised word.

    Returns:
        True for such a role.
    """
    found = lexicon().role_re.fullmatch(word)
    return found is not None and lexicon().roles.get(found.group("role")) == "person" and not role_speaks_for(word)
