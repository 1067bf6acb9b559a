"""Corpus-level views: load any corpus, keep the documents in scope, aggregate by outlet.

Per-document views collapse beyond a handful of documents.  The functions
here turn the pipeline's tables into outlet-level (and year- or
month-level) tables with document counts, so that a notebook shows the same
readable table for 3 documents and for 10,000.  When the documents table
has a ``relevance`` column (topical | passing | none, from the topic
profile), :func:`scope_tables` keeps only the documents in the chosen scope;
without it every document is kept and the scope is reported as unavailable.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.engine.pipeline import analyze_corpus
from helpers.io.corpus_loader import Corpus, load_corpus
from helpers.relevance.classify import LEVELS, SCOPES  # one definition of the scopes

__all__ = ["SCOPES", "load_any", "analyze", "source_names", "comparison_groups", "scope_tables", "relevance_overview",
           "outlet_overview", "naming_shares", "voices_by_outlet", "seeds_folder"]

UNKNOWN_OUTLET = "(unknown outlet)"


def seeds_folder() -> Path:
    """The seed corpus of the checkout (``seeds/`` next to ``src/``), else ``../seeds``.

    Returns:
        The folder the lessons use, wherever the notebook was copied.
    """
    folder = Path(__file__).resolve().parents[3] / "seeds"
    return folder if folder.is_dir() else Path("../seeds")


def load_any(source: str | Path, *, limit: int | None = None) -> Corpus:
    """Load a folder, or one JSONL/CSV/Parquet file, as a :class:`Corpus` (with :func:`load_corpus`).

    The one corpus loader's rules hold: a doc_id seen before is a ``duplicate doc_id``
    load error and its document is skipped (the first one read is kept), as in ``helpers analyze``.

    Args:
        source: a folder of ``.txt``/``.html`` files (with ``catalog.csv``) or
            a record file with one document per line/row.
        limit: keep at most this many documents (the first ones by doc_id).

    Returns:
        A Corpus whose documents are sorted by doc_id, with the load errors.
    """
    loaded = load_corpus(Path(source))
    return Corpus(documents=loaded.documents[:limit], errors=list(loaded.errors))


def analyze(documents, *, topic: str = "xinjiang", scope: str = "topical"
            ) -> dict[str, pd.DataFrame]:
    """Run the pipeline on every document with a topic profile and a relevance scope.

    Args:
        documents: a Corpus or a list of documents.
        topic: the topic profile's name or TOML path.
        scope: topical | passing | all: which documents are analysed beyond
            their row in the documents table (which lists them all, with
            their relevance).

    Returns:
        ``{table name: DataFrame}`` as :func:`helpers.engine.pipeline.analyze_corpus`.
    """
    return analyze_corpus(documents, topic=topic, scope=scope)


def source_names(documents: pd.DataFrame) -> dict[str, str]:
    """``{doc_id: outlet}`` (the genre, then "(unknown outlet)", when the outlet is empty).

    Args:
        documents: the documents table.

    Returns:
        The source name of every document.
    """
    names = {}
    for doc_id, outlet, genre in zip(documents["doc_id"], documents["outlet"].fillna(""),
                                     documents.get("genre", pd.Series("", index=documents.index)).fillna("")):
        names[doc_id] = str(outlet).strip() or str(genre).strip() or UNKNOWN_OUTLET
    return names


def comparison_groups(documents: pd.DataFrame) -> tuple[dict[str, str] | None, str]:
    """What to compare: outlets, or publication years when the corpus has one outlet.

    Args:
        documents: the documents table in scope.

    Returns:
        ``({doc_id: group}, "outlet" | "year")``, or ``(None, reason)`` when
        there are not two groups to compare.
    """
    names = source_names(documents)
    if len(set(names.values())) >= 2:
        return names, "outlet"
    years = {d: _period(p, "year") for d, p in zip(documents["doc_id"], documents["published"])}
    if len({y for y in years.values() if y != "undated"}) >= 2:
        return years, "year"
    return None, "the documents in scope come from fewer than two outlets and two publication years"


def scope_tables(tables: dict[str, pd.DataFrame], *, scope: str = "topical"
             ) -> tuple[dict[str, pd.DataFrame], str]:
    """Keep the documents (and their rows in every table) in a relevance scope.

    Args:
        tables: ``{name: DataFrame}`` with a ``documents`` table; every
            other table with a ``doc_id`` column is filtered too.
        scope: ``"topical"``, ``"passing"`` (topical and passing) or ``"all"``.

    Returns:
        ``(tables, note)``: the filtered tables and one sentence saying what
        was kept.
    """
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}, not {scope!r}")
    documents = tables["documents"]
    total = len(documents)
    if scope == "all":
        return dict(tables), f"Scope 'all': all {total} documents are analysed, whatever their relevance."
    keep = [level for level in LEVELS if level in SCOPES[scope]]
    ids = set(documents.loc[documents["relevance"].isin(keep), "doc_id"])
    scoped = {name: (frame[frame["doc_id"].isin(ids)].reset_index(drop=True)
                     if "doc_id" in frame.columns else frame) for name, frame in tables.items()}
    note = f"Scope '{scope}': {len(ids)} of {total} documents are analysed (relevance {' or '.join(keep)})."
    if total and not ids:
        levels = documents["relevance"].value_counts()
        found = ", ".join(f"{int(levels[level])} {level}" for level in LEVELS if level in levels)
        wider = "passing" if scope == "topical" and levels.get("passing", 0) else "all"
        note += (f" No document is in scope ({found}): widen the scope (SCOPE = \"{wider}\" in a notebook, "
                 f"--scope {wider} for helpers analyze and helpers report) or choose a topic profile that "
                 f"fits the corpus (--topic).")
    return scoped, note


def relevance_overview(documents: pd.DataFrame, *, top: int = 20) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Documents per relevance label and outlet, and the most relevant documents with evidence.

    Args:
        documents: the documents table.
        top: how many documents to list.

    Returns:
        ``(counts, listing)``: outlet × relevance document counts and the
        ``top`` documents by ``relevance_score``.
    """
    frame = documents.assign(source=documents["doc_id"].map(source_names(documents)))
    counts = pd.crosstab(frame["source"], frame["relevance"], margins=True, margins_name="all")
    order = [c for c in ("topical", "passing", "none", "all") if c in counts.columns]
    counts = counts[order]
    counts.index.name, counts.columns.name = "outlet", None
    columns = [c for c in ("doc_id", "source", "title", "relevance", "relevance_score",
                           "relevance_evidence") if c in frame.columns]
    sort = ["relevance_score", "doc_id"] if "relevance_score" in frame.columns else ["doc_id"]
    listing = frame.sort_values(sort, ascending=[False, True][: len(sort)], kind="mergesort")
    return counts, listing[columns].head(top).rename(columns={"source": "outlet"}).reset_index(drop=True)


def _period(published, freq: str) -> str:
    if published is None or pd.isna(published) or str(published) == "":
        return "undated"
    text = str(published)
    return text[:4] if freq == "year" else text[:7]


def outlet_overview(documents: pd.DataFrame, *, by: str = "year", max_periods: int = 12) -> pd.DataFrame:
    """Documents per outlet and year (or month), with totals.

    Args:
        documents: the documents table.
        by: ``"year"`` or ``"month"``.
        max_periods: at most this many period columns (the latest ones; the
            earlier ones are summed into "earlier").

    Returns:
        DataFrame indexed by outlet (most documents first), one column per
        period, and ``documents`` (the total).
    """
    frame = pd.DataFrame({"outlet": documents["doc_id"].map(source_names(documents)),
                          "period": [_period(p, by) for p in documents["published"]]})
    table = pd.crosstab(frame["outlet"], frame["period"])
    dated = sorted(c for c in table.columns if c != "undated")
    if len(dated) > max_periods:
        early = dated[: len(dated) - max_periods]
        table["earlier"] = table[early].sum(axis=1)
        table = table.drop(columns=early)
        dated = ["earlier"] + dated[len(early):]
    table = table[dated + (["undated"] if "undated" in table.columns else [])]
    table["documents"] = table.sum(axis=1)
    table = table.sort_values(["documents"], ascending=False, kind="mergesort")
    table.columns.name = None
    return table


def naming_shares(naming: pd.DataFrame, documents: pd.DataFrame, *, by: str = "spelling") -> pd.DataFrame:
    """Share (percent, one decimal) of each name per outlet, with document and mention counts.

    Args:
        naming: the output of :func:`helpers.analysis.compare.naming_table`.
        documents: the documents table (for the outlets).
        by: ``"spelling"``, ``"family"`` or ``"form"``.

    Returns:
        Long table ``name_en, outlet, <by>, documents, mentions, share``,
        where ``share`` is the percent of that entity's mentions in that
        outlet and ``documents`` how many of the outlet's documents use it.
    """
    columns = ["name_en", "outlet", by, "documents", "mentions", "share"]
    if naming.empty:
        return pd.DataFrame(columns=columns)
    frame = naming.assign(outlet=naming["doc_id"].map(source_names(documents)))
    grouped = frame.groupby(["name_en", "outlet", by], as_index=False).agg(
        documents=("doc_id", "nunique"), mentions=("count", "sum"))
    totals = grouped.groupby(["name_en", "outlet"])["mentions"].transform("sum")
    grouped["share"] = (100 * grouped["mentions"] / totals).round(1)
    return grouped.sort_values(["name_en", "outlet", "mentions", by], ascending=[True, True, False, True],
                               kind="mergesort")[columns].reset_index(drop=True)


def voices_by_outlet(quotes: pd.DataFrame, documents: pd.DataFrame, *, top: int = 15,
                     top_outlets: int = 8) -> pd.DataFrame:
    """Who is given a voice: quotes per actor and outlet (the ``top`` actors).

    Args:
        quotes: the quotes table.
        documents: the documents table.
        top: keep the actors quoted most often.
        top_outlets: outlets with the most quotes get a column; the others
            are summed in "other outlets".

    Returns:
        DataFrame indexed by actor, one column per outlet (quote counts) and
        ``documents`` (how many documents quote the actor).
    """
    if quotes.empty:
        return pd.DataFrame()
    frame = quotes.assign(outlet=quotes["doc_id"].map(source_names(documents)),
                          actor=quotes["actor"].fillna("").replace("", "(unattributed)"))
    busiest = set(frame["outlet"].value_counts().index[:top_outlets])
    frame["outlet"] = frame["outlet"].where(frame["outlet"].isin(busiest), "other outlets")
    table = pd.crosstab(frame["actor"], frame["outlet"])
    table["documents"] = frame.groupby("actor")["doc_id"].nunique()
    table["quotes"] = table.drop(columns="documents").sum(axis=1)
    table = table.sort_values(["quotes", "documents"], ascending=False, kind="mergesort").head(top)
    table.columns.name = None
    return table.drop(columns="quotes")
