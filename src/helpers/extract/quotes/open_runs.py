"""Capitalised English runs of :mod:`helpers.extract.quotes.open_names` that are, or are not, one open name:
a place or people word inside an organisation's name (Center for China and Globalization), a state or people word
that opens one (China Society for Human Rights Studies), and a list of the gazetteer's own names joined by a
connector ("Russia and Iran"), which is no open name at all."""

from __future__ import annotations

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.open_actors import _capital, _table
from helpers.extract.quotes.speech_lexicon import particles

__all__ = ["ADJECTIVE_KINDS", "known_list", "origin_before", "place_inside"]

_CONNECTORS = frozenset(particles("name_connector"))
ADJECTIVE_KINDS = frozenset({"country", "people", "place"})


def _gap(view: QuoteView, a, b) -> str:
    """The text between two tokens."""
    return view.text[a[1]:b[0]]


def known_list(view: QuoteView, tokens, i: int, j: int) -> bool:
    """Whether the run ``tokens[i..j]`` is only the gazetteer's names and connectors ("Russia and Iran").

    Args:
        view: the document's quote view.
        tokens: the span's tokens.
        i: the run's first token.
        j: its last.

    Returns:
        True for a run of two words or more whose every word is a connector or inside a mention.
    """
    return j > i and all(t[2] in _CONNECTORS or view.mentions_in(t[0], t[1]) for t in tokens[i:j + 1])


def place_inside(view: QuoteView, tokens, i: int, j: int) -> bool:
    """Whether a capitalised run with a connector holds a place or people word inside it, not at its end
    (Center for China and Globalization; not "Ministry of Foreign Affairs of China", which is China's)."""
    if j - i < 2 or not any(t[2] in _CONNECTORS for t in tokens[i:j + 1]):
        return False
    return any(m.kind in ADJECTIVE_KINDS and m.end < tokens[j][0] and not (i and m.start < tokens[i][0])
               for m in view.mentions_in(tokens[i][0], tokens[j][1]))


def origin_before(view: QuoteView, tokens, i: int, j: int) -> bool:
    """Whether the capitalised run ``tokens[i..j]`` is an organisation's name that opens with a state or
    people word right before it (China Society for Human Rights Studies, Uyghur Academy of …): the run
    has a connector (for, of) or ends with an organisation's head noun (Academy, Project: ``org_head`` rows of
    open_actors.tsv), and the word before is a capitalised place or people word."""
    named = tokens[j][2] in _table()["org_heads"]  # "Uyghur Academy", "Uyghur Human Rights Project"
    if not i or not (named or (j - i >= 2 and any(t[2] in _CONNECTORS for t in tokens[i:j + 1]))) \
            or _gap(view, tokens[i - 1], tokens[i]) != " " or not _capital(view, tokens[i - 1]):
        return False
    start, end = tokens[i - 1][0], tokens[i - 1][1]
    return any(m.start == start and m.end == end and m.kind in ADJECTIVE_KINDS
               for m in view.mentions_in(start, end))
