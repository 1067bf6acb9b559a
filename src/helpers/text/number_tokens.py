"""The number tokens of :mod:`helpers.text.numbers`: digits (with scale words glued to them) and number words.

Works on normalised text.  The vocabulary is ``data/text/number_words.tsv``
(cardinals, scale words, duals, fractions, vague plurals, ordinals, the
English article "a", qualifiers, and scale abbreviations read only after
digits: 1.5m, 57.9bn).  :func:`find_number_tokens` yields the :class:`NumberToken` items that
:func:`helpers.text.numbers.number_phrases` groups into phrases;
:func:`parse_number` reads a digit token's separators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.text.affixes import affix
from helpers.text.lexicon_tools import read_tsv, trie_alternation
from helpers.text.normalise import lookup_key

__all__ = ["NumberToken", "number_lexicon", "find_number_tokens", "qualifier_patterns", "parse_number"]


@dataclass(frozen=True)
class NumberToken:
    """One number token: digits, or a number word (with its kind, role and value)."""

    start: int          # after any clitic
    end: int
    kind: str           # digits | cardinal | scale | dual | fraction | vague | ordinal | article
    form: str           # normalised word, or the digits
    role: str = ""      # for cardinals: unit | ten | teen | tens | hundred
    value: float = 0.0
    article: bool = False
    conj: bool = False  # glued و in front (ونصف، و800)



@lru_cache(maxsize=1)
def number_lexicon() -> dict:
    """``number_words.tsv`` by normalised form, loaded once per process.

    Returns:
        ``{"words": {form: (kind, role, value)}, "glued": {form: (role, value)},
        "vague": forms, "pre": {qualifier: code}, "post": {qualifier: code}}``;
        ``glued`` holds the scale words and abbreviations that may follow digits
        without a space (role word | glued | abbrev).
    """
    words: dict[str, tuple[str, str, float]] = {}
    glued: dict[str, tuple[str, float]] = {}
    vague: set[str] = set()
    pre: dict[str, str] = {}
    post: dict[str, str] = {}
    for row in read_tsv("text/number_words.tsv"):
        form, kind = lookup_key(row["word"]), row["kind"]
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
    lex = number_lexicon()
    words = trie_alternation(lex["words"])
    words_glued = trie_alternation(f for f, (role, _) in lex["glued"].items() if role == "word")
    abbrevs = trie_alternation(f for f, (role, _) in lex["glued"].items() if role != "word")
    spaced = trie_alternation(f for f, (role, _) in lex["glued"].items() if role == "abbrev")
    return re.compile(
        r"(?<![\d.,،/:+a-z])(?<![a-z]-)(?P<digits>\d+(?:[.,،]\d+)*)"
        rf"(?:-?(?P<glued>{words_glued})(?![^\W\d_])"           # 12million, 12مليون, 12-million-strong
        rf"|(?P<abbr>{abbrevs})(?![^\W\d_]|-[a-z])"              # 1.5m, 57.9bn (not 3m-high)
        rf"|[^\S\n](?P<spaced>{spaced})(?![^\W\d_])"            # 1.5 bn
        r"|(?![\d]|[a-z]|[/:]\d|-[a-z]))"
        rf"|(?<!\w)(?P<clitic>[وبل]?)(?P<article>{affix('article')})?(?P<word>{words})(?!\w)")


@lru_cache(maxsize=1)
def qualifier_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The hedges before and after a number phrase.

    Returns:
        ``(before, after)``: ``before`` searched up to the phrase (ends with it),
        ``after`` matched at its end; group ``q`` is the qualifier.
    """
    lex = number_lexicon()
    before = re.compile(rf"(?<!\w)[وبل]?(?P<q>{trie_alternation(lex['pre'])})[^\S\n]*$")
    after = re.compile(rf"[^\S\n]*(?P<q>{trie_alternation(lex['post'])})(?!\w)")
    return before, after


def find_number_tokens(text: str, start: int, end: int):
    """The number tokens of ``text[start:end]`` in order.

    Args:
        text: normalised text.
        start: where to begin.
        end: where to stop.

    Yields:
        :class:`NumberToken` items; digits with a glued scale word give two tokens
        (``12million`` → 12, million; the scale token covers a hyphen).
    """
    words, lex_glued = number_lexicon()["words"], number_lexicon()["glued"]
    for match in _token_pattern().finditer(text, start, end):
        if match.group("digits"):
            digits = match.group("digits")
            yield NumberToken(match.start(), match.end("digits"), "digits", digits, value=parse_number(digits))
            where = next((g for g in ("glued", "abbr", "spaced") if match.group(g)), None)
            if where:  # 12million, 1.5m, 57.9bn: the scale token right after the digits
                scale = match.group(where)
                begin = match.start(where) if where == "spaced" else match.end("digits")  # 12-million
                yield NumberToken(begin, match.end(where), "scale", scale, value=lex_glued[scale][1])
            continue
        form = " ".join(match.group("word").split())
        kind, role, value = words[form]
        article = bool(match.group("article"))
        yield NumberToken(match.start("article") if article else match.start("word"), match.end(),
                     kind, form, role, value, article, match.group("clitic") == "و")


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
