"""The shortcuts of the topical speed work (issue 23) give what the rules gave before them.

Each shortcut skips work the rules would have done for nothing: a sentence's grammar entries are
looked up once (:class:`SentenceView`), a window is scanned only when the sentence holds a word of
the kind the scan looks for, a ``{n}`` group pattern runs only when the sentence holds its literal
words, an off-topic sentence is read only when one of its cues could bear on the target.  Here the
rules' straightforward forms (word by word, as they were written) are run beside the shortcuts on
every sentence of the stance probes and the seeds, and must agree on every cue.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from helpers.extract.stance import attribution, framing, groups
from helpers.extract.stance import polarity as polarity_module
from helpers.extract.stance.concession import conceded
from helpers.extract.stance.grammar import phrases, words
from helpers.extract.stance.groups import group_refs, group_table
from helpers.extract.stance.lexicon import match_cues
from helpers.extract.stance.polarity import polarity
from helpers.extract.stance.scope import Scope, bears, may_bear
from helpers.extract.stance.sentence import SentenceView
from helpers.text.normalise import normalise_text
from helpers.text.segment import sentences as split

ROOT = Path(__file__).resolve().parent.parent
PROBES = sorted((ROOT / "tests" / "probes").glob("stance*.tsv"))


def _texts() -> list[str]:
    """Every probe sentence and every sentence of the seeds, normalised."""
    found = []
    for path in PROBES:
        with path.open(encoding="utf-8") as handle:
            found += [row["text"] for row in csv.DictReader(handle, delimiter="\t") if row.get("text")]
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        found += [s.text for s in split(raw)]
    return [normalise_text(text) for text in found]


TEXTS = _texts()
VIEWS = [SentenceView(text, words(text), match_cues(text), []) for text in TEXTS]
CUED = [view for view in VIEWS if view.cues and view.words]


def _has(view, i, kind):
    """The lookup as it was: the grammar entries starting at word ``i``, found afresh."""
    return phrases(view.words, i).get(kind, 0)


def test_the_sentences_are_many_and_cued():
    assert len(TEXTS) > 500
    assert len(CUED) > 300


def test_lookups_equal_phrases_at_every_word():
    kinds = {kind for view in VIEWS for i in range(len(view.words)) for kind in phrases(view.words, i)}
    assert {"negator", "rejecter", "governor", "conditional", "hypothetical", "according"} <= kinds
    for view in VIEWS:
        for kind in kinds:
            expected = [i for i in range(len(view.words)) if _has(view, i, kind)]
            assert view.starts(kind) == expected
            assert view.any_of(kind) == bool(expected)
            assert [view.has(i, kind) for i in range(len(view.words))] == \
                [_has(view, i, kind) for i in range(len(view.words))]
        if view.words:  # a negative index reads from the end, as phrases() does
            assert view.has(-1, "negator") == _has(view, -1, "negator")


@pytest.mark.parametrize("kind", ["negator", "governor", "hypothetical"])
def test_a_sentence_without_the_kind_has_no_start(kind):
    view = next(v for v in VIEWS if v.words and not any(_has(v, i, kind) for i in range(len(v.words))))
    assert view.starts(kind) == [] and not view.any_of(kind)


# --- the rules as they were written, word by word (references for the shortcuts) ----------------

def _ref_hypothetical(view, first):
    has = lambda j, kind: _has(view, j, kind)  # noqa: E731
    conditional = bool(view.words) and has(0, "conditional_initial") > 0
    for j in range(first, -1, -1):
        if has(j, "apodosis") and j < first:
            break
        if has(j, "conditional") or (j == 0 and conditional):
            return view.words[j].text
        if view.words[j].opener in ("punct", "contrast") and j < first:
            break
    if not conditional:
        conditional = any(has(j, "conditional") for j in range(len(view.words)))
    if conditional and polarity_module._future(view.words[first].text):
        return view.words[first].text
    for j in range(first - 1, max(first - 1 - polarity_module._HEDGE_WINDOW, -1), -1):
        if view.words[j].clause != view.words[first].clause:
            break
        word = view.words[j].text
        assertive = not conditional and j + 1 < len(view.words) and has(j + 1, "hedge_assertive")
        if has(j, "hypothetical") and not (j and has(j - 1, "object_marker")) and not assertive:
            return word
        if conditional and (has(j, "hypothetical_if") or polarity_module._future(word)):
            return word
        if has(j, "hypothetical_present") and j + 1 < len(view.words) \
                and polarity_module._present(view.words[j + 1].text) and not assertive:
            return word
    for j in range(first + 1, min(first + 1 + polarity_module._HEDGE_AFTER, len(view.words))) if conditional else ():
        if view.words[j].clause != view.words[first].clause:
            break
        if has(j, "hypothetical") or has(j, "hypothetical_if"):
            return view.words[j].text
    return ""


def _ref_polarity(view, cue):
    has = lambda j, kind: _has(view, j, kind)  # noqa: E731
    if not view.words:
        return "", ""
    first = view.word_at(cue.start)
    hedge = _ref_hypothetical(view, first)
    if hedge:
        return "hypothetical", hedge
    granted = conceded(view, cue)
    if granted:
        return "hypothetical", granted
    for j in range(first):  # a rumour before the cue, no contrast between
        if has(j, "rumour") and not any(view.words[k].opener == "contrast" for k in range(j + 1, first + 1)):
            return "hypothetical", view.words[j].text
    received = cue.category in polarity_module._RECEIVED
    for i in range(first - 1, max(first - 1 - polarity_module._RECEIVED_WINDOW, -1), -1) if received else ():
        if view.words[i].clause != view.clause(first):
            break
        if has(i, "recipient"):
            return "received", view.words[i].text
    if cue.category == "no_response" and any(has(j, "recipient") for j in range(first, view.word_at(cue.end - 1) + 1)):
        return "received", ""
    if cue.pos == "content":  # a refusal to comment earlier in the clause
        for c in view.cues:
            if c.category in polarity_module._WITHHOLDING and c.end <= cue.start \
                    and all(view.words[k].opener in ("", "boundary")
                            for k in range(view.word_at(c.start) + 1, first + 1)):
                return "withheld", ""
    if cue.pos == "attitude":  # a "that" clause a rejecter or negator denies
        start = view.that_clause(first)
        if start is not None:
            for i in range(start - 1, max(start - 1 - polarity_module._DENIAL_WINDOW, -1), -1):
                if not has(i, "not_negation") and (has(i, "rejecter") or has(i, "negator")):
                    return "withheld", ""
                if not has(i, "not_negation") and has(i, "participle"):
                    break  # the clause is the participle's
    if cue.pos == "content":  # the "that" clause of a rejected accusation
        start = view.that_clause(first)
        if start is not None:
            for i in range(start - 1, max(start - 1 - polarity_module._DENIAL_WINDOW, -1), -1):
                if has(i, "not_negation"):
                    continue
                if has(i, "rejecter") or any(c.category in polarity_module.REJECTING
                                             and c.start <= view.words[i].start < c.end for c in view.cues):
                    return "rejected", ""
                if has(i, "participle"):
                    break  # the clause is the participle's
    if cue.label == "defends" and cue.pos == "content" and framing.named_by(view, first) is not None:
        return "rejected", ""  # "what the authorities call vocational training centres"
    last = view.word_at(cue.end - 1)  # a debunking predicate after a claim: "the genocide label … is a fabrication"
    allowed = {view.clause(last)}  # … read across an aside of at most four words with a speech verb
    for j in range(last + 1, min(last + 1 + polarity_module._DEBUNK_WINDOW, len(view.words))) \
            if cue.pos == "content" else ():
        clause = view.clause(j)
        if clause not in allowed and clause == max(allowed) + 1 and has(j, "described_as"):
            allowed.add(clause)  # «وصف الاتهامات … بأنها أكاذيب»
        elif clause not in allowed:
            words_of = [k for k in range(len(view.words)) if view.clause(k) == clause]
            aside = len(words_of) <= polarity_module._ASIDE_WORDS and any(has(k, "governor") for k in words_of)
            if not aside or clause != max(allowed) + 1:
                break
            allowed |= {clause, clause + 1}
        elif has(j, "rejecter"):
            break
        if has(j, "debunker") and not any(c is not cue and c.label == "critical"
                                          and c.start <= view.words[j].start < c.end for c in view.cues):
            if any(has(k, "negator") for k in range(max(j - 2, last + 1), j)):
                break
            return "rejected", view.words[j].text
    if cue.pos == "content":  # "lies about X": about right before the cue, a lie noun before it
        for p in range(first - 1, max(first - 3, -1), -1):
            if has(p, "about"):
                for j in range(p - 1, max(p - 1 - polarity_module._DEBUNK_WINDOW, -1), -1):
                    if view.words[j + 1].opener == "contrast":
                        break
                    if has(j, "lie_noun"):
                        return "rejected", ""
                break
    if not (view.any_of("rejecter") or view.any_of("negator") or view.any_of("framing") or view.any_of("talk_of")):
        return "", ""  # the module's rule: a rejecting cue alone ("look at your own past") rejects nothing after it
    declined = [(c.start, c.end) for c in view.cues if c is not cue and c.label == "declined"]
    others = [(c.start, c.end, c.category) for c in view.cues if c is not cue and c.label != "declined"]
    for i in range(first - 1, max(first - polarity_module._REJECTION_WINDOW, 0) - 1, -1):
        word = view.words[i]
        if word.clause != view.clause(first) or any(s <= word.start < e for s, e in declined):
            break
        if has(i, "not_negation"):
            continue
        if has(i, "opposer") and cue.category in polarity_module._HARMS:
            return "", ""
        if has(i, "rejecter") or (first - i <= polarity_module._FRAMING_WINDOW and has(i, "framing")):
            return "rejected", word.text
        if cue.pos == "content" and first - i <= polarity_module._FRAMING_WINDOW and has(i, "talk_of"):
            return "negated", word.text
        inside = [k for s, e, k in others if s <= word.start < e]
        if inside and cue.pos == "content" and any(k in polarity_module.REJECTING for k in inside):
            return "rejected", word.text
        if inside:
            break
        if first - i <= polarity_module._NEGATION_WINDOW and has(i, "negator"):
            if has(i, "privative") and first - i - has(i, "privative") > 1:
                continue  # round 10: "من دون محاكمة … سياسة قمع": a privative negator takes the next noun only
            return ("", "") if polarity_module._not_only(view, cue) else ("negated", word.text)
    i = first + 1  # a negator in the cue's gap, unless the cue's own words hold one
    while i < len(view.words) and view.words[i].start < cue.end and not polarity_module._negating_cue(cue.cue):
        if has(i, "negator") and not has(i, "not_negation"):
            return "negated", view.words[i].text
        i += 1
    return "", ""


def _ref_governor(view, i):
    for j in range(i - 1, -1, -1):
        if _has(view, j, "governor") and not any(a.start <= view.words[j].start < a.end for a in view.actors):
            relative = any(_has(view, r, "relative") or view.words[r].text == "that" for r in range(max(j - 3, 0), j))
            if relative and any(_has(view, c, "copula") for c in range(j + 1, i)):
                return None  # the verb of a relative clause that a copula closes (round 10)
            return j
    return None


def _ref_after_marker(view, lo, hi, kind):
    for j in range(lo, min(hi, len(view.words))):
        size = _has(view, j, kind)
        if size:
            following = [k for k, w in enumerate(view.first) if j + size <= w <= j + size + 2]
            if following:
                return attribution._chain(view, following[0])
    return []


def _ref_words(text):
    """grammar.words() as it was written."""
    from helpers.extract.stance.grammar import _PUNCT, _WORD, Word, _negators, _openers, _strip_conj
    openers, negators = _openers(), _negators()
    stops = [m.start() for m in _PUNCT.finditer(text)]
    result, clause, last, p = [], 0, 0, 0
    for m in _WORD.finditer(text):
        token, opener = m.group(), ""
        while p < len(stops) and stops[p] < last:
            p += 1
        if result:
            opener = openers.get(token) or openers.get(_strip_conj(token), "")
            if opener == "boundary" and result[-1].text in negators:
                opener = ""
            if not opener and p < len(stops) and stops[p] < m.start():
                opener = "punct"
            clause += bool(opener)
        result.append(Word(m.start(), m.end(), token, clause, opener))
        last = m.end()
    return result


def test_words_are_unchanged():
    openers = {w.opener for text in TEXTS for w in words(text)}
    assert openers == {"", "punct", "boundary", "contrast"}
    for text in TEXTS + ["فإن الصين، وفإن", "دون أن تدين وإن لكن ولكن"]:
        assert words(text) == _ref_words(text)


def test_polarity_is_unchanged_on_every_cue():
    states = set()
    for view in CUED:
        for cue in view.cues:
            expected = _ref_polarity(view, cue)
            assert polarity(view, cue) == expected, (view.text, cue.cue)
            assert polarity_module._hypothetical(view, view.word_at(cue.start)) == \
                _ref_hypothetical(view, view.word_at(cue.start))
            states.add(expected[0])
    assert {"", "negated", "rejected", "hypothetical"} <= states  # the table covers every outcome


def test_governor_and_markers_are_unchanged():
    seen = {"governor": 0, "marker": 0}
    for view in CUED:
        for i in range(len(view.words) + 1):
            governor = attribution._governor(view, i)
            assert governor == _ref_governor(view, i)
            seen["governor"] += governor is not None
        for lo, hi in [(0, len(view.words)), (1, 3), (2, len(view.words) + 5)]:
            for kind in ("according", "agent"):
                found = attribution._after_marker(view, lo, hi, kind)
                assert found == _ref_after_marker(view, lo, hi, kind)
    assert seen["governor"] > 50


def test_numbered_groups_gate_changes_nothing(monkeypatch):
    _, numbered, _ = group_table()
    assert numbered  # the {n} entries of groups.tsv
    samples = TEXTS + ["وقالت 22 دولة في رسالة مشتركة", "thirty-seven countries signed a letter",
                       "43 nations backed the statement", "and 22 governments said"]
    gated = [group_refs(text.lower(), actors=[], owner="China") for text in samples]
    monkeypatch.setattr(groups, "_literals", lambda entry: ())
    ungated = [group_refs(text.lower(), actors=[], owner="China") for text in samples]
    assert gated == ungated
    assert sum(1 for found in gated if any(f[2] == "Foreign governments" for f in found)) >= 3


def test_every_literal_of_a_numbered_entry_is_in_its_matches():
    _, numbered, _ = group_table()
    for pattern, entry in numbered:
        literals = groups._literals(entry)
        assert literals and "{n}" not in " ".join(literals)
        text = entry.replace("{n}", "22")
        match = pattern.search(text)
        assert match is not None, entry
        assert all(word in match.group(0) for word in literals)


@pytest.mark.parametrize("subject", [False, True])
def test_may_bear_is_a_superset_of_bears_off_topic(subject):
    class Sentence:
        start, end = 100, 160

    declined = [c for view in CUED for c in view.cues if c.label == "declined"][:3]
    other = [c for view in CUED for c in view.cues if c.label != "declined"][:3]
    assert declined and other
    checked = 0
    for hot in ([], [(0, 50)], [(90, 101)], [(159, 200)], [(160, 170)], [(120, 130)]):
        scope = Scope("off", frozenset({"China"}), hot, subject)
        for cues in ([other[0]], other, declined[:1], other + declined):
            for c_start in range(Sentence.start, Sentence.end + 1):
                if any(bears(scope, c_start, linked, c.label) for c in cues for linked in (False, True)):
                    assert may_bear(scope, Sentence, cues)
                    checked += 1
    assert checked > 0


# --- the cue gate: every word of a cue must be in the text before its pattern runs -----------------

def test_cue_gate_is_derived_from_the_lexicon():
    from helpers.extract.stance.lexicon import _needs, load_cues
    needs = _needs()
    cues = load_cues()
    assert set(needs) == set(cues["cue_id"])  # one entry per row of stance/cues.tsv, none elsewhere
    assert all(needs[i] and all(forms for forms in needs[i]) for i in needs)


def test_every_match_of_every_cue_holds_a_form_of_each_word():
    """The gate is a superset: run every cue's pattern, ungated, on every sentence; each match
    holds one stem of each of its words, so the gate never drops a match."""
    from helpers.extract.stance.lexicon import _matcher, _needs
    _, compiled, _ = _matcher()
    needs, matched = _needs(), 0
    for text in TEXTS:
        for cue_id, pattern in compiled.items():
            for m in pattern.finditer(text):
                matched += 1
                assert all(any(form in m.group() for form in forms) for forms in needs[cue_id]), \
                    (text, cue_id)
    assert matched > 500


def test_gated_matches_equal_ungated(monkeypatch):
    from helpers.extract.stance import lexicon
    gated = [match_cues(text) for text in TEXTS]
    monkeypatch.setattr(lexicon, "_needs", lambda: {i: () for i in lexicon.load_cues()["cue_id"]})
    assert [match_cues(text) for text in TEXTS] == gated
    assert sum(map(len, gated)) > 400
