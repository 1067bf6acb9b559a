"""Stance and voice probes: one-document corpora with the rows a careful reader expects.

A probe file is a TSV with the header ``id kind lang text stances voices
note`` (``tests/probes/stance.tsv``): ``stances`` lists the expected rows
toward the topic's target as ``Actor=label`` joined by `` | `` (label:
critical | defends | declined), ``voices`` the actors given a voice, joined
the same way; an empty cell expects none.  Each item is analysed as a
document of its own (:func:`probe_document`: published 2020-06-15 by "Probe
Wire", genre ``news`` unless the note says ``genre=opinion`` /
``genre=academic``), with scope ``all`` so that relevance never drops it.
A text cell may hold several paragraphs (a short article): the two
characters ``\\n`` between them stand for a paragraph break.

:func:`score_probes` counts (item, actor, label) stance triples and (item,
actor) voices, overall, per kind and per language; actors are compared with
:func:`helpers.evaluate.voices.voice_key` (the alias table, then
normalised spelling).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from helpers.engine.pipeline import analyze_rows, tables_of
from helpers.evaluate.scoring import prf
from helpers.evaluate.voices import predicted_voices, voice_key
from helpers.io.corpus import Document
from helpers.text.lexicon_tools import numbered_rows

__all__ = ["read_probe_table", "PROBE_COLUMNS", "PROBE_KINDS", "PROBE_LABELS", "PUBLISHED", "OUTLET", "read_probes",
           "probe_document", "run_probes", "ProbeScores", "score_probes"]

PROBE_COLUMNS = ["id", "kind", "lang", "text", "stances", "voices", "note"]
PROBE_KINDS = ("justification", "pressure", "open_actor", "non_assertion", "author_voice", "group", "attribution",
         "other")
PROBE_LABELS = ("critical", "defends", "declined")
PUBLISHED = dt.date(2020, 6, 15)
OUTLET = "Probe Wire"
_GENRE = re.compile(r"genre\s*=\s*(\w+)")
PARAGRAPH = "\\n"  # the two characters backslash-n in a text cell: a paragraph break


def _split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def read_probe_table(path: str | Path, columns) -> list[dict]:
    """Rows of any probe file (stance, figures, dates, names): the one reader of probe TSVs.

    The format is the data files' (:func:`helpers.text.lexicon_tools.numbered_rows`): a header row, ``#``
    comment lines and blank lines skipped, cells stripped, every row as long as the header.

    Args:
        path: the TSV (UTF-8).
        columns: the columns the header must have.

    Returns:
        One dict per item (column → cell) with ``line``, the item's line number in the file.

    Raises:
        ValueError: a missing column, a row of the wrong length or a repeated id (``file:line: problem``).
    """
    path = Path(path)
    rows, seen = [], set()
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in numbered_rows(handle, str(path), columns):
            if "id" in row and row["id"] in seen:
                raise ValueError(f"{path}:{number}: repeated id {row['id']!r}")
            seen.add(row.get("id"))
            rows.append({**row, "line": number})
    return rows


def read_probes(path: str | Path) -> list[dict]:
    """Read a stance/voice probe file.

    Args:
        path: the TSV (header :data:`PROBE_COLUMNS`, UTF-8).

    Returns:
        One dict per item with the columns, plus ``expected`` (a set of
        ``(actor, label)``) and ``voiced`` (a list of actors).

    Raises:
        ValueError: a missing column, a duplicate id, an unknown kind or label
            (one line naming the file and the line).
    """
    items = []
    for row in read_probe_table(path, PROBE_COLUMNS):
        where = f"{path}:{row['line']}: item {row['id']!r}"
        if row["kind"] not in PROBE_KINDS:
            raise ValueError(f"{where}: unknown kind {row['kind']!r}")
        expected = set()
        for part in _split(row["stances"]):
            actor, _, label = part.rpartition("=")
            if label not in PROBE_LABELS or not actor.strip():
                raise ValueError(f"{where}: bad stance {part!r}")
            expected.add((actor.strip(), label))
        text = row["text"].replace(PARAGRAPH, "\n\n")
        items.append({**row, "text": text, "expected": expected, "voiced": _split(row["voices"])})
    return items


def probe_document(item: dict) -> Document:
    """The one-document corpus of a probe item.

    Args:
        item: a :func:`read_probes` item.

    Returns:
        A :class:`~helpers.io.corpus.Document` (doc_id = the item id).
    """
    genre = _GENRE.search(item.get("note") or "")
    return Document(doc_id=item["id"], file=f"{item['id']}.txt", raw=item["text"], title="",
                    outlet=OUTLET, language=item["lang"], published=PUBLISHED,
                    genre=genre.group(1) if genre else "news")


def run_probes(items: list[dict]) -> dict:
    """Run the pipeline (quotes and stances, scope all) on every item.

    Args:
        items: :func:`read_probes` items.

    Returns:
        ``{"quotes": DataFrame, "stances": DataFrame}`` over all items.
    """
    rows: dict[str, list[dict]] = {"quotes": [], "stances": []}
    for item in items:
        found = analyze_rows(probe_document(item), tables=("quotes", "stances"), scope="all")
        for name in rows:
            rows[name].extend(found[name])
    return tables_of(rows)


@dataclass
class ProbeScores:
    """Scores of a probe run: ``rows`` (one per measure and group) and ``errors``."""

    rows: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    exact: int = 0
    total: int = 0

    def get(self, measure: str, group: str = "all", metric: str = "f1") -> float:
        """One figure, e.g. ``get("stances", "kind=pressure", "recall")``."""
        return next(r[metric] for r in self.rows if r["measure"] == measure and r["group"] == group)


def _count(facts: dict[str, tuple[set, set]], ids) -> dict:
    tp = fp = fn = 0
    for item_id in ids:
        want, got = facts[item_id]
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    return prf(tp, fp, fn)


def score_probes(items: list[dict], tables: dict | None = None) -> ProbeScores:
    """Score stance triples and voices of the items, overall, per kind and per language.

    Args:
        items: :func:`read_probes` items.
        tables: :func:`run_probes` output (computed when None).

    Returns:
        A :class:`ProbeScores`: ``rows`` are ``{measure: stances | voices,
        group: all | kind=… | lang=…, tp, fp, fn, precision, recall, f1}``;
        ``errors`` are ``{id, kind, lang, measure, error: miss | false hit,
        fact, text, evidence}``; ``exact`` counts the items whose stance rows
        are exactly the expected ones.
    """
    tables = run_probes(items) if tables is None else tables
    stances = tables["stances"]
    stances = stances[stances["stance"].isin(PROBE_LABELS)]
    got_st: dict[str, dict] = {}
    for row in stances.itertuples(index=False):
        got_st.setdefault(row.doc_id, {}).setdefault((voice_key(row.actor), row.stance),
                                                     f"[{row.cue}|{row.label_source}]")
    voices = predicted_voices(tables)
    got_vo: dict[str, dict] = {}
    for row in voices.itertuples(index=False):
        got_vo.setdefault(row.doc_id, {}).setdefault(voice_key(row.actor), row.source)
    facts = {"stances": {}, "voices": {}}
    result = ProbeScores(total=len(items))
    for item in items:
        i = item["id"]
        want_st = {(voice_key(a), label) for a, label in item["expected"]}
        want_vo = {voice_key(a) for a in item["voiced"]}
        facts["stances"][i] = (want_st, set(got_st.get(i, {})))
        facts["voices"][i] = (want_vo, set(got_vo.get(i, {})))
        result.exact += want_st == set(got_st.get(i, {}))
        for measure, (want, got), how in (("stances", facts["stances"][i], got_st.get(i, {})),
                                          ("voices", facts["voices"][i], got_vo.get(i, {}))):
            for fact in sorted(want - got, key=str):
                result.errors.append(_error(item, measure, "miss", fact, ""))
            for fact in sorted(got - want, key=str):
                result.errors.append(_error(item, measure, "false hit", fact, how[fact]))
    groups = [("all", [i["id"] for i in items])]
    groups += [(f"kind={k}", [i["id"] for i in items if i["kind"] == k]) for k in PROBE_KINDS]
    groups += [(f"lang={lang}", [i["id"] for i in items if i["lang"] == lang]) for lang in ("ar", "en")]
    for measure in ("stances", "voices"):
        for name, ids in groups:
            if ids:
                result.rows.append({"measure": measure, "group": name, "items": len(ids),
                                    **_count(facts[measure], ids)})
    return result


def _error(item: dict, measure: str, error: str, fact, evidence: str) -> dict:
    fact = "=".join(fact) if isinstance(fact, tuple) else fact
    return {"id": item["id"], "kind": item["kind"], "lang": item["lang"], "measure": measure,
            "error": error, "fact": fact, "text": item["text"], "evidence": evidence}
