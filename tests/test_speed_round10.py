"""The tenth speed round (issue 23) gives what the code gave before it.

Each change replaces a scan by a cheaper one that answers the same: the word before a position and the
last clause mark of a span are read on the reversed span with one match instead of a search that tries
every start; the URL spans of a text that lacks every literal the URL pattern needs are not searched
for; a line is searched for a photo credit only when it holds one of the characters every credit needs;
spaces at line and text edges are found with ``str.strip``.  Here the old forms run beside the new ones
on the stance probes, the seeds, the dev set, ANT and made-up texts.
"""

from __future__ import annotations

import bisect
import json
import random
import re

import pytest

from helpers.extract.mentions.rows import _URL_OR_SLUG, _url_spans
from helpers.extract.quotes.speakers import _BOUNDARY_MARK, previous_word
from helpers.text.clean import _CREDIT, clean
from helpers.text.normalise import normalise_text
from helpers.text.word_before import after_last_char
from test_speed_topical import TEXTS

#: The pattern ``previous_word`` searched with before (``search(text, position - 30, position)``).
_PREVIOUS = re.compile(r"(\w+)\W*$")
#: The pattern ``subject_before`` searched its span with for the last clause mark.
_LAST_BOUNDARY = re.compile(r".*[;؛:«»“”\"]", re.S)

_MADE_UP = ["", " ", "a", "é", "_", "__x", "x_", "a b", "a, ", "..x", "x..", "٣٤ كلمة،", "a\u0301b", "\u200b",
            "x" * 40 + "  ", "word " * 12, "قال المتحدث: «", "«نحن» قال", "e-mail", "a-b-c", "a-b-c-d",
            "1-2-3-4-5", "http:/x", "://", "www.", "WWW.X", "wWw.x", "see https://x.org/a-b now",
            "HTTPS://EXAMPLE.COM", "uyghur-camps-in-xinjiang-2019", "a-b c-d e-f", "x - - - y",
            "٣-٤-٥-٦", "ـــ-ـــ-ـــ-ـ", "news-in-brief-today and more", "\n-\n-\n-\n"]


def _old_previous(text: str, position: int) -> str:
    match = _PREVIOUS.search(text, max(0, position - 30), position)
    return match.group(1) if match else ""


def _old_gate(needs, text: str) -> list:
    return [key for key, words in needs.items() if all(any(form in text for form in forms) for forms in words)]


# --- the word before a position ----------------------------------------------------------------------

def test_previous_word_equals_the_search_at_every_position(seeds):
    texts = [normalise_text(doc.raw) for doc in seeds.documents] + TEXTS[:300] + _MADE_UP
    checked = 0
    for text in texts:
        for position in range(-3, len(text) + 4):
            assert previous_word(text, position) == _old_previous(text, position), (text[:60], position)
            checked += 1
    assert checked > 20000


def test_previous_word_on_random_text():
    rng = random.Random(7)
    alphabet = "ab_ 1٣,.«»\n\t\u0301\u200bقالé-"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50)))
        for position in range(-1, len(text) + 2):
            assert previous_word(text, position) == _old_previous(text, position), (text, position)


def _old_after_last_mark(text: str, start: int, end: int) -> int:
    tail = _LAST_BOUNDARY.search(text[start:end])
    return start + tail.end() if tail else start


def test_after_last_mark_equals_the_search(seeds):
    texts = [normalise_text(doc.raw) for doc in seeds.documents] + TEXTS[:400] + _MADE_UP
    rng = random.Random(11)
    checked = marked = 0
    for text in texts:
        for _ in range(40):
            start = rng.randrange(len(text) + 1)
            end = rng.randrange(start, len(text) + 1)
            found = after_last_char(_BOUNDARY_MARK, text, start, end)
            assert found == _old_after_last_mark(text, start, end), (text[:60], start, end)
            checked, marked = checked + 1, marked + (found != start)
    for text in ['', ';', 'a;b', '«x» y', 'x\n:\n', '"', 'a“b”c']:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert after_last_char(_BOUNDARY_MARK, text, start, end) == _old_after_last_mark(text, start, end)
    assert checked > 15000 and marked > 100


# --- URL spans -----------------------------------------------------------------------------------------

def _old_url_spans(raw: str) -> list[tuple[int, int]]:
    return [m.span() for m in _URL_OR_SLUG.finditer(raw)]


def test_url_spans_equal_the_search(seeds, dev_path):
    texts = [doc.raw for doc in seeds.documents] + _MADE_UP
    texts += [p.read_text(encoding="utf-8") for p in sorted((dev_path / "docs").rglob("*.txt"))]
    rng = random.Random(3)
    alphabet = "ab1-ab1-ab1-:/.wW hHtTpPsS\n"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(5000)]
    assert [_url_spans(t) for t in texts] == [_old_url_spans(t) for t in texts]
    assert sum(1 for t in texts if _url_spans(t)) > 50


def test_url_spans_on_ant(ant_path):
    texts = [json.loads(line).get("text") or "" for line in ant_path.open(encoding="utf-8")]
    found = [_url_spans(t) for t in texts]
    assert found == [_old_url_spans(t) for t in texts]
    assert sum(map(bool, found)) > 10


@pytest.mark.parametrize("text", ["a-b-c-d", "http://x", "www.x", "WWW.X", "x https://y z"])
def test_url_spans_found_at_the_gate_minimum(text):
    assert _url_spans(text) == _old_url_spans(text) != []


# --- photo credits -------------------------------------------------------------------------------------

def test_every_credit_alternative_needs_a_mark():
    """Each top-level alternative of the credit pattern holds "/", "(" or ":" outside any repeat, so a line
    without one of them cannot match (the gate in ``clean._captions``)."""
    from re import _constants as C
    from re import _parser
    tree = _parser.parse(_CREDIT.pattern, _CREDIT.flags)
    assert len(tree.data) == 1 and tree.data[0][0] is C.BRANCH
    branches = tree.data[0][1][1]
    assert len(branches) >= 5
    for branch in branches:
        assert any(op is C.LITERAL and value in (ord("/"), ord("("), ord(":")) for op, value in branch.data), branch


def _lines(texts):
    return [line for text in texts for line in text.splitlines() if line.strip()]


def test_credit_matches_hold_a_mark(seeds, dev_path):
    made = ["REUTERS/Thomas Peter", "reuters/x", "(صورة أرشيفية)", "الصورة: أ ف ب", "Photo : AFP", "photo:x",
            "رويترز / محمد", "Getty Images/iStock", "(Photo)", "no credit here", "AFP via Getty"]
    texts = [doc.raw for doc in seeds.documents] + made
    texts += [p.read_text(encoding="utf-8") for p in sorted((dev_path / "docs").rglob("*.txt"))]
    found = 0
    for line in _lines(texts):
        if _CREDIT.search(line):
            found += 1
            assert "/" in line or "(" in line or ":" in line
    assert found >= 7


def test_clean_reports_on_made_up_documents_with_credits(monkeypatch):
    """clean() with the gate equals clean() with the credit search on every line."""
    from helpers.text import clean as clean_module
    rng = random.Random(5)
    pieces = ["REUTERS/Thomas Peter", "(صورة أرشيفية)", "الصورة: أ ف ب", "Photo: AFP", "قال المتحدث إن", "12 مارس 2019",
              "2019", "Uyghur camps in Xinjiang", "بكين (رويترز) -", "a/b", "x(y", "k: v", "Photo", "صورة"]
    docs = ["\n".join(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
                       for _ in range(rng.randint(1, 8))) for _ in range(300)]
    gated = [clean(doc).report for doc in docs]

    def ungated(raw, lines, removed, dateline_at):  # _captions as it was: the credit searched on every line
        starts, ends, rows = [s for s, _, _ in removed], [e for _, e, _ in removed], []
        for start, end, _ in lines:
            at = bisect.bisect_right(starts, start) - 1
            if at >= 0 and end <= ends[at]:
                continue
            text = raw[start:end]
            before_dateline = dateline_at is not None and end < dateline_at
            if _CREDIT.search(text) or (before_dateline and clean_module._DATE_END.search(text)):
                s, e = start + len(text) - len(text.lstrip()), end - (len(text) - len(text.rstrip()))
                rows.append({"start": s, "end": e, "reason": "caption", "action": "flagged", "text": raw[s:e]})
        return rows

    monkeypatch.setattr(clean_module, "_captions", ungated)
    assert [clean(doc).report for doc in docs] == gated
    assert sum(1 for report in gated for row in report if row["reason"] == "caption") > 50


# --- spaces at line and text edges ---------------------------------------------------------------------

_WS = "[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_OLD_SPACES = re.compile(rf"(?m)^{_WS}+|{_WS}+$")
_OLD_EDGES = re.compile(r"\A\s+|\s+\Z")


def _old_edge_spaces(text: str) -> list[tuple[int, int]]:
    return [m.span() for pattern in (_OLD_SPACES, _OLD_EDGES) for m in pattern.finditer(text) if m.end() > m.start()]


def test_edge_spaces_equal_the_searches(seeds):
    from helpers.text.clean import _edge_spaces
    rng = random.Random(13)
    alphabet = "ab \t\n\u00a0\u2000\u2003\u200a\u200b\u3000\u202f\u205f\r\x0b\x0c\x1c\x1f\u2028\u2029\u0085\u180ex"
    texts = [doc.raw for doc in seeds.documents] + _MADE_UP + ["\n", "\n\n", " \n ", "\t\n\t", " x \n y "]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(60000)]
    for text in texts:
        assert _edge_spaces(text) == _old_edge_spaces(text), repr(text)
    assert sum(len(_edge_spaces(t)) for t in texts) > 50000
