"""Worker processes die with the run that started them, even after ``kill -9``.

A run with ``jobs > 1`` starts a forkserver, which forks the workers.  When
the run's process is killed outright nothing stops them: each worker holds a
copy of the pipe on which the forkserver waits for the run's end, so the
forkserver and the workers live on with their lexicons (about 520 MB for
``--jobs 2``) for minutes, working for nobody.

On Linux the kernel ends them: ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` asks for
SIGKILL when the parent ends.  Imported inside the forkserver (it is the
first module the forkserver preloads, see :data:`helpers.engine.forkserver.PRELOAD`),
this module sets it there, so the forkserver dies with the run; imported
anywhere else (the run's own process imports it for :func:`worker_started`)
it does nothing on import.  :func:`worker_started`, the pool's initializer,
sets it in each worker, whose parent is the forkserver, so the workers die
with the forkserver.  Each checks right after the call that its parent is
still the one it had: a parent that ended just before is not signalled.
Elsewhere (no ``prctl``) a worker starts a daemon thread that waits for the
run's process to end and then exits; the forkserver exits by itself once no
worker holds its pipe.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading

__all__ = ["die_with_parent", "worker_started", "forked_worker_started"]

_PR_SET_PDEATHSIG = 1
#: The forkserver's pid when this module was imported inside the forkserver
#: (inherited by every worker it forks), else None.
_SERVER: int | None = None


def die_with_parent(parent: int) -> bool:
    """Ask the kernel to kill this process with SIGKILL when its parent ends (Linux).

    Args:
        parent: the pid this process's parent had when it was started; if
            the parent is already another one, it has ended: exit at once.

    Returns:
        True when the kernel will do it, False where it cannot (not Linux,
        or ``prctl`` refused).
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if os.getppid() != parent:  # the parent ended before the call: no signal will come
        os._exit(1)
    return True


def worker_started() -> None:
    """The pool's initializer: this worker ends when the forkserver or the run ends.

    Never raises (a failed initializer would break the pool).
    """
    try:
        if _SERVER is not None and die_with_parent(_SERVER):
            return
        parent = multiprocessing.parent_process()
        if parent is not None and parent.sentinel is not None:
            threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True,
                             name="helpers-watch-parent").start()
    except Exception:  # pragma: no cover - best effort
        pass


def forked_worker_started(parent: int) -> None:
    """The initializer of a worker forked from the run's process itself (``fork``, not the forkserver).

    The run's handlers of SIGTERM and SIGHUP (they stop the run) are the run's: the
    worker gets the defaults back, so that ending it ends it; it dies with the run.
    Never raises (a failed initializer would break the pool).

    Args:
        parent: the run's pid (the process the worker was forked from).
    """
    try:
        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), signal.SIG_DFL)
        if die_with_parent(parent):
            return
        parent_process = multiprocessing.parent_process()
        if parent_process is not None and parent_process.sentinel is not None:
            threading.Thread(target=_exit_with, args=(parent_process.sentinel,), daemon=True,
                             name="helpers-watch-parent").start()
    except Exception:  # pragma: no cover - best effort
        pass


def _exit_with(sentinel) -> None:
    """Wait until the run's process ends, then end this worker."""
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


def _in_forkserver() -> bool:
    """Is this module being imported by the forkserver's preloading?"""
    frame = sys._getframe(1)
    while frame is not None:
        if (frame.f_code.co_name == "main"
                and frame.f_globals.get("__name__") == "multiprocessing.forkserver"):
            return True
        frame = frame.f_back
    return False


if _in_forkserver():
    # a run that ended before this line leaves the forkserver's pipe at EOF,
    # and the forkserver exits by itself
    _SERVER = os.getpid()
    die_with_parent(os.getppid())
