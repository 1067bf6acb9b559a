"""The forkserver the worker processes are forked from, and starting it before it is needed.

:func:`helpers.engine.scale.run` with ``jobs > 1`` takes its workers from a
``forkserver`` (:func:`pool_context`): a clean process that imports and warms the
off-topic path once (:data:`PRELOAD`, see :mod:`helpers.engine.warm`), from which
every worker is forked with it built.  The server is started the first time a
worker is asked for: after the command line has imported the run's modules, and
then the workers wait for the server's own imports and warm-up.

:func:`start` starts it at once.  The command line calls it first thing for a run
that will use workers (:mod:`helpers.cli.early`), so that the server imports and
warms on another core while the command line imports; the pool then finds it
running.  Only *when* the server starts changes: the same server (one per
process, with the same preload) forks the same workers, so outputs are the same.
This module imports nothing but :mod:`multiprocessing`, and that only when called.
"""

from __future__ import annotations

__all__ = ["PRELOAD", "pool_context", "start"]

#: What the forkserver imports before it forks a worker: :mod:`helpers.engine.lifetime`
#: first, so that the server dies with the run; then what a worker runs (the chunks and
#: batches of :mod:`helpers.engine.chunks`) and the warm-up.
PRELOAD = ("helpers.engine.lifetime", "helpers.engine.chunks", "helpers.engine.warm")


def pool_context():
    """The ``forkserver`` context of the workers, with :data:`PRELOAD` set.

    Returns:
        A ``multiprocessing`` context.
    """
    import multiprocessing

    found = multiprocessing.get_context("forkserver")
    found.set_forkserver_preload(list(PRELOAD))
    return found


def start() -> bool:
    """Start the forkserver now (it imports and warms in the background).

    Returns:
        True when a server is running (started now or before), False when it
        could not be started (the pool starts it later, as it would have).
    """
    try:
        pool_context()
        from multiprocessing import forkserver

        forkserver.ensure_running()
    except Exception:  # noqa: BLE001 - only a head start: the pool starts it if need be
        return False
    return True
