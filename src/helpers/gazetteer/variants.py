"""Variant generation for the gazetteer: pattern grammar, nisba inflection, drift.

The gazetteer's variant file writes many spellings in one compact *pattern*;
this module expands a pattern into concrete variants and turns a variant into
the *match key* the mention finder searches for.

Pattern grammar (one cell of ``gazetteer/variants.tsv``):

``a|b``      top-level alternatives (several variants in one row)
``(a|b)``    a group of alternatives inside a variant
``[x]``      an optional part (``[ال]أويغور`` = ``الأويغور`` or ``أويغور``)

Generation rules applied by the loader (all driven by data files):

* **Article contraction**: ``ل`` + ``ال`` → ``لل`` inside composed variants
  (``الأمين العام [ل]الأمم المتحدة`` → ``الأمين العام للأمم المتحدة``).
* **Nisba inflection** (form ``nisba``, Arabic): from the masculine singular
  stem ``صيني`` → صيني صينية صينيا صينيون صينيين صينيان صينيتان صينيتين
  صينيات, each with and without the article; multi-word stems (``كوري
  شمالي``) inflect every word in agreement.  English nisba ``Chinese`` also
  gives the ``-s`` plural (``Canadians``).
* **Transliteration drift** (flag ``translit``): every spelling one
  substitution away under the ``translit`` rules of ``variant_rules.tsv``
  (غ/ج/ق for *g*, تش/ش for *ch*, يي/ي, وو/و), for multi-word transliterated names.
* **Spelling and slips** (flags ``spelling``, ``typo``) of one-word names:
  the phonetic classes and one-slip forms of :mod:`helpers.gazetteer.spelling`.
* **Glue**: multi-word variants also match with one space, or all spaces,
  dropped (``الأممالمتحدة``, ``الولاياتالمتحدة الأمريكية``).
* **ASCII folding** for English (``Erdoğan`` → ``Erdogan``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from helpers.gazetteer.spelling import letter_rules
from helpers.text.affixes import affix, affix_alternation, affixes
from helpers.text.normalise import normalise_text

__all__ = [
    "PatternError",
    "expand_pattern",
    "arabic_nisba_forms",
    "english_nisba_forms",
    "drift_forms",
    "glued_forms",
    "match_key",
    "ascii_fold",
]

#: Cap on the variants one pattern (or one drift expansion) may produce.
MAX_EXPANSION = 2048

_TOKEN = re.compile(r"[()\[\]|]|[^()\[\]|]+")
_NONWORD = re.compile(r"[^\w]+|_+")
_AL = affix("article")
_ARTICLE_AFTER_LAM = re.compile(rf"(?<![\w])({affix_alternation('lam_before_article')}){_AL}")

_NISBA_SUFFIXES = ("", *affixes("nisba_suffix"))


class PatternError(ValueError):
    """A variant pattern is malformed (unbalanced brackets, empty result)."""


def expand_pattern(pattern: str) -> list[str]:
    """Expand a variant pattern into its concrete variants.

    Args:
        pattern: text using ``|`` alternatives, ``(…)`` groups and ``[…]``
            optional parts.

    Returns:
        The variants in pattern order, whitespace-collapsed, without
        duplicates or empty strings.

    Raises:
        PatternError: unbalanced brackets, or more than ``MAX_EXPANSION``
            variants.
    """
    tokens = _TOKEN.findall(pattern)
    alternatives, position = _parse_alternatives(tokens, 0, closing=None)
    if position != len(tokens):
        raise PatternError(f"unexpected '{tokens[position]}' in pattern")
    out: list[str] = []
    for variant in alternatives:
        variant = " ".join(variant.split())
        variant = _ARTICLE_AFTER_LAM.sub(r"\1ل", variant)
        if variant and variant not in out:
            out.append(variant)
    if not out:
        raise PatternError("pattern expands to nothing")
    return out


def _parse_alternatives(tokens, position, closing):
    """Parse ``seq ('|' seq)*`` up to ``closing``; return (strings, position)."""
    results: list[str] = []
    current = [""]
    while position < len(tokens):
        token = tokens[position]
        if token == closing:
            break
        if token in (")", "]"):
            raise PatternError(f"unbalanced '{token}' in pattern")
        position += 1
        if token == "|":
            results.extend(current)
            current = [""]
        elif token in ("(", "["):
            end = ")" if token == "(" else "]"
            inner, position = _parse_alternatives(tokens, position, closing=end)
            if position >= len(tokens):
                raise PatternError(f"missing '{end}' in pattern")
            position += 1
            if token == "[":
                inner = [""] + inner
            current = [a + b for a in current for b in inner]
        else:
            current = [a + token for a in current]
        if len(current) + len(results) > MAX_EXPANSION:
            raise PatternError(f"pattern expands to more than {MAX_EXPANSION} variants")
    results.extend(current)
    return results, position


def arabic_nisba_forms(stem: str) -> list[str]:
    """Inflect an Arabic nisba adjective given as its masculine singular.

    Args:
        stem: one or more words, each ending in ي (``صيني``, ``كوري شمالي``);
            a form whose words do not all end in ي is a broken plural
            (``الأتراك``) and is returned as it is.

    Returns:
        All number/gender forms, with and without the article on every word.
    """
    words = normalise_text(stem).split()
    if not all(w.endswith("ي") for w in words):
        return [stem]
    out: list[str] = []
    for suffix in _NISBA_SUFFIXES:
        inflected = [w + suffix for w in words]
        out.append(" ".join(inflected))
        if suffix != "ا":
            out.append(" ".join(_AL + w for w in inflected))
    return out


def english_nisba_forms(word: str) -> list[str]:
    """English demonym adjective and its ``-s`` plural (``Canadian(s)``).

    Args:
        word: the adjective as written.

    Returns:
        ``[word, word + "s"]`` (``Chinese`` → ``Chineses`` is harmless).
    """
    return [word] if word.endswith("s") else [word, word + "s"]


@lru_cache(maxsize=1)
def _drift_rules() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """The ``translit`` rows of ``data/gazetteer/variant_rules.tsv``: (compiled pattern, alternatives)."""
    return tuple((rule.regex, rule.letters) for rule in letter_rules() if rule.flag == "translit")


def drift_forms(variant: str) -> list[str]:
    """Transliteration drift of a (normalised) Arabic variant: one edit away.

    Each form differs from ``variant`` by one substitution of
    ``variant_rules.tsv`` in one word (وانغ → وانج, تشون → شون); the data
    lists the common spellings, the rules add their near neighbours.

    Args:
        variant: a normalised Arabic name (one or more words).

    Returns:
        The original followed by its one-edit drift variants.
    """
    words = variant.split()
    out = [variant]
    for index, word in enumerate(words):
        for form in _word_edits(word):
            out.append(" ".join(words[:index] + [form] + words[index + 1:]))
    return list(dict.fromkeys(out))[:MAX_EXPANSION]


def _word_edits(word: str) -> list[str]:
    forms = []
    for regex, group in _drift_rules():
        for match in regex.finditer(word):
            for alt in group:
                if alt != match.group():
                    forms.append(word[: match.start()] + alt + word[match.end():])
    return forms


def glued_forms(variant: str) -> list[str]:
    """The variant with one of its inner spaces, or all of them, dropped.

    Args:
        variant: a multi-word variant.

    Returns:
        ``الأممالمتحدة`` for ``الأمم المتحدة``; for longer names every form
        with one space dropped plus the fully glued form.
    """
    words = variant.split()
    if len(words) < 2:
        return []
    out = [" ".join(words[:i - 1] + [words[i - 1] + words[i]] + words[i + 1:]) for i in range(1, len(words))]
    out.append("".join(words))
    return list(dict.fromkeys(out))


def ascii_fold(text: str) -> str:
    """Strip Latin diacritics (``Erdoğan`` → ``Erdogan``, ``Türk`` → ``Turk``).

    Args:
        text: a Latin-script string.

    Returns:
        The string without combining marks.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def match_key(variant: str) -> str:
    """The form a variant is searched under: normalised, punctuation as spaces.

    Args:
        variant: a concrete variant.

    Returns:
        ``normalise_text`` applied, every run of non-word characters turned
        into one space, trimmed (``U.S.`` → ``u s``, ``Ra'ad`` → ``ra ad``).
    """
    return _NONWORD.sub(" ", normalise_text(variant)).strip()
