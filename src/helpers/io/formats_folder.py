"""Listing a corpus folder: its text and page files, and what could not be visited."""

from __future__ import annotations

import os
from pathlib import Path

from helpers.io.corpus import LoadError

__all__ = ["walk_folder", "file_kind", "TEXT_SUFFIXES", "PAGE_SUFFIXES", "OFFICE_SUFFIXES"]

PAGE_SUFFIXES = (".html", ".htm")
#: Office documents: suffix -> record kind (read by helpers.io.pdf and helpers.io.docx).
OFFICE_SUFFIXES = {".pdf": "pdf", ".docx": "docx"}
TEXT_SUFFIXES = (".txt",) + PAGE_SUFFIXES + tuple(OFFICE_SUFFIXES)


def file_kind(name: str) -> str:
    """The record kind of a corpus file by its suffix: ``html``, ``pdf``, ``docx`` or ``txt``."""
    suffix = Path(name).suffix.lower()
    return "html" if suffix in PAGE_SUFFIXES else OFFICE_SUFFIXES.get(suffix, "txt")


def walk_folder(folder: Path) -> tuple[list[str], list[LoadError]]:
    """The ``.txt``/``.html``/``.pdf``/``.docx`` files below a folder, and what could not be visited.

    Hidden entries are skipped; symbolic links are followed once: a link back
    to a folder already visited (a loop) and a link whose target is missing
    are reported, as is a sub-folder that cannot be read.

    Args:
        folder: the corpus folder.

    Returns:
        ``(relative paths sorted, problems)``.
    """
    files: list[str] = []
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
            if entry.name.startswith("."):
                continue
            name = f"{rel}/{entry.name}" if rel else entry.name
            try:
                if entry.is_dir():
                    stack.append((Path(entry.path), name))
                elif entry.is_file():
                    if entry.name.lower().endswith(TEXT_SUFFIXES):
                        files.append(name)
                elif entry.is_symlink():
                    problems.append(LoadError(name, "broken symbolic link (its target "
                                                    f"{os.readlink(entry.path)!r} is missing)"))
            except OSError as exc:
                problems.append(LoadError(name, f"unreadable ({exc.strerror or exc})"))
    return sorted(files), sorted(problems, key=lambda p: p.file)
