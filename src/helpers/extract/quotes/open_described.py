"""Arabic names a descriptor introduces: "is called" (يدعى، اسمها) and an official's role over a place the
gazetteer does not know (مدير متحف الفنون الإسلامية X، رئيس نادي الشباب X).

Part of :mod:`helpers.extract.quotes.open_names`; the name itself is bounded as after a role
(:mod:`helpers.extract.quotes.open_arabic`).
"""

from __future__ import annotations

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.open_actors import OpenName, _capital, _make, _tokens, role_speaks_for
from helpers.extract.quotes.open_arabic import _MAX_NAME, _covered, _gap, _person, _quoted
from helpers.extract.quotes.speech_lexicon import lexicon

__all__ = ["introduced_names", "governed_names"]


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
