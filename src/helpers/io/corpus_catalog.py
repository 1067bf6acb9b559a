"""The catalog of a corpus folder: ``catalog.csv`` read as Excel and other programs write it.

A catalog gives each file's metadata (``file`` relative to the folder, then
``doc_id``, ``title``, ``outlet``, ``url``, ``language``, ``published``,
``genre``, ``notes``).  Researchers make it in a spreadsheet program, so it
is read like any file they bring: any encoding a ``.txt`` file may have,
a sniffed delimiter, folded header names, Windows paths, empty rows.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from helpers.io.corpus import LoadError
from helpers.io.corpus_encoding import DocumentError, decode
from helpers.io.records_base import fold_header
from helpers.io.records_csv import sniff_delimiter

__all__ = ["read_catalog", "parse_catalog", "catalog_path", "match_catalog"]


def read_catalog(path: Path) -> tuple[dict[str, dict], list[LoadError]]:
    """Read ``catalog.csv`` into ``{file name: row}``.

    Args:
        path: the catalog file (its name may be capitalised: ``Catalog.CSV``).

    Returns:
        The rows keyed by their ``file`` column, and the lines about it (see
        :func:`parse_catalog`).
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        return {}, [LoadError(str(path), f"cannot read catalog ({exc.strerror or exc})")]
    return parse_catalog(data, path.name)


def catalog_path(value: str) -> str:
    """A catalog's ``file`` value as a corpus path.

    Args:
        value: the cell (``sub\\a.txt``, ``./a.txt``).

    Returns:
        The path, ``/`` separated, without a leading ``./`` (``sub/a.txt``, ``a.txt``).
    """
    value = value.strip().replace("\\", "/")
    while value.startswith("./"):
        value = value[2:]
    return value


def parse_catalog(data: bytes, name: str = "catalog.csv") -> tuple[dict[str, dict], list[LoadError]]:
    """Parse a catalog's bytes into ``{file name: row}``, as Excel and other programs write them.

    The bytes are decoded like a ``.txt`` file (UTF-8 with or without BOM,
    UTF-16, Windows-1256 …: a note names an encoding other than UTF-8), the
    delimiter is sniffed (``;`` from European Excel, tab), header names are
    folded (``File``, `` published ``, ``Doc ID`` → ``file``, ``published``,
    ``doc_id``), ``file`` values are corpus paths (``sub\\a.txt`` →
    ``sub/a.txt``), and empty rows (``,,,``) are skipped silently.

    Args:
        data: the catalog's bytes.
        name: its file name, for messages.

    Returns:
        The rows keyed by their ``file`` column, and the lines about it: an
        error for a row without ``file``, a duplicate file or doc_id, a
        catalog that cannot be read; a note for the encoding or delimiter.
    """
    try:
        text, encoding, _, notes = decode(data, detail=True)
    except DocumentError as exc:
        return {}, [LoadError(name, f"cannot read catalog ({exc})")]
    errors = [LoadError(name, note, level="warning") for note in notes]
    if encoding not in ("utf-8", "utf-8-sig"):
        errors.insert(0, LoadError(name, f"encoding {encoding} (detected)", level="note"))
    lines = text.splitlines(keepends=True)
    delimiter = sniff_delimiter("".join(lines[:50]), lines[0] if lines else "")
    if delimiter != ",":
        errors.append(LoadError(name, f"delimiter {delimiter!r} (detected)", level="note"))
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = fold_header(next(reader, []))
    if "file" not in header:
        return {}, errors + [LoadError(name, "catalog has no 'file' column (its columns: "
                                             f"{', '.join(h for h in header if h) or 'none'})")]
    rows: dict[str, dict] = {}
    ids: set[str] = set()
    end = reader.line_num
    for cells in reader:
        line, end = end + 1, reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        row = {key: cell.strip() for key, cell in zip(header, cells) if key}
        row.update({key: "" for key in header[len(cells):] if key})
        row["file"] = catalog_path(row["file"])
        where = f"{name} line {line}"
        if not row["file"]:
            errors.append(LoadError(where, "catalog row has no file name"))
        elif row["file"] in rows:
            errors.append(LoadError(where, f"file {row['file']!r} listed twice"))
        elif row.get("doc_id") and row["doc_id"] in ids:
            errors.append(LoadError(where, f"duplicate doc_id {row['doc_id']!r}"))
        else:
            rows[row["file"]] = row
            ids.add(row.get("doc_id", ""))
    return rows, errors


def match_catalog(catalog: dict[str, dict], files) -> tuple[dict[str, dict], list[str]]:
    """Pair a catalog's rows with the files found, exactly or else ignoring case.

    Args:
        catalog: from :func:`read_catalog` (keyed by ``file``).
        files: the corpus paths found in the folder or zip.

    Returns:
        ``({file: row}, catalog names that match no file)``.
    """
    files = list(files)
    present = set(files)
    folded: dict[str, list[str]] = {}
    for name in files:
        folded.setdefault(name.lower(), []).append(name)
    rows, missing = {}, []
    for name, row in catalog.items():
        match = name if name in present else None
        if match is None and len(folded.get(name.lower(), [])) == 1:
            match = folded[name.lower()][0]
        if match is None or match in rows:
            missing.append(name)
        else:
            rows[match] = row
    return rows, sorted(missing)
