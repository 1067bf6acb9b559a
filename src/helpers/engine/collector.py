"""The cyclic garbage collector paused while ``helpers analyze`` starts.

Start-up makes hundreds of thousands of objects that live as long as the
process: the modules, the dataclasses and compiled patterns they define, the
lexicons and automata of the first documents.  While they are being made the
collector runs again and again (about 150 young-generation collections for one
document, about 0.06 CPU s, a tenth of the start-up) and finds nothing to free.
:func:`pause` (first thing in :func:`helpers.cli.main.main`) turns it off;
:func:`resume` (after the run's first batch, :func:`helpers.engine.scale.run`,
or before the workers are forked from the run, :mod:`helpers.engine.chunk_pool`)
moves everything made so far out of its reach (``gc.freeze``) and turns it on
again.  This is the sequence the Python documentation gives for a process that
forks: "call ``gc.disable()`` early in the parent process, ``gc.freeze()`` right
before ``fork()``, and ``gc.enable()``" — a forked worker's collections then do
not touch (and copy) the pages of what the run built before the fork.

Only the collector's timing changes, never what a run computes or writes; a
process that did not pause it (a notebook calling :func:`helpers.engine.scale.run`)
is left as it was.
"""

from __future__ import annotations

import gc

__all__ = ["pause", "resume", "paused"]

_paused = False


def pause() -> None:
    """Turn the cyclic collector off until :func:`resume` (nothing when it is off already).

    Returns:
        None.
    """
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Freeze what was made while paused and turn the collector on again (only after :func:`pause`).

    Returns:
        None; idempotent and cheap, so callers may call it after every batch.
    """
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def paused() -> bool:
    """Whether :func:`pause` turned the collector off and it is not resumed yet.

    Returns:
        True while paused.
    """
    return _paused
