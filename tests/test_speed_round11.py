"""The eleventh speed round (issue 23) gives what the code gave before it.

The stance cue gate (for every word of a candidate cue, one ``in`` test per stem) and the anchor pass are
one automaton pass (:class:`helpers.extract.stance.cue_scan.CueScan`), and a cue's pattern is run from a
few characters before the first stem of its first word instead of from the start of the sentence.  A
sentence's words (``grammar.words``) and the grammar entries at every word (``grammar.phrases``) are
read with less work per word (:mod:`helpers.extract.stance.tokens`).  The group table's plain entries
are one trie alternation (``trie_alternation(spaces=False)``) instead of ``a|b|c`` longest first.
Here the old forms run beside the new ones on the stance probes, the seeds, the dev set, ANT, made-up
texts and random texts built from the lexicon's and the grammar's own words and proclitics.
"""

from __future__ import annotations

import json
import random
import re

import pytest

from helpers.extract.stance import grammar, groups, lexicon, tokens
from helpers.extract.stance.cue_scan import lead_width
from helpers.extract.stance.lexicon import CueMatch, _rank, match_cues
from helpers.text.lexicon_tools import trie_alternation
from helpers.text.normalise import normalise_text
from helpers.text.segment import sentences as split
from test_speed_topical import TEXTS

_MADE_UP = ["", " ", "a", "و", "ال", "=", "_", "قلق", "والقلق", "فللقلق", "بالقلق،", "x قلق", "قلقها.",
            "condemn", "condemned", "=condemn", "the condemnation of", "رفضت الحكومة التعليق على الاتهامات",
            "انتهاكات حقوق الإنسان", "وسينتقد", "«انتهاكات»", "a" * 50 + " انتهاكات", "\u200bانتهاكات"]


def _old_candidates(text: str) -> list[int]:
    """The cues the old code ran: an anchor found by the automaton, every word's stems tested with ``in``."""
    automaton, _, _ = lexicon._matcher()
    needs = lexicon._needs()
    candidates: set[int] = set()
    for _, ids in automaton.iter(text):
        candidates.update(ids)
    return [cue for cue in sorted(candidates) if all(any(form in text for form in forms) for forms in needs[cue])]


def _old_match_cues(text: str) -> list[CueMatch]:
    """``match_cues`` as it was: the ``in`` gate, each pattern run from the start of the text."""
    _, compiled, records = lexicon._matcher()
    found = []
    for cue_id in _old_candidates(text):
        row = records[cue_id]
        for m in compiled[cue_id].finditer(text):
            found.append(CueMatch(m.start(), m.end(), cue_id, row.cue, row.label, row.strength,
                                  row.category, row.pos, row.on_negation, row.on_rejection))
    found.sort(key=lambda c: _rank(c, text))
    kept: list[CueMatch] = []
    for match in found:
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda c: c.start)


def _check(texts) -> int:
    """Every text: the same candidates, every candidate's matches from its start, the same cues."""
    _, compiled, _ = lexicon._matcher()
    scan, cued = lexicon._scan(), 0
    for text in texts:
        found = scan.candidates(text)
        assert [cue for cue, _ in found] == _old_candidates(text), text[:80]
        for cue, start in found:
            spans = [m.span() for m in compiled[cue].finditer(text)]
            assert [m.span() for m in compiled[cue].finditer(text, start)] == spans, (text[:80], cue, start)
        assert match_cues(text) == _old_match_cues(text), text[:80]
        cued += bool(found)
    return cued


def _stems() -> list[str]:
    return sorted({form for words in lexicon._needs().values() for forms in words for form in forms})


def _random_texts(count: int, seed: int) -> list[str]:
    """Texts of the lexicon's stems with proclitics, endings, punctuation and other words between them."""
    rng = random.Random(seed)
    stems, others = _stems(), [w for text in TEXTS[:200] for w in text.split()]
    fronts = ["", "", "", "و", "ف", "ب", "ال", "وال", "بال", "لل", "وبال", "فلل", "س", "=", "a", "x"]
    ends = ["", "", "", "ه", "ة", "ات", "ها", "هم", "s", "ed", "ing", "ly", "ي", "ان"]
    marks = [" ", " ", " ", "، ", ", ", ". ", " - ", ": ", " «", "» ", "\"", "'", "  ", "\n"]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 30)):
            word = rng.choice(stems) if rng.random() < 0.5 else rng.choice(others)
            parts.append(rng.choice(fronts) + word + rng.choice(ends) + rng.choice(marks))
        texts.append("".join(parts).strip() if rng.random() < 0.8 else "".join(parts))
    return texts


def test_lead_covers_the_proclitics():
    assert lead_width(lexicon._AR_PREFIX) >= 5  # و + لل, و + ب + ال … and one for = or [وف]


def test_the_same_cues_on_the_probes_and_seeds():
    assert _check(TEXTS + _MADE_UP) > 300


def test_the_same_cues_on_random_texts():
    assert _check(_random_texts(3000, 11)) > 1000


def test_the_same_cues_on_the_dev_set(dev_path):
    texts = []
    for path in sorted((dev_path / "docs").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        texts += [normalise_text(s.text) for s in split(raw)] + [normalise_text(raw)]
    assert _check(texts) > 50


def test_the_same_cues_on_ant(ant_path):
    texts = []
    with ant_path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % 10 == 0:
                texts.append(normalise_text(json.loads(line).get("text", "")))
    assert _check(texts) > 100


@pytest.mark.parametrize("text", ["", "x", "قلق" * 3, "و" * 10])
def test_short_and_odd_texts(text):
    _check([text])


# --- words and grammar entries ------------------------------------------------------------------------

def _check_words(texts) -> int:
    """Every text: the same words (type too) and, at every word, the same grammar entries."""
    entries = 0
    for text in texts:
        found = grammar.words(text)
        new = tokens.sentence_words(text)
        assert new == found and all(type(w) is grammar.Word for w in new), text[:80]
        table = tokens.phrase_table(found)
        assert table == [grammar.phrases(found, i) for i in range(len(found))], text[:80]
        entries += sum(map(bool, table))
    return entries


def _grammar_texts(count: int, seed: int) -> list[str]:
    """Texts of the grammar's entries (whole, cut short, glued to و / ف), openers after negators, marks."""
    rng = random.Random(seed)
    entries = sorted({" ".join(e) for kind in grammar.load_grammar().values() for e in kind})
    loose = sorted({w for e in entries for w in e.split()}) + [w for text in TEXTS[:100] for w in text.split()]
    marks = [" ", " ", " ", "، ", ", ", ". ", " - ", "-", ": ", "; ", "(", ") ", "[", "] ", "! ", "? ", "'", " 12 "]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 25)):
            pick = rng.random()
            words = (rng.choice(entries) if pick < 0.5 else rng.choice(loose)).split()
            if pick < 0.1:
                words = words[:rng.randint(1, len(words))]
            if rng.random() < 0.2:
                words[0] = rng.choice(["و", "ف", "ب", "وو", ""]) + words[0]
            parts.append(" ".join(words) + rng.choice(marks))
        texts.append("".join(parts))
    return texts


def test_words_and_entries_on_the_probes_and_seeds():
    assert _check_words(TEXTS + _MADE_UP + ["", " ", "و", "وأن", "فإن", "دون أن", "not that", "a - b", "x-y"]) > 1000


def test_words_and_entries_on_random_texts():
    assert _check_words(_grammar_texts(4000, 7) + _random_texts(500, 3)) > 10000


def test_words_and_entries_on_the_dev_set_and_ant(dev_path, ant_path):
    texts = []
    for path in sorted((dev_path / "docs").glob("*.txt")):
        texts += [normalise_text(s.text) for s in split(path.read_text(encoding="utf-8"))]
    with ant_path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % 20 == 0:
                texts += [normalise_text(s.text) for s in split(json.loads(line).get("text", ""))]
    assert _check_words(texts) > 1000


# --- the group table's plain entries as a trie ----------------------------------------------------------

def _spans(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_group_entries_trie_equals_the_longest_first_alternation(dev_path):
    plain, _, table = groups.group_table()
    entries = [e for e in table if "{n}" not in e]
    old = re.compile(r"(?<!\w)([وف]?)(" + "|".join(map(re.escape, sorted(entries, key=len, reverse=True)))
                     + r")(?!\w)")
    texts = [t.lower() for t in TEXTS + _random_texts(300, 5)]
    for path in sorted((dev_path / "docs").glob("*.txt")):
        texts.append(normalise_text(path.read_text(encoding="utf-8")).lower())
    rng, found = random.Random(2), 0
    for _ in range(3000):  # the entries themselves, glued, cut, with و / ف and neighbours
        words = [rng.choice(entries)[: rng.randint(1, 40)] for _ in range(rng.randint(1, 4))]
        texts.append(rng.choice(["", "و", "ف", "x", " "]).join(words) + rng.choice(["", " ", "s", "ة", "."]))
    for text in texts:
        spans = _spans(old, text)
        assert _spans(plain, text) == spans, text[:80]
        found += len(spans)
    assert found > 1000


@pytest.mark.parametrize("seed", range(40))
def test_trie_without_spaces_equals_the_longest_first_alternation(seed):
    rng = random.Random(seed)
    letters = "ab c-."[: rng.randint(2, 6)]
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 30))]
    old = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) + r")(?!\w)")
    new = re.compile(r"(?<!\w)(" + trie_alternation(words, spaces=False) + r")(?!\w)")
    for _ in range(200):
        text = "".join(rng.choice(letters + "  x") for _ in range(rng.randint(0, 30)))
        assert _spans(new, text) == _spans(old, text), (words, text)


def test_reload_lexicon_forgets_the_word_tables():
    tokens.phrase_table(tokens.sentence_words("the government said that"))
    lexicon.reload_lexicon()
    assert tokens._tree.cache_info().currsize == 0 and tokens._opener_table.cache_info().currsize == 0
    assert lexicon._scan.cache_info().currsize == 0
