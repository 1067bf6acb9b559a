"""Markdown generated from results, for notebooks: Arabic runs isolated, document values escaped.

Document text is hostile: Markdown built from results escapes the values it
shows (:func:`escape_markdown`, or the values passed to :func:`markdown`), so
that neither HTML nor Markdown link or image syntax in a document becomes
live; :func:`bidi` isolates each Arabic run of an English sentence so that
"19 أكتوبر 2017" reads as written.
"""

from __future__ import annotations

import numbers
import re

from helpers.text.charsets import ARABIC_BLOCK, LINE_BREAK_CHARS

__all__ = ["bidi", "markdown", "escape_markdown"]

#: A run of Arabic words (with the digits, spaces and punctuation between them) inside other text.
_ARABIC_RUN = re.compile(r"[\d\u0600-\u06FF\u0750-\u077F][\d\u0600-\u06FF\u0750-\u077F \u00a0/«»\-.:،]*"
                         r"[\d\u0600-\u06FF\u0750-\u077F»]|[\u0600-\u06FF\u0750-\u077F]")
_CODE = re.compile(r"(`[^`]*`|<[^>]+>)")
#: Characters that Markdown or HTML read as markup, as numeric character references (shown as written).
_MARKUP = {ord(c): f"&#{ord(c)};" for c in "&<>[]*_`\\#|~$"}
_LINE_BREAKS = re.compile(f"[{LINE_BREAK_CHARS}]+")


def bidi(text: str) -> str:
    """Wrap each Arabic run of an English (Markdown) text in ``<span dir="rtl">``.

    "on 19 أكتوبر 2017 the …" is then shown as written, not as
    "19 2017 أكتوبر".  Code spans and HTML tags are left alone.

    Args:
        text: Markdown or plain text.

    Returns:
        The text with its Arabic runs isolated.
    """
    parts = _CODE.split(text)
    for i in range(0, len(parts), 2):
        parts[i] = _ARABIC_RUN.sub(lambda m: _wrap(m.group(0)), parts[i])
    return "".join(parts)


def _wrap(run: str) -> str:
    if not ARABIC_BLOCK.search(run):
        return run
    return f'<span dir="rtl">{run}</span>'


def escape_markdown(value) -> str:
    """A value from the documents (a title, an outlet, a name, a quote) as Markdown that shows it as written.

    The characters Markdown or HTML read as markup (``& < > [ ] * _ `` `` ` ``
    ``\\ # | ~ $``) become numeric character references, so that no tag,
    link, image (``[`` is escaped, so ``(…)`` after it is plain text),
    emphasis or formula can come from a document; line breaks become spaces
    (a value stays on its line).  Digits, letters, parentheses, ``%``, ``.``
    and ``-`` are kept, so names and numbers look as before.

    Args:
        value: any value (``str()`` is taken).

    Returns:
        Markdown text that renders as ``value``.
    """
    return _LINE_BREAKS.sub(" ", str(value)).translate(_MARKUP)


def markdown(text: str, *values, **named):
    """Markdown generated from results, with its Arabic runs isolated (:func:`bidi`).

    ``text`` is the project's own Markdown.  Values that come from the
    documents must not be pasted into it as they are (Markdown renders raw
    HTML): pass them as ``values``/``named`` for the ``{}`` fields of
    ``text`` (``str.format``), and the text values are escaped with
    :func:`escape_markdown` while numbers keep their format spec
    (``{:.1f}``); or escape them yourself with :func:`escape_markdown`.

    Args:
        text: Markdown (a ``str.format`` template when values are given).
        *values: positional values for the template.
        **named: named values for the template.

    Returns:
        An ``IPython.display.Markdown`` object.
    """
    from IPython.display import Markdown

    if values or named:
        text = text.format(*map(_markdown_value, values), **{k: _markdown_value(v) for k, v in named.items()})
    return Markdown(bidi(text))


def _markdown_value(value):
    """Numbers as they are (their format spec applies), anything else escaped."""
    return value if isinstance(value, numbers.Number) else escape_markdown(value)
