"""Which lexicon entries could match a text, from one automaton pass.

A lexicon entry (a stance cue, say) is compiled into a regular expression that is
slow to run on every text.  Each of its words holds one of a few literal forms
verbatim in every match, so a text that lacks every form of one word cannot match
it.  Testing ``form in text`` for every form of every candidate entry costs a
scan of the text per form; :class:`WordGate` finds every form present in a text
in one Aho-Corasick pass (it reports every occurrence of every key, nested and
overlapping ones too, so a form is found exactly when ``form in text``) and then
answers per entry with set look-ups.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping

import ahocorasick

__all__ = ["WordGate"]


class WordGate:
    """The entries of a lexicon whose every word has one of its forms in a text.

    Args:
        needs: per entry key, per word of the entry, the literal forms one of which
            every match of the word holds (a word with an empty form, or an entry
            without words, always passes).
    """

    def __init__(self, needs: Mapping[Hashable, Iterable[Iterable[str]]]) -> None:
        self.words = {key: tuple(frozenset(forms) for forms in words) for key, words in needs.items()}
        forms = {form for words in self.words.values() for word in words for form in word if form}
        self._automaton = None
        if forms:
            self._automaton = ahocorasick.Automaton()
            for form in forms:
                self._automaton.add_word(form, form)
            self._automaton.make_automaton()

    def present(self, text: str) -> set[str]:
        """The forms found in a text.

        Args:
            text: the text the entries are matched on.

        Returns:
            Every form ``f`` of the lexicon with ``f in text``, and ``""``.
        """
        found = {""}
        if self._automaton is not None:
            found.update(form for _, form in self._automaton.iter(text))
        return found

    def passing(self, keys: Iterable[Hashable], text: str) -> list:
        """The entries among ``keys`` whose every word has a form in ``text``.

        Args:
            keys: entry keys (in the order wanted).
            text: the text.

        Returns:
            Those keys, in the order given, for which
            ``all(any(f in text for f in forms) for forms in needs[key])``.
        """
        keys = list(keys)
        if not keys:
            return keys
        present, words = self.present(text), self.words
        return [key for key in keys if all(not forms.isdisjoint(present) for forms in words[key])]
