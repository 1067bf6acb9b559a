"""Issue 23, start-up (second round): what the faster start relies on gives what the old code gave.

The command line and the pipeline no longer import pandas (a DataFrame is made
only where one is asked for); the stages read the stance cue rows, the entity
rows and missing cells without it; the mention automaton stores indices into a
table of key specs and resolves the payloads from the gazetteer on first hit.
Each test holds one of these against the form it replaces.  No timing is asserted.
"""

import math
import pickle
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import ahocorasick
import numpy as np
import pandas as pd
import pytest

from helpers.extract.mentions import rows as mention_stage
from helpers.extract.mentions.automaton import _rank, automaton, build_automaton, is_arabic
from helpers.extract.stance import lexicon
from helpers.gazetteer.index import default_gazetteer, entities
from helpers.io.disk_cache import _version, input_key
from helpers.io.rows import as_rows, is_frame, isna
from helpers.io.schema import _missing
from helpers.text.view import match_view

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

SUBPROCESS = """
import sys
{imports}
print(sorted(m for m in ("pandas", "pyarrow", "tqdm", "concurrent.futures.process") if m in sys.modules))
"""


@pytest.mark.parametrize("imports", [
    "import helpers.cli.main",
    "import helpers.engine.pipeline",
    "import helpers.engine.scale",
    "import helpers.extract.stance, helpers.extract.quotes, helpers.extract.claims",
    "import helpers.io.writers, helpers.gazetteer",
])
def test_imports_leave_pandas_out(imports):
    code = SUBPROCESS.format(imports=imports)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_first_document_runs_without_pandas(tmp_path):
    code = SUBPROCESS.format(imports=f"""
from helpers.engine.pipeline import analyze_rows
from helpers.io.corpus import make_document
path = {str(sorted(SEEDS.glob("*.txt"))[0])!r}
rows = analyze_rows(make_document(open(path, encoding="utf-8").read(), file=path))
assert rows["stances"] and rows["mentions"] and rows["quotes"], {{k: len(v) for k, v in rows.items()}}
""")
    env = {"HELPERS_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    for _ in range(2):  # an empty cache folder (built), then the cache files (loaded)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
        assert out.stdout.strip() == "[]"


def _old_automaton(gazetteer):
    """The automaton as it was built before: each key's payload inline in the automaton."""
    entries = defaultdict(list)
    for table, is_block in ((gazetteer.keys, False), (gazetteer.blocks, True)):
        for key, value in table.items():
            payload = value if is_block else _rank(value)
            cased = not is_block and any(v.form == "acronym" or "case" in v.flags for v in value)
            entries[key].append((False, is_block, payload, cased))
            if is_arabic(key) and key.startswith("ال") and len(key) > 3:
                entries["لل" + key[2:]].append((True, is_block, payload, cased))
    found = ahocorasick.Automaton()
    for key, items in entries.items():
        found.add_word(key + " ", (len(key), is_arabic(key), len(key.replace(" ", "")), tuple(items)))
    found.make_automaton()
    return found


@pytest.fixture(scope="module")
def views():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts.append("China's foreign ministry and the UN; OHCHR said the CPC and Xi Jinping, in Urumqi. ")
    texts.append("قالت وزارة الخارجية الصينية للأمم المتحدة إن الحزب الشيوعي الصيني وللصين موقفا في شينجيانغ. ")
    return [match_view(text)[0] + " " for text in texts]


def test_indexed_automaton_gives_the_old_hits(views):
    gazetteer = default_gazetteer()
    old = _old_automaton(gazetteer)
    new = build_automaton(gazetteer).bind(gazetteer)
    reloaded = pickle.loads(pickle.dumps(build_automaton(gazetteer))).bind(gazetteer)
    total = 0
    for view in views:
        expected = list(mention_stage._hits(view, old))
        assert list(mention_stage._hits(view, new)) == expected
        assert list(mention_stage._hits(view, reloaded)) == expected
        total += len(expected)
    assert total > 50  # the texts do hit the gazetteer


def test_cached_automaton_holds_no_variants():
    gazetteer = default_gazetteer()
    found = automaton(gazetteer)
    assert found._gazetteer is gazetteer
    data = pickle.dumps(found)
    assert b"Variant" not in data and b"helpers.gazetteer" not in data


def test_payloads_are_the_gazetteers_objects(views):
    gazetteer = default_gazetteer()
    found = build_automaton(gazetteer).bind(gazetteer)
    for _, (_, _, _, items) in found.iter(views[0]):
        for _, is_block, payload, _ in items:
            if is_block:
                assert any(payload is value for value in gazetteer.blocks.values())
            else:
                assert all(any(v is w for w in gazetteer.keys[v.key]) for v in payload)


ISNA = [None, math.nan, float("inf"), 0, 1, -1, True, False, "", "x", "nan", 0.0, 1.5,
        np.float64("nan"), np.float64(2.0), np.int64(3), np.bool_(True), pd.NA, pd.NaT, np.datetime64("NaT"),
        Decimal("NaN"), Decimal("1")]


@pytest.mark.parametrize("value", ISNA, ids=repr)
def test_isna_is_pandas_isna(value):
    assert isna(value) == pd.isna(value)
    assert type(isna(value)) is type(pd.isna(value))


@pytest.mark.parametrize("value, missing", [(None, True), (math.nan, True), (np.float64("nan"), True),
                                            (pd.NA, True), (0, False), ("", False), (0.0, False)])
def test_missing_cells_with_pandas_loaded(value, missing):
    assert _missing(value) is missing


def test_frames_without_importing_pandas():
    table = pd.DataFrame({"start": [1, 2]})
    assert is_frame(table) and not is_frame([{"start": 1}]) and not is_frame(None)
    assert as_rows(table) == [{"start": 1}, {"start": 2}]


def test_cue_rows_are_load_cues_tuples():
    lexicon.reload_lexicon()
    expected = list(lexicon.load_cues().itertuples(index=False))
    rows = list(lexicon._cue_rows())
    assert rows == expected and len(rows) > 100
    assert [r._fields for r in rows[:1]] == [e._fields for e in expected[:1]]
    assert all(type(a) is type(b) for row, old in zip(rows, expected) for a, b in zip(row, old))


def test_cue_rows_reject_unknown_labels(monkeypatch):
    rows = lexicon.read_tsv("stance/cues.tsv")
    rows[3] = {**rows[3], "label": "approves"}
    monkeypatch.setattr(lexicon, "read_tsv", lambda name: rows)
    lexicon.reload_lexicon()
    try:
        with pytest.raises(ValueError, match=r"unknown label in rows \[3\]"):
            lexicon._cue_rows()
        with pytest.raises(ValueError, match=r"unknown label in rows \[3\]"):
            lexicon.load_cues()
    finally:
        monkeypatch.undo()
        lexicon.reload_lexicon()


def test_entity_rows_are_the_entity_table():
    assert default_gazetteer().entity_rows() == entities().to_dict("records")


def test_version_read_once_is_the_installed_version():
    from importlib import metadata

    try:
        installed = metadata.version("helpers")
    except metadata.PackageNotFoundError:
        installed = "0+source"
    assert _version() == installed
    assert input_key("x", []) == input_key("x", []) != input_key("y", [])


def _public_frames():
    from helpers.engine.pipeline import analyze_document, empty_table
    from helpers.extract.claims.rows import find_claims
    from helpers.extract.mentions.rows import find_mentions
    from helpers.extract.quotes.rows import find_quotes
    from helpers.extract.stance.lexicon import cue_table
    from helpers.extract.stance.rows import find_stances
    from helpers.extract.temporal.rows import extract_events
    from helpers.io.corpus import make_document

    raw = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    return [
        ("find_mentions", lambda: find_mentions(raw)),
        ("find_quotes", lambda: find_quotes(raw)),
        ("find_stances", lambda: find_stances(raw)),
        ("find_claims", lambda: find_claims(raw, topical_only=False)),
        ("extract_events", lambda: extract_events(raw)),
        ("cue_table", lambda: cue_table(raw)),
        ("empty_table", lambda: empty_table("mentions")),
        ("entity table", lambda: default_gazetteer().table()),
        ("analyze_document", lambda: analyze_document(make_document(raw, file="seed.txt"))["stances"]),
    ]


@pytest.mark.parametrize("index", range(9))
def test_public_functions_still_return_frames(index):
    """Every function that returns a DataFrame imports pandas itself now."""
    name, call = _public_frames()[index]
    table = call()
    assert isinstance(table, pd.DataFrame), name
    assert len(table.columns) > 0, name
