"""Attribution markers (وفق / بحسب ما قال / نقلا عن / according to X) and the speaker phrases around
documents and media (تقرير لموقع بلومبرغ، موقع "سي إن إن" الإنجليزي، رسالة تحث الصين …).

A mixin of :class:`helpers.extract.quotes.sources.Extractor`.  The source after the
marker is a speech verb's subject (وفق ما أعلن الإعلام الرسمي: the verb is
used up), a quoted name (وفق "سي سي تي في"), or a phrase that ends with its
last name or starts with a role noun (وفقا لنسخة من مسودة الرسالة; a legal
basis such as طبقا لمواثيق حقوق الإنسان names nobody and is skipped).  The
content is the clause before the marker, or after it when the marker opens
the sentence.
"""

from __future__ import annotations

import re

from helpers.extract.quotes.actors import resolve
from helpers.extract.quotes.frames import source_name
from helpers.extract.quotes.open_names import open_names, possessed_name
from helpers.extract.quotes.open_quoted import heads_body, in_quoted_name, outer_head
from helpers.extract.quotes.speakers import (
    cited_aside,
    is_nisba,
    previous_word,
    subject_before,
    trim_region,
    words_between,
)
from helpers.extract.quotes.speech_lexicon import ARTICLE, particles
from helpers.text.affixes import affixes
from helpers.text.lexicon_tools import literal_alternation
from helpers.text.normalise import normalise_text
from helpers.text.word_before import after_last_char

__all__ = ["AttributionMixin"]

_TRAIL = re.compile(r"[\s،,.؛;:!?؟\-–—]+$")
_LEAD = re.compile(r"^[\s،,:\-–—]+")
_SPACES = re.compile(r"\s*")
_ADDRESSEE = re.compile(rf"\s(?:{literal_alternation(particles('addressee'))})\s")
#: The word after an attribution marker before the verb it embeds (بحسب ما قال).
_MA = particles("after_marker")[0]
#: What introduces the relayed voice after a relaying verb (نقلت رويترز عن مسؤول).
_RELAY_FROM = particles("relay_from")[0]
#: Markers that name words without reporting them in a relative clause (التي جاءت على لسان X).
_TONGUE = frozenset(" ".join(normalise_text(w).split()) for w in particles("tongue_marker"))
#: و ف and the article before a role noun.
_ARTICLE_PREFIX = re.compile(rf"^(?:[وف]?{ARTICLE})")
#: Conjunctions glued to a verb (ودعت، فدعت): the verb opens its clause, its subject follows it.
_CONJUNCTIONS = "".join(affixes("conjunction"))
#: Between a subject and its verb: nothing, or a relative clause between commas (تركيا، التي تستضيف …، دعت).
_VERB_MARKS = frozenset(particles("verb_mark"))
_CLAUSE_START = re.compile(r"[\n،,:؛;.]")
_SUBJECT_GAP = re.compile(r"\s*(?:[،,][^،,.؛;:]+[،,]\s*)?")


class AttributionMixin:
    """Attribution handling for the extractor (uses its view, pairs, lex, rows, history)."""

    def _attribution(self, sentence, marker, verbs, bounds) -> None:
        text, lex = self.text, self.lex
        if " ".join(marker.group().split()) in _TONGUE and any(
                w[2] in lex.words["relative"] for w in words_between(text, sentence[0], marker.start())[-2:]):
            return  # "الاتهامات التي جاءت على لسان النائب": a relative clause names the words, it reports none
        close = cited_aside(self.view, marker.start(), sentence[1])
        if close >= 0 and self._evidence_only(marker.end(), close):
            return  # "A, citing leaked documents, said …": A speaks; the documents are no voice
        position = _SPACES.match(text, marker.end()).end()
        verb_end = marker.end()
        if text.startswith(_MA + " ", position) and not marker.group().endswith(_MA):
            position += len(_MA) + 1
        embedded = next((v for v in verbs if v.start() == position), None)
        quoted = self.pairs.opening_at(position)
        if embedded is not None and (marker.group().endswith(_MA) or position > marker.end()):
            self.used.add(embedded.start())
            verb_end = embedded.end()
            stop = min([b for b in bounds if b > embedded.start()] + [sentence[1]])
            span = trim_region(self.view, embedded.end(), stop)
            span = self._relay(span) if lex.verbs[embedded.group("verb")].relay else span
        elif quoted is not None:
            span = (quoted[0] + 1, quoted[1])
            stop = quoted[1] + 1
        else:
            span = self._source_phrase(position, sentence[1])
            stop = span[1] if span else position
        if not span or span[1] <= span[0]:
            return
        before = _TRAIL.sub("", text[sentence[0]:marker.start()])
        if len(words_between(text, sentence[0], sentence[0] + len(before))) >= 2:
            content = (sentence[0], sentence[0] + len(before))
        else:
            after = _LEAD.sub("", text[stop:sentence[1]])
            begin = sentence[1] - len(after)
            content = (begin, begin + len(_TRAIL.sub("", after)))
        speaker = resolve(self.view, *span, history=self._recent())
        self._emit(speaker=speaker, verb=(marker.start(), verb_end), content=content,
                   mode="attribution", cue=" ".join(marker.group().split()), kind="attribution",
                   evidence=(min(content[0], marker.start()), max(content[1], span[1])))

    def _source_phrase(self, position: int, limit: int) -> tuple[int, int] | None:
        """The source after وفق / بحسب / according to, when it is headed by a name or a role
    noun (وفقا لمسؤولين صينيين، بحسب تقديرات، according to the UN); it ends with its last
    name.  "وفق القانون الدولي" (a legal basis) names no voice; "witnesses quoted by the BBC", شهود نقلت
    عنهم …: the witnesses, not the medium that relays them."""
        text, lex = self.text, self.lex
        region = trim_region(self.view, position, limit)
        words = words_between(text, *region)[:8]
        for index, word in enumerate(words):
            if word[2] in lex.words["relative"] or word[2] in lex.verbs or word[2] in lex.words["relayed"] \
                    or (index and lex.complement_re["that"].fullmatch(word[2])):  # "was claimed by X that …"
                words = words[:index]
                break
        if not words:
            return None
        end = words[-1][1]
        names = [m for m in self.view.mentions_in(words[0][0], end)]
        headed = lex.role_re.fullmatch(words[0][2]) or (names and names[0].start <= words[0][0] + 3) \
            or possessed_name(self.view, words[0][0], end) is not None  # بحسب مديرها التنفيذي يوهان كلاين
        if headed:
            return words[0][0], names[-1].end if names else words[min(len(words), 6) - 1][1]
        named = source_name(self.view, words[0][0], words[-1][1]) if not words[0][2].isascii() else None
        if named is not None:  # وبحسب يوسف القاسمي، وهو …، فإن: a bare name in the frame of a source
            return named.start, named.end
        if words[0][2].isascii():
            named = self._capitalised_run(words[:6]) or (None, None)
            if named[0] is not None or any(lex.role_re.fullmatch(w[2]) for w in words[:6]):
                end = words[min(len(words), 6) - 1][1]
                cut = [m.end for m in self.view.mentions_in(words[0][0], region[1]) if m.start < end < m.end]
                return words[0][0], max([end] + cut)  # "a report by the Australian Strategic Policy Institute"
        return None

    def _relayed(self, start: int, end: int, info, object_first: bool) -> tuple[int, int]:
        """The speaker region between an Arabic verb and its complement; after a relaying verb the relayed
        voice, also when the verb has no subject (passive: ونُقل عن X قوله إن → X)."""
        region = trim_region(self.view, start, end, verb_type=info.type, object_first=object_first)
        if object_first and info.type in ("call", "accusation") and region[1] > region[0] \
                and self._subject_first(start):
            return start, start  # "تركيا، التي تستضيف …، دعت الصين إلى": Turkey presses, China is the object
        if not info.relay:
            return region
        words = words_between(self.text, start, end)
        if region[1] <= region[0] and words and words[0][2] == _RELAY_FROM:
            region = (words[0][0], words[-1][1])  # ونقل عن X قوله: عن opens the region, no subject before it
        return self._relay(region)

    def _subject_first(self, verb_end: int) -> bool:
        """Whether an Arabic verb without a conjunction has a named subject right before it (تركيا دعت،
        «وزارة الخارجية التركية، التي …، دعت»): what follows the verb is then its object, not its speaker.

        Args:
            verb_end: where the verb ends (normalised).

        Returns:
            True when the verb's word has no و / ف before it, the subject phrase before it names an actor
            (not an adjective of origin alone) and only a relative clause between commas stands between them.
        """
        verb = words_between(self.text, max(0, verb_end - 30), verb_end)[-1:]
        if not verb or verb[0][2][:1] in _CONJUNCTIONS or verb[0][2] not in self.lex.verbs:
            return False
        sentence = self.view.sentences[self.view.sentence_of(verb[0][0])]
        subject = subject_before(self.view, sentence[0], verb[0][0])
        if not subject or not _SUBJECT_GAP.fullmatch(self.text, subject[1], verb[0][0]):
            return False
        gap = words_between(self.text, subject[1], verb[0][0])
        if gap and gap[0][2] not in self.lex.words["relative"]:
            return False
        opening = words_between(self.text, after_last_char(_CLAUSE_START, self.text, sentence[0], subject[0]),
                                subject[0])  # the subject opens its clause (وكانت السلطات الألمانية قد اتهمت)
        if len(opening) > 1 or (opening and opening[0][2].lstrip(_CONJUNCTIONS) not in _VERB_MARKS):
            return False  # "حملة مقاطعة داعمي إسرائيل … طالبت": a name inside the subject's phrase
        found = resolve(self.view, *subject)
        return bool(found.actor) and not any(
            is_nisba(m, self.text) and m.start == subject[0] and " " not in self.text[m.start:m.end]
            for m in self.view.mentions_in(*subject))  # "التونسية والمجمع …": an adjective, no subject

    def _relay(self, span: tuple[int, int]) -> tuple[int, int]:
        """نقلت رويترز عن مسؤول قوله → the official (after عن, without قوله)."""
        words = words_between(self.text, *span)
        for index, word in enumerate(words):
            if word[2] == _RELAY_FROM and index + 1 < len(words):
                rest = [w for w in words[index + 1:] if w[2] not in self.lex.words["relay_tail"]]
                return (rest[0][0], rest[-1][1]) if rest else span
        return span

    def _quoted_name(self, pair) -> bool:
        """Whether a quotation is an organisation's name (:func:`helpers.extract.quotes.open_quoted.in_quoted_name`)."""
        return in_quoted_name(self.view, pair)

    def _inside_name(self, start: int, end: int) -> bool:
        """Whether a complementiser's match lies inside a name: a mention ("سي إن إن") or a quoted organisation's
        name («رابطة الدفاع عن الأقليات»)."""
        return any(m.start < start < m.end for m in self.view.mentions_in(start - 40, end + 40)) \
            or in_quoted_name(self.view, self.pairs.enclosing(start))

    def _phrase_quote(self, start: int, pair, after: str) -> bool:
        """A quotation that is part of the speaker phrase, not the content: a short one before ":" or إن/أن, a
        medium's quoted name, or an organisation's quoted name right after the verb or its role (وأعربت «رابطة …»
        عن، قال رئيس «جمعية …» X إن)."""
        if len(words_between(self.text, *pair)) <= 5 and (
                ":" in after or self.lex.complement_re["an"].search(after) or self._named_medium(start, pair)):
            return True
        before = words_between(self.text, start, pair[0])  # nothing, or the role whose body it is (رئيس «…»)
        return self._names_body(before, pair) and in_quoted_name(self.view, pair)

    def _quoted_end(self, pair) -> int:
        """Where a speaker phrase that takes a quoted name ends: after the person its role's holder is (رئيس «جمعية
        …» عبد الرشيد تورسون), else after the closing mark."""
        held = [n for n in open_names(self.view, pair[1], pair[1] + 2) if n.kind == "person" and n.start > pair[1]]
        return held[0].end if held and not self.text[pair[1] + 1:held[0].start].strip() else pair[1] + 1

    def _quoted_speaker(self, region: tuple[int, int], pair) -> bool:
        """A quotation right after the speaker region that names it: a medium's (موقع "سي إن إن") or, right after
        the verb, an organisation's (وقالت «جمعية قرطاج للحريات» إن)."""
        before = words_between(self.text, *region)
        return self._named_medium(region[0], pair) or (self._names_body(before, pair)
                                                       and in_quoted_name(self.view, pair))

    def _names_body(self, before, pair) -> bool:
        """Whether the words between a verb and a quoted name leave the name the speaker's: none, the role of a
        person who heads it (رئيس «جمعية …»), or a company's or outlet's noun when إن / أن follows the name and at
        most two adjectives (موقع "سيلفر نيوز" الأمريكي أن; but نقل موقع "…" اعتراف: the quotation stays the
        content it was).

        Args:
            before: the words, as :func:`~helpers.extract.quotes.speakers.words_between` gives them.
            pair: the quotation's marks.

        Returns:
            True for none or one such word.
        """
        if not before or (len(before) == 1 and heads_body(before[0][2])):
            return True
        tail = words_between(self.text, pair[1] + 1, pair[1] + 40)[:3]
        return len(before) == 1 and outer_head(before[0][2]) and any(
            self.lex.complement_re["an"].fullmatch(w[2]) for w in tail)

    def _named_medium(self, start: int, pair) -> bool:
        """A quoted known name right after a medium's role noun, then its adjectives and إن/أن
        (موقع "سي إن إن" الإنجليزي أن): part of the speaker phrase, not the content."""
        before = words_between(self.text, start, pair[0])
        if not before or self.lex.roles.get(_ARTICLE_PREFIX.sub("", before[-1][2])) != "media":
            return False
        if not any(m.kind in ("organization", "country", "person") for m in self.view.mentions_in(*pair)):
            return False  # صحيفة "هوتان": a place names the paper, the paper is not a known voice
        tail = words_between(self.text, pair[1] + 1, pair[1] + 40)[:3]
        return any(self.lex.complement_re["an"].fullmatch(w[2]) for w in tail)

    def _evidence_only(self, start: int, end: int) -> bool:
        """Whether a cited phrase is headed by a document noun (leaked police documents, إحصاءات رسمية،
        وثائق مسربة من الشرطة), not by a person or body (نقلا عن مصدر، citing a police official: a relayed
        voice).  The head is the last role noun of an English phrase, the first of an Arabic one."""
        words = words_between(self.text, start, end)
        kinds = [k for k in (self.lex.roles.get(_ARTICLE_PREFIX.sub("", w[2])) for w in words) if k]
        return bool(kinds) and (kinds[-1] if words[0][2].isascii() else kinds[0]) == "document"

    def _document_only(self, start: int, end: int) -> bool:
        """Whether a speaker region is a document noun alone (تقرير، بيان)."""
        words = words_between(self.text, start, end)
        return len(words) == 1 and self.lex.roles.get(_ARTICLE_PREFIX.sub("", words[0][2])) == "document"

    def _producer(self, subject: tuple[int, int], verb_start: int) -> tuple[int, int]:
        """A document subject widened to the verb, where its producer is named ("a report released by HRW
        on Monday said"), but not to its addressee ("a letter to the UN … urging": not the UN's)."""
        end = len(_TRAIL.sub("", self.text[:verb_start]))
        addressed = _ADDRESSEE.search(self.text, subject[1], end)
        return subject[0], addressed.start() if addressed else end

    def _document_before(self, position: int) -> bool:
        """Whether the word right before ``position`` is a document noun (رسالة، بيان، تقرير)."""
        word = previous_word(self.text, position)
        return self.lex.roles.get(word[len(ARTICLE):] if word.startswith(ARTICLE) else word) == "document"

