"""A ``.zip`` of texts read like a folder, never outside it, and never a zip bomb.

The members are listed like a folder's files (:mod:`helpers.io.formats_kinds`
decides what is read), with names made safe first:

- ``\\`` separators (written by some Windows tools) become ``/``; a name
  that is not marked UTF-8 but is UTF-8 (7-Zip, macOS) is read as UTF-8;
- a member with an absolute path, a drive letter, a ``..`` component or
  that is a symbolic link is refused (nothing is ever extracted: members are
  read into memory, but such names are not allowed to become file names or
  doc_ids either);
- when every member lies in one top folder (a zip made from a folder), that
  folder is the corpus: ``corpus/a.txt`` is read as ``a.txt``, so the
  documents get the same ``file`` and ``doc_id`` as the unzipped folder and
  its ``catalog.csv`` (found at the top, any case) applies as it is.

Against zip bombs, a member whose declared size is over
:data:`MEMBER_LIMIT`, that expands more than :data:`RATIO_LIMIT` times (when
over 1 MiB), or that would take the total over :data:`TOTAL_LIMIT` is
refused (``zipfile`` itself never reads more than the declared size).
Refused members are named in one line each kind, and listed in ``run.json``.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from pathlib import Path
from typing import NamedTuple

from helpers.io.corpus import LoadError
from helpers.io.formats_kinds import file_kind, skipped_line

__all__ = ["ZipListing", "list_zip", "open_zip", "read_member", "zip_problem", "MEMBER_LIMIT",
           "TOTAL_LIMIT", "RATIO_LIMIT"]

MEMBER_LIMIT = 256 << 20
TOTAL_LIMIT = 4 << 30
RATIO_LIMIT = 200
_RATIO_FLOOR = 1 << 20
_LIMITS = (f"a possible zip bomb (over {MEMBER_LIMIT >> 20} MiB a member, {TOTAL_LIMIT >> 30} "
           f"GiB in all or {RATIO_LIMIT}:1 compression)")
_UNSAFE = "unsafe (an absolute path, a drive letter, '..' or a symbolic link)"


class ZipListing(NamedTuple):
    """A zip's members as corpus paths: what to read, the catalog, and the lines about the rest."""

    members: dict[str, zipfile.ZipInfo]
    catalog: zipfile.ZipInfo | None
    problems: list[LoadError]


def _name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & 0x800 and not name.isascii():
        try:
            name = name.encode("cp437").decode("utf-8")
        except UnicodeError:
            pass
    return name.replace("\\", "/")


def _unsafe(name: str, info: zipfile.ZipInfo) -> bool:
    parts = name.split("/")
    return (name.startswith("/") or (len(name) > 1 and name[1] == ":") or ".." in parts
            or "\x00" in name or stat.S_ISLNK(info.external_attr >> 16))


def _over(info: zipfile.ZipInfo, total: int) -> bool:
    size = info.file_size
    return (size > MEMBER_LIMIT or total + size > TOTAL_LIMIT
            or (size > _RATIO_FLOOR and size > RATIO_LIMIT * max(info.compress_size, 1)))


def _top_folder(names: list[str]) -> str:
    """``"corpus/"`` when every visible member lies in that one folder, else ``""``."""
    visible = [n for n in names if file_kind(n.split("/", 1)[0]).kind != "ignore"]
    tops = {n.split("/", 1)[0] for n in visible}
    return f"{tops.pop()}/" if len(tops) == 1 and all("/" in n for n in visible) else ""


def _refused(where: str, names: list[str], why: str) -> LoadError | None:
    if not names:
        return None
    shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
    return LoadError(where, f"{len(names)} member{'s' * (len(names) != 1)} refused as {why}; "
                            f"{shown}", skipped=tuple((name, f"refused as {why}") for name in names))


def list_zip(handle: zipfile.ZipFile, where: str) -> ZipListing:
    """The members of an open zip as a folder's files.

    Args:
        handle: the open zip.
        where: how messages name the zip.

    Returns:
        A :class:`ZipListing`: the members to read by corpus path (sorted),
        the catalog member, and one line for the members skipped (by kind),
        one (an error) for those refused as unsafe and one (an error) for
        those over the limits.
    """
    entries = [(_name(info), info) for info in handle.infolist() if not info.is_dir()]
    unsafe = sorted(name for name, info in entries if _unsafe(name, info))
    entries = sorted((n, i) for n, i in entries if not _unsafe(n, i) and n.strip("/"))
    prefix = _top_folder([n for n, _ in entries])
    members, skipped, over, catalog, total = {}, [], [], None, 0
    for name, info in entries:
        if not name.startswith(prefix):
            continue  # litter beside the top folder (__MACOSX/…)
        path = name[len(prefix):]
        kind = file_kind(path, top="/" not in path)
        if kind.kind == "ignore":
            if path.lower() == "catalog.csv" and catalog is None and _over(info, 0):
                over.append(path)
            elif path.lower() == "catalog.csv" and catalog is None:
                catalog = info
        elif kind.kind == "skip":
            skipped.append((path, kind))
        elif _over(info, total):
            over.append(path)
        else:
            members[path] = info
            total += info.file_size
    problems = [skipped_line(where, skipped, what="member"), _refused(where, unsafe, _UNSAFE),
                _refused(where, over, _LIMITS)]
    return ZipListing(members, catalog, [line for line in problems if line is not None])


def zip_problem(path: str | Path) -> str:
    """Why a zip-based file (``.xlsx``) may not be opened: a zip bomb, or not a zip ("" when fine).

    Args:
        path: the file.

    Returns:
        One line, or ``""``.
    """
    try:
        with zipfile.ZipFile(path) as handle:
            total = 0
            for info in handle.infolist():
                if _over(info, total):
                    return f"refused as {_LIMITS}; {info.filename}"
                total += info.file_size
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        return f"not a zip file ({exc})"
    return ""


def read_member(handle: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes (checked against its CRC).

    Args:
        handle: the open zip.
        info: the member.

    Returns:
        The bytes.

    Raises:
        ValueError: one line: encrypted, an unsupported compression, damaged.
    """
    try:
        return handle.read(info)
    except RuntimeError as exc:  # encrypted
        raise ValueError(f"cannot be read ({exc}); unzip it with its password first") from None
    except NotImplementedError as exc:
        raise ValueError(f"cannot be read ({exc})") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise ValueError(f"damaged zip member ({exc})") from None


def open_zip(path: str | Path) -> zipfile.ZipFile:
    """Open a zip file.

    Args:
        path: the file.

    Returns:
        The open ``zipfile.ZipFile``.

    Raises:
        ValueError: one line: not a zip file, or unreadable.
    """
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ValueError(f"not a readable zip file ({exc})") from None

