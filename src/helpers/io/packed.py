"""Large tables of a cached lexicon kept packed, each item unpickled when first read.

A built lexicon kept in the disk cache (:mod:`helpers.io.disk_cache`) can hold
tens of thousands of small objects (the gazetteer's 58,328 variants, the mention
automaton's 67,230 key specs) of which one document reads a few dozen:
unpickling all of them was a good part of every start.  :class:`PackedSequence`
keeps such a table as one ``bytes`` object, each item pickled on its own, and an
array of offsets (two objects to load, however many items); an item is unpickled
the first time it is read and kept.  :class:`PackedMapping` adds a dictionary
from key to position.  Both pickle as their packed form, so an object holding
them is stored by the disk cache as it was loaded.
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Mapping, Sequence
from typing import Iterable

__all__ = ["PackedMapping", "PackedSequence"]


class PackedSequence(Sequence):
    """A read-only sequence whose items are unpickled one at a time, when first read."""

    __slots__ = ("_blob", "_offsets", "_items")

    def __init__(self, items: Iterable = ()):
        parts, offsets, end = [], array("q", [0]), 0
        for item in items:
            data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
            parts.append(data)
            end += len(data)
            offsets.append(end)
        self._set(b"".join(parts), offsets)

    def _set(self, blob: bytes, offsets: array) -> None:
        self._blob, self._offsets = blob, offsets
        self._items = [None] * (len(offsets) - 1)

    def __getstate__(self):
        return self._blob, self._offsets

    def __setstate__(self, state):
        self._set(*state)

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        item = self._items[index]
        if item is None:
            if index < 0:
                index += len(self._items)
            offsets = self._offsets
            item = self._items[index] = pickle.loads(self._blob[offsets[index]:offsets[index + 1]])
        return item

    def __iter__(self):
        for index in range(len(self._items)):
            yield self[index]


class PackedMapping(Mapping):
    """A read-only mapping (insertion order kept) whose values are unpickled when first read.

    Pickled as its keys joined into one string (when none holds the separator) and its
    packed values; the dictionary from key to position is made again when first needed.
    """

    __slots__ = ("_names", "_index", "_values")

    def __init__(self, mapping: Mapping | None = None):
        mapping = mapping or {}
        self._names = None
        self._index = {key: position for position, key in enumerate(mapping)}
        self._values = PackedSequence(mapping.values())

    def __getstate__(self):
        keys = list(self._positions)
        if all(type(key) is str and _SEPARATOR not in key for key in keys):
            return _SEPARATOR.join(keys), len(keys), self._values
        return None, self._positions, self._values

    def __setstate__(self, state):
        self._names, self._index, self._values = state

    @property
    def _positions(self) -> dict:
        if self._names is not None:
            names = self._names.split(_SEPARATOR) if self._index else []
            self._index, self._names = dict(zip(names, range(len(names)))), None
        return self._index

    def __getitem__(self, key):
        return self._values[self._positions[key]]

    def get(self, key, default=None):  # noqa: D102 (Mapping's)
        position = self._positions.get(key)
        return default if position is None else self._values[position]

    def __contains__(self, key) -> bool:
        return key in self._positions

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self):
        return iter(self._positions)

    def __repr__(self) -> str:
        return f"PackedMapping({len(self)} keys)"


_SEPARATOR = "\n"
