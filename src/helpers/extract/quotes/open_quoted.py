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

from helpers.extract.quotes.context import MATCH_STEPS, QuoteView
from helpers.extract.quotes.marks import quote_pairs
from helpers.extract.quotes.open_actors import OpenName, _capital, _make, _tokens, role_speaks_for
from helpers.extract.quotes.open_arabic import _covered, _person
from helpers.extract.quotes.speech_lexicon import QUOTE_CHARS, lexicon, particles
from helpers.text.affixes import affixes
from helpers.text.normalise import normalise_text
from helpers.text.word_before import after_last_char

__all__ = ["quoted_names", "quoted_before", "in_quoted_name", "has_mark", "heads_body", "outer_head",
           "after_quoted_name", "after_boundary", "past_outer_name", "headed_by"]

_HEADS_AR = frozenset(w for w in particles("quoted_head") if not w.isascii())
_HEADS_EN = frozenset(w for w in particles("quoted_head") if w.isascii())
_LINKS_EN = frozenset(particles("quoted_link_en"))
#: A company's or an outlet's noun before a quotation that is its name (شركة "…"، وموقع "…").
_OUTER_HEADS = frozenset(w for h in particles("quoted_outer_head") for w in (h, affixes("conjunction")[0] + h))
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
        if tokens and (_MIN_WORDS <= len(tokens) <= _MAX_WORDS and _is_name(view, tokens)
                       or len(tokens) <= _MAX_WORDS and _outer_head(view, start + opening, tokens)):
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


def _outer_head(view: QuoteView, opening: int, tokens) -> bool:
    """Whether a quotation follows a company's or an outlet's noun (شركة "طيران السحاب"، موقع "…"): the
    quotation is the body's own name when nothing in it is a verb, a complementiser, a relative or a negation."""
    before = view.text[max(0, opening - 24):opening].split()
    lex = lexicon()
    if len(before) > 1 and before[-2] in lex.words["preposition"]:
        return False  # "عبر حسابه على موقع "الفيسبوك"": a place where it was said, no speaker
    if any(m.kind in ("place", "country") for m in view.mentions_in(opening, tokens[-1][1])):
        return False  # صحيفة "هوتان": a place names the paper (a state's local media)
    return bool(before) and outer_head(before[-1]) and not tokens[0][2].isascii() and not any(
        t[2] in lex.verbs or t[2] in lex.words["relative"] or t[2] in lex.words["negation"]
        or lex.complement_re["an"].fullmatch(t[2]) for t in tokens)


def outer_head(word: str) -> bool:
    """Whether a word is a company's or an outlet's noun whose quotation right after it is its name (شركة، وموقع).

    Args:
        word: a normalised word.

    Returns:
        True for a ``quoted_outer_head`` particle, alone or after و.
    """
    return word in _OUTER_HEADS


def after_quoted_name(view: QuoteView, position: int) -> bool:
    """Whether ``position`` (a word's start) follows a quoted organisation's name and its closing mark only (شركة
    "طيران السحاب" الإماراتية): the word describes the name, an adjective of origin is no speaker of its own.

    Args:
        view: the document's quote view.
        position: a normalised offset.

    Returns:
        True when only a closing mark and spaces stand between a quoted name and ``position``.
    """
    before = view.text[:position].rstrip()
    if not before or before[-1] not in QUOTE_CHARS:
        return False
    sentence = view.sentences[view.sentence_of(len(before) - 1)]
    return any(not view.text[n.end:len(before) - 1].strip() for n in quoted_names(view, sentence[0], position))


def past_outer_name(view: QuoteView, cut: int, end: int) -> int:
    """Where a speaker phrase cut at a quotation mark ends when the quotation is the name of the company or
    outlet whose noun stands right before it (أعلنت شركة «طيران الواحة» …): after the name, else ``cut``.

    Args:
        view: the document's quote view.
        cut: where the phrase was cut (normalised).
        end: where it ends at the latest.

    Returns:
        The offset after the name's last word, or ``cut``.
    """
    text = view.text
    if cut >= end or text[cut] not in QUOTE_CHARS or not outer_head((text[max(0, cut - 12):cut].split() or [""])[-1]):
        return cut
    return next((n.end for n in quoted_names(view, cut, end) if n.start == cut + 1), cut)


def after_boundary(view: QuoteView, marks: re.Pattern, start: int, end: int) -> int:
    """Right after the last clause mark of a span (``marks``: quotation marks, colons, semicolons), a quoted
    organisation's marks left out (ودشّنت شركة "طيران السحاب" …، وقالت: the name opens the clause's subject) unless a
    negation stands before it (وليس «هيئة …» وعبّرت: the name is not the subject).

    Args:
        view: the document's quote view.
        marks: a pattern of one mark character.
        start: the span's normalised start.
        end: its end.

    Returns:
        The offset after the last such mark, or ``start``.
    """
    left = after_last_char(marks, view.text, start, end)
    if left == start or view.text[left - 1] not in QUOTE_CHARS:
        return left
    names = [n for n in quoted_names(view, start, end) if not view.text[n.end:left - 1].strip()
             and (view.text[max(0, n.start - 13):n.start - 1].split() or [""])[-1].lstrip(
                 "".join(affixes("conjunction"))) not in lexicon().words["negation"]]  # وليس «هيئة …»: not it
    return after_boundary(view, marks, start, names[0].start - 1) if names else left


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


def headed_by(view: QuoteView, raw_start: int, role: str) -> bool:
    """Whether a quoted name follows ``role`` in the text (شركة «طيران الواحة»: headed by شركه), so that the role
    alone refers back to it (وقالت الشركة).

    Args:
        view: the document's quote view.
        raw_start: the raw start of the name (an earlier speaker's or subject's span; -1 when unknown).
        role: a bare role noun, normalised.

    Returns:
        True when the word before the name's opening mark is the role.
    """
    before = view.raw[max(0, raw_start - 24):max(0, raw_start)].rstrip()
    if raw_start < 0 or not before or before[-1] not in QUOTE_CHARS:
        return False
    words = normalise_text(before[:-1], steps=MATCH_STEPS).split()
    return bool(words) and words[-1] == role
