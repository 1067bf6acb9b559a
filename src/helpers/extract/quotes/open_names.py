"""Finding open-world names in a document: where a name outside the gazetteer stands.

:func:`open_names` finds them (:mod:`helpers.extract.quotes.open_actors` says
who they are), in contexts that show a name, never from capital letters alone:

- a known spelling of ``data/quotes/open_actors.tsv`` (Adidas / أديداس …);
- a name after a role noun that speaks for itself (``speaks_for = self`` in
  ``data/quotes/speaker_roles.tsv``: شركة أديداس، الباحث الألماني يوهانس
  شتاين، the singer Rahima Mahmut); an adjective of origin or a field between
  them (الألماني، في الشؤون الصينية) describes the person;
- an organisation whose own name starts with its head noun (``speaks_for =
  named``: منظمة الصحة العالمية، مركز الدراسات الإيغورية);
- English capitalised words right before a speech or attitude verb ("Nike
  said", "Hikvision rejected", "Nike's chief executive"), before an
  apposition ("Martin Hale, a British blogger, …": the apposition's span is
  kept so that the speaker phrase inside it names him), or after "by" ("a
  report by the Oxus Society").

Names that overlap a gazetteer mention are the gazetteer's.  A sentence is read
once, when first asked for (:func:`open_in` for a speaker phrase,
:func:`open_names` for a document); :func:`name_phrase` takes a whole speaker
phrase as a name ("وقال يوسف القاسمي إن …").
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.name_times import calendar_word, time_after
from helpers.extract.quotes.name_words import surname_at
from helpers.extract.quotes.open_actors import (
    OpenName,
    _capital,
    _make,
    _roles,
    _table,
    _tokens,
    role_speaks_for,
)
from helpers.extract.quotes.open_arabic import arabic_names, other_given_name
from helpers.extract.quotes.open_described import apposed_names, governed_names, introduced_names
from helpers.extract.quotes.open_holders import (
    _possessed_end,
    _possessed_role,
    _role_at,
    name_phrase,
    possessed_name,
    relative_name,
    role_at_before,
)
from helpers.extract.quotes.open_quoted import has_mark, quoted_names
from helpers.extract.quotes.open_runs import ADJECTIVE_KINDS, known_list, origin_before, place_inside
from helpers.extract.quotes.speech_lexicon import ARTICLE, LI_ARTICLE, lexicon, particles

__all__ = ["open_names", "open_in", "name_phrase", "possessed_name", "other_given_name", "relative_name"]

_CONNECTORS = frozenset(particles("name_connector"))
_APPOSITION = frozenset(particles("apposition_opener"))
_EN_AUX = frozenset(particles("name_end_verb"))
_AR_NAME_LINKS = particles("name_link")
#: "Is called" before an Arabic name (يدعى، اسمها).
_INTROS = particles("name_intro")
_LATIN = re.compile(r"[a-z]")
_POSSESSIVE = re.compile(r"['’]s$")
#: Spans shorter than this (a speaker phrase) are checked for a role or a known spelling first.
_WHOLE = 400
#: What may stand glued before a name or a role: و ف ب ل and the article (وبال، لل …).
_PROCLITICS = re.compile(rf"[وف]?(?:{LI_ARTICLE}|[بل]?{ARTICLE}|[بل])?")


def open_names(view: QuoteView, start: int = 0, end: int | None = None) -> list[OpenName]:
    """The open-world names of a document, or of the sentences overlapping ``[start, end)``.

    Each sentence is read once, when first asked for, and its names kept on
    the view (a document's sentences without a speaker are never read).

    Args:
        view: the document's quote view.
        start: normalised start of the span (default: the whole document).
        end: normalised end of the span.

    Returns:
        The names in text order, none overlapping a gazetteer mention.
    """
    end = len(view.text) if end is None else end
    if end - start < _WHOLE and not _possible(view, start, end):
        return []  # no role, no known spelling, no Latin letter: nothing to find here
    if view.open_names is None:
        view.open_names = {}
    cache, found = view.open_names, []
    first = max(view.sentence_of(start), 0) if view.sentences else 0
    for index in range(first, len(view.sentences)):
        s_start, s_end = view.sentences[index]
        if s_start >= end:
            break
        if s_end <= start:
            continue
        if index not in cache:
            cache[index] = _kept(view, _sentence_names(view, s_start, s_end))
        found += cache[index]
    return found


def _possible(view: QuoteView, start: int, end: int) -> bool:
    """Whether a span may hold an open name: a Latin letter, a quotation mark, or a role or known spelling in it."""
    return bool(_LATIN.search(view.text, start, end) or has_mark(view.text, start, end)
                or next(_finder().iter(view.text, start, end), None) is not None)


def _kept(view: QuoteView, found: list[OpenName]) -> list[OpenName]:
    """Names that do not overlap each other nor a gazetteer mention (an organisation's own
    name may hold a place or an adjective of origin: المدافعون الصينيون …)."""
    kept, last = [], -1
    for name in sorted(found, key=lambda n: (n.start, -n.end)):
        blocking = [m for m in view.mentions_in(name.start - 40, name.end + 40)
                    if m.start < name.end and name.start < m.end and not other_given_name(view, m)
                    and not (name.kind not in ("", "person", "company") and m.kind in ADJECTIVE_KINDS
                             and name.start <= m.start and m.end <= name.end)]
        if name.start < last or blocking:
            continue
        kept.append(name)
        last = name.end
    return kept


def _sentence_names(view: QuoteView, start: int, end: int) -> list[OpenName]:
    table, found, text = _table(), [], view.text
    latin = _LATIN.search(text, start, end) is not None
    roles, intros, governed = [], [], []
    for at, hits in _finder().iter(text, start, end):
        for kind, key in hits:
            begin = at - len(key) + 1
            if (at + 1 < len(text) and (text[at + 1].isalnum() or text[at + 1] == "_")) \
                    or not _PROCLITICS.fullmatch(text, _word_start(text, begin), begin):
                continue
            if kind == "role":
                roles.append(begin)
            elif kind == "intro":
                intros.append(begin)
            elif kind == "governed":
                governed.append(begin)
            elif key.isascii():
                last = at + 1 - len(key.rsplit(" ", 1)[-1])  # "The economist Ahmed Rashidov": not The Economist
                if _capital(view, (begin, at + 1, key)) and _capital(view, (last, at + 1, key)):
                    found.append(_make(view, begin, at + 1, table["aliases"][key][1]))
            elif not text[_word_start(text, begin):begin].endswith(ARTICLE):
                found.append(_make(view, begin, at + 1, table["aliases"][key][1]))
    if latin:
        found += _english(view, _tokens(view, start, end))
    if roles:
        found += arabic_names(view, start, end, sorted(roles)) + apposed_names(view, start, end, sorted(roles))
    if intros:
        found += introduced_names(view, start, end, sorted(intros))
    if governed:
        found += governed_names(view, start, end, sorted(governed))
    return found + quoted_names(view, start, end)


def _word_start(text: str, position: int) -> int:
    """Where the word holding ``position`` starts."""
    while position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_"):
        position -= 1
    return position


@lru_cache(maxsize=1)
def _finder():
    """An Aho-Corasick automaton over the table's spellings and the Arabic roles that speak for
    themselves or head a name: ``(kind, key)`` values, kind ``alias`` or ``role``."""
    automaton = ahocorasick.Automaton()
    keys: dict[str, list] = {}
    for alias in _table()["aliases"]:
        keys.setdefault(alias, []).append(("alias", alias))
    for form in {f.split()[0] for f in _roles() if not f.isascii()}:
        keys.setdefault(form, []).append(("role", form))
    for form in _INTROS:
        keys.setdefault(form, []).append(("intro", form))
    for form in _table()["governed"]:
        keys.setdefault(form, []).append(("governed", form))
    for key, values in keys.items():
        automaton.add_word(key, tuple(values))
    automaton.make_automaton()
    return automaton


def _gap(view: QuoteView, a, b) -> str:
    return view.text[a[1]:b[0]]


def _english(view: QuoteView, tokens) -> list[OpenName]:
    not_name, found, i = _table()["not_name"], [], 0
    verbs = lexicon().verbs
    while i < len(tokens):
        if not _capital(view, tokens[i]) or (tokens[i][2] in not_name and not surname_at(view, tokens[i])) \
                or role_speaks_for(tokens[i][2]) or tokens[i][2].endswith(("-based", "-backed", "-run", "-owned")):
            i += 1
            continue  # "the Beijing-based Center for …": where it is based is not its name
        j = i
        while j + 1 < len(tokens) and _gap(view, tokens[j], tokens[j + 1]).strip() in ("", "&"):
            nxt = tokens[j + 1]
            if _capital(view, nxt) and nxt[2] not in not_name and not calendar_word(nxt[2]):
                j += 1
            elif nxt[2] in _CONNECTORS and j + 2 < len(tokens) and _capital(view, tokens[j + 2]) \
                    and not calendar_word(tokens[j + 2][2]) \
                    and not lexicon().stop_re.fullmatch(f"{nxt[2]} {tokens[j + 2][2]}".lower()):  # "… on Sunday"
                j += 2
            else:
                break
        run = (tokens[i][0], tokens[j][1])
        if known_list(view, tokens, i, j):
            i = j + 1  # "Russia and Iran said": a list of the gazetteer's names, no open name
            continue
        kind = "organization" if place_inside(view, tokens, i, j) or (  # Center for China and Globalization
            j > i and tokens[j][2] in _table()["org_heads"]) else ""  # Kyrgyz Writers Project: not the Kyrgyz
        if origin_before(view, tokens, i, j):  # "the China Society for Human Rights Studies": one name
            run, kind = (tokens[i - 1][0], tokens[j][1]), "organization"
        elif i > 1 and tokens[i - 1][2] == "the" and _capital(view, tokens[i - 1]) \
                and view.text[tokens[i - 2][1]:tokens[i - 1][0]].strip() == "":
            run = (tokens[i - 1][0], tokens[j][1])  # "the outdoor brand The North Face": "The" inside a sentence
        before = tokens[i - 1][2] if i else ""
        link = next((k for k in range(i + 1, j) if tokens[k][2] in ("of", "for")), None)
        if link is not None and i and role_speaks_for(before) and _roles().get(before, ("",))[0] == "person":
            run = (run[0], tokens[link - 1][1])  # "Economist Li Weiming of Renmin University": where he works
        skip = time_after(tokens, j + 1)  # "X on Sunday said", "X last week said"
        skip = skip if skip < len(tokens) and "," not in view.text[tokens[j][1]:tokens[skip][0]] else j + 1
        after = tokens[skip] if skip < len(tokens) else None
        gap = _gap(view, tokens[skip - 1], after) if after else ""
        comma = i and _gap(view, tokens[i - 1], tokens[i]).strip() == ","
        if after and gap.strip() == "," and after[2] in verbs and comma and role_at_before(view, tokens[i - 1][1]):
            found.append(_make(view, *run, "person"))  # "a researcher at X, Marta Kivi, told": in commas, a verb
        elif after and gap.strip() == "," and (after[2] in _APPOSITION or _role_at(view, after)):
            close = view.text.find(",", after[1])
            found.append(_make(view, *run, kind, close if close >= 0 else after[1]))
        elif after and not gap.strip() and (after[2] in verbs or after[2] in _EN_AUX):
            found.append(_make(view, *run, kind))
        elif (_POSSESSIVE.search(tokens[j][2]) and after
              and (lexicon().role_re.fullmatch(after[2]) or after[2] in verbs)):
            found.append(_make(view, run[0], run[1] - 2, kind))  # "Nike's chief executive said"
        elif before == "by" or (i > 1 and before == "the" and tokens[i - 2][2] == "by"):
            found.append(_make(view, *run, kind))
        elif i and _possessed_role(view, tokens, i):
            found.append(_make(view, *run, "person"))  # "according to its chief executive Mark Weber"
        elif i and role_speaks_for(before) or (i > 1 and role_speaks_for(f"{tokens[i - 2][2]} {before}")):
            found.append(_make(view, *run, "person" if _roles().get(before, ("person",))[0] == "person" else "company"))
        i = j + 1
    return found


def open_in(view: QuoteView, start: int, end: int) -> OpenName | None:
    """The open name inside a speaker phrase, or whose apposition holds it ("X, a blogger in Y,"); a person
    named after the body a role works at, not the body (الباحثة في معهد الدراسات الشرقية كارولين فيبر).

    Args:
        view: the document's quote view.
        start: phrase start (normalised).
        end: phrase end (normalised).

    Returns:
        The first such name, or None.
    """
    names = open_names(view, start, end + _QUOTED_REACH)
    for k, name in enumerate(names):
        if start <= name.start < end or (name.start < start and end <= name.apposition_end + 1):
            later = next((n for n in names[k + 1:] if n.kind == "person" and n.start < end), None)
            return later if name.kind == "organization" and later is not None else name  # الباحثة في معهد … X
        between = view.text[end:name.start].strip() if end <= name.start else None
        if name.kind in ("company", "person") and between in _OPEN_MARKS:
            return name  # شركة "نسيج الخليج": the phrase stops at the quotation mark, the name is inside
        if name.kind == "person" and between == "," \
                and _possessed_end(view, start, end):
            return name  # "according to its chief executive, Sara Lind": the role's holder in apposition
    return None


#: How far after a speaker phrase a company's quoted name may start (the mark and spaces).
_QUOTED_REACH = 3
#: Quotation marks that open a company's name.
_OPEN_MARKS = ("\"", "«", "“")
