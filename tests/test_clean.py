"""Non-destructive cleaning: clean view, offset map, report."""

import pytest

from helpers.text.clean import clean, report_frame

MASTHEAD = "جريدة الغد\nرئيس التحرير فلان\nجريدة الغد\nرئيس التحرير فلان\n\nالعنوان الرئيسي\n\nنص الخبر الأول.\n"


def reasons(report):
    return sorted({row["reason"] for row in report})


def test_raw_is_never_changed_and_map_is_exact(seed_texts):
    for raw in seed_texts.values():
        before = str(raw)
        result = clean(raw)
        assert raw == before == result.raw
        assert len(result.origin) == len(result.text)
        for i, ch in enumerate(result.text):
            assert raw[result.origin[i]] == ch or (ch == " " and raw[result.origin[i]].isspace())


def test_masthead_printed_twice_is_removed_both_times():
    result = clean(MASTHEAD)
    masthead = [r for r in result.report if r["reason"] == "masthead"]
    assert [r["text"].strip() for r in masthead] == ["جريدة الغد", "رئيس التحرير فلان"] * 2
    assert result.text == "العنوان الرئيسي\n\nنص الخبر الأول."


def test_later_duplicate_line_is_removed_once():
    text = "\n".join(["سطر"] * 0 + [f"فقرة رقم {i} من النص." for i in range(14)] + ["فقرة رقم 3 من النص."])
    result = clean(text)
    dups = [r for r in result.report if r["reason"] == "duplicate"]
    assert len(dups) == 1 and dups[0]["start"] == text.rindex("فقرة رقم 3")


@pytest.mark.parametrize("raw, place, agency", [
    ("عنوان\n\nبكين (رويترز) - قالت الصين اليوم.", "بكين", "Reuters"),
    ("عنوان\nجنيف (أ ف ب) - دعت المفوضية.", "جنيف", "Agence France-Presse"),
    ("عنوان\nأورومتشي (شينخوا) – أعلنت السلطات.", "أورومتشي", "Xinhua News Agency"),
    ("Title\nBEIJING (Reuters) - China said.", "BEIJING", "Reuters"),
])
def test_dateline_is_removed_and_kept_as_metadata(raw, place, agency):
    result = clean(raw)
    assert result.metadata["dateline_place"] == place
    assert result.metadata["dateline_agency"] == agency
    assert "dateline" in reasons(result.report)
    assert "(" not in result.text


def test_trailing_url_line_is_removed_and_kept():
    raw = "نص الخبر.\n\nhttps://www.example.org/news/123"
    result = clean(raw)
    assert result.text == "نص الخبر."
    assert result.metadata["source_url"] == "https://www.example.org/news/123"


def test_invisible_and_space_runs():
    raw = "\u200fنص\u00a0\u00a0 الخبر   هنا  \n\n\n\nفقرة"
    result = clean(raw)
    assert result.text == "نص الخبر هنا\n\nفقرة"
    assert {"invisible", "whitespace"} <= set(reasons(result.report))


def test_seed_reuters_report(seed_texts):
    result = clean(seed_texts["001_75a77eff23f1af0a"])
    frame = report_frame(result, doc_id="r")
    assert set(frame.columns) >= {"doc_id", "start", "end", "reason"}
    caption = frame[frame.reason == "caption"]
    assert len(caption) == 1 and caption.iloc[0]["text"].endswith("19 أكتوبر 2017.")
    assert caption.iloc[0]["action"] == "flagged"  # kept: its date is an event
    assert result.metadata["dateline_agency"] == "Reuters"
    assert result.metadata["source_url"].startswith("https://www.reuters.com/")
    assert not result.text.rstrip().endswith("idUSKCN1NK0H0")


def test_seed_egyptian_masthead_and_cut_caption(seed_texts):
    raw = seed_texts["002_62407a58411a9170"]
    result = clean(raw)
    frame = report_frame(result, doc_id="e")
    assert (frame.reason == "masthead").sum() == 4
    truncated = frame[frame.reason == "truncated"]
    assert truncated["text"].str.strip().tolist() == ["الرئيس الصيني شي"]
    assert result.text.startswith("الرئيس الصيني يتعهد بالدفاع")
    for row in frame.itertuples():
        assert raw[row.start:row.end] == row.text
