"""A corpus folder or a ``.zip`` of texts: its files, its catalog, and its records.

:func:`walk_folder` lists a folder's files (recursively, in path order) and
what could not be visited; :func:`iter_container` reads a folder or a zip
(:mod:`helpers.io.formats_zip`) as records, with the catalog's metadata.
Which files are read, and as what, is decided by
:func:`helpers.io.formats_kinds.file_kind`; every other file is named in one
line (``3 files not read (2 .mp3, 1 .doc: …)``) and listed in ``run.json``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

from helpers.io.corpus import LoadError
from helpers.io.corpus_catalog import match_catalog, parse_catalog, read_catalog
from helpers.io.formats_kinds import file_kind, read_kinds, read_suffixes, skipped_line
from helpers.io.formats_records import Record
from helpers.io.formats_zip import list_zip, open_zip, read_member
from helpers.io.records_base import Part

__all__ = ["walk_folder", "find_catalog", "iter_container", "PAGE_SUFFIXES"]

#: The suffixes of saved web pages (what a folder reads is in ``data/io/file_kinds.tsv``).
PAGE_SUFFIXES = (".html", ".htm")


def walk_folder(folder: Path) -> tuple[list[str], list[LoadError]]:
    """The files below a folder that are read, and what could not be visited or is not read.

    Hidden entries, system litter (``Thumbs.db``) and the folder's own
    ``catalog.csv`` and ``gold.json`` are passed over silently; every other
    file that is not read (:func:`~helpers.io.formats_kinds.file_kind`) is
    named in one line.  Symbolic links are followed once: a link back to a
    folder already visited (a loop) and a link whose target is missing are
    reported, as is a sub-folder that cannot be read.

    Args:
        folder: the corpus folder.

    Returns:
        ``(relative paths sorted, problems)``; the skipped files' line comes
        first among the problems.
    """
    files: list[str] = []
    skipped: list = []
    problems: list[LoadError] = []
    seen: set[tuple[int, int]] = set()
    stack = [(Path(folder), "")]
    while stack:
        directory, rel = stack.pop()
        info = directory.stat()
        if (info.st_dev, info.st_ino) in seen:
            problems.append(LoadError(rel, "symbolic link loop (this folder is already read); "
                                           "skipped", level="warning"))
            continue
        seen.add((info.st_dev, info.st_ino))
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            why = exc.strerror or exc.__class__.__name__
            problems.append(LoadError(rel or str(folder),
                                      f"unreadable folder ({why}); its files are skipped"))
            continue
        for entry in entries:
            name = f"{rel}/{entry.name}" if rel else entry.name
            kind = file_kind(name, top=not rel)
            if kind.kind == "ignore":
                continue
            try:
                if entry.is_dir():
                    stack.append((Path(entry.path), name))
                elif entry.is_file():
                    (files if kind.kind in read_kinds() else skipped).append((name, kind))
                elif entry.is_symlink():
                    problems.append(LoadError(name, "broken symbolic link (its target "
                                                    f"{os.readlink(entry.path)!r} is missing)"))
            except OSError as exc:
                problems.append(LoadError(name, f"unreadable ({exc.strerror or exc})"))
    line = skipped_line(Path(folder).name or str(folder), sorted(skipped))
    return (sorted(name for name, _ in files),
            ([line] if line else []) + sorted(problems, key=lambda p: p.file))


def find_catalog(folder: Path) -> Path | None:
    """Find a folder's catalog.

    Args:
        folder: the corpus folder.

    Returns:
        ``catalog.csv``, else the first file at the top whose name is that in
        another case (``Catalog.CSV``), else None.
    """
    if (folder / "catalog.csv").is_file():
        return folder / "catalog.csv"
    try:
        names = sorted(entry.name for entry in os.scandir(folder)
                       if entry.name.lower() == "catalog.csv" and entry.is_file())
    except OSError:
        return None
    return folder / names[0] if names else None


def _folder_source(part: Part):
    folder = Path(part.source)
    path = find_catalog(folder)
    catalog, errors = read_catalog(path) if path else ({}, [])
    every, problems = walk_folder(folder) if part.index == 0 or not part.files else ([], [])

    def read(name: str) -> bytes:
        try:
            return (folder / name).read_bytes()
        except OSError as exc:
            raise ValueError(f"unreadable ({exc.strerror or exc.__class__.__name__})") from None

    return every, problems, catalog, errors, path.name if path else "catalog.csv", read, None


def _zip_source(part: Part):
    handle = open_zip(part.source)
    listing = list_zip(handle, Path(part.source).name)
    catalog, errors = ({}, [])
    if listing.catalog is not None:
        try:
            data = read_member(handle, listing.catalog)
            catalog, errors = parse_catalog(data, listing.catalog.filename.rsplit("/", 1)[-1])
        except ValueError as exc:
            errors = [LoadError(listing.catalog.filename, str(exc))]
    name = listing.catalog.filename.rsplit("/", 1)[-1] if listing.catalog else "catalog.csv"
    return (list(listing.members), listing.problems, catalog, errors, name,
            lambda member: read_member(handle, listing.members[member]), handle)


def iter_container(part: Part) -> Iterator[Record | LoadError]:
    """The records of a folder or a zip of texts (or of one part of it), in path order.

    Part 0 also gives the lines about the whole corpus: the files not read,
    the catalog's problems, catalog rows whose file is missing, an empty
    corpus.

    Args:
        part: a :class:`Part` of kind ``folder`` or ``zip``.

    Yields:
        :class:`Record` objects (kind from the file's suffix, the catalog row
        as metadata) and :class:`LoadError` lines.
    """
    try:
        source = (_zip_source if part.kind == "zip" else _folder_source)(part)
    except ValueError as exc:
        yield LoadError(Path(part.source).name, str(exc))
        return
    every, problems, catalog, errors, catalog_name, read, handle = source
    try:
        files = list(part.files) or every
        rows, missing = match_catalog(catalog, every or files)
        if part.index == 0:
            yield from problems
            yield from errors
            for name in missing:
                yield LoadError(name, f"listed in {catalog_name} but the file is missing")
            if not every:
                yield LoadError(Path(part.source).name if part.kind == "zip" else part.source,
                                f"no files to read in the {'zip' if part.kind == 'zip' else 'folder'}"
                                f" (expected {', '.join(read_suffixes())})")
        for name in files:
            try:
                data = read(name)
            except ValueError as exc:
                yield LoadError(name, str(exc))
                continue
            yield Record(file_kind(name).kind, name, name, data, dict(rows.get(name) or {}))
    finally:
        if handle is not None:
            handle.close()
