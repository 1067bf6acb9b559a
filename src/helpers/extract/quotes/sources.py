"""The voice extractor's core: one pass over a document's speech verbs and attributions.

:class:`Extractor` walks the sentences in order.  In each it first reads the
attribution markers (وفق ما أعلن الإعلام الرسمي: the embedded verb is used
up), then every speech verb that is neither inside a quotation nor negated:
it looks for the verb's complement (إن/أن، ":"، a quotation, عن، إلى، على، بـ,
that …), takes the speaker from between verb and complement (verb-first) or
from before the verb (subject-first), and the content after the complement.
A verb with no speaker of its own (وأضاف، مؤكدا، he said) takes the previous
speaker.  Spans are normalised offsets; :mod:`helpers.extract.quotes.rows` maps them back.
"""

from __future__ import annotations

import re

from helpers.extract.quotes.actors import NO_SPEAKER, Speaker, resolve
from helpers.extract.quotes.attribution import AttributionMixin
from helpers.extract.quotes.carry import CarryMixin
from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.english import EnglishMixin
from helpers.extract.quotes.frames import relative_antecedent
from helpers.extract.quotes.groups import group_subject
from helpers.extract.quotes.marks import QuotePairs
from helpers.extract.quotes.open_quoted import quoted_before
from helpers.extract.quotes.parenthetical import AsideMixin
from helpers.extract.quotes.signers import SignerMixin
from helpers.extract.quotes.speakers import (
    cited_aside,
    phrase_after,
    previous_word,
    subject_before,
    trim_region,
    words_between,
)
from helpers.extract.quotes.speaking import region_ok
from helpers.extract.quotes.speech_lexicon import ARTICLE, lexicon, maqsura_forms, particles, suffix_forms
from helpers.extract.quotes.subjects import participle_subject
from helpers.extract.quotes.titles import governed_apposition
from helpers.text.lexicon_tools import literal_alternation

__all__ = ["Extractor"]

_TRAIL = re.compile(r"[\s،,.؛;:!?؟\-–—]+$")
_LEAD_AT = re.compile(r"[\s،,:\-–—]*")
_SPACES = re.compile(r"\s*")
_QUOTE_GAP = re.compile(r"[^\S\n]*[،,]?[^\S\n]*")
_OBJECT_FIRST = frozenset({"obj", "bi", "ila", "ala", "to", "of", "as"})
_WORDY = re.compile(r"\w\w")
_WORD_AT = re.compile(r"\w+")
_DEFINITE_WORD = tuple(p + ARTICLE for p in ("", "و", "ف"))
_FIRST = re.compile(r"\W*(\w*)")
_PREP_PRONOUN = re.compile(rf"(?:(?:{literal_alternation(particles('prep_pronoun'))})"
                           rf"(?:{literal_alternation(suffix_forms('pronoun_suffix', 'prep'))})\s+)?")
#: Words before a verb form that make it a noun: "the reports", إلى رفض.
_NOUN_DETERMINERS = frozenset(particles("noun_determiner"))
_NOUN_PREPOSITIONS = frozenset(particles("noun_preposition"))
#: "On behalf of" (باسم): a ب that opens no complement.
_ON_BEHALF = frozenset(particles("on_behalf"))
_WINDOW = 1500        # characters around a verb that a (huge) sentence is cut to
_MAX_CONTENT = 3000    # characters: an indirect quote longer than this is a missed boundary
_HISTORY = 30         # earlier speakers searched for a surname
_CARRY = 1500          # how far back (characters) a speaker carries over


class Extractor(AttributionMixin, AsideMixin, EnglishMixin, CarryMixin, SignerMixin):
    """Find quotes in one :class:`QuoteView`; :meth:`run` returns row dicts."""

    def __init__(self, view: QuoteView, pairs: QuotePairs):
        self.view, self.text, self.pairs, self.lex = view, view.text, pairs, lexicon()
        self.rows: list[dict] = []
        self.history: list[tuple[int, Speaker]] = []
        self.used: set[int] = set()
        self.spoken: set[int] = set()  # sentences that gave a voice
        self.subjects: dict = {}  # sentence index -> its subject Topic (quote_carry)
        self.carry_window = _CARRY

    def run(self) -> list[dict]:
        """Extract every quote, sentence by sentence.

        Returns:
            Row dicts with normalised spans (``content``, ``verb``, ``evidence``)
            and a :class:`~helpers.extract.quotes.actors.Speaker`.
        """
        text, quiet = self.text, self._quiet
        verbs = [m for m in self.lex.scan(text, "verb") if not quiet(m.start())]
        sources = [m for m in self.lex.scan(text, "source") if not quiet(m.start(), noun=False)]  # was argued by
        v = s = 0
        for sentence in self.view.sentences:
            here_v, here_s = [], []
            while v < len(verbs) and verbs[v].start() < sentence[1]:
                if verbs[v].start() >= sentence[0]:
                    here_v.append(verbs[v])
                v += 1
            while s < len(sources) and sources[s].start() < sentence[1]:
                if sources[s].start() >= sentence[0]:
                    here_s.append(sources[s])
                s += 1
            self._sentence(sentence, here_v, here_s)
        return self.rows

    def _quiet(self, position: int, noun: bool = True) -> bool:
        return self.pairs.enclosing(position) is not None or self.view.in_url(position) \
            or (noun and self._noun(position))

    def _noun(self, position: int) -> bool:
        """Whether a verb form is a noun: a plural after a determiner or before a verb ("the reports were",
        "Reports said"), a verbal noun after a preposition (إلى رفض التدخل), or a form listed with a final ى
        (نادى) written with a final ي right after an indefinite role noun: the role's genitive noun (رئيس نادي
        الترجي: a club), not a verb."""
        word = _WORD_AT.match(self.text, position)
        if word is None:
            return False
        before = previous_word(self.text, position)
        plural = word.group().isascii() and word.group().endswith("s")
        if (before in _NOUN_PREPOSITIONS if not word.group().isascii()
                else plural and (before in _NOUN_DETERMINERS or before in self.lex.verbs)) \
                and not self.text[position - 1:position].strip(" "):
            return True  # … or after a verb: "says reports of …"
        if plural:
            after = _FIRST.match(self.text, word.end())
            if after and after.group(0)[:1] == " " and after.group(1) in self.lex.verbs \
                    and not after.group(1).endswith("s"):
                return True  # "Reports said …", "Newspapers reports say" (but "said reports")
        if word.group() not in maqsura_forms():
            return False
        return bool(before) and not before.startswith(_DEFINITE_WORD) \
            and self.lex.role_re.fullmatch(before) is not None \
            and self.view.raw[slice(*self.view.to_raw(*word.span()))].endswith("ي")

    # ---- sentences -------------------------------------------------------
    def _sentence(self, sentence, verbs, sources) -> None:
        bounds = sorted([m.start() for m in verbs] + [m.start() for m in sources])
        held = self._asides(sentence, verbs)  # "على حد قوله", "according to him": the previous speaker's
        for marker in sources:
            if any(a <= marker.start() < b for a, b in held):
                continue
            self._attribution(self._window(sentence, marker.start()), marker, verbs, bounds)
        first = len(self.rows)
        for index, verb in enumerate(verbs):
            if verb.start() in self.used:
                continue
            local = self._window(sentence, verb.start())
            following = verbs[index + 1].start() if index + 1 < len(verbs) else local[1]
            earlier = self.rows[-1:] if len(self.rows) > first else []
            self._verb(local, verb, min(following, local[1]), sources, earlier)

    def _window(self, sentence: tuple[int, int], position: int) -> tuple[int, int]:
        """The sentence, or a window of it around ``position`` when it is huge (text with no
        full stops): every step then stays local, and the whole pass linear."""
        start, end = sentence
        if position - start > _WINDOW:
            space = self.text.find(" ", position - _WINDOW, position)
            start = space + 1 if space >= 0 else position - _WINDOW
        return start, min(end, position + _WINDOW)

    def _recent(self) -> list[Speaker]:
        """The last speakers of the document (a bounded window: linear time)."""
        return [h for _, h in self.history[-_HISTORY:]]

    def _emit(self, *, speaker, verb, content, mode, cue, kind, evidence) -> None:
        start, end = content
        if not _WORDY.search(self.text, start, end):
            return
        if speaker.start >= 0 and not speaker.actor:  # "the spokeswoman added": whose spokeswoman
            speaker = self._refer_back(verb[0], speaker)
        speaker = self._signers(verb[0], speaker)  # "22 countries signed a letter saying": the signers
        self.rows.append({"speaker": speaker, "verb": verb, "content": content, "mode": mode,
                          "cue": cue, "type": kind, "evidence": evidence})
        self.spoken.add(self.view.sentence_of(verb[0]))
        if speaker.start >= 0 and speaker:
            self.history.append((verb[0], speaker))

    # ---- content ---------------------------------------------------------
    def _content_end(self, start: int, sentence, sources) -> int:
        """Where indirect content stops: sentence end (or its quotation's end), a
        participle, an attribution marker or a contrast clause (بينما، whereas)."""
        end = sentence[1]
        for pair in self.pairs.first_between(start, end):
            end = max(end, pair[1] + 1)
        end = min(end, start + _MAX_CONTENT)
        for marker in sources:
            if start < marker.start() < end:
                end = marker.start()
        for clause in self.lex.clause_re.finditer(self.text, start, end):
            if clause.group("both"):
                end = clause.start()
                break
        for verb in self.lex.scan(self.text, "verb", start, end):
            info = self.lex.verbs[verb.group("verb")]
            joined = verb.start() < verb.start("verb") or self.text[max(0, verb.start() - 4):verb.start()] == "and "
            if (info.participle or joined) and not self._quiet(verb.start()):
                return verb.start() - 4 if self.text[max(0, verb.start() - 4):verb.start()] == "and " \
                    else verb.start()
        return end

    def _content(self, start: int, sentence, sources) -> tuple[tuple[int, int], str]:
        """Content span and mode after a complement that ends at ``start``."""
        text = self.text
        start = _LEAD_AT.match(text, start, sentence[1]).end()
        nested = self.lex.complement_re["an"].match(text, start)
        if nested:  # ": أن "…"" — the colon and the أن both introduce
            start = _SPACES.match(text, nested.end()).end()
        end = self._content_end(start, sentence, sources)
        pair = self.pairs.opening_at(start)
        if pair and not _TRAIL.sub("", text[pair[1] + 1:end]):
            return (pair[0] + 1, pair[1]), "direct"
        trimmed = _TRAIL.sub("", text[start:end])
        return (start, start + len(trimmed)), "indirect"

    # ---- verbs -----------------------------------------------------------
    def _negated(self, position: int) -> bool:
        """A negation (لم يؤكد، did not) or an English passive (was denied) right before."""
        words = words_between(self.text, max(0, position - 20), position)
        blocked = self.lex.words["negation"] | self.lex.words["passive"]
        return bool(words) and words[-1][2] in blocked and not self.text[words[-1][1]:position].strip(" ")

    def _complement(self, info, start: int, limit: int):
        """The first complement of the verb in ``[start, limit)``: (start, end, code) or None."""
        found = []
        for code in info.complements - {"obj", "quote"}:
            pattern = self.lex.complement_re.get(code)
            for match in pattern.finditer(self.text, start, limit) if pattern else ():
                if code == "bi" and (any(m.start <= match.start() < m.end
                                         for m in self.view.mentions_in(match.start(), match.start() + 40))
                                     or _WORD_AT.match(self.text, match.start()).group() in _ON_BEHALF):
                    continue  # … or باسم: "المتحدث باسم الخارجية" is part of the speaker
                if self._inside_name(match.start(), match.end()):
                    continue  # إن inside a name: "سي إن إن"; عن inside «رابطة الدفاع عن الأقليات»
                if code == "ila" and _FIRST.match(self.text, match.end()).group(1) in self.lex.words["invitation"]:
                    break  # دعا الوفد إلى زيارة الإقليم: an invitation, not a call
                found.append((match.start(), -match.end(), match.end(), code))
                break
        if "bi" in info.complements:  # طالب البرلمان الأوروبي بفرض …: the ب-word right after the subject
            head = phrase_after(self.view, start, limit)  # (وطالب فيها بـ: a prepositional pronoun between)
            after = self.lex.complement_re["bi_any"].match(self.text, _PREP_PRONOUN.match(
                self.text, _SPACES.match(self.text, head[1] if head else start).end()).end())
            after = after or self.lex.complement_re["bi_number"].search(self.text, start, limit)
            if after:
                found.append((after.start(), -after.end(), after.end(), "bi"))
        for pair in self.pairs.first_between(start, limit):
            after = self.text[pair[1] + 1:pair[1] + 4]
            if self._phrase_quote(start, pair, after):
                continue  # a quoted name inside the speaker phrase: "سي سي تي في":, موقع "سي إن إن" الإنجليزي أن
            found.append((pair[0], -pair[0], pair[0], "quote"))
            break
        if not found:
            return None
        first = min(found)
        return first[0], first[2], first[3]

    def _verb(self, sentence, verb, next_verb: int, sources, earlier) -> None:
        info = self.lex.verbs[verb.group("verb")]
        if self._negated(verb.start()) or (info.lang == "en" and (
                self._infinitive(verb.start()) or self._own_words(verb.start()))):
            return  # … or "urged Morocco to reject": asked, not said; "we argue": the writer's own text
        if info.lang == "en" and not info.participle and self._parenthetical(sentence, verb, info):
            return  # "The camps, she said, were …"
        span = (verb.start(), verb.end())
        complement = self._complement(info, verb.end(), next_verb)
        if complement and not region_ok(info.lang, self.text, verb.end(), complement[0]):
            complement = None
        if complement is None:
            self._verb_without_complement(sentence, verb, info, next_verb, sources, earlier)
            return
        c_start, c_end, code = complement
        content, mode = self._content(c_start if code == "quote" else c_end, sentence, sources)
        speaker = self._speaker(sentence, verb, info, c_start, earlier)
        if speaker is None:
            return
        self._emit(speaker=speaker, verb=span, content=content, mode=mode, cue=info.lemma,
                   kind=info.type, evidence=(min(span[0], content[0]), max(span[1], content[1])))

    def _speaker(self, sentence, verb, info, complement_start: int, earlier) -> Speaker | None:
        history = self._recent()
        if info.lang == "ar" and not info.participle and info.type in ("call", "accusation") \
                and self._document_before(verb.start()):
            # "رسالة تحث الصين على …": the letter (and whoever wrote it) presses, China is the object
            subject = subject_before(self.view, sentence[0], verb.start())
            return resolve(self.view, *subject, history=history) if subject else NO_SPEAKER
        if info.lang == "ar" and not info.participle:
            region = self._relayed(verb.end(), complement_start, info, bool(info.complements & _OBJECT_FIRST))
            quoted = self.pairs.first_between(region[1], complement_start)[:1]
            if quoted and not self.text[region[1]:quoted[0][0]].strip() and self._quoted_speaker(region, quoted[0]):
                region = (region[0], self._quoted_end(quoted[0]))  # موقع "سي إن إن", وقالت «جمعية …»: the name
            if self._document_only(*region):  # "ذكر تقرير لموقع بلومبرغ أن": the report's producer speaks
                region = (region[0], len(_TRAIL.sub("", self.text[:complement_start])))
            if region[1] > region[0]:  # "وقال X، الباحث في المنظمة، إن": the apposition's body
                found = resolve(self.view, *region, history=history)
                governed = governed_apposition(self.view, region[1], complement_start)
                return self._apposed(found, region[1], complement_start) if governed else found
            if self._unnamed_aside(verb.end(), complement_start):
                return self._carry(verb.start())  # "ولكنها قالت في اعتراف نادر إن": she, named before
        if info.participle and earlier or self._joined(verb, earlier):  # مضيفا، "said … and called for"
            return earlier[-1]["speaker"]
        opening = participle_subject(self.view, sentence[0], verb.start()) if info.participle \
            else None  # "Canada summoned China's ambassador, saying …", «…، مؤكدة»: the sentence's subject speaks
        if opening:
            return self._apposed(resolve(self.view, *opening, history=history), opening[1], verb.start())
        subject = quoted_before(self.view, sentence[0], verb.start()) or relative_antecedent(
            self.view, sentence[0], verb.start()) or group_subject(
            self.view, subject_before(self.view, sentence[0], verb.start()), sentence[0], verb.start())
        if subject and self._pronoun_before(sentence[0], verb.start()):
            return self._carry(verb.start())  # "In a statement, it said": the pronoun, not the statement
        if subject and self._document_only(*subject):  # "a report released by HRW on Monday said"
            subject = self._producer(subject, verb.start())
        if subject:  # "Laura Brandt, a researcher at Amnesty International, said": Amnesty's voice
            return self._apposed(resolve(self.view, *subject, history=history), subject[1], verb.start())
        if info.lang == "en":
            words = words_between(self.text, sentence[0], verb.start())
            for marker in self.lex.source_re.finditer(self.text, sentence[0], verb.start()):
                if cited_aside(self.view, marker.start(), verb.start() + 1) >= 0:  # "Laila Omar, citing …, said"
                    words = words_between(self.text, sentence[0], marker.start())
                    break
            if words and words[-1][2] not in self.lex.words["pronoun"]:
                named = self._capitalised_run(words) or self._definite_run(words)
                return resolve(self.view, *named, history=history) if named else None
        return self._carry(verb.start())

    def _verb_without_complement(self, sentence, verb, info, next_verb, sources, earlier) -> None:
        text, span = self.text, (verb.start(), verb.end())
        closed = self.pairs.closing_before(verb.start())
        if closed and _QUOTE_GAP.fullmatch(text[closed[1] + 1:verb.start()]) and not self._quoted_name(closed):
            region = trim_region(self.view, verb.end(), sentence[1])
            if region[1] > region[0]:
                speaker = resolve(self.view, *region, history=self._recent())
            else:
                speaker = self._speaker(sentence, verb, info, verb.end(), earlier)
            if speaker is not None:
                inner = _TRAIL.sub("", text[closed[0] + 1:closed[1]])
                self._emit(speaker=speaker, verb=span, content=(closed[0] + 1, closed[0] + 1 + len(inner)),
                           mode="direct", cue=info.lemma, kind=info.type,
                           evidence=(closed[0], max(span[1], region[1])))
            return
        if info.lang == "en" and "that" in info.complements:
            self._english_bare(sentence, verb, info, sources, earlier)
            return
        if "obj" not in info.complements:
            return
        subject = phrase_after(self.view, verb.end(), next_verb) if info.lang == "ar" else None
        begin = subject[1] if subject else verb.end()
        if subject is None:
            subject = subject_before(self.view, sentence[0], verb.start())
        if subject is None:
            return
        content, mode = self._content(begin, sentence, sources)
        first = words_between(text, content[0], content[1])[:2]
        if any(w[2] in self.lex.words["decline"] for w in first):
            return
        speaker = resolve(self.view, *subject, history=self._recent())
        self._emit(speaker=speaker, verb=span, content=content, mode="indirect", cue=info.lemma,
                   kind=info.type, evidence=(min(span[0], subject[0]), max(content[1], span[1])))
