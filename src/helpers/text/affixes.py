"""Arabic affixes named by role (``data/text/affixes.tsv``), for the rules of every stage.

The article ال, its contraction with ل (لل) and other small sets live in the data
file so that no Arabic word is written in a rule's code: a module builds its
regular expressions from :func:`affix` and :func:`affixes`.
"""

from __future__ import annotations

from functools import cache

from helpers.text.lexicon_tools import read_tsv

__all__ = ["affix", "affixes", "affix_alternation"]


@cache
def _roles() -> dict[str, tuple[str, ...]]:
    """The forms of every role of ``affixes.tsv``, in file order (read once)."""
    roles: dict[str, list[str]] = {}
    for row in read_tsv("text/affixes.tsv", columns=("role", "form")):
        roles.setdefault(row["role"], []).append(row["form"])
    return {role: tuple(forms) for role, forms in roles.items()}


def affixes(role: str) -> tuple[str, ...]:
    """The forms of ``role`` in file order (``KeyError`` for an unknown role)."""
    return _roles()[role]


def affix(role: str) -> str:
    """The one form of ``role`` (``article`` → ال)."""
    forms = affixes(role)
    if len(forms) != 1:
        raise ValueError(f"data/text/affixes.tsv: role {role} has {len(forms)} forms, not one")
    return forms[0]


def affix_alternation(role: str) -> str:
    """The forms of ``role`` as a regex alternation in file order, without a group (``ها|هم|ه``)."""
    return "|".join(affixes(role))
