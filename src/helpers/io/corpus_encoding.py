"""Decoding a file's bytes: UTF-8, UTF-16, or a detected legacy encoding, with a confidence.

UTF-8 (with or without BOM) and UTF-16 (with a BOM, or without one when its
NUL pattern shows it) are certain.  Other bytes are detected with
charset-normalizer among Windows-1256, ISO-8859-6 and Windows-1252; the
confidence is lowered, and a warning given, when another candidate reads the
bytes as a different text about as well.  A file whose lines are partly
UTF-8 and partly in a legacy encoding is decoded line by line, with a
warning.  Used by :mod:`helpers.io.corpus` and :mod:`helpers.io.htmlpage`.
"""

from __future__ import annotations

import re

__all__ = ["DocumentError", "decode", "is_blank"]

#: Anything a reader would see: not whitespace (NBSP included), zero-width or bidi control.
_VISIBLE = re.compile("[^\\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\u00ad]")
#: Legacy encodings told apart by charset-normalizer when a file is not UTF-8/UTF-16.
_LEGACY = ("cp1256", "iso8859_6", "cp1252")
_LOW_CONFIDENCE = 0.6


class DocumentError(ValueError):
    """Raised by :func:`decode` and :func:`make_document` for a bad input."""


def is_blank(text: str) -> bool:
    """True for text with nothing a reader would see (whitespace of any kind,
    NBSP, zero-width characters, bidi controls)."""
    return _VISIBLE.search(text) is None


def decode(data: bytes, *, detail: bool = False):
    """Decode a file's bytes, telling which encoding it used.

    UTF-8 and UTF-16 (with a BOM, or without one when its NUL pattern shows
    it) are certain; other bytes are detected with charset-normalizer among
    Windows-1256, ISO-8859-6 and Windows-1252, with a confidence.  A file
    whose lines are partly UTF-8 and partly not is decoded line by line.

    Args:
        data: the file's bytes.
        detail: also return the confidence and the warnings.

    Returns:
        ``(text, encoding)``, or with ``detail`` ``(text, encoding,
        confidence, warnings)``: confidence in [0, 1], warnings a list of
        lines (low confidence, mixed encodings).

    Raises:
        DocumentError: the file is empty, binary, or in no known encoding.
    """
    text, encoding, confidence, notes = _decode(data)
    return (text, encoding, confidence, notes) if detail else (text, encoding)


def _decode(data: bytes) -> tuple[str, str, float, list[str]]:
    if not data:
        raise DocumentError("empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig", 1.0, []
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16"), "utf-16", 1.0, []
    sample = data[:4000]
    encoding = _utf16_without_bom(sample)
    if encoding:
        try:
            text = data.decode(encoding)
            if "\x00" not in text:
                return text, encoding, 0.95, []
        except UnicodeDecodeError:
            pass
    if sample.count(b"\x00") > len(sample) // 4:
        raise DocumentError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
        if "\x00" in text:
            raise DocumentError("binary file (NUL bytes), not text")
        return text, "utf-8", 1.0, []
    except UnicodeDecodeError:
        pass
    if b"\x00" in sample or sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) // 20:
        raise DocumentError("binary file, not text")
    lines = data.splitlines(keepends=True)
    utf8 = [_is_utf8(line) for line in lines]
    if any(ok and max(line, default=0) > 127 for line, ok in zip(lines, utf8)):
        return _decode_mixed(lines, utf8)
    text, encoding, confidence, rival = _detect_legacy(data)
    notes = [] if confidence >= _LOW_CONFIDENCE else [
        f"encoding guessed as {encoding} with low confidence ({confidence:.2f})"
        + (f"; {rival} reads as well" if rival else "")]
    return text, encoding, confidence, notes


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect_legacy(data: bytes) -> tuple[str, str, float, str]:
    """Decode non-UTF bytes with the legacy encoding charset-normalizer finds best.

    Returns:
        ``(text, encoding, confidence, rival)``: confidence is ``1 - chaos``,
        halved when another candidate reads the bytes as a different text
        that is about as plausible (``rival`` names it: short Arabic texts
        often read as well in Windows-1256 as in ISO-8859-6).
    """
    from charset_normalizer import from_bytes

    results = from_bytes(data, cp_isolation=list(_LEGACY))
    best = results.best()
    if best is None:
        raise DocumentError("not UTF-8, UTF-16, Windows-1256, ISO-8859-6 or Windows-1252 text")
    text = data.decode(best.encoding)
    if not any(c.isalpha() for c in text) or "\ufffd" in text:
        raise DocumentError("not UTF-8, UTF-16, Windows-1256, ISO-8859-6 or Windows-1252 text")
    rivals = [m.encoding for m in results if m.encoding != best.encoding
              and m.chaos - best.chaos < 0.05 and data.decode(m.encoding, "replace") != text]
    confidence = max(0.0, 1.0 - best.chaos) * (0.5 if rivals else 1.0)
    return text, _name(best.encoding), confidence, _name(rivals[0]) if rivals else ""


def _name(encoding: str) -> str:
    return encoding.replace("_", "-")


def _decode_mixed(lines: list[bytes], utf8: list[bool]) -> tuple[str, str, float, list[str]]:
    """A file whose lines are in two encodings: each line decoded on its own."""
    other = b"".join(line for line, ok in zip(lines, utf8) if not ok)
    if not other:
        raise DocumentError("not UTF-8 text")
    _, legacy, confidence, _ = _detect_legacy(other)
    text = "".join(line.decode("utf-8") if ok else line.decode(legacy.replace("-", "_"))
                   for line, ok in zip(lines, utf8))
    counts = (sum(ok and max(line, default=0) > 127 for line, ok in zip(lines, utf8)),
              len(utf8) - sum(utf8))
    note = (f"mixed encodings: {counts[0]} line(s) UTF-8, {counts[1]} line(s) {legacy}; "
            "each line decoded on its own")
    return text, f"utf-8+{legacy}", min(confidence, 0.5), [note]


def _utf16_without_bom(sample: bytes) -> str:
    """Tell UTF-16 without a BOM by its high bytes (00 for Latin, 06 for Arabic)."""
    if len(sample) < 8 or len(sample) % 2:
        return ""
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if sum(b in (0x00, 0x06) for b in high) >= 0.95 * len(high) and high.count(0) < len(high):
            return encoding
        if high.count(0) == len(high):
            return encoding
    return ""
