"""What a corpus folder (or a ``.zip`` of texts) does with each file: read it, skip it, or ignore it.

The table is data (``data/io/file_kinds.tsv``): a suffix (or a whole file
name) gives the record kind the file is read as (``txt``, ``html`` …), or
``skip`` with a level and a reason, or ``ignore`` (system litter such as
``Thumbs.db``).  A suffix the table does not list is skipped too.  Hidden
files and folders (``.name``) are ignored, and so are the folder's own
companion files at its top: ``catalog.csv`` (any case) and ``gold.json``.

Every file skipped in a folder is named in ONE line (:func:`skipped_line`:
a count by suffix and the first names) that carries the whole list, with a
reason for each, for ``run.json``'s ``skipped``.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import PurePosixPath
from typing import NamedTuple

from helpers.io.corpus import LoadError
from helpers.text.lexicon_tools import read_tsv

__all__ = ["FileKind", "file_kind", "read_kinds", "read_suffixes", "skipped_line", "COMPANIONS", "UNKNOWN"]

#: Files of the corpus itself at the top of a folder or zip: read by other means, never skipped.
COMPANIONS = ("catalog.csv", "gold.json")
UNKNOWN = "not a format the corpus reader knows"
_SHOWN = 3


class FileKind(NamedTuple):
    """What to do with one file: a record kind, ``skip`` (with a level and a reason) or ``ignore``."""

    kind: str
    level: str = ""
    reason: str = ""


@lru_cache(maxsize=1)
def _table() -> dict[str, FileKind]:
    return {row["suffix"].lower(): FileKind(row["kind"], row["level"] or "warning", row["reason"])
            for row in read_tsv("io/file_kinds.tsv")}


@lru_cache(maxsize=1)
def read_kinds() -> frozenset[str]:
    """The record kinds files of a folder are read as.

    Returns:
        Every kind of the table but ``skip`` and ``ignore`` (``txt``, ``html`` …).
    """
    return frozenset(k.kind for k in _table().values()) - {"skip", "ignore"}


def read_suffixes() -> list[str]:
    """The suffixes of the files of a folder that are read.

    Returns:
        The suffixes in table order (``.txt``, ``.md``, ``.html`` …).
    """
    return [suffix for suffix, kind in _table().items()
            if suffix.startswith(".") and kind.kind not in ("skip", "ignore")]


def file_kind(path: str, *, top: bool = False) -> FileKind:
    """What to do with one file of a folder or zip.

    Args:
        path: its path relative to the folder (``/`` separated).
        top: it lies at the top of the folder (where its companion files are).

    Returns:
        A :class:`FileKind`: a record kind, ``ignore`` (hidden, system litter,
        companions) or ``skip`` with a level (``warning``/``note``) and a reason.
    """
    parts = PurePosixPath(path).parts
    table = _table()
    if any(p.startswith(".") or table.get(p.lower(), FileKind("")).kind == "ignore"
           for p in parts):
        return FileKind("ignore")
    name = parts[-1].lower() if parts else ""
    if top and name in COMPANIONS:
        return FileKind("ignore")
    suffix = PurePosixPath(name).suffix
    found = table.get(suffix)
    if found is None:
        return FileKind("skip", "warning", f"{UNKNOWN} ({suffix or 'no suffix'})")
    return found


def skipped_line(where: str, skipped: list[tuple[str, FileKind]], *, what: str = "file"
                 ) -> LoadError | None:
    """The one line naming every skipped file of a folder or zip.

    Args:
        where: the folder or zip, as messages name it.
        skipped: ``(path, kind)`` of each skipped file, in path order.
        what: ``file`` or ``member``.

    Returns:
        A :class:`LoadError` (``warning`` when a document or table is among
        them, else ``note``) carrying ``(path, reason)`` of every file for
        ``run.json``, or None when nothing was skipped.
    """
    if not skipped:
        return None
    suffixes = Counter(PurePosixPath(path).suffix.lower() or "(no suffix)" for path, _ in skipped)
    counts = ", ".join(f"{n} {suffix}" for suffix, n in sorted(suffixes.items(),
                                                                key=lambda s: (-s[1], s[0])))
    names = ", ".join(path for path, _ in skipped[:_SHOWN]) + (", …" if len(skipped) > _SHOWN else "")
    plural = "s" * (len(skipped) != 1)
    level = "warning" if any(kind.level == "warning" for _, kind in skipped) else "note"
    return LoadError(where, f"{len(skipped)} {what}{plural} not read ({counts}: {names}); each is "
                            "listed with its reason under \"skipped\" in run.json", level=level,
                     skipped=tuple((path, kind.reason) for path, kind in skipped))
