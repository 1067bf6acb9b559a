"""A sentence's words and grammar entries for :class:`~helpers.extract.stance.sentence.SentenceView`, read once.

:func:`sentence_words` gives what :func:`helpers.extract.stance.grammar.words` gives (the same
:class:`~helpers.extract.stance.grammar.Word` list) with less work per word: the clause
openers with a glued و / ف are in the same table as the bare ones, and a punctuation mark is
looked for only once per gap between words.  :func:`phrase_table` gives, for every word,
what :func:`helpers.extract.stance.grammar.phrases` gives there, by walking a tree of the
grammar's entries (the entries starting with that word, then the next word …) instead of
trying every entry of the word; a word that starts no entry gets one shared empty dict.
Nothing here decides anything: ``tests/test_speed_round11.py`` runs both beside the
grammar module's own functions.
"""

from __future__ import annotations

from functools import lru_cache

from helpers.extract.stance.grammar import _CONJ, _PUNCT, _WORD, Word, _negators, _openers, grammar_index

__all__ = ["sentence_words", "phrase_table"]

_new = tuple.__new__


@lru_cache(maxsize=1)
def _opener_table() -> dict[str, str]:
    """``{word: "boundary" | "contrast"}``, the one-word openers also with a glued و / ف (as ``words`` strips it)."""
    openers = _openers()
    table = {conj + word: kind for word, kind in openers.items() for conj in _CONJ
             if len(conj) == 1 and len(conj + word) > 2}
    table.update(openers)  # a word that is an opener itself is read as itself first
    return table


def sentence_words(text: str) -> list[Word]:
    """Words of a normalised sentence, numbered by clause (as :func:`helpers.extract.stance.grammar.words`).

    Args:
        text: normalised sentence text.

    Returns:
        The words in order.
    """
    openers, negators = _opener_table(), _negators()
    stops = [m.start() for m in _PUNCT.finditer(text)]
    stops.append(len(text) + 1)  # past every word
    result: list[Word] = []
    append = result.append
    clause, p, previous = 0, 0, None
    for m in _WORD.finditer(text):
        start, end = m.span()
        token = m.group()
        if previous is None:
            opener = ""
        else:
            opener = openers.get(token, "")
            if opener == "boundary" and previous in negators:
                opener = ""  # "دون أن تدين": the negator governs the clause it opens
            if not opener and stops[p] < start:
                opener = "punct"
            if opener:
                clause += 1
        while stops[p] < end:  # the first mark at or after this word's end
            p += 1
        append(_new(Word, (start, end, token, clause, opener)))
        previous = token
    return result


@lru_cache(maxsize=1)
def _tree() -> dict[str, tuple[dict, dict]]:
    """The grammar entries as a tree: ``{first word: ({kind: size}, {next word: node})}``."""
    roots: dict[str, tuple[dict, dict]] = {}
    for first, entries in grammar_index().items():
        root = roots.setdefault(first, ({}, {}))
        for kind, rest in entries:
            node = root
            for word in rest:
                node = node[1].setdefault(word, ({}, {}))
            node[0][kind] = max(node[0].get(kind, 0), len(rest) + 1)
    return roots


def phrase_table(tokens: list[Word]) -> list[dict[str, int]]:
    """Per word, every grammar kind whose entry starts there with its length (as ``grammar.phrases``).

    Args:
        tokens: words from :func:`sentence_words`.

    Returns:
        One dict per word, ``{kind: words of the longest entry of that kind}``; the words that start
        no entry share one empty dict (do not modify them).
    """
    roots, none = _tree(), {}
    texts = [w.text for w in tokens]
    count, table = len(texts), []
    for i, text in enumerate(texts):
        own = roots.get(text)
        bare = roots.get(text[1:]) if len(text) > 2 and text[0] in _CONJ else None
        if own is None and bare is None:
            table.append(none)
            continue
        found: dict[str, int] = {}
        for node in (own, bare):
            j = i + 1
            while node is not None:
                for kind, size in node[0].items():
                    if size > found.get(kind, 0):
                        found[kind] = size
                node = node[1].get(texts[j]) if j < count else None
                j += 1
        table.append(found)
    return table
