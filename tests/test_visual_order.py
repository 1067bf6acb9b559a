"""Arabic in visual (reversed) order: told from logical order, named, repaired (sentences written for the tests)."""

import json
import re

import pytest
from bidi.algorithm import get_display

from helpers.io.corpus import LoadError
from helpers.io.formats import iter_documents
from helpers.text.visual_order import (
    check_visual_order,
    detect_visual_order,
    fold_presentation_forms,
    repair_visual_order,
)

ARABIC = re.compile("[\u0600-\u06ff]")
NEWS = [
    "قال وزير الخارجية إن الحكومة ستعقد اجتماعا في العاصمة يوم الأحد المقبل.",
    "وأكدت الوزارة أن المفاوضات مستمرة مع الشركاء في المنطقة منذ بداية العام.",
    "ارتفعت أسعار القمح بنسبة 12 في المائة خلال شهر مارس 2023 بحسب التقرير.",
    "زار الرئيس Emmanuel Macron مدينة وهران يوم الخميس برفقة وفد من رجال الأعمال.",
    "أعلنت اللجنة (المستقلة) عن نتائج الانتخابات البلدية في 14 دائرة انتخابية.",
    "وتوقع الخبراء أن تتراجع نسبة البطالة إلى 9.5 بالمائة في السنة القادمة.",
]


def visual(text: str) -> str:
    """Text as an extractor writes it in visual order: each Arabic line laid out right to left."""
    return "\n".join(get_display(line, base_dir="R") if ARABIC.search(line) else line
                     for line in text.split("\n"))


POSITIVES = [
    ("one news sentence", visual(NEWS[0])),
    ("two sentences", visual(NEWS[1] + "\n" + NEWS[2])),
    ("with a Latin name", visual(NEWS[3])),
    ("with brackets and digits", visual(NEWS[4])),
    ("a paragraph", visual("\n".join(NEWS))),
    ("presentation forms in visual order", "ﺔﻣﻮﻜﺤﻟﺍ ﺖﻨﻠﻋﺃ ﻝﺎﻗ ﺓﺭﺍﺯﻮﻟﺍ ﻲﻓ ﺔﻴﺟﺭﺎﺨﻟﺍ ﺔﻨﺠﻠﻟﺍ"),
    ("mixed with English lines", visual(NEWS[0]) + "\nThe meeting is on Sunday.\n" + visual(NEWS[5])),
    ("short headline", visual("الحكومة تعلن خطة جديدة لدعم الفلاحين في الجنوب")),
]

NEGATIVES = [
    ("one news sentence", NEWS[0]),
    ("a paragraph", "\n".join(NEWS)),
    ("with a Latin name", NEWS[3]),
    ("English", "The minister said on Monday that 40 people were hurt in the storm."),
    ("English and Arabic lines", "Talks resumed on Sunday.\n" + NEWS[1]),
    ("numbers only", "١٢٣٤ 2024 ٪ 45 - 3.5"),
    ("one word", "نعم"),
    ("two words", "شكرا جزيلا"),
    ("adverbs ending in لا", "مثلا قليلا طويلا أولا فعلا"),
    ("very short line", "في الصباح"),
    ("diacritics", "قَالَ الْمُتَحَدِّثُ إِنَّ الْوَفْدَ وَصَلَ إِلَى الْمَدِينَةِ."),
    ("presentation forms in logical order", "ﻗﺎﻝ ﺍﻟﻤﺘﺤﺪﺙ ﺇﻥ ﺍﻟﺤﻜﻮﻣﺔ ﻓﻲ ﺍﻟﻌﺎﺻﻤﺔ"),
    ("Uyghur in Arabic script", "ئۇيغۇر تىلى بىلەن يېزىلغان خەت ۋە كىتاب"),
    ("Persian", "این کتاب را دیروز خریدم و بالا بردم"),
    ("a URL and a date line", "https://example.org/news/2024/03/14 — 14/03/2024"),
    ("empty", ""),
]


@pytest.mark.parametrize("name, text", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_visual_order_is_detected(name, text):
    assert detect_visual_order(text).visual


@pytest.mark.parametrize("name, text", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_logical_text_is_not_flagged(name, text):
    found = detect_visual_order(text)
    assert not found.visual, found
    assert check_visual_order(text) == (text, [])


def test_negatives_outnumber_positives():
    assert len(NEGATIVES) >= len(POSITIVES)


@pytest.mark.parametrize("logical", [
    "\n".join(NEWS),
    NEWS[3] + "\nThe meeting is on Sunday.\n" + NEWS[4],
    "\n\n".join(NEWS[:3]) + "\n",
])
def test_repair_gives_the_logical_text_back_line_by_line(logical):
    text, notes = check_visual_order(visual(logical))
    assert text == logical
    assert len(notes) == 1 and notes[0].startswith(
        "Arabic text appears in visual (reversed) order (as some PDF extractors write it); ")
    assert "reordered to logical order" in notes[0]
    assert [len(line) for line in text.split("\n")] == [len(line) for line in logical.split("\n")]


def test_a_logical_line_in_a_visual_document_is_kept():
    mixed = visual("\n".join(NEWS[:4])) + "\n" + NEWS[5]
    repaired, count = repair_visual_order(mixed)
    assert repaired == "\n".join(NEWS[:4]) + "\n" + NEWS[5]
    assert count == 4


def test_little_evidence_is_named_but_not_changed():
    text = visual("مدرسة جميلة كبيرة")
    found = detect_visual_order(text)
    assert found.visual and not found.confident
    same, notes = check_visual_order(text)
    assert same == text and "left as it is" in notes[0]


@pytest.mark.parametrize("text, expected", [
    ("ﻗﺎﻝ ﺍﻟﻤﺘﺤﺪﺙ", "قال المتحدث"),
    ("ﻻ ﺍﻷﺣﺪ", "لا الأحد"),
    ("Latin, digits 12 and العربية stay", "Latin, digits 12 and العربية stay"),
])
def test_presentation_forms_are_folded(text, expected):
    assert fold_presentation_forms(text) == expected


def test_a_visual_text_file_is_named_and_read_in_logical_order(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "reversed.txt").write_text(visual("\n".join(NEWS)), encoding="utf-8")
    (folder / "normal.txt").write_text("\n".join(NEWS), encoding="utf-8")
    items = list(iter_documents(folder))
    problems = [i for i in items if isinstance(i, LoadError)]
    docs = {d.doc_id: d for d in items if not isinstance(d, LoadError)}
    assert [(p.file, p.level) for p in problems] == [("reversed.txt", "warning")]
    assert str(problems[0]).startswith("reversed.txt: Arabic text appears in visual (reversed) order")
    assert docs["reversed"].raw == docs["normal"].raw == "\n".join(NEWS)


def test_a_visual_jsonl_record_is_named(tmp_path):
    path = tmp_path / "c.jsonl"
    records = [{"id": "v", "text": visual(NEWS[0] + "\n" + NEWS[1])}, {"id": "n", "text": NEWS[2]}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    items = list(iter_documents(path))
    problems = [i for i in items if isinstance(i, LoadError)]
    assert len(problems) == 1 and "visual (reversed) order" in str(problems[0])
    docs = {d.doc_id: d.raw for d in items if not isinstance(d, LoadError)}
    assert docs == {"v": NEWS[0] + "\n" + NEWS[1], "n": NEWS[2]}
