"""Conceded content: a claim or frame in a concessive phrase is granted, not asserted.

"Human Rights Watch said surveillance had intensified *even though there had been no attacks*",
«… تشددت *رغم عدم وقوع أي هجمات*», "*Despite criticism from Western capitals*, Hungary said …": the
speaker (or the author) grants the point of the concessive phrase to make another one; its cue is
nobody's position (the criticism of "despite criticism from X" is not the main clause's subject's, and X
does not speak).  A concessive phrase with an actor of its own keeps its cues ("*Although China says the
facilities are schools*, …", "although Beijing denies any abuse": China holds them).
"""

from __future__ import annotations

from helpers.extract.stance.lexicon import CueMatch
from helpers.extract.stance.sentence import SentenceView

__all__ = ["conceded"]


def conceded(view: SentenceView, cue: CueMatch) -> str:
    """The concessive word that grants a cue ("" when none).

    Args:
        view: the sentence.
        cue: one of its cue matches.

    Returns:
        The text of a ``concessive`` word (although, despite, رغم، مهما …) before the cue in its clause
        — or opening it — with no actor named between ("even though it was reported that …" is granted too);
        "" when none is found.
    """
    if not view.any_of("concessive"):
        return ""
    first = view.word_at(cue.start)
    clause = view.clause(first)
    for j in reversed(view.starts("concessive")):
        if j >= first:
            continue
        opens = j + 1 < len(view.words) and view.clause(j + 1) == clause  # "though" opens the cue's clause
        if view.clause(j) != clause and not opens:
            return ""
        start, end = view.words[j].start, view.words[first].start
        if any(start <= ref.start < end for ref in view.actors):
            return ""  # "although China says the facilities are schools": its own speaker holds it
        return view.words[j].text
    return ""
