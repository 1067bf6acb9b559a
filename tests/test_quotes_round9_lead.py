"""The quote stage, round 9 (issue 20): where a reported statement's content ends, and who speaks a participle.

English: what follows a speech verb after the content is a tail, never the content.

"…, the activist told the conference.", "…, the newspaper said in an editorial.": the words after the verb name the
hearer or the channel, and what the speaker said is the clause before the comma. A verb of telling followed by a
clause ("told the conference the camps must close") still reports that clause, and a speaker named before an
apposition ("X, a former senator, told a forum") is not replaced by the hearer. Rows: (text, speaker, actor,
words the content holds).

Arabic: «، فيما» (while) opens another subject's clause and ends the content («… تعسفي، فيما نفت الصين ذلك»);
the idioms that start with it (فيما يتعلق "as regards", فيما بينها "among themselves", فيما بعد "later", فيما يشبه
"in what resembles") do not.

English participles after a comma ("…, saying", "…, adding"): the sentence's subject speaks, not the object named
right before the comma ("Canada summoned China's ambassador, saying …").
"""

import pytest

from helpers.extract.quotes.rows import find_quotes

ROWS = [
    ("Camps in Xinjiang still hold thousands of people, the activist Rukiye Imin told the conference.",
     "Rukiye Imin", "Rukiye Imin", "Camps in Xinjiang"),
    ("The centres saved many lives, a Chinese official told a visiting delegation.",
     "a Chinese official", "China", "The centres saved"),
    ("The reports about Xinjiang are lies, the Global Times said in an editorial.",
     "the Global Times", "China", "The reports about"),
    # a clause after the hearer is the content
    ("Aziz Tohti told the conference the camps must close.", "Aziz Tohti", "Aziz Tohti", "the camps must close"),
    ("The spokesman told the BBC that the camps were closed.", "spokesman", "", "the camps were closed"),
    # the hearer is never the speaker
    ("\"The hypocrisy is breathtaking,\" Marco Bellini, a former Italian senator, told a forum in Beijing.",
     "Marco Bellini", "Marco Bellini", None),
]


@pytest.mark.parametrize("text, speaker, actor, content", ROWS, ids=[r[0][:40] for r in ROWS])
def test_tail_after_the_verb_is_not_the_content(text, speaker, actor, content):
    rows = find_quotes(text, doc_id="t")
    assert len(rows) == 1, rows[["speaker", "content"]].to_string()
    row = rows.iloc[0]
    assert (row["speaker"], row["actor"]) == (speaker, actor), row[["speaker", "actor", "content"]].to_dict()
    if content is not None:
        assert content in row["content"], row["content"]


ARABIC = [  # (text, speaker, words the content holds, words it must not hold)
    ("وقالت منظمة العفو الدولية إن الاحتجاز في شينجيانغ تعسفي، فيما نفت الصين ذلك.",
     "منظمة العفو الدولية", "الاحتجاز في شينجيانغ تعسفي", "نفت"),
    ("وتصف واشنطن ما يجري في شينجيانغ بالإبادة الجماعية، فيما تصفه بكين بمكافحة الإرهاب.",
     "واشنطن", "الإبادة الجماعية", "بكين"),
    ("وقال المتحدث إن الصين، فيما يتعلق بشينجيانغ، تكافح الإرهاب والتطرف.",
     "المتحدث", "تكافح الإرهاب", None),
    ("وقال الخبير إن الدول الغربية منقسمة فيما بينها حول العقوبات.", "الخبير", "حول العقوبات", None),
    ("وقالت الوزيرة إن بلادها ستعلن موقفها فيما بعد.", "الوزيرة", "فيما بعد", None),
    ("وقالت اللجنة إنها تلقت تقارير عن احتجاز الإيغور فيما يشبه معسكرا ضخما.", "اللجنة", "فيما يشبه معسكرا", None),
]


@pytest.mark.parametrize("text, speaker, held, left_out", ARABIC, ids=[r[0][:30] for r in ARABIC])
def test_arabic_while_clause_ends_the_content(text, speaker, held, left_out):
    rows = find_quotes(text, doc_id="t")
    row = rows[rows["speaker"] == speaker]
    assert len(row) == 1, rows[["speaker", "content"]].to_string()
    content = row.iloc[0]["content"]
    assert held in content, content
    assert left_out is None or left_out not in content, content


PARTICIPLES = [  # (text, speaker, actor)
    ("Canada summoned China's ambassador on Monday, saying the detentions in Xinjiang were unacceptable.",
     "Canada", "Canada"),
    ("Pakistan backed Beijing, saying its policies in Xinjiang are an internal affair.", "Pakistan", "Pakistan"),
    ("Germany imposed sanctions on four Chinese officials, saying the abuses in Xinjiang could not go unanswered.",
     "Germany", "Germany"),
    ("The United States condemned China on Tuesday, saying the camps in Xinjiang were a crime.",
     "United States", "United States"),
    # the earlier speech verb's speaker goes on; an opening word alone is no subject
    ("China's foreign ministry rejected the report, saying the centres in Xinjiang were schools.",
     "China's foreign ministry", "China"),
    ("Only later does the committee turn to Xinjiang, urging China to release the detainees.", "!", "Only"),
]


@pytest.mark.parametrize("text, speaker, actor", PARTICIPLES, ids=[r[0][:40] for r in PARTICIPLES])
def test_participle_after_a_comma_has_the_sentence_subject(text, speaker, actor):
    rows = find_quotes(text, doc_id="t")
    verbs = rows[rows["verb"].isin(["saying", "urging"])]
    assert len(verbs) == 1, rows[["speaker", "verb", "content"]].to_string()
    row = verbs.iloc[0]
    if speaker == "!":
        assert actor not in (row["speaker"], row["actor"]), row.to_dict()
    else:
        assert (row["speaker"], row["actor"]) == (speaker, actor), row[["speaker", "actor"]].to_dict()
