"""Round 12b: voices in transcripts, press releases, names with a time glued on, origins, companies and
"accuse X of" (issue 20, quote stage, second engineer).

Table-driven, written before the rules they check, Arabic and English, both sides, with about as many negatives
as positives.  A third of the round's probes are kept in :mod:`tests.test_quotes_round12b_held` (not looked at
while the rules were changed).  Each text is read as a probe document by the whole pipeline.  Kinds (the id's
letter):

- ``t`` transcripts and records: a speaker label ("NAME (role, body):", "Ms X (Title):", "Mr X (Seat) (Party):",
  «س:»/«ج:», "HOST:") gives the line to the labelled person; hosts and questioners hold nothing, a later bare
  surname label is the same person, a list of "Note:" / "Source:" lines is no transcript; an official's label
  ("Deputy Secretary, Trade Division") is the state's, never the person's (t03 was written expecting the person
  and corrected to the conventions once the rule was written; t11 added then);
- ``p`` press releases: "X's research director" (a possessive short form of an open name introduced before) is X;
  another body quoted in the release stays itself, and a short form that names nothing before makes nobody up;
- ``m`` a time glued after a name ("Pakistan on Friday", "Minister X on Monday", "X last week") is not part of it;
  a connector inside a name ("Institute on …") still is; a dateline with a colon is no speaker;
- ``o`` "academics from 28 countries": the academics speak, the countries of origin do not;
- ``h`` a company ("a Chinese distributor, X,", "the Chinese maker X", «شركة "X" الصينية») is never its home
  country; an embassy or a ministry still is its state;
- ``x`` a quoted fragment after "accuse X of", "call X" belongs to the verb's subject, not to X nor to the speaker
  before.

Each row: ``(id, text, fragment, want)``: ``fragment`` a part of the quote's content ("" any row); ``want`` one of
``("=", actor)`` (a row with that actor, any case), ``("~", word)`` (a row whose speaker holds the word),
``("!", word)`` (no row whose speaker holds the word or whose actor is it), ``("!actor", word)`` (no row whose
actor is it), ``NONE`` (no row with that fragment).
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.probes import probe_document

NONE = None


def voice_errors(item: str, text: str, fragment: str, want) -> list[tuple]:
    """What is wrong with a text's quotes, read as a probe document (empty: nothing).

    Args:
        item: the row's id (the document id).
        text: the document.
        fragment: a part of the quote's content ("" for any row).
        want: the expectation (see the module's docstring).

    Returns:
        ``[(speaker, actor, content)]`` of the rows concerned when the expectation fails, else ``[]``.
    """
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    found = analyze_rows(probe_document({"id": item, "text": text, "lang": lang, "note": ""}),
                         tables=("quotes",), scope="all")["quotes"]
    rows = [r for r in found if fragment in (r.get("content") or "")]
    speaker = [(str(r.get("speaker") or ""), str(r.get("actor") or "")) for r in rows]
    if want is None:
        ok = not rows
    elif want[0] == "=":
        ok = any(a.lower() == want[1].lower() for _, a in speaker)
    elif want[0] == "~":
        ok = any(want[1].lower() in s.lower() for s, _ in speaker)
    elif want[0] == "!actor":
        ok = all(a.lower() != want[1].lower() for _, a in speaker)
    else:
        ok = all(want[1].lower() not in s.lower() and a.lower() != want[1].lower() for s, a in speaker)
    return [] if ok else [(s, a, (r.get("content") or "")[:60]) for (s, a), r in zip(speaker, rows)] or [
        ("no row", fragment)]


def table_shape_ok(rows, *, min_rows: int, min_arabic: int) -> bool:
    """Whether a table holds enough rows, both languages and about as many negatives as positives.

    Args:
        rows: ``(id, text, fragment, want)`` rows.
        min_rows: the least number of rows; min_arabic: the least number of Arabic rows and of other rows.

    Returns:
        True when the table has that shape.
    """
    arabic = sum(any("\u0600" <= ch <= "\u06ff" for ch in r[1]) for r in rows)
    negatives = sum(r[3] is None or r[3][0].startswith("!") for r in rows)
    return (len(rows) >= min_rows and min_arabic <= arabic <= len(rows) - min_arabic
            and abs(2 * negatives - len(rows)) <= len(rows) // 4)


_HOST = ("HOST: What do you make of the new sanctions on Xinjiang officials?\n\n"
         "LIU HONGBIN (economist, Renmin University): The sanctions will hurt European buyers far more than they "
         "hurt the farmers of Xinjiang.")
_HEARING = ("Senator MARLOWE: Has the department seen the new satellite images of the camps?\n\n"
            "Ms Ruth Okafor (Deputy Secretary, Trade Division): We have, Senator, and they match the reports of "
            "mass detention.\n\nSenator MARLOWE: And the cotton imports?\n\n"
            "Ms Okafor: We will table an assessment of the cotton trade next week.")
_COMMONS = ("Mr Owain Rees (Swansea East) (Lab): To ask the Secretary of State what representations he has made "
            "to Beijing about forced labour in Xinjiang.\n\nThe Minister of State: We have raised the matter with "
            "the Chinese ambassador and will continue to do so.\n\nMr Rees: The House will note that the Minister "
            "did not answer. These camps are a disgrace.")
_RADIO = ("المذيع: أهلا بكم في حلقة اليوم، ومعنا الباحث سامي فارس.\n\n"
          "سامي فارس: المعسكرات موجودة، وقد وثقتها صور الأقمار الصناعية بالتفصيل.\n\n"
          "المذيع: وما المطلوب من الحكومات العربية؟\n\n"
          "سامي فارس: المطلوب أن تطالب بدخول مراقبين مستقلين.")
_RELEASE = ("PRESS RELEASE\n\nGENEVA, 3 May — The Alpine Rights Collective today publishes a report on cotton "
            "spun in Xinjiang.\n\n\"Brands can no longer claim they did not know,\" said Alpine's policy director.")
_RELEASE_OTHER = ("FOR IMMEDIATE RELEASE\n\nLONDON, 12 June — Harbour Labour Monitor today publishes an audit of "
                  "three sock makers.\n\n\"We reject the audit's findings,\" said a spokesperson for Delta Mills.")

ROWS = [
    # t: transcripts and records
    ("t01", _HOST, "hurt European buyers", ("=", "Liu Hongbin")),
    ("t02", _HOST, "", ("!", "HOST")),
    # an official's label (a secretary of a division) speaks for a state the record does not name: not the person
    ("t03", _HEARING, "assessment of the cotton", ("!actor", "Ruth Okafor")),
    ("t11", _HEARING.replace("Deputy Secretary, Trade Division", "economist, Harbour Trade Institute"),
     "assessment of the cotton", ("=", "Ruth Okafor")),
    ("t04", _HEARING, "satellite images", NONE),
    ("t05", _COMMONS, "camps are a disgrace", ("=", "Owain Rees")),
    ("t06", _COMMONS, "To ask the Secretary", NONE),
    ("t07", _RADIO, "وثقتها صور", ("=", "سامي فارس")),
    ("t08", _RADIO, "", ("!", "المذيع")),
    ("t09", "حوار مع الباحث الصيني لي مينغ\n\nس: كيف تردون على تقارير الاحتجاز؟\n\n"
            "ج: هذه التقارير مفبركة ولا أساس لها من الصحة.", "مفبركة", ("~", "لي مينغ")),
    ("t10", "Cotton prices in Xinjiang rose for a third month.\n\nNote: figures are provisional.\n\n"
            "Source: regional customs data.", "", NONE),
    # p: press releases
    ("p01", _RELEASE, "no longer claim", ("=", "Alpine Rights Collective")),
    ("p02", "بيان صحفي\n\nأصدرت جمعية الواحة للحقوق اليوم تقريرا عن العمل القسري في شينجيانغ. وقال مدير الأبحاث "
            "في الجمعية إن \"الأدلة دامغة ولا تقبل الشك\".", "الأدلة دامغة", ("~", "الجمعية")),
    ("p03", _RELEASE_OTHER, "reject the audit", ("!actor", "Harbour Labour Monitor")),
    ("p04", "Rosa Klein published a memoir about her years in Kashgar.\n\n\"It is the book of the year,\" said "
            "Klein's editor.", "book of the year", ("!actor", "Rosa Klein")),
    ("p05", "PRESS RELEASE\n\n\"The camps must close,\" said Northgate's research director.", "camps must close",
     ("!actor", "Northgate")),
    # m: a time glued after a name
    ("m01", "KABUL: Afghanistan on Tuesday said it would not comment on the situation in Xinjiang.", "",
     ("!", "on Tuesday")),
    ("m02", "Trade Minister Nora Velde on Monday said the import ban on Xinjiang cotton would take effect in June.",
     "import ban", ("=", "Nora Velde")),
    ("m03", "Greenline Apparel last week said it had cut all ties with suppliers in Xinjiang.", "cut all ties",
     ("=", "Greenline Apparel")),
    ("m04", "The Institute on Religion and Policy said the demolition of mosques in Xinjiang had accelerated.",
     "demolition", ("=", "Institute on Religion and Policy")),
    ("m05", "Foreign Minister Rui Almeida this morning told reporters that the camps were unacceptable.",
     "unacceptable", ("!", "this morning")),
    ("m06", "الرباط: أعلنت شركة \"أطلس للنسيج\" أنها أوقفت استيراد القطن من شينجيانغ.", "أوقفت",
     ("!actor", "Morocco")),
    ("m07", "DHAKA: The garment exporters' association said buyers were demanding proof that no Xinjiang cotton "
            "was used.", "proof", ("!actor", "Bangladesh")),
    # o: origins are not speakers
    ("o01", "More than 200 lawyers from 15 countries signed a statement saying the camps violate international law.",
     "", ("!", "countries")),
    ("o02", "Doctors from 12 countries said in a joint letter that the reports of forced sterilisation must be "
            "investigated.", "forced sterilisation", ("~", "Doctors")),
    ("o03", "ووقع أكاديميون من ثماني دول رسالة مفتوحة قالوا فيها إن الاحتجاز الجماعي في شينجيانغ جريمة.", "",
     ("!", "دول")),
    ("o04", "Forty countries signed a joint statement saying China's policies in Xinjiang violate human rights.",
     "violate human rights", ("=", "Foreign governments")),
    # h: a company is never its home country
    ("h01", "A Chinese distributor, Jade River Films, cancelled its contract with the festival, saying the film "
            "was \"full of lies about Xinjiang.\"", "full of lies", ("=", "Jade River Films")),
    ("h02", "A Chinese distributor, Jade River Films, cancelled its contract with the festival, saying the film "
            "was \"full of lies about Xinjiang.\"", "full of lies", ("!actor", "China")),
    ("h03", "The Chinese battery maker Sunward Energy said its plant in Xinjiang used no forced labour.",
     "no forced labour", ("!actor", "China")),
    ("h04", "قالت شركة \"جبل النور\" الصينية إن مصانعها في شينجيانغ لا تستخدم العمل القسري.", "مصانعها",
     ("!actor", "China")),
    ("h05", "The Chinese embassy in Seoul said the film distorted the facts about Xinjiang.", "distorted",
     ("=", "China")),
    ("h06", "وقالت السفارة الصينية في عمّان إن الفيلم يشوه الحقائق عن شينجيانغ.", "يشوه", ("=", "China")),
    # x: "accuse X of", "call X"
    ("x01", "Retailer Brookline said it would stop buying cotton from Xinjiang, prompting the state newspaper "
            "Global Times to accuse the company of \"bowing to Western lies.\"", "bowing to Western",
     ("!actor", "Brookline")),
    ("x02", "Foreign Minister Lars Holm defended the trade deal. Opposition MP Eva Lind called Holm \"a salesman "
            "for Beijing.\"", "salesman", ("!actor", "Lars Holm")),
    ("x03", "قالت شركة \"نسيم\" إنها ستواصل الشراء من شينجيانغ، ما دفع منظمة العفو الدولية إلى اتهامها "
            "بـ\"التواطؤ في العمل القسري\".", "التواطؤ", ("!", "نسيم")),
    ("x04", "Amnesty International said the report was accurate and accused Beijing of \"crimes against "
            "humanity.\"", "crimes against humanity", ("=", "Amnesty International")),
]

# Rows the rules do not get right yet (strict: a row that passes must leave this set).
# o03: «… رسالة مفتوحة قالوا فيها»: the verb inside a relative clause takes the whole phrase «أكاديميون من ثماني
# دول» (the actor, Academics, is right; the speaker still holds the origin).
# o04: "Forty countries signed a joint statement saying": a count of states as a group speaker (no actor); groups
# are another branch's work.
# x03: «…، ما دفع منظمة العفو الدولية إلى اتهامها بـ"…"»: ending an indirect quote's content at «ما دفع» cut ten
# ANT quotes where «وهو ما دفع …» is still the speaker's own words, so the Arabic marker was left out.
OPEN = {"o03", "o04", "x03"}


@pytest.mark.parametrize(("item", "text", "fragment", "want"), [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True)) if row[0] in OPEN else row for row in ROWS],
    ids=[r[0] for r in ROWS])
def test_round12b_voice(item, text, fragment, want):
    wrong = voice_errors(item, text, fragment, want)
    assert not wrong, wrong


def test_round12b_table_shape():
    """The table holds 34 rows, both languages, and about as many negatives as positives."""
    assert table_shape_ok(ROWS, min_rows=34, min_arabic=9)
