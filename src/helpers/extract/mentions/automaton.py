"""The mention stage's Aho–Corasick automaton over every gazetteer key.

Built once per process and gazetteer; the packaged gazetteer's automaton is
kept in the disk cache (:mod:`helpers.io.disk_cache`), keyed by the
gazetteer's inputs (its data files and code) and this stage's code, because
building it (every key, its variants ranked) is the slowest part of the first
document.  The automaton stores one integer per key, an index into a table of
plain tuples kept beside it (:class:`KeyAutomaton`); a key's ranked variants are
looked up in the gazetteer the first time the key is hit, so the cached file holds
no copy of the gazetteer's variants.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import ahocorasick

from helpers.gazetteer.index import Gazetteer, default_gazetteer, gazetteer_inputs
from helpers.io.disk_cache import cached, package_files
from helpers.io.packed import PackedSequence
from helpers.text.affixes import affix

__all__ = ["KeyAutomaton", "automaton", "build_automaton", "is_arabic"]

_FORM_RANK = {"name": 0, "acronym": 1, "nisba": 2, "metonym": 3}


def is_arabic(key: str) -> bool:
    """Whether a match key is Arabic (its first character).

    Args:
        key: a non-empty match key.

    Returns:
        True for a key starting in the Arabic block.
    """
    return "\u0600" <= key[0] <= "\u06ff"


class KeyAutomaton:
    """An Aho–Corasick automaton whose values are indices into a table of key specs.

    ``specs[i]`` is ``(length, is Arabic, length without spaces, items)`` with
    items ``(needs lam, is block, gazetteer key, cased)``; :meth:`iter` yields
    each hit's spec with the gazetteer key replaced by its payload (the key's
    ranked variants, or a block's vetoed entity ids), resolved once per key.
    """

    __slots__ = ("found", "specs", "_gazetteer", "_resolved", "_ranked")

    def __init__(self, found, specs: tuple):
        self.found, self.specs = found, specs
        self._gazetteer = None

    def __getstate__(self):  # the specs packed: each is unpickled when its key is first hit
        specs = self.specs if isinstance(self.specs, PackedSequence) else PackedSequence(self.specs)
        return self.found, specs

    def __setstate__(self, state):
        self.found, self.specs = state
        self._gazetteer = None

    def bind(self, gazetteer: Gazetteer) -> "KeyAutomaton":
        """Resolve payloads from this gazetteer (the one the automaton was built from).

        Args:
            gazetteer: a :class:`~helpers.gazetteer.index.Gazetteer`.

        Returns:
            The automaton itself.
        """
        self._gazetteer = gazetteer
        self._resolved = [None] * len(self.specs)
        self._ranked = {}
        return self

    def iter(self, view: str):
        """Every hit in ``view``: ``(end index, (length, is Arabic, letters, items))``.

        Args:
            view: the text to scan.

        Yields:
            As ``ahocorasick.Automaton.iter`` did with the payloads inline.
        """
        resolved = self._resolved
        for last, index in self.found.iter(view):
            value = resolved[index]
            if value is None:
                value = resolved[index] = self._resolve(self.specs[index])
            yield last, value

    def _resolve(self, spec: tuple) -> tuple:
        length, arabic, letters, items = spec
        return length, arabic, letters, tuple(
            (needs_lam, is_block, self._gazetteer.blocks[key] if is_block else self._rank_of(key), cased)
            for needs_lam, is_block, key, cased in items)

    def _rank_of(self, key: str) -> tuple:
        ranked = self._ranked.get(key)
        if ranked is None:
            ranked = self._ranked[key] = _rank(self._gazetteer.keys[key])
        return ranked


@lru_cache(maxsize=4)
def automaton(gazetteer: Gazetteer) -> KeyAutomaton:
    """The automaton of a gazetteer (once per process; the packaged one from the disk cache).

    Args:
        gazetteer: a :class:`~helpers.gazetteer.index.Gazetteer`.

    Returns:
        The :class:`KeyAutomaton` of :func:`build_automaton`, bound to ``gazetteer``.
    """
    if default_gazetteer.cache_info().currsize and gazetteer is default_gazetteer():
        inputs = gazetteer_inputs() + package_files("extract/mentions", "data/text")
        return cached("mention-automaton", inputs, lambda: build_automaton(gazetteer)).bind(gazetteer)
    return build_automaton(gazetteer).bind(gazetteer)


def build_automaton(gazetteer: Gazetteer) -> KeyAutomaton:
    """Build the automaton: key → index of (length, is Arabic, length without spaces, items).

    Args:
        gazetteer: a :class:`~helpers.gazetteer.index.Gazetteer`.

    Returns:
        A :class:`KeyAutomaton` (unbound) whose words are the keys followed by a space.
    """
    entries: dict[str, list] = defaultdict(list)
    article, article_lam = affix("article"), affix("article_lam")
    for table, is_block in ((gazetteer.keys, False), (gazetteer.blocks, True)):
        for key, value in table.items():
            cased = not is_block and any(v.form == "acronym" or "case" in v.flags for v in value)
            entries[key].append((False, is_block, key, cased))
            if is_arabic(key) and key.startswith(article) and len(key) > 3:
                entries[article_lam + key[len(article):]].append((True, is_block, key, cased))
    found = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    specs = []
    for key, items in entries.items():
        # the trailing space makes every hit end at a word end (the view ends with one)
        found.add_word(key + " ", len(specs))
        specs.append((len(key), is_arabic(key), len(key.replace(" ", "")), tuple(items)))
    found.make_automaton()
    return KeyAutomaton(found, tuple(specs))


def _rank(variants) -> tuple:
    return tuple(sorted(variants, key=lambda v: (v.generated, _FORM_RANK.get(v.form, 9))))
