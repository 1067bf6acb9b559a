"""Comparing actor names when scoring against a gold file.

Gold files name actors in English Wikipedia style ("China", "United
Nations", "Rights groups", "(author)"); the pipeline's stance and claim rows
carry the gazetteer's ``name_en`` or a group label.  :func:`actor_key` makes
the two comparable: case and spacing are ignored, and the names listed in
``data/evaluate/actor_aliases.tsv`` (the same actor under another name, under the
gold's conventions) become their canonical name, and so do the spellings of
actors outside the gazetteer that ``data/quotes/open_actors.tsv`` lists
(أديداس → Adidas: the pipeline writes the canonical name, a gold the name as
written).  An empty actor is the document's own voice, ``(author)``.  Nothing
else is matched: a name that is not listed matches only itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.quotes.open_actors import canonical
from helpers.extract.stance.holders import AUTHOR
from helpers.text.lexicon_tools import read_tsv

__all__ = ["actor_key", "aliases"]
_SPACES = re.compile(r"\s+")


def _fold(name: str) -> str:
    return _SPACES.sub(" ", name).strip().casefold()


@lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    """The alias table, ``{folded alias: canonical actor}``.

    Returns:
        Mapping read once from ``data/evaluate/actor_aliases.tsv``.
    """
    return {_fold(row["alias"]): row["actor"] for row in read_tsv("evaluate/actor_aliases.tsv")}


def actor_key(name) -> str:
    """The comparable form of an actor name.

    Args:
        name: an actor name (str; ``None``/NaN/"" for the document's own voice).

    Returns:
        The folded canonical name: ``"Human rights organizations"`` →
        ``"rights groups"``, ``""`` → ``"(author)"``.
    """
    text = "" if name is None or name != name else str(name)
    folded = _fold(text)
    if not folded:
        return AUTHOR
    return _fold(canonical(aliases().get(folded, text))[0])
