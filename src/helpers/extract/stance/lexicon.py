"""Stance cues as data: the lexicon, its compiled matcher, and function words.

The lexicon (``data/stance/cues.tsv``) lists cue phrases with their label
(critical | defends | declined), strength, category, part (``attitude`` or
``content``) and what a negator or a rejecter turns them into.  The syntax of
the ``cue`` column is described in the file's header; in short, Arabic words
take clitics and suffixes (قلق matches القلق، قلقها، بالقلق), ``a|b`` are
alternatives and ``_`` / ``__`` are gaps of up to 4 / 12 words.

Matching runs on normalised text (:mod:`helpers.text.normalise`).  Every cue is
compiled once per process into a regex, and an Aho-Corasick automaton over
each cue's most selective word finds the few cues worth trying in a
sentence, so matching is linear in the text.  The function words that
attribution needs are in :mod:`helpers.extract.stance.grammar`.
"""

from __future__ import annotations

import re
from collections import namedtuple
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import ahocorasick

from helpers.extract.stance import grammar, tokens
from helpers.extract.stance.cue_scan import CueScan, lead_width
from helpers.io.disk_cache import cached, package_files
from helpers.text.affixes import affix, affix_alternation
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import normalise, normalise_text

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, not to match cues
    import pandas as pd

__all__ = ["CueMatch", "load_cues", "match_cues", "cue_regex", "cue_table", "reload_lexicon", "read_tsv",
           "word_classes", "expand_classes"]

#: The proclitics and suffixes an Arabic cue word takes (data/text/affixes.tsv, in their order).
_AR_PREFIX = f"(?:[وف]?(?:{affix('article_lam')}|[بكل]?(?:{affix('article')})?|{affix('cue_prefix_future')}))"
_AR_SUFFIX = f"(?:{affix_alternation('cue_inflection')})?(?:{affix_alternation('cue_pronoun')})?"
_TA_MARBUTA = f"(?:{affix_alternation('ta_marbuta')})"
_SEP = "[\"']?\\s+[\"']?"
_GAPS = {"_": 4, "__": 12, "___": 20}
#: What a gap's words may not hold: punctuation; ``___`` crosses commas (an act, then ", إثر تقارير عن …").
_GAP_WORD = {"_": "[^\\s.,;:!?]+", "__": "[^\\s.,;:!?]+", "___": "[^\\s.;:!?]+"}


@dataclass(frozen=True)
class CueMatch:
    """One cue found in a normalised text (offsets into that text)."""

    start: int
    end: int
    cue_id: int
    cue: str
    label: str
    strength: float
    category: str
    pos: str
    on_negation: str
    on_rejection: str


@lru_cache(maxsize=1)
def load_cues() -> pd.DataFrame:
    """The stance cue lexicon, one row per cue (loaded once per process).

    Returns:
        DataFrame with columns cue_id, lang, cue, label, strength, category,
        pos, on_negation, on_rejection.
    """
    import pandas as pd

    rows = read_tsv("stance/cues.tsv")
    frame = pd.DataFrame(rows)
    frame["strength"] = frame["strength"].astype(float)
    frame.insert(0, "cue_id", range(len(frame)))
    bad = frame[~frame["label"].isin(["critical", "defends", "declined"])]
    if not bad.empty:
        raise ValueError(f"stance/cues.tsv: unknown label in rows {bad['cue_id'].tolist()}")
    return frame


@lru_cache(maxsize=1)
def word_classes() -> dict[tuple[str, str], str]:
    """The word classes a cue may name as ``@class`` (``data/stance/classes.tsv``).

    Returns:
        ``{(lang, class): "form|form|…"}``: every row's forms of a class, in file order.
    """
    forms: dict[tuple[str, str], list[str]] = {}
    for row in read_tsv("stance/classes.tsv", ("lang", "class", "forms")):
        if any(not form or form != form.strip() or " " in form for form in row["forms"].split("|")):
            raise ValueError(f"stance/classes.tsv: class {row['class']} ({row['lang']}): a form is empty "
                             "or has a space (a class stands for one word)")
        forms.setdefault((row["lang"], row["class"]), []).extend(row["forms"].split("|"))
    return {key: "|".join(dict.fromkeys(values)) for key, values in forms.items()}


def expand_classes(cue: str, *, lang: str) -> str:
    """A cue with each ``@class`` word replaced by the class's forms (``a|b|c``); ``=@class`` gives
    ``=a|b|c`` (Arabic forms without proclitics and suffixes but و/ف, as ``=word``).

    Args:
        cue: a cue in the lexicon's syntax.
        lang: ``ar`` or ``en``.

    Returns:
        The cue without class words.

    Raises:
        ValueError: a class the data file does not define.
    """
    if "@" not in cue:
        return cue
    classes, words = word_classes(), []
    for word in cue.split():
        exact = "=" if word.startswith("=@") else ""
        if word.startswith(("@", "=@")):
            name = word.lstrip("=@")
            if (lang, name) not in classes:
                raise ValueError(f"stance/cues.tsv: unknown word class {word} ({lang}) in cue {cue!r}")
            word = exact + classes[(lang, name)]
        words.append(word)
    return " ".join(words)


def _arabic_word(word: str) -> str:
    exact = word.startswith("=")
    forms = [normalise_text(f) for f in word.lstrip("=").split("|")]
    if exact or all(len(f) <= 2 for f in forms):
        return "(?<!\\w)[وف]?(?:" + "|".join(map(re.escape, forms)) + ")(?!\\w)"
    stems = []
    for form in sorted({f for f in forms if len(f) > 2}, key=lambda f: (-len(f), f)):
        if form.endswith("ه"):
            stems.append(re.escape(form[:-1]) + _TA_MARBUTA)
        else:
            stems.append(re.escape(form))
    short = sorted({f for f in forms if len(f) <= 2}, key=lambda f: (-len(f), f))
    if short:  # a form of 1-2 letters takes only و/ف, even among longer ones: «بحث» is no ب + «حث»
        return (f"(?<!\\w)(?:{_AR_PREFIX}(?:{'|'.join(stems)}){_AR_SUFFIX}"
                f"|[وف]?(?:{'|'.join(map(re.escape, short))}))(?!\\w)")
    return f"(?<!\\w){_AR_PREFIX}(?:{'|'.join(stems)}){_AR_SUFFIX}(?!\\w)"


def _latin_word(word: str) -> str:
    forms = []
    for form in word.lower().split("|"):
        forms.append(re.escape(form[:-1]) + "\\w*" if form.endswith("*") else re.escape(form))
    return "(?<!\\w)(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")(?!\\w)"


def cue_regex(cue: str, *, lang: str) -> str:
    """The regular expression (on normalised text) for one lexicon cue.

    Args:
        cue: the cue in the lexicon's syntax.
        lang: ``ar`` or ``en``.

    Returns:
        The pattern string.
    """
    parts, pending_gap = [], ""
    for word in expand_classes(cue, lang=lang).split():
        if word in _GAPS:
            pending_gap = f"(?:\\s+{_GAP_WORD[word]}){{0,{_GAPS[word]}}}"
            continue
        piece = _arabic_word(word) if lang == "ar" else _latin_word(word)
        parts.append((pending_gap + _SEP if parts else "") + piece)
        pending_gap = ""
    return "".join(parts)


def _word_forms(cue: str, lang: str) -> list[list[str]]:
    """Per word of a cue (gaps aside), the literal stems one of which every match of the word holds:
    :func:`_arabic_word` and :func:`_latin_word` match each form verbatim (an Arabic stem before its
    ending ه، ت، ات; a Latin stem before ``*``)."""
    found = []
    for word in expand_classes(cue, lang=lang).split():
        if word in _GAPS:
            continue
        forms = []
        for form in word.lstrip("=").split("|"):
            form = normalise_text(form) if lang == "ar" else form.lower().rstrip("*")
            if lang == "ar" and form.endswith("ه") and len(form) > 2:
                form = form[:-1]
            forms.append(form)
        found.append(forms)
    return found


def _anchors(cue: str, lang: str) -> list[str]:
    """The literal stems of the cue's most selective word (for Aho-Corasick)."""
    best: list[str] = []
    for forms in _word_forms(cue, lang):
        if not best or min(map(len, forms)) > min(map(len, best)):
            best = forms
    return best


@lru_cache(maxsize=1)
def _needs() -> dict[int, tuple[tuple[str, ...], ...]]:
    """Per cue id, the stems of each of its words (:func:`_word_forms`): a text that lacks every
    stem of one word cannot match the cue, so its pattern is not run there."""
    return {row.cue_id: tuple(tuple(forms) for forms in _word_forms(row.cue, row.lang))
            for row in _cue_rows()}


@lru_cache(maxsize=1)
def _matcher():
    """The anchor automaton and compiled cue patterns (disk-cached: stance and text data and code)."""
    cues = _cue_rows()
    inputs = package_files("data/stance", "data/text", "extract/stance", "text")
    automaton, compiled = cached("stance-cues", inputs, lambda: _build_matcher(cues))
    return automaton, compiled, {row.cue_id: row for row in cues}


@lru_cache(maxsize=1)
def _cue_rows() -> tuple:
    """The rows of :func:`load_cues` as its ``itertuples(index=False)`` gives them, read without pandas."""
    rows = read_tsv("stance/cues.tsv")
    if not rows:
        return tuple(load_cues().itertuples(index=False))
    Cue = namedtuple("Pandas", ["cue_id", *rows[0]], rename=True)
    cues = tuple(Cue(i, *{**row, "strength": float(row["strength"])}.values()) for i, row in enumerate(rows))
    bad = [cue.cue_id for cue in cues if cue.label not in ("critical", "defends", "declined")]
    if bad:
        raise ValueError(f"stance/cues.tsv: unknown label in rows {bad}")
    return cues


@lru_cache(maxsize=1)
def _scan() -> CueScan:
    """The one-pass anchor and gate automaton over :func:`_matcher`'s anchors and :func:`_needs`
    (disk-cached like :func:`_matcher`: the stems of every cue word cost a tenth of a second)."""
    inputs = package_files("data/stance", "data/text", "extract/stance", "text")
    return cached("stance-scan", inputs,
                  lambda: CueScan(dict(_matcher()[0].items()), _needs(), lead_width(_AR_PREFIX)))


def _build_matcher(cues: tuple) -> tuple:
    """Build :func:`_matcher`'s automaton and patterns from the cue rows."""
    automaton = ahocorasick.Automaton()
    keys: dict[str, set[int]] = {}
    compiled = {}
    for row in cues:
        compiled[row.cue_id] = re.compile(cue_regex(row.cue, lang=row.lang))
        for anchor in _anchors(row.cue, row.lang):
            keys.setdefault(anchor, set()).add(row.cue_id)
    for key, ids in keys.items():
        automaton.add_word(key, tuple(sorted(ids)))
    automaton.make_automaton()
    return automaton, compiled


def match_cues(text: str) -> list[CueMatch]:
    """Find the stance cues in a normalised text (one sentence, usually).

    Overlapping matches are resolved in favour of a lexicon phrase over a
    frame of word classes (a cue with ``@class`` words: generic, it only fills
    what no phrase covers), then of the one matching more cue
    words, then skipping fewer words in its gaps, then the stronger: "انتهاكات
    حقوق الإنسان" wins over "انتهاكات", and in "رفضت الحكومة التعليق على
    الاتهامات" the declined cue wins over "رفضت … الاتهامات".

    Args:
        text: normalised text (see :func:`helpers.text.normalise.normalise_text`).

    Returns:
        Non-overlapping matches in text order.
    """
    _, compiled, records = _matcher()
    found = []
    for cue_id, start in _scan().candidates(text):  # a cue lacking a word cannot match (cue_scan)
        row = records[cue_id]
        for m in compiled[cue_id].finditer(text, start):
            found.append(CueMatch(m.start(), m.end(), cue_id, row.cue, row.label, row.strength,
                                  row.category, row.pos, row.on_negation, row.on_rejection))
    found.sort(key=lambda c: _rank(c, text))
    kept: list[CueMatch] = []
    for match in found:
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda c: c.start)


def cue_table(raw: str) -> pd.DataFrame:
    """The cues found in a raw text, as a table with raw offsets (for exploring the lexicon).

    Args:
        raw: any raw text (a sentence, a paragraph).

    Returns:
        DataFrame with start, end, surface (``raw[start:end]``), label,
        strength, category, pos and the lexicon's cue pattern.
    """
    import pandas as pd

    norm = normalise(raw)
    rows = []
    for m in match_cues(norm.text):
        start, end = norm.to_raw(m.start, m.end)
        rows.append({"start": start, "end": end, "surface": raw[start:end], "label": m.label,
                     "strength": m.strength, "category": m.category, "pos": m.pos, "cue": m.cue})
    return pd.DataFrame(rows, columns=["start", "end", "surface", "label", "strength", "category",
                                       "pos", "cue"])


def reload_lexicon() -> None:
    """Forget the loaded lexicon and grammar, so edits to the data files take effect.

    Returns:
        None; the next call of :func:`match_cues` reloads and recompiles.
    """
    for loader in (load_cues, _cue_rows, _matcher, _scan, _needs, word_classes, grammar.load_grammar,
                   grammar.load_voice, grammar.grammar_index, grammar._openers, grammar._negators,
                   grammar.voice_pattern, tokens._opener_table, tokens._tree):
        loader.cache_clear()


def _rank(match: CueMatch, text: str) -> tuple:
    slots = _slots(match.cue)
    skipped = len(text[match.start:match.end].split()) - slots
    return ("@" in match.cue, -slots, skipped, -match.strength, match.start, match.cue_id)




@lru_cache(maxsize=None)
def _slots(cue: str) -> int:
    """The number of words of a cue pattern (its gaps aside)."""
    return sum(1 for word in cue.split() if word not in _GAPS)
