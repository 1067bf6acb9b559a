"""Reading paragraphs written from the results, so that the prose matches any corpus.

Each function takes the outlet-level tables of :mod:`helpers.analysis.outlets` or
:mod:`helpers.plots.timeline_density` and returns Markdown (Arabic runs are isolated
later by :func:`helpers.io.markdown_text.markdown`).  Nothing here knows the seeds.  Every
value that comes from the documents (outlets, names, actors, dates) is escaped
(:func:`helpers.io.markdown_text.escape_markdown`): Markdown renders raw HTML and links.
"""

from __future__ import annotations

import pandas as pd

from helpers.io.markdown_text import escape_markdown

__all__ = ["corpus_summary", "naming_summary", "voices_summary", "timeline_summary", "stance_summary"]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def corpus_summary(documents: pd.DataFrame, overview: pd.DataFrame, note: str, *, errors: int = 0) -> str:
    """The corpus in two sentences: documents, outlets, dates, scope.

    Args:
        documents: the documents table in scope.
        overview: the output of :func:`helpers.analysis.outlets.outlet_overview`.
        note: the scope note of :func:`helpers.analysis.outlets.scope_tables`.
        errors: how many inputs could not be read.

    Returns:
        Markdown.
    """
    if documents.empty:
        return f"**No document in scope.** {note}" + (f" {_plural(errors, 'input')} could not be read." if errors
                                                     else "")
    dates = pd.to_datetime(documents["published"], format="%Y-%m-%d", errors="coerce").dropna()
    span = (f"published between {dates.min():%Y-%m-%d} and {dates.max():%Y-%m-%d}" if len(dates)
            else "with no publication date")
    largest = ", ".join(f"{escape_markdown(o)} ({n})" for o, n in overview["documents"].head(5).items())
    text = (f"**{_plural(len(documents), 'document')}** from **{_plural(len(overview), 'outlet')}**, "
            f"{span}. Largest outlets: {largest or 'none'}. {note}")
    return text + (f" {_plural(errors, 'input')} could not be read (see above)." if errors else "")


def naming_summary(shares: pd.DataFrame, *, by: str = "spelling", top: int = 5) -> str:
    """For each entity, each large outlet's preferred name and its share.

    Args:
        shares: the output of :func:`helpers.analysis.outlets.naming_shares`.
        by: the name column.
        top: outlets per entity (most mentions first).

    Returns:
        Markdown bullet list ("no names found" when empty).
    """
    if shares.empty:
        return "No name of the region or the people was found in the documents in scope."
    lines = []
    for name, part in shares.groupby("name_en", sort=True):
        outlets = part.groupby("outlet")["mentions"].sum().sort_values(ascending=False, kind="mergesort")
        said = []
        for outlet in outlets.index[:top]:
            best = part[part["outlet"] == outlet].iloc[0]
            said.append(f"{escape_markdown(outlet)} mostly writes {escape_markdown(best[by])} "
                        f"({best['share']:.1f} % of {outlets[outlet]} mentions)")
        variety = part[by].nunique()
        lines.append(f"- **{escape_markdown(name)}** ({_plural(variety, 'name')} in all): " + "; ".join(said) + ".")
    return "\n".join(lines)


def voices_summary(voices: pd.DataFrame) -> str:
    """Who is quoted most, and by how many outlets.

    Args:
        voices: the output of :func:`helpers.analysis.outlets.voices_by_outlet`.

    Returns:
        Markdown.
    """
    if voices.empty:
        return "No quotation or reported speech was found in the documents in scope."
    counts = voices.drop(columns="documents")
    parts = [f"{escape_markdown(actor)} ({_plural(int(row.sum()), 'quote')} in {int((row > 0).sum())} of "
             f"{_plural(counts.shape[1], 'outlet')})"
             for actor, row in counts.head(5).iterrows()]
    return "Most quoted: " + "; ".join(parts) + "."


def timeline_summary(events: pd.DataFrame, kept: pd.DataFrame, density: pd.DataFrame, freq: str,
                     top: pd.DataFrame) -> str:
    """How many events were dated, how many dropped as implausible, the window and the top values.

    Args:
        events: the events table in scope.
        kept: the output of :func:`helpers.plots.timeline_density.plausible_events`.
        density: the first output of :func:`helpers.plots.timeline_density.event_density`.
        freq: its frequency.
        top: the output of :func:`helpers.plots.timeline_density.top_events`.

    Returns:
        Markdown.
    """
    resolved = int((events["value"].fillna("") != "").sum())
    dropped = resolved - len(kept)
    if density.empty:
        return f"{_plural(len(events), 'temporal expression')}; none could be placed on a calendar."
    window = f"{escape_markdown(density.columns[0])} to {escape_markdown(density.columns[-1])} (by {freq})"
    shown = int(density.to_numpy().sum())
    values = ", ".join(f"{escape_markdown(v)} ({_plural(n, 'document')})"
                       for v, n in zip(top["value"], top["documents"]))
    why = " (numbers read as years: stock-index points, article numbers …)" if dropped else ""
    return (f"{_plural(len(events), 'temporal expression')}, {resolved} resolved to a calendar value; "
            f"{_plural(dropped, 'value')} outside a plausible window dropped{why}. The chart covers {window}: "
            f"{shown} of {len(kept)} events. Most mentioned: {values}.")


def stance_summary(counts: pd.DataFrame, *, top: int = 3) -> str:
    """The actors most often critical, defending, declining, over outlets.

    Args:
        counts: the output of :func:`helpers.analysis.outlet_stances.stance_counts`.
        top: actors per label.

    Returns:
        Markdown bullet list.
    """
    if counts.empty:
        return "No stance toward the topic was found in the documents in scope."
    lines = []
    for label in ("critical", "defends", "declined"):
        per_actor = counts.groupby("actor").agg(docs=(label, "sum"), outlets=(label, lambda s: int((s > 0).sum())))
        per_actor = per_actor[per_actor["docs"] > 0].sort_values(["docs", "outlets"], ascending=False,
                                                                  kind="mergesort").head(top)
        named = ", ".join(f"{escape_markdown(a)} ({_plural(int(r.docs), 'document')}, "
                          f"{_plural(int(r.outlets), 'outlet')})" for a, r in per_actor.iterrows())
        lines.append(f"- **{label}**: {named or 'nobody'}")
    return "\n".join(lines)
