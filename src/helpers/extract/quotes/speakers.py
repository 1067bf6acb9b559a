"""Where the speaker is: speaker phrases around a speech verb.

Arabic news reports speech verb-first ("وقال المتحدث باسم السفارة الأمريكية إن …": the speaker stands
between the verb and its complement) or subject-first ("وزارة الخارجية الكندية … أعربت عن …"), English mostly
subject-first.  This module finds the speaker phrase in either position;
:mod:`helpers.extract.quotes.actors` resolves it to a speaker and an actor.
"""

from __future__ import annotations

import re

from helpers.extract.quotes.asides import MAX_SPEAKER_WORDS, apposed_name, cited_aside, named_holder, words_between
from helpers.extract.quotes.bodies import definites
from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.name_words import spelled_role
from helpers.extract.quotes.open_names import open_names
from helpers.extract.quotes.open_quoted import after_boundary, past_outer_name
from helpers.extract.quotes.origins import origin_group
from helpers.extract.quotes.role_heads import adjective_before, owner_before
from helpers.extract.quotes.speaking import BASED_IN, HEARERS, is_nisba, speaking_mentions
from helpers.extract.quotes.speech_lexicon import ARTICLE, LI_ARTICLE, lexicon, particles, suffix_forms
from helpers.text.lexicon_tools import literal_alternation
from helpers.text.word_before import previous_word

__all__ = ["BASED_IN", "trim_region", "subject_before", "phrase_after", "cited_aside",
           "words_between", "is_nisba", "speaking_mentions", "previous_word"]

_SPACE = re.compile(r"\s*")
_BREAK = re.compile(r"[،,؛;\n]|[\"«»“”]")
_ADJECTIVE = re.compile(rf"^(?:{ARTICLE})?\w{{2,}}(?:"
                        rf"{literal_alternation(suffix_forms('nisba_suffix') + suffix_forms('adjective_suffix'))})$")
#: A speaking name glued to لل / بال (with و): a complement, not a subject head.
_GLUED_ARTICLE = re.compile(rf"(?:و?{LI_ARTICLE}|و?ب{ARTICLE})")
#: One-letter prepositions glued before a subject head (لوزارة): a complement.
_GLUED_PREPOSITION = "".join(particles("glued_preposition"))
#: "On behalf of" between a role and a name (المتحدث باسم الخارجية).
_ON_BEHALF = particles("on_behalf")[0]
#: A clause mark: the subject search starts after the last one.
_BOUNDARY_MARK = re.compile(r"[;؛:«»“”\"]")
#: English words that join a role to the name it speaks for ("a spokesperson for Patagonia").
_LINKS = frozenset(particles("name_link_en"))


#: A possessive and up to two modifiers between a name and a role noun ("Egypt's interior ministry").
_POSSESSED = re.compile(r"['’]s(?:\s+[a-z][a-z-]*){1,2}\s+")
#: Between a person's name and the body where the person works ("Guo Jianmin of the Institute of …").
_WORKPLACE = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")
#: What joins an English role noun to the body it serves or is posted to ("ambassador to the UN",
#: "chief executive of Meridian Textiles"): the role and the name are one speaker phrase.
_ROLE_LINK = re.compile(rf"\s+(?:{literal_alternation(particles('role_link'))})\s+(?:the\s+)?")


def _cut(text: str, start: int, end: int) -> int:
    """Where a speaker phrase between ``start`` and ``end`` must stop: a comma, semicolon, line or
    quotation mark (``_BREAK``), or a channel or time marker of the lexicon (في بيان، يوم الثلاثاء).

    Args:
        text: the normalised document text.
        start: where the phrase may start.
        end: where it ends at the latest.

    Returns:
        The offset of the first break or marker in ``[start, end)``, else ``end``.
    """
    for pattern in (_BREAK, lexicon().stop_re):
        found = pattern.search(text, start, end)
        if found:
            end = found.start()
    return end


def trim_region(view: QuoteView, start: int, end: int, *, verb_type: str = "",
                object_first: bool = False) -> tuple[int, int]:
    """Cut a verb-first speaker region at the first comma, channel or time marker.

    For call and accusation verbs a trailing name that is not an adjective is
    the addressee (حث جوتيريش الصين على …) and is cut off; for verbs that take
    an object before their complement (``object_first``: اتهمت واشنطن بكين
    بـ…، دعت المنظمة الحكومات إلى …) a region that starts with a name ends
    with that name.  Trailing prepositional pronouns (فيه، لها) go too.

    Args:
        view: the document.
        start: region start (just after the verb), normalised.
        end: region end (the complementiser), normalised.
        verb_type: the verb's type (speech, call, accusation …).
        object_first: the verb takes an object between speaker and complement.

    Returns:
        The trimmed ``(start, end)`` (empty when nothing is left).
    """
    text, lex = view.text, lexicon()
    for _ in range(3):  # "وقال اليوم الثلاثاء الناشط …": the day first, then the speaker
        lead = lex.stop_re.match(text, _SPACE.match(text, start).end())
        if not lead or " ".join(lead.group().split()) not in lex.words["time"] - lex.words["time_span"]:
            break
        start = lead.end()
    words = words_between(text, start, past_outer_name(view, _cut(text, start, end), end))  # شركة «…»
    while words and words[-1][2] in lex.words["prep_pronoun"]:
        words.pop()
    if len(words) > 2 and words[-1][2] in HEARERS:
        words.pop()  # "وقال رئيسها الشيخ X للحاضرين إن": the hearer, not part of the speaker
    if not words or (words[0][2] in lex.words["preposition"] and not spelled_role(view, words[0])):
        return start, start  # "وقالت في ختام زيارتها إن": no speaker named here
    start, cut = words[0][0], words[-1][1]
    if verb_type in ("call", "accusation"):
        names = speaking_mentions(view, start, cut)
        last = names[-1] if names else None
        if last and last.kind in ("country", "organization", "person") and last.start > start \
                and not is_nisba(last, text) and not text[last.end:cut].strip() \
                and not (last.kind == "person" and len(names) > 1 and names[-2].kind != "person"):
            words = words_between(text, start, last.start)
            cut = words[-1][1] if words else start
    if object_first and cut > start:
        head = phrase_after(view, start, cut)
        if head and head[1] < cut and any(m.end == head[1] for m in view.mentions_in(*head)):
            return head  # a name, then its object: اتهمت واشنطن | بكين
    return start, cut


#: The article before a document noun (التقارير).
_DOCUMENT_PREFIX = re.compile(rf"^(?:{ARTICLE})?")
#: Prepositions that make a document the topic of what is said, not its cited source (التعليق على تقارير
#: تفيد بأن …; but "أشارت إلى تقديرات تقول": she cites them).
_TOPIC_PREPOSITIONS = frozenset(particles("topic_preposition"))
#: Where a body sits ("China's embassy in the Netherlands"): the place after it is no speaker.
_WHERE = frozenset(particles("location_preposition_en"))


def _candidates(view: QuoteView, start: int, end: int, *, kinds=None) -> list[tuple[int, int]]:
    """Subject heads in ``[start, end)``: speaking names and role nouns (of ``kinds``, default
    all) not after a preposition."""
    text, lex = view.text, lexicon()
    preps = lex.words["preposition"]
    heads = [(m.start, m.end) for m in speaking_mentions(view, start, end)
             if not _GLUED_ARTICLE.match(text[m.start:m.end])]
    heads += [(n.start, n.end) for n in open_names(view, start, end) if start <= n.start and n.end <= end]
    heads += [(r.start(), r.end()) for r in lex.role_re.finditer(text, start, end)
              if kinds is None or lex.roles.get(r.group("role") or " ".join(r.group("role2").split())) in kinds]
    staff = []  # "a researcher at the organisation": where the role works, part of its phrase
    if kinds is None and text[start:end].isascii():  # "the organisation", "the rights group": refers back
        for found in definites().finditer(text, start, end):
            link = previous_word(text, found.start())
            (staff if link in _LINKS and lex.role_re.fullmatch(previous_word(text, found.start() - len(link) - 1))
             else heads).append((found.start(), found.end()))
    kept, addressee = [], -1
    for head_start, head_end in sorted(heads):
        glued = (head_start > 0 and text[head_start - 1] in _GLUED_PREPOSITION
                 and (head_start < 2 or not text[head_start - 2].isalpha()))
        before = previous_word(text, head_start)
        if before in ("the", "a", "an"):  # "a letter to the UN", "its mission to the EU": the addressee;
            prior = previous_word(text, text.rfind(before, 0, head_start))  # "embassy in the Netherlands": a place
            before = prior if prior == "to" or prior in _WHERE else before
        if before == "to" or (0 <= addressee and text[addressee:head_start].isascii()
                              and len(words_between(text, addressee, head_start)) <= 2
                              and not _BREAK.search(text, addressee, head_start)):
            addressee = head_end  # "to the UN human rights council": the whole addressee
        elif before not in preps and not glued:
            kept.append((head_start, head_end))
    return sorted(kept + staff)


def subject_before(view: QuoteView, sentence_start: int, verb_start: int) -> tuple[int, int] | None:
    """The subject phrase before a verb (subject-first sentences), or None.

    The search starts after the last clause boundary (بينما، حيث، but, ; : a quote mark, or a complementiser
    إن/أن: a verb inside reported content has its subject inside it too).  When a relative pronoun stands between
    (روسيا التي تعتبر، the Russian Federation which … consider) the subject is the head before it; else the head
    nearest the verb (the group before a count of states: "academics from 28 countries").  The phrase runs
    from that head (with role nouns right before it) to the next comma, marker, relative pronoun or the verb.

    Args:
        view: the document.
        sentence_start: where the sentence starts (normalised).
        verb_start: where the verb starts (normalised).

    Returns:
        ``(start, end)`` normalised, or None when no subject is found.
    """
    text, lex = view.text, lexicon()
    left = sentence_start
    for boundary in lex.clause_re.finditer(text, sentence_start, verb_start):
        left = boundary.end()
    left = after_boundary(view, _BOUNDARY_MARK, left, verb_start)  # a quoted name's marks are no boundary
    for complement in lex.complement_re["an"].finditer(text, left, verb_start):
        left = complement.end()  # a verb inside reported content has its own subject
    heads = _candidates(view, left, verb_start)
    heads = [h for h in heads if not any(o[0] <= h[0] and h[1] <= o[1] and o != h for o in heads)]
    # a role noun inside a longer name is no head of its own ("State Council Information Office")
    last = words_between(text, left, verb_start)[-2:]
    if len(last) == 2 and last[0][2] in _TOPIC_PREPOSITIONS and not text[last[1][1]:verb_start].strip() \
            and lex.roles.get(_DOCUMENT_PREFIX.sub("", last[1][2])) == "document":
        return last[1][0], last[1][1]  # "التعليق على تقارير تفيد بأن": the reports say it, not the company
    for marker in lex.source_re.finditer(text, left, verb_start):
        close = cited_aside(view, marker.start(), verb_start + 1)
        outside = [h for h in heads if not marker.start() <= h[0] < close]
        if close >= 0 and (outside or text[marker.start()].isascii()):
            heads = outside  # "A, citing leaked police documents, said": A speaks, not the police
    close = text.rfind(",", left, verb_start)
    opening = text.rfind(",", left, close) if close >= 0 and not text[close + 1:verb_start].strip() else -1
    named = apposed_name(view, heads, opening, close) if opening >= 0 and text[left:verb_start].isascii() else None
    if named is not None:
        return named  # "The company's chief executive, Martin Pryce, told": the name speaks
    if opening >= 0 and heads and heads[-1][0] > opening and any(h[1] <= opening for h in heads) \
            and not named_holder(view, heads, opening, close):
        heads = [h for h in heads if h[1] <= opening]  # "The signatories, mostly European states, said"
    persons = [n for n in open_names(view, left, verb_start) if n.kind == "person" and text[left:verb_start].isascii()]
    heads = [h for h in heads if not any(n.end < h[0] and _WORKPLACE.fullmatch(text, n.end, h[0]) for n in persons)]
    # "Economist Tahmina Haque of the Dhaka Centre for Trade Studies said": the person, not where she works
    if not heads or origin_group(view, heads[-1], left, verb_start):  # "academics from 28 countries": academics
        return origin_group(view, heads[-1], left, verb_start) if heads else None
    relatives = [w for w in words_between(text, left, verb_start) if w[2] in lex.words["relative"]]
    if relatives:
        before = [h for h in heads if h[1] <= relatives[-1][0]]
        if not before and relatives[-1][2].isascii():
            return None  # "Istanbul, where many Uyghurs have settled, said": a name inside the clause is no subject
        heads = before or heads
    head_start, head_end = heads[-1]
    for other_start, other_end in reversed(heads[:-1]):
        gap = text[other_end:head_start]
        if gap.strip() in ("", _ON_BEHALF, "'s", "’s") or _POSSESSED.fullmatch(gap) \
                or (_ROLE_LINK.fullmatch(gap) and lex.role_re.fullmatch(text, other_start, other_end)) \
                or adjective_before(view, (other_start, other_end), (head_start, head_end)):
            head_start = other_start  # "Nike's chief executive", "Egypt's interior ministry", "ambassador to the UN",
            # "Egyptian foreign minister"
        else:
            break
    head_start = owner_before(view, left, head_start)
    stop = _cut(text, head_end, verb_start)
    following = words_between(text, head_end, stop)
    for index, word in enumerate(following):
        linked = word[2] in _LINKS and index + 1 < len(following) and _capitalised(view, following[index + 1])
        if word[2] in lex.words["relative"] | lex.words["negation"] or word[2] in lex.verbs \
                or (word[2].isascii() and not _capitalised(view, word) and not linked):
            stop = word[0]
            break
    words = words_between(text, head_start, stop)
    if not words or len(words) > MAX_SPEAKER_WORDS:
        return (head_start, head_end) if head_end <= verb_start else None
    return head_start, words[-1][1]


def _capitalised(view: QuoteView, word) -> bool:
    """An English word written with a capital (names: Foreign Ministry, Hua Chunying)."""
    raw_start, _ = view.to_raw(word[0], word[1])
    return view.raw[raw_start:raw_start + 1].isupper()


def _two_words(text: str, head: tuple[int, int]) -> bool:
    """Whether a name found from the phrase's first word on has two words and no glued ب / ل (أحمد سليم): one
    word after a role may be the verb's object (انتقد الصحفي تجاهل …), not a name."""
    words = text[head[0]:head[1]].split()
    return len(words) >= 2 and not (words[0][:1] in _GLUED_PREPOSITION and len(words[0]) > 3)


def phrase_after(view: QuoteView, position: int, limit: int) -> tuple[int, int] | None:
    """A speaker phrase that starts right at ``position`` (verb-first, object verbs).

    It is a run of names, role nouns, adjectives of origin and باسم, e.g.
    ``بكين`` in "ترفض بكين الاتهامات" or ``المتحدث باسم الخارجية الصينية``.

    Args:
        view: the document.
        position: just after the verb (normalised).
        limit: do not look past this offset.

    Returns:
        ``(start, end)`` or None when no name or role starts there.
    """
    text = view.text
    words = words_between(text, position, min(limit, position + 200))
    if not words:
        return None
    first = _candidates(view, words[0][0], words[0][1] + 60)
    if not first or first[0][0] != words[0][0]:
        return None
    end = max(h[1] for h in first if h[0] == words[0][0])  # منظمة العفو الدولية, not its role noun منظمة
    early = set(_candidates(view, end, min(limit, position + 200), kinds=("person", "body", "collective", "media")))
    following = [h for h in _candidates(view, words[0][0], min(limit, position + 200),  # from the first
                                        kinds=("person", "body", "collective", "media"))  # word: الناشط أحمد
                 if h[0] >= end and (h in early or _two_words(text, h))]  # (a new name: only after the role)
    described = True  # the role, or it and adjectives of origin (الأكاديمي الصيني): a name may follow
    for word_start, word_end, word in words:
        if word_start < end:
            continue
        head = next((h for h in following if h[0] == word_start and (h in early or described)), None)
        if head:
            end = head[1]
            described = described and head[1] == word_end and bool(_ADJECTIVE.match(word))  # الصيني; but
            # "الدكتور السبوعي وضع الجنين": after a name, a second name is the object
        elif word == _ON_BEHALF or (_ADJECTIVE.match(word) and word not in lexicon().words["relative"]):
            end = word_end
            described = described and bool(view.mentions_in(word_start, word_end))
        else:
            break
    return words[0][0], end
