"""Issue 23, a general archive near reading speed: the off-topic path without an offset map.

The pipeline decides relevance first, with the prefilter read on
:func:`helpers.text.normalise.lookup_key` (the normalised text, white space
collapsed, without the offset map and without a document view); the view and
its offset map are made only for documents that go on.  ``lookup_key`` must be
exactly the view's ``flat``, so the prefilter never decides otherwise: checked
on every ANT record, the dev set, the seeds, and adversarial spellings of the
core names (tatweel, diacritics, invisible and bidi characters, presentation
forms, letter variants, capitals, runs of mixed white space, JSON ``\\u``
escapes).  No timing is asserted.
"""

import dataclasses
import datetime as dt
import itertools
import json
import random
import unicodedata

import pytest

from helpers.engine import pipeline
from helpers.io.corpus import make_document
from helpers.io.formats import Record, iter_records, load_record
from helpers.io.formats_records import Columns, _record_row
from helpers.io.metadata import text_value
from helpers.relevance.classify import _trigger_automaton, could_be_relevant
from helpers.relevance.topics import load_profile
from helpers.text.normalise import ALL_STEPS, _translation, lookup_key
from helpers.text.view import DocumentView

PROFILE = load_profile(None)


def _keys() -> list[str]:
    automaton, _ = _trigger_automaton(PROFILE)
    return sorted(automaton.keys())


def _sample_keys() -> list[str]:
    """Every 15th core key, and every key of at most five characters."""
    keys = _keys()
    return sorted(set(keys[::15]) | {k for k in keys if len(k) <= 5})


def _agrees(text: str) -> bool:
    """The prefilter without a view is the prefilter with one, on the same flat text."""
    return (lookup_key(text) == DocumentView(text).flat
            and could_be_relevant(text, PROFILE) == could_be_relevant(
                text, PROFILE, view=DocumentView(text)))


def test_ant_records(ant_path):
    texts = [json.loads(line)["text"] for line in ant_path.open(encoding="utf-8")]
    assert len(texts) == 10156
    assert [i for i, text in enumerate(texts) if not _agrees(text)] == []


def test_dev_set_and_seeds(dev_path, seeds):
    docs = [p.read_text(encoding="utf-8") for p in sorted((dev_path / "docs").iterdir())]
    docs += [doc.raw for doc in seeds]
    assert docs and all(_agrees(text) for text in docs)
    assert sum(could_be_relevant(text, PROFILE) for text in docs) >= len(docs) // 2


def test_every_core_key_is_found_without_a_view():
    for key in _keys():
        assert could_be_relevant(f"قال المتحدث إن {key} اليوم.", PROFILE), key


def _presentation_forms() -> dict[str, str]:
    """Arabic letter → one of its presentation forms (their NFKC is the letter)."""
    forms: dict[str, str] = {}
    for code in itertools.chain(range(0xFB50, 0xFDFF), range(0xFE70, 0xFEFD)):
        base = unicodedata.normalize("NFKC", chr(code))
        if len(base) == 1 and base not in forms:
            forms[base] = chr(code)
    return forms


def _between(key: str, mark: str) -> str:
    return mark.join(key)


def _variant(key: str) -> str:
    """Each character by the last of the raw characters that normalise to it."""
    back: dict[str, list[str]] = {}
    for code, replacement in sorted(_translation(ALL_STEPS).items()):
        if replacement:
            back.setdefault(replacement, []).append(chr(code))
    return "".join(back.get(c, [c])[-1] if c != " " else c for c in key)


SPELLED = {
    "plain": lambda k: k,
    "tatweel": lambda k: _between(k, "\u0640"),
    "diacritics": lambda k: _between(k, "\u064e\u0651"),
    "tanween and superscript alef": lambda k: _between(k, "\u064b\u0670"),
    "zero-width": lambda k: _between(k, "\u200c\u200d"),
    "soft hyphen and BOM": lambda k: _between(k, "\u00ad\ufeff"),
    "bidi controls": lambda k: _between(k, "\u200f\u202b\u202c"),
    "presentation forms": lambda k: "".join(_presentation_forms().get(c, c) for c in k),
    "letter variants and capitals": lambda k: _variant(k).upper(),
    "mixed white space": lambda k: k.replace(" ", " \n\u00a0\t\u2003 "),
    "white space with invisibles": lambda k: k.replace(" ", "\u200b \u0640\n\u200e"),
    "everything": lambda k: _between(_variant(k), "\u0640\u064f\u200c").replace(
        " ", "\u00a0\n"),
}


@pytest.mark.parametrize("how", sorted(SPELLED))
def test_adversarial_spellings_of_core_names(how):
    spell, found = SPELLED[how], 0
    for key in _sample_keys():
        text = f"وقال المتحدث في تونس إن {spell(key)} كان موضوع اللقاء.\n"
        assert _agrees(text), (how, key)
        found += could_be_relevant(text, PROFILE)
    assert found >= len(_sample_keys()) * 0.9  # the spellings do reach the prefilter


def test_json_escapes_are_read_before_the_test(tmp_path):
    keys = _sample_keys()[:40]
    path = tmp_path / "escaped.jsonl"
    with path.open("w", encoding="ascii") as handle:
        for i, key in enumerate(keys):
            text = f"خبر {i}: قال المتحدث إن {_between(key, chr(0x640))} اليوم.\n"
            handle.write(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=True) + "\n")
    assert "\\u0" in path.read_text(encoding="ascii")
    docs = [doc for record in iter_records(path) if isinstance(record, Record)
            for doc in load_record(record) if hasattr(doc, "raw")]
    assert len(docs) == len(keys)
    for doc in docs:
        assert could_be_relevant(doc.raw, PROFILE) and _agrees(doc.raw)


def test_random_splices_into_archive_text(ant_path):
    rng = random.Random(23)
    lines = ant_path.open(encoding="utf-8").readlines()[:300]
    marks = ["\u0640", "\u064e", "\u0651", "\u200c", "\u200f", "\u00ad", " ", "\n", "\u00a0", ""]
    keys = _keys()
    for line in lines:
        text, key = json.loads(line)["text"], rng.choice(keys)
        spelled = "".join(c + rng.choice(marks) * rng.randint(0, 2) if c != " " else c
                          for c in key)
        at = rng.randint(0, len(text))
        assert _agrees(text[:at] + spelled + text[at:]), key


def test_copy_is_dataclasses_replace():
    doc = make_document("نص قصير.\n", file="a.txt", row={"title": "t"}, infer=False)
    copy = pipeline._copy(doc)
    assert copy == dataclasses.replace(doc, extra=dict(doc.extra), inferred=set(doc.inferred))
    assert copy.extra is not doc.extra and copy.inferred is not doc.inferred
    copy.extra["x"] = 1
    copy.inferred.add("language")
    assert "x" not in doc.extra and not doc.inferred


@pytest.mark.parametrize("scope", ["topical", "passing", "all"])
def test_pipeline_rows_same_as_with_the_view(ant_path, dev_path, scope, monkeypatch):
    records = list(itertools.islice(iter_records(ant_path), 250))
    records += [r for r in iter_records(dev_path / "docs")]
    docs = [item for record in records for item in load_record(record, infer=False)
            if hasattr(item, "raw")]
    fast = [pipeline.analyze_rows(doc, scope=scope) for doc in docs]
    with_view = could_be_relevant

    def old(raw, profile=None, *, view=None):  # as before: always through a document view
        return with_view(raw, profile, view=view or DocumentView(raw))

    monkeypatch.setattr(pipeline, "could_be_relevant", old)
    assert fast == [pipeline.analyze_rows(doc, scope=scope) for doc in docs]


def _no_offset_map(raw, **_):
    raise AssertionError("normalised with an offset map")


def test_off_topic_document_is_not_normalised_with_an_offset_map(monkeypatch):
    import helpers.text.view as view_module

    off = make_document("مهرجان قرطاج الدولي يفتتح دورته الجديدة بعرض موسيقي.\n", file="a.txt",
                        infer=False)
    on = make_document("قالت الأمم المتحدة إن الإيغور في شينجيانغ يتعرضون للاحتجاز.\n",
                       file="b.txt", infer=False)
    monkeypatch.setattr(view_module, "normalise", _no_offset_map)
    rows = pipeline.analyze_rows(off)
    assert rows["documents"][0]["relevance"] == "none" and rows["documents"][0]["n_sentences"] is None
    with pytest.raises(AssertionError, match="offset map"):  # a candidate does make the view
        pipeline.analyze_rows(on)


class _Text(str):
    """A ``str`` subclass (``text_value`` makes it a plain string)."""


@pytest.mark.parametrize("value", [" padded title \n", "", "   ", "\u00a0nbsp\u2003", _Text(" sub "),
                                   None, float("nan"), 3.0, 2.5, 7, True,
                                   dt.date(2020, 1, 2), dt.datetime(2020, 1, 2, 3, 4)])
def test_record_row_reads_a_string_as_text_value(value):
    row = _record_row({"title": value, "headline": "fallback"},
                      Columns())  # title: the "title" column, else "headline"
    expected = text_value(value) or "fallback"
    assert row["title"] == expected and type(row["title"]) is str
