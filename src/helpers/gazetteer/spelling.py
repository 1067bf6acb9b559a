"""Spelling variants of one-word transliterated names: phonetic classes and slips.

Arabic outlets write a Chinese name with whatever letters their region hears in
it: شينجيانغ، سينكيانغ، صينجيانغ، شينقيانغ، شينجيانج … are one name.  Listing
every spelling an article has used never ends; these rules, data in
``data/gazetteer/variant_rules.tsv`` (rows whose ``flag`` is ``spelling`` or
``typo``), generate them from the spellings the variant file lists, for the
variant rows that carry the flag:

* ``spelling`` — every *slot* of the word that matches a rule (``op`` ``sub``)
  may take any member of the rule's letter class, all slots at once (the
  initial sibilant ش/س/ص, the middle velar ج/ك/غ/ق, the final ``ng`` نغ/نج/نق/نك):
  the product of the slots' classes.
* ``typo`` — ONE slip of the pen or keyboard away from a listed spelling
  (never from a generated one): a letter written without its dots (``sub``,
  غ/ع, ج/ح), a weak letter or ``n`` left out (``drop``), two neighbouring weak
  letters swapped (``swap``: شينجاينغ).

``where`` keeps a rule to the initial, medial (neither first nor last) or
final letters, and ``min`` to words of at least that many letters: an edit of
a long, foreign-shaped word is unlikely to be another Arabic word, an edit of
a short one is (سنجان/سنجار).  What a rule still generates that is another
place (شيجيانغ is the Xijiang river, شنيانغ the city of Shenyang) is listed as a
``block`` form of the entity in ``gazetteer/variants.tsv``; the loader drops
a generated variant that a block of its own entity names.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import normalise_text

__all__ = ["LetterRule", "OPS", "PLACES", "letter_rules", "spelling_forms", "typo_forms",
           "generated_forms"]

OPS = frozenset({"sub", "drop", "swap"})
PLACES = frozenset({"any", "initial", "medial", "final"})
#: Cap on the forms one word may generate.
MAX_FORMS = 512


@dataclass(frozen=True)
class LetterRule:
    """One row of ``variant_rules.tsv``.

    Attributes:
        name: the rule's name.
        flag: the variant flag that turns it on (translit | spelling | typo).
        op: sub | drop | swap.
        letters: the letter sequences of its class (normalised), in file order.
        where: any | initial | medial | final.
        min_letters: the shortest word it applies to.
    """

    name: str
    flag: str
    op: str
    letters: tuple
    where: str
    min_letters: int

    @property
    def regex(self) -> re.Pattern:
        """The class as a regex, anchored for ``initial``/``final``."""
        body = "|".join(re.escape(x) for x in sorted(self.letters, key=len, reverse=True))
        return re.compile({"final": f"(?:{body})$", "initial": f"^(?:{body})"}.get(
            self.where, f"(?:{body})"))


@lru_cache(maxsize=1)
def letter_rules() -> tuple[LetterRule, ...]:
    """Load ``data/gazetteer/variant_rules.tsv`` once.

    Returns:
        Every rule, in file order.

    Raises:
        ValueError: an unknown op or place, or a ``min`` that is not a number
            (naming the rule).
    """
    rules = []
    for row in read_tsv("gazetteer/variant_rules.tsv", ("rule", "flag", "op", "letters", "where", "min")):
        op, where = row["op"] or "sub", row["where"] or "any"
        if op not in OPS or where not in PLACES or not (row["min"] or "0").isdigit():
            raise ValueError(f"variant_rules.tsv: rule '{row['rule']}' has a bad op, where or min")
        letters = tuple(dict.fromkeys(normalise_text(x) for x in row["letters"].split("|") if x))
        rules.append(LetterRule(row["rule"], row["flag"] or "translit", op, letters, where, int(row["min"] or 0)))
    return tuple(rules)


def _rules(flag: str, word: str) -> list[LetterRule]:
    return [r for r in letter_rules() if r.flag == flag and len(word) >= r.min_letters]


def _matches(rule: LetterRule, word: str):
    """The rule's matches in the word, ``medial`` ones neither first nor last."""
    for match in rule.regex.finditer(word):
        if rule.where != "medial" or (match.start() > 0 and match.end() < len(word)):
            yield match


def spelling_forms(word: str) -> list[str]:
    """Every combination of the phonetic classes of the ``spelling`` rules.

    Args:
        word: one normalised Arabic word (``شينجيانغ``).

    Returns:
        The word and its forms (``سينجيانغ``, ``صينكيانق`` …), without duplicates,
        at most :data:`MAX_FORMS`.
    """
    slots = []
    for rule in _rules("spelling", word):
        if rule.op == "sub":
            slots += [(m.start(), m.end(), rule.letters) for m in _matches(rule, word)]
    chosen, end = [], 0
    for start, stop, letters in sorted(slots):
        if start >= end:
            chosen.append((start, stop, letters))
            end = stop
    pieces, position = [], 0
    for start, stop, letters in chosen:
        pieces += [(word[position:start],), letters]
        position = stop
    pieces.append((word[position:],))
    forms = ["".join(parts) for parts in itertools.islice(itertools.product(*pieces), MAX_FORMS)]
    return list(dict.fromkeys([word] + forms))


def typo_forms(word: str) -> list[str]:
    """The forms one slip (a ``typo`` rule) away from the word.

    Args:
        word: one normalised Arabic word.

    Returns:
        The slips (the word itself excluded), without duplicates.
    """
    out = []
    for rule in _rules("typo", word):
        if rule.op == "sub":
            for m in _matches(rule, word):
                out += [word[:m.start()] + alt + word[m.end():] for alt in rule.letters
                        if alt != m.group()]
        elif rule.op == "drop":
            out += [word[:m.start()] + word[m.end():] for m in _matches(rule, word)]
        else:
            last = len(word) - 1
            for i in range(len(word) - 1):
                a, b = word[i], word[i + 1]
                inside = rule.where != "medial" or (i > 0 and i + 1 < last)
                if a != b and a in rule.letters and b in rule.letters and inside:
                    out.append(word[:i] + b + a + word[i + 2:])
    return [f for f in dict.fromkeys(out) if f and f != word]


def generated_forms(word: str, flags) -> list[str]:
    """The spelling and typo forms a variant row's flags ask for.

    Args:
        word: one normalised Arabic word (a listed spelling).
        flags: the row's flags (``spelling`` and/or ``typo``).

    Returns:
        The generated forms, the word itself excluded.
    """
    out = spelling_forms(word) if "spelling" in flags else [word]
    if "typo" in flags:
        out += typo_forms(word)
    return [f for f in dict.fromkeys(out) if f != word][:MAX_FORMS]
