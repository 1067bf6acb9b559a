"""Which Arabic words can be part of a name: the word tests of the open-name rules.

Part of :mod:`helpers.extract.quotes.open_names` (used by
:mod:`~helpers.extract.quotes.open_arabic` and :mod:`~helpers.extract.quotes.open_described`):
a verb, a preposition, a complementiser or a role is never a name word
(:func:`stop_word`), nor a definite noun with a proclitic glued before its
article (:func:`glued_definite`: بالعربية، للصحفيين).
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.quotes.context import MATCH_STEPS, QuoteView
from helpers.extract.quotes.open_actors import role_speaks_for
from helpers.extract.quotes.speech_lexicon import ARTICLE, LI_ARTICLE, lexicon, particles, suffix_forms
from helpers.text.lexicon_tools import read_tsv
from helpers.text.normalise import normalise_text

__all__ = ["stop_word", "glued_definite", "spelled_role", "spelled_name", "name_role", "answers_opener",
           "ends_name", "after_origin", "surname_people", "surname_at"]

#: Peoples whose English name is also a common Chinese family name (Han Wei, Hui Liang): ``surname_people`` rows.
_SURNAME_PEOPLES = frozenset(particles("surname_people"))
#: The capitalised word after a people's one-word name: a given name when it is no word of the lexicon.
_NEXT_WORD = re.compile(r" (\w+)")


def glued_definite(token: str) -> bool:
    """Whether a word is a definite noun with a proclitic glued before its article (بالعربية، للصحفيين،
    والمحامي): a phrase or a coordinated noun after a name, never a word of the name.  After ب / ك only a
    noun with a feminine or plural ending counts (بالعربية، بالمنطقة): بالحاج، بالهادي are family names.

    Args:
        token: a normalised word.

    Returns:
        True for such words.
    """
    found = _GLUED_DEFINITE.match(token)
    return found is not None and (not found.group("kb") or token.endswith(_PHRASE_ENDINGS))


#: A proclitic glued before the article and at least three letters: و/ف + ال, لل, ب/ك + ال.
_GLUED_DEFINITE = re.compile(rf"^(?:[وف]{ARTICLE}|{LI_ARTICLE}|[وف]?(?P<kb>[بك]){ARTICLE})\w{{3,}}$")
#: Endings of a noun after بال / كال that a family name never has (feminine, plural).
_PHRASE_ENDINGS = tuple(suffix_forms("phrase_ending"))


def stop_word(token: str) -> bool:
    """Whether a word can never be part of a name: a verb, a preposition, a complementiser, a role …

    Args:
        token: a normalised word.

    Returns:
        True for such words.
    """
    lex = lexicon()
    words = lex.words
    return (token in lex.verbs or token in words["preposition"] or token in words["relative"]
            or token in words["negation"] or bool(lex.complement_re["an"].fullmatch(token))
            or bool(lex.stop_re.fullmatch(token)) or token.isdigit() or bool(role_speaks_for(token))
            or bool(lex.role_re.fullmatch(token)))


#: A conjunction glued before a word (و، ف).
_CONJUNCTION = re.compile(r"[وف]")


@lru_cache(maxsize=1)
def _role_spellings() -> frozenset:
    """The Arabic role nouns of ``quotes/speaker_roles.tsv`` as written (hamza kept: إمام)."""
    return frozenset(r["role"] for r in read_tsv("quotes/speaker_roles.tsv") if not r["role"].isascii())


def spelled_role(view: QuoteView, word) -> bool:
    """Whether a word normalised like a preposition is written as a role noun (إمام, not أمام).

    Args:
        view: the document's quote view.
        word: a ``(start, end, text)`` token (normalised offsets).

    Returns:
        True when its raw spelling, or that spelling after و / ف, is a role of ``quotes/speaker_roles.tsv``.
    """
    raw = view.raw[slice(*view.to_raw(word[0], word[1]))]
    return raw in _role_spellings() or (_CONJUNCTION.match(raw) is not None and raw[1:] in _role_spellings())


@lru_cache(maxsize=1)
def _alif_maqsura_words() -> frozenset:
    """The prepositions written with a final ى (على، لدى), normalised (علي، لدي), unless the file also lists them
    written with ي (فى and في: في is the preposition however it is written)."""
    written = {r["marker"] for r in read_tsv("quotes/attribution_markers.tsv") if r["kind"] == "preposition"}
    return frozenset(n for n in (normalise_text(w, steps=MATCH_STEPS) for w in written if w.endswith("ى"))
                     if n not in written)


def spelled_name(view: QuoteView, word) -> bool:
    """Whether a word normalised like a preposition written with ى is written with ي: a name (سعيد علي،
    كمال بن علي), not the preposition (على هامش المؤتمر).

    Args:
        view: the document's quote view.
        word: a ``(start, end, text)`` token (normalised offsets).

    Returns:
        True for such a word.
    """
    if word[2] not in _alif_maqsura_words():
        return False
    return view.raw[slice(*view.to_raw(word[0], word[1]))].endswith("ي")


#: Role nouns that are also names (أمين): after a name word, part of the name unless a definite word follows.
_NAME_ROLES = frozenset(particles("name_role"))
#: Words that open an Arabic sentence whose predicate starts with ف (أما X فقال): the subject ends there.
_ANSWER_OPENERS = frozenset(particles("answer_opener"))
#: Words glued to the ف that answers أما, besides speech verbs (كان، لم: أما X فكان أكثر حذرا).
_ANSWER_WORDS = frozenset(particles("answer_word"))


def name_role(tokens, k: int) -> bool:
    """Whether word ``k``, a role noun spelt like a name (أمين), is a word of the name before it (ليلى أمين إن;
    not أمين الصندوق, أمين عام).

    Args:
        tokens: ``(start, end, text)`` tokens (normalised).
        k: the word's index, after a name word.

    Returns:
        True when the word is such a role and no definite word or a word that makes it a longer role follows.
    """
    if tokens[k][2] not in _NAME_ROLES:
        return False
    following = tokens[k + 1][2] if k + 1 < len(tokens) else ""
    return not following.startswith(ARTICLE) and not lexicon().role_re.fullmatch(f"{tokens[k][2]} {following}")


def answers_opener(view: QuoteView, word) -> bool:
    """Whether a word glued to ف answers the أما that opens its sentence (أما الباحث عمر سليم فقال …، أما X فكان):
    the subject before it ends there.

    Args:
        view: the document's quote view.
        word: a ``(start, end, text)`` token (normalised offsets).

    Returns:
        True for ف glued to a speech verb or an ``answer_word`` particle (فقال، فكان; not فاروق) in a sentence
        opened by أما / وأما.
    """
    rest = word[2][1:]
    if not word[2].startswith("ف") or not (rest in lexicon().verbs or rest in _ANSWER_WORDS):
        return False
    index = view.sentence_of(word[0])
    start = view.sentences[index][0] if index >= 0 else 0
    first = _FIRST_WORD.match(view.text, start)
    return first is not None and first.group(1) in _ANSWER_OPENERS


_FIRST_WORD = re.compile(r"\W*(\w+)")
#: The tanween marks (ً ٌ ٍ): an indefinite noun's case ending, never written on a name.
_TANWEEN = re.compile("[\u064b-\u064d]")


def ends_name(view: QuoteView, tokens, k: int) -> bool:
    """Whether word ``k``, after a name word, ends the name: a :func:`stop_word` that is not written as a name
    (:func:`spelled_name`: سعيد علي) nor a role spelt like one (:func:`name_role`: ليلى أمين), the ف word that
    answers أما (:func:`answers_opener`), or a word written with tanween (صمتاً، حفلاً: an indefinite object).

    Args:
        view: the document's quote view.
        tokens: ``(start, end, text)`` tokens (normalised).
        k: the word's index.

    Returns:
        True when the name ends before the word.
    """
    word = tokens[k]
    return (stop_word(word[2]) and not spelled_name(view, word) and not name_role(tokens, k)) \
        or answers_opener(view, word) or _TANWEEN.search(view.raw, *view.to_raw(word[0], word[1])) is not None


#: The endings of a singular adjective of origin (الصيني، الصينيه).
_NISBA = tuple(suffix_forms("nisba_suffix", "sg"))


def after_origin(tokens, i: int, j: int) -> bool:
    """Whether word ``j + 1`` of an organisation's name that starts at word ``i`` follows an adjective of origin
    and is none itself: the verb's object (منظمة الصحة العالمية | الصين، | الحكومة الصينية), since only another
    adjective follows one.

    Args:
        tokens: ``(start, end, text)`` tokens (normalised).
        i: the name's head noun.
        j: its last word so far.

    Returns:
        True when the name ends at word ``j``.
    """
    return j > i and tokens[j][2].endswith(_NISBA) and not tokens[j + 1][2].endswith(_NISBA)


def surname_people(view: QuoteView, mention) -> bool:
    """Whether a people's one-word English name is a family name followed by a given name (Han Wei, Hui Liang,
    "Hui Min, a shop owner"): a person, not the people.

    Args:
        view: the document's quote view.
        mention: a gazetteer mention.

    Returns:
        True when the mention is a ``surname_people`` people written alone and right after it stands a
        capitalised word that is no mention, no verb and no role (Hui Muslims, Han Chinese are the people's own
        longer names; "Hui traders" is lower case).
    """
    if mention.kind != "people" or mention.entity_id not in _SURNAME_PEOPLES or " " in mention.surface:
        return False
    after = _NEXT_WORD.match(view.text, mention.end)
    if after is None or view.mentions_in(after.start(1), after.end(1)):
        return False
    word = after.group(1)
    raw = view.raw[slice(*view.to_raw(after.start(1), after.end(1)))]
    lex = lexicon()
    return raw[:1].isupper() and raw[1:2].islower() and word not in lex.verbs and not lex.role_re.fullmatch(word) \
        and not role_speaks_for(word)


def surname_at(view: QuoteView, token) -> bool:
    """Whether a token is a people's name used as a family name (:func:`surname_people`: the "Han" of Han Wei).

    Args:
        view: the document's quote view.
        token: ``(start, end, word)`` normalised.

    Returns:
        True for such a token.
    """
    return any(m.start == token[0] and surname_people(view, m) for m in view.mentions_in(token[0], token[1]))
