"""Distinctive vocabulary: which words set one source apart from the others.

Terms are word tokens (:func:`helpers.text.segment.tokens`) normalised for
matching (:func:`helpers.text.normalise.normalise_text`), without stopwords
(``data/analysis/stopwords_ar.txt``, ``data/analysis/stopwords_en.txt``), numbers and one-letter
tokens.  Optional stemming (``stem=``):

``None``     the normalised word (English: lower case, possessive 's removed)
``"light"``  Arabic: proclitic chains ending in the article become the article
             (والصين، للصين، بالصين → الصين); a single و ف ب ك ل is removed
             when the rest is itself a word of the corpus (وحقوق → حقوق, but
             بكين stays).  English: as ``None``.
``"root"``   ``"light"``, then NLTK's ISRI root stemmer (Arabic) or Porter
             stemmer (English).

Two keyness measures compare each source with the rest of the corpus:

``"log_odds"``  the log-odds ratio with an informative Dirichlet prior
                (Monroe, Colaresi & Quinn 2008, "Fightin' Words"), with
                prior ``α_w = α0 · y_w / N`` from the whole corpus (``y_w``
                the term's corpus count, ``N`` all tokens; ``α0 = N`` unless
                ``alpha0`` is given), effect ``δ`` and ``z = δ / sqrt(1/(y_iw+α_w)
                + 1/(y_jw+α_w))``.  ``score`` is ``z``.
``"g2"``        Dunning's (1993) log-likelihood G² on the 2×2 table (term vs
                other terms, source vs rest), signed (+ when the source uses
                the term more often), effect the log2 ratio of relative
                frequencies (zero counts as 0.5).  ``score`` is the signed G²
                and ``z`` the signed square root.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import lru_cache

import numpy as np
import pandas as pd

from helpers.analysis.compare import iter_docs, strip_proclitics
from helpers.text.affixes import affix, affixes
from helpers.text.charsets import ARABIC_LETTER
from helpers.text.lexicon_tools import read_words
from helpers.text.normalise import normalise_text
from helpers.text.segment import tokens

__all__ = ["STEM_OPTIONS", "stopwords", "term_of", "term_counts", "keyness"]

STEM_OPTIONS = (None, "light", "root")
KEYNESS_COLUMNS = ["doc_id", "term", "count", "count_rest", "score", "z", "effect"]

_NUMBER = re.compile(r"[\d.,/:%+\-]+")
_POSSESSIVE = re.compile(r"'s?$")
_CONJUNCTIONS = affixes("conjunction")
_PROCLITICS = affixes("proclitic_letter")
_AL = affix("article")


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset[str]:
    """The normalised stopword list of a language, loaded once per process.

    Args:
        language: ``"ar"`` or ``"en"`` (the file ``data/analysis/stopwords_<language>.txt``).

    Returns:
        A frozenset of normalised words.
    """
    return frozenset(normalise_text(word) for word in read_words(f"analysis/stopwords_{language}.txt"))


@lru_cache(maxsize=1)
def _all_stopwords() -> frozenset[str]:
    return stopwords("ar") | stopwords("en")


@lru_cache(maxsize=2)
def _stemmer(arabic: bool):
    """NLTK's ISRI root stemmer (Arabic) or Porter stemmer (English), made once."""
    from nltk.stem.isri import ISRIStemmer
    from nltk.stem.porter import PorterStemmer

    return ISRIStemmer() if arabic else PorterStemmer()


def _keep(word: str, *, use_stopwords: bool, keep_numbers: bool) -> bool:
    if len(word) < 2 or (not keep_numbers and _NUMBER.fullmatch(word)):
        return False
    if use_stopwords:
        stop = _all_stopwords()
        if word in stop or (word[0] in _CONJUNCTIONS and word[1:] in stop):
            return False
    return True


@lru_cache(maxsize=262144)
def term_of(text: str, use_stopwords: bool = True, keep_numbers: bool = False) -> str | None:
    """The term a raw token counts as before stemming (cached: a corpus repeats its vocabulary).

    Args:
        text: one token as written.
        use_stopwords: drop stopwords; keep_numbers: keep numbers.

    Returns:
        The normalised word, or None for a dropped token (stopword, number, one letter).
    """
    word = _POSSESSIVE.sub("", normalise_text(text))
    return word if _keep(word, use_stopwords=use_stopwords, keep_numbers=keep_numbers) else None


def _pairs(texts, options: dict) -> Counter:
    """Count ``(normalised word, raw spelling)`` pairs of the kept tokens."""
    pairs = Counter()
    for text, n in Counter(texts).items():
        word = term_of(text, options["use_stopwords"], options["keep_numbers"])
        if word is not None:
            pairs[(word, text)] += n
    return pairs


def _doc_pairs(docs, options: dict) -> Iterator[tuple[str, Counter]]:
    if isinstance(docs, pd.DataFrame) and "token" in docs.columns:
        for doc_id, group in docs.groupby("doc_id", sort=True):
            yield str(doc_id), _pairs(group["token"], options)
        return

    for doc_id, raw in iter_docs(docs):
        yield doc_id, _pairs((tok.text for tok in tokens(raw)), options)


def _light(word: str, vocabulary: frozenset[str]) -> str:
    if not ARABIC_LETTER.match(word):
        return word
    rest = strip_proclitics(word)
    if rest != word:
        return _AL + rest
    if word[0] in _PROCLITICS and len(word) >= 4 and word[1:] in vocabulary:
        return word[1:]
    return word


def _root(word: str) -> str:
    return _stemmer(bool(ARABIC_LETTER.match(word))).stem(word)


def _stem_map(types: set[str], stem: str | None) -> dict[str, str]:
    if stem not in STEM_OPTIONS:
        raise ValueError(f"stem must be one of {STEM_OPTIONS}, not {stem!r}")
    if stem is None:
        return {w: w for w in types}
    vocabulary = frozenset(types)
    light = {w: _light(w, vocabulary) for w in types}
    if stem == "light":
        return light
    return {w: _root(light[w]) for w in types}


def term_counts(docs, *, stem: str | None = None, use_stopwords: bool = True,
                keep_numbers: bool = False) -> pd.DataFrame:
    """Count the terms of each document.

    Args:
        docs: anything :func:`helpers.analysis.compare.iter_docs` accepts (a Corpus,
            documents, ``{doc_id: raw}``, a DataFrame with doc_id and raw), or
            a DataFrame of tokens with columns ``doc_id`` and ``token``.
        stem: ``None``, ``"light"`` or ``"root"`` (see the module docstring).
        use_stopwords: drop the stopwords of ``data/analysis/stopwords_*.txt``.
        keep_numbers: keep number tokens (dropped by default).

    Returns:
        DataFrame ``doc_id, term, count, example`` sorted by doc_id, term;
        ``example`` is the term's most frequent raw spelling in the corpus
        (الرئيس for the normalised term الرييس), for display.
    """
    options = {"use_stopwords": use_stopwords, "keep_numbers": keep_numbers}
    per_doc: dict[str, Counter] = {}
    for doc_id, pairs in _doc_pairs(docs, options):
        per_doc.setdefault(doc_id, Counter()).update(pairs)
    mapping = _stem_map({w for c in per_doc.values() for w, _ in c}, stem)
    rows, spellings = Counter(), Counter()
    for doc_id, counter in per_doc.items():
        for (word, text), n in counter.items():
            rows[(doc_id, mapping[word])] += n
            spellings[(mapping[word], text)] += n
    example = _examples(spellings)
    frame = pd.DataFrame([(d, t, n, example[t]) for (d, t), n in rows.items()],
                         columns=["doc_id", "term", "count", "example"])
    frame["count"] = frame["count"].astype("int64")
    return frame.sort_values(["doc_id", "term"], kind="mergesort").reset_index(drop=True)


def _examples(spellings: Counter) -> dict[str, str]:
    """Most frequent raw spelling per term, preferring spellings that need no
    stemming (الحزب rather than للحزب for the light term الحزب)."""
    def rank(item):
        (term, text), n = item
        exact = _POSSESSIVE.sub("", normalise_text(text)) == term
        return (not exact, -n, text)

    example: dict[str, str] = {}
    for (term, text), _ in sorted(spellings.items(), key=rank):
        example.setdefault(term, text)
    return example


def _log_odds(y_i, y_j, n_i, n_j, y_w, total, alpha0):
    a0 = float(total if alpha0 is None else alpha0)
    alpha = a0 * y_w / total
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = (np.log((y_i + alpha) / (n_i + a0 - y_i - alpha))
                 - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha)))
    delta = np.nan_to_num(delta, nan=0.0)  # a term that is the whole corpus: no contrast
    z = delta / np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
    return z, z, delta


def _xlogx_over(observed, expected):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(observed > 0, observed * np.log(observed / expected), 0.0)


def _g2(y_i, y_j, n_i, n_j):
    a, b = y_i, y_j
    c, d = n_i - a, n_j - b
    total = n_i + n_j
    cells = ((a, n_i, a + b), (b, n_j, a + b), (c, n_i, c + d), (d, n_j, c + d))
    g2 = 2.0 * sum(_xlogx_over(o, row * col / total) for o, row, col in cells)
    sign = np.where(a * n_j >= b * n_i, 1.0, -1.0)
    ratio = np.log2((np.where(a > 0, a, 0.5) / n_i) / (np.where(b > 0, b, 0.5) / n_j))
    return sign * g2, sign * np.sqrt(g2), ratio


def keyness(data, *, method: str = "log_odds", min_count: int = 2, top: int | None = 20,
            positive: bool = True, stem: str | None = None, use_stopwords: bool = True,
            alpha0: float | None = None, groups: Mapping[str, str] | None = None
            ) -> pd.DataFrame:
    """Distinctive terms of each source against the rest of the corpus.

    Args:
        data: a term-count table (``doc_id, term, count``, as from
            :func:`term_counts`) or anything :func:`term_counts` accepts.
        method: ``"log_odds"`` (Monroe et al. 2008) or ``"g2"`` (Dunning).
        min_count: keep terms used at least this often by the source.
        top: keep the ``top`` best terms per source (``None``: all).
        positive: keep only terms the source over-uses (``score > 0``).
        stem: stemming when ``data`` is not yet a count table.
        use_stopwords: stopword filtering when ``data`` is not a count table.
        alpha0: total weight of the log-odds prior (default: the corpus size).
        groups: ``{doc_id: source}`` to compare sources made of several
            documents (e.g. outlets); the first column then holds the source.

    Returns:
        DataFrame ``doc_id, term, count, count_rest, score, z, effect`` (and
        ``example`` when the counts have it), sorted by doc_id, score
        (descending), term.  Raises ValueError with fewer than
        two sources.
    """
    if method not in ("log_odds", "g2"):
        raise ValueError(f"method must be 'log_odds' or 'g2', not {method!r}")
    counts = data if _is_count_table(data) else term_counts(
        data, stem=stem, use_stopwords=use_stopwords)
    frame = _aggregate(counts, groups)
    if frame["doc_id"].nunique() < 2:
        raise ValueError("keyness needs at least two sources to compare")
    y_i = frame["count"].to_numpy(dtype=float)
    y_w = frame.groupby("term")["count"].transform("sum").to_numpy(dtype=float)
    n_i = frame.groupby("doc_id")["count"].transform("sum").to_numpy(dtype=float)
    total = float(y_i.sum())
    y_j, n_j = y_w - y_i, total - n_i
    if method == "log_odds":
        score, z, effect = _log_odds(y_i, y_j, n_i, n_j, y_w, total, alpha0)
    else:
        score, z, effect = _g2(y_i, y_j, n_i, n_j)
    frame["count_rest"] = y_j.astype("int64")
    frame["score"], frame["z"], frame["effect"] = score.round(6), z.round(6), effect.round(6)
    frame = frame[frame["count"] >= min_count]
    if positive:
        frame = frame[frame["score"] > 0]
    frame = frame.sort_values(["doc_id", "score", "term"], ascending=[True, False, True],
                              kind="mergesort")
    if top is not None:
        frame = frame.groupby("doc_id", sort=False).head(top)
    columns = KEYNESS_COLUMNS + (["example"] if "example" in frame.columns else [])
    return frame[columns].reset_index(drop=True)


def _aggregate(counts: pd.DataFrame, groups: Mapping[str, str] | None) -> pd.DataFrame:
    """One row per (source, term), documents merged into their group."""
    frame = counts.copy()
    if groups is not None:
        frame["doc_id"] = frame["doc_id"].map(lambda d: groups.get(d, d))
    how = {"count": "sum", **({"example": "first"} if "example" in frame.columns else {})}
    return frame.groupby(["doc_id", "term"], as_index=False, sort=True).agg(how)


def _is_count_table(data) -> bool:
    return isinstance(data, pd.DataFrame) and {"doc_id", "term", "count"} <= set(data.columns)
