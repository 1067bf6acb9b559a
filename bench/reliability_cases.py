"""The bad-input cases of issue 12, run against ``helpers analyze``: one line each.

    python bench/reliability_cases.py                 # this worktree's src/
    python bench/reliability_cases.py --src /tmp/old  # another copy of the package
    python bench/reliability_cases.py --json after.json
    python bench/reliability_cases.py --table before.json after.json   # case | before | after

Each case builds its input in a temporary folder, runs the command line in a
subprocess (``--jobs 1``) and prints the exit code, whether a traceback was
printed, the first stderr line that is not a progress or summary line, and
the number of documents in the written ``documents.csv`` (read back with
pandas, so a row split by a stray CR shows).  Cases that need an unreadable
file are run as user ``nobody`` (``setpriv``) when this script runs as root.
Nothing is asserted: the figures are for ``bench/RELIABILITY.md``; the
checks live in ``tests/test_reliability.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
AR = "قال المتحدث باسم الوزارة إن الوفد زار مدينة أورومتشي في إقليم شينجيانغ يوم الاثنين.\n"
AR2 = "وأضاف أن اللقاء تناول أوضاع السكان في المنطقة خلال الأشهر الماضية.\n"
EN = "The delegation visited Urumqi in Xinjiang on Monday according to the ministry.\n"


def _jsonl(*records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def _csv(text: str) -> bytes:
    return text.encode("utf-8")


def _folder(files: dict) -> dict:
    return {(b"corpus/" + k if isinstance(k, bytes) else f"corpus/{k}"): v
            for k, v in files.items()}


def _parquet_bytes(table) -> bytes:
    import io

    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def _binary_text_parquet() -> bytes:
    import pyarrow as pa

    return _parquet_bytes(pa.table({"id": ["a", "b"], "text": pa.array(
        [AR.encode(), EN.encode()], type=pa.binary())}))


def _cases() -> list[dict]:
    """Each case: name, files {relative path: bytes | 'symlink:TARGET' | 'dir'}, corpus, args.

    Issue 12's cases first, then issue 19's, one function per area.
    """
    return [*_issue12_cases(), *_safe_output_cases(), *_run_safety_cases(), *_format_cases(),
            *_office_cases(), *_date_and_cleaning_cases()]


def _safe_output_cases() -> list[dict]:
    """Issue 19: hostile text in HTML and CSV output (``formulas``: count formula-leading CSV cells)."""
    hostile = ['=HYPERLINK("http://x","y")', "+1+2", "-2+3", "@SUM(A1)", "\tTab first",
               "<script>alert(1)</script> <img src=x onerror=alert(2)>"]
    records = [{"id": f"f{i}", "title": t, "outlet": t, "text": t + " " + AR + AR2}
               for i, t in enumerate(hostile)]
    catalog = "file,title,outlet\n" + "".join(
        f'{r["id"]}.txt,"{r["title"].replace(chr(34), chr(34) * 2)}",Desk {r["id"]}\n' for r in records)
    return [
        dict(name="formula-leading and script titles and sentences (JSONL)", corpus="c.jsonl",
             files={"c.jsonl": _jsonl(*records)}, args=["--scope", "all"], formulas=True),
        dict(name="formula-leading titles in catalog.csv", corpus="corpus", args=["--scope", "all"],
             files=_folder({"catalog.csv": catalog.encode(),
                            **{f"{r['id']}.txt": (AR + AR2).encode() for r in records}}), formulas=True),
    ]


def _run_safety_cases() -> list[dict]:
    """Issue 19: concurrent runs, a full disk, SIGTERM, killed parents.

    Keys of :func:`run_case` used here: ``first`` (a corpus run into the same
    --out first, still running when the case's command starts), ``signal``
    (with ``interrupt``: which one), ``fsize`` (RLIMIT_FSIZE of the run),
    ``tmpfs`` (--out on a tmpfs of that size), ``kill`` (SIGKILL the run's
    process after it has written for that long, count what survives) and
    ``partial`` (also show what OUT.partial/run.json says).
    """
    busy = _jsonl(*({"id": f"b{i}", "text": (AR + AR2) * 30} for i in range(3000)))
    varied = _jsonl(*({"id": f"v{i}", "text": "".join(
        AR.replace("الاثنين", f"الاثنين {i * 97 + j}") for j in range(10))} for i in range(300)))
    small = _jsonl({"id": "s1", "text": AR}, {"id": "s2", "text": EN})
    return [
        dict(name="second concurrent run into the same --out (docs: OUT after both)",
             corpus="small.jsonl", files={"small.jsonl": small, "busy.jsonl": busy},
             first="busy.jsonl"),
        dict(name="SIGTERM during a run into an existing --out", corpus="c.jsonl",
             files={"c.jsonl": busy}, before=True, interrupt=4.0, signal="SIGTERM", partial=True),
        dict(name="SIGHUP during a run into an existing --out", corpus="c.jsonl",
             files={"c.jsonl": busy}, before=True, interrupt=4.0, signal="SIGHUP", partial=True),
        dict(name="SIGTERM during a --engine dask run", corpus="c.jsonl", files={"c.jsonl": busy},
             before=True, interrupt=8.0, signal="SIGTERM", args=["--engine", "dask"], partial=True),
        dict(name="disk full (simulated via RLIMIT_FSIZE 32 KiB: EFBIG)", corpus="c.jsonl",
             files={"c.jsonl": varied}, before=True, fsize=32_768, partial=True),
        dict(name="disk full (a 256 KiB tmpfs: ENOSPC)", corpus="c.jsonl",
             files={"c.jsonl": varied}, before=True, tmpfs="256k", partial=True),
        dict(name="rerun after a full disk left OUT.partial/run.json.tmp", corpus="c.jsonl",
             files={"c.jsonl": small, "out.partial/run.json.tmp": b'{"complete": fa'}),
        dict(name="SIGKILL parent (--jobs 2): surviving children", corpus="c.jsonl",
             files={"c.jsonl": busy}, kill=3.0, args=["--jobs", "2"]),
    ]


def _zip(members: dict) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _xlsx() -> bytes:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["id", "Text", "Published"])
    book.active.append(["x1", AR, "2016-04-23"])
    book.active.append(["x2", EN, "24/04/2016"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _format_cases() -> list[dict]:
    """Issue 19: what researchers bring (JSON arrays, .gz, .zip, .tsv, .md, .xlsx, Excel-made CSV)."""
    import gzip

    records = [{"id": "a", "text": AR, "published": "2016-04-23"}, {"id": "b", "text": EN}]
    pretty = json.dumps(records, ensure_ascii=False, indent=2).encode()
    table = "id\ttitle\ttext\r\na\tخبر\t" + AR.strip() + "\r\nb\tnews\t" + EN.strip() + "\r\n"
    catalog = "file,title,published\na.txt,خبر,2016-04-23\nsub/b.txt,news,24/04/2016\n"
    texts = {"a.txt": AR.encode(), "sub/b.txt": EN.encode()}
    return [
        dict(name="folder with .pdf .docx .xlsx .md .rtf .zip beside .txt", corpus="corpus",
             files=_folder({"a.txt": AR.encode(), "b.pdf": b"%PDF-1.4", "c.docx": b"PK",
                            "d.xlsx": b"PK", "e.md": EN.encode(), "f.rtf": b"{\\rtf1}",
                            "g.zip": b"PK"})),
        dict(name=".json array", corpus="c.json", files={"c.json": pretty}),
        dict(name=".json object holding the records ({\"articles\": [...]})", corpus="c.json",
             files={"c.json": json.dumps({"status": "ok", "articles": records}).encode()}),
        dict(name="pretty-printed JSON array named .jsonl", corpus="c.jsonl",
             files={"c.jsonl": pretty}),
        dict(name=".jsonl.gz", corpus="c.jsonl.gz", files={"c.jsonl.gz": gzip.compress(
            _jsonl(*records))}),
        dict(name=".csv.gz", corpus="c.csv.gz", files={"c.csv.gz": gzip.compress(
            _csv("id,text\na," + AR + "b," + EN))}),
        dict(name=".tsv", corpus="c.tsv", files={"c.tsv": table.encode()}),
        dict(name=".zip of texts (with catalog.csv)", corpus="t.zip", files={"t.zip": _zip(
            {"corpus/a.txt": AR, "corpus/sub/b.txt": EN, "corpus/catalog.csv": catalog})}),
        dict(name=".zip with a ../ member", corpus="t.zip", files={"t.zip": _zip(
            {"a.txt": AR, "../evil.txt": EN})}),
        dict(name=".zip bomb member (1000:1)", corpus="t.zip", files={"t.zip": _zip(
            {"a.txt": AR, "bomb.txt": "0" * (8 << 20)})}),
        dict(name=".xlsx sheet", corpus="c.xlsx", files={"c.xlsx": _xlsx()}),
        dict(name="text field holding a list of paragraphs", corpus="c.jsonl",
             files={"c.jsonl": _jsonl({"id": "a", "text": [AR.strip(), AR2.strip()]})}),
        dict(name="UTF-16 tab CSV (Excel's Unicode text)", corpus="c.csv",
             files={"c.csv": table.encode("utf-16")}),
        dict(name="cp1256 CSV", corpus="c.csv", files={"c.csv": (
            "id,title,text\na,خبر," + AR + "b,تقرير," + AR2).encode("cp1256")}),
        dict(name="cp1256 catalog.csv", corpus="corpus",
             files=_folder({**texts, "catalog.csv": catalog.encode("cp1256")})),
        dict(name="';' catalog (European Excel)", corpus="corpus",
             files=_folder({**texts, "catalog.csv": catalog.replace(",", ";").encode()})),
        dict(name="catalog header with spaces after commas", corpus="corpus",
             files=_folder({**texts, "catalog.csv": catalog.replace(",", ", ").encode()})),
        dict(name="Catalog.CSV with a 'File' header", corpus="corpus",
             files=_folder({**texts, "Catalog.CSV": catalog.replace("file", "File", 1).encode()})),
        dict(name="Windows sub\\b.txt path in the catalog", corpus="corpus",
             files=_folder({**texts, "catalog.csv": catalog.replace("sub/", "sub\\").encode()})),
        dict(name="empty trailing catalog rows (,,)", corpus="corpus",
             files=_folder({**texts, "catalog.csv": (catalog + ",,\n,,\n").encode()})),
    ]


def _office_cases() -> list[dict]:
    """Issue 19: PDF and DOCX files, Arabic in visual order (files made by tests/office_maker.py)."""
    import datetime as dt

    from bidi.algorithm import get_display

    sys.path.insert(0, str(ROOT / "tests"))
    from office_maker import docx_bytes, encrypted_docx, image_only_pdf, mixed_scan_pdf, pdf_bytes

    lines = [AR.strip(), AR2.strip()]
    when = dt.datetime(2021, 5, 4, tzinfo=dt.timezone.utc)
    pdf = pdf_bytes([lines, [EN.strip()]], "matplotlib", title="تقرير", created=when)
    docx = docx_bytes(lines, table=[["Urumqi", "أورومتشي"]], after=[EN.strip()], created=when)
    visual = "\n".join(get_display(line, base_dir="R") for line in lines) + "\n"
    return [
        dict(name="folder with .txt, .pdf and .docx", corpus="corpus",
             files=_folder({"a.txt": AR.encode(), "b.pdf": pdf, "c.docx": docx})),
        dict(name="single .pdf as CORPUS", corpus="c.pdf", files={"c.pdf": pdf}),
        dict(name="single .docx as CORPUS", corpus="c.docx", files={"c.docx": docx}),
        dict(name="PDF with presentation forms in visual order", corpus="corpus",
             files=_folder({"a.pdf": pdf_bytes([lines], "fpdf-reshaped", created=when)})),
        dict(name="PDF with unshaped Arabic in logical order", corpus="corpus",
             files=_folder({"a.pdf": pdf_bytes([lines], "fpdf-plain", created=when)})),
        dict(name="encrypted PDF", corpus="corpus",
             files=_folder({"a.txt": EN.encode(),
                            "b.pdf": pdf_bytes([lines], "fpdf-plain", password="secret")})),
        dict(name="damaged (truncated) PDF", corpus="corpus",
             files=_folder({"a.txt": EN.encode(), "b.pdf": pdf[:1500]})),
        dict(name="scanned PDF (no text layer)", corpus="corpus",
             files=_folder({"a.txt": EN.encode(), "b.pdf": image_only_pdf(2)})),
        dict(name="PDF with one scanned page", corpus="corpus",
             files=_folder({"b.pdf": mixed_scan_pdf([EN.strip()])})),
        dict(name="encrypted DOCX", corpus="corpus",
             files=_folder({"a.txt": EN.encode(), "b.docx": encrypted_docx(docx)})),
        dict(name="Word 97-2003 file named .docx", corpus="corpus",
             files=_folder({"a.txt": EN.encode(),
                            "b.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)})),
        dict(name="damaged (truncated) DOCX", corpus="corpus",
             files=_folder({"a.txt": EN.encode(), "b.docx": docx[:700]})),
        dict(name="Arabic in visual order in a .txt file", corpus="corpus",
             files=_folder({"a.txt": visual.encode()})),
        dict(name="Arabic in visual order in a JSONL record", corpus="c.jsonl",
             files={"c.jsonl": _jsonl({"id": "v", "text": visual}, {"id": "n", "text": AR})}),
    ]


def _as_cp1252(data: bytes) -> str:
    """Bytes read as Windows-1252 the way browsers do (undefined bytes kept as C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in data)


def _date_and_cleaning_cases() -> list[dict]:
    """Issue 19: Hijri and partial publication dates, future dates, text lost in cleaning,
    wrong charsets, double-encoded UTF-8, Urdu heh forms.

    The run's day is pinned (``HELPERS_RUN_DAY``) so that "future" means the same on any day.
    """
    day = {"HELPERS_RUN_DAY": "2026-01-01"}
    lead = "فرضت السلطات الصينية قيودا جديدة على الإيغور في إقليم شينجيانغ هذا الأسبوع.\n\n"
    body = ("وقال مسؤولون محليون إن الإجراءات تهدف إلى حفظ النظام العام في المدن الكبرى.\n\n"
            "وأضافوا أن القرار سيطبق على جميع السكان دون استثناء خلال الأشهر المقبلة.\n\n")
    rest = "ولم تصدر أي تعليقات من المنظمات الدولية حتى الآن بشأن القرار الجديد.\n"
    page = ("<html><head><meta charset=\"windows-1256\"><title>خبر</title>{meta}</head><body>"
            f"<article><p>{AR}</p><p>{AR2}</p><p>{AR}</p></article></body></html>")
    future_meta = '<meta property="article:published_time" content="2031-01-05T10:00:00">'
    heh = ("قالت منظمات حقوقية إن السلطات تحتجز أعدادا كبيرة من السكان في تركستان الشرقیۃ.\n\n"
           "وأضافت أن الاحتجاز في تركستان الشرقیۃ يشمل النساء والأطفال منذ سنوات.\n")
    relevance = ("relevance",)
    return [
        dict(name="Hijri catalog date 1436-10-05 هـ", corpus="corpus", env=day,
             files=_folder({"a.txt": AR.encode(),
                            "catalog.csv": "file,published\na.txt,1436-10-05 هـ\n".encode()})),
        dict(name="Hijri date with a month name in a record (5 شوال 1436 هـ)", corpus="c.jsonl",
             env=day, files={"c.jsonl": _jsonl({"id": "a", "text": AR,
                                                "published": "5 شوال 1436 هـ"})}),
        dict(name="unmarked Hijri date 05/10/1436 in a CSV", corpus="c.csv", env=day,
             files={"c.csv": _csv("id,published,text\na,05/10/1436," + AR)}),
        dict(name="year-only catalog date 2016", corpus="corpus", env=day,
             files=_folder({"a.txt": AR.encode(), "catalog.csv": b"file,published\na.txt,2016\n"})),
        dict(name="year-month date أبريل 2016 in a record", corpus="c.jsonl", env=day,
             files={"c.jsonl": _jsonl({"id": "a", "text": AR, "published": "أبريل 2016"})}),
        dict(name="record dated 2031-01-05 (run's day 2026-01-01)", corpus="c.jsonl", env=day,
             files={"c.jsonl": _jsonl({"id": "a", "text": AR, "published": "2031-01-05"})}),
        dict(name="page dated 2031-01-05 in its markup (run's day 2026-01-01)", corpus="corpus",
             env=day, files=_folder({"a.html": page.format(meta=future_meta).encode("cp1256")})),
        dict(name="lead repeated as a pull-quote", corpus="corpus", show=relevance,
             files=_folder({"a.txt": ("الصين تشدد القيود\n\n" + lead + body + lead + rest).encode()})),
        dict(name="body pasted twice", corpus="corpus", show=relevance,
             files=_folder({"a.txt": (lead + body).encode() * 2})),
        dict(name="<meta charset=windows-1256> page whose bytes are UTF-8", corpus="corpus",
             show=relevance, files=_folder({"a.html": page.format(meta="").encode()})),
        dict(name="double-encoded UTF-8 (read as cp1252) in a JSONL", corpus="c.jsonl",
             show=relevance, files={"c.jsonl": _jsonl({"id": "a", "text": _as_cp1252(
                                                           (lead + body).encode())})}),
        dict(name="double-encoded UTF-8 (read as cp1256) text file", corpus="corpus",
             show=relevance, files=_folder({"a.txt": (lead + body).encode().decode("cp1256")
                                            .encode()})),
        dict(name="region name written with ۃ and ی (تركستان الشرقیۃ)", corpus="corpus",
             show=relevance, files=_folder({"a.txt": heh.encode()})),
    ]


def _issue12_cases() -> list[dict]:
    """Issue 12's bad inputs."""
    deep = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
    big_int = b'{"text": "x", "n": ' + b"9" * 5000 + b"}\n"
    mixed = (AR.encode("utf-8") + AR2.encode("cp1256") + AR.encode("utf-8"))
    page = (f"<html><head><title>خبر</title></head><body><article><p>{AR}</p><p>{AR2}</p>"
            f"<p>{AR}</p></article></body></html>")
    return [
        dict(name="lone surrogate in a JSONL text (\\ud83d)", corpus="c.jsonl",
             files={"c.jsonl": b'{"id": "s1", "text": "\\ud83d ' + AR.strip().encode() + b'"}\n'
                    + _jsonl({"id": "s2", "text": EN})}),
        dict(name="non-UTF-8 file name", corpus="corpus",
             files=_folder({b"\xe4\xf1.txt": AR.encode(), "good.txt": EN.encode()})),
        dict(name="JSON number over 4,300 digits", corpus="c.jsonl",
             files={"c.jsonl": big_int + _jsonl({"id": "ok", "text": EN})}),
        dict(name="deeply nested JSON", corpus="c.jsonl",
             files={"c.jsonl": deep + _jsonl({"id": "ok", "text": EN})}),
        dict(name="corrupt Parquet file", corpus="c.parquet",
             files={"c.parquet": b"PAR1" + os.urandom(200) + b"PAR1"}),
        dict(name="0-byte Parquet file", corpus="c.parquet", files={"c.parquet": b""}),
        dict(name="unreadable single file as CORPUS", corpus="c.txt",
             files={"c.txt": AR.encode()}, chmod={"c.txt": 0}),
        dict(name="--out is a file", corpus="c.txt", files={"c.txt": AR.encode(), "outfile": b"x"},
             out="outfile"),
        dict(name="--out not writable", corpus="c.txt", files={"c.txt": AR.encode(), "ro": "dir"},
             chmod={"ro": 0o555}, out="ro/out"),
        dict(name="crash into an existing --out keeps its tables", corpus="c.jsonl",
             files={"c.jsonl": b'{"id": "s1", "text": "\\udc00 x"}\n' + _jsonl({"id": "s2", "text": EN})},
             before=True),
        dict(name="ISO-8859-6 text file", corpus="corpus",
             files=_folder({"a.txt": (AR + AR2).encode("iso8859_6")})),
        dict(name="UTF-8 and cp1256 lines mixed in one file", corpus="corpus",
             files=_folder({"a.txt": mixed})),
        dict(name="UTF-16 HTML page (BOM)", corpus="corpus",
             files=_folder({"a.html": page.encode("utf-16")})),
        dict(name="UTF-16 HTML page (no BOM)", corpus="corpus",
             files=_folder({"a.html": page.encode("utf-16-le")})),
        dict(name="lone CR in a written field (read back with pandas)", corpus="c.jsonl",
             files={"c.jsonl": _jsonl({"id": "r1", "title": "first\rhalf", "text": AR},
                                      {"id": "r2", "title": "sep\u2028line", "text": EN})}),
        dict(name="CSV field over 131,072 characters", corpus="c.csv",
             files={"c.csv": _csv("id,text\nbig," + "ب" * 140_000 + "\nok," + EN)}),
        dict(name="stray CR in a CSV record", corpus="c.csv",
             files={"c.csv": _csv("id,text\na,one\rtwo\nb," + EN + "c," + AR)}),
        dict(name="unterminated quote in a CSV record", corpus="c.csv",
             files={"c.csv": _csv('id,text\na,"' + AR + "b," + EN + "c," + AR2)}),
        dict(name="unreadable sub-folder", corpus="corpus",
             files=_folder({"a.txt": AR.encode(), "sub": "dir", "sub/b.txt": EN.encode()}),
             chmod={"corpus/sub": 0}),
        dict(name="second run with --tables mentions marks/replaces old tables", corpus="c.jsonl",
             files={"c.jsonl": _jsonl({"id": "a", "text": AR})}, before=True,
             args=["--tables", "mentions"]),
        dict(name="interrupted run (SIGINT) into an existing --out", corpus="c.jsonl",
             files={"c.jsonl": _jsonl(*({"id": f"d{i}", "text": (AR + AR2) * 40}
                                         for i in range(3000)))},
             before=True, interrupt=4.0),
        dict(name="';'-delimited CSV", corpus="c.csv",
             files={"c.csv": _csv("id;text\na;" + AR + "b;" + EN)}),
        dict(name="tab-delimited CSV", corpus="c.csv",
             files={"c.csv": _csv("id\ttext\na\t" + AR + "b\t" + EN)}),
        dict(name="0-byte .jsonl", corpus="c.jsonl", files={"c.jsonl": b""}),
        dict(name="0-byte .csv", corpus="c.csv", files={"c.csv": b""}),
        dict(name="--text-column nosuch", corpus="c.jsonl",
             files={"c.jsonl": _jsonl({"id": "a", "text": AR}, {"id": "b", "text": EN})},
             args=["--text-column", "nosuch"]),
        dict(name="dangling symlink", corpus="corpus",
             files=_folder({"a.txt": AR.encode(), "gone.txt": "symlink:nowhere.txt"})),
        dict(name="symlink loop", corpus="corpus",
             files=_folder({"a.txt": AR.encode(), "sub": "dir", "sub/loop": "symlink:.."})),
        dict(name="catalog date 2016-04-2399", corpus="corpus",
             files=_folder({"a.txt": AR.encode(),
                            "catalog.csv": b"file,published\na.txt,2016-04-2399\n"})),
        dict(name="Arabic-Indic catalog date", corpus="corpus",
             files=_folder({"a.txt": AR.encode(),
                            "catalog.csv": "file,published\na.txt,٢٠١٦-٠٤-٢٣\n".encode()})),
        dict(name="day-first date 23/04/2016 in a record", corpus="c.jsonl",
             files={"c.jsonl": _jsonl({"id": "a", "text": AR, "published": "23/04/2016"})}),
        dict(name="day-first date 23/04/2016 in the catalog", corpus="corpus",
             files=_folder({"a.txt": AR.encode(),
                            "catalog.csv": b"file,published\na.txt,23/04/2016\n"})),
        dict(name="NBSP / zero-width only file", corpus="corpus",
             files=_folder({"a.txt": "\u00a0\u200b \u00a0\n\u200b".encode(), "b.txt": AR.encode()})),
        dict(name="binary-typed Parquet text column", corpus="c.parquet",
             files={"c.parquet": _binary_text_parquet()}),
    ]


def _build(root: Path, files: dict) -> None:
    for name, data in files.items():
        target = root / os.fsdecode(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        if data == "dir":
            target.mkdir(exist_ok=True)
        elif isinstance(data, str) and data.startswith("symlink:"):
            target.symlink_to(data.split(":", 1)[1])
        else:
            target.write_bytes(data)


def _documents(out: Path, show=()) -> str:
    csv_path, parquet_path = out / "documents.csv", out / "documents.parquet"
    try:
        if csv_path.exists():
            docs = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
            seen = [f"{c} {'/'.join(sorted(set(docs[c]) - {''}))}"
                    for c in ("encoding", "published", *show) if c in docs and set(docs[c]) - {""}]
            return str(len(docs)) + (f" ({'; '.join(seen)})" if seen else "")
        if parquet_path.exists():
            return str(len(pd.read_parquet(parquet_path)))
    except Exception as exc:  # a broken table is a finding, not a failure of this script
        return f"unreadable ({exc.__class__.__name__})"
    return "-"


def _session(sid: int) -> list[tuple[int, int]]:
    """(pid, resident KiB) of the live processes of a session (Linux)."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except (OSError, ValueError):
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[3]) == sid and fields[0] != "Z":
            found.append((int(entry), int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024))
    return found


def _wait(condition, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.1)


def _formula_cells(out: Path) -> int:
    """Cells of documents.csv and sentences.csv that a spreadsheet reads as a formula (not plain numbers)."""
    import csv
    import re

    count = 0
    for name in ("documents.csv", "sentences.csv"):
        if (out / name).is_file():
            with open(out / name, encoding="utf-8-sig", newline="") as handle:
                count += sum(1 for row in csv.reader(handle) for cell in row
                             if cell[:1] in ("=", "+", "-", "@", "\t", "\r")
                             and not re.fullmatch(r"[+-]?[0-9]+(\.[0-9]+)?", cell))
    return count


def _line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines()
             if line.strip() and not line.startswith(("done:", "Traceback", "  "))]
    if "Traceback" in stderr:
        return "TRACEBACK " + (stderr.strip().splitlines()[-1][:110])
    return (lines[0][:130] if lines else "(nothing)").replace("|", "/")


def _file_size_limit(size: int | None):
    """A ``preexec_fn`` limiting the size of files written (a real EFBIG, SIGXFSZ ignored)."""
    if not size:
        return None

    def limit() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


def run_case(case: dict, *, python: str, src: Path) -> dict:
    if case.get("tmpfs"):  # the output on a small tmpfs of its own (root only)
        with tempfile.TemporaryDirectory() as disk:
            mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={case['tmpfs']}",
                                      "tmpfs", disk], capture_output=True)
            if mounted.returncode:
                return {"case": case["name"], "exit": "-", "line": "(not run: cannot mount a "
                        "tmpfs here)", "docs": "-", "tables": 0, "seconds": 0.0}
            try:
                return run_case({**case, "tmpfs": None, "out": f"{disk}/out"}, python=python,
                                src=src)
            finally:
                subprocess.run(["umount", "-l", disk], check=False)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _build(root, case["files"])
        out = root / case.get("out", "out")
        env = {**os.environ, "PYTHONPATH": str(src), **case.get("env", {})}
        command = [python, "-m", "helpers", "analyze", str(root / case["corpus"]), "--out",
                   str(out), "--jobs", "1", *case.get("args", [])]
        if case.get("before"):
            (root / "prev").mkdir()
            (root / "prev" / "p.txt").write_text(EN, encoding="utf-8")
            subprocess.run([python, "-m", "helpers", "analyze", str(root / "prev"), "--out",
                            str(out), "--jobs", "1", "--no-progress"], env=env,
                           capture_output=True)
        for name, mode in case.get("chmod", {}).items():
            os.chmod(root / name, mode)
        if case.get("chmod") and os.geteuid() == 0:
            os.chmod(root, 0o755)
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
            for path in [root, *root.rglob("*")]:
                if not path.is_symlink() and path.name not in case["chmod"]:
                    os.chown(path, 65534, 65534)
        started = time.perf_counter()
        stage = out.with_name(out.name + ".partial")
        if case.get("interrupt"):
            # a background shell ignores SIGINT in its children: restore it
            proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True, preexec_fn=lambda:
                                    signal.signal(signal.SIGINT, signal.SIG_DFL))
            time.sleep(case["interrupt"])
            proc.send_signal(getattr(signal, case.get("signal", "SIGINT")))
            _, stderr = proc.communicate()
            code = proc.returncode
        elif case.get("first"):  # a second run while a first one writes the same --out
            first = subprocess.Popen([*command[:4], str(root / case["first"]), *command[5:]],
                                     env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            _wait(lambda: (stage / "run.json").exists(), 120)
            time.sleep(0.5)
            done = subprocess.run(command, env=env, capture_output=True, text=True)
            code, stderr = done.returncode, done.stderr
            first.communicate(timeout=600)
        elif case.get("kill"):  # SIGKILL of the run's process alone, then count what is left
            proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, start_new_session=True)
            _wait(lambda: (stage / "documents.csv").exists(), 120)
            time.sleep(case["kill"])
            proc.kill()
            proc.wait()
            time.sleep(5)
            left = _session(proc.pid)
            code, stderr = proc.returncode, (f"{len(left)} processes of the run alive 5 s after "
                                             f"SIGKILL ({sum(k for _, k in left) // 1024} MB)")
            for pid, _ in left:
                os.kill(pid, signal.SIGKILL)
        else:
            done = subprocess.run(command, env=env, capture_output=True, text=True,
                                  preexec_fn=_file_size_limit(case.get("fsize")))
            code, stderr = done.returncode, done.stderr
        seconds = time.perf_counter() - started
        for name in case.get("chmod", {}):
            os.chmod(root / name, 0o755)
        manifest = out / "run.json"
        marked = ""
        if manifest.is_file():
            info = json.loads(manifest.read_text(encoding="utf-8"))
            marked = f" run.json complete={info.get('complete')}"
            if info.get("skipped"):
                marked += f" skipped={len(info['skipped'])}"
        if case.get("partial") and (stage / "run.json").is_file():  # what OUT.partial says
            info = json.loads((stage / "run.json").read_text(encoding="utf-8"))
            marked += f"; partial: interrupted={info.get('interrupted')}"
        if case.get("formulas"):
            marked += f" formula-leading cells {_formula_cells(out)}"
        tables = sorted(p.name for p in out.iterdir()) if out.is_dir() else []
        return {"case": case["name"], "exit": code, "line": _line(stderr),
                "docs": _documents(out, case.get("show", ())) + marked, "tables": len(tables), "seconds": seconds}


def _cell(result: dict | None) -> str:
    if result is None:
        return "(not run)"
    return f"exit {result['exit']}, docs {result['docs']}: {result['line']}".replace("|", "/")


def markdown(before: list[dict], after: list[dict]) -> str:
    """``case | before | after`` rows from two result lists (matched by case name)."""
    old = {r["case"]: r for r in before}
    rows = ["| case | before | after |", "| --- | --- | --- |"]
    rows += [f"| {r['case']} | {_cell(old.get(r['case']))} | {_cell(r)} |" for r in after]
    return "\n".join(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--only", help="run the cases whose name contains this")
    parser.add_argument("--issue", choices=("12", "19", "all"), default="all",
                        help="run only issue 12's or issue 19's cases")
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    parser.add_argument("--table", type=Path, nargs=2, metavar=("BEFORE", "AFTER"),
                        help="print a Markdown table from two --json files, then stop")
    args = parser.parse_args(argv)
    if args.table:
        print(markdown(*(json.loads(p.read_text(encoding="utf-8")) for p in args.table)))
        return 0
    results = []
    chosen = {"12": _issue12_cases, "19": lambda: _cases()[len(_issue12_cases()):],
              "all": _cases}[args.issue]()
    for case in chosen:
        if args.only and args.only not in case["name"]:
            continue
        result = run_case(case, python=args.python, src=args.src)
        results.append(result)
        print(f"{result['case']} | exit {result['exit']} | {result['line']} | "
              f"docs {result['docs']} | {result['seconds']:.1f}s", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
