"""Issue 20 kind 7, round 13: the lead's conventions of the claims table, and three kinds of number that are no figure.

- A figure from an unnamed report, estimate or study is the author's: ``attributed_to`` is empty ("(author)", as the
  readers' gold writes it); the phrase as written stays in ``attributed_speaker``.
- The sample of a testimony (people interviewed, witnesses heard) and the region's growth, GDP, budget and
  investment are figures (they were already read so; these rows keep them).
- A parliament's vote count is no figure: a ``vote`` row of ``data/claims/count_units.tsv`` after the number
  ("by 266 votes", «بـ 300 صوتا»), or members of a parliament counted with a ``vote_verb`` row next to them
  («أيدها 76 نائبا», "52 lawmakers voted against").  Lawmakers counted for anything else stay figures.
- The length of a document is no figure: a ``length`` row after the number ("12 paragraphs", «في 9 فقرات»).
- The words *near* a number (the topic rule's window for ``off_near`` words: a team, staff, an audience) are those
  of its own sentence; "attended by", «حضره» are ``off_near`` words (an audience is no figure).
- A share followed by a number that is no share is not a range ("rose 20 percent to 158 million": two figures).
- A time unit after "last", "this" … (``time_deictic`` rows) or an Arabic one with the article says when, not how
  long: "158 million last year", «158 مليونا العام الماضي» are figures (they were read as durations).
- "analysed by", "examined by" are source cues (``after`` rows of ``data/claims/source_cues.tsv``).
- A news medium is named by a place before the complementiser only («صحيفة "كاشغر"» → "Kashgar newspaper"; in
  «صحيفة محلية أن محكمة في كاشغر» Kashgar is the court's: the paper is unnamed, the author's).
- A figure whose span overlaps a quote's speaker phrase counts the speakers ("Some 22 countries signed …": the hedge
  "Some" starts before the speaker phrase): that quote is not its source.
- A count of people larger than any people of the topic (more than 100 million: a state's or the world's population,
  "1.4 billion people to feed") kept only by the weak rules (the document or the sentence before) is no figure.

Each text is my own.
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyze_rows
from helpers.evaluate.probes import probe_document


def _sources(text: str, lang: str) -> set[tuple[str, str]]:
    document = probe_document({"id": "t", "text": text, "lang": lang, "note": ""})
    return {(r["value"], r["attributed_to"]) for r in analyze_rows(document, tables=("claims",), scope="all")["claims"]}


def _speakers(text: str, lang: str) -> set[tuple[str, str]]:
    document = probe_document({"id": "t", "text": text, "lang": lang, "note": ""})
    return {(r["value"], r["attributed_speaker"]) for r in
            analyze_rows(document, tables=("claims",), scope="all")["claims"]}


UNNAMED = [
    ("en", "Some 2 million Uyghurs have passed through the camps in Xinjiang, according to estimates.",
     {("2000000", "")}),
    ("en", "A study found that 400,000 Uyghur children in Xinjiang had been separated from their parents.",
     {("400000", "")}),
    ("ar", "وتقول تقارير إن نحو مليون إيغوري احتجزوا في معسكرات بإقليم شينجيانغ.", {("1000000", "")}),
    ("ar", "وفق تقديرات، نقل 80 ألف إيغوري من شينجيانغ للعمل في مصانع بمقاطعات أخرى.", {("80000", "")}),
    # a named source stays
    ("en", "Human Rights Watch estimates that 1 million Uyghurs are held in Xinjiang.",
     {("1000000", "Human Rights Watch")}),
    ("ar", "وقالت منظمة العفو الدولية إن مليون إيغوري احتجزوا في شينجيانغ.", {("1000000", "Amnesty International")}),
]

SAMPLES_AND_ECONOMY = [
    ("en", "Amnesty International said it had interviewed 55 former detainees from camps in Xinjiang.",
     {("55", "Amnesty International")}),
    ("ar", "وقالت هيومن رايتس ووتش إنها أجرت مقابلات مع 58 شخصا من إقليم شينجيانغ.", {("58", "Human Rights Watch")}),
    ("en", "Xinjiang's economy grew by 6.1 percent in 2018, the regional statistics bureau said.", {("6.1", "China")}),
]

VOTES = [
    ("en", "The bill on Uyghur forced labour passed the House by 406 votes to 3.", set()),
    ("ar", "وأقر البرلمان الكندي المذكرة بشأن الإيغور بـ 266 صوتا مقابل لا شيء.", set()),
    ("ar", "صوت البرلمان البريطاني على مذكرة بشأن الإيغور، وأيدها 120 نائبا.", set()),
    ("en", "In the Dutch parliament, 52 lawmakers voted against the motion on the Uyghurs.", set()),
    # lawmakers counted for anything else stay figures
    ("en", "China sanctioned 10 British lawmakers who had criticised the camps in Xinjiang.",
     {("10", "")}),
    ("ar", "وفرضت الصين عقوبات على 10 نواب أوروبيين انتقدوا معسكرات شينجيانغ.", {("10", "")}),
]

LENGTHS = [
    ("en", "The Chinese foreign ministry's rebuttal on Xinjiang ran to 14 paragraphs.", set()),
    ("ar", "وجاء رد الخارجية الصينية بشأن شينجيانغ في 11 فقرة.", set()),
    ("en", "The white paper on the Uyghurs has 8 chapters.", set()),
]

POPULATIONS = [
    ("en", "Asked about Xinjiang's Uyghurs, the official said China had 1.4 billion citizens to look after.", set()),
    ("en", "Asked about the camps, the ambassador replied that his country had 1.4 billion people to care for.", set()),
    ("ar", "وتحتجز المعسكرات إيغورا من أنحاء شينجيانغ.\n\nوقال الوزير إن بلاده يعيش فيها 1.4 مليار شخص.", set()),
    ("ar", "وردا على سؤال عن الإيغور، قال المتحدث إن الصين يسكنها 1.4 مليار نسمة.", set()),
    # the topic's own people stay, however the figure was kept
    ("en", "Asked about the camps, the official said Xinjiang's 25 million people lived in peace.",
     {("25000000", "")}),
    ("en", "The camps were built in 2017.\n\nSome 1.5 million Uyghurs have been held in them, the researcher said.",
     {("1500000", "")}),
]


NEAR = [
    # the words near a number are those of its own sentence: a team, staff or audience in the next one is not near
    ("en", "The researchers found 260 detention compounds built in Xinjiang since 2017.\nTheir team of 4 analysts "
           "worked for 18 months.", {("260", "")}),
    ("ar", "وأحصى الباحثون 380 منشأة احتجاز في شينجيانغ.\nويعمل في فريقهم 6 محللين.", {("380", "")}),
    # an audience is no figure
    ("en", "China's ambassador said Xinjiang had seen no attack for four years.\nHe spoke at a news conference "
           "attended by about 100 journalists.", set()),
    ("ar", "وقال السفير إن شينجيانغ لم يشهد هجوما منذ أربع سنوات.\nوعقد مؤتمرا صحفيا حضره نحو 100 صحفي.", set()),
]

RANGES = [
    # a share and then a number that is no share are two figures, not a range
    ("en", "Xinjiang's tourist arrivals rose 20 percent to 158 million last year, the regional government said.",
     {("20", "China"), ("158000000", "China")}),
    ("ar", "وارتفع عدد السياح في شينجيانغ بنسبة 20 في المئة إلى 158 مليون سائح في 2021.",
     {("20", ""), ("158000000", "")}),
    # a share's range stays one figure
    ("en", "Between 3 and 4 percent of Uyghur women in Xinjiang were sterilised, the study found.", {("3-4", "")}),
    ("ar", "وتراوحت نسبة الأطفال الإيغور في المدارس الداخلية بشينجيانغ بين 30 و40 في المئة.", {("30-40", "")}),
]

WHEN = [
    # a time unit after a "last"/"this" word or with the article says when, not how long: the number stays a figure
    ("en", "Xinjiang's tourist arrivals reached 158 million last year.", {("158000000", "")}),
    ("ar", "وبلغ عدد السياح في شينجيانغ 158 مليونا العام الماضي.", {("158000000", "")}),
    # a duration is no figure
    ("en", "The Uyghur teacher was held in a camp in Xinjiang for 3 years.", set()),
    ("ar", "واحتجز المعلم الإيغوري في معسكر بشينجيانغ 3 سنوات.", set()),
]

ANALYSED = [
    # "analysed by X" names the figure's source, as «حللتها X» does
    ("en", "Satellite images analysed by the BBC show that 40 camps in Xinjiang were expanded in 2019.",
     {("40", "BBC")}),
    ("ar", "وأظهرت صور أقمار صناعية حللتها هيئة الإذاعة البريطانية أن 40 معسكرا في شينجيانغ جرى توسيعها.",
     {("40", "BBC")}),
    # records nobody analysed, or a newspaper's review, stay the author's
    ("en", "Some 500,000 Uyghur children were in boarding schools in Xinjiang, according to government documents "
           "reviewed by the newspaper.", {("500000", "")}),
    ("ar", "وتظهر وثائق مسربة أن 311 شخصا من قراقاش أرسلوا إلى معسكرات في شينجيانغ.", {("311", "")}),
]

MEDIA_PLACE = [
    # a place after the complementiser is the content's: the medium stays unnamed, the author's
    ("ar", "ذكرت صحيفة محلية أن محكمة في كاشغر حكمت على 30 إيغوريا بالسجن.", {("30", "")}),
    ("en", "A local newspaper reported that a court in Kashgar had sentenced 30 Uyghurs to prison.", {("30", "")}),
    # a medium named by its place keeps it
    ("ar", "وذكرت صحيفة \"كاشغر\" الصينية أن محكمة حكمت على 30 إيغوريا بالسجن.", {("30", "Kashgar newspaper")}),
]

COUNTED_SPEAKERS = [
    # a figure that overlaps a speaker phrase counts the speakers (its hedge before them included): the author's
    ("en", "Some 40 countries signed a letter backing China's policies in Xinjiang at the UN.", {("40", "")}),
    ("ar", "ونحو 40 دولة وقعت رسالة تؤيد سياسات الصين في شينجيانغ.", {("40", "")}),
    # what the counted speakers say is still theirs
    ("en", "More than 20 ambassadors said that about 1 million Uyghurs were held in camps in Xinjiang.",
     {("20", ""), ("1000000", "Ambassadors")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"),
                         UNNAMED + SAMPLES_AND_ECONOMY + VOTES + LENGTHS + POPULATIONS + NEAR + RANGES + WHEN
                         + ANALYSED + MEDIA_PLACE + COUNTED_SPEAKERS)
def test_round13(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _sources(text, lang) == expected


def test_unnamed_phrase_is_kept() -> None:
    speakers = _speakers("Over the past year, Chinese police detained 3,000 Uyghurs in Kashgar, the report said.", "en")
    assert speakers == {("3000", "the report")}
