"""Build the off-topic path's lexicons, gazetteer and automata once, ahead of work.

Every stage loads its data files lazily (``functools.lru_cache``).
:mod:`helpers.engine.scale` starts its worker processes from a ``forkserver``
that imports this module: what the off-topic path needs (the topic profile
and its gazetteer, the prefilter, loading, the documents row) is built once in
the server and every worker forked from it starts with it (copy-on-write).
The deep stages' lexicons are built by a worker when it first meets a
document that reaches them (``warm(deep=True)`` builds them all at once).
"""

from __future__ import annotations

import datetime as dt

from helpers.engine.pipeline import analyze_rows
from helpers.io.corpus import make_document
from helpers.io.pubdate import parse_published
from helpers.relevance.classify import could_be_relevant, could_be_relevant_batch
from helpers.text.lexicon_tools import read_tsv

__all__ = ["warm"]

#: A short text that reaches every stage (a quote, a date, a figure, a stance cue, English).
_ROWS = read_tsv("engine/warm_sample.tsv", columns=("kind", "text"))
_SAMPLE = "".join(row["text"] + "\n" for row in _ROWS if row["kind"] == "line")
_DATE = next(row["text"] for row in _ROWS if row["kind"] == "date")


def warm(*, deep: bool = False) -> None:
    """Run the pipeline once on a built-in sample text: the off-topic path, or every stage.

    The forkserver warms the off-topic path only (the topic profile, the prefilter, loading
    and the documents row): on a general archive most workers never meet a relevant
    document, and the one that does builds the deep stages' lexicons then (the same ones:
    outputs do not change).

    Args:
        deep: also run every stage (scope ``all``), building every lexicon and automaton.

    Returns:
        None; the lexicons and automata of what was run are now cached.
    """
    # the sample is not about the default topic: scope "topical" stops after the prefilter
    analyze_rows(make_document(_SAMPLE, file="warm.txt", infer=deep),
                 scope="all" if deep else "topical")
    could_be_relevant(_SAMPLE)  # the default profile's prefilter automaton
    could_be_relevant_batch([_SAMPLE, _SAMPLE])  # and the batch test's character tables
    parse_published(_DATE, today=dt.date.max)  # the month and weekday names' pattern


warm()
