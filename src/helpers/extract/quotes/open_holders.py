"""Names the words around them show: the holder of a role after a possessive (بحسب مديرها التنفيذي X،
"according to its chief executive X", "its chief executive, X"), a name before an English apposition that
opens with a role ("X, chairman of Y Textiles, said") and an Arabic name before an apposition (قال X، وهو
صاحب مطعم في إسطنبول، إن …).

Part of :mod:`helpers.extract.quotes.open_names`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.name_words import glued_definite, stop_word
from helpers.extract.quotes.open_actors import OpenName, _capital, _make, _table, _tokens, canonical, role_speaks_for
from helpers.extract.quotes.open_arabic import other_given_name
from helpers.extract.quotes.speech_lexicon import ARTICLE, lexicon, particles, suffix_forms
from helpers.text.lexicon_tools import literal_alternation

__all__ = ["possessed_name", "possessed_role", "name_phrase", "relative_name"]

#: إن / أن / ":" after a name, with a pronoun (يوسف القاسمي إنه …).
_COMPLEMENT = re.compile(
    rf"\s*(?::|(?:[وف]?(?:ب|ل)?[اأإ]ن(?:{literal_alternation(suffix_forms('pronoun_suffix', 'an'))})?)(?!\w))")
#: A comma and فإن after the source of an attribution marker (وبحسب يوسف القاسمي، فإن …).
_COMMA_FA = re.compile(rf"\s*،{_COMPLEMENT.pattern}")
#: A pronoun suffix after a role noun (رئيسها، مديرهم).
_ROLE_PRONOUN = re.compile(rf"(?:{literal_alternation(suffix_forms('pronoun_suffix', 'role'))})$")
#: A word that starts with the article, with or without و ف.
_DEFINITE_STARTS = tuple(p + ARTICLE for p in ("", "و", "ف"))
#: Possessive determiners before an English role noun (its chief executive).
_DETERMINERS = frozenset(particles("role_determiner"))
#: "a researcher at …", "an economist with …": an indefinite role whose holder is named in apposition.
_INDEFINITE = frozenset(particles("indefinite_role"))
_WORKPLACE_LINKS = frozenset(w for w in particles("workplace") if w.isascii())
_CONNECTORS = frozenset(particles("name_connector"))
_AR_NAME_LINKS = particles("name_link")
#: Pronoun suffixes of a possessed noun (مقرها): never the end of a name in a speaker phrase.
_POSSESSED_NOUN = suffix_forms("pronoun_suffix", "noun")
#: Words that open an Arabic apposition (وهو، التي).
_AR_OPENERS = [w for w in particles("apposition_opener") if not w.isascii()]


def _gap(view: QuoteView, a, b) -> str:
    return view.text[a[1]:b[0]]


def _role_at(view: QuoteView, token) -> bool:
    """Whether an English role noun starts at a lowercase token ("X, chairman of Y Textiles, said")."""
    return token[2].isascii() and not _capital(view, token) and bool(lexicon().role_re.match(view.text, token[0])) \
        and not lexicon().role_re.match(view.text, token[0]).group().endswith(("s", "S"))


def _possessed_role(view: QuoteView, tokens, i: int) -> bool:
    """Whether the capitalised run at ``i`` follows a role noun of 1-2 words after a possessive determiner
    ("its chief executive Mark Weber", "its chief executive, Sara Lind"): the role's holder, named."""
    if _gap(view, tokens[i - 1], tokens[i]).strip() not in ("", ","):
        return False
    for size in (1, 2):
        k = i - size - 1
        if k < 0 or tokens[k][2] not in _DETERMINERS:
            continue
        phrase = view.text[tokens[k + 1][0]:tokens[i - 1][1]]
        if lexicon().role_re.fullmatch(phrase):
            return True
    return False



def role_at_before(view: QuoteView, position: int) -> bool:
    """Whether an indefinite English role at a workplace ends right before ``position`` (its comma): "A
    researcher at the Tallinn Institute, Marta Kivi, said" (the name in commas is the role's holder).

    Args:
        view: the document's quote view.
        position: normalised start of the comma before the name.

    Returns:
        True for such a role.
    """
    clause = view.text[max(0, position - _ROLE_REACH):position].rsplit(",", 1)[-1].rsplit(".", 1)[-1]
    words = clause.split()
    return len(words) >= 3 and _possessed_end(view, position - len(clause.lstrip()), position)


#: How far before a name in commas its role at a workplace may start.
_ROLE_REACH = 80


def _possessed_end(view: QuoteView, start: int, end: int) -> bool:
    """Whether an English phrase is a possessive determiner and a role noun (its chief executive), or an
    indefinite role at a workplace ("a researcher at the Tallinn Institute", whose holder follows in commas)."""
    words = view.text[start:end].split()
    article = view.text[max(0, start - 3):start].split()[-1:]  # the phrase may start after its article
    if len(words) >= 3 and (article + words[:1])[0] in _INDEFINITE and _WORKPLACE_LINKS & set(words[1:3]):
        return lexicon().role_re.fullmatch(words[1] if words[0] in _INDEFINITE else words[0]) is not None
    return 2 <= len(words) <= 3 and words[0] in _DETERMINERS \
        and lexicon().role_re.fullmatch(" ".join(words[1:])) is not None


#: An Arabic apposition after a name, up to its closing comma (، وهو صاحب مطعم في إسطنبول،).
_AR_APPOSITION = re.compile(
    rf"\s*،\s*(?:{literal_alternation(_AR_OPENERS)})(?!\w)[^،.؛:\n]{{1,120}}،")
_COMMA = re.compile(r"\s*،\s*")
_CLAUSE_TO_COMMA = re.compile(r"[^،.؛:\n]{0,120}،")


def _apposed(view: QuoteView, end: int) -> bool:
    """Whether an Arabic apposition that opens with a pronoun or a relative (وهو، التي) or a role noun
    stands between ``end`` and a complementiser: "قال X، وهو صاحب مطعم في إسطنبول، إن …"."""
    found = _AR_APPOSITION.match(view.text, end)
    if found is None:  # "قال X، المتحدث باسم الشركة، إن …": an apposition that opens with a role noun
        comma = _COMMA.match(view.text, end)
        role = lexicon().role_re.match(view.text, comma.end()) if comma else None
        found = _CLAUSE_TO_COMMA.match(view.text, role.end()) if role else None
    return bool(found and _COMPLEMENT.match(view.text, found.end()))


def possessed_name(view: QuoteView, start: int, end: int) -> OpenName | None:
    """The Arabic name after a role noun with a pronoun suffix and up to two definite adjectives
    (بحسب مديرها التنفيذي يوهان كلاين، رئيسها السابق X): the role's holder, named; an adjective of origin among
    them (مديرها الصيني X) is where he comes from, not whom he speaks for.

    Args:
        view: the document's quote view.
        start: phrase start (normalised).
        end: phrase end (normalised).

    Returns:
        An :class:`OpenName` for the name, or None.
    """
    tokens = _tokens(view, start, end)
    if not tokens or tokens[0][2].isascii() or tokens[0][2].startswith(_DEFINITE_STARTS):
        return None  # المتحدثة باسمها: a definite role (its ة normalised to ه) has no pronoun
    k = 1 if _pronoun_role(tokens[0][2], view, tokens[0]) else _construct_end(view, tokens)
    if not k:
        return None
    last = k + 1  # up to two definite adjectives
    while k < len(tokens) and k <= last and tokens[k][2].startswith(ARTICLE) and not stop_word(tokens[k][2]):
        k += 1
    if any(m.kind not in _ORIGIN_KINDS or m.end > tokens[k - 1][1] for m in view.mentions_in(start, end)):
        return None  # a mention other than an adjective of origin (مديرها الصيني: its Chinese director)
    rest = tokens[k:]
    if not 1 <= len(rest) <= 3 or any(stop_word(t[2]) or t[2] in _table()["not_name"] or glued_definite(t[2])
                                      or len(t[2]) < 2 for t in rest) or rest[0][2].startswith(ARTICLE) \
            or lexicon().roles.get(_ROLE_PRONOUN.sub("", tokens[0][2])) != "person":
        return None  # بحسب تعبيره لـ …: a document's pronoun, not a person's role
    return _make(view, rest[0][0], rest[-1][1], "person")


def _construct_end(view: QuoteView, tokens) -> int:
    """Where a role's possessed construct ends (رئيس مجلس إدارتها: 3), or 0: a person's role noun, then one or two
    indefinite nouns, the last written with a pronoun suffix of two letters or more (ها، هم; not ة)."""
    if lexicon().roles.get(tokens[0][2]) != "person":
        return 0
    for k in (1, 2):
        if k < len(tokens) and tokens[k][2].startswith(_DEFINITE_STARTS):
            return 0
        raw = view.raw[slice(*view.to_raw(tokens[k][0], tokens[k][1]))] if k < len(tokens) else ""
        if raw.endswith(_LONG_PRONOUNS) and len(raw) > 4 and not tokens[k][2].startswith(_HEARER_PREFIXES):
            return k + 1
    return 0


#: The prepositions glued before a hearer (لمراسلنا، لصحيفة): no possessed noun of the speaker's role.
_HEARER_PREFIXES = tuple(particles("glued_preposition"))
#: The third-person pronoun suffixes of two letters or more (ها، هم، هما، هن): a possessed noun as written.
_LONG_PRONOUNS = tuple(suffix_forms("pronoun_suffix", "noun"))


def possessed_role(view: QuoteView, token: tuple[int, int, str]) -> bool:
    """Whether an Arabic word of a phrase is a person's role noun with a pronoun suffix (مديرها، رئيسهم; not a
    definite role, not a word written with a final ة: الباحثة).

    Args:
        view: the document's quote view.
        token: the word's normalised ``(start, end, word)``.

    Returns:
        True for a possessed role noun.
    """
    word = token[2]
    return not word.isascii() and not word.startswith(_DEFINITE_STARTS) and _pronoun_role(word, view, token) \
        and lexicon().roles.get(_ROLE_PRONOUN.sub("", word)) == "person"


#: The kinds of mention an adjective of origin after a possessed role may be (مديرها الصيني).
_ORIGIN_KINDS = frozenset({"people", "country"})


def _pronoun_role(word: str, view: QuoteView | None = None, token=None) -> bool:
    """A role noun with a pronoun suffix (رئيسها، مديرهم): a speaker, not a name; a word written with a
    final ة (أمينة: a given name) has none."""
    if view is not None and view.raw[slice(*view.to_raw(token[0], token[1]))].endswith("ة"):
        return False
    stem = _ROLE_PRONOUN.sub("", word)
    return stem != word and len(stem) > 2 and bool(lexicon().role_re.fullmatch(stem) or role_speaks_for(stem))


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
    if len(tokens) > 1 and glued_definite(tokens[-1][2]):
        tokens = tokens[:-1]  # "كتب أحمد سامي بالإنجليزية أن": the name ends before the phrase
    if not tokens or len(tokens) > 3 or any(not other_given_name(view, m) for m in view.mentions_in(start, end)):
        return None
    first = tokens[0]
    if not first[2].isascii() and not (_COMPLEMENT.match(view.text, end) or _apposed(view, end)
                                       or _COMMA_FA.match(view.text, end) or _relayed().match(view.text, end)):
        return None  # an Arabic name stands right before إن / أن / ":" (وقال يوسف القاسمي إن …; بحسب X، فإن)
    if first[2].isascii():
        if not all(_capital(view, t) or t[2] in _CONNECTORS for t in tokens) or first[2] in _table()["not_name"]:
            return None
    elif first[2].startswith(_DEFINITE_STARTS) or any(stop_word(t[2]) or _pronoun_role(t[2], view, t) for t in tokens) \
            or any(t[2] in _table()["not_name"] or (len(t[2]) > 3 and t[2].endswith(_POSSESSED_NOUN)) for t in tokens) \
            or any(t[2].startswith(ARTICLE) and not (k and (tokens[k - 1][2] in _AR_NAME_LINKS or t[2].endswith("ي")))
                   for k, t in enumerate(tokens)):
        return None
    if any(role_speaks_for(t[2]) or lexicon().role_re.fullmatch(t[2]) for t in tokens):
        return None
    return _make(view, first[0], tokens[-1][1], canonical(view.raw[slice(*view.to_raw(first[0], tokens[-1][1]))])[1])


@lru_cache(maxsize=1)
def _relayed() -> re.Pattern:
    """The relayed voice's tail and إن / أن after a name (نقلت الوكالة عن يوسف القاسمي قوله إن …)."""
    tails = literal_alternation(sorted(lexicon().words["relay_tail"]))
    return re.compile(rf"\s+(?:{tails})(?!\w){_COMPLEMENT.pattern}")


#: "'s daughter, " after a person's name (the relative's name follows).
_RELATIVE = re.compile(rf"['’]s ({literal_alternation(particles('relative'))}), ")
#: How far the relative's name may run before the apposition's closing comma (characters).
_RELATIVE_REACH = 40


def relative_name(view: QuoteView, person, end: int) -> OpenName | None:
    """The relative a person's possessive introduces in apposition ("Ilham Tohti's daughter, Jewher Ilham,
    said"): the relative speaks, not the possessor.

    Args:
        view: the document's quote view.
        person: the person's gazetteer mention inside the speaker phrase.
        end: the phrase's end (normalised): the possessive cut the phrase, so the name must end it.

    Returns:
        The relative's name (a phrase that is a name, up to the apposition's closing comma), or None.
    """
    match = _RELATIVE.match(view.text, person.end)
    if match is None or person.end < end:
        return None  # the phrase goes on past the name: the possessive is inside a longer subject
    comma = view.text.find(",", match.end(), match.end() + _RELATIVE_REACH)
    return name_phrase(view, match.end(), comma) if comma > match.end() else None
