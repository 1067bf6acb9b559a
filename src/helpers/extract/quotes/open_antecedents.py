"""Definite descriptions that refer back to an open-world organisation: "The London-based institute said" after
"the Halden Institute for Supply Chain Integrity", «وقال المركز ومقره لندن» after «مركز الدراسات الآسيوية».

Part of :mod:`helpers.extract.quotes.actors` (:func:`open_antecedent`) and
:mod:`helpers.extract.quotes.bodies` (:func:`before_seat`).  Where a body is based ("London-based", ومقره لندن)
describes it: the place never speaks for it (:data:`SEAT_WORDS`, read by the speaker rules).  When no actor of
the gazetteer is the antecedent of a head that may refer to an organisation (``quotes/anaphors.tsv``), the
nearest name outside the gazetteer with the same head in the phrase's sentence or the two before it is (or, when
the phrase gives the body's seat, the nearest organisation's name).  A possessive short form of an open name
introduced before ("Meridian's research director" after "Meridian Labour Watch", in a press release) is that
body (:func:`possessor_name`).
"""

from __future__ import annotations

import re

from helpers.extract.quotes.context import Mention, QuoteView
from helpers.extract.quotes.open_actors import OpenName, _capital, _make, _table, _tokens, canonical
from helpers.extract.quotes.open_names import open_names
from helpers.extract.quotes.speech_lexicon import ARTICLE, QUOTE_CHARS, lexicon, particles
from helpers.text.normalise import normalise_text

__all__ = ["SEAT_WORDS", "before_seat", "document_producer", "open_antecedent", "possessor_name"]

#: Words that give where a body is based (ومقره، ومقرها): the place after them is its seat, not a speaker.
SEAT_WORDS = frozenset(particles("seat_word"))
#: How many sentences before the phrase's own an open antecedent may stand in.
_SENTENCES = 2
#: How far into the phrase its seat may be given ("the London-based institute", المركز ومقره لندن).
_SEAT_REACH = 30
#: The article (and و ف before it) taken off a name's words to compare them with a head.
_ARTICLE_AT = re.compile(rf"^[\u0648\u0641]?{ARTICLE}")
#: An English possessive ending ("Meridian's").
_POSSESSIVE = re.compile(r"['’]s$")
#: How far before a possessive short form its organisation's name is looked for (characters), and how many
#: words after its first that name may have.
_POSSESSOR_REACH = 3000
_MAX_NAME = 5


def before_seat(words: list[str]) -> list[str]:
    """A phrase's words up to where its seat is given (المركز ومقره لندن → المركز).

    Args:
        words: normalised words of a speaker phrase.

    Returns:
        The words before the first seat word (all of them when there is none).
    """
    return next((words[:k] for k, w in enumerate(words) if w in SEAT_WORDS), words)


def open_antecedent(view: QuoteView, start: int, head: str, kinds: frozenset,
                    found: tuple[str, str]) -> tuple[str, str]:
    """The actor of a definite description: the gazetteer's when one was found, else the nearest earlier
    open-world organisation.

    Args:
        view: the document's quote view.
        start: the phrase's normalised start.
        head: the description's head as ``quotes/anaphors.tsv`` lists it (institute, مركز).
        kinds: the actor kinds the head refers to (its ``refers_to``).
        found: ``(actor, actor_entity_id)`` found among the gazetteer's actors.

    Returns:
        ``found`` when it names an actor or the head never refers to an organisation; else ``(canonical name,
        "")`` of the last name outside the gazetteer before the phrase (in its sentence or the two before) that
        holds the head (المنظمة → المنظمة التونسية لمناهضة التعذيب; the institute → Halden Institute for …), or,
        when the phrase gives its seat ("the Oslo-based group", الجمعية ومقرها …), the last organisation's name;
        else ``found``.
    """
    if found[0] or "organization" not in kinds or not view.sentences:
        return found
    index = max(view.sentence_of(start), 0)
    first = view.sentences[max(index - _SENTENCES, 0)][0]
    names = [n for n in open_names(view, first, start) if n.end <= start and n.kind in ("organization", "company", "")]
    own = [n for n in names if head in {_ARTICLE_AT.sub("", w) for w in normalise_text(n.surface).split()}
           or head == _outer_head(view, n.start)]  # الشركة → شركة «طيران الواحة»
    seated = any(w.endswith("-based") or w in SEAT_WORDS for w in view.text[start:start + _SEAT_REACH].split())
    chosen = own or ([n for n in names if n.kind == "organization"] if seated else [])
    return (canonical(chosen[-1].surface)[0], "") if chosen else found



def possessor_name(view: QuoteView, start: int, end: int) -> OpenName | None:
    """The open-world organisation a possessive short form names: "Meridian's research director" after
    "Meridian Labour Watch" (a word of the body's name, capitalised, then 's and a role).

    Args:
        view: the document's quote view.
        start: phrase start (normalised).
        end: phrase end (normalised).

    Returns:
        The last organisation's name before the phrase that holds the word, or None (a person's name, a word
        that names nothing before, a gazetteer actor's possessive).
    """
    tokens = _tokens(view, start, end)
    if len(tokens) < 2 or not _POSSESSIVE.search(tokens[0][2]) or not _capital(view, tokens[0]) \
            or view.mentions_in(tokens[0][0], tokens[0][1]) \
            or not any(lexicon().role_re.fullmatch(t[2]) for t in tokens[1:]):
        return None
    word = _POSSESSIVE.sub("", tokens[0][2])
    names = [n for n in open_names(view, 0, start) if n.end <= start and n.kind in ("organization", "company", "")
             and word in normalise_text(n.surface).lower().split()[:-1]]
    if names:
        return names[-1]
    before = _tokens(view, max(0, start - _POSSESSOR_REACH), start)
    for i in reversed(range(len(before))):  # "Meridian Labour Watch today publishes": no speech verb after it
        if before[i][2] != word or not _capital(view, before[i]):
            continue
        run = i
        while run + 1 < len(before) and run - i < _MAX_NAME and _capital(view, before[run + 1]):
            run += 1
        heads = [k for k in range(i + 1, run + 1) if before[k][2] in _table()["org_heads"]]
        if heads and not view.mentions_in(before[i][0], before[heads[-1]][1]):
            return _make(view, before[i][0], before[heads[-1]][1], "organization")
    return None


def _outer_head(view: QuoteView, start: int) -> str:
    """The word right before a quoted name's opening mark, without و ف and the article (شركة «طيران الواحة» →
    شركه), or "" when the name is not quoted.

    Args:
        view: the document's quote view.
        start: the name's normalised start.

    Returns:
        The head word before the quotation, or "".
    """
    before = view.text[max(0, start - 16):start]
    if not before or before[-1] not in QUOTE_CHARS:
        return ""
    words = before[:-1].split()
    return _ARTICLE_AT.sub("", words[-1]) if words else ""


#: "the" (or "the same") right before a phrase.
_THE_BEFORE = re.compile(r"(?<!\w)the\s+(?:same\s+)?$")
#: "by" / "from" / "of" after a document noun: its producer follows ("a report by Human Rights Watch").
_BY = re.compile(r"\s+(?:by|from|of)\s+(?:the\s+)?")
#: Verbs whose subject produced the document after them ("HRW published a report").
_PUBLISH = frozenset(particles("publish_verb"))
#: Words between a publishing verb and its document noun ("published a new report").
_DOCUMENT_GAP = 3


def document_producer(view: QuoteView, start: int, end: int) -> Mention | None:
    """The producer of the document an English phrase "the report" / "the same study" refers back to: at the
    nearest earlier use of the noun in the phrase's sentence or the two before, the body named after "by/from/of"
    ("a report by the Uyghur Human Rights Project"), before "'s" ("Amnesty's report") or as the subject of a
    publishing verb ("Human Rights Watch published a report"); nobody when that use names none ("China rejected
    the report": not China's).

    Args:
        view: the document's quote view.
        start: the phrase's normalised start.
        end: its end.

    Returns:
        The gazetteer's mention of the producer (an organisation or a state), or None (also for any other
        phrase).
    """
    phrase = view.text[start:end]
    head = phrase.removeprefix("the ").removeprefix("same ")
    if not (phrase.startswith("the ") or _THE_BEFORE.search(view.text[max(0, start - 10):start])) \
            or lexicon().roles.get(head) != "document" or not head.isascii():
        return None
    index = max(view.sentence_of(start), 0)
    first = view.sentences[max(index - _SENTENCES, 0)][0] if view.sentences else 0
    uses = list(re.finditer(rf"(?<!\w){re.escape(head)}(?!\w)", view.text[:start]))
    use = uses[-1] if uses and uses[-1].start() >= first else None
    if use is None:
        return None
    by = _BY.match(view.text, use.end())
    named = [m for m in view.mentions_in(by.end(), by.end() + 80) if m.start == by.end()] if by else []
    words = view.text[max(first, use.start() - 60):use.start()].split()
    owner = [m for m in view.mentions_in(first, use.start()) if view.text[m.end:use.start()].strip() in ("'s", "’s")]
    verb = next((k for k in range(len(words) - 1, max(len(words) - 2 - _DOCUMENT_GAP, -1), -1)
                 if words[k] in _PUBLISH), None)
    if not named and not owner and verb is not None:
        verb_at = view.text.rfind(words[verb], first, use.start())
        owner = [m for m in view.mentions_in(view.sentences[max(view.sentence_of(use.start()), 0)][0], verb_at)
                 if not view.text[m.end:verb_at].strip(" ,")]
    chosen = [m for m in named + owner if m.kind in ("organization", "country")]
    return chosen[0] if chosen else None
