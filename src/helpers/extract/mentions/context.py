"""Ambiguous name forms in the mention finder: corroboration and person-name contexts.

A form marked in ``gazetteer/ambiguous.tsv`` (see
:mod:`helpers.gazetteer.ambiguity`) is kept as a mention only when both hold:

1. **Corroboration**: the same document names the entity itself, or an entity
   of one of its corroboration groups (``gazetteer/corroboration.tsv``), with
   a form that is not ambiguous (إيغور counts in a text that also says
   الأويغور or شينجيانغ; it never counts on its own).
2. **No person-name context** (word lists in ``name_context.tsv``, decided by
   shape, never by listing people):

   (``family`` forms — a people's name that is also a Latin family name, Uygur — need no corroboration unless
   the document uses the form as someone's family name somewhere: "Deniz Uygur … Uygur said")

   * ``given``, ``surname`` and ``family`` forms: a title or role right before it
     (اللاعب إيغور، الدكتور التركستاني, also with a proclitic: والمدرب);
   * ``surname`` forms: a given name or a name particle right before it
     (حسن تركستاني، أبو محمد التركستاني، عبد الله التركستاني);
   * ``given`` forms: a singular speech verb right before it (قال إيغور),
     or a definite country nisba (الروسي إيغور, "the Russian Igor");
   * ``given`` forms: a name-shaped word right after it, i.e. the surname
     (إيغور بتروف, Igor Petrov): a word with no article, not a function
     word, not a plural imperfect verb (يعيشون), not itself a gazetteer name,
     with only spaces in between; in Latin script, a capitalised word.

"Right before/after" means separated by white space only: punctuation ends a
name.  ``word`` forms (verb forms, common words) need corroboration only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

import helpers.gazetteer.variants as V
from helpers.gazetteer.entries import GazetteerError, _read_tsv
from helpers.text.affixes import affix, affix_alternation, affixes

__all__ = ["drop_venue_names", "keep_ambiguous", "name_context"]

_KINDS = ("title", "given", "particle", "function", "speech", "venue", "naming")
#: How many words a naming word (اسم، named) may stand after the venue noun it names (مطعم صغير يحمل اسم).
_NAMING_REACH = 4
#: What may stand between a venue noun or naming word and the name: spaces and quotation marks only.
_NAME_GAP = re.compile(r"[^\S\n]*[\"'«»“”‘’]?[^\S\n]*")
_AL, _LL = affix("article"), affix("article_lam")
#: Proclitics stripped to read a word, and ل + article with its conjunctions (لل، ولل، فلل).
_CLITICS = affixes("reading_clitic")
_LAMS = (_LL, *(c + _LL for c in affixes("conjunction")))
_ARTICLE = re.compile(rf"^(?:[وفبك]?{_AL}|[وف]?{_LL})")
_LATIN = re.compile(r"[a-z]")
#: What may stand between two words of one name: spaces, not punctuation or a line break.
_GAP = re.compile(r"[^\S\n]+")
#: A plural imperfect verb (يعيشون، تتعرضون، يفروا): a people's name is its subject, not a surname.
_PLURAL_VERB = re.compile(rf"^[يت]\w{{2,}}(?:{affix_alternation('plural_verb_end')})$")


@lru_cache(maxsize=4)
def name_context(path: str | None = None) -> dict[str, frozenset]:
    """Load ``name_context.tsv`` once: ``{kind: frozenset of match keys}``.

    Args:
        path: another file of the same shape (default: the packaged one).

    Returns:
        Match keys per kind (title, given, particle, function, speech, venue, naming).

    Raises:
        helpers.gazetteer.index.GazetteerError: unknown kind or bad pattern,
            ``file:line: problem`` per line.
    """
    file = Path(path) if path else resources.files("helpers") / "data" / "mentions/name_context.tsv"
    out: dict[str, set] = defaultdict(set)
    errors: list[str] = []
    for number, row in _read_tsv(file, ("kind", "pattern"), errors):
        if row["kind"] not in _KINDS:
            errors.append(f"{file}:{number}: kind '{row['kind']}' not in {list(_KINDS)}")
            continue
        try:
            out[row["kind"]].update(V.match_key(f) for f in V.expand_pattern(row["pattern"]))
        except V.PatternError as exc:
            errors.append(f"{file}:{number}: {exc}")
    if errors:
        raise GazetteerError("\n".join(errors))
    return {k: frozenset(out.get(k, ())) for k in _KINDS}


def keep_ambiguous(chosen: list, gazetteer, text: str, view: str, origin, raw: str, to_raw) -> list:
    """Drop the ambiguous candidates that are uncorroborated or in a person-name context.

    Args:
        chosen: firm candidates ``(start, end, prefix length, Variant)`` in
            match-view offsets, after longest-match selection.
        gazetteer: the :class:`~helpers.gazetteer.index.Gazetteer` (``ambiguous``,
            ``corroborators``, ``keys``).
        text: the normalised text the view was made from.
        view: the match view (non-word runs as one space, trailing space).
        origin: ``origin[i]`` = index in ``text`` of ``view[i]``.
        raw: the raw text (capitalisation of Latin words).
        to_raw: maps a view span to a raw span.

    Returns:
        ``chosen`` without the rejected candidates (same order).
    """
    ambiguous = gazetteer.ambiguous
    if not ambiguous or not any(c[3].key in ambiguous for c in chosen):
        return chosen
    firm = {c[3].entity_id for c in chosen if c[3].key not in ambiguous}
    named = {c[0] - c[2] for c in chosen
             if gazetteer.entities[c[3].entity_id].kind != "person" and c[3].key not in ambiguous}
    context = name_context()
    args = (gazetteer, context, named, text, view, origin, raw, to_raw)
    as_name = {c: _person_context("surname", c, *args) for c in chosen if ambiguous.get(c[3].key) == "family"}
    as_names = {c[3].key for c, named_so in as_name.items() if named_so}
    kept = []
    for cand in chosen:
        kind = ambiguous.get(cand[3].key)
        if kind is None:
            kept.append(cand)
            continue
        entity_id = cand[3].entity_id
        corroborated = bool(firm & (gazetteer.corroborators.get(entity_id, frozenset()) | {entity_id}))
        if kind == "family":  # "Uygur farmers" counts alone; not "Deniz Uygur", nor "Uygur" in a text that says so
            if not (as_name[cand] or (cand[3].key in as_names and not corroborated)):
                kept.append(cand)
            continue
        if not corroborated:
            continue
        if kind != "word" and _person_context(kind, cand, *args):
            continue
        kept.append(cand)
    return kept


def drop_venue_names(chosen: list, gazetteer, text: str, view: str, origin) -> list:
    """Drop the place names that name a venue: right after a venue noun («مطعم "كاشغر"», "Hotel Kashgar"), or
    after a naming word that follows one within four words («مطعم صغير يحمل اسم "كاشغر"», "a café named Urumqi").

    Args:
        chosen: candidates ``(start, end, prefix length, Variant)`` in match-view offsets.
        gazetteer: the :class:`~helpers.gazetteer.index.Gazetteer`.
        text: the normalised text the view was made from.
        view: the match view (non-word runs as one space, trailing space).
        origin: ``origin[i]`` = index in ``text`` of ``view[i]``.

    Returns:
        ``chosen`` without the venue names (same order).
    """
    context = name_context()
    if not context["venue"]:
        return chosen
    kept = []
    for cand in chosen:
        if gazetteer.entities[cand[3].entity_id].kind == "place":
            before = _plain_words_before(view, origin, text, cand[0] - cand[2], _NAMING_REACH + 1)
            if before and (_readings(before[0]) & context["venue"] or (
                    _readings(before[0]) & context["naming"]
                    and any(_readings(w) & context["venue"] for w in before[1:]))):
                continue
        kept.append(cand)
    return kept


def _plain_words_before(view: str, origin, text: str, start: int, count: int) -> list[str]:
    """Up to ``count`` words before view offset ``start``, nearest first; the first only when spaces or a
    quotation mark stand between it and ``start`` (no other punctuation), the others when only spaces do."""
    words, end = [], start
    while len(words) < count and end >= 2 and view[end - 1] == " ":
        begin = view.rfind(" ", 0, end - 1) + 1
        gap = text[origin[end - 2] + 1:origin[end]] if end < len(origin) else " "
        if not (_NAME_GAP.fullmatch(gap) if not words else _adjacent(gap)):
            break
        words.append(view[begin:end - 1])
        end = begin
    return words


def _person_context(kind, cand, gazetteer, context, named, text, view, origin, raw, to_raw) -> bool:
    """Is the candidate a part of a person's name (see the module docstring)?

    ``named`` holds the view offsets where a non-person gazetteer name starts
    (a place or people after the form is not a surname: ايغور تركستان الشرقية).
    """
    start, end, plen = cand[0], cand[1], cand[2]
    before = _words_before(view, origin, text, start - plen)
    if any(_readings(w) & context["title"] for w in before):
        return True
    if kind == "surname" and before and _readings(before[0]) & (context["given"] | context["particle"]):
        return True
    if kind == "given":
        if before and (_readings(before[0]) & context["speech"] or _is_country_nisba(before[0], gazetteer)):
            return True
        after = _word_after(view, origin, text, end)
        if after and after[0] not in named and _name_shaped(after, gazetteer, context, raw, to_raw):
            return True
    return False


def _words_before(view: str, origin, text: str, start: int) -> list[str]:
    """The word (and two-word phrase) right before ``start``, white space between only."""
    if start < 2 or view[start - 1] != " ":
        return []
    begin = view.rfind(" ", 0, start - 1) + 1
    if not _adjacent(text[origin[start - 2] + 1:origin[start]]):
        return []
    word = view[begin:start - 1]
    out = [word]
    if begin >= 2:
        first = view[view.rfind(" ", 0, begin - 1) + 1:begin - 1]
        if _adjacent(text[origin[begin - 2] + 1:origin[begin]]):
            out.append(f"{first} {word}")
    return out


def _word_after(view: str, origin, text: str, end: int) -> tuple[int, int] | None:
    """View span of the word right after ``end`` (white space between only)."""
    if end + 1 >= len(origin) or view[end + 1] == " ":
        return None
    stop = view.find(" ", end + 1)
    if not _adjacent(text[origin[end - 1] + 1:origin[end + 1]]):
        return None
    return end + 1, stop


def _is_country_nisba(word: str, gazetteer) -> bool:
    """A definite masculine country adjective (الروسي، والتركي) standing before a name."""
    return any(key.startswith(_AL) and key.endswith("ي") and any(
        v.form == "nisba" and gazetteer.entities[v.entity_id].kind == "country"
        for v in gazetteer.keys.get(key, ())) for key in _readings(word))


def _adjacent(gap: str) -> bool:
    """Two words are one name's parts only when spaces (no punctuation, no line break) separate them."""
    return _GAP.fullmatch(gap) is not None


def _readings(word: str) -> set[str]:
    """A word and its forms without a proclitic (والدكتور → الدكتور, للمدرب → المدرب)."""
    out = {word}
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2:
            out.add(word[len(clitic):])
    for lam in _LAMS:
        if word.startswith(lam):
            out.add(_AL + word[len(lam):])
    return out


def _name_shaped(span: tuple[int, int], gazetteer, context, raw: str, to_raw) -> bool:
    """Is the word at ``span`` (view offsets) shaped like a surname?"""
    word = _view_word(span, to_raw, raw)
    key = V.match_key(word)
    if not key or key.isdigit() or _readings(key) & (context["function"] | context["title"]):
        return False
    if any(v.form != "block" and gazetteer.entities[v.entity_id].kind != "person"
           for v in gazetteer.keys.get(key, ())):
        return False
    if _LATIN.match(key):
        return word[:1].isupper()
    return not _ARTICLE.match(key) and not _PLURAL_VERB.match(key) and len(key) >= 2


def _view_word(span: tuple[int, int], to_raw, raw: str) -> str:
    start, end = to_raw(*span)
    return raw[start:end]
