"""Numbers written in digits or words, Arabic and English, with their hedges.

Works on *normalised* text (:func:`helpers.text.normalise.normalise`: Arabic-Indic
digits are ASCII, alef/hamza/teh marbuta collapsed, Latin lowercased) and
returns spans into that text.  The vocabulary (cardinals, scale words such as
ألف / مليون / million, duals, fractions, vague plurals such as مئات الآلاف,
ordinals, qualifiers such as أكثر من / at least) is ``data/text/number_words.tsv``.

A *number phrase* is a run of number tokens: ``1.8 مليون``, ``مليون ونصف
المليون``, ``ثلاثة آلاف``, ``800,000``, ``three hundred thousand``, ``half a
million``, ``مئات الآلاف``.  Its value is computed the usual way (units and
tens add, a scale word multiplies what precedes it); a vague plural gives the
range from its value to ten times it minus one (آلاف = 1000-9999).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.text.lexicon_tools import read_tsv, trie_alternation
from helpers.text.normalise import normalise_text

__all__ = ["NumberPhrase", "number_phrases", "parse_number", "format_value"]

_SPACE = re.compile(r"[^\S\n]*")
_AND = re.compile(r"[^\S\n]+و[^\S\n]*|[^\S\n]+and[^\S\n]+|-")
_OF = re.compile(r"[^\S\n]+of[^\S\n]+")
#: Digits restated in brackets before their scale word: ستون (60) ألف دينار.
_CLOSE = re.compile(r"\)[^\S\n]*")


@dataclass(frozen=True)
class _Token:
    start: int          # after any clitic
    end: int
    kind: str           # digits | cardinal | scale | dual | fraction | vague | ordinal | article
    form: str           # normalised word, or the digits
    role: str = ""      # for cardinals: unit | ten | teen | tens | hundred
    value: float = 0.0
    article: bool = False
    conj: bool = False  # glued و in front (ونصف، و800)


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


def _norm(words: str) -> str:
    return " ".join(normalise_text(words).split())


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    """``number_words.tsv`` by normalised form, loaded once per process."""
    words: dict[str, tuple[str, str, float]] = {}
    glued: dict[str, tuple[str, float]] = {}
    vague: set[str] = set()
    pre: dict[str, str] = {}
    post: dict[str, str] = {}
    for row in read_tsv("text/number_words.tsv"):
        form, kind = _norm(row["word"]), row["kind"]
        if kind == "scale" and row["role"] in ("glued", "abbrev"):
            glued[form] = (row["role"], float(row["value"]))  # never a word on its own
        elif kind == "qualifier_pre":
            pre[form] = row["code"]
        elif kind == "qualifier_post":
            post[form] = row["code"]
        elif kind == "vague" and form in words:
            vague.add(form)  # آلاف، ملايين: a scale after a number, vague alone
        elif kind in ("cardinal", "scale", "dual", "fraction", "vague", "ordinal", "article"):
            words.setdefault(form, (kind, row["role"], float(row["value"])))
            if kind == "vague":
                vague.add(form)
    for form, (kind, _, value) in words.items():
        if kind == "scale" and " " not in form:
            glued.setdefault(form, ("word", value))  # 12million, 12مليون, 12-million
    return {"words": words, "glued": glued, "vague": frozenset(vague), "pre": pre, "post": post}


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern:
    """Digits (with a scale word glued to them), or a number word with its clitic (و ب ل) and article."""
    lex = _lexicon()
    words = trie_alternation(lex["words"])
    glued = trie_alternation(lex["glued"])
    spaced = trie_alternation(f for f, (role, _) in lex["glued"].items() if role == "abbrev")
    return re.compile(
        r"(?<![\d.,،/:+a-z])(?<![a-z]-)(?P<digits>\d+(?:[.,،]\d+)*)"
        rf"(?:(?:-?(?P<glued>{glued})|[^\S\n](?P<spaced>{spaced}))(?![^\W\d_]|-[a-z])"
        r"|(?![\d]|[a-z]|[/:]\d|-[a-z]))"
        rf"|(?<!\w)(?P<clitic>[وبل]?)(?P<article>ال)?(?P<word>{words})(?!\w)")


@lru_cache(maxsize=1)
def _qualifier_patterns() -> tuple[re.Pattern, re.Pattern]:
    lex = _lexicon()
    before = re.compile(rf"(?<!\w)[وبل]?(?P<q>{trie_alternation(lex['pre'])})[^\S\n]*$")
    after = re.compile(rf"[^\S\n]*(?P<q>{trie_alternation(lex['post'])})(?!\w)")
    return before, after


def _tokens(text: str, start: int, end: int):
    words, lex_glued = _lexicon()["words"], _lexicon()["glued"]
    for match in _token_pattern().finditer(text, start, end):
        if match.group("digits"):
            digits = match.group("digits")
            yield _Token(match.start(), match.end("digits"), "digits", digits, value=parse_number(digits))
            scale = match.group("glued") or match.group("spaced")
            if scale:  # 12million, 1.5m, 57.9bn: the scale token right after the digits
                where = "glued" if match.group("glued") else "spaced"
                yield _Token(match.end("digits") if where == "glued" else match.start(where),
                             match.end(where), "scale", scale, value=lex_glued[scale][1])
            continue
        form = " ".join(match.group("word").split())
        kind, role, value = words[form]
        article = bool(match.group("article"))
        yield _Token(match.start("article") if article else match.start("word"), match.end(),
                     kind, form, role, value, article, match.group("clitic") == "و")


def _joinable(left: _Token, right: _Token, gap: str) -> bool:
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


def _bracketed(text: str, group: list[_Token], right: _Token) -> bool:
    """"(60) ألف": bracketed digits (restating a number in words) and the scale word after them."""
    left = group[-1]
    return (len(group) == 1 and left.kind == "digits" and right.kind == "scale" and not right.article
            and text[left.start - 1:left.start] == "(" and bool(_CLOSE.fullmatch(text, left.end, right.start)))


def _split_sums(parts: list[_Token]) -> list[list[_Token]]:
    """Split "بين مليون و3 ملايين" at the و when the right part is not smaller (a range, not a sum)."""
    for index in range(1, len(parts)):
        if parts[index - 1].kind in ("scale", "dual") and parts[index].kind in ("digits", "cardinal"):
            left, right = _evaluate(parts[:index])[0], _evaluate(parts[index:])[0]
            if right >= left:
                return [parts[:index]] + _split_sums(parts[index:])
    return [parts]


def _evaluate(parts: list[_Token]) -> tuple[float, float]:
    """Value of a phrase's tokens: ``(low, high)``, equal unless the phrase is vague."""
    vague_forms = _lexicon()["vague"]
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


def parse_number(token: str) -> float:
    """Value of a digit token, reading separators the way Arabic and English news write them.

    ``800,000`` and ``800.000.000`` are thousands groups (as is ``800.000``:
    one dot group of exactly three digits); ``1.8`` and ``1,5`` are decimals;
    with both separators the last one is the decimal mark (``1.234,5``).  The
    Arabic comma between digits, as Maghrebi outlets write decimals
    (``3،7 بالمائة``), reads as ``,``.

    Args:
        token: ASCII digits with ``.``, ``,`` or ``،`` separators.

    Returns:
        The value as a float.
    """
    token = token.replace("،", ",")
    if "," in token and "." in token:
        mark = max(token.rfind(","), token.rfind("."))
        return float(re.sub(r"[.,]", "", token[:mark]) + "." + token[mark + 1:])
    separator = "," if "," in token else "." if "." in token else ""
    if not separator:
        return float(token)
    groups = token.split(separator)
    if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
        return float("".join(groups))
    return float(groups[0] + "." + "".join(groups[1:]))


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
    groups: list[list[_Token]] = []
    for token in _tokens(text, start, stop):
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


def _phrase(text: str, parts: list[_Token], start: int, stop: int) -> NumberPhrase | None:
    kinds = tuple(p.kind for p in parts)
    if "ordinal" in kinds or set(kinds) <= {"article", "fraction"}:
        return None
    low, high = _evaluate(parts)
    if low <= 0:
        return None
    lex = _lexicon()
    before, after = _qualifier_patterns()
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
