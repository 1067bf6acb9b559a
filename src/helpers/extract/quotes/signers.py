"""Signatories: a letter or statement that its signers signed speaks with their voice.

"Twenty-two countries signed a letter criticising …", «ووقعت 37 دولة رسالة مشتركة تشيد …», «ووقع أكثر من 60
أكاديميا بيانا يشيدون فيه …»: the speaker found for the participle or verb is the document ("letter",
رسالة مشتركة) or nobody; the voice is the subject of the signing verb (the ``sign_verb`` particles of
``quotes/particles.tsv``), read like any speaker phrase (a named state, a group: "Twenty-two countries",
أكثر من 60 أكاديميا).  Only when the document is the signing verb's object (at most two words — an article,
"joint", "open" — between it and the verb in English; right after the signers in Arabic, no punctuation
between): "China signed a trade deal, the report said" keeps its report.
"""

from __future__ import annotations

import re

from helpers.extract.quotes.actors import Speaker, resolve
from helpers.extract.quotes.context import MATCH_STEPS
from helpers.extract.quotes.groups import group_subject
from helpers.extract.quotes.speakers import subject_before, words_between
from helpers.extract.quotes.speech_lexicon import ARTICLE, lexicon, particles
from helpers.text.lexicon_tools import literal_alternation
from helpers.text.normalise import normalise_text

__all__ = ["SignerMixin"]

_SIGN = re.compile(rf"(?<!\w)(?:{literal_alternation(particles('sign_verb'))})(?!\w)")
_OBJECT_WORDS = 2      # English words between "signed" and its document ("an open letter")
_SIGNER_WORDS = 6      # Arabic words of the signers between the verb and the document
_BREAK = re.compile(r"[,.;:!?،؛؟\"«»]")
#: A comma-enclosed aside between the signers and their document (، بينها دول عربية وإسلامية،).
_ASIDE = re.compile(r"[,،][^,.;:!?،؛؟\"«»]{1,80}[,،]\s*")


class SignerMixin:
    """The extractor's signatories (a mixin of :class:`helpers.extract.quotes.sources.Extractor`)."""

    def _signers(self, verb_start: int, speaker: Speaker) -> Speaker:
        """The signers of the document a speaker-less or document speaker stands for, else the speaker.

        Args:
            verb_start: the speech verb's normalised start.
            speaker: the speaker found for it.

        Returns:
            The signers' :class:`Speaker` when the verb's sentence has a signing verb whose object is a
            document standing before the verb, else ``speaker`` unchanged.
        """
        here = self.view.sentence_of(verb_start)
        if here < 0:
            return speaker
        start = self.view.sentences[here][0]
        signs = list(_SIGN.finditer(self.text, start, verb_start))
        if not signs or (speaker and not self._document_speaker(speaker)):
            return speaker
        for sign in reversed(signs):
            found = self._signed(start, sign, verb_start)
            if found:
                return found
        return speaker

    def _signed(self, start: int, sign, verb_start: int) -> Speaker | None:
        """The subject of one signing verb whose object is a document before ``verb_start``."""
        words = words_between(self.text, sign.end(), verb_start)
        document = next((i for i, w in enumerate(words) if _document_word(w[2])), -1)
        if document < 0:
            return None
        cut = _BREAK.search(self.text, sign.end(), words[document][0])
        if cut and not (_ASIDE.fullmatch(self.text, cut.start(), words[document][0]) and not sign.group().isascii()):
            return None  # «ووقعت 37 دولة، بينها دول عربية، رسالة»: the signers end at the aside
        if cut:
            words = [w for w in words if w[1] <= cut.start()] + words[document:]
            document = len([w for w in words if w[1] <= cut.start()])
        if self.text[sign.start():sign.start() + 1].isascii():
            if document > _OBJECT_WORDS:
                return None
            subject = group_subject(self.view, subject_before(self.view, start, sign.start()), start, sign.start())
        else:
            if not 1 <= document <= _SIGNER_WORDS:
                return None
            last = document - 1 - (words[document - 1][2] in self.lex.words["preposition"])  # وقعت على رسالة
            subject = (words[0][0], words[last][1]) if last >= 0 else None
        if not subject:
            return None
        found = resolve(self.view, *subject, history=self._recent())
        return found or None

    def _document_speaker(self, speaker: Speaker) -> bool:
        """Whether a speaker phrase is headed by a document noun (a letter, رسالة مشتركة)."""
        words = normalise_text(speaker.speaker, steps=MATCH_STEPS).lower().split()
        return any(_document_word(w.strip(",،")) for w in words)


def _document_word(word: str) -> bool:
    """Whether a normalised word is a document noun (an article, و or an accusative ا allowed)."""
    roles = lexicon().roles
    forms = {word, word.removeprefix(ARTICLE), word.removesuffix("ا")}
    return any(roles.get(form) == "document" for form in forms)
