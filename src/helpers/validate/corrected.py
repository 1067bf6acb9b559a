"""``helpers analyze … --judgements FILE``: corrected copies beside the tables as extracted.

After a run, the tables that judgements correct are written again as
``NAME.corrected.csv`` (or ``.parquet``, the run's format) in the output
folder, in the same columns and with the same protection of formula-like
cells; ``NAME.csv`` stays as extracted.  ``run.json`` gets a
``"judgements"`` entry (the files, the rows corrected per table, the
judgements whose row is gone).  The next run of ``helpers analyze`` into the
folder removes the corrected copies with the tables they were made from
(``helpers.io.staging``), so a corrected table never outlives its source.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

from helpers.io.schema import conform, encode
from helpers.io.staging import MANIFEST, write_manifest, writing
from helpers.validate.apply import Corrections, apply_judgements
from helpers.validate.output import load_output
from helpers.validate.vocabulary import VALIDATED_TABLES

__all__ = ["write_corrected", "corrected_name"]


def corrected_name(table: str, fmt: str) -> str:
    """The file name of a corrected table.

    Args:
        table: the table's name.
        fmt: ``csv`` or ``parquet``.

    Returns:
        ``TABLE.corrected.csv`` or ``TABLE.corrected.parquet``.
    """
    return f"{table}.corrected.{fmt}"


def _write(out: Path, table: str, frame: pd.DataFrame, fmt: str) -> Path:
    conformed = conform(table, frame)
    target = out / corrected_name(table, fmt)
    temporary = target.with_name(target.name + ".tmp")
    with writing(out, target.name):
        if fmt == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(encode(table, conformed, "parquet"), temporary)
        else:
            header = conform(table, pd.DataFrame()).to_csv(index=False, lineterminator="\n")
            temporary.write_text(header + encode(table, conformed, "csv"), encoding="utf-8-sig")
        os.replace(temporary, target)
    return target


def write_corrected(out: str | Path, judgements) -> tuple[Corrections, list[Path]]:
    """Apply judgements to an output folder's tables and write the corrected copies.

    Args:
        out: the output folder of a finished run.
        judgements: judgement files (JSONL, filled-in CSV/XLSX samples).

    Returns:
        ``(corrections, written)``: the :class:`~helpers.validate.Corrections`
        (counts and the lines about unused judgements) and the files written.
    """
    out = Path(out)
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    fmt = "parquet" if manifest.get("format") == "parquet" or manifest.get("engine") == "dask" else "csv"
    tables = load_output(out, VALIDATED_TABLES)
    files = [judgements] if isinstance(judgements, (str, Path)) else list(judgements)
    corrections = apply_judgements(tables, files)
    written = [_write(out, table, corrections.tables[table], fmt) for table in sorted(corrections.by_table)]
    manifest["judgements"] = {"files": [str(Path(f).resolve()) for f in files],
                              "corrected": {t: {"rows": d["rows"], "relabelled": d["relabel"],
                                                "new_actor": d["reactor"], "dropped": d["drop"],
                                                "file": corrected_name(t, fmt)}
                                            for t, d in sorted(corrections.by_table.items())},
                              "not_used": [str(p) for p in corrections.problems]}
    write_manifest(out, manifest)
    return corrections, written
