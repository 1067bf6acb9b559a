"""Arabic names a descriptor introduces: "is called" (يدعى، اسمها), an official's role over a place the
gazetteer does not know (مدير متحف الفنون الإسلامية X، رئيس نادي الشباب X), and a role in apposition after the
name of a speech verb's subject (وقال سامر حداد الباحث في مركز …).

Part of :mod:`helpers.extract.quotes.open_names`; the name itself is bounded as after a role
(:mod:`helpers.extract.quotes.open_arabic`).
"""

from __future__ import annotations

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.name_words import glued_definite, stop_word
from helpers.extract.quotes.open_actors import OpenName, _bare, _capital, _make, _roles, _tokens, role_speaks_for
from helpers.extract.quotes.open_arabic import _FIELD, _MAX_ADJECTIVES, _MAX_NAME, _covered, _gap, _person, _quoted
from helpers.extract.quotes.speech_lexicon import ARTICLE, lexicon

__all__ = ["introduced_names", "governed_names", "apposed_names", "name_before_role"]

#: How many words a name before its role may have (سامر حداد، محمد علي الخطيب).
_BEFORE_ROLE = (2, 3)


def introduced_names(view: QuoteView, start: int, end: int, intros: list[int]) -> list[OpenName]:
    """Names right after "is called" (``name_intro`` particles: يدعى، اسمها): "قال إمام مسجد في أنقرة يدعى
    يوسف أرسلان إن …"; nothing when a complementiser, a preposition or a definite word follows (يدعي أنه).

    Args:
        view: the document's quote view.
        start: the sentence's normalised start.
        end: its normalised end.
        intros: normalised offsets where the particles start.

    Returns:
        The persons named.
    """
    found, tokens = [], _tokens(view, start, end)
    covered = _covered(view, tokens)
    for position in intros:
        i = next((k for k, t in enumerate(tokens) if t[0] == position), None)
        if i is None or i + 1 >= len(tokens) or covered[i + 1] or _claims(view, tokens[i]):
            continue
        span = _quoted(view, tokens, i + 1) or _latin(view, tokens, i + 1) \
            or _person(view, tokens, i + 1, covered, company=False, adjectives=False)
        if span:
            found.append(_make(view, *span, "person"))
    return found


def governed_names(view: QuoteView, start: int, end: int, positions: list[int]) -> list[OpenName]:
    """Names after an official's role and the place it governs, when the gazetteer does not know that place
    (``governed`` rows: مدير متحف الفنون الإسلامية ناصر الكعبي، رئيس نادي الشباب X): the person speaks.

    Args:
        view: the document's quote view.
        start: the sentence's normalised start.
        end: its normalised end.
        positions: normalised offsets where the governed nouns start.

    Returns:
        The persons named.
    """
    found, tokens = [], _tokens(view, start, end)
    covered = _covered(view, tokens)
    lex = lexicon()
    for position in positions:
        i = next((k for k, t in enumerate(tokens) if t[0] == position), None)
        if not i or covered[i - 1] or covered[i] or _gap(view, tokens[i - 1], tokens[i]).strip():
            continue
        role = lex.role_re.fullmatch(tokens[i - 1][2])
        if role is None or role_speaks_for(tokens[i - 1][2]) or lex.roles.get(role.group("role") or "") != "person":
            continue  # a role that speaks for itself is read by arabic_names
        span = _person(view, tokens, i, covered, company=False)
        if span:
            found.append(_make(view, *span, "person"))
    return found


def apposed_names(view: QuoteView, start: int, end: int, roles: list[int]) -> list[OpenName]:
    """Persons named right before their role, after a speech verb (وقال سامر حداد الباحث في مركز …).

    Args:
        view: the document's quote view.
        start: the sentence's normalised start.
        end: its normalised end.
        roles: normalised offsets where roles that speak for themselves or head a name start.

    Returns:
        The persons named (:func:`name_before_role`).
    """
    found, tokens = [], _tokens(view, start, end)
    covered = _covered(view, tokens) if roles else []
    for position in roles:
        i = next((k for k, t in enumerate(tokens) if t[0] <= position < t[1]), None)
        if i is None or role_speaks_for(tokens[i][2]) != "self" \
                or next((_roles()[f][0] for f in _bare(tokens[i][2]) if f in _roles()), "") != "person":
            continue
        span = name_before_role(view, tokens, i, covered)
        if span:
            found.append(_make(view, *span, "person"))
    return found


def name_before_role(view: QuoteView, tokens, i: int, covered) -> tuple[int, int] | None:
    """A name of two or three words between a speech verb and the definite role of a person that follows it in
    apposition and works in a place or body (وقال سامر حداد الباحث في مركز الدراسات …): the verb's subject, whose
    workplace the role names; its first word has no article.

    Args:
        view: the document's quote view.
        tokens: the sentence's tokens.
        i: the index of the role's token (a role that speaks for itself).
        covered: per token, the kind of the gazetteer mention covering it.

    Returns:
        The name's normalised span, or None: no verb right before it, a word that cannot be a name's (a known
        name, a verb, a preposition, a word with the article first), punctuation between.
    """
    after = next((j for j in range(i + 1, min(i + 2 + _MAX_ADJECTIVES, len(tokens)))
                  if not tokens[j][2].startswith(ARTICLE) or _gap(view, tokens[j - 1], tokens[j]).strip()), None)
    if not tokens[i][2].startswith(ARTICLE) or after is None or tokens[after][2] != _FIELD \
            or _gap(view, tokens[after - 1], tokens[after]).strip():
        return None  # the role works "in" a place or body (الباحث في مركز …), or it heads a name after it
    lex, k = lexicon(), i - 1
    while k >= 0 and i - k <= _BEFORE_ROLE[1] and not _gap(view, tokens[k], tokens[k + 1]).strip():
        word = tokens[k][2]
        if _speech_verb(lex, word):
            break
        if covered[k] or stop_word(word) or word.isascii() or len(word) < 2 or glued_definite(word):
            return None
        k -= 1
    size = i - 1 - k
    if k < 0 or not _speech_verb(lex, tokens[k][2]) or not _BEFORE_ROLE[0] <= size <= _BEFORE_ROLE[1] \
            or tokens[k + 1][2].startswith(ARTICLE) or _gap(view, tokens[k], tokens[k + 1]).strip():
        return None
    return tokens[k + 1][0], tokens[i - 1][1]


def _speech_verb(lex, word: str) -> bool:
    """Whether a word is a speech verb, with or without و / ف before it (وقال، فأكدت)."""
    return word in lex.verbs or (word[:1] in ("\u0648", "\u0641") and word[1:] in lex.verbs)


def _latin(view: QuoteView, tokens, i: int) -> tuple[int, int] | None:
    """A name in Latin letters (1-4 capitalised words) at ``i`` (شركة هندية تدعى Ringing Bells)."""
    j = i
    while j < len(tokens) and j - i < _MAX_NAME and _capital(view, tokens[j]) \
            and (j == i or not _gap(view, tokens[j - 1], tokens[j]).strip()):
        j += 1
    return (tokens[i][0], tokens[j - 1][1]) if j > i else None


def _claims(view: QuoteView, token) -> bool:
    """Whether يدعي is written with a final ي (يدّعي: "claims"), not ى (يُدعى: "is called")."""
    raw = view.raw[slice(*view.to_raw(token[0], token[1]))]
    return token[2].endswith("ي") and raw.endswith("ي")
