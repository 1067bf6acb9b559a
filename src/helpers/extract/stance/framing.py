"""Words a sentence holds at a distance: scare quotes and naming frames ("what X calls …").

- **Scare quotes** (:func:`scare_quoted`): quotation marks right around a cue of at most three words, double or
  single (a campaign against "extremism", «مراكز التدريب المهني», the British 'forced labour'), in the author's voice.
- **Naming frames** (grammar kinds ``naming_what``, ``naming_verb``): a defending name right after "what X calls" /
  «ما تسميه X» (:func:`named_by`) is X's own framing, held at a distance by whoever reports it; :func:`namers` gives
  the X of a sentence's frames, who hold nothing else by the frame.

:mod:`helpers.extract.stance.polarity` and :mod:`helpers.extract.stance.rows` apply them.
"""

from __future__ import annotations

from helpers.extract.stance.lexicon import CueMatch
from helpers.extract.stance.sentence import SentenceView

__all__ = ["named_by", "namers", "scare_quoted"]

#: The most words scare quotes hold (a campaign against "extremism", "vocational training centres").
_SCARE_WORDS = 3
#: How many words "what X calls" may span before the name it gives (what the Chinese authorities call …).
_NAMING_WINDOW = 6


def named_by(view: SentenceView, first: int) -> tuple[int, int] | None:
    """Where "what X calls" / «ما تسميه X» stands right before word ``first`` (the name it gives).

    Args:
        view: the sentence.
        first: the index of a cue's first word.

    Returns:
        ``(what, first)``: the words from "what" / ما up to the name, X among them; None when no naming frame
        (a naming verb right after "what" / ما, or at most three words after it) ends right before the name.
    """
    if not (view.any_of("naming_verb") and view.any_of("naming_what")):
        return None
    clause = view.clause(first)
    for i in range(first - 1, max(first - 1 - _NAMING_WINDOW, -1), -1):
        if view.clause(i) != clause and view.words[i + 1].opener != "":
            return None
        if view.has(i, "naming_verb"):
            for w in range(i - 1, max(i - 5, -1), -1):
                if view.has(w, "naming_what"):
                    return w, first
            return None
    return None


def namers(view: SentenceView) -> frozenset:
    """The actors who name something in "what X calls" / «ما تسميه X» frames of the sentence: they hold none of
    its cues by the frame ("What Beijing calls poverty alleviation is forced labour": Beijing holds neither).

    Args:
        view: the sentence.

    Returns:
        Actor names; empty when the sentence has no naming frame.
    """
    if not (view.any_of("naming_verb") and view.any_of("naming_what")):
        return frozenset()
    found = set()
    for i in view.starts("naming_verb"):
        what = next((w for w in range(i - 1, max(i - 5, -1), -1) if view.has(w, "naming_what")), None)
        if what is None:
            continue
        found |= {r.actor for r, at in zip(view.actors, view.first)
                  if what < at <= i + 3 and view.clause(at) == view.clause(i)}
    return frozenset(found)





def scare_quoted(text: str, cue: CueMatch) -> bool:
    """Whether a cue's last words stand alone in quotation marks: the author's scare quotes (a campaign
    against "extremism", «مراكز التدريب المهني», the British 'forced labour'), which hold the word at a distance.

    Args:
        text: the sentence's normalised text (quotation marks normalised to " and ').
        cue: the cue match.

    Returns:
        True when a quotation mark opens inside the cue, at most three words before its end, and closes
        right after it; or when one opens right before the cue and closes at most three words after its start
        (a single quote only between non-letters, so that an apostrophe is none: "Uyghurs' forced labour").
    """
    if cue.end < len(text) and text[cue.end] == '"':
        opening = text.rfind('"', cue.start, cue.end)
        if opening > cue.start:
            return len(text[opening + 1:cue.end].split()) <= _SCARE_WORDS
    mark = text[cue.start - 1] if cue.start > 0 else ""
    if mark not in ('"', "'") or (mark == "'" and cue.start > 1 and text[cue.start - 2].isalnum()):
        return False
    closing = text.find(mark, cue.end - 1)
    if closing < 0 or len(text[cue.start:closing].split()) > _SCARE_WORDS:
        return False
    return mark == '"' or closing + 1 >= len(text) or not text[closing + 1].isalnum()
