"""The options of a run, in one object: :class:`RunOptions`.

The command line builds it once (:func:`helpers.cli.runs.run_analysis`) and hands it to the batch
engine (:func:`helpers.engine.scale.run`) or the Dask engine (:func:`helpers.engine.dask_engine.analyze_dask`);
notebooks and tests may still call those engines with keywords, which :func:`run_options` turns into the
same object.  The defaults are the defaults of ``helpers analyze``.

This module imports nothing of the pipeline: the command line imports it before a run starts.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from helpers.io.formats import Columns
from helpers.io.tables import TABLES

__all__ = ["RunOptions", "run_options"]


@dataclass(frozen=True)
class RunOptions:
    """What a run analyses and how (every field has the default of ``helpers analyze``).

    Attributes:
        scope: topical | passing | all: which documents get more than their documents row.
        topic: a topic profile's name or TOML path (None: xinjiang).
        tables: the names of the tables to write.
        fmt: ``csv`` (UTF-8 with BOM) or ``parquet`` (the Dask engine always writes Parquet).
        engine: ``local`` (worker processes) or ``dask``.
        jobs: worker processes, or workers of a local Dask cluster (None: every core).
        scheduler: a Dask scheduler address (``tcp://host:8786``; None: a local cluster).
        columns: column names for record files (None: the defaults of :class:`Columns`).
        batch_docs: documents per batch.
        batch_chars: characters per batch (a batch closes at either limit).
        part_bytes: target size of a part of a record file (Dask engine).
        part_files: files per part of a folder (Dask engine).
        progress: progress bar on/off (None: on a terminal only).
        command: the command line recorded in ``run.json`` (None: ``sys.argv``).
    """

    scope: str = "topical"
    topic: str | None = None
    tables: tuple[str, ...] | list[str] = TABLES
    fmt: str = "csv"
    engine: str = "local"
    jobs: int | None = None
    scheduler: str | None = None
    columns: Columns | None = None
    batch_docs: int = 50
    batch_chars: int = 1_000_000
    part_bytes: int = 64 << 20
    part_files: int = 2000
    progress: bool | None = None
    command: list[str] | None = None


_NAMES = frozenset(field.name for field in fields(RunOptions))


def run_options(options: RunOptions | None = None, **overrides) -> RunOptions:
    """The options of a run: ``options`` (or the defaults) with some fields replaced.

    Args:
        options: the options to start from (None: :class:`RunOptions` ()).
        **overrides: fields of :class:`RunOptions` to replace (e.g. ``jobs=2``).

    Returns:
        A :class:`RunOptions`.

    Raises:
        TypeError: a keyword that is not a field of :class:`RunOptions`.
    """
    unknown = sorted(set(overrides) - _NAMES)
    if unknown:
        raise TypeError(f"unexpected run option {unknown[0]!r}")
    return replace(options or RunOptions(), **overrides)
