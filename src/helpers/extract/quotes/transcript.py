"""Transcripts: interviews, press briefings and panels written as labelled lines.

An interview printed as questions and answers carries no speech verb: its
answers are the interviewee's words because of where they stand.

- ``Q: …`` / ``س: …`` lines are the interviewer's (or a reporter's) and give
  no voice of their own label;
- ``A: …`` / ``ج: …`` lines, and unlabelled lines right after a question, are
  the interviewee's, named in the introduction before the first labelled line
  ("an interview with X", «حوار مع X»);
- a line labelled with a name or a role (``Wang Wenbin: …``, ``المتحدث: …``)
  is that speaker's, unless it ends in a question mark (a reporter asking).

Only a document with at least two labelled lines of which one is a question,
or with labelled lines of two different speakers after an introduction that
announces a transcript ("transcript", "panel", «نص», «ندوة») and with a
moderator's line or a speaker who speaks twice, is read as one; a lone
"Note:" line, a list of candidates or of prices is not. The label words are data
(``quotes/transcript.tsv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.quotes.actors import Speaker, resolve
from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.speech_lexicon import lexicon
from helpers.extract.quotes.transcript_labels import label_person
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import normalise_text

__all__ = ["transcript_rows"]

#: A label at the start of a line: up to five words, any parenthesised role, seat or party after them ("WANG
#: LIXIN (researcher, Xinjiang Academy):", "Mr Owen Rees (Swansea East) (Lab):"), then a colon.
_LABEL = re.compile(r"^[ \t]*(?P<label>[^\n:.!?؟،,\"«»()—–]{1,60}?)(?:[ \t]*\([^\n()]{1,90}\))*[ \t]*[:：][ \t]*",
                    re.M)
_LINE = re.compile(r"[^\n]+")
_QUESTION_END = re.compile(r"[?؟][\"»”'\s]*$")
_SENTENCE_END = re.compile(r"[.!?؟…][\"»”'\s]*$")
_MAX_LABEL_WORDS = 5


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """``{kind: forms}`` of ``quotes/transcript.tsv``, normalised and lower case."""
    kinds: dict[str, set[str]] = {}
    for row in read_tsv("quotes/transcript.tsv", ("word", "lang", "kind")):
        kinds.setdefault(row["kind"], set()).add(normalise_text(row["word"]).lower())
    return {kind: frozenset(forms) for kind, forms in kinds.items()}


@lru_cache(maxsize=None)
def _pattern(kind: str) -> re.Pattern:
    """The words of a kind of ``quotes/transcript.tsv`` as one pattern (longest first, any case)."""
    forms = sorted(_words().get(kind, ()), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)[ \t]*", re.I)


def _lines(text: str) -> list[tuple[int, int, str, int, int]]:
    """Every non-blank line as ``(start, end, kind, label_end, content_start)``; kind is question | answer | host
    | named | "" (no label); ``content_start`` is where the words after the label start."""
    found, words = [], _words()
    for line in _LINE.finditer(text):
        start, end = line.span()
        if not text[start:end].strip():
            continue
        label = _LABEL.match(text, start, end)
        kind, label_end, content = "", start, start
        if label and len(label.group("label").split()) <= _MAX_LABEL_WORDS and label.end() < end:
            name = label.group("label").strip().lower()
            kind = next((k for k in ("question", "answer", "host") if name in words.get(k, ())), "named")
            label_end, content = label.end("label"), label.end()
            if kind == "named" and not found and not _SENTENCE_END.search(text, content, end):
                kind, label_end, content = "", start, start  # a headline "House of Commons: Xinjiang Cotton"
        found.append((start, end, kind, label_end, content))
    return found


def _interviewee(view: QuoteView, lo: int, hi: int) -> Speaker | None:
    """The speaker named after an introduction ("interview with X") in normalised ``[lo, hi)``."""
    text = view.text
    for marker in _pattern("intro").finditer(text, lo, hi):
        stop = re.search(r"[.;:!?؛؟\n(]", text[marker.end():hi])
        end = marker.end() + (stop.start() if stop else hi - marker.end())
        speaker = resolve(view, marker.end(), end)
        if speaker:
            return speaker
    return None


def transcript_rows(view: QuoteView, found: list[dict]) -> tuple[list[dict], list[tuple[int, int]]]:
    """The voices of a transcript's labelled lines.

    Args:
        view: the document's quote view.
        found: the rows the speech-verb rules found (their speakers are checked against labels).

    Returns:
        ``(rows, labels)``: new row dicts in the extractor's form (normalised spans, a
        :class:`~helpers.extract.quotes.actors.Speaker`; mode ``direct``, cue ``transcript``) and the
        normalised spans of the line labels (a speaker phrase that starts in one is not a speaker).
    """
    lines = _lines(view.text)
    labelled = [line for line in lines if line[2]]
    questions = sum(1 for line in labelled if line[2] == "question")
    if len(labelled) < 2 and not questions:
        return [], []
    named: dict[int, Speaker] = {}  # line start -> the speaker its label names (a person, a body, a role)
    verbs = [view.to_raw(*row["verb"])[0] for row in found]
    for start, end, kind, label_end, content in labelled:
        raw_start, raw_end = view.to_raw(start, label_end)
        if kind == "named" and not any(raw_start <= v < raw_end for v in verbs):  # not "وقال: …"
            speaker = resolve(view, start, label_end)
            person = None if speaker.actor and not speaker.open else label_person(
                view, (start, label_end, content), list(named.values()))  # "Ms Ruth Okafor", "WANG LIXIN"
            if person or (speaker and (speaker.actor or _role_only(view, start, label_end))):
                named[start] = person or speaker
    questions += sum(1 for line in labelled if line[0] in named and _asks(view.text, line[4], line[1]))
    voices = {s.actor or s.speaker for s in named.values() if s.actor}
    first = labelled[0][0]
    interviewee = _interviewee(view, 0, first)
    announced = _pattern("signal").search(view.text, 0, first) is not None
    hosted = any(line[2] == "host" for line in labelled)
    turns = len(named) > len({s.actor or s.speaker for s in named.values()})  # someone speaks twice
    if not ((questions or hosted) and (named or interviewee or any(line[2] == "answer" for line in labelled))) \
            and not (announced and len(voices) >= 2 and (hosted or turns)):
        return [], []
    rows, labels, after_question = [], [], False
    for start, end, kind, label_end, content in lines:
        speaker = None
        if kind and (kind != "named" or start in named):
            labels.append((start, content))
        if start in named and not _asks(view.text, content, end):
            speaker = named[start]
            if not speaker.actor:  # "المتحدث:" in the transcript of a spokesman's briefing
                speaker = interviewee
        elif kind == "answer" or (not kind and after_question and start > first):
            speaker = interviewee
        if kind:
            after_question = kind == "question" or (start in named and speaker is None)
        if speaker and speaker.actor and content < end:
            rows.append({"speaker": speaker, "verb": (content, content), "content": (content, end),
                         "mode": "direct", "cue": "transcript", "type": "speech", "evidence": (start, end)})
    return rows, labels


def _role_only(view: QuoteView, start: int, end: int) -> bool:
    """Whether a label is one role word of the speaker lexicon ("المتحدث", "Spokesperson")."""
    label = view.text[start:end].strip()
    return len(label.split()) <= 2 and lexicon().role_re.fullmatch(label) is not None


def _asks(text: str, start: int, end: int) -> bool:
    """Whether a labelled line's words ``[start, end)`` ask: they end in a question mark or open as a written
    question of a parliamentary record ("To ask the Secretary of State …")."""
    return _QUESTION_END.search(text, start, end) is not None or _pattern("asks").match(text, start, end) is not None
