"""The vocabulary of reported speech, loaded from data files and compiled once.

``data/quotes/speech_verbs.tsv``          speech/attitude verbs with their forms and complements
``data/quotes/attribution_markers.tsv``   وفق / according to, complementisers, channels, stoppers
``data/quotes/speaker_roles.tsv``         role nouns that head a speaker phrase (المتحدث، spokesperson)
``data/quotes/suffixes.tsv``              the suffixes the speaker and name rules handle
``data/text/affixes.tsv``                 the article (shared with the other stages)
``data/quotes/particles.tsv``             small word lists of those rules (name links, subject openers …)

Everything is normalised with :func:`helpers.text.normalise.normalise_text` and
matched on text normalised the same way (see :mod:`helpers.extract.quotes.context`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from helpers.io.disk_cache import cached, package_files
from helpers.text.affixes import affix
from helpers.text.charsets import LINE_SPACES
from helpers.text.lexicon_tools import read_tsv, trie_alternation
from helpers.text.normalise import lookup_key

__all__ = ["VerbInfo", "Lexicon", "lexicon", "QUOTE_CHARS", "ARTICLE", "LI_ARTICLE", "suffix_forms", "particles",
           "maqsura_forms"]

#: Quote marks; « » pair with each other, the others pair among themselves.
QUOTE_CHARS = {"«": "angle", "»": "angle", '"': "straight", "“": "straight", "”": "straight",
               "„": "straight", "‟": "straight", "″": "straight"}


@cache
def _rows(name: str, columns: tuple[str, ...]) -> tuple[dict, ...]:
    """The rows of a data file of ``data/quotes`` (read once)."""
    return tuple(read_tsv(f"quotes/{name}", columns=columns))


def suffix_forms(kind: str, code: str | None = None) -> tuple[str, ...]:
    """The forms of a kind of ``quotes/suffixes.tsv`` (and of a code, when given), in file order.

    Args:
        kind: ``nisba_suffix``, ``adjective_suffix`` or ``pronoun_suffix``.
        code: the rows' code (``sg``; for pronoun suffixes the rule: ``an``, ``role``, ``but``, ``prep``).

    Returns:
        The forms, as written in the file.
    """
    return tuple(r["form"] for r in _rows("suffixes.tsv", ("form", "kind", "code"))
                 if r["kind"] == kind and (code is None or r["code"] == code))


def particles(kind: str, code: str | None = None) -> tuple[str, ...]:
    """The words of a kind of ``quotes/particles.tsv`` (and of a code, when given), in file order.

    Args:
        kind: the rule's kind (``name_link``, ``opener``, ``verb_mark`` …: see the file's header).
        code: the rows' code, when given.

    Returns:
        The words, as written in the file.
    """
    return tuple(r["word"] for r in _rows("particles.tsv", ("word", "lang", "kind", "code"))
                 if r["kind"] == kind and (code is None or r["code"] == code))


#: The definite article (``text/affixes.tsv``).
ARTICLE = affix("article")
#: The article after the preposition ل, its alef dropped (للمنظمة).
LI_ARTICLE = affix("article_lam")


@dataclass(frozen=True)
class VerbInfo:
    """What a verb form means: lemma, language, type, allowed complements."""

    lemma: str
    lang: str
    type: str
    complements: frozenset
    participle: bool
    relay: bool


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns and word sets (normalised)."""

    verbs: dict                 # form -> VerbInfo
    verb_re: re.Pattern         # group "verb" (with an optional و/ف before it)
    source_re: re.Pattern       # attribution markers (وفق، بحسب ما، according to)
    complement_re: dict         # code -> pattern (start = the complementiser)
    stop_re: re.Pattern         # channel and time markers (end a speaker phrase)
    clause_re: re.Pattern       # group "both" for content-ending clause markers
    role_re: re.Pattern         # role nouns; group "role"
    roles: dict                 # role form -> kind
    words: dict                 # kind -> frozenset of single words (negation, relative, …)

    def scan(self, text: str, kind: str, start: int = 0, end: int | None = None):
        """Speech verbs (``kind="verb"``) or attribution markers (``"source"``) in a text.

        Args:
            text: normalised text.
            kind: ``"verb"`` or ``"source"``.
            start: where to begin.
            end: where to stop (default: the end of the text).

        Returns:
            An iterator of ``re.Match`` objects of :attr:`verb_re` or :attr:`source_re`.
        """
        pattern = self.verb_re if kind == "verb" else self.source_re
        return pattern.finditer(text, start, len(text) if end is None else end)



def _marker_pattern(marker: str) -> str:
    """A marker ending in a one-letter clitic (وفقا ل) also matches it glued to the next word."""
    head, _, last = marker.rpartition(" ")
    if head and len(last) == 1:
        return re.escape(head).replace(r"\ ", LINE_SPACES) + LINE_SPACES + re.escape(last) + r"(?=\w|[^\S\n]*[\"«“])"
    return re.escape(marker).replace(r"\ ", LINE_SPACES) + r"(?!\w)"


def _verbs() -> dict:
    verbs: dict[str, VerbInfo] = {}
    for row in read_tsv("quotes/speech_verbs.tsv"):
        complements = frozenset(row["complements"].split("|")) | {"quote"}
        for column, participle in (("finite", False), ("participles", True)):
            for form in filter(None, row[column].split("|")):
                info = VerbInfo(row["lemma"], row["lang"], row["type"], complements, participle,
                                row["relay"] == "1")
                verbs.setdefault(lookup_key(form), info)
    return verbs


@lru_cache(maxsize=1)
def maqsura_forms() -> frozenset:
    """Verb forms written with a final ى (نادى), normalised: the same letters written with a final ي in a
    text (نادي: a club) are another word.

    Returns:
        The normalised forms.
    """
    return frozenset(lookup_key(form) for row in read_tsv("quotes/speech_verbs.tsv")
                     for form in row["finite"].split("|") if form.endswith("ى"))


def _complements(rows) -> dict[str, re.Pattern]:
    by_code: dict[str, set] = {}
    for row in rows:
        if row["kind"] == "complement":
            by_code.setdefault(row["code"], set()).add(lookup_key(row["marker"]))
    prefixes = [lookup_key(r["marker"]) for r in rows if r["kind"] == "an_prefix"]
    suffixes = trie_alternation(lookup_key(r["marker"]) for r in rows if r["kind"] == "an_suffix")
    glued = trie_alternation(p for p in prefixes if len(p) == 1)
    spaced = trie_alternation(p for p in prefixes if len(p) > 1)
    patterns = {}
    for code, forms in by_code.items():
        if code == "an":
            patterns[code] = re.compile(
                rf"(?<!\w)(?:(?:{glued})|(?:{spaced}){LINE_SPACES})?(?:{trie_alternation(forms)})(?:{suffixes})?(?!\w)")
        elif code == "bi":  # بـ"…" / بالدفاع / باحتجاز / بتعزيز: ب before a definite noun, a verbal noun or a quote
            patterns[code] = re.compile(rf"(?<!\w)ب(?=(?:{ARTICLE}|ا|ت)[^\W\d_]{{2}}|[^\S\n]*[\"«“])")
        else:
            patterns[code] = re.compile(rf"(?<!\w)(?:{trie_alternation(forms)})(?!\w)")
    patterns["bi_any"] = re.compile(r"ب(?=[^\W\d_]{3})")
    hedges = trie_alternation(lookup_key(r["word"])
                              for r in read_tsv("text/number_words.tsv") if r["kind"] == "qualifier_pre")
    patterns["bi_number"] = re.compile(rf"(?<!\w)ب(?=(?:{hedges})(?!\w)|\d)")  # قدّرت العدد بنحو …
    patterns["colon"] = re.compile(r":")
    return patterns


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile the reported-speech vocabulary (once per process; disk-cached).

    Returns:
        The :class:`Lexicon`.
    """
    return cached("speech-lexicon", package_files("data/quotes", "data/text", "extract/quotes", "text"),
                  _build_lexicon)


def _build_lexicon() -> Lexicon:
    """Build the :class:`Lexicon` from the data files (see :func:`lexicon`)."""
    verbs = _verbs()
    rows = read_tsv("quotes/attribution_markers.tsv")
    by_kind: dict[str, list[dict]] = {}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append({**row, "marker": lookup_key(row["marker"])})
    verb_re = re.compile(rf"(?<!\w)(?:[وف](?=\w))?(?P<verb>{trie_alternation(verbs)})(?!\w)")
    sources = sorted({r["marker"] for r in by_kind["source"]}, key=lambda m: (-len(m), m))
    source_re = re.compile(r"(?<!\w)(?:[وف](?=\w))?(?:" + "|".join(_marker_pattern(m) for m in sources) + ")")
    stops = [r["marker"] for kind in ("channel", "time") for r in by_kind[kind]]
    stop_re = re.compile(rf"(?<!\w)(?:{trie_alternation(stops)})(?!\w)")
    both = trie_alternation(r["marker"] for r in by_kind["clause"] if r["code"] == "both")
    left = trie_alternation(r["marker"] for r in by_kind["clause"] if r["code"] != "both")
    idioms = trie_alternation(r["marker"] for r in by_kind.get("clause_idiom", []))
    not_idiom = rf"(?!(?:{idioms})(?!\w))" if idioms else ""  # فيما يتعلق: no clause
    clause_re = re.compile(rf"(?<!\w){not_idiom}(?:(?P<both>{both})|{left})(?!\w)")
    roles = {}
    for row in read_tsv("quotes/speaker_roles.tsv"):
        roles.setdefault(lookup_key(row["role"]), row["kind"])
    single = trie_alternation(r for r in roles if " " not in r and not r.isascii() and not r.startswith(ARTICLE))
    other = trie_alternation(r for r in roles if " " in r or r.isascii() or r.startswith(ARTICLE))
    role_re = re.compile(rf"(?<!\w)(?:[وف](?=\w))?(?:(?:{ARTICLE})?(?P<role>{single})|(?P<role2>{other}))(?!\w)")
    words = {kind: frozenset(r["marker"] for r in items) for kind, items in by_kind.items()}
    preps = words["preposition"]
    suffixes = words["an_suffix"]
    words["prep_pronoun"] = frozenset(p + s for p in preps | {"ب", "ل"} for s in suffixes | {"ه"})
    words["time_span"] = frozenset(r["marker"] for r in by_kind["time"] if r["code"] == "span")
    return Lexicon(verbs, verb_re, source_re, _complements(rows), stop_re, clause_re, role_re,
                   roles, words)
