"""The mention stage's Aho–Corasick automaton over every gazetteer key.

Built once per process and gazetteer; the packaged gazetteer's automaton is
kept in the disk cache (:mod:`helpers.io.disk_cache`), keyed by the
gazetteer's inputs (its data files and code) and this stage's code, because
building it (every key, its variants ranked) is the slowest part of the first
document.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import ahocorasick

from helpers.gazetteer.gazetteer import Gazetteer, default_gazetteer, gazetteer_inputs
from helpers.io.disk_cache import cached, package_files

__all__ = ["automaton", "build_automaton", "is_arabic"]

_FORM_RANK = {"name": 0, "acronym": 1, "nisba": 2, "metonym": 3}


def is_arabic(key: str) -> bool:
    """Whether a match key is Arabic (its first character).

    Args:
        key: a non-empty match key.

    Returns:
        True for a key starting in the Arabic block.
    """
    return "\u0600" <= key[0] <= "\u06ff"


@lru_cache(maxsize=4)
def automaton(gazetteer: Gazetteer):
    """The automaton of a gazetteer (once per process; the packaged one from the disk cache).

    Args:
        gazetteer: a :class:`~helpers.gazetteer.gazetteer.Gazetteer`.

    Returns:
        The automaton of :func:`build_automaton`.
    """
    if default_gazetteer.cache_info().currsize and gazetteer is default_gazetteer():
        inputs = gazetteer_inputs() + package_files("extract/mentions")
        return cached("mention-automaton", inputs, lambda: build_automaton(gazetteer))
    return build_automaton(gazetteer)


def build_automaton(gazetteer: Gazetteer):
    """Build the automaton: key → (length, is Arabic, length without spaces, entries).

    Args:
        gazetteer: a :class:`~helpers.gazetteer.gazetteer.Gazetteer`.

    Returns:
        A ``pyahocorasick`` automaton whose words are the keys followed by a space.
    """
    entries: dict[str, list] = defaultdict(list)
    for table, is_block in ((gazetteer.keys, False), (gazetteer.blocks, True)):
        for key, value in table.items():
            payload = value if is_block else _rank(value)
            cased = not is_block and any(v.form == "acronym" or "case" in v.flags for v in value)
            entries[key].append((False, is_block, payload, cased))
            if is_arabic(key) and key.startswith("ال") and len(key) > 3:
                entries["لل" + key[2:]].append((True, is_block, payload, cased))
    found = ahocorasick.Automaton()
    for key, items in entries.items():
        # the trailing space makes every hit end at a word end (the view ends with one)
        found.add_word(key + " ", (len(key), is_arabic(key), len(key.replace(" ", "")), tuple(items)))
    found.make_automaton()
    return found


def _rank(variants) -> tuple:
    return tuple(sorted(variants, key=lambda v: (v.generated, _FORM_RANK.get(v.form, 9))))
