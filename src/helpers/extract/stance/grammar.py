"""Function words for stance attribution: negators, speech verbs, prepositions, voice.

``data/stance/grammar.tsv`` lists, by kind, the words that
:mod:`helpers.extract.stance.attribution` relies on (negator, rejecter, governor,
boundary, contrast, object_marker, relative, first_person …);
``data/stance/voice.tsv`` the genres and text markers of an authored text.
:func:`words` splits a normalised sentence into words numbered by clause and
:func:`phrase_at` tells whether a grammar entry starts at a word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from helpers.text.affixes import affixes
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import normalise_text

__all__ = ["Word", "load_grammar", "load_voice", "grammar_index", "voice_pattern", "words", "phrases", "phrase_at"]

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+")
_PUNCT = re.compile(r"[,;:.!?()\[\]]|\s-\s")
#: The conjunctions glued to a word (و ف, data/text/affixes.tsv).
_CONJ = affixes("conjunction")


class Word(NamedTuple):
    """A word of a normalised text, with its clause number within the sentence.

    ``opener`` tells why the word starts a new clause: ``punct``,
    ``boundary`` (إن، أن، that) or ``contrast`` (لكن، بينما، but); else "".
    """

    start: int
    end: int
    text: str
    clause: int
    opener: str = ""


@lru_cache(maxsize=1)
def load_grammar() -> dict[str, frozenset[tuple[str, ...]]]:
    """Function words by kind (negator, governor, boundary …), as word tuples.

    Returns:
        ``{kind: frozenset of normalised word tuples}``.
    """
    table: dict[str, set[tuple[str, ...]]] = {}
    for row in read_tsv("stance/grammar.tsv"):
        entry = tuple(_WORD.findall(normalise_text(row["entry"])))  # as words() splits: so-called → so, called
        table.setdefault(row["kind"], set()).add(entry)
    return {kind: frozenset(entries) for kind, entries in table.items()}


@lru_cache(maxsize=1)
def load_voice() -> dict[str, list[tuple[str, str]]]:
    """Genre words and text markers of the author's own voice.

    Returns:
        ``{kind: [(normalised entry, value)]}`` for author_genre, news_genre, marker.
    """
    table: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv("stance/voice.tsv"):
        table.setdefault(row["kind"], []).append((normalise_text(row["entry"]), row.get("value", "")))
    return table


@lru_cache(maxsize=8)
def voice_pattern(kind: str) -> re.Pattern:
    """The entries of one kind of ``stance/voice.tsv`` as one compiled whole-word alternation.

    Args:
        kind: author_genre, news_genre or marker.

    Returns:
        A compiled pattern for normalised, lower-cased text.
    """
    entries = sorted({entry.lower() for entry, _ in load_voice().get(kind, [])}, key=lambda e: (-len(e), e))
    if not entries:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, entries)) + r")(?!\w)")


def words(text: str) -> list[Word]:
    """Words of a normalised sentence, numbered by clause.

    A clause ends at punctuation (, ; : . ! ? brackets, a spaced dash) and
    before a ``boundary`` or ``contrast`` word of the grammar (إن، أن، لكن،
    that, but …).

    Args:
        text: normalised sentence text.

    A boundary word right after a negator ("دون أن") does not open a clause.

    Returns:
        The words in order.
    """
    openers, negators = _openers(), _negators()
    stops = [m.start() for m in _PUNCT.finditer(text)]
    result: list[Word] = []
    clause, last, p, n = 0, 0, 0, len(stops)
    for m in _WORD.finditer(text):
        token, opener = m.group(), ""
        start, end = m.span()
        while p < n and stops[p] < last:
            p += 1
        if result:
            opener = openers.get(token)
            if opener is None:  # as _strip_conj(): the word without its leading و / ف
                opener = openers.get(token[1:], "") if len(token) > 2 and token[0] in _CONJ else ""
            if opener == "boundary" and result[-1].text in negators:
                opener = ""  # "دون أن تدين": the negator governs the clause it opens
            if not opener and p < n and stops[p] < start:
                opener = "punct"
            if opener:
                clause += 1
        result.append(Word(start, end, token, clause, opener))
        last = end
    return result


@lru_cache(maxsize=1)
def _openers() -> dict[str, str]:
    """``{word: "boundary" | "contrast"}`` for the one-word clause openers."""
    grammar = load_grammar()
    table = {entry[0]: "boundary" for entry in grammar.get("boundary", ()) if len(entry) == 1}
    table.update({entry[0]: "contrast" for entry in grammar.get("contrast", ()) if len(entry) == 1})
    return table


@lru_cache(maxsize=1)
def _negators() -> frozenset[str]:
    """The one-word negators (دون، بدون، not …)."""
    return frozenset(entry[0] for entry in load_grammar().get("negator", ()) if len(entry) == 1)


def negator_words() -> frozenset[str]:
    """The one-word negators of the grammar, normalised.

    Returns:
        The set of negator words (دون، لا، not …).
    """
    return _negators()


def _strip_conj(token: str) -> str:
    return token[1:] if len(token) > 2 and token[0] in _CONJ else token


@lru_cache(maxsize=1)
def grammar_index() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Grammar entries indexed by their first word.

    Returns:
        ``{first word: ((kind, rest-of-entry words), …)}``, longest entries first.
    """
    index: dict[str, list] = {}
    for kind, entries in load_grammar().items():
        for entry in entries:
            index.setdefault(entry[0], []).append((kind, entry[1:]))
    return {first: tuple(sorted(items, key=lambda item: -len(item[1]))) for first, items in index.items()}


def phrases(tokens: list[Word], i: int) -> dict[str, int]:
    """Every grammar kind whose entry starts at word ``i``, with its length in words.

    Arabic entries also match with a leading و or ف on their first word.

    Args:
        tokens: words from :func:`words`.
        i: the index of the first word.

    Returns:
        ``{kind: number of words of the longest entry of that kind}``.
    """
    index = grammar_index()
    text = tokens[i].text
    stripped = _strip_conj(text)
    if text not in index and stripped not in index:
        return {}
    found: dict[str, int] = {}
    count = len(tokens)
    for first in (text,) if stripped == text else (text, stripped):  # the longest entry per kind: any order
        for kind, rest in index.get(first, ()):
            size = len(rest) + 1
            if size > found.get(kind, 0) and i + size <= count and \
                    (not rest or all(tokens[i + 1 + k].text == word for k, word in enumerate(rest))):
                found[kind] = size
    return found


def phrase_at(tokens: list[Word], i: int, kind: str) -> int:
    """Length (in words) of the longest grammar entry of ``kind`` starting at word ``i``.

    Args:
        tokens: words from :func:`words`.
        i: the index of the first word.
        kind: a grammar kind (negator, governor, boundary …).

    Returns:
        The number of words matched, 0 when none.
    """
    return phrases(tokens, i).get(kind, 0)
