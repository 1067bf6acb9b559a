"""Who speaks in two frames the subject rules do not read: an attribution's bare source, a relative clause.

Part of :mod:`helpers.extract.quotes.attribution` and :mod:`helpers.extract.quotes.sources`.

- :func:`source_name`: after وفق / بحسب the source is usually a role, a known name or a document; a name the
  gazetteer does not know, with no role before it, is read only in the frame that marks it as the source: a
  comma and فإن, or an apposition (وهو، التي، الذي …) and فإن (وبحسب X، فإن …؛ ووفقا لـX، الذي …، فإن …).  A
  plural noun and its adjective (بحسب تقديرات رسمية، فإن) are no name.
- :func:`relative_antecedent`: "State television aired interviews with graduates who said …" and «وبث التلفزيون
  مقابلات مع خريجين قالوا إن …»: the verb's subject is the noun right before it (before "who", or an
  indefinite sound plural noun of people right before a plural Arabic verb), never the subject of the main
  clause (the broadcaster only shows them).  A non-restrictive relative after a comma ("Human Rights Watch,
  which said …") is left to the subject rules.
"""

from __future__ import annotations

import re

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.name_words import glued_definite, stop_word
from helpers.extract.quotes.open_actors import OpenName
from helpers.extract.quotes.open_holders import name_phrase
from helpers.extract.quotes.speakers import words_between
from helpers.extract.quotes.speech_lexicon import ARTICLE, LI_ARTICLE, lexicon, suffix_forms

__all__ = ["source_name", "relative_antecedent"]

#: Endings of a plural noun (تقديرات، معطيات): never the first word of a source's name.
_PLURAL = suffix_forms("plural_noun")
#: Endings of an indefinite adjective of origin or kind after a noun (رسمية، حكومية) other than ي: never the
#: last word of a name (a family name may end in ي).
_ADJECTIVE = tuple(f for f in suffix_forms("nisba_suffix") if len(f) > 1)
#: Punctuation inside the words: they are no one name.
_BREAK = re.compile(r"[^\w\s]")
#: و / ف glued before a verb (واعتبر): a new clause, not a name word nor an adjectival clause.
_CONJUNCTIONS = ("و", "ف")
#: The ل of a marker glued before a definite noun leaves the noun's own ل (وفقا للبرنامج → لبرنامج).
_LI = LI_ARTICLE[:1]
#: The ending of a plural Arabic verb (قالوا، أكدوا).
_PLURAL_VERB = suffix_forms("plural_verb")
#: The endings of a sound plural noun of people (خريجين، ناجون): the only Arabic antecedents read.
_HUMAN_PLURAL = suffix_forms("human_plural")
#: How many words an English antecedent may have (graduates, students).
_EN_WORDS = 1


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


def relative_antecedent(view: QuoteView, sentence_start: int, verb_start: int) -> tuple[int, int] | None:
    """The noun a speech verb's relative or adjectival clause hangs on, when the verb follows it directly.

    Args:
        view: the document's quote view.
        sentence_start: normalised start of the sentence (or clause window).
        verb_start: normalised start of the verb.

    Returns:
        The antecedent's normalised span, or None when the verb is not in such a clause.
    """
    text, lex = view.text, lexicon()
    words = words_between(text, sentence_start, verb_start)
    verb = text[verb_start:verb_start + 20].split()[0] if text[verb_start:verb_start + 20].split() else ""
    if len(words) < 2 or text[words[-1][1]:verb_start].strip():
        return None
    if verb.isascii():
        if words[-1][2] not in lex.words["relative"] or text[words[-2][1]:words[-1][0]].strip():
            return None  # "X, which said …": not this rule's
        noun = [w for w in words[-1 - _EN_WORDS:-1] if w[2].isalpha() and w[2] not in lex.words["preposition"]]
        while noun and (stop_word(noun[0][2]) or noun[0][2] in lex.words["relative"]):
            noun = noun[1:]
        if not noun or _placed(view, *noun[0][:2]) or stop_word(noun[-1][2]):
            return None  # "in Kashgar who said": a place is no speaker
        return noun[0][0], noun[-1][1]
    last = words[-1]
    if not verb.endswith(_PLURAL_VERB) or verb[:1] in _CONJUNCTIONS or not last[2].endswith(_HUMAN_PLURAL) \
            or last[2].startswith(ARTICLE) or glued_definite(last[2]) or stop_word(last[2]) \
            or _placed(view, last[0], last[1]) or len(last[2]) < 5:
        return None  # وقال الطلاب …: the main clause's own subject rules
    return last[0], last[1]


def _placed(view: QuoteView, start: int, end: int) -> bool:
    """Whether a place or state is named in the span (never the antecedent that speaks)."""
    return any(m.kind in ("place", "country") for m in view.mentions_in(start, end))
