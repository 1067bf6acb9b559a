"""Score a temporal tagger against gold annotations (``tests/gold/events.tsv``).

Gold rows name the expression by its exact surface and occurrence (1 = the
first time that surface appears in the document), so they are written by
reading the text, not by copying offsets.  :func:`locate_gold` finds the
offsets; :func:`score_events` matches predictions to gold one-to-one by span overlap
and reports precision, recall and F1 twice: for spans (any overlap) and for
values (overlap and the same ISO value).  :func:`dateparser_events` runs the
``dateparser`` baseline (an optional test/notebook extra, imported only
there) and returns the same columns, so both taggers go through one scorer;
:func:`dateparser_baseline` runs it on a corpus.

dateparser resolves every relative or incomplete expression ("Wednesday",
"5 March", even the English word "we") against its ``RELATIVE_BASE``, which
is the machine's clock unless it is set.  The baseline is therefore run only
with the document's publication date as its base: undated documents are left
out (and named), so its scores never change with the day they are computed.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from helpers.extract.temporal.calendar import week_value

__all__ = ["GOLD_COLUMNS", "load_gold", "locate_gold", "score_events", "dateparser_events",
           "dateparser_baseline"]

GOLD_COLUMNS = ["doc_id", "surface", "occurrence", "value", "precision", "modifier", "anchored"]
_DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "tests" / "gold" / "events.tsv"


def load_gold(path: str | Path | None = None) -> pd.DataFrame:
    """Read gold temporal annotations.

    Args:
        path: a TSV with :data:`GOLD_COLUMNS` (``#`` comment lines allowed);
            default ``tests/gold/events.tsv`` of this repository.

    Returns:
        DataFrame with those columns (``occurrence`` int, ``anchored`` bool,
        empty cells as '').
    """
    frame = pd.read_csv(path or _DEFAULT_GOLD, sep="\t", comment="#", dtype=str,
                        keep_default_na=False)
    frame["occurrence"] = frame["occurrence"].replace("", "1").astype(int)
    frame["anchored"] = frame["anchored"].str.lower().isin(["true", "1", "yes"])
    return frame[GOLD_COLUMNS]


def locate_gold(gold: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Add ``start`` and ``end`` (raw offsets) to gold rows.

    Args:
        gold: from :func:`load_gold`.
        texts: ``{doc_id: raw text}`` of the annotated documents.

    Returns:
        The gold rows of documents present in ``texts``, with offsets.

    Raises:
        ValueError: when a surface does not occur ``occurrence`` times.
    """
    rows = []
    for row in gold[gold["doc_id"].isin(list(texts))].itertuples(index=False):
        hits = [m.start() for m in re.finditer(re.escape(row.surface), texts[row.doc_id])]
        if len(hits) < row.occurrence:
            raise ValueError(f"gold surface {row.surface!r} occurrence {row.occurrence} "
                             f"not found in document {row.doc_id}")
        start = hits[row.occurrence - 1]
        rows.append({**row._asdict(), "start": start, "end": start + len(row.surface)})
    return pd.DataFrame(rows, columns=GOLD_COLUMNS + ["start", "end"])


def _pairs(predicted: pd.DataFrame, gold: pd.DataFrame, *, same_value: bool) -> int:
    """Number of one-to-one matches (greedy by largest overlap) within each document."""
    matched = 0
    for doc_id, g in gold.groupby("doc_id"):
        p = predicted[predicted["doc_id"] == doc_id]
        candidates = []
        for gi, gr in enumerate(g.itertuples(index=False)):
            for pi, pr in enumerate(p.itertuples(index=False)):
                overlap = min(gr.end, pr.end) - max(gr.start, pr.start)
                if overlap > 0 and (not same_value or str(pr.value) == str(gr.value)):
                    candidates.append((-overlap, gi, pi))
        used_g, used_p = set(), set()
        for _, gi, pi in sorted(candidates):
            if gi not in used_g and pi not in used_p:
                used_g.add(gi), used_p.add(pi)
        matched += len(used_g)
    return matched


def score_events(predicted: pd.DataFrame, gold: pd.DataFrame, *, tagger: str = "") -> pd.DataFrame:
    """Precision, recall and F1 of predicted events against located gold.

    Args:
        predicted: events with ``doc_id, start, end, value`` (only documents
            that appear in ``gold``'s documents should be passed; an annotated
            document with no gold rows is fine and counts false positives).
        gold: from :func:`locate_gold`.
        tagger: a name written in the ``tagger`` column.

    Returns:
        Two rows (``level`` = span | value) with ``tagger, level, tp, fp, fn,
        precision, recall, f1`` (rounded to 3 decimals).
    """
    rows = []
    for level in ("span", "value"):
        tp = _pairs(predicted, gold, same_value=level == "value")
        fp, fn = len(predicted) - tp, len(gold) - tp
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append({"tagger": tagger, "level": level, "tp": tp, "fp": fp, "fn": fn,
                     "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)})
    return pd.DataFrame(rows)


def _dateparser_value(parsed: dt.datetime, period: str) -> tuple[str, str]:
    if period == "year":
        return f"{parsed.year:04d}", "year"
    if period == "month":
        return f"{parsed.year:04d}-{parsed.month:02d}", "month"
    if period == "week":
        return week_value(parsed.date()), "week"
    return parsed.date().isoformat(), "day"


_COLUMNS = ["doc_id", "start", "end", "surface", "value", "precision"]


def dateparser_events(raw: str, *, published: dt.date, doc_id: str = "",
                      languages: tuple[str, ...] = ("ar", "en")) -> pd.DataFrame:
    """The dateparser baseline in the events-table shape.

    Runs ``dateparser.search.search_dates`` with ``RELATIVE_BASE`` set to the
    publication date, finds each returned substring in the text (in order,
    after the previous one) for offsets, and asks
    ``DateDataParser.get_date_data`` for its period to set the precision.

    Args:
        raw: the raw text.
        published: the publication date, dateparser's base for relative and
            incomplete dates (required: without it dateparser reads the clock).
        doc_id: written in every row.
        languages: dateparser language codes.

    Returns:
        DataFrame with ``doc_id, start, end, surface, value, precision``.

    Raises:
        ValueError: when ``published`` is None.
        ImportError: when dateparser (a test/notebook extra) is not installed.
    """
    if published is None:
        raise ValueError("dateparser needs a publication date as its base (it would read the clock)")
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
                "RETURN_TIME_AS_PERIOD": False, "TIMEZONE": "UTC", "TO_TIMEZONE": "UTC"}
    found = search_dates(raw, languages=list(languages), settings=settings) or []
    parser = DateDataParser(languages=list(languages), settings=settings)
    rows, cursor = [], 0
    for surface, parsed in found:
        start = raw.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        period = parser.get_date_data(surface).period or "day"
        value, precision = _dateparser_value(parsed, period)
        rows.append((doc_id, start, cursor, surface, value, precision))
    return pd.DataFrame(rows, columns=_COLUMNS)


def dateparser_baseline(documents, *, languages: tuple[str, ...] = ("ar", "en")
                        ) -> tuple[pd.DataFrame, list[str]]:
    """The dateparser baseline on the dated documents of a corpus.

    Args:
        documents: :class:`~helpers.io.corpus.Document` objects.
        languages: dateparser language codes.

    Returns:
        ``(events, left_out)``: the baseline's events of every dated document,
        and the doc_ids of the undated documents it was not run on.
    """
    frames, left_out = [], []
    for doc in documents:
        if doc.published is None:
            left_out.append(doc.doc_id)
            continue
        frames.append(dateparser_events(doc.raw, doc_id=doc.doc_id, published=doc.published,
                                        languages=languages))
    events = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=_COLUMNS)
    return events, left_out
