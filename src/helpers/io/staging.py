"""Where a run writes: the staging folder, the manifest, the commit into ``OUT``, write errors.

A run writes into a staging folder beside its output (``OUT.partial``,
:func:`stage_output`) with a manifest ``run.json`` that says
``"complete": false``; only when every table is written does
:func:`commit_output` move the tables into ``OUT``, replacing the tables of
an earlier run there (other files in ``OUT`` are left alone).  An interrupted
or crashed run therefore leaves ``OUT`` as it was, and its partial tables in
``OUT.partial``, marked incomplete.  The run holds the lock of ``OUT``
(:mod:`helpers.io.outlock`) the whole time.

A write that fails (a full disk, a quota, a file-size limit) raises
:class:`WriteError`: one line naming the folder, the reason and the file
(``OUT.partial: no space left on device while writing mentions.csv``).
``run.json`` is never left half-written, a failed commit is undone, and the
next run accepts what is left in ``OUT.partial`` as its own.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

from helpers.io.tables import TABLES

__all__ = ["OutputError", "WriteError", "writing", "write_reason", "full_disk",
           "output_problem", "stage_output", "write_manifest", "commit_output", "MANIFEST"]

MANIFEST = "run.json"
#: What a run writes into OUT (and replaces there): tables in any format, the manifest, and the
#: corrected copies ``helpers analyze --judgements`` writes (``helpers.validate.corrected``).
_OWNED = frozenset({MANIFEST} | {f"{t}{s}" for t in TABLES for s in (".csv", ".parquet", "")}
                   | {f"{t}.corrected{s}" for t in TABLES for s in (".csv", ".parquet")})
#: What a staging folder of ours holds from its first write on (it is empty before).
_OURS = frozenset({MANIFEST, MANIFEST + ".tmp"})
_REASONS = {errno.ENOSPC: "no space left on device", errno.EDQUOT: "disk quota exceeded",
            errno.EFBIG: "file too large"}


class OutputError(OSError):
    """The output folder cannot be made or written (one line)."""


class WriteError(OutputError):
    """Writing into the staging or output folder failed, e.g. on a full disk (one line)."""


def write_reason(exc: OSError) -> str:
    """Why a write failed, in words that do not depend on the locale.

    Args:
        exc: the error of the write.

    Returns:
        ``no space left on device``, ``disk quota exceeded``, ``file too
        large``, else the error's own text in lower case.
    """
    return _REASONS.get(exc.errno) or str(exc.strerror or exc).lower()


def full_disk(exc: BaseException) -> bool:
    """Is ``exc`` a full disk, a quota or a file-size limit (ENOSPC, EDQUOT, EFBIG)?"""
    return isinstance(exc, OSError) and exc.errno in _REASONS


@contextmanager
def writing(folder: str | Path, what, *, verb: str = "writing"):
    """Turn an ``OSError`` raised in the block into one :class:`WriteError` line.

    Args:
        folder: the folder written into (named first in the line).
        what: the file (or step) being written.
        verb: how the step is named (``writing``, ``moving`` …).

    Yields:
        Nothing; ``WriteError("FOLDER: no space left on device while writing
        WHAT")`` is raised for an ``OSError`` of the block.
    """
    try:
        yield
    except OutputError:
        raise
    except OSError as exc:
        raise WriteError(f"{folder}: {write_reason(exc)} while {verb} {what}") from None


def output_problem(out: str | Path) -> str:
    """Why ``out`` cannot be an output folder ("" when it can).

    Args:
        out: the output folder given by the user.

    Returns:
        A one-line problem, or ``""``.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        return f"{out} exists and is not a folder"
    parent = next((p for p in [out, *out.parents] if p.exists()), Path("."))
    if not parent.is_dir():
        return f"{parent} is not a folder"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"{parent} is not writable"
    if not os.access(out.resolve().parent if out.exists() else parent, os.W_OK | os.X_OK):
        return f"{out.resolve().parent} is not writable (the tables are staged beside {out.name})"
    return ""


def stage_output(out: str | Path) -> Path:
    """Make the staging folder ``OUT.partial`` (beside ``OUT``, same file system).

    The caller holds the lock of ``out`` (:class:`helpers.io.outlock.OutputLock`),
    so an existing staging folder is an earlier run's, stopped or crashed.

    Args:
        out: the output folder.

    Returns:
        The empty staging folder.

    Raises:
        OutputError: it cannot be made, or a folder of that name is not a
            staging folder of an earlier run (one holds ``run.json`` or
            ``run.json.tmp``, or nothing).
    """
    out = Path(out).resolve()
    stage = out.with_name(out.name + ".partial")
    try:
        if stage.is_symlink() or stage.is_file():
            raise OutputError(f"{stage} exists and is not an earlier run's staging folder")
        if stage.exists():
            names = {entry.name for entry in stage.iterdir()}
            if names and not names & _OURS:
                raise OutputError(f"{stage} exists and is not an earlier run's staging folder")
            shutil.rmtree(stage)
        stage.mkdir(parents=True)
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot make {stage} ({exc.strerror or exc})") from None
    return stage


def write_manifest(folder: str | Path, manifest: dict, *, in_place: bool = False) -> None:
    """Write ``run.json`` (replaced in one step, never half-written).

    Args:
        folder: the staging or output folder.
        manifest: what the run did (JSON-serialisable).
        in_place: when the disk is full, overwrite the earlier ``run.json``
            in place (its blocks are already allocated), not in one step:
            for recording that a run stopped.

    Raises:
        WriteError: it could not be written (the earlier ``run.json`` stays,
            no ``run.json.tmp`` is left).
    """
    path = Path(folder) / MANIFEST
    temporary = path.with_suffix(".json.tmp")
    data = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    try:
        with writing(folder, MANIFEST):
            temporary.write_bytes(data)
            os.replace(temporary, path)
    except BaseException as exc:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        if not (in_place and isinstance(exc, WriteError) and path.is_file()):
            raise
        with writing(folder, MANIFEST), open(path, "r+b") as handle:
            handle.write(data)
            handle.truncate()


def commit_output(stage: str | Path, out: str | Path) -> None:
    """Move a complete staged output into ``out``.

    A missing or empty ``out`` is replaced by the staging folder in one
    rename; otherwise the earlier run's tables and manifest in ``out`` are set
    aside, the new ones moved in (``run.json`` last), and only then the old
    ones deleted.  If a move fails, the moves are undone: ``out`` holds the
    earlier run's files again and ``stage`` the new ones.

    Args:
        stage: the staging folder (complete).
        out: the output folder.

    Raises:
        WriteError: a move failed (``out`` is left as it was).
    """
    stage, out = Path(stage), Path(out).resolve()
    what = f"the tables from {stage.name} into {out.name}"
    with writing(out.parent, what, verb="moving"):
        if out.is_dir() and not any(out.iterdir()):
            out.rmdir()
        if not out.exists():
            out.parent.mkdir(parents=True, exist_ok=True)
            os.replace(stage, out)
            return
    old = out.with_name(out.name + ".previous")
    shutil.rmtree(old, ignore_errors=True)
    moved: list[tuple[Path, Path]] = []
    try:
        with writing(out.parent, what, verb="moving"):
            old.mkdir()
            for entry in list(out.iterdir()):
                if entry.name in _OWNED:
                    os.replace(entry, old / entry.name)
                    moved.append((entry, old / entry.name))
            for entry in sorted(stage.iterdir(), key=lambda path: path.name == MANIFEST):
                os.replace(entry, out / entry.name)
                moved.append((entry, out / entry.name))
    except BaseException:
        for source, target in reversed(moved):
            try:
                os.replace(target, source)
            except OSError:
                pass
        try:
            old.rmdir()  # only when every old file went back
        except OSError:
            pass
        raise
    stage.rmdir()
    shutil.rmtree(old, ignore_errors=True)
