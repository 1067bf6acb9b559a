"""Keyword in context (KWIC): every occurrence of a word or an entity, with
the text before and after it, and a right-to-left display for notebooks.

A word query is matched on matching-normalised text (alef, yeh, teh marbuta,
hamza seats, diacritics, tatweel, case …) and is clitic-tolerant: in front
of its first word it accepts the conjunctions و ف, the prepositions ب ك ل and
the article, so الصين finds والصين، للصين، بالصين and صين finds الصين too.
The query must match whole words (no suffixes: الصين does not find
الصينية).  Offsets are raw offsets: ``raw[start:end] == match``.
An entity query uses a mentions table (:func:`helpers.extract.mentions.rows.find_mentions`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from helpers.analysis.compare import iter_docs
from helpers.extract.mentions.rows import find_mentions
from helpers.io.display import rtl_table
from helpers.text.affixes import affix
from helpers.text.charsets import ARABIC_LETTER
from helpers.text.normalise import normalise, normalise_text

__all__ = ["KWIC_COLUMNS", "query_pattern", "kwic", "kwic_style", "kwic_table"]

KWIC_COLUMNS = ["doc_id", "start", "end", "before", "match", "after"]

_AL, _LL = affix("article"), affix("article_lam")
_WITH_ARTICLE = rf"[وف]?(?:[بك]?{_AL}|{_LL})"
_ANY_CLITICS = rf"[وف]?(?:[بك]?{_AL}|{_LL}|[بكل])?"
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=256)
def query_pattern(query: str, *, clitics: bool = True) -> re.Pattern:
    """Compile (once per query) the regex that finds ``query`` in normalised text.

    Args:
        query: one or more words, in any spelling (it is normalised).
        clitics: accept proclitics (و ف ب ك ل, article) before the first word.

    Returns:
        A compiled pattern for :func:`helpers.text.normalise.normalise` ``.text``.
    """
    words = _SPACES.sub(" ", normalise_text(query)).strip().split(" ")
    if not words or not words[0]:
        raise ValueError("empty KWIC query")
    first, prefix = words[0], ""
    if clitics and ARABIC_LETTER.match(first):
        if first.startswith(_AL) and len(first) > 3:
            first, prefix = first[len(_AL):], _WITH_ARTICLE
        elif first.startswith(_LL) and len(first) > 3:
            first, prefix = first[len(_LL):], _WITH_ARTICLE
        else:
            prefix = _ANY_CLITICS
    body = r"\s+".join(re.escape(w) for w in [first, *words[1:]])
    return re.compile(rf"(?<!\w){prefix}{body}(?!\w)")


def _context(raw: str, start: int, end: int, window: int) -> tuple[str, str]:
    left, right = max(0, start - window), min(len(raw), end + window)
    before, after = raw[left:start], raw[end:right]
    if left > 0 and not raw[left - 1].isspace():
        cut = _SPACES.search(before)
        before = before[cut.start():] if cut else ""
    if right < len(raw) and not raw[right].isspace():
        cuts = list(_SPACES.finditer(after))
        after = after[:cuts[-1].end()] if cuts else ""
    return _SPACES.sub(" ", before).strip(), _SPACES.sub(" ", after).strip()


def _word_hits(doc_id: str, raw: str, pattern: re.Pattern, window: int) -> list[tuple]:
    norm = normalise(raw)
    rows = []
    for match in pattern.finditer(norm.text):
        start, end = norm.to_raw(match.start(), match.end())
        rows.append((doc_id, start, end, *_hit_row(raw, start, end, window)))
    return rows


def _hit_row(raw: str, start: int, end: int, window: int) -> tuple[str, str, str]:
    before, after = _context(raw, start, end, window)
    return before, raw[start:end], after


def _entity_rows(mentions: pd.DataFrame, query: str) -> pd.DataFrame:
    """The mentions of an entity given by its id or English name, in any letter case."""
    wanted = query.strip().casefold()
    keep = mentions["entity_id"].astype(str).str.casefold() == wanted
    if "name_en" in mentions.columns:
        keep |= mentions["name_en"].astype(str).str.casefold() == wanted
    return mentions[keep]


def kwic(corpus_or_docs, query: str, *, window: int = 40, entity: bool = False,
         mentions: pd.DataFrame | None = None, clitics: bool = True) -> pd.DataFrame:
    """Concordance of a word or an entity across documents.

    Args:
        corpus_or_docs: anything :func:`helpers.analysis.compare.iter_docs` accepts
            (Corpus, documents, ``{doc_id: raw}``, one string).
        query: a word or phrase (normalised, clitic-tolerant), or with
            ``entity=True`` an entity_id or name_en of the mentions table (any
            letter case: ``"UN"``, ``"un"``, ``"United Nations"``).
        window: characters of context on each side (cut to whole words).
        entity: treat ``query`` as an entity.
        mentions: the mentions table for ``entity=True``; default: computed
            with :func:`helpers.extract.mentions.rows.find_mentions`.
        clitics: accept proclitics before a word query.

    Returns:
        DataFrame ``doc_id, start, end, before, match, after`` sorted by
        doc_id, start; ``raw[start:end] == match``; contexts have their
        whitespace collapsed to single spaces for display.
    """
    rows: list[tuple] = []
    if not entity:
        pattern = query_pattern(query, clitics=clitics)
        for doc_id, raw in iter_docs(corpus_or_docs):
            rows.extend(_word_hits(doc_id, raw, pattern, window))
    else:
        spans = _entity_spans(mentions, query) if mentions is not None else None
        for doc_id, raw in iter_docs(corpus_or_docs):
            found = spans.get(doc_id, []) if spans is not None else _found_spans(raw, doc_id, query)
            rows.extend((doc_id, start, end, *_hit_row(raw, start, end, window))
                        for start, end in found)
    frame = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    frame = frame.astype({"start": "int64", "end": "int64"})
    return frame.sort_values(["doc_id", "start"], kind="mergesort").reset_index(drop=True)


def _entity_spans(mentions: pd.DataFrame, query: str) -> dict[str, list[tuple[int, int]]]:
    """``{doc_id: [(start, end), …]}`` of the entity's mentions (one pass)."""
    rows = _entity_rows(mentions, query)
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc_id, start, end in zip(rows["doc_id"], rows["start"], rows["end"]):
        spans.setdefault(str(doc_id), []).append((int(start), int(end)))
    return spans


def _found_spans(raw: str, doc_id: str, query: str) -> list[tuple[int, int]]:
    return _entity_spans(find_mentions(raw, doc_id=doc_id), query).get(doc_id, [])


def _is_rtl(frame: pd.DataFrame) -> bool:
    arabic = sum(bool(ARABIC_LETTER.search(m)) for m in frame["match"])
    return arabic * 2 >= len(frame) and len(frame) > 0


def kwic_style(frame: pd.DataFrame, *, rtl: bool | None = None, uuid: str = "kwic"):
    """Show a concordance so that it reads naturally, right to left for Arabic.

    For Arabic the columns are laid out ``after | match | before | end | start
    | doc_id`` from left to right, so that an Arabic reader, reading from the
    right, meets doc_id, start, end, the text before, the match, the text
    after.  The context next to the match hugs it: ``before`` is aligned to
    its left edge and ``after`` to its right edge; each context cell is
    ``direction: rtl`` with ``unicode-bidi: plaintext`` (so an English line
    inside still reads left to right).  For English (``rtl=False``) it is the
    classic layout ``doc_id | start | end | before | match | after``.

    Args:
        frame: the output of :func:`kwic`.
        rtl: force the layout; default: right to left when at least half the
            matches are Arabic.
        uuid: the Styler's table id (fixed, so notebook outputs are stable).

    Returns:
        A pandas ``Styler`` (index hidden).
    """
    rtl = _is_rtl(frame) if rtl is None else rtl
    meta = ["doc_id", "start", "end"]
    order = ["after", "match", "before", *meta[::-1]] if rtl else [*meta, "before", "match", "after"]
    base = {"unicode-bidi": "plaintext", "white-space": "nowrap",
            "direction": "rtl" if rtl else "ltr"}
    styler = rtl_table(frame[order], uuid=uuid, width=None).hide(axis="index")
    aligns = {"before": "left" if rtl else "right", "match": "center",
              "after": "right" if rtl else "left"}
    for column, align in aligns.items():
        styler = styler.set_properties(subset=[column], **base, **{"text-align": align})
    styler = styler.set_properties(subset=["match"], **{"font-weight": "bold"})
    return styler.set_properties(subset=meta, **{"text-align": "center"})


def kwic_table(hits: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """A concordance for a sortable table: the outlet, the context, and the word on each side of the match.

    Sorting by ``word before`` or ``word after`` groups the hits by their
    neighbour, as a concordancer's sort by the first word left or right.

    Args:
        hits: the output of :func:`kwic`.
        documents: the documents table (for the outlet of each hit); optional.

    Returns:
        ``doc_id, outlet, before, match, after, word before, word after``
        (``outlet`` only with ``documents``), in the order of ``hits``.
    """
    frame = hits[["doc_id", "before", "match", "after"]].copy()
    if documents is not None:
        from helpers.analysis.outlets import source_names

        frame.insert(1, "outlet", frame["doc_id"].map(source_names(documents)))
    frame["word before"] = [b.split()[-1] if b.split() else "" for b in frame["before"]]
    frame["word after"] = [a.split()[0] if a.split() else "" for a in frame["after"]]
    return frame.reset_index(drop=True)
