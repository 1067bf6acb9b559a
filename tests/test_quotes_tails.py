"""What follows an English speech verb after the content: a tail, never the content (issue 20, round 9).

"…, the activist told the conference.", "…, the newspaper said in an editorial.": the words after the verb name the
hearer or the channel, and what the speaker said is the clause before the comma. A verb of telling followed by a
clause ("told the conference the camps must close") still reports that clause, and a speaker named before an
apposition ("X, a former senator, told a forum") is not replaced by the hearer. Rows: (text, speaker, actor,
words the content holds).
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
