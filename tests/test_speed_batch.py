"""Issue 23, seventh round: the prefilter of a whole batch in one normalisation and one automaton pass.

:func:`helpers.text.flat_batch.flat_batch` makes the lookup keys of many texts in one string
(regions cut by a NUL between spaces) and
:func:`helpers.relevance.classify.could_be_relevant_batch` runs the prefilter's automaton
over it once.  Its answers must be exactly those of :func:`could_be_relevant` text by text:
checked on every ANT record, the dev set, the seeds, adversarial spellings of the core names
and made-up texts built to break the join (a name cut across two texts, NUL and presentation
forms inside a text, empty and blank texts, every kind of white space, lone surrogates, marks
at the edges).  No timing is asserted.
"""

import itertools
import json
import random
import re

import numpy as np
import pytest

from helpers.engine import batches as batches_module
from helpers.engine.batches import analyze_batch, iter_batches
from helpers.io.formats import Record, iter_records, load_record
from helpers.relevance.classify import could_be_relevant, could_be_relevant_batch
from helpers.relevance.topics import load_profile
from helpers.text import flat_batch as flat_module
from helpers.text.flat_batch import SEPARATOR, flat_batch
from helpers.text.normalise import ALL_STEPS, _translation, lookup_key
from test_speed_archive2 import SPELLED, _keys, _sample_keys

PROFILE = load_profile(None)


def _check(texts: list[str]) -> None:
    """Every exact region is the text's lookup key; the batch's answers are the text-by-text ones."""
    flat = flat_batch(texts)
    assert len(flat.ends) == max(len(texts) - 1, 0)
    for i, text in enumerate(texts):
        assert flat.region(i) == (lookup_key(text) if flat.exact[i] else ""), (i, text[:80])
    assert could_be_relevant_batch(texts, PROFILE) == [could_be_relevant(t, PROFILE) for t in texts]


def _loaded_texts(path) -> list[str]:
    return [item.raw for record in iter_records(path) if isinstance(record, Record)
            for item in load_record(record, infer=False) if hasattr(item, "raw")]


def test_ant_records_in_batches(ant_path):
    loaded = _loaded_texts(ant_path)
    raw = [json.loads(line)["text"] for line in ant_path.open(encoding="utf-8")]
    assert len(loaded) == len(raw) == 10156
    for texts in (loaded, raw):
        for size in (50, 7):
            for start in range(0, len(texts), size):
                _check(texts[start:start + size])
    answers = could_be_relevant_batch(loaded, PROFILE)  # one batch of every record
    assert answers == [could_be_relevant(text, PROFILE) for text in loaded]
    assert 0 < sum(answers) < 500  # the test does tell texts apart


def test_dev_set_and_seeds_in_one_batch(dev_path, seeds):
    texts = _loaded_texts(dev_path / "docs") + [doc.raw for doc in seeds]
    _check(texts)
    _check(texts[::-1])
    assert sum(could_be_relevant_batch(texts, PROFILE)) >= len(texts) // 2


@pytest.mark.parametrize("how", sorted(SPELLED))
def test_adversarial_spellings_in_batches(how):
    spell = SPELLED[how]
    texts = [f"وقال المتحدث في تونس إن {spell(key)} كان موضوع اللقاء.\n" for key in _sample_keys()]
    off = "مهرجان قرطاج الدولي يفتتح دورته الجديدة."
    for start in range(0, len(texts), 40):  # names among texts without one
        _check(list(itertools.chain.from_iterable((t, off) for t in texts[start:start + 40])))


def _cut_keys() -> list[str]:
    """Core keys of several words, or long enough to cut in the middle."""
    return [key for key in _keys() if " " in key or len(key) >= 6][::7]


def test_a_name_cut_across_two_texts_is_not_found():
    for key in _cut_keys():
        for at in sorted({key.find(" ") if " " in key else len(key) // 2, 1, len(key) - 1}):
            head, tail = key[:at], key[at:]
            for a, b in ((f"قال {head}", f"{tail} اليوم"), (head, tail), (head + " ", "\n" + tail),
                         (head + "\u0640", "\u064e" + tail), (head + "\u200c", tail)):
                _check([a, b])
                _check(["", a, " ", b, ""])


MADE_UP = [
    "", " ", "\n\n", "\t \u00a0\u2003", "\x1c\x1d\x1e\x1f\x85\u2028\u2029\u3000", SEPARATOR,
    f"شينجيانغ{SEPARATOR}", f"{SEPARATOR}الإيغور", f"أ{SEPARATOR}ب", "\u0640\u064e", "\ufeff\u200f",
    "\ud800", "\udfff شينجيانغ \ud83d", "\U0001F600 الإيغور \U0001F600", "\ufefb \ufe8d\ufedf",
    "\ufeb7\ufef4\ufee8\ufea0\ufef4\ufe8e\ufee7\ufecf", "شينجيانغ", "XINJIANG", "xinjiang",
    " \u0640شينجيانغ\u064e ", "\u00a0الإيغور\u00a0", "ا\u0644\u0625\u064a\u063a\u0648\u0631",
    "line\r\nbreaks\rand\x0bvertical\x0ctabs", "\x00\x00", " \x00 ", "شينجيانغ\x00",
]


def test_made_up_texts_in_every_order():
    rng = random.Random(23)
    _check(MADE_UP)
    for _ in range(300):
        _check(rng.sample(MADE_UP, rng.randint(2, len(MADE_UP))))


def test_random_batches_of_spliced_names(ant_path):
    rng = random.Random(7)
    lines = ant_path.open(encoding="utf-8").readlines()[:600]
    keys, marks = _keys(), ["\u0640", "\u064e", "\u200c", "\u200f", " ", "\n", "\u00a0", "", SEPARATOR]
    texts = []
    for line in lines:
        text = json.loads(line)["text"]
        if rng.random() < 0.3:
            key = rng.choice(keys)
            spelled = "".join(c + rng.choice(marks) * rng.randint(0, 1) for c in key)
            at = rng.choice([0, len(text), rng.randint(0, len(text))])
            text = text[:at] + spelled + text[at:]
        texts.append(text if rng.random() < 0.9 else text[:rng.randint(0, 40)])
    while texts:
        size = rng.randint(2, 60)
        _check(texts[:size])
        texts = texts[size:]


def test_tables_are_those_of_normalise():
    mapped, deleted, space, presentation = flat_module._tables()
    table = _translation(ALL_STEPS)
    for code in range(0x110000):
        char = chr(code)
        assert space[code] == char.isspace(), hex(code)
        assert presentation[code] == bool(re.fullmatch("[\uFB50-\uFDFF\uFE70-\uFEFC]", char)), hex(code)
        if code in table:
            assert deleted[code] == (table[code] is None) and (
                table[code] is None or mapped[code] == ord(table[code])), hex(code)
        else:
            assert not deleted[code] and mapped[code] == code, hex(code)
    assert not deleted[0] and mapped[0] == 0 and not space[0] and mapped[32] == 32


def test_no_core_key_holds_the_separator_or_white_space_at_an_end():
    for key in _keys():
        assert SEPARATOR not in key and key == key.strip(), key


def test_owners_of_positions():
    flat = flat_batch(["ab", "", "cd e", "f"])
    assert flat.text == "ab \0 \0 cd e \0 f"
    assert flat.owners([0, 1, 8, 10, 14]).tolist() == [0, 0, 2, 2, 3]
    assert isinstance(flat.ends, np.ndarray) and flat.ends.tolist() == [3, 5, 12]


@pytest.mark.parametrize("scope", ["topical", "passing", "all"])
def test_batches_same_as_document_by_document(ant_path, dev_path, scope, monkeypatch):
    batches = list(itertools.islice(iter_batches(ant_path, batch_docs=50), 8))
    batches.append(list(iter_records(dev_path / "docs")))
    fast = [analyze_batch(batch, fmt="csv", scope=scope) for batch in batches]
    monkeypatch.setattr(batches_module, "_prefilter", lambda docs, **_: [None] * len(docs))
    slow = [analyze_batch(batch, fmt="csv", scope=scope) for batch in batches]
    assert [r.tables for r in fast] == [r.tables for r in slow]
    assert [(r.messages, r.doc_ids, r.items, r.chars) for r in fast] == [
        (r.messages, r.doc_ids, r.items, r.chars) for r in slow]
    assert any(r.tables["mentions"] for r in fast)  # the dev set's batch reaches the deep stages


def test_a_failing_profile_is_each_documents_error_line(ant_path):
    batch = next(iter_batches(ant_path, batch_docs=5))
    result = analyze_batch(batch, fmt="csv", topic="no-such-topic")
    assert len(result.messages) == 5 and all("analysis failed" in m for m in result.messages)


def _exact_suspect() -> re.Pattern:
    """The mojibake guard as it was: the alternation of the two telltale pairs."""
    from helpers.io import mojibake

    return re.compile(f"{mojibake._LATIN.pattern}|{mojibake._PAIR_1256.pattern}")


def test_mojibake_guard_holds_every_telltale_pair():
    from helpers.io import mojibake

    exact, chars = _exact_suspect(), [chr(c) for c in range(0x80, 0x2200)] + ["\u20ac", "\u2122"]
    pairs = [a + b for a in chars for b in chars if exact.fullmatch(a + b)]
    assert len(pairs) > 1000
    assert all(mojibake._SUSPECT.fullmatch(pair) for pair in pairs)


def test_mojibake_repair_same_as_with_the_exact_guard(ant_path, monkeypatch):
    from helpers.io import mojibake

    texts = [json.loads(line)["text"] for line in ant_path.open(encoding="utf-8")][:3000]
    texts += ["Ø§Ù„Ø­ÙƒÙˆÙ…Ø©", "Ã©tÃ©", "ط§ظ„ط­ظƒظˆظ…ط©" * 3, "أ« plain", "â€œ", "Ø"]
    new = [mojibake.repair_mojibake(text) for text in texts]
    monkeypatch.setattr(mojibake, "_SUSPECT", _exact_suspect())
    assert new == [mojibake.repair_mojibake(text) for text in texts]
    assert sum(bool(note) for _, note in new) >= 3  # the made-up ones are repaired


def test_visual_order_presentation_test_same_as_the_run_pattern(ant_path):
    from helpers.text import visual_order

    texts = [json.loads(line)["text"] for line in ant_path.open(encoding="utf-8")][:2000]
    texts += ["\ufefb", "abc \ufe8d", "\ufdff", "\ufb4f\ufe6f\ufefd", ""]
    for text in texts:
        assert bool(visual_order._PRESENTATION_CHAR.search(text)) == bool(
            visual_order._PRESENTATION.search(text))


@pytest.mark.parametrize("text", [
    "".join(map(chr, range(0, 0x3000))),
    "".join(map(chr, range(0xD700, 0x10000))) + "".join(map(chr, range(0x10000, 0x10400))),
    "\ud83d\ude00" * 40 + "abc" + "\U0001F600" * 40 + "شينجيانغ" * 10 + "\udfff\ud800" * 20,
    "Ab" * 32, "ب" * 64, "x" * 63 + "ب",
])
def test_letters_counted_by_utf16_units_as_by_the_patterns(text):
    from helpers.text import segment

    assert len(text) >= 64  # the table path
    assert segment._count_letters(text) == (len(segment._ARABIC_SCRIPT_LETTER.findall(text)),
                                            len(segment._LATIN.findall(text)))


def test_stage_timings_still_added():
    from helpers.engine.pipeline import STAGES, analyze_rows
    from helpers.io.corpus import make_document

    timings: dict = {}
    doc = make_document("قالت الأمم المتحدة إن الإيغور في شينجيانغ يتعرضون للاحتجاز.\n", file="a.txt")
    analyze_rows(doc, timings=timings)
    assert {"normalise", "relevance", "clean", "segment", "mentions", "tables"} <= set(timings)
    assert set(timings) <= set(STAGES) and all(value >= 0 for value in timings.values())
