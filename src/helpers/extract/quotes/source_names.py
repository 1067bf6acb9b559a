"""A bare Arabic name as the source of an attribution marker (وبحسب X، فإن …؛ ووفقا لـX، الذي …، فإن …).

Part of :mod:`helpers.extract.quotes.attribution`: after وفق / بحسب the source is usually a role, a
known name or a document; a name the gazetteer does not know, with no role before it, is read only in
the frame that marks it as the source: a comma and فإن, or an apposition (وهو، التي، الذي …) and فإن.
A plural noun and its adjective (بحسب تقديرات رسمية، فإن) are no name.
"""

from __future__ import annotations

import re

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.name_words import stop_word
from helpers.extract.quotes.open_actors import OpenName
from helpers.extract.quotes.open_holders import name_phrase
from helpers.extract.quotes.speakers import words_between
from helpers.extract.quotes.speech_lexicon import LI_ARTICLE, lexicon, suffix_forms

__all__ = ["source_name"]

#: Endings of a plural noun (تقديرات، معطيات): never the first word of a source's name.
_PLURAL = suffix_forms("plural_noun")
#: Endings of an indefinite adjective of origin or kind after a noun (رسمية، حكومية) other than ي: never the
#: last word of a name (a family name may end in ي).
#: Punctuation inside the words: they are no one name.
_BREAK = re.compile(r"[^\w\s]")
#: و / ف before a verb (واعتبر).
_CONJUNCTIONS = ("و", "ف")
#: The ل of a marker glued before a definite noun leaves the noun's own ل (وفقا للبرنامج → لبرنامج).
_LI = LI_ARTICLE[:1]
_ADJECTIVE = tuple(f for f in suffix_forms("nisba_suffix") if len(f) > 1)


def source_name(view: QuoteView, start: int, end: int) -> OpenName | None:
    """The open-world name that is the whole source after an Arabic attribution marker.

    Args:
        view: the document's quote view.
        start: normalised start of the words after the marker (its glued ل taken off).
        end: normalised end of those words (before the comma).

    Returns:
        The name (2-3 words, as :func:`~helpers.extract.quotes.open_holders.name_phrase` reads a name before
        إن / an apposition / a comma and فإن), or None.
    """
    words = words_between(view.text, start, end)
    complement = next((k for k, w in enumerate(words) if k and lexicon().complement_re["an"].fullmatch(w[2])), None)
    words = words[:complement] if complement else words  # وجاء على لسان X أن …: the name ends before أن
    if not 2 <= len(words) <= 3 or words[0][2].isascii() or view.text[words[-1][1]:].lstrip()[:1] == ":":
        return None  # وفقا للبرنامج التالي: …: a list, not a voice
    if view.text[start - 1:start] == _LI and words[0][2].startswith(_LI):
        return None  # وفقا للبرنامج: the marker's ل and the article's (لل), a definite noun
    end = words[-1][1]
    if _BREAK.search(view.text, start, end) or any(stop_word(w[2][1:]) for w in words if w[2][:1] in _CONJUNCTIONS):
        return None  # وفق تقديره، واعتبر X أن …: a clause ends, a verb follows
    if words[0][2].endswith(_PLURAL) or words[-1][2].endswith(_ADJECTIVE):
        return None  # بحسب تقديرات رسمية، فإن …: a plural noun and its adjective
    return name_phrase(view, start, end)


