"""Build the pipeline's lexicons, gazetteer and automata once, ahead of work.

Every stage loads its data files lazily (``functools.lru_cache``), which
costs about two seconds the first time.  :mod:`helpers.engine.scale` starts its
worker processes from a ``forkserver`` that imports this module: the caches
are built once in the server and every worker forked from it starts with
them (copy-on-write), instead of each worker building its own.
"""

from __future__ import annotations

import datetime as dt

from helpers.engine.pipeline import analyze_rows
from helpers.io.corpus import make_document
from helpers.io.pubdate import parse_published
from helpers.relevance.classify import could_be_relevant
from helpers.text.lexicon_tools import read_tsv

__all__ = ["warm"]

#: A short text that reaches every stage (a quote, a date, a figure, a stance cue, English).
_ROWS = read_tsv("engine/warm_sample.tsv", columns=("kind", "text"))
_SAMPLE = "".join(row["text"] + "\n" for row in _ROWS if row["kind"] == "line")
_DATE = next(row["text"] for row in _ROWS if row["kind"] == "date")


def warm() -> None:
    """Run the whole pipeline once on a built-in sample text.

    Returns:
        None; every lazily loaded lexicon and automaton is now cached.
    """
    # scope "all": the sample is not about the default topic, and every stage must run
    analyze_rows(make_document(_SAMPLE, file="warm.txt"), scope="all")
    could_be_relevant(_SAMPLE)  # the default profile's prefilter automaton
    parse_published(_DATE, today=dt.date.max)  # the month and weekday names' pattern


warm()
