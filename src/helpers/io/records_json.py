"""JSON record files: JSON Lines, or one JSON document (an array, an object holding one).

Scrapers write records in three shapes: one object a line (JSON Lines,
``.jsonl``/``.ndjson``, also found named ``.json``), one array of objects
(``.json``, often pretty-printed, sometimes wrongly named ``.jsonl``), or an
object that holds the array under a key (``{"status": "ok", "articles":
[…]}``).  :func:`json_layout` tells them apart from the file's first line,
and :func:`read_json_document` reads a document: its top-level values one by
one (several concatenated objects are read too), each array's objects as
records numbered from 1 (``record 3``), an object holding a list of objects
unwrapped (with a note naming the key).  A document is read whole into
memory and is one part: it cannot be split by byte ranges.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

from helpers.io.records_base import Part, RawRecord, head_bytes, is_gzip, open_bytes

__all__ = ["json_layout", "read_json_document", "json_problem"]

_WHITE = re.compile(r"[ \t\r\n]*")


def json_problem(exc: Exception) -> str:
    """One line for any failure of ``json.loads`` on one line or document.

    Args:
        exc: what ``json.loads`` (or ``raw_decode``) raised.

    Returns:
        ``invalid JSON (…)`` or ``not UTF-8``.
    """
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8"
    if isinstance(exc, RecursionError):
        return "invalid JSON (nested too deeply)"
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON ({exc.msg})"
    detail = str(exc).split(";")[0].split(":")[0].strip() or exc.__class__.__name__
    return f"invalid JSON ({detail})"


def json_layout(path: str | Path, kind: str) -> str:
    """Tell JSON Lines from one JSON document by the file's first two lines.

    A file starting with ``[`` is one document.  A ``.jsonl``/``.ndjson``
    file is read as lines unless its first line is not a whole object and the
    second is not one either (a pretty-printed array or object).  A ``.json``
    file is read as lines only when its first two lines are whole objects.

    Args:
        path: the file (``.gz`` decompressed).
        kind: ``json`` or ``jsonl`` (what the file name says).

    Returns:
        ``lines`` or ``document``.
    """
    head = head_bytes(path, 4)
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in head:
        return "document"  # UTF-16/32 (as PowerShell writes it): JSON Lines are UTF-8
    first, second = _two_lines(path)
    if first.startswith(b"["):
        return "document"
    if kind == "jsonl":
        return "lines" if _is_object(first) or _is_object(second) or first[:1] != b"{" \
            else "document"
    return "lines" if _is_object(first) and _is_object(second) else "document"


def _two_lines(path) -> tuple[bytes, bytes]:
    """The first two non-blank lines of a file, stripped (a BOM too)."""
    found: list[bytes] = []
    try:
        with open_bytes(path) as handle:
            while len(found) < 2 and (line := handle.readline()):
                line = line.lstrip(b"\xef\xbb\xbf").strip() if not found else line.strip()
                if line:
                    found.append(line)
    except (OSError, EOFError):
        pass
    return (found + [b"", b""])[0], (found + [b"", b""])[1]


def _is_object(line: bytes) -> bool:
    if not line.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _skip(text: str, pos: int) -> int:
    return _WHITE.match(text, pos).end()


def _values(text: str) -> Iterator[tuple[bool, object]]:
    """The top-level JSON values of a text, a top-level array's elements one by one.

    Yields ``(element, value)``: ``element`` is True for an element of a
    top-level array (so that a bad element costs only the elements after it).

    Raises:
        ValueError: invalid JSON (``pos`` set for a ``JSONDecodeError``).
    """
    decoder, pos = json.JSONDecoder(), _skip(text, 0)
    while pos < len(text):
        if text[pos] != "[":
            value, pos = decoder.raw_decode(text, pos)
            yield False, value
            pos = _skip(text, pos)
            continue
        pos = _skip(text, pos + 1)
        if text.startswith("]", pos):
            pos = _skip(text, pos + 1)
            continue
        while True:
            value, pos = decoder.raw_decode(text, pos)
            yield True, value
            pos = _skip(text, pos)
            if text.startswith(",", pos):
                pos = _skip(text, pos + 1)
            elif text.startswith("]", pos):
                pos = _skip(text, pos + 1)
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)


def _records_of(value, text_columns: tuple[str, ...]) -> tuple[list, str]:
    """The records a top-level value holds, and a note when they were found under a key."""
    if isinstance(value, list):
        return value, ""
    if isinstance(value, dict) and not any(name in value for name in text_columns):
        lists = [(key, item) for key, item in value.items() if isinstance(item, list)
                 and item and all(isinstance(x, dict) for x in item)]
        if lists:
            key, items = max(lists, key=lambda pair: len(pair[1]))
            others = [k for k, _ in lists if k != key]
            note = (f"records read from the list under {key!r} (an object holding "
                    f"{len(items)} record{'s' * (len(items) != 1)})")
            if others:
                note += f"; the lists under {', '.join(map(repr, others))} are not read"
            return items, note
    return [value], ""


def _decode(data: bytes) -> str:
    try:
        return data.decode(json.detect_encoding(data)).lstrip("\ufeff")
    except LookupError:  # an odd NUL pattern: not JSON text
        raise UnicodeDecodeError("utf-8", data[:1], 0, 1, "not JSON text") from None


def read_json_document(part: Part, *, text_columns: tuple[str, ...] = (),
                       renamed: bool = False, fallback=None) -> Iterator[RawRecord]:
    """The records of a JSON document, numbered from 1 in document order.

    Args:
        part: the file's only part.
        text_columns: names of text columns: an object holding one of them is
            a record, not a wrapper of records.
        renamed: the file is named ``.jsonl`` (a note says it was read as a
            JSON document).
        fallback: a reader of the part as JSON Lines, used when not even the
            first value is valid JSON (a ``.jsonl`` file whose first lines are bad).

    Yields:
        :class:`RawRecord` objects; a ``note`` (number 0) when the file is
        named ``.jsonl`` or its records were under a key; a value that is not
        an object is a problem of its record; invalid JSON ends the file with
        one problem naming the line.
    """
    try:
        with open_bytes(part.source) as handle:
            text = _decode(handle.read())
    except UnicodeDecodeError:
        yield RawRecord(0, {}, "not UTF-8 or UTF-16 JSON text")
        return
    except (OSError, EOFError) as exc:
        yield RawRecord(0, {}, f"damaged {'gzip ' * is_gzip(part.source)}file ({exc})")
        return
    number, values = 0, 0
    try:
        for element, value in _values(text):
            values += 1
            if renamed and values == 1:
                yield RawRecord(0, {}, "one JSON document over several lines, not one object a "
                                       "line (JSON Lines); read as a JSON document", level="note")
            records, note = ([value], "") if element else _records_of(value, text_columns)
            if note:
                yield RawRecord(0, {}, note, level="note")
            for item in records:
                number += 1
                if isinstance(item, dict):
                    yield RawRecord(number, item, unit="record")
                else:
                    yield RawRecord(number, {}, f"a JSON {type(item).__name__}, not an object",
                                    unit="record")
    except (ValueError, RecursionError, MemoryError) as exc:
        if not values and fallback is not None:
            yield from fallback(part)
            return
        line = text.count("\n", 0, getattr(exc, "pos", 0) or 0) + 1
        yield RawRecord(0, {}, f"{json_problem(exc)} at line {line} after {number} "
                               "record(s); the rest of the file is not read")
