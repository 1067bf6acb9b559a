"""The actor references of a document for the stance stage: gazetteer mentions, open-world names, and which give way.

- :func:`open_refs`: the names outside the gazetteer that the quote stage finds (companies, NGOs, people).
- :func:`merge_refs`: mentions and open names in one list; a mention inside an open name gives way to it.
- :func:`drop_described_origins`: an adjective of origin that only describes a person speaking for themselves
  ("the Pakistani businessman") is not the state.
- :func:`drop_official_names`: an official's own name inside a speaker phrase that the quote stage gave to a
  state or body ("Britain's ambassador Simon Manley") gives way to that actor's mention.
"""

from __future__ import annotations

import re

from helpers.extract.quotes.context import quote_view
from helpers.extract.quotes.groups import group_names
from helpers.extract.quotes.open_actors import canonical_names, role_speaks_for
from helpers.extract.quotes.open_names import open_names
from helpers.extract.stance.grammar import load_grammar
from helpers.io.rows import as_rows
from helpers.text.affixes import affixes
from helpers.text.normalise import normalise_text

__all__ = ["drop_described_origins", "drop_official_names", "merge_refs", "open_refs"]

#: A definite adjective of origin: its start (ال، وال) and endings (ي، ية، يه), data/text/affixes.tsv.
_DEFINITE, _NISBA_END = affixes("definite_start"), affixes("nisba_end")
#: One Arabic word (an indefinite adjective of origin: «جمعيات مغربية»).
_NISBA_ONLY = re.compile(r"[^\W\d_a-zA-Z]+")


def open_refs(raw: str, *, doc_id: str = "", sentences=None, mentions=None, view=None) -> list[tuple]:
    """Actors outside the gazetteer named in a document (:mod:`helpers.extract.quotes.open_actors`).

    Args:
        raw: the raw text.
        doc_id: the document id.
        sentences: the document's sentences.
        mentions: its mentions (rows or DataFrame).
        view: the document's :class:`~helpers.text.view.DocumentView` (its quote view is reused).

    Returns:
        ``[(start, end, actor, speaker, entity_id, clitic, "open")]`` in raw
        offsets; the actor is the document's canonical spelling of the name.
    """
    names = open_names(quote_view(raw, doc_id=doc_id, sentences=sentences, mentions=mentions, view=view))
    canon = canonical_names([n.surface for n in names])
    return [(n.raw_start, n.raw_end, canon[n.surface], "", "", "", "open") for n in names]


def merge_refs(refs: list[tuple], opened: list[tuple]) -> list[tuple]:
    """Mention refs and open-world refs in one sorted list; a mention inside an open name
    (the adjective of origin in المدافعون الصينيون عن حقوق الإنسان) gives way to it, an open name that
    starts where a mention starts ("France on Wednesday", "Canada and Australia") gives way to the mentions in it.

    Args:
        refs: :func:`actor_refs` tuples with an origin appended.
        opened: :func:`open_refs` tuples.

    Returns:
        The merged refs, sorted by start.
    """
    starts = {r[0] for r in refs}  # an open name that starts with a named actor only runs on past it
    opened = [o for o in opened if o[0] not in starts]  # ("France on Wednesday", "Canada and Australia")
    kept = [r for r in refs if not any(o[0] < r[0] and r[1] <= o[1] for o in opened)]
    return sorted(kept + opened)


def _described(word: str) -> bool:
    """Whether a word names what an adjective of origin only describes: goods, firms, associations, students, a
    country of a region (grammar kind ``described``: المنتجات، الشركات، جمعيات، a European country)."""
    return (normalise_text(word).lower(),) in load_grammar().get("described", frozenset())


def _tails(words: list[str]) -> list[str]:
    """The last word and the last two words of ``words``, normalised and lower-cased (what a role or a name head
    right before a mention can be)."""
    return [normalise_text(" ".join(words[-n:])).lower() for n in (1, 2) if len(words) >= n]


def _name_head(words: list[str]) -> bool:
    """Whether the last one or two of ``words`` open a body's name that a place name ends (grammar kind
    ``name_head``: جامعة، بنك, university of, bank of)."""
    heads = load_grammar().get("name_head", frozenset())
    return any(tuple(tail.split()) in heads for tail in _tails(words))


def _self_role(words: list[str]) -> bool:
    """Whether the last one or two of ``words`` name a role that speaks for itself (الباحث، رجل الأعمال)."""
    return any(role_speaks_for(tail) == "self" for tail in _tails(words))


def drop_described_origins(raw: str, refs: list[tuple]) -> list[tuple]:
    """Refs without the adjectives of origin that only describe a person speaking for themselves.

    "وأشاد رجل الأعمال الباكستاني …", "the Tunisian journalist … wrote": the adjective next to a role
    that speaks for itself (``quotes/speaker_roles.tsv``, speaks_for ``self``) is not its state; nor is the
    adjective of goods, firms, associations or students ("المنتجات الصينية", "Chinese companies": grammar kind
    ``described``).

    Args:
        raw: the raw text.
        refs: ``(start, end, actor, …, origin)`` tuples in raw offsets (:func:`merge_refs`).

    Returns:
        The refs, less those adjectives and the place names that end a body's name (جامعة أوسلو), and less a
        group's role noun right before an open name (الناشط
        أحمد سليم).
    """
    kept = []
    for ref in refs:
        surface = raw[ref[0]:ref[1]]
        if ref[-1] == "mention" and _name_head(raw[max(ref[0] - 40, 0):ref[0]].split()):
            continue  # "جامعة أوسلو", "the University of Oslo", "Bank of China": part of a body's name
        if ref[-1] == "mention" and surface.endswith(_NISBA_END) and (surface.startswith(_DEFINITE)
                                                                       or _NISBA_ONLY.fullmatch(surface)):
            before = raw[max(ref[0] - 40, 0):ref[0]].split()
            described = _self_role(before) or (bool(before) and _described(before[-1]))
        elif ref[-1] == "mention" and surface.isascii() and surface.isalpha() and not surface.isupper() \
                and surface != ref[2]:  # an adjective (Tunisian), not a name or an acronym
            after = raw[ref[1]:ref[1] + 40].split()
            described = _self_role(after[:1]) or _self_role(after[:2]) or (bool(after) and _described(after[0]))
        else:
            described = False
        if not described:
            kept.append(ref)
    return [r for i, r in enumerate(kept) if not _role_of_name(raw, r, kept[i + 1:i + 2])]


def _role_of_name(raw: str, ref: tuple, following: list[tuple]) -> bool:
    """Whether a group mention is the role of an open name right after it, an adjective of origin allowed
    between ("واتهم الناشط أحمد سليم …", «الناشطة الأويغورية رشان عباس»: the named person accuses, not Activists)."""
    gap = raw[ref[1]:following[0][0]].split() if following else []
    adjective = len(gap) == 1 and gap[0].endswith(_NISBA_END) and gap[0].startswith(_DEFINITE)  # الناشطة الأويغورية
    return ref[-1] == "mention" and ref[2] in group_names() and bool(following) \
        and following[0][-1] == "open" and (not gap or adjective)


def drop_official_names(refs: list[tuple], quotes) -> list[tuple]:
    """Refs less the open names that sit in a speaker phrase the quote stage gave to a named actor.

    "Britain's ambassador Simon Manley said …": the quote stage reads the phrase as the United Kingdom's (a state's
    official speaks for the state); the ambassador's own name, an open name to the stance stage, would otherwise
    be the subject of the sentence's cues. The name gives way when the phrase also holds a mention of the quote's
    actor.

    Args:
        refs: ``(start, end, actor, …, origin)`` tuples in raw offsets (:func:`merge_refs`).
        quotes: the quotes (DataFrame, row dicts or None; ``speaker_start``/``speaker_end``, ``actor``).

    Returns:
        The refs, less those names.
    """
    phrases = []
    for row in as_rows(quotes):
        start, end, actor = row.get("speaker_start", -1), row.get("speaker_end", -1), row.get("actor")
        if isinstance(start, (int, float)) and isinstance(end, (int, float)) and 0 <= start < end \
                and isinstance(actor, str) and actor:
            phrases.append((int(start), int(end), actor))
    if not phrases:
        return refs
    drop = set()
    for start, end, actor in phrases:
        inside = [r for r in refs if start <= r[0] and r[1] <= end]
        if any(r[-1] == "mention" and r[2] == actor for r in inside):
            drop.update(id(r) for r in inside if r[-1] == "open" and r[2] != actor)
    return [r for r in refs if id(r) not in drop]
