"""A hostile corpus for the output-safety tests (text written for the tests).

Titles, outlet names, quotes and sentences carry markup that must never run in
an HTML page (``<script>``, ``onerror``/``onload`` handlers, ``javascript:``
links, Markdown links and images) and cells that a spreadsheet would take
for formulas (``=HYPERLINK(…)``, ``+1+2``, ``-2+3``, ``@SUM(A1)``, a leading
tab or carriage return).  The documents are on topic, so every stage (mentions,
quotes, stances, events) sees them.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

#: Strings that would run as script if pasted into HTML or Markdown (each one alerts when live).
SCRIPTS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    '"><svg onload=alert(3)>',
    "[click](javascript:alert(4))",
    "![pic](javascript:alert(5))",
]
#: An empty file whose name is markup: the notebooks print the load error naming it.
BAD_FILE = "<img src=x onerror=alert(6)>.txt"
#: Strings a spreadsheet reads as formulas.
FORMULAS = ['=HYPERLINK("http://x","y")', "+1+2", "-2+3", "@SUM(A1)", "\tleading tab", "\rleading return"]
#: Outlets: four hostile names (one is bad mathtext for chart labels) and two plain ones.
OUTLETS = ["<img src=x onerror=alert(2)>", "[click](javascript:alert(4))", '=HYPERLINK("http://x","y")',
           "Sahel Post", "Cost $\\frac$ Weekly", "Nile Courier"]
#: Topical sentences (Arabic and English) around which the hostile text is put.
_ARABIC = [
    "وقال المتحدث باسم الخارجية الصينية في 12 مارس 2019: «{hostile} الوضع في شينجيانغ مستقر».",
    "وأعربت منظمة العفو الدولية عن قلقها البالغ إزاء احتجاز الإيغور في معسكرات داخل شينجيانغ.",
    "ونفت بكين هذه الاتهامات ووصفتها بأنها تدخل في شؤونها الداخلية.",
    "وذكرت لجنة تابعة للأمم المتحدة في أغسطس 2018 أن نحو مليون شخص من الإيغور محتجزون.",
]
_ENGLISH = [
    'The United Nations said in March 2019: "{hostile} we are concerned about the camps in Xinjiang."',
    "China denied the accusations and called them interference in its internal affairs.",
    "Amnesty International urged the release of Uyghurs held without trial.",
]


def hostile_documents() -> list[dict]:
    """The documents as records: id, title, outlet, published, language, text.

    Returns:
        One record per hostile string (scripts and formulas) and a few more,
        over the outlets of :data:`OUTLETS`; each title is a hostile string
        and each text has it inside a quote and at the start of a line.
    """
    records = []
    strings = SCRIPTS + FORMULAS + ["'=already quoted", "''-2+3 twice"]
    for i, hostile in enumerate(strings):
        english = i % 3 == 2
        lines = [s.format(hostile=hostile) for s in (_ENGLISH if english else _ARABIC)]
        text = "\n".join([hostile.strip() + " " + lines[1], *lines]) + "\n"
        records.append({"id": f"h{i:02d}", "title": hostile, "outlet": OUTLETS[i % len(OUTLETS)],
                        "published": f"2019-{1 + i % 12:02d}-15", "language": "en" if english else "ar",
                        "text": text})
    return records


def write_hostile_jsonl(path: str | Path) -> Path:
    """Write the hostile documents as one JSONL file.

    Args:
        path: the ``.jsonl`` file (its folder is created).

    Returns:
        The path.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in hostile_documents()),
                    encoding="utf-8")
    return path


def write_hostile_folder(folder: str | Path) -> Path:
    """Write the hostile documents as ``.txt`` files with a ``catalog.csv``, and the empty :data:`BAD_FILE`.

    Args:
        folder: the folder (created).

    Returns:
        The folder.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for record in hostile_documents():
        name = f"{record['id']}.txt"
        (folder / name).write_text(record["text"], encoding="utf-8")
        rows.append({"doc_id": record["id"], "file": name, "title": record["title"], "outlet": record["outlet"],
                     "language": record["language"], "published": record["published"], "genre": "news"})
    (folder / BAD_FILE).write_bytes(b"")
    with open(folder / "catalog.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return folder
