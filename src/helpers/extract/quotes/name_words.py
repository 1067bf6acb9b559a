"""Which Arabic words can be part of a name: the word tests of the open-name rules.

Part of :mod:`helpers.extract.quotes.open_names` (used by
:mod:`~helpers.extract.quotes.open_arabic` and :mod:`~helpers.extract.quotes.open_described`):
a verb, a preposition, a complementiser or a role is never a name word
(:func:`stop_word`), nor a definite noun with a proclitic glued before its
article (:func:`glued_definite`: بالعربية، للصحفيين).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.open_actors import role_speaks_for
from helpers.extract.quotes.speech_lexicon import ARTICLE, LI_ARTICLE, lexicon, suffix_forms
from helpers.text.lexicon_tools import read_tsv

__all__ = ["stop_word", "glued_definite", "spelled_role"]


def glued_definite(token: str) -> bool:
    """Whether a word is a definite noun with a proclitic glued before its article (بالعربية، للصحفيين،
    والمحامي): a phrase or a coordinated noun after a name, never a word of the name.  After ب / ك only a
    noun with a feminine or plural ending counts (بالعربية، بالمنطقة): بالحاج، بالهادي are family names.

    Args:
        token: a normalised word.

    Returns:
        True for such words.
    """
    found = _GLUED_DEFINITE.match(token)
    return found is not None and (not found.group("kb") or token.endswith(_PHRASE_ENDINGS))


#: A proclitic glued before the article and at least three letters: و/ف + ال, لل, ب/ك + ال.
_GLUED_DEFINITE = re.compile(rf"^(?:[وف]{ARTICLE}|{LI_ARTICLE}|[وف]?(?P<kb>[بك]){ARTICLE})\w{{3,}}$")
#: Endings of a noun after بال / كال that a family name never has (feminine, plural).
_PHRASE_ENDINGS = tuple(suffix_forms("phrase_ending"))


def stop_word(token: str) -> bool:
    """Whether a word can never be part of a name: a verb, a preposition, a complementiser, a role …

    Args:
        token: a normalised word.

    Returns:
        True for such words.
    """
    lex = lexicon()
    words = lex.words
    return (token in lex.verbs or token in words["preposition"] or token in words["relative"]
            or token in words["negation"] or bool(lex.complement_re["an"].fullmatch(token))
            or bool(lex.stop_re.fullmatch(token)) or token.isdigit() or bool(role_speaks_for(token))
            or bool(lex.role_re.fullmatch(token)))


#: A conjunction glued before a word (و، ف).
_CONJUNCTION = re.compile(r"[وف]")


@lru_cache(maxsize=1)
def _role_spellings() -> frozenset:
    """The Arabic role nouns of ``quotes/speaker_roles.tsv`` as written (hamza kept: إمام)."""
    return frozenset(r["role"] for r in read_tsv("quotes/speaker_roles.tsv") if not r["role"].isascii())


def spelled_role(view: QuoteView, word) -> bool:
    """Whether a word normalised like a preposition is written as a role noun (إمام, not أمام).

    Args:
        view: the document's quote view.
        word: a ``(start, end, text)`` token (normalised offsets).

    Returns:
        True when its raw spelling, or that spelling after و / ف, is a role of ``quotes/speaker_roles.tsv``.
    """
    raw = view.raw[slice(*view.to_raw(word[0], word[1]))]
    return raw in _role_spellings() or (_CONJUNCTION.match(raw) is not None and raw[1:] in _role_spellings())
