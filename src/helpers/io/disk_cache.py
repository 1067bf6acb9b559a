"""A disk cache of built lexicons, keyed by the files they are built from.

Building the gazetteer (every variant expanded, match keys, conflicts) costs
a good part of a second at each start.  :func:`cached` keeps what a builder
returns as a pickle in the user's cache folder, named by a hash of the
builder's name, Python's and this package's versions and the bytes of every
input file (the data files and the code that reads them): a changed data file
gives another key, so the object is built again and never read stale.

The cache is never required.  Its folder is ``$HELPERS_CACHE_DIR``, else
``$XDG_CACHE_HOME/helpers``, else ``~/.cache/helpers``; ``HELPERS_CACHE=0``
turns it off.  A folder that cannot be made or written (a read-only home, a
user without one), or a file that cannot be read or unpickled, means building
as if there were no cache, silently.  A file is written under a temporary
name and renamed into place, so that runs in parallel (worker processes,
several users of one home) never read half a file.

Compiled regular expressions are stored with their compiled program (see
:func:`_pattern_reduce`), so loading them does not parse and compile them
again; the collector is paused while a file is read (unpickling many small
objects otherwise triggers it again and again), and what was loaded is then
moved out of its reach (``gc.freeze``): the objects live as long as the
process, and every later collection would walk them again.
"""

from __future__ import annotations

import gc
import hashlib
import io
import os
import pickle
import re
import sys
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, TypeVar

__all__ = ["cache_dir", "cached", "input_key", "package_files"]

T = TypeVar("T")
#: Cache files of one builder kept besides the newest (older keys are removed).
_KEEP = 2


def cache_dir() -> Path | None:
    """The cache folder (not made here), or None when the cache is off.

    Returns:
        ``$HELPERS_CACHE_DIR``, ``$XDG_CACHE_HOME/helpers`` or ``~/.cache/helpers``.
    """
    if os.environ.get("HELPERS_CACHE", "1").strip().lower() in ("0", "no", "off", "false"):
        return None
    if os.environ.get("HELPERS_CACHE_DIR"):
        return Path(os.environ["HELPERS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME")
    try:
        return (Path(base) if base else Path.home() / ".cache") / "helpers"
    except (RuntimeError, KeyError):  # no home folder
        return None


def input_key(name: str, inputs: Iterable[Path]) -> str:
    """The hash that names a cache file: builder, versions and every input file's bytes.

    Args:
        name: the builder's name.
        inputs: the files the object is built from (missing ones count as missing).

    Returns:
        A hexadecimal digest.
    """
    digest = hashlib.sha256(f"{name}\0{sys.version}\0{_version()}\0".encode())
    for path in sorted(Path(p) for p in inputs):
        digest.update(f"{path}\0".encode())  # the folder too: sources name their file
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0missing\0")
    return digest.hexdigest()[:32]


@lru_cache(maxsize=1)
def _version() -> str:
    """The installed package's version (looked up once: each look-up scans the installed distributions)."""
    try:
        return metadata.version("helpers")
    except metadata.PackageNotFoundError:  # a source tree never installed
        return "0+source"


def package_files(*folders: str) -> list[Path]:
    """The data and code files of some folders of the package (inputs of a cached object).

    Args:
        folders: folders relative to the package (``"data/temporal"``, ``"extract/temporal"``).

    Returns:
        Their ``.tsv``, ``.txt``, ``.json`` and ``.py`` files, sorted.
    """
    from importlib import resources

    root = Path(str(resources.files("helpers")))
    return [path for folder in folders for path in sorted((root / folder).glob("*.*"))
            if path.suffix in (".tsv", ".txt", ".json", ".py")]


def cached(name: str, inputs: Iterable[Path], build: Callable[[], T]) -> T:
    """The object ``build()`` returns, from the disk cache when it holds it for these inputs.

    Args:
        name: the builder's name (a file-name prefix).
        inputs: the files the object is built from.
        build: makes the object (called when the cache has no usable copy).

    Returns:
        The object, loaded or built.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        path = folder / f"{name}-{input_key(name, inputs)}.pickle"
        with open(path, "rb") as handle:
            collecting = gc.isenabled()
            gc.disable()
            try:
                value = pickle.load(handle)
            finally:
                if collecting:
                    gc.enable()
        gc.freeze()  # long-lived: later collections need not walk its many objects again
        return value
    except Exception:  # no copy yet, or one that cannot be read: build it
        pass
    value = build()
    _store(folder, name, path, value)
    return value


def _store(folder: Path, name: str, path: Path, value) -> None:
    """Write the pickle atomically; give up silently when the folder cannot be written."""
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{name}-", dir=folder)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(_dumps(value))
        os.replace(temporary, path)
        temporary = None
        older = sorted(folder.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in older[:-_KEEP]:
            stale.unlink(missing_ok=True)
    except Exception:  # a read-only or full disk, no permission: no cache
        if temporary:
            Path(temporary).unlink(missing_ok=True)


def _dumps(value) -> bytes:
    """Pickle ``value``, its compiled regular expressions with their compiled programs."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


class _Pickler(pickle.Pickler):
    """A pickler that stores compiled patterns with their programs."""

    def reducer_override(self, obj):  # noqa: D102 (pickle's hook)
        return _pattern_reduce(obj)


def _pattern_reduce(obj):
    """Reduce a compiled pattern to the arguments of ``_sre.compile`` (no parsing when loaded).

    Args:
        obj: any object being pickled.

    Returns:
        ``(_sre.compile, arguments)`` for a pattern whose rebuilt copy equals it (same
        program), else NotImplemented (the usual pickling: compiled again when loaded).
    """
    if type(obj) is not re.Pattern:
        return NotImplemented
    try:
        import _sre
        from re import _compiler, _parser

        parsed = _parser.parse(obj.pattern, obj.flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for group, index in groupindex.items():
            indexgroup[index] = group
        code = [int(op) for op in _compiler._code(parsed, obj.flags)]  # opcodes are int subclasses
        arguments = (obj.pattern, obj.flags | parsed.state.flags, code,
                     parsed.state.groups - 1, groupindex, tuple(indexgroup))
        if _sre.compile(*arguments) == obj:  # the same pattern, flags and program
            return _sre.compile, arguments
    except Exception:  # another Python's internals: pickle it the usual way
        pass
    return NotImplemented
