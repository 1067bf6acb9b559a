"""About this corpus: the overview a reader sees first (as Voyant's summary).

Documents (all, and in the scope), words, languages, outlets, the range of
publication dates, the most frequent terms and the collocates of the topic's
names: the words that stand within a few words of a mention of the topic's
core entities (the region, the people …) more often than elsewhere, ranked by
Dunning's log-likelihood G² (window against the rest of the documents).

Terms are the words of :mod:`helpers.analysis.keyness` (matching-normalised,
stopwords, numbers and one-letter tokens left out), shown in their most
frequent spelling.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

from helpers.analysis.compare import iter_docs
from helpers.analysis.keyness import term_counts, term_of
from helpers.analysis.outlets import source_names
from helpers.io.markdown_text import escape_markdown
from helpers.text.segment import tokens

__all__ = ["Overview", "corpus_overview", "topic_names", "collocates"]

_LANGUAGES = {"ar": "Arabic", "en": "English", "fr": "French", "": "unknown"}


def _language_name(codes: str) -> str:
    """A reader's name for a document's language codes.

    Args:
        codes: the ``language`` cell, one code or several joined by commas (``ar,en`` for a bilingual text).

    Returns:
        ``Arabic``, ``Arabic and English`` …; an unknown code is kept as it is.
    """
    names = [_LANGUAGES.get(code.strip(), code.strip()) for code in codes.split(",")] if codes else [""]
    names = [_LANGUAGES[""] if not name else name for name in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


@dataclass
class Overview:
    """The overview's parts: ``facts`` (measure, value), ``languages``, ``terms`` and ``collocates`` tables."""

    facts: pd.DataFrame
    languages: pd.DataFrame
    terms: pd.DataFrame
    collocates: pd.DataFrame
    names: list[str]

    def summary(self) -> str:
        """The overview in two Markdown sentences (words, languages, terms, collocates).

        Returns:
            Markdown (values from the documents escaped).
        """
        facts = dict(zip(self.facts["measure"], self.facts["value"]))
        terms = ", ".join(escape_markdown(t) for t in self.terms["term"].head(8))
        names = " and ".join(escape_markdown(n) for n in self.names)
        near = ", ".join(escape_markdown(t) for t in self.collocates["term"].head(8))
        languages = ", ".join(f"{escape_markdown(lang)} ({n})" for lang, n in zip(self.languages["language"],
                                                                      self.languages["documents"]))
        text = (f"**{facts['words (in scope)']} words** in the {facts['documents in scope']} analysed documents "
                f"(languages of all {facts['documents']}: {languages or 'none'}). Most frequent terms: "
                f"{terms or 'none'}.")
        if names:
            text += f" Words found near {names} more often than elsewhere: {near or 'none'}."
        return text


def topic_names(mentions: pd.DataFrame, core_entities, *, most: int = 2) -> pd.DataFrame:
    """The mentions of the topic's most mentioned core entities (its names: the region, the people …).

    Args:
        mentions: the mentions table.
        core_entities: the topic profile's core entity ids.
        most: how many entities (the most mentioned).

    Returns:
        The mentions of those entities.
    """
    if mentions.empty:
        return mentions
    core = mentions[mentions["entity_id"].isin(set(core_entities))]
    top = core["entity_id"].value_counts(sort=True)
    ranked = sorted(top.index, key=lambda e: (-top[e], str(e)))[:most]
    return core[core["entity_id"].isin(ranked)]


def collocates(docs, spans: pd.DataFrame, *, window: int = 5, min_count: int = 2, top: int = 20) -> pd.DataFrame:
    """Words within ``window`` words of the given spans, ranked by log-likelihood G² against the rest.

    Args:
        docs: anything :func:`helpers.analysis.compare.iter_docs` accepts.
        spans: rows with ``doc_id, start, end`` (e.g. mentions): the node words.
        window: words on each side.
        min_count: keep words seen at least this often near a span.
        top: how many collocates.

    Returns:
        ``term, near, total, g2``: the word (its most frequent spelling), how
        often it stands near a span, in all, and the signed G² (only words
        found near more often than expected are kept), strongest first.
    """
    columns = ["term", "near", "total", "g2"]
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for doc_id, start, end in zip(spans.get("doc_id", []), spans.get("start", []), spans.get("end", [])):
        by_doc.setdefault(str(doc_id), []).append((int(start), int(end)))
    near, total, spelling = Counter(), Counter(), Counter()
    for doc_id, raw in iter_docs(docs):
        words = tokens(raw)
        keys = [term_of(t.text) for t in words]
        for key, tok in zip(keys, words):
            if key:
                total[key] += 1
                spelling[(key, tok.text)] += 1
        close, ends = set(), [t.end for t in words]
        for start, end in by_doc.get(doc_id, []):
            first = bisect_right(ends, start)  # the first token ending after the span starts
            last = first
            while last < len(words) and words[last].start < end:
                last += 1
            if last == first:
                continue
            low, high = max(0, first - window), min(len(words), last + window)
            close.update(i for i in range(low, high) if not first <= i < last)
        for i in close:
            if keys[i]:
                near[keys[i]] += 1
    rows = _ranked(near, total, min_count)
    if not rows:
        return pd.DataFrame(columns=columns)
    shown = {}
    for (key, text), _ in sorted(spelling.items(), key=lambda item: (-item[1], item[0][1])):
        shown.setdefault(key, text)
    frame = pd.DataFrame(rows, columns=["key", "near", "total", "g2"])
    frame.insert(0, "term", frame["key"].map(shown))
    frame = frame.sort_values(["g2", "key"], ascending=[False, True], kind="mergesort").head(top)
    return frame[columns].reset_index(drop=True)


def _ranked(near: Counter, total: Counter, min_count: int) -> list[tuple]:
    """``(word, near, total, G²)`` for words found near more often than elsewhere."""
    n_near, n_all = sum(near.values()), sum(total.values())
    n_rest = n_all - n_near
    if not n_near or n_rest <= 0:
        return []
    rows = []
    for word, a in near.items():
        b = total[word] - a
        if a < min_count or a * n_rest <= b * n_near:
            continue
        cells = ((a, n_near), (b, n_rest), (n_near - a, n_near), (n_rest - b, n_rest))
        column = {0: a + b, 1: a + b, 2: n_all - a - b, 3: n_all - a - b}
        g2 = 2.0 * sum(o * np.log(o / (row * column[k] / n_all)) for k, (o, row) in enumerate(cells) if o > 0)
        rows.append((word, a, total[word], round(float(g2), 2)))
    return rows


def corpus_overview(documents: pd.DataFrame, docs, mentions: pd.DataFrame, *, scoped: pd.DataFrame,
                    core_entities=(), top: int = 20) -> Overview:
    """The overview of a corpus: facts, languages, frequent terms, collocates of the topic's names.

    Args:
        documents: the documents table (every document, whatever its relevance).
        docs: the documents in scope with their text (anything
            :func:`helpers.analysis.compare.iter_docs` accepts).
        mentions: the mentions table of the documents in scope.
        scoped: the documents table in scope.
        core_entities: the topic profile's core entity ids (their mentions are the node words).
        top: rows of the terms and collocates tables.

    Returns:
        An :class:`Overview`.
    """
    counts = term_counts(docs, stem="light")
    words = sum(len(tokens(raw)) for _, raw in iter_docs(docs))
    dates = pd.to_datetime(documents["published"].astype(str).str[:10], format="%Y-%m-%d", errors="coerce")
    undated = int(dates.isna().sum())
    span = (f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if dates.notna().any() else "no date")
    span += f" ({undated} undated)" if undated and dates.notna().any() else ""
    facts = pd.DataFrame({"measure": ["documents", "documents in scope", "words (in scope)", "characters",
                                      "outlets", "published"],
                          "value": [f"{len(documents):,}", f"{len(scoped):,}", f"{words:,}",
                                    f"{int(pd.to_numeric(documents['n_chars'], errors='coerce').fillna(0).sum()):,}",
                                    f"{len(set(source_names(documents).values())):,}", span]})
    languages = (documents["language"].fillna("").astype(str).map(_language_name)
                 .value_counts().rename_axis("language").rename("documents").reset_index())
    terms = (counts.groupby(["term", "example"], as_index=False)
             .agg(count=("count", "sum"), documents=("doc_id", "nunique")) if not counts.empty
             else pd.DataFrame(columns=["term", "example", "count", "documents"]))
    terms = terms.sort_values(["count", "term"], ascending=[False, True], kind="mergesort").head(top)
    terms = terms.drop(columns="term").rename(columns={"example": "term"}).reset_index(drop=True)
    nodes = topic_names(mentions, core_entities)
    names = sorted(nodes["name_en"].dropna().astype(str).unique()) if "name_en" in nodes else []
    near = collocates(docs, nodes, top=top) if len(nodes) else pd.DataFrame(columns=["term", "near", "total", "g2"])
    return Overview(facts=facts, languages=languages, terms=terms, collocates=near, names=names)
