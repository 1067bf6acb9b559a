"""Names after Arabic roles: "شركة أديداس"، "الباحث الألماني يوهانس شتاين"، "مركز الدراسات الإيغورية".

Part of :mod:`helpers.extract.quotes.open_names`.  After a role that speaks
for itself the name is 1-4 words, once the adjectives (ال…، adjectives of
origin) and a field (في الشؤون الصينية) are skipped; a definite word ends it
unless it is a family name (يوسف القاسمي، محمد الحسيني) or follows عبد / أبو.
After a head noun that is part of a name (``named``: منظمة، مركز، معهد) the
name is the head and the definite words after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.quotes.context import QuoteView
from helpers.extract.quotes.name_words import after_origin, ends_name, glued_definite, stop_word, surname_people
from helpers.extract.quotes.open_actors import (
    OpenName,
    _bare,
    _capital,
    _make,
    _official,
    _roles,
    _table,
    _tokens,
    role_speaks_for,
)
from helpers.extract.quotes.speech_lexicon import ARTICLE, LI_ARTICLE, lexicon, particles, suffix_forms
from helpers.gazetteer.index import default_gazetteer
from helpers.text.normalise import normalise_text

__all__ = ["arabic_names", "stop_word", "glued_definite", "other_given_name"]

_AR_NAME_LINKS = particles("name_link")
_DEFINITE = re.compile(rf"^(?:[وف]?(?:[بكل]?{ARTICLE}|{LI_ARTICLE}))")
#: A word that starts with the article, with or without و ف ب (وال، بال، لل).
_DEFINITE_STARTS = tuple(p + ARTICLE for p in ("", "و", "ف", "ب")) + (LI_ARTICLE,)
#: What introduces a role's field (في الشؤون الصينية).
_FIELD = particles("field")[0]
#: The endings of a singular adjective of origin (الصيني، الصينيه).
_SINGULAR_NISBA = suffix_forms("nisba_suffix", "sg")
#: Prepositions glued to a noun that open a phrase after a name, and name words that look like them (بن).
_GLUED_TO_NOUN = "".join(particles("glued_to_noun"))
_GLUED_NAME = particles("b_name")
#: Proclitics before a head noun (the article stays), and ل / لل before it.
_HEAD_PROCLITICS = re.compile(rf"^[وف]?(?:[بل](?={ARTICLE}\w\w))?")
_HEAD_LI = re.compile(rf"^(?:{LI_ARTICLE}|ل)(?=\w\w)")
_MAX_NAME, _MAX_ORG, _MAX_COMPLEMENT = 4, 5, 3
#: Definite adjectives that may stand between a role and the name it heads (الخبيرة الاقتصادية الألمانية).
_MAX_ADJECTIVES = 2
#: A genitive complement of a name (للدراسات، لدراسات، لحقوق): ل or لل before a word of 3+ letters.
_GENITIVE = re.compile(rf"^(?:{LI_ARTICLE}\w{{3,}}|ل[^ل]\w{{2,}})$")


def _gap(view: QuoteView, a, b) -> str:
    return view.text[a[1]:b[0]]


def arabic_names(view: QuoteView, start: int, end: int, roles: list[int]) -> list[OpenName]:
    """Names after the Arabic roles of a sentence.

    Args:
        view: the document's quote view.
        start: the sentence's normalised start.
        end: its normalised end.
        roles: normalised offsets where roles that speak for themselves or head a name start.

    Returns:
        The names found.
    """
    found, tokens = [], _tokens(view, start, end)
    covered = _covered(view, tokens)
    for position in roles:
        i = next((k for k, t in enumerate(tokens) if t[0] <= position < t[1]), None)
        if i is None or covered[i] not in ("", "group"):
            continue
        token = tokens[i]
        if covered[i] and next((_roles()[f][0] for f in _bare(token[2]) if f in _roles()), "") != "person":
            continue  # a singular role the gazetteer lists as a group (الناشط: activists) still heads a name
        pair = f"{token[2]} {tokens[i + 1][2]}" if i + 1 < len(tokens) else ""
        if pair and _official(pair):
            continue  # a longer role that speaks for its body (الكاتب العام: a secretary-general)
        speaks, size = role_speaks_for(token[2]), 1
        if not speaks and pair:
            speaks, size = role_speaks_for(pair), 2
        if not speaks:
            continue
        kind = next((_roles()[f][0] for f in _bare(token[2]) if f in _roles()), "person")
        if speaks == "named":
            span = _organisation(view, tokens, i, covered)
            if span:
                found.append(_make(view, *span, "organization"))
            continue
        span = _person(view, tokens, i + size, covered, company=kind == "body")
        if span:
            found.append(_make(view, *span, "company" if kind == "body" else "person"))
    return found


_PREVIOUS_WORD = re.compile(r"(\w+)[ \t]+$")


def other_given_name(view: QuoteView, mention) -> bool:
    """Whether a gazetteer person matched by the family name alone stands after another given name
    ("Gulnar Tohti", "المدرس أحمد زينز"): someone else of that family, not the known person; or a people's name
    is a family name before a given name (:func:`~helpers.extract.quotes.name_words.surname_people`: Han Wei).

    Args:
        view: the document's quote view.
        mention: a gazetteer mention.

    Returns:
        True when the mention is a person's one-word family name and the word right before it is a
        given name that is not the person's own (nor a spelling of it: its first two letters differ):
        in English a capitalised word that is no title, role or sentence word; in Arabic a word right
        after a role that speaks for itself (المدرس، الباحث), since a noun before a family name is
        mostly its governing noun (حملة ماكرون، تصريحات ترامب).
    """
    if mention.kind != "person" or len(mention.surface.split()) != 1 or len(mention.name_en.split()) < 2:
        return surname_people(view, mention)  # Han Wei, Hui Liang: a family name, not the people
    before = _PREVIOUS_WORD.search(view.text, max(0, mention.start - 30), mention.start)
    if before is None:
        return False
    word, start = before.group(1), before.start(1)
    if view.mentions_in(start, before.end(1)) or word in _table()["not_name"] or role_speaks_for(word) \
            or lexicon().role_re.fullmatch(word) or len(word) < 2 or _own_given(mention, word):
        return False
    if word.isascii():
        return _capital(view, (start, before.end(1), word)) and word not in lexicon().verbs
    if stop_word(word) or word.startswith(_DEFINITE_STARTS) or word in _AR_NAME_LINKS:
        return False
    for _ in range(_MAX_ADJECTIVES + 1):  # "الخبيرة الاقتصادية الألمانية أنكه شولتس": adjectives after the role
        role = _PREVIOUS_WORD.search(view.text, max(0, start - 30), start)
        if role is None:
            return False
        if role_speaks_for(role.group(1)) == "self":
            return True
        if not role.group(1).startswith(ARTICLE):
            return False
        start = role.start(1)
    return False


def _own_given(mention, word: str) -> bool:
    """Whether ``word`` may be the person's own given name in another spelling (its first two letters)."""
    entity = _gazetteer_entities().get(mention.entity_id)
    if entity is None:
        return False
    given = normalise_text(entity.name_ar if not word.isascii() else entity.name_en).split()
    return bool(given) and given[0][:2].lower() == normalise_text(word)[:2].lower()


@lru_cache(maxsize=1)
def _gazetteer_entities() -> dict:
    """The gazetteer's entities by id (empty without one)."""
    try:
        return dict(default_gazetteer().entities)
    except (OSError, ValueError):
        return {}


def _covered(view: QuoteView, tokens) -> list[str]:
    """Per token, the kind of the gazetteer mention covering it ("" when none)."""
    mentions = [m for m in view.mentions_in(tokens[0][0], tokens[-1][1] + 1)
                if not other_given_name(view, m)] if tokens else []  # أحمد زينز: not Adrian Zenz
    kinds, k = [], 0
    for token in tokens:  # one sweep: tokens and mentions are both in text order
        while k < len(mentions) and mentions[k].end <= token[0]:
            k += 1
        kinds.append(mentions[k].kind if k < len(mentions) and mentions[k].start <= token[0] else "")
    return kinds


def _person(view: QuoteView, tokens, i: int, covered, *, company: bool,
            adjectives: bool = True) -> tuple[int, int] | None:
    """A name after a role: adjectives (ال…، adjectives of origin, compound ones too: the ``origin_tail`` rows
    after a definite word) and a field (في الشؤون الصينية)
    skipped (unless ``adjectives`` is False), then 1-4 name words; after a company's role a definite word
    with a ل complement is its name (شركة الواحة للنسيج)."""
    if company and i < len(tokens):
        quoted = _quoted(view, tokens, i)
        if quoted:
            return quoted  # شركة "نسيج الخليج": the name between quotation marks
    field, start_role = 0, i - 1
    while adjectives and i < len(tokens) and i - 1 >= 0 and not _gap(view, tokens[i - 1], tokens[i]).strip() and (
            (tokens[i][2].startswith(ARTICLE) and not stop_word(tokens[i][2])) or covered[i]
            or (tokens[i][2] in _table()["origin_tails"] and tokens[i - 1][2].startswith(ARTICLE))
            or _governing(view, tokens, i, covered, after_field=tokens[i - 1][2] == _FIELD)
            or (tokens[i][2] == _FIELD and not field and i + 1 < len(tokens) and (
                tokens[i + 1][2].startswith(ARTICLE) or covered[i + 1]
                or _governing(view, tokens, i + 1, covered, after_field=True)))):
        if company and not _DEFINITE.match(tokens[start_role][2]) and tokens[i][2].startswith(ARTICLE) \
                and not tokens[i][2].endswith(_SINGULAR_NISBA) and not covered[i] and _complement(view, tokens, i) > i:
            return tokens[i][0], tokens[_complement(view, tokens, i)][1]  # شركة الواحة للنسيج: name + ل complement
        field += tokens[i][2] == _FIELD
        i += 1
    if i >= len(tokens) or stop_word(tokens[i][2]) or len(tokens[i][2]) < 2 or tokens[i][2].isascii() \
            or _DEFINITE.match(tokens[i][2]) or tokens[i][2] in _table()["not_name"] \
            or (i and _gap(view, tokens[i - 1], tokens[i]).strip()):
        return None
    j = i
    while j + 1 < len(tokens) and j + 1 - i < _MAX_NAME and not _gap(view, tokens[j], tokens[j + 1]).strip():
        word = tokens[j + 1][2]
        if covered[j + 1] or ends_name(view, tokens, j + 1) or _prepositional(view, tokens, j + 1) \
                or word in _table()["not_name"] or glued_definite(word) or _governs_preposition(view, tokens, j + 1):
            break  # "زهرة توردي المقيمة في …": a participle (not_name rows); "تشانغ هوا بالعربية": a phrase
        last = j + 2 >= len(tokens) or _gap(view, tokens[j + 1], tokens[j + 2]).strip() or stop_word(tokens[j + 2][2]) \
            or tokens[j + 2][2] in _table()["not_name"]  # مريم الخطيب المقيمة في …
        family = not company \
            and (not tokens[j][2].startswith(ARTICLE) or (j > i and tokens[j - 1][2] in _AR_NAME_LINKS)) \
            and (word.endswith("ي") or (last and (j == i or tokens[j - 1][2] in _AR_NAME_LINKS)))
        # عبد الرحيم الساعدي: a family name after a compound given name; but after a given and a family name a
        # definite word is the verb's object (وصف الناشط أحمد سليم الوضع بأنه …)
        if word.startswith(ARTICLE) and not (tokens[j][2] in _AR_NAME_LINKS or family):
            break  # "محمد الأمين" (a family name ends the name), "شركة ستاربكس القهوة" (a company's object)
        j += 1
    return tokens[i][0], tokens[j][1]


#: Quotation marks around a company's name.
_OPEN_MARKS, _CLOSE_MARKS = "\"«“", "\"»”"


def _quoted(view: QuoteView, tokens, i: int) -> tuple[int, int] | None:
    """A name of 1-4 words between quotation marks right after a company's role (شركة "الواحة للأقمشة")."""
    if not i or _gap(view, tokens[i - 1], tokens[i]).strip() not in tuple(_OPEN_MARKS):
        return None
    for j in range(i, min(i + _MAX_NAME, len(tokens))):
        if stop_word(tokens[j][2]) or tokens[j][2] in _table()["not_name"]:
            return None  # قالت الشركة "إنها لا تعلق": a quotation, not a name
        gap = _gap(view, tokens[j], tokens[j + 1]) if j + 1 < len(tokens) else view.text[tokens[j][1]:tokens[j][1] + 2]
        if gap.strip()[:1] in tuple(_CLOSE_MARKS):
            return tokens[i][0], tokens[j][1]
        if gap.strip():
            return None
    return None


def _governing(view: QuoteView, tokens, k: int, covered, *, after_field: bool) -> bool:
    """Whether word ``k`` heads a noun phrase between a role and its name: a noun that governs the definite
    word or place after it (مدرب نادي الشباب X، إمام مسجد في أنقرة; ``governed`` rows of open_actors.tsv),
    or any indefinite noun that does so after a field's في (الباحث في علم الآثار X), a body's head noun
    included (الأستاذ في جامعة القاهرة X، الباحثة في معهد الدراسات الشرقية X)."""
    word = tokens[k][2]
    governed = word in _table()["governed"]  # listed nouns, even when a verb is spelt alike (نادي، نادى)
    body = after_field and role_speaks_for(word) == "named"  # الأستاذ في جامعة القاهرة X: a body's head noun
    if k + 1 >= len(tokens) or covered[k] or word.startswith(ARTICLE) or (stop_word(word) and not (governed or body)) \
            or _gap(view, tokens[k], tokens[k + 1]).strip():
        return False
    if not (after_field or governed):
        return False
    return tokens[k + 1][2].startswith(ARTICLE) or bool(covered[k + 1]) or (governed and tokens[k + 1][2] == _FIELD)


def _complement(view: QuoteView, tokens, j: int) -> int:
    """The last word of an organisation's name whose definite words end at ``j``, with the ل complement
    that follows them (مركز الأهرام للدراسات، الجمعية الصينية لدراسات حقوق الإنسان)."""
    nxt = j + 1
    if nxt >= len(tokens) or _gap(view, tokens[j], tokens[nxt]).strip() or not _GENITIVE.match(tokens[nxt][2]) \
            or stop_word(tokens[nxt][2]):
        return j
    j = nxt
    while j + 1 < len(tokens) and not _gap(view, tokens[j], tokens[j + 1]).strip() and j + 1 - nxt < _MAX_COMPLEMENT:
        word = tokens[j + 1][2]
        if stop_word(word) or not (word.startswith(ARTICLE) or (
                j + 2 < len(tokens) and tokens[j + 2][2].startswith(ARTICLE)
                and not _gap(view, tokens[j + 1], tokens[j + 2]).strip() and not stop_word(tokens[j + 2][2]))):
            break
        j += 1  # حقوق الإنسان: an indefinite noun joins only with the definite noun it governs
    return j


def _prepositional(view: QuoteView, tokens, k: int) -> bool:
    """Whether word ``k`` opens a prepositional phrase after a name: ب / ل glued to a noun that governs a
    definite word ("شركة فولكسفاغن بغض الطرف", "… لحقوق الإنسان"), not a name word (بن، بوما)."""
    word = tokens[k][2]
    return len(word) > 3 and word[0] in _GLUED_TO_NOUN and not word.startswith((*_GLUED_NAME, ARTICLE)) \
        and k + 1 < len(tokens) and not _gap(view, tokens[k], tokens[k + 1]).strip() \
        and tokens[k + 1][2].startswith(ARTICLE)


#: ب, the article and the first letter of a derived verbal noun (الإفراج، الاحتجاز، التحقيق): بالحاج is a name.
_VERBAL_NOUN = particles("verbal_noun_bi")


def _governs_preposition(view: QuoteView, tokens, k: int) -> bool:
    """Whether word ``k`` is a verbal noun after ب that governs a preposition ("طالب الناشط X بالإفراج عن
    …"): the verb's complement, not a family name (بالحاج، بالهادي stand before إن or a verb)."""
    word = tokens[k][2]
    return word.startswith(_VERBAL_NOUN) and k + 1 < len(tokens) \
        and not _gap(view, tokens[k], tokens[k + 1]).strip() and tokens[k + 1][2] in lexicon().words["preposition"]


def _organisation(view: QuoteView, tokens, i: int, covered) -> tuple[int, int] | None:
    """An organisation named by its head noun and the definite words after it (مركز الدراسات الإيغورية),
    and their ل complement (مركز الأهرام للدراسات)."""
    j = i
    while j + 1 < len(tokens) and j + 1 - i < _MAX_ORG and not _gap(view, tokens[j], tokens[j + 1]).strip() \
            and tokens[j + 1][2].startswith(ARTICLE) and not stop_word(tokens[j + 1][2]) \
            and not after_origin(tokens, i, j):
        j += 1
    whole = _complement(view, tokens, j)
    if j == i or (whole == j and all(covered[k] in ("organization", "country", "person") for k in range(i + 1, j + 1))):
        return None  # "منظمة الأمم المتحدة": the gazetteer's name (but "الجمعية الصينية لدراسات …" is its own)
    j = whole
    head = _HEAD_PROCLITICS.sub("", tokens[i][2])  # the article stays: الجمعية الصينية …
    if head.startswith(LI_ARTICLE) or (head.startswith("ل") and not head.startswith(ARTICLE)):
        head = _HEAD_LI.sub("", head)  # للمركز، لمركز: the bare head
    start = tokens[i][0] + tokens[i][2].index(head) if head in tokens[i][2] else tokens[i][0]
    return start, tokens[j][1]
