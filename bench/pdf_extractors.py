"""Compare PDF text extractors on Arabic PDFs made by three producers (text written for the bench).

    pip install pypdf pypdfium2          # the extractors compared besides pdfminer.six
    python bench/pdf_extractors.py       # a Markdown table for bench/RELIABILITY.md

The PDFs come from ``tests/office_maker.py``: matplotlib (shaped glyphs in
visual order, a lam-alef ligature mapped to two letters, as Word, browsers and
LibreOffice write them), fpdf2 with presentation forms in visual order (older
report generators) and fpdf2 with unshaped letters in logical order (a naive
producer).  Each extractor's text is compared line by line with the text
that was written, after presentation forms are folded (NFKC) and spaces
collapsed, so the table shows order and not ligature forms:

- lines: lines read exactly as written (logical order);
- reversed: Arabic words found reversed (visual order);
- PF: presentation forms in the raw output;
- split/joined: words of the output that are not words of the text;
- ms/page: on a 20-page Arabic document (matplotlib), best of 3.
"""

from __future__ import annotations

import io
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from office_maker import PRODUCERS, pdf_bytes  # noqa: E402

LINES = [
    "قال المتحدث باسم الوزارة إن الوفد زار إقليم شينجيانغ يوم الاثنين.",
    "وأضاف أن الأحد المقبل سيشهد لقاء حول أوضاع الإيغور في المنطقة.",
    "ولا علاقة لهذا الاجتماع بالسلام التجاري بين البلدين عام 2024.",
    "بلغت النسبة 12% في عام 2024، وارتفعت إلى 3.5 نقطة.",
    "وفي 14/03/2024 (تقريبا) قال: «نعم» - وهذا كل شيء!",
    "زار John Smith مدينة وهران يوم 5 مايو.",
    "The delegation visited Urumqi on Monday, the ministry said.",
]
_PF = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
_ARABIC_WORD = re.compile("[\u0621-\u064a]{3,}")


def _pypdf(data: bytes) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def _pdfminer(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def _pdfium(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def _helpers(data: bytes) -> str:
    from helpers.io.pdf import extract_pdf

    return extract_pdf(data)[0]


EXTRACTORS = {"pypdf": _pypdf, "pdfminer.six": _pdfminer, "pypdfium2 (PDFium)": _pdfium,
              "helpers.io.pdf (pdfminer.six + repair)": _helpers}


def _fold(text: str) -> str:
    text = _PF.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return "\n".join(" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))


def measure(name: str, extract, data: bytes) -> dict:
    raw = extract(data)
    text = _fold(raw)
    lines = set(text.split("\n"))
    words = {w for line in LINES for w in line.split()}
    found = [w for w in text.split()]
    arabic = {w for line in LINES for w in _ARABIC_WORD.findall(line)}
    return {"lines": sum(line in lines for line in LINES),
            "reversed": sum(w[::-1] in set(_ARABIC_WORD.findall(text)) for w in arabic
                            if w[::-1] != w),
            "pf": len(_PF.findall(raw)),
            "odd": sum(w not in words for w in found)}


def speed(extract, data: bytes) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        extract(data)
        best = min(best, time.perf_counter() - started)
    return best * 1000 / 20


def main() -> int:
    pdfs = {producer: pdf_bytes([LINES], producer) for producer in PRODUCERS}
    long = pdf_bytes([LINES[:6] * 6] * 20, "matplotlib")
    print("| extractor | producer | lines (of 7) | reversed words | PF | split/joined | ms/page |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, extract in EXTRACTORS.items():
        try:
            ms = f"{speed(extract, long):.1f}"
        except ImportError:
            print(f"| {name} | (not installed) | | | | | |")
            continue
        for producer, data in pdfs.items():
            row = measure(name, extract, data)
            print(f"| {name} | {producer} | {row['lines']} | {row['reversed']} | {row['pf']} | "
                  f"{row['odd']} | {ms if producer == 'matplotlib' else ''} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
