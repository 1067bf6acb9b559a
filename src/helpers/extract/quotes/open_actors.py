"""Open-world actors: named speakers the gazetteer does not know keep their own name.

A company, a researcher, an artist or a think tank that a text quotes is an
actor even when the gazetteer has no entry for it.  :func:`open_names` finds
such names in a document (:class:`~helpers.extract.quotes.quote_context.QuoteView`),
in contexts that show a name, never from capital letters alone:

- a known spelling of ``data/quotes/open_actors.tsv`` (Adidas / أديداس …);
- a name after a role noun that speaks for itself (``speaks_for = self`` in
  ``data/quotes/speaker_roles.tsv``: شركة أديداس، الباحث الألماني يوهانس
  شتاين، the singer Rahima Mahmut); an adjective of origin between them
  describes the person (الألماني), it does not make the state the speaker;
- an organisation whose own name starts with its head noun (``speaks_for =
  named``: منظمة الصحة العالمية، مركز الدراسات الإيغورية);
- English capitalised words right before a speech or attitude verb ("Nike
  said", "Hikvision rejected"), before an apposition ("Martin Hale, a British
  blogger, …": the apposition's span is kept so that the speaker phrase inside
  it names him), or after "by" ("a report by the Oxus Society").

Names that overlap a gazetteer mention are the gazetteer's.  Within a document
one actor has one spelling (:func:`canonical_names`): a table name takes its
canonical form, a shorter form takes the longest form that contains its words
("Murphy" → "Laura Murphy").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from helpers.extract.quotes.quote_context import QuoteView
from helpers.extract.quotes.speech_lexicon import lexicon
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import normalise_text

__all__ = ["OpenName", "open_names", "open_in", "canonical_names", "canonical", "own_voice",
           "name_phrase", "role_speaks_for", "people_state",
           "speaks_for_self"]

_TOKEN = re.compile(r"\w+(?:['’.&-]\w+)*")
_CONNECTORS = frozenset({"of", "for", "on", "and", "de", "du", "al", "el", "van", "von", "&"})
_APPOSITION = frozenset({"a", "an", "the", "who", "which", "one"})
_EN_AUX = frozenset({"did", "does", "has", "have", "had", "would", "will", "could", "is", "was", "also",
                     "later", "has", "declined", "refused", "rejected", "denied", "dismissed", "stopped",
                     "welcomed", "praised", "defended", "banned", "imposed", "cut", "ended", "suspended",
                     "urged", "called", "asked", "pressed", "condemned", "criticised", "criticized",
                     "documented", "found", "concluded", "published", "released", "warned"})
_AR_NAME_LINKS = ("عبد", "ابو", "بن", "ابن", "ام")
_COMPLEMENT = re.compile(r"\s*(?::|(?:[وف]?(?:ب|ل)?[اأإ]ن(?:ه|ها|هم|هما|نا|ني)?)(?!\w))")
_LATIN = re.compile(r"[a-z]")
_POSSESSIVE = re.compile(r"['’]s$")
#: Spans shorter than this (a speaker phrase) are checked for a role or a known spelling first.
_WHOLE = 400
#: What may stand glued before a name or a role: و ف ب ل and the article (وبال، لل …).
_PROCLITICS = re.compile(r"[وف]?(?:لل|[بل]?ال|[بل])?")
_ADJECTIVE_KINDS = frozenset({"country", "people", "place"})
_DEFINITE = re.compile(r"^(?:[وف]?(?:[بكل]?ال|لل))")
_MAX_NAME = 4
_MAX_ORG = 5


@dataclass(frozen=True)
class OpenName:
    """A name outside the gazetteer: normalised and raw spans, the raw surface, a kind."""

    start: int
    end: int
    raw_start: int
    raw_end: int
    surface: str
    kind: str = ""
    apposition_end: int = -1  # normalised end of "X, a blogger …," (-1: none)


@lru_cache(maxsize=1)
def _table() -> dict:
    """The open-actor table: aliases, own-voice entities and words that are not names."""
    aliases, own, not_name, states = {}, set(), set(), {}
    for row in read_tsv("quotes/open_actors.tsv"):
        if row["kind"] == "own_voice":
            own.add(row["entity_id"])
        elif row["kind"] == "people_state":
            states[row["alias"]] = row["entity_id"]
        elif row["kind"] == "not_name":
            not_name.add(normalise_text(row["alias"]))
        else:
            aliases[" ".join(normalise_text(row["alias"]).split())] = (row["actor"], row["kind"], row["lang"])
    return {"aliases": aliases, "own": frozenset(own), "not_name": frozenset(not_name), "states": states}


@lru_cache(maxsize=1)
def _roles() -> dict[str, tuple[str, str]]:
    """``{normalised role: (role kind, speaks_for)}`` of the roles that speak for themselves or head a name."""
    return {" ".join(normalise_text(r["role"]).split()): (r["kind"], r["speaks_for"])
            for r in read_tsv("quotes/speaker_roles.tsv") if r.get("speaks_for")}


def role_speaks_for(word: str) -> str:
    """``self`` | ``named`` | "" for a normalised word or phrase (article and و ف ب ل stripped)."""
    for form in _bare(word):
        if form in _roles():
            return _roles()[form][1]
    return ""


def _official(phrase: str) -> bool:
    """Whether a two-word phrase is a role of its own that speaks for a body (not for itself)."""
    match = lexicon().role_re.fullmatch(phrase)
    return bool(match and match.group("role2") and not role_speaks_for(phrase))


def _bare(word: str) -> list[str]:
    forms = [word]
    stripped = re.sub(r"^(?:[وف]?(?:لل|[بل]?ال|[بل]))(?=\w\w)", "", word)
    if stripped != word:
        forms.append(stripped)
    return forms


def canonical(surface: str) -> tuple[str, str]:
    """The table's canonical name and kind of a spelling, or ``(surface, "")`` when unknown.

    Args:
        surface: a name as written.

    Returns:
        ``(actor, kind)``.
    """
    found = _table()["aliases"].get(" ".join(normalise_text(surface).split()))
    return (found[0], found[1]) if found else (surface, "")


def own_voice(entity_id: str) -> bool:
    """Whether a gazetteer entity speaks for itself (and the people affiliated with it do too).

    Args:
        entity_id: a gazetteer entity id.

    Returns:
        True for the ``own_voice`` rows of the table (universities …).
    """
    return entity_id in _table()["own"]


def speaks_for_self(entity_id: str, kind: str, affiliation: str, affiliation_kind: str) -> bool:
    """Whether a gazetteer entity speaks for itself rather than for its affiliation.

    An ``own_voice`` entity does (a university, an independent researcher); so
    does a person affiliated with one (James Millward of Georgetown
    University) or with a people (Ilham Tohti is not "the Uyghurs").

    Args:
        entity_id: the entity.
        kind: its gazetteer kind.
        affiliation: its affiliation's id ("" when none).
        affiliation_kind: the affiliation's kind.

    Returns:
        True when the entity is its own actor.
    """
    if own_voice(entity_id):
        return True
    return kind == "person" and bool(affiliation) and (own_voice(affiliation) or affiliation_kind == "people")


def people_state(entity_id: str) -> str:
    """The state a people's adjective names on an official role or body (``kazakhs`` → ``KAZ``).

    Args:
        entity_id: a gazetteer people id.

    Returns:
        The state's entity id, "" when the table has none.
    """
    return _table()["states"].get(entity_id, "")


def _tokens(view: QuoteView, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(view.text, start, end)]


def _capital(view: QuoteView, token) -> bool:
    if not token[2][:1].isascii() or not token[2][:1].isalnum():
        return False
    raw_start, _ = view.to_raw(token[0], token[1])
    return view.raw[raw_start:raw_start + 1].isupper()


def _make(view: QuoteView, start: int, end: int, kind: str, apposition: int = -1) -> OpenName:
    raw_start, raw_end = view.to_raw(start, end)
    return OpenName(start, end, raw_start, raw_end, view.raw[raw_start:raw_end], kind, apposition)


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
    """Whether a span may hold an open name: a Latin letter, or a role or known spelling in it."""
    if _LATIN.search(view.text, start, end):
        return True
    return next(_finder().iter(view.text, start, end), None) is not None


def _kept(view: QuoteView, found: list[OpenName]) -> list[OpenName]:
    """Names that do not overlap each other nor a gazetteer mention (an organisation's own
    name may hold a place or an adjective of origin: المدافعون الصينيون …)."""
    kept, last = [], -1
    for name in sorted(found, key=lambda n: (n.start, -n.end)):
        blocking = [m for m in view.mentions_in(name.start - 40, name.end + 40)
                    if m.start < name.end and name.start < m.end
                    and not (name.kind not in ("", "person", "company") and m.kind in _ADJECTIVE_KINDS
                             and name.start <= m.start and m.end <= name.end)]
        if name.start < last or blocking:
            continue
        kept.append(name)
        last = name.end
    return kept


def _sentence_names(view: QuoteView, start: int, end: int) -> list[OpenName]:
    table, found, text = _table(), [], view.text
    latin = _LATIN.search(text, start, end) is not None
    roles = []
    for at, hits in _finder().iter(text, start, end):
        for kind, key in hits:
            begin = at - len(key) + 1
            if (at + 1 < len(text) and (text[at + 1].isalnum() or text[at + 1] == "_")) \
                    or not _PROCLITICS.fullmatch(text, _word_start(text, begin), begin):
                continue
            if kind == "role":
                roles.append(begin)
            elif key.isascii():
                if _capital(view, (begin, at + 1, key)):
                    found.append(_make(view, begin, at + 1, table["aliases"][key][1]))
            elif not text[_word_start(text, begin):begin].endswith("ال"):
                found.append(_make(view, begin, at + 1, table["aliases"][key][1]))
    if latin:
        found += _english(view, _tokens(view, start, end))
    if roles:
        found += _arabic(view, start, end, sorted(roles))
    return found


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
        if not _capital(view, tokens[i]) or tokens[i][2] in not_name or role_speaks_for(tokens[i][2]):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and _gap(view, tokens[j], tokens[j + 1]).strip() in ("", "&"):
            nxt = tokens[j + 1]
            if _capital(view, nxt) and nxt[2] not in not_name:
                j += 1
            elif nxt[2] in _CONNECTORS and j + 2 < len(tokens) and _capital(view, tokens[j + 2]):
                j += 2
            else:
                break
        run = (tokens[i][0], tokens[j][1])
        before = tokens[i - 1][2] if i else ""
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        gap = _gap(view, tokens[j], after) if after else ""
        kind = ""
        if after and gap.strip() == "," and after[2] in _APPOSITION:
            close = view.text.find(",", after[1])
            found.append(_make(view, *run, "", close if close >= 0 else after[1]))
        elif after and not gap.strip() and (after[2] in verbs or after[2] in _EN_AUX):
            found.append(_make(view, *run, kind))
        elif _POSSESSIVE.search(tokens[j][2]) and after and (lexicon().role_re.fullmatch(after[2]) or after[2] in verbs):
            found.append(_make(view, run[0], run[1] - 2, kind))  # "Nike's chief executive said"
        elif before == "by" or (i > 1 and before == "the" and tokens[i - 2][2] == "by"):
            found.append(_make(view, *run, kind))
        elif i and role_speaks_for(before) or (i > 1 and role_speaks_for(f"{tokens[i - 2][2]} {before}")):
            found.append(_make(view, *run, "person" if _roles().get(before, ("person",))[0] == "person" else "company"))
        i = j + 1
    return found


def _arabic(view: QuoteView, start: int, end: int, roles: list[int]) -> list[OpenName]:
    """Names after the Arabic roles of a sentence (found at ``roles``, normalised offsets)."""
    found, tokens = [], _tokens(view, start, end)
    covered = _covered(view, tokens)
    for position in roles:
        i = next((k for k, t in enumerate(tokens) if t[0] <= position < t[1]), None)
        if i is None or covered[i]:
            continue
        token = tokens[i]
        pair = f"{token[2]} {tokens[i + 1][2]}" if i + 1 < len(tokens) else ""
        if pair and _official(pair):
            continue  # a longer role that speaks for its body (الكاتب العام: a secretary-general)
        speaks, size = role_speaks_for(token[2]), 1
        if not speaks and pair:
            speaks, size = role_speaks_for(pair), 2
        if not speaks:
            continue
        kind = next((_roles()[f][0] for f in _bare(token[2]) if f in _roles()), "person")
        if speaks == "named":
            span = _organisation(view, tokens, i, covered)
            if span:
                found.append(_make(view, *span, "organization"))
            continue
        span = _person(view, tokens, i + size, covered, company=kind == "body")
        if span:
            found.append(_make(view, *span, "company" if kind == "body" else "person"))
    return found


def _covered(view: QuoteView, tokens) -> list[str]:
    """Per token, the kind of the gazetteer mention covering it ("" when none)."""
    mentions = view.mentions_in(tokens[0][0], tokens[-1][1] + 1) if tokens else []
    kinds, k = [], 0
    for token in tokens:  # one sweep: tokens and mentions are both in text order
        while k < len(mentions) and mentions[k].end <= token[0]:
            k += 1
        kinds.append(mentions[k].kind if k < len(mentions) and mentions[k].start <= token[0] else "")
    return kinds


def _stop(token: str) -> bool:
    lex = lexicon()
    words = lex.words
    return (token in lex.verbs or token in words["preposition"] or token in words["relative"]
            or token in words["negation"] or bool(lex.complement_re["an"].fullmatch(token))
            or bool(lex.stop_re.fullmatch(token)) or token.isdigit() or bool(role_speaks_for(token))
            or bool(lex.role_re.fullmatch(token)))


def _person(view: QuoteView, tokens, i: int, covered, *, company: bool) -> tuple[int, int] | None:
    """A name after a role: adjectives (ال…، adjectives of origin) and a field (في الشؤون الصينية)
    skipped, then 1-4 name words."""
    field = 0
    while i < len(tokens) and i - 1 >= 0 and not _gap(view, tokens[i - 1], tokens[i]).strip() and (
            tokens[i][2].startswith("ال") or covered[i]
            or (tokens[i][2] == "في" and not field and i + 1 < len(tokens) and tokens[i + 1][2].startswith("ال"))):
        field += tokens[i][2] == "في"
        i += 1
    if i >= len(tokens) or _stop(tokens[i][2]) or len(tokens[i][2]) < 2 or tokens[i][2].isascii() \
            or _DEFINITE.match(tokens[i][2]) or tokens[i][2] in _table()["not_name"] \
            or (i and _gap(view, tokens[i - 1], tokens[i]).strip()):
        return None
    j = i
    while j + 1 < len(tokens) and j + 1 - i < _MAX_NAME and not _gap(view, tokens[j], tokens[j + 1]).strip():
        word = tokens[j + 1][2]
        if covered[j + 1] or _stop(word):
            break
        last = j + 2 >= len(tokens) or _gap(view, tokens[j + 1], tokens[j + 2]).strip() or _stop(tokens[j + 2][2])
        family = not company and not tokens[j][2].startswith("ال") and (word.endswith("ي") or last)
        if word.startswith("ال") and not (tokens[j][2] in _AR_NAME_LINKS or family):
            break  # "محمد الأمين" (a family name ends the name), "شركة ستاربكس القهوة" (a company's object)
        j += 1
    return tokens[i][0], tokens[j][1]


def _organisation(view: QuoteView, tokens, i: int, covered) -> tuple[int, int] | None:
    """An organisation named by its head noun and the definite words after it (مركز الدراسات الإيغورية)."""
    j = i
    while j + 1 < len(tokens) and j + 1 - i < _MAX_ORG and not _gap(view, tokens[j], tokens[j + 1]).strip() \
            and tokens[j + 1][2].startswith("ال") and not _stop(tokens[j + 1][2]):
        j += 1
    if j == i or all(covered[k] in ("organization", "country", "person") for k in range(i + 1, j + 1)):
        return None
    head = re.sub(r"^(?:[وف]?(?:لل|[بل]?ال|[بل]))(?=\w\w)", "", tokens[i][2])
    start = tokens[i][0] + tokens[i][2].index(head) if head in tokens[i][2] else tokens[i][0]
    return start, tokens[j][1]


def open_in(view: QuoteView, start: int, end: int) -> OpenName | None:
    """The open name inside a speaker phrase, or whose apposition holds it ("X, a blogger in Y,").

    Args:
        view: the document's quote view.
        start: phrase start (normalised).
        end: phrase end (normalised).

    Returns:
        The first such name, or None.
    """
    for name in open_names(view, start, end):
        if start <= name.start < end or (name.start < start and end <= name.apposition_end + 1):
            return name
    return None


def name_phrase(view: QuoteView, start: int, end: int) -> OpenName | None:
    """A whole speaker phrase that is itself a name: 1-3 words, no article, no role, no mention.

    "وقال يوسف القاسمي إن …", "Nike said …": the phrase between a verb and its
    complement (or the capitalised subject before an English verb) names
    someone the gazetteer does not know.

    Args:
        view: the document's quote view.
        start: phrase start (normalised).
        end: phrase end (normalised).

    Returns:
        An :class:`OpenName` for the phrase, or None.
    """
    tokens = _tokens(view, start, end)
    if not tokens or len(tokens) > 3 or view.mentions_in(start, end):
        return None
    first = tokens[0]
    if not first[2].isascii() and not _COMPLEMENT.match(view.text, end):
        return None  # an Arabic name stands right before إن / أن / ":" (وقال يوسف القاسمي إن …)
    if first[2].isascii():
        if not all(_capital(view, t) or t[2] in _CONNECTORS for t in tokens) or first[2] in _table()["not_name"]:
            return None
    elif first[2].startswith(("ال", "وال", "فال")) or any(_stop(t[2]) or _pronoun_role(t[2]) for t in tokens) \
            or any(t[2] in _table()["not_name"] for t in tokens) \
            or any(t[2].startswith("ال") and not (k and (tokens[k - 1][2] in _AR_NAME_LINKS or t[2].endswith("ي")))
                   for k, t in enumerate(tokens)):
        return None
    if any(role_speaks_for(t[2]) or lexicon().role_re.fullmatch(t[2]) for t in tokens):
        return None
    return _make(view, first[0], tokens[-1][1], canonical(view.raw[slice(*view.to_raw(first[0], tokens[-1][1]))])[1])


def _pronoun_role(word: str) -> bool:
    """A role noun with a pronoun suffix (رئيسها، مديرهم): a speaker, not a name."""
    stem = re.sub(r"(?:هما|هم|هن|ها|ه|نا|ي)$", "", word)
    return stem != word and len(stem) > 2 and bool(lexicon().role_re.fullmatch(stem) or role_speaks_for(stem))


def canonical_names(surfaces) -> dict[str, str]:
    """One spelling per actor in a document: ``{surface as written: canonical actor}``.

    A spelling in the table takes its canonical name; a spelling whose words
    are all in a longer spelling of the document takes that longer one (the
    longest, the first seen on ties), as written.

    Args:
        surfaces: the open names' surfaces of one document, in text order.

    Returns:
        The mapping (every given surface is a key).
    """
    words = {s: frozenset(normalise_text(s).replace("’", "'").split()) for s in surfaces}
    result = {}
    for surface in surfaces:
        table, kind = canonical(surface)
        if kind:
            result[surface] = table
            continue
        longer = [o for o in surfaces if words[surface] < words[o]]
        best = max(longer, key=lambda o: len(words[o]), default=surface)
        result[surface] = canonical(best)[0]
    return result
