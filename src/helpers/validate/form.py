"""``helpers validate form``: a self-contained web page to judge a sample without Python.

The page (``data/validate/form.html`` and ``form.js``) shows one sample row
at a time: its evidence sentence right to left with the row's span marked,
the document's title and outlet, the table's own columns, a button per
verdict of the table's vocabulary, fields for the right label and actor and
a note.  Judgements are kept in the browser (``localStorage``, per sample)
and downloaded as the same JSONL the notebook writes
(:mod:`helpers.validate.judgements`); the page also keeps them on its
``<html data-jsonl>`` attribute.

Document text is hostile.  It enters the page only as JSON inside a
``<script type="application/json">`` element, with ``<``, ``>`` and ``&``
written as ``\\u003c`` …, so no sequence in it can end that element; the
script puts it into the page with ``textContent`` only.  A
Content-Security-Policy allows no source but the page's own script (by its
SHA-256 hash): nothing is loaded from the network, and no other script runs.
"""

from __future__ import annotations

import base64
import hashlib
import json
from importlib import resources
from pathlib import Path

import pandas as pd

from helpers.text.lexicon_tools import read_tsv
from helpers.validate.sample import META_COLUMNS
from helpers.validate.sample_file import read_sample
from helpers.validate.vocabulary import JUDGEMENT_COLUMNS, table_spec

__all__ = ["form_html", "write_form", "script_hash"]

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _resource(name: str) -> str:
    return (resources.files("helpers") / "data" / "validate" / name).read_text(encoding="utf-8")


def script_hash(script: str) -> str:
    """The CSP source that allows exactly one inline script.

    Args:
        script: the script element's text.

    Returns:
        ``'sha256-…'`` (base64 of the SHA-256 of the UTF-8 text).
    """
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _vocabulary(table: str) -> list[dict]:
    return [{"verdict": row["verdict"], "action": row["action"], "meaning": row["meaning"]}
            for row in read_tsv("validate/verdicts.tsv") if row["table"] == table]


def _mark(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _sample_data(sample: pd.DataFrame, name: str) -> dict:
    tables = sorted({t for t in sample["table"] if t})
    if len(tables) != 1:
        raise ValueError(f"{name}: a sample of one table is expected (found: {', '.join(tables) or 'none'})")
    table = tables[0]
    spec = table_spec(table)
    own = [c for c in sample.columns if c not in META_COLUMNS and c not in JUDGEMENT_COLUMNS]
    rows = []
    for row in sample.to_dict("records"):
        evidence = str(row.get("evidence_sentence", ""))
        fields = [[c, str(row[c])] for c in own if str(row[c]) and not (c == "evidence" and str(row[c]) == evidence)]
        rows.append({"key": str(row["key"]), "table": table, "sample": str(row.get("sample") or "rows"),
                     "doc_id": str(row.get("doc_id", "")), "label": str(row.get("label", "")),
                     "outlet": str(row.get("outlet", "")), "title": str(row.get("title", "")), "evidence": evidence,
                     "mark_start": _mark(row.get("mark_start")), "mark_end": _mark(row.get("mark_end")),
                     "fields": fields})
    digest = hashlib.sha256("\n".join(r["key"] for r in rows).encode("utf-8")).hexdigest()[:16]
    return {"id": digest, "table": table, "item": spec.item, "choices": list(spec.choices),
            "verdicts": _vocabulary(table), "recall_verdicts": _vocabulary("recall"), "rows": rows,
            "download": f"{Path(name).stem}.judgements.jsonl"}


def form_html(sample: pd.DataFrame, *, name: str = "sample.csv") -> str:
    """The judging page of a sample.

    Args:
        sample: a sample (:func:`helpers.validate.draw_sample` or :func:`helpers.validate.read_sample`).
        name: the sample's file name (the downloaded file is ``NAME.judgements.jsonl``).

    Returns:
        The HTML page (one file, no network needed).
    """
    data = json.dumps(_sample_data(sample, name), ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _JSON_ESCAPES.items():
        data = data.replace(char, escaped)
    script = _resource("form.js")
    page = _resource("form.html")
    return (page.replace("__SCRIPT_HASH__", script_hash(script)).replace("__SAMPLE_JSON__", data)
            .replace("<script>__SCRIPT__</script>", f"<script>{script}</script>"))


def write_form(sample: str | Path | pd.DataFrame, out: str | Path) -> Path:
    """Write the judging page of a sample file.

    Args:
        sample: the sample's CSV (or XLSX) file, or the sample itself.
        out: the ``.html`` file to write.

    Returns:
        The path written.
    """
    name = "sample.csv"
    if not isinstance(sample, pd.DataFrame):
        name = Path(sample).name
        sample = read_sample(sample)
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(form_html(sample, name=name), encoding="utf-8")
    return target
