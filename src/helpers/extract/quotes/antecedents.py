"""The antecedent of a speech verb in a relative or adjectival clause: the people interviewed speak.

Part of :mod:`helpers.extract.quotes.sources`.  "State television aired interviews with graduates who said
…" and «وبث التلفزيون مقابلات مع خريجين قالوا إن …»: the verb's subject is the noun right before it
(before "who", or an indefinite sound plural noun of people right before a plural Arabic verb), never the
subject of the main clause (the broadcaster only shows them).  A non-restrictive relative after a comma
("Human Rights Watch, which said …") is left to the subject rules.
"""

from __future__ import annotations

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.name_words import glued_definite, stop_word
from helpers.extract.quotes.speakers import words_between
from helpers.extract.quotes.speech_lexicon import ARTICLE, lexicon, suffix_forms

__all__ = ["relative_antecedent"]

#: The ending of a plural Arabic verb (قالوا، أكدوا).
_PLURAL_VERB = suffix_forms("plural_verb")
#: The endings of a sound plural noun of people (خريجين، ناجون): the only Arabic antecedents read.
_HUMAN_PLURAL = suffix_forms("human_plural")
#: How many words an English antecedent may have (graduates, students).
_EN_WORDS = 1


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


#: و / ف glued before a verb: a new clause, not an adjectival one.
_CONJUNCTIONS = ("و", "ف")
