"""Word documents (.docx): paragraphs and tables in order, and the core properties.

python-docx (extra ``docx``) opens the package and reads the core
properties; the text is read from the document body's XML in document order,
one line per paragraph (a table cell's paragraphs are lines of their own, row
by row; a merged cell once).  Walking
the XML keeps text that python-docx's ``Paragraph.text`` leaves out: content
controls (``w:sdt``), tracked insertions (``w:ins``), smart tags and simple
fields; deleted text (``w:delText``) and field codes are left out, and a text
box is read once (not again from its VML fallback).  Word stores
right-to-left text in logical order, so Arabic paragraphs are read as
written.  Headers, footers, footnotes and comments are not read.

Metadata: ``title`` from the core properties, ``published`` from
``dcterms:created`` (its date, as stored in UTC) and from nothing else (a last
modification or print date is not the document's date); the creation date of
python-docx's blank template (2013-12-23, author "python-docx") is ignored,
as it says nothing about the document.  A ``catalog.csv`` value wins.
"""

from __future__ import annotations

import io
import zipfile

from helpers.io.corpus_encoding import DocumentError, is_blank

__all__ = ["extract_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n",
         f"{_W}noBreakHyphen": "-"}
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_MAX_UNPACKED = 512 << 20
_TEMPLATE = ("python-docx", "2013-12-23")


def extract_docx(data: bytes) -> tuple[str, dict, list[str]]:
    """Extract a Word document's text and metadata.

    Args:
        data: the file's bytes.

    Returns:
        ``(text, row, warnings)``: the paragraphs, one a line, in document
        order; a metadata row with ``title`` and ``published`` (empty
        strings where the file says nothing); warning lines (none so far,
        kept for the loaders' common shape).

    Raises:
        DocumentError: python-docx is missing, or the file is encrypted, a
            Word 97–2003 file, damaged or without text.
    """
    try:
        import docx
    except ImportError:
        raise DocumentError("reading .docx files needs python-docx: pip install 'helpers[docx]'"
                            ) from None
    if not data.strip():
        raise DocumentError("empty file")
    if data.startswith(_CFB):
        if _ENCRYPTED in data:
            raise DocumentError("encrypted DOCX (it needs a password): save an unprotected copy "
                                "first")
        raise DocumentError("a Word 97-2003 document (.doc), not .docx: save it as .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            if sum(member.file_size for member in package.infolist()) > _MAX_UNPACKED:
                raise DocumentError("DOCX too large when unpacked (over 512 MB)")
            if "word/document.xml" not in package.namelist():
                raise DocumentError("damaged DOCX (no word/document.xml: not a Word document)")
    except DocumentError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise DocumentError("damaged DOCX (not a readable ZIP package)") from None
    try:
        document = docx.Document(io.BytesIO(data))
        lines = _paragraphs(document.element.body)
        row = _metadata(document.core_properties)
    except DocumentError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds for a broken package
        raise DocumentError(f"damaged DOCX ({exc.__class__.__name__}: "
                            f"{str(exc).splitlines()[0][:120] if str(exc) else 'unreadable'})"
                            ) from None
    text = "\n".join(line for line in lines if not is_blank(line))
    if is_blank(text):
        raise DocumentError("empty DOCX (no text in its paragraphs or tables)")
    return text, row, []


def _paragraphs(body) -> list[str]:
    """The text of every paragraph below ``body`` in document order (nested ones after their host)."""
    lines: list[list[str]] = []
    stack = [(iter(body), None)]
    while stack:
        children, current = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if not isinstance(tag, str) or tag == _FALLBACK:
            continue
        if tag == f"{_W}p":
            lines.append([])
            stack.append((iter(child), lines[-1]))
        elif tag in _TEXT:
            if current is not None:
                current.append((child.text or "") if _TEXT[tag] is None else _TEXT[tag])
        else:
            stack.append((iter(child), current))
    return ["".join(parts).strip() for parts in lines]


def _metadata(core) -> dict:
    """``title`` and ``published`` (``dcterms:created`` only) from the core properties."""
    title = " ".join((core.title or "").split())
    created = core.created
    published = created.date().isoformat() if created is not None else ""
    if (core.author or "", published) == _TEMPLATE:
        published = ""
    return {"title": title, "published": published}
