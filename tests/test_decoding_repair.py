"""Decoding (issue 19): declared charsets checked against the bytes, double-encoded UTF-8 repaired."""

import json

import pytest

from helpers.io.corpus import LoadError
from helpers.io.formats import iter_documents
from helpers.io.htmlpage import decode_page
from helpers.io.mojibake import repair_mojibake

AR = "قال المتحدث إن الوفد زار مدينة أورومتشي في إقليم شينجيانغ يوم الاثنين."
EN = "The delegation visited Urumqi in Xinjiang on Monday, the ministry said."
MIXED = f"{AR}\n{EN}\nقالت الوزيرة: «لا تعليق» — وانتهى اللقاء…\nCafé, naïve, résumé, Ærø."


def _page(charset: str, body: str = AR) -> str:
    return (f'<html><head><meta charset="{charset}"><title>خبر</title></head><body><article>'
            f"<p>{body}</p><p>{body}</p><p>{body}</p></article></body></html>")


@pytest.mark.parametrize("charset, encoding, data_encoding, warned", [
    ("windows-1256", "utf-8", "utf-8", "declares charset windows-1256 but its bytes are UTF-8"),
    ("iso-8859-1", "utf-8", "utf-8", "declares charset iso-8859-1 but its bytes are UTF-8"),
    ("windows-1256", "windows-1256", "cp1256", ""),      # the declaration is right
    ("utf-8", "utf-8", "utf-8", ""),
    ("utf-8", "cp1256", "cp1256", "declares charset utf-8 but its bytes are not UTF-8"),
])
def test_a_declared_charset_is_checked_against_the_bytes(charset, encoding, data_encoding, warned):
    html, found, notes = decode_page(_page(charset).encode(data_encoding), detail=True)
    assert AR in html
    assert found == encoding
    assert [n for n in notes if warned] == notes and (warned in notes[0] if warned else not notes)


def test_an_ascii_page_under_any_declaration_is_not_warned_about():
    page = _page("iso-8859-1", "plain words").replace("خبر", "news")
    assert decode_page(page.encode(), detail=True)[2] == []


def test_the_wrong_declaration_is_one_warning_line_when_loading(tmp_path):
    pytest.importorskip("trafilatura")
    (tmp_path / "a.html").write_bytes(_page("windows-1256").encode("utf-8"))
    items = list(iter_documents(tmp_path))
    errors = [f"{e.level}: {e}" for e in items if isinstance(e, LoadError)]
    docs = [d for d in items if not isinstance(d, LoadError)]
    assert errors == ["warning: a.html: the page declares charset windows-1256 but its bytes are "
                      "UTF-8; read as UTF-8"]
    assert AR in docs[0].raw and docs[0].encoding == "utf-8"


def _double(text: str, encoding: str) -> str:
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    return text.encode("utf-8").decode(encoding)


@pytest.mark.parametrize("encoding, named", [
    ("sloppy-windows-1252", "windows-1252"), ("latin-1", "latin-1"), ("cp1256", "windows-1256"),
])
@pytest.mark.parametrize("text", [AR, EN + " — «quoted» café…", MIXED])
def test_double_encoded_utf8_is_repaired(text, encoding, named):
    broken = _double(text, encoding)
    if broken == text:
        pytest.skip("plain ASCII is the same in every encoding")
    fixed, note = repair_mojibake(broken)
    assert fixed == text
    assert note.startswith("double-encoded UTF-8 repaired") and named in note


def test_one_double_encoded_line_among_good_ones_is_repaired_alone():
    broken = _double(AR, "cp1256") + "\n" + MIXED
    fixed, note = repair_mojibake(broken)
    assert fixed == AR + "\n" + MIXED and "(1 line)" in note


@pytest.mark.parametrize("text", [
    AR, EN, MIXED,
    "«الحرية» — قالها… ثم صمت؛ أليس كذلك؟",
    "مُحَمَّدٌ رَسُولُ اللَّهِ، وَالسَّلَامُ عَلَيْكُمْ.",
    "فقط، ثم ضغط، وخط، وربط، بالضبط؟ ظ، ط؟ ط، ٢٠١٦/٠٤/٢٣",  # ط and ظ before Arabic punctuation
    "Crème brûlée à la française, « déjà vu » — Ça va ? Ñandú, Øresund, Ærø, ©®°±µ¶·.",
    "ÀÉÎÕÜ àéîõü — “quotes” ‘single’ … 10 € ™",
    "The word naïve and the café in Zürich; São Paulo's coração.",
    "Ünal Öztürk ve İstanbul'daki şirket; ğüşıöç.",
    "مدينة Ürümqi (أورومتشي) — Xinjiang «新疆»",
])
def test_ordinary_text_is_never_changed(text):
    fixed, note = repair_mojibake(text)
    assert fixed.encode("utf-8") == text.encode("utf-8") and note == ""


def test_double_encoded_records_are_repaired_with_a_warning(tmp_path):
    path = tmp_path / "news.jsonl"
    rows = [{"id": "bad", "text": _double(AR, "cp1256")}, {"id": "good", "text": MIXED}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    items = list(iter_documents(path))
    docs = {d.doc_id: d for d in items if not isinstance(d, LoadError)}
    errors = [f"{e.level}: {e}" for e in items if isinstance(e, LoadError)]
    assert docs["bad"].raw == AR and docs["good"].raw == MIXED
    assert errors == ["warning: news.jsonl line 1: double-encoded UTF-8 repaired (UTF-8 that had "
                      "been read as windows-1256 (1 line), then saved as UTF-8 again)"]


def test_a_double_encoded_text_file_is_repaired(tmp_path):
    (tmp_path / "a.txt").write_text(_double(MIXED, "sloppy-windows-1252"), encoding="utf-8")
    items = list(iter_documents(tmp_path))
    assert [d.raw for d in items if not isinstance(d, LoadError)] == [MIXED]
    assert [e.level for e in items if isinstance(e, LoadError)] == ["warning"]
