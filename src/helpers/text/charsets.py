"""Character classes and small patterns shared by several stages.

One definition per meaning: a class that two modules define alike lives here.
Classes that look alike but cover different ranges stay in their modules under
names that say what they cover:

- :data:`ARABIC_LETTER` (here): the letters of the Arabic alphabet proper,
  U+0621 hamza … U+064A yeh (tatweel U+0640 included): no diacritics, extended
  letters (Persian, Urdu) or presentation forms.  Used to tell an Arabic word from a Latin one.
- ``helpers.text.segment._ARABIC_SCRIPT_LETTER``: letters of the Arabic script
  with the extended letters (U+0620–064A, 0671–06D3, 06FA–06FF, 0750–077F), for
  a paragraph's language share.
- ``helpers.text.visual_order._ARABIC_OR_PRESENTATION_LETTER``: letters plus the
  presentation forms (U+FB50–FDFF, FE70–FEFC) that visual-order PDF text carries.
- :data:`ARABIC_BLOCK` (here): any code point of the Arabic blocks
  (U+0600–06FF, 0750–077F), digits and punctuation included, for right-to-left
  display (table columns, Arabic runs in Markdown).

The URL patterns differ on purpose too (``_URL_SPACED_PATH`` in segmentation,
``_URL_OR_SLUG`` in mentions, ``_URL_ANY_CASE`` in quotes, ``_URL_LOWER_CASE``
in stances, ``_HTTP_URL`` in the corpus loader).
"""

from __future__ import annotations

import re

__all__ = ["ARABIC_BLOCK", "ARABIC_LETTER", "LINE_BREAK_CHARS", "LINE_SPACES", "OPTIONAL_LINE_SPACES"]

#: One letter of the Arabic alphabet proper (U+0621–U+064A), see the module docstring.
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")

#: Any code point of the Arabic blocks (U+0600–06FF, 0750–077F), see the module docstring.
ARABIC_BLOCK = re.compile(r"[\u0600-\u06FF\u0750-\u077F]")

#: A run of spaces inside one line (whitespace that is not a newline), as pattern text.
LINE_SPACES = r"[^\S\n]+"

#: Any spaces inside one line, none included, as pattern text.
OPTIONAL_LINE_SPACES = r"[^\S\n]*"

#: The characters Python's ``str.splitlines`` breaks a line at (CR, LF, VT, FF, the file/group/record
#: separators, NEL, the line and paragraph separators), as the inside of a character class: one table
#: cell or display line must hold none of them.
LINE_BREAK_CHARS = r"\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
