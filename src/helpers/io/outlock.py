"""One writer per output folder: the lock file ``OUT.lock`` beside ``OUT``.

A run holds an exclusive ``flock`` on ``OUT.lock`` from before it looks at
``OUT.partial`` until its tables are in ``OUT`` (or it has stopped), and
writes its pid, host and start time into the file.  A second run into the
same ``OUT`` finds the lock held and stops with one line naming ``OUT`` and
the first run's pid, before it touches anything.

Why beside ``OUT`` and not inside ``OUT.partial``: the lock must be taken
before the staging folder is inspected or removed (that is what it guards),
and it must stay where it is while the staging folder is renamed into
``OUT``.  The kernel releases a ``flock`` when its holder dies (even by
``kill -9``), so a crashed run never blocks the next one: the file it leaves
is taken over.  The holder deletes the file while still holding the lock; a
run that locked a file which was meanwhile deleted or replaced (compared by
inode) starts again with the file now at the path.  Where ``flock`` is not
available (Windows) or the file system refuses it, no lock is taken.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import socket
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no lock
    fcntl = None

from helpers.io.staging import OutputError

__all__ = ["OutputBusy", "OutputLock", "lock_path", "lock_owner"]

_UNSUPPORTED = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}


class OutputBusy(OutputError):
    """Another run is writing the same output folder (one line)."""


def lock_path(out: str | Path) -> Path:
    """The lock file of an output folder: ``OUT.lock`` beside ``OUT``.

    Args:
        out: the output folder.

    Returns:
        The path of its lock file.
    """
    out = Path(out).resolve()
    return out.with_name(out.name + ".lock")


def lock_owner(out: str | Path) -> dict:
    """What the lock file of ``out`` says about its holder (``{}`` when nothing).

    Args:
        out: the output folder.

    Returns:
        ``{"pid": …, "host": …, "started": …}`` as written by the holder.
    """
    try:
        owner = json.loads(lock_path(out).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return owner if isinstance(owner, dict) else {}


class OutputLock:
    """An exclusive lock on an output folder, held from :meth:`acquire` to :meth:`release`.

    Use it as a context manager: ``with OutputLock(out): …``.
    """

    def __init__(self, out: str | Path) -> None:
        self.out, self.path, self.fd = Path(out), lock_path(out), None

    def acquire(self) -> "OutputLock":
        """Take the lock, or raise :class:`OutputBusy` at once if another run holds it.

        Returns:
            This lock.

        Raises:
            OutputBusy: another live run holds it.
            OutputError: the lock file cannot be made.
        """
        if fcntl is None:
            return self
        while self.fd is None:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
            except OSError as exc:
                raise OutputError(f"cannot make the lock file {self.path} "
                                  f"({exc.strerror or exc})") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise OutputBusy(self._busy()) from None
            except OSError as exc:
                os.close(fd)
                if exc.errno in _UNSUPPORTED:  # a file system without locks: run unlocked
                    return self
                raise OutputError(f"cannot lock {self.path} ({exc.strerror or exc})") from None
            if _same_file(fd, self.path):
                self.fd = fd
            else:  # its holder deleted it between our open and our lock: take the new one
                os.close(fd)
        owner = {"pid": os.getpid(), "host": socket.gethostname(), "started":
                 dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        data = (json.dumps(owner) + "\n").encode()
        try:
            os.ftruncate(self.fd, 0)
            os.pwrite(self.fd, data, 0)
        except OSError:  # a full disk: the lock holds without its note
            pass
        return self

    def _busy(self) -> str:
        owner = {}
        for _ in range(10):  # its holder may be writing the note right now
            owner = lock_owner(self.out)
            if owner:
                break
            time.sleep(0.05)
        who = f"pid {owner['pid']}" if "pid" in owner else "pid unknown"
        if owner.get("host") and owner["host"] != socket.gethostname():
            who += f" on {owner['host']}"
        if owner.get("started"):
            who += f", started {owner['started']}"
        return (f"{self.out} is being written by another run ({who}; lock {self.path}); wait for "
                f"it to finish or choose another --out")

    def release(self) -> None:
        """Delete the lock file and let the lock go (nothing when not held)."""
        if self.fd is None:
            return
        try:
            if _same_file(self.fd, self.path):
                self.path.unlink()
        except OSError:
            pass
        os.close(self.fd)
        self.fd = None

    def __enter__(self) -> "OutputLock":
        return self.acquire()

    def __exit__(self, *_exc) -> None:
        self.release()


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)
