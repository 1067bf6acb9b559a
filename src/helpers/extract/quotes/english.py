"""English reported speech without a complementiser, and English subjects.

A mixin of :class:`helpers.extract.quotes.sources.Extractor`: "X said the camps …"
(content right after the verb), "…, he said." and '"…," Hua said.' (content
before the verb), subjects that are capitalised words unknown to the
gazetteer ("Human Rights Watch urged …") and definite descriptions that
refer back ("The group added …").
"""

from __future__ import annotations

import re

from helpers.extract.quotes.actors import definite_kinds, resolve
from helpers.extract.quotes.open_quoted import in_quoted_name
from helpers.extract.quotes.role_heads import leading_name
from helpers.extract.quotes.speakers import trim_region, words_between
from helpers.extract.quotes.speech_lexicon import particles

__all__ = ["EnglishMixin"]

_TRAIL = re.compile(r"[\s،,.؛;:!?؟\-–—]+$")
#: English verbs whose object is the hearer, not the content ("told Reuters the camps were closed").
_HEARER = frozenset(particles("hearer_verb"))
#: After a parenthetical verb: an optional tail ("on Tuesday", "in London") and the closing comma.
_AFTER_PARENTHESIS = re.compile(r"(?:\s+(?:on|in|at|last|this)(?:\s+\w+){1,2})?\s*,")
#: Words after a parenthetical's closing comma that open a clause of its own ("…, he said, and …").
_CLAUSE_JOINS = frozenset(particles("clause_join_en"))
#: English finite verb forms (auxiliaries, copulas, modals): a clause's verb, not an object's words.
_FINITE = frozenset(particles("finite_en"))
#: The infinitive marker, and the words before it that make the infinitive speech ("went on to say").
_INFINITIVE, _INFINITIVE_SPEECH = frozenset(particles("infinitive_en")), frozenset(particles("infinitive_speech_en"))
#: First-person subjects: "we argue", "I conclude" is the writer's own text, no quote.
_FIRST_PERSON = frozenset(particles("first_person_en"))


class EnglishMixin:
    """English-specific steps of the extractor."""

    def _capitalised_run(self, words) -> tuple[int, int] | None:
        """English subject without a known name or role: the capitalised words before the verb."""
        run = []
        for word in reversed(words):
            raw_start, _ = self.view.to_raw(word[0], word[1])
            if not self.view.raw[raw_start].isupper():
                break
            run.append(word)
        run = [w for w in reversed(run) if w[2] not in ("the", "a", "an")]
        inside = len(words) - len(run) - 1
        while inside > 0 and words[inside][2] in ("the", "a", "an"):
            inside -= 1
        if run and inside >= 0 and words[inside][2] in self.lex.words["preposition"]:
            return leading_name(self.view, words[:inside + 1])
        return (run[0][0], run[-1][1]) if run and len(run) <= 6 else None

    def _own_words(self, verb_start: int) -> bool:
        """Whether an English speech verb has a first-person subject right before it ("…, we argue that …", "I
        conclude that …"): the text's own writer speaks (its voice is the stance stage's), no quote.

        Args:
            verb_start: where the verb starts (normalised).

        Returns:
            True when the word right before the verb is "we" or "I" outside quotation marks.
        """
        before = words_between(self.text, max(0, verb_start - 8), verb_start)
        return bool(before) and before[-1][2] in _FIRST_PERSON and self.pairs.enclosing(verb_start) is None

    def _infinitive(self, verb_start: int) -> bool:
        """Whether an English speech verb is an infinitive after "to" ("urged Morocco to reject", "asked China to
        explain", "is expected to announce"): asked, urged or planned, not said; "went on to say" is said.

        Args:
            verb_start: where the verb starts (normalised).

        Returns:
            True when the word right before the verb is the infinitive marker and the one before that does not
            make it speech.
        """
        before = words_between(self.text, max(0, verb_start - 24), verb_start)
        return bool(before) and before[-1][2] in _INFINITIVE and not (
            len(before) > 1 and before[-2][2] in _INFINITIVE_SPEECH)

    @staticmethod
    def _definite_run(words) -> tuple[int, int] | None:
        """English subject that refers back: "The group said …", "the rights group added"."""
        for size in (2, 3):
            if len(words) >= size and words[-size][2] == "the" and \
                    definite_kinds([w[2] for w in words[-size:]]):
                return words[-size][0], words[-1][1]
        return None

    def _english_bare(self, sentence, verb, info, sources, earlier) -> None:
        """English without "that": "X said the camps …" or "…, he said." (content before); a verb whose
        complements say ``explicit`` (found, revealed) reports only in the second way."""
        text, span = self.text, (verb.start(), verb.end())
        rest = text[verb.end():sentence[1]]
        closed = self.pairs.closing_before(verb.start())
        quote_first = bool(closed and closed[0] >= sentence[0] and not in_quoted_name(self.view, closed)
                           and len(words_between(text, closed[1], verb.start())) <= 8
                           and len(words_between(text, verb.end(), sentence[1])) <= 4)
        last_comma = text.rfind(",", sentence[0], verb.start())
        hearer = info.lemma in _HEARER and last_comma >= 0 and bool(words_between(text, last_comma + 1, verb.start()))
        if quote_first or self._tail_only(verb.end(), sentence[1], hearer=hearer):
            comma = text.rfind(",", sentence[0], verb.start())
            if quote_first and comma <= closed[1] + 1:
                comma = closed[1]
            if comma < 0:
                return
            speaker_span = (comma + 1, verb.start())
            words = words_between(text, *speaker_span)
            named = None if words else self._apposed_name(sentence, comma, closed)
            if named:  # '"…," Marco Bellini, a former senator, said.': the name before the apposition
                speaker_span, comma = named
                words = words_between(text, *speaker_span)
            if words and words[-1][2] in self.lex.words["pronoun"]:
                speaker = self._carry(verb.start())
            elif words:
                speaker = resolve(self.view, words[0][0], words[-1][1], history=self._recent())
            else:
                region = trim_region(self.view, verb.end(), sentence[1])
                speaker = resolve(self.view, *region, history=self._recent())
            quoted = closed and comma == closed[1]
            begin = closed[0] + 1 if quoted else sentence[0]
            content = (begin, begin + len(_TRAIL.sub("", text[begin:comma])))
            self._emit(speaker=speaker, verb=span, content=content,
                       mode="direct" if quoted else "indirect", cue=info.lemma,
                       kind=info.type, evidence=(sentence[0], max(span[1], verb.end())))
            return
        if "explicit" in info.complements:
            return  # "…, the study found." reports; "police found three men" does not
        if "act" in info.complements and self._act_object(verb.end(), sentence[1]):
            return  # "Canada added three officials to its sanctions list": an act, not speech
        stop = self.lex.stop_re.match(text, verb.end() + len(rest) - len(rest.lstrip()))
        begin = stop.end() if stop else self._after_hearer(verb.end(), sentence[1]) if info.lemma in _HEARER \
            else verb.end()
        speaker = self._speaker(sentence, verb, info, verb.end(), earlier)
        if speaker is None:
            return
        content, mode = self._content(begin, sentence, sources)
        self._emit(speaker=speaker, verb=span, content=content, mode=mode, cue=info.lemma,
                   kind=info.type, evidence=(span[0], max(content[1], span[1])))

    def _apposed_name(self, sentence, comma: int, closed) -> tuple[tuple[int, int], int] | None:
        """The speaker's name before an apposition that ends at ``comma`` right before the verb
        ('"…," Marco Bellini, a former Italian senator, told a forum.', "…, Maya Wang, a researcher, said.").

        Args:
            sentence: the sentence's ``(start, end)``.
            comma: the comma that closes the apposition.
            closed: the quotation marks closed before the verb, or None.

        Returns:
            ``((start, end) of the name, the comma or closing mark before it)``, or None when the words between
            the two commas do not read as an apposition (lower-case, at most 8 words) or no capitalised name of
            at most five words stands between it and the content.
        """
        text, raw = self.text, self.view.raw
        prev = text.rfind(",", sentence[0], comma)
        apposition = words_between(text, prev + 1, comma) if prev >= 0 else []
        if not apposition or len(apposition) > 8 or raw[self.view.to_raw(*apposition[0][:2])[0]].isupper():
            return None
        left = closed[1] if closed and sentence[0] <= closed[1] < prev else text.rfind(",", sentence[0], prev)
        name = words_between(text, left + 1, prev) if left >= 0 else []
        if not name or len(name) > 5 or not all(raw[self.view.to_raw(*w[:2])[0]].isupper() for w in name):
            return None
        return (name[0][0], name[-1][1]), left

    def _parenthetical(self, sentence, verb, info) -> bool:
        """An English verb between commas inside a sentence ("The camps, she said, were built to …", "The
        camps were prisons, he said, adding that …"): the sentence around it is the speaker's (the clause
        before it when a participle or "and" follows); a pronoun refers back.  Emits the row.

        Args:
            sentence: the sentence's ``(start, end)``.
            verb: the verb's match.
            info: the verb's lexicon entry.

        Returns:
            True when the verb was such a parenthetical (and its row emitted).
        """
        text = self.text
        opening = text.rfind(",", sentence[0], verb.start())
        subject = words_between(text, opening + 1, verb.start()) if opening >= 0 else []
        after = _AFTER_PARENTHESIS.match(text, verb.end(), sentence[1])
        before = words_between(text, sentence[0], opening) if opening >= 0 else []
        if not subject or len(subject) > 4 or not before or after is None \
                or not text[after.end():sentence[1]].strip(" .\n") \
                or any(w[2] in self.lex.verbs for w in subject[:-1]) \
                or self.pairs.enclosing(opening) is not None:
            return False
        if subject[0][2] in self.lex.words["pronoun"] and len(subject) == 1:
            speaker = self._carry(verb.start())
        else:
            speaker = resolve(self.view, subject[0][0], subject[-1][1], history=self._recent())
        following = words_between(text, after.end(), sentence[1])[:1]
        if following and (following[0][2] in _CLAUSE_JOINS or (
                following[0][2] in self.lex.verbs and self.lex.verbs[following[0][2]].participle)):
            end = opening  # "…, he said, adding that …": the clause before is what he said
        else:
            end = sentence[0] + len(_TRAIL.sub("", text[sentence[0]:sentence[1]]))
        self._emit(speaker=speaker, verb=(verb.start(), verb.end()), content=(sentence[0], end),
                   mode="indirect", cue=info.lemma, kind=info.type, evidence=(sentence[0], end))
        return True

    def _act_object(self, start: int, end: int) -> bool:
        """Whether the words after a verb of adding, without "that", are its object and where it goes ("added
        twelve firms to its blacklist", "added to the pressure"): a "to" before any finite verb (``finite_en``
        particles, a form in -ed, a speech verb); "He added the company was …" is speech.

        Args:
            start: where the words after the verb start (normalised).
            end: the sentence's end.

        Returns:
            True when the verb is an act with an object, not speech.
        """
        for _, _, word in words_between(self.text, start, end):
            if word == "to":
                return True
            if word in _FINITE or word in self.lex.verbs or (len(word) > 4 and word.endswith("ed")):
                return False
        return False

    def _role_name_tail(self, words, end: int) -> bool:
        """Whether the words after a verb are "the", a role of one or two words and a capitalised name of at most
        four words, up to the end or a comma ("…, said the lawyer Anna Berg.", "…, said the activist Leyla Demir,
        who fled …").

        Args:
            words: the words after the verb (:func:`words_between` triples).
            end: the sentence's end.

        Returns:
            True when the words are such a tail.
        """
        if len(words) < 3 or words[0][2] != "the":
            return False
        for size in (1, 2):
            if not self.lex.role_re.fullmatch(self.text, words[1][0], words[size][1]):
                continue
            comma = self.text.find(",", words[size][1], end)
            name = [w for w in words[size + 1:] if comma < 0 or w[0] < comma]
            if 1 <= len(name) <= 4 and all(self.view.raw[self.view.to_raw(w[0], w[1])[0]].isupper() for w in name):
                return True
        return False

    def _after_hearer(self, start: int, end: int) -> int:
        """Where the content starts after a verb's hearer ("told Reuters the camps …", "told the BBC …"):
        after the capitalised name right after the verb, else at ``start``."""
        words = words_between(self.text, start, end)[:6]
        index = 1 if words and words[0][2] == "the" else 0
        last = None
        for word in words[index:]:
            raw_start, _ = self.view.to_raw(word[0], word[1])
            if not self.view.raw[raw_start:raw_start + 1].isupper():
                break
            last = word
        return last[1] if last is not None and last is not words[-1] else start

    def _tail_only(self, start: int, end: int, *, hearer: bool = False) -> bool:
        """Is what follows an English verb only a tail: nothing, "on Tuesday", "said Hua Chunying",
        "said Julia Bowie, a researcher with …", or, with ``hearer`` (a verb of telling whose subject stands
        between the last comma and the verb), the hearer alone ("…, the activist told the conference.")?"""
        words = words_between(self.text, start, end)
        if not words:
            return True
        if hearer and len(words) <= 4 and words[0][2] in ("the", "a", "an") \
                and not any(w[2] in self.lex.verbs for w in words[1:]):
            return True
        if self._role_name_tail(words, end):
            return True
        raw_start, _ = self.view.to_raw(words[0][0], words[0][1])
        if len(words) > 3:  # "…, said Julia Bowie, a researcher with …": a name, then its apposition
            comma = self.text.find(",", words[0][1], end)
            return self.view.raw[raw_start].isupper() and 0 <= comma and \
                len(words_between(self.text, start, comma)) <= 4
        if self.lex.stop_re.match(self.text, words[0][0]):
            return True
        return all(self.view.raw[self.view.to_raw(w[0], w[1])[0]].isupper() for w in words)  # not "Xinjiang was calm"
