"""Double-encoded UTF-8 ("mojibake"), repaired when a document is read.

Text whose UTF-8 bytes were once decoded in a legacy encoding and encoded
again as UTF-8 reads as ``Ø´ÙŠÙ†Ø¬ÙŠØ§Ù†Øº`` (Windows-1252 or Latin-1) or
``ط´ظٹظ†ط¬ظٹط§ظ†ط؛`` (Windows-1256) instead of ``شينجيانغ``.  Such text is
repaired before anything is analysed, so that offsets refer to the repaired
text, and the repair is reported as a warning.

- Windows-1252 / Latin-1: ftfy's ``fix_encoding`` (only the encoding fixes
  are enabled: quotes, ligatures, widths, line breaks and Unicode
  normalisation are left as they are).
- Windows-1256, which ftfy does not know: in a text with at least
  :data:`MIN_PAIRS` telltale pairs (ط or ظ, the Windows-1256 reading of the
  UTF-8 lead bytes of Arabic letters, or آ أ â for Latin signs and
  punctuation, followed by the reading of a continuation byte), each line whose Windows-1256 bytes are valid UTF-8 is
  replaced by that UTF-8 reading (done first: ftfy would take a dash's
  ``â€”`` for Windows-1252).

A cheap pattern decides first whether a text can hold mojibake at all, so
ordinary text costs one regular-expression scan and is never changed.
"""

from __future__ import annotations

import re

__all__ = ["repair_mojibake", "MIN_PAIRS"]

#: Telltale pairs a line needs before its Windows-1256 reading is undone.
MIN_PAIRS = 3
_C1252 = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a" \
         "\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
#: A UTF-8 lead byte read as Latin-1/Windows-1252, then a continuation byte read the same way.
_LATIN = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_C1252}]")
#: The Windows-1256 readings of the continuation bytes 0x80-0xBF.
_CONTINUATION_1256 = "".join(sorted(set(bytes(range(0x80, 0xC0)).decode("cp1256", "ignore"))))
#: The Windows-1256 readings of the UTF-8 lead bytes D8/D9 (Arabic letters: ط ظ), C2/C3 (Latin-1
#: signs: آ أ) and E2 (punctuation: â).
_PAIR_1256 = re.compile(f"[\u0637\u0638\u0622\u0623\u00e2][{re.escape(_CONTINUATION_1256)}]")
#: Either pair, or a lead of one with a continuation of the other: a superset of the two, tested
#: first (one character class at its head lets the regex engine skip fast: a third of the time of
#: the two patterns' alternation on Arabic news); a text it finds is then read by each pattern.
_SUSPECT = re.compile(f"[\u00c2-\u00f4\u0637\u0638\u0622\u0623\u00e2]"
                      f"[\u0080-\u00bf{_C1252}{re.escape(_CONTINUATION_1256)}]")
_LINE = re.compile(r"[^\n]+")


def _ftfy_config():
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_encoding=True,
        fix_c1_controls=False, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
        remove_control_chars=False, normalization=None, explain=True)


def _undo_1256(line: str) -> str:
    try:
        fixed = line.encode("cp1256").decode("utf-8")
    except UnicodeError:
        return line
    return fixed


def _fix_1256(text: str) -> tuple[str, int]:
    """Undo a Windows-1256 reading line by line, in a text with enough telltale pairs.

    A line that is not mojibake (Arabic in Windows-1256 is not valid UTF-8)
    or holds nothing but ASCII comes back unchanged.
    """
    if len(_PAIR_1256.findall(text)) < MIN_PAIRS:
        return text, 0
    lines, count, last = [], 0, 0
    for match in _LINE.finditer(text):
        fixed = _undo_1256(match.group())
        count += fixed != match.group()
        lines.append(text[last:match.start()] + fixed)
        last = match.end()
    fixed = "".join(lines) + text[last:]
    return fixed, count


def _fix_latin(text: str) -> tuple[str, list[str]]:
    import ftfy

    fixed, explanation = ftfy.fix_and_explain(text, config=_ftfy_config())
    encodings = sorted({step.parameter for step in explanation or () if step.action == "encode"})
    return fixed, encodings


def repair_mojibake(text: str) -> tuple[str, str]:
    """Repair double-encoded UTF-8 in a document's text.

    Args:
        text: the decoded text.

    Returns:
        ``(text, note)``: the repaired text and a one-line note saying what
        was repaired, or the text unchanged and ``""``.
    """
    if _SUSPECT.search(text) is None:
        return text, ""
    repaired, how = text, []
    if _PAIR_1256.search(repaired):
        repaired, lines = _fix_1256(repaired)
        if lines:
            how.append(f"windows-1256 ({lines} line{'s' * (lines != 1)})")
    if _LATIN.search(repaired):
        before = repaired
        repaired, encodings = _fix_latin(repaired)
        if repaired != before:
            how.append(" / ".join(e.replace("sloppy-", "") for e in encodings) or "Latin-1")
    if repaired == text:
        return text, ""
    return repaired, ("double-encoded UTF-8 repaired (UTF-8 that had been read as "
                      f"{' and '.join(how)}, then saved as UTF-8 again)")
