"""Mention finder: gazetteer names in Arabic and English text, with raw offsets.

How a document is searched (all compiled once per process and gazetteer):

1. ``helpers.text.normalise`` (alef, yeh, teh, hamza, diacritics, case, …), then a
   *match view* where every run of non-word characters is one space (so
   ``U.S.``, ``Beijing's``, ``Xinjiang-based`` and double spaces match); a
   numpy offset map leads back to raw offsets.
2. One Aho–Corasick automaton over every variant key (``pyahocorasick``),
   linear in the text; each hit is checked against word boundaries:
   *left* — nothing, a proclitic (و ف ب ل ك and combinations, ``clitics.tsv``),
   the ``لل`` contraction of ``ل + ال`` (للصين), or a glued function word
   (فيالصين, names of 4+ letters); *right* — the end of the word (keys carry
   a trailing space).  English keys need a bare word on both sides.
   So الصين never matches inside الصينيين (that word is the nisba of China).
3. Block phrases veto the entity they name (السياسة الخارجية الصينية is not
   the ministry); then longest match wins, leftmost on ties.
4. Coreference: short names flagged ``coref`` (شي, هوا, تشن, Xi) are kept
   only when the entity is named in full somewhere in the same document
   (``coref_aff``: or its affiliation, e.g. الأمين العام ↔ United Nations);
   among several candidates the nearest full mention wins.  They fill the
   gaps left by the full-name mentions (which take precedence on overlap).
5. Ambiguous forms (``gazetteer/ambiguous.tsv``: إيغور is also Igor,
   التركستاني a family name, ويغور a verb with و) are kept only when the
   document names the entity or a related one unambiguously and they do not
   stand in a person-name context (:mod:`helpers.extract.mentions.context`); the
   ``ambiguous`` column says which kind of ambiguity a kept mention had.
   Organisation names that contain a region's name (حركة تركستان الشرقية
   الإسلامية) are gazetteer entries of their own and win by longest match.
6. Mentions inside URLs (and URL slugs such as ``us-china-xinjiang-idUS…``)
   are dropped.

Surface convention: the surface is the name **without** its proclitics
(وبكين → بكين) but with its article (والصينية → الصينية); in the ``لل``
contraction the surface starts at the article's lam (للصين → لصين).  The
stripped proclitic is in the ``clitic`` column.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from helpers.extract.mentions.automaton import automaton as _automaton
from helpers.extract.mentions.context import drop_venue_names, keep_ambiguous
from helpers.gazetteer.index import Gazetteer, clitic_rules, default_gazetteer
from helpers.io.rows import frame
from helpers.text.view import DocumentView, match_view

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, not to import this module
    import pandas as pd

__all__ = ["COLUMNS", "find_mentions", "mention_rows", "match_view"]

COLUMNS = ["doc_id", "start", "end", "surface", "entity_id", "kind", "name_en", "name_ar",
           "variant", "form", "family", "lang", "clitic", "ambiguous"]
#: URLs, and URL slugs cut from their URL by a stray space (words-joined-by-hyphens).
_URL_OR_SLUG = re.compile(r"(?:https?://|www\.|HTTPS?://|WWW\.)\S+|(?:[A-Za-z0-9]+-){3,}[A-Za-z0-9]+")
_LAM_PREFIXES = frozenset({"", "و", "ف"})


@lru_cache(maxsize=1)
def _boundaries():
    rules = clitic_rules()
    left = frozenset({""}) | rules["proclitic"]
    glued = frozenset(g + p for g in rules["glue"] for p in left)
    return left, glued


def _hits(view: str, automaton):
    """All boundary-valid hits: (start, end, prefix length, is_block, payload, cased).

    ``view`` must end with a space; keys carry a trailing space, so a hit
    always ends at a word end and only the word's left part is checked.
    """
    left, glued = _boundaries()
    for last, (length, arabic, letters, items) in automaton.iter(view):
        start = last - length
        if start == 0 or view[start - 1] == " ":
            prefix = ""
        elif not arabic:
            continue
        else:
            prefix = view[view.rfind(" ", 0, start) + 1:start]
            if len(prefix) > 6:
                continue
        for needs_lam, is_block, payload, cased in items:
            if needs_lam:  # key لل + name: the preposition's lam is a clitic
                if prefix in _LAM_PREFIXES:
                    yield start + 1, last, len(prefix) + 1, is_block, payload, cased
            elif prefix in left or (letters >= 4 and prefix in glued):
                yield start, last, len(prefix), is_block, payload, cased


def _cased(variant, surface: str) -> bool:
    """English case rules: acronyms letter-exact, ``case`` names not all lower."""
    if variant.form == "acronym":
        return [c for c in surface if c.isalpha()] == [c for c in variant.text if c.isalpha()]
    if "case" in variant.flags:
        return not surface.islower()
    return True


def _greedy(candidates: list, occupied: bytearray) -> list:
    """Longest first, then leftmost; keep candidates overlapping nothing kept.

    ``occupied`` (one byte per view character) records what is taken, so a
    second call adds candidates around the first call's choices.
    """
    taken: list = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        start, end = cand[0], cand[1]
        if occupied.find(1, start, end) < 0:
            occupied[start:end] = b"\x01" * (end - start)
            taken.append(cand)
    return taken


def _vetoed(cands: list, blocks: list) -> list:
    """Drop candidates whose entity a block phrase overlapping them vetoes."""
    if not blocks:
        return cands
    blocks = sorted(blocks, key=lambda b: b[0])
    starts = [b[0] for b in blocks]
    longest = max(b[1] - b[0] for b in blocks)
    kept = []
    for cand in cands:
        lo = bisect.bisect_left(starts, cand[0] - longest)
        hi = bisect.bisect_left(starts, cand[1])
        if not any(be > cand[0] and cand[3].entity_id in ents for _, be, ents in blocks[lo:hi]):
            kept.append(cand)
    return kept


def _resolve_coref(firm: list, loose: list, gazetteer: Gazetteer) -> list:
    """Pick an entity for each coref candidate from full mentions in the document."""
    seen: dict[str, list[int]] = defaultdict(list)
    for cand in sorted(firm, key=lambda c: c[0]):
        seen[cand[3].entity_id].append(cand[0])
    out = []
    for start, end, plen, pool in loose:
        best = None
        for variant in pool:
            targets = [variant.entity_id]
            if "coref_aff" in variant.flags:
                targets.append(gazetteer.entities[variant.entity_id].affiliation)
            for target in targets:
                distance = _nearest(seen.get(target), start)
                if distance is not None and (best is None or distance < best[0]):
                    best = (distance, variant)
        if best is not None:
            out.append((start, end, plen, best[1]))
    return out


def _nearest(positions: list[int] | None, position: int) -> int | None:
    """Distance from ``position`` to the nearest of sorted ``positions``."""
    if not positions:
        return None
    index = bisect.bisect_left(positions, position)
    near = positions[max(index - 1, 0):index + 1]
    return min(abs(p - position) for p in near)


def _candidates(raw: str, view: str, to_raw, gazetteer: Gazetteer):
    """Boundary- and case-checked candidates: firm, coref pools, blocks."""
    firm, loose, blocks = [], [], []
    for start, end, plen, is_block, payload, cased in _hits(view, _automaton(gazetteer)):
        if is_block:
            blocks.append((start, end, payload))
            continue
        if cased:
            raw_start, raw_end = to_raw(start, end)
            pool = tuple(v for v in payload if _cased(v, raw[raw_start:raw_end]))
        else:
            pool = payload
        if not pool:
            continue
        if pool[0].flags & {"coref", "coref_aff"}:
            loose.append((start, end, plen, pool))
        else:
            firm.append((start, end, plen, pool[0]))
    return firm, loose, blocks


def find_mentions(raw: str, *, doc_id: str = "", gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Find every gazetteer entity mentioned in ``raw``.

    Args:
        raw: the raw document text.
        doc_id: document id copied into every row.
        gazetteer: a :class:`~helpers.gazetteer.index.Gazetteer` (default: packaged).

    Returns:
        DataFrame with columns doc_id, start, end, surface, entity_id, kind,
        name_en, name_ar, variant (matched key), form, family, lang, clitic
        (the stripped proclitic), ambiguous (given | surname | word for a
        corroborated ambiguous form, else empty), sorted by start; ``raw[start:end] == surface``.
    """
    return frame(mention_rows(raw, doc_id=doc_id, gazetteer=gazetteer), COLUMNS)


def mention_rows(raw: str, *, doc_id: str = "", gazetteer: Gazetteer | None = None,
                 view=None) -> list[dict]:
    """:func:`find_mentions` as row dicts (the pipeline's form, see :mod:`helpers.io.rows`).

    Args:
        raw: the raw document text.
        doc_id: document id copied into every row.
        gazetteer: a :class:`~helpers.gazetteer.index.Gazetteer` (default: packaged).
        view: the document's :class:`~helpers.text.view.DocumentView`, whose
            normalised text and word view are reused (made here when None).

    Returns:
        One dict per mention with the keys of :data:`COLUMNS`, sorted by start.
    """
    gazetteer = gazetteer or default_gazetteer()
    document = view if view is not None else DocumentView(raw)
    norm = document.norm
    view, origin = document.words  # from here on, view is the word view's text
    view += " "

    def to_raw(start: int, end: int) -> tuple[int, int]:
        return norm.to_raw(int(origin[start]), int(origin[end - 1]) + 1)

    firm, loose, blocks = _candidates(raw, view, to_raw, gazetteer)
    occupied = bytearray(len(view))
    firm = _greedy(_vetoed(firm, blocks), occupied)
    kept = drop_venue_names(keep_ambiguous(firm, gazetteer, norm.text, view, origin, raw, to_raw), gazetteer,
                            norm.text, view, origin)
    for cand in set(firm) - set(kept):
        occupied[cand[0]:cand[1]] = bytes(cand[1] - cand[0])
    firm = kept
    loose = _greedy(_vetoed(_resolve_coref(firm, loose, gazetteer), blocks), occupied)
    chosen = sorted(firm + loose, key=lambda c: c[0])
    return _rows(raw, doc_id, norm, origin, view, chosen, gazetteer)


def _raw_of(norm, origin: np.ndarray, starts: np.ndarray, ends: np.ndarray):
    """Vectorised view spans → raw spans (``Normalised.to_raw`` where marks follow)."""
    ns, ne = origin[starts], origin[ends - 1] + 1
    if norm.origin is None:
        return ns, ne
    rs, re_ = norm.origin[ns], norm.origin[ne - 1] + 1
    limit = np.append(norm.origin, len(norm.raw))[ne]
    for i in np.flatnonzero(re_ < limit):  # deleted characters right after the span
        rs[i], re_[i] = norm.to_raw(int(ns[i]), int(ne[i]))
    return rs, re_


def _rows(raw, doc_id, norm, origin, view, chosen, gazetteer) -> list[dict]:
    """Build the mention rows (raw offsets, URLs dropped)."""
    if not chosen:
        return []
    starts, ends, plens = (np.fromiter((c[i] for c in chosen), np.int64, len(chosen)) for i in range(3))
    rs, re_ = _raw_of(norm, origin, starts, ends)
    cs, _ = _raw_of(norm, origin, starts - plens, starts - plens + 1)
    cs = np.where(plens > 0, cs, rs)
    keep = np.flatnonzero(~_in_urls(_url_spans(raw), rs, re_)).tolist()
    rs, re_, cs, starts, ends = (a.tolist() for a in (rs, re_, cs, starts, ends))
    rows = []
    for i in keep:
        variant = chosen[i][3]
        entity = gazetteer.entities[variant.entity_id]
        rows.append({"doc_id": doc_id, "start": rs[i], "end": re_[i], "surface": raw[rs[i]:re_[i]],
                     "entity_id": entity.entity_id, "kind": entity.kind, "name_en": entity.name_en,
                     "name_ar": entity.name_ar, "variant": view[starts[i]:ends[i]],
                     "form": variant.form, "family": variant.family, "lang": variant.lang,
                     "clitic": raw[cs[i]:rs[i]],
                     "ambiguous": gazetteer.ambiguous.get(variant.key, "")})
    return rows


def _url_spans(raw: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping raw spans of URLs and URL slugs.

    Args:
        raw: the raw text.

    Returns:
        The spans of ``_URL_OR_SLUG``'s matches; none without a literal the pattern needs (``://``,
        ``www.``, ``WWW.`` or three hyphens), which most texts lack: a scan for them is cheaper.
    """
    if raw.count("-") < 3 and "://" not in raw and "www." not in raw and "WWW." not in raw:
        return []
    return [m.span() for m in _URL_OR_SLUG.finditer(raw)]


def _in_urls(spans: list[tuple[int, int]], starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Boolean mask: which raw spans overlap one of the sorted ``spans``."""
    if not spans:
        return np.zeros(len(starts), dtype=bool)
    url_starts = np.array([s for s, _ in spans])
    url_ends = np.array([e for _, e in spans])
    index = np.searchsorted(url_starts, ends, side="left") - 1
    return (index >= 0) & (url_ends[np.maximum(index, 0)] > starts)
