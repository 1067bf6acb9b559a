"""A head start for ``helpers analyze`` runs that will use worker processes.

The workers of a run with ``--jobs`` above 1 are forked from a forkserver that
first imports and warms the off-topic path (about half a CPU second,
:mod:`helpers.engine.forkserver`).  Started when the pool is made, it does that
after the command line has imported the run's modules, and the workers wait for
both in turn.  :func:`start_if_wanted`, called first thing by
:func:`helpers.cli.main.main` (whose own imports come after it), starts the
server at once when the arguments show a run whose workers will read their own
chunks of a JSON Lines file (:func:`helpers.engine.chunks.plan_chunks`): the
subcommand ``analyze``, the local engine, more than one job (``--jobs``, by default
every core) and a ``.jsonl`` / ``.ndjson`` file of at least two chunks, unless the
run will fork its workers from itself (:func:`will_fork`: CSV without a progress bar).

:func:`pool_wanted` reads the arguments without the parser (building it imports
the whole command line): any option it does not know exactly (an abbreviation,
``--help``, a new option) means no head start, and the parser then reads the
arguments as always.  Its answer only decides *when* the server starts: the
run's output is the same either way.
"""

from __future__ import annotations

import os

__all__ = ["VALUE_OPTIONS", "LIST_OPTIONS", "FLAG_OPTIONS", "pool_wanted", "will_fork", "start_if_wanted"]

#: The options of ``helpers analyze`` that take one value (as :mod:`helpers.cli.runs` defines them).
VALUE_OPTIONS = frozenset({
    "--out", "--scope", "--topic", "--format", "--jobs", "--engine", "--scheduler", "--batch-size",
    "--text-column", "--id-column", "--title-column", "--url-column", "--date-column",
    "--outlet-column", "--language-column", "--genre-column"})
#: Its options that take one or more values.
LIST_OPTIONS = frozenset({"--tables", "--judgements"})
#: Its options that take none.
FLAG_OPTIONS = frozenset({"--no-progress"})
_SUFFIXES = (".jsonl", ".ndjson")
#: As the chunks of :func:`helpers.engine.chunks.plan_chunks` (``batch_chars`` of a run).
_CHUNK_BYTES = 1_000_000
_READ = 1 << 16
#: The most the hint reads to find the first chunk's end.
_LIMIT = 16 * _CHUNK_BYTES


def _options(args: list[str]) -> tuple[dict[str, str], list[str]] | None:
    """The one-value options and the positional arguments, or None for anything unknown."""
    given, positional, i = {}, [], 0
    while i < len(args):
        token = args[i]
        if token == "--":
            positional.extend(args[i + 1:])
            break
        if not token.startswith("-") or token == "-":
            positional.append(token)
        elif token in FLAG_OPTIONS:
            pass
        elif token in LIST_OPTIONS:
            while i + 1 < len(args) and not args[i + 1].startswith("-"):
                i += 1
        else:
            name, equals, value = token.partition("=")
            if name not in VALUE_OPTIONS:
                return None
            if not equals:
                if i + 1 >= len(args):
                    return None
                i += 1
                value = args[i]
            given[name] = value
        i += 1
    return given, positional


def _two_chunks(path: str, lines_per_chunk: int) -> bool:
    """Whether a JSON Lines file holds more than its first chunk (its first chunk is read, at most 16 MB)."""
    lines, offset = 0, 0
    with open(path, "rb") as handle:
        while block := handle.read(_READ):
            if offset == 0 and not _lines_layout(block):
                return False
            position = 0
            while (end := block.find(b"\n", position)) >= 0:
                position = end + 1
                lines += 1
                if lines >= lines_per_chunk or offset + position >= _CHUNK_BYTES:
                    return bool(block[position:] or handle.read(1))
            offset += len(block)
            if offset > _LIMIT:  # a first line of many megabytes: let the run decide
                return False
    return False


def _lines_layout(head: bytes) -> bool:
    """False for a file the run reads in one part (gzip, UTF-16/32, a JSON array, a pretty-printed
    object: see :func:`helpers.io.records_json.json_layout`); True may still be wrong (the hint)."""
    if head[:2] in (b"\x1f\x8b", b"\xff\xfe", b"\xfe\xff") or b"\x00" in head[:4]:
        return False
    lines = head.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    index, first = next(((i, line.strip()) for i, line in enumerate(lines) if line.strip()), (0, b""))
    whole = index < len(lines) - 1  # the line ends inside the head (else it is not judged)
    return not first.startswith(b"[") and (not whole or not first.startswith(b"{") or first.endswith(b"}"))


def pool_wanted(args: list[str], *, cores: int | None = None) -> bool:
    """Whether ``helpers ARGS`` is an ``analyze`` run whose workers read chunks of a JSON Lines file.

    Args:
        args: the command line's arguments (without the program's name).
        cores: the default of ``--jobs`` (default: ``os.cpu_count()``).

    Returns:
        True only when every argument is understood and the run will use worker processes.
    """
    if not args or args[0] != "analyze":
        return False
    found = _options(args[1:])
    if found is None:
        return False
    given, positional = found
    try:
        jobs = int(given.get("--jobs") or cores or os.cpu_count() or 1)
        lines = int(given.get("--batch-size", "50"))
    except ValueError:
        return False
    if len(positional) != 1 or given.get("--engine", "local") != "local" or jobs < 2 or lines < 1:
        return False
    corpus = positional[0]
    if not corpus.lower().endswith(_SUFFIXES) or not os.path.isfile(corpus):
        return False
    try:
        return _two_chunks(corpus, lines)
    except OSError:
        return False


def will_fork(args: list[str], *, tty: bool | None = None) -> bool:
    """Whether the run's workers will be forks of its own process, not of the forkserver.

    As :func:`helpers.engine.chunk_pool.can_fork` decides in the run: on Linux, for CSV
    output (no ``--format parquet``) and no progress bar (``--no-progress``, or stderr
    not a terminal), the run has no other thread when it forks its workers.

    Args:
        args: the command line's arguments (without the program's name).
        tty: whether stderr is a terminal (default: ask it).

    Returns:
        True when the run will fork its workers (then no server is started early).
    """
    import multiprocessing
    import sys

    found = _options(args[1:]) if args else None
    if found is None or not sys.platform.startswith("linux"):
        return False
    if tty is None:
        tty = hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
    progress = tty and "--no-progress" not in args
    return (found[0].get("--format", "csv") == "csv" and not progress
            and "fork" in multiprocessing.get_all_start_methods())


def start_if_wanted(args: list[str]) -> bool:
    """Start the workers' forkserver now when :func:`pool_wanted` says the run will use it.

    Not for a run whose workers will be forks of its own process (:func:`will_fork`).

    Args:
        args: the command line's arguments (without the program's name).

    Returns:
        True when the server was started (or was running already).
    """
    if not pool_wanted(args) or will_fork(args):
        return False
    from helpers.engine.forkserver import start

    return start()
