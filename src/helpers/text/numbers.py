"""Numbers written in digits or words, Arabic and English, with their hedges.

Works on *normalised* text (:func:`helpers.text.normalise.normalise`: Arabic-Indic
digits are ASCII, alef/hamza/teh marbuta collapsed, Latin lowercased) and
returns spans into that text.  The vocabulary (cardinals, scale words such as
ألف / مليون / million, duals, fractions, vague plurals such as مئات الآلاف,
ordinals, qualifiers such as أكثر من / at least) is ``data/text/number_words.tsv``;
the tokens (digits, with a scale word glued to them as in 12million or 1.5m, and
number words) come from :mod:`helpers.text.number_tokens`.

A *number phrase* is a run of number tokens: ``1.8 مليون``, ``مليون ونصف
المليون``, ``ثلاثة آلاف``, ``800,000``, ``three hundred thousand``, ``half a
million``, ``مئات الآلاف``.  Its value is computed the usual way (units and
tens add, a scale word multiplies what precedes it); a vague plural gives the
range from its value to ten times it minus one (آلاف = 1000-9999).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.text.number_tokens import NumberToken, find_number_tokens, number_lexicon, parse_number, qualifier_patterns

__all__ = ["NumberPhrase", "number_phrases", "parse_number", "format_value"]

_SPACE = re.compile(r"[^\S\n]*")
_AND = re.compile(r"[^\S\n]+و[^\S\n]*|[^\S\n]+and[^\S\n]+|-")
_OF = re.compile(r"[^\S\n]+of[^\S\n]+")
#: Digits restated in brackets before their scale word: ستون (60) ألف دينار.
_CLOSE = re.compile(r"\)[^\S\n]*")


@dataclass(frozen=True)
class NumberPhrase:
    """A number phrase in normalised text.

    Attributes:
        start, end: the phrase (without qualifiers) in the normalised text.
        low, high: its value, or the range a vague plural stands for.
        kinds: the kinds of its tokens (digits, cardinal, scale, vague, …).
        definite: the first word carries the article (الثلاث "the three").
        grouped: digits written with thousands separators (800,000).
        qualifier_start, qualifier_end: the span of the qualifiers, or -1.
        qualifier: qualifier codes (more_than, approx …) joined by ``;``.
        scale: the largest scale word's value (1 when none): ``2 مليون`` → 1e6.
    """

    start: int
    end: int
    low: float
    high: float
    kinds: tuple[str, ...]
    definite: bool = False
    grouped: bool = False
    qualifier_start: int = -1
    qualifier_end: int = -1
    qualifier: str = ""
    scale: float = 1.0

    @property
    def has_scale(self) -> bool:
        """True when a scale, dual or vague word (ألف، مليون، آلاف …) is part of it."""
        return any(k in ("scale", "dual", "vague", "fraction") for k in self.kinds)


def _joinable(left: NumberToken, right: NumberToken, gap: str) -> bool:
    """May ``right`` continue the phrase that ends with ``left``, ``gap`` between them?"""
    if "ordinal" in (left.kind, right.kind) or (right.article and right.kind not in ("scale", "vague")):
        return False
    if _AND.fullmatch(gap) or (right.conj and _SPACE.fullmatch(gap)):
        return (left.kind in ("cardinal", "scale", "dual")
                and right.kind in ("cardinal", "fraction", "digits", "article")
                and not (left.kind == "cardinal" and right.kind == "digits"))
    if _OF.fullmatch(gap):
        return left.kind == "vague" and right.kind in ("scale", "vague")
    if not _SPACE.fullmatch(gap) or right.conj:
        return False
    if left.kind == "digits":
        return right.kind in ("scale", "dual") and not right.article
    if left.kind == "cardinal":
        return (right.kind == "scale" and not right.article) or (
            right.kind == "cardinal" and left.role == "unit" and right.role in ("ten", "hundred"))
    if left.kind == "article":  # a million; one and a half (million)
        return right.kind in ("scale", "fraction")
    if left.kind == "fraction":
        return right.kind in ("scale", "article")
    if left.kind == "vague":
        return right.kind in ("scale", "vague") and right.article
    if left.kind == "scale":
        return right.kind == "scale" and right.value > left.value
    return False


def _bracketed(text: str, group: list[NumberToken], right: NumberToken) -> bool:
    """"(60) ألف": bracketed digits (restating a number in words) and the scale word after them."""
    left = group[-1]
    return (len(group) == 1 and left.kind == "digits" and right.kind == "scale" and not right.article
            and text[left.start - 1:left.start] == "(" and bool(_CLOSE.fullmatch(text, left.end, right.start)))


def _split_sums(parts: list[NumberToken]) -> list[list[NumberToken]]:
    """Split "بين مليون و3 ملايين" at the و when the right part is not smaller (a range, not a sum)."""
    for index in range(1, len(parts)):
        if parts[index - 1].kind in ("scale", "dual") and parts[index].kind in ("digits", "cardinal"):
            left, right = _evaluate(parts[:index])[0], _evaluate(parts[index:])[0]
            if right >= left:
                return [parts[:index]] + _split_sums(parts[index:])
    return [parts]


def _evaluate(parts: list[NumberToken]) -> tuple[float, float]:
    """Value of a phrase's tokens: ``(low, high)``, equal unless the phrase is vague."""
    vague_forms = number_lexicon()["vague"]
    total = current = vague = fraction = 0.0
    last_scale = 1.0
    for index, token in enumerate(parts):
        if token.kind in ("digits", "cardinal"):
            previous = parts[index - 1] if index else None
            teen = token.role == "ten" and previous is not None and previous.role == "unit"
            current += 10 if teen else token.value
        elif token.kind == "article":  # "a" counts one, unless "a half" follows
            half = index + 1 < len(parts) and parts[index + 1].kind == "fraction"
            current = current if fraction or half else max(current, 1.0)
        elif token.kind == "fraction":
            fraction = token.value
        elif token.kind == "dual":
            total += token.value
            last_scale = token.value / 2
        elif token.kind == "vague":
            vague = vague * token.value if vague else token.value
        elif token.kind == "scale":
            last_scale = token.value
            if vague or (not current and not total and not fraction and token.form in vague_forms):
                vague = (vague or 1.0) * token.value
            elif fraction and not current:
                total += fraction * token.value
                fraction = 0.0
            elif token.value >= 1000:
                total += (current or 1.0) * token.value
                current = 0.0
            else:
                current = (current or 1.0) * token.value
    if fraction:
        total += fraction * last_scale
    low = total + current
    if vague:
        return low + vague, low + vague * 10 - 1
    return low, low


def format_value(low: float, high: float) -> str:
    """Render a value for the claims table: ``"1000000"``, ``"1.5"``, ``"800000-2000000"``.

    Args:
        low: the value (or the low end of a range).
        high: the high end (equal to ``low`` for a point).

    Returns:
        The point as an integer string when whole, else the range ``low-high``.
    """
    def one(x: float) -> str:  # whole up to float error (32.7 × 10⁹ is 32700000000.000004)
        if abs(x - round(x)) < 1e-6 * max(1.0, abs(x) / 1e6):
            return str(int(round(x)))
        return f"{x:.6g}" if abs(x) < 1e6 else f"{x:.2f}".rstrip("0").rstrip(".")  # never 3.27e+10
    return one(low) if low == high else f"{one(low)}-{one(high)}"


def number_phrases(text: str, start: int = 0, end: int | None = None) -> list[NumberPhrase]:
    """Every number phrase of ``text[start:end]``, with the qualifiers around it.

    Args:
        text: normalised text (see the module docstring).
        start: where to begin.
        end: where to stop (default: the end of ``text``).

    Returns:
        Phrases in text order.  Ordinals and a lone article are not returned.
    """
    stop = len(text) if end is None else end
    groups: list[list[NumberToken]] = []
    for token in find_number_tokens(text, start, stop):
        if groups and (_joinable(groups[-1][-1], token, text[groups[-1][-1].end:token.start])
                       or _bracketed(text, groups[-1], token)):
            groups[-1].append(token)
        else:
            groups.append([token])
    result = []
    for group in groups:
        for parts in _split_sums(group):
            phrase = _phrase(text, parts, start, stop)
            if phrase is not None:
                result.append(phrase)
    return result


def _phrase(text: str, parts: list[NumberToken], start: int, stop: int) -> NumberPhrase | None:
    kinds = tuple(p.kind for p in parts)
    if "ordinal" in kinds or set(kinds) <= {"article", "fraction"}:
        return None
    low, high = _evaluate(parts)
    if low <= 0:
        return None
    lex = number_lexicon()
    before, after = qualifier_patterns()
    p_start, p_end = parts[0].start, parts[-1].end
    if len(parts) > 1 and text[p_start - 1:p_start] == "(" and text[parts[0].end:parts[0].end + 1] == ")":
        p_start -= 1  # the bracket opened before the digits belongs to the phrase: "(60) ألف"
    q_start = q_end = -1
    codes = []
    found = before.search(text, max(start, p_start - 40), p_start)
    if found:
        q_start, q_end = found.start("q"), found.end("q")
        codes.append(lex["pre"][" ".join(found.group("q").split())])
    found = after.match(text, p_end, stop)
    if found:
        q_start = q_start if q_start >= 0 else found.start("q")
        q_end = found.end("q")
        codes.append(lex["post"][" ".join(found.group("q").split())])
    first = parts[0]
    grouped = first.kind == "digits" and bool(re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", first.form))
    return NumberPhrase(p_start, p_end, low, high, kinds, definite=first.article,
                        grouped=grouped, qualifier_start=q_start, qualifier_end=q_end,
                        qualifier=";".join(codes),
                        scale=max([p.value for p in parts if p.kind == "scale"] or [1.0]))
