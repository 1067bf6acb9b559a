"""What the probe-file tests share: loading a bench scorer, the shape of a probe file, errors per item.

The probe tests (``tests/test_probes_*.py``) read a table-driven probe file, score it with the
project's scorer and assert floors and exact rows; these helpers keep each test file to its
floors and selections.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def bench_scorer(name: str) -> ModuleType:
    """Load a scorer of ``bench/`` (not a package) as a module.

    Args:
        name: the script's name without ``.py`` (``probes_dates``, ``probes_figures`` …).

    Returns:
        The loaded module.
    """
    if name in sys.modules:
        return sys.modules[name]
    if str(ROOT / "bench") not in sys.path:  # a scorer may import a sibling script, as when run from bench/
        sys.path.append(str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling look their module up by name
    spec.loader.exec_module(module)
    return module


def shape_problems(items: list[dict], *, min_items: int, kinds=None, lang_slack: int | None = None,
                   negative_slack: int = 0) -> list[str]:
    """What is wrong with the shape of a stance/voice probe file (empty: nothing).

    Args:
        items: :func:`helpers.evaluate.probes.read_probes` items.
        min_items: the least number of items.
        kinds: the kinds the file must have, exactly (None: any).
        lang_slack: the largest difference between Arabic and English items (None: a tenth of the file).
        negative_slack: how many more items with rows than without are allowed.

    Returns:
        One line per problem.
    """
    problems = []
    if len(items) < min_items:
        problems.append(f"{len(items)} items, fewer than {min_items}")
    if kinds is not None and {i["kind"] for i in items} != set(kinds):
        problems.append(f"kinds {sorted({i['kind'] for i in items})}, not {sorted(kinds)}")
    langs = [i["lang"] for i in items]
    slack = len(items) // 10 if lang_slack is None else lang_slack
    if abs(langs.count("ar") - langs.count("en")) > slack:
        problems.append(f"{langs.count('ar')} Arabic against {langs.count('en')} English items")
    negative = sum(1 for i in items if not i["expected"])
    if negative < len(items) - negative - negative_slack:
        problems.append(f"only {negative} of {len(items)} items expect no stance row")
    sides = {fact.split("=")[1] for i in items for fact in i["stances"].split(" | ") if "=" in fact}
    if not {"critical", "defends"} <= sides:
        problems.append(f"one side only: {sorted(sides)}")
    return problems


def item_errors(scores, item_ids, measure: str = "stances") -> list[dict]:
    """The errors of a probe run on some items.

    Args:
        scores: a :class:`helpers.evaluate.probes.ProbeScores`.
        item_ids: an item id or a collection of them.
        measure: ``stances`` or ``voices``.

    Returns:
        The error dicts of those items for that measure.
    """
    ids = {item_ids} if isinstance(item_ids, str) else set(item_ids)
    return [e for e in scores.errors if e["id"] in ids and e["measure"] == measure]


def scored_dates(path: Path) -> tuple:
    """Run the date scorer (``bench/probes_dates.py``) on a date probe file.

    Args:
        path: a date probe TSV.

    Returns:
        ``(scorer module, items, gold, predicted)``, as its ``scores(items, gold, predicted, by)`` takes them.
    """
    scorer = bench_scorer("probes_dates")
    rows = scorer.read_probes(path)
    gold, predicted = scorer.run(rows)
    return scorer, rows, gold, predicted


def floor_problems(scores, *, stance: float, recall: float, voice: float, kinds: dict[str, float]) -> list[str]:
    """Which floors a stance/voice probe run falls below (empty: none).

    Args:
        scores: a :class:`helpers.evaluate.probes.ProbeScores`.
        stance: the floor of the stance F1; recall: of the stance recall; voice: of the voices F1.
        kinds: ``{kind: floor of that kind's stance F1}``.

    Returns:
        One line per figure under its floor.
    """
    figures = [("stance F1", scores.get("stances"), stance),
               ("stance recall", scores.get("stances", "all", "recall"), recall),
               ("voices F1", scores.get("voices"), voice)]
    figures += [(f"stance F1 of {kind}", scores.get("stances", f"kind={kind}"), floor) for kind, floor in kinds.items()]
    return [f"{name} {value:.3f} < {floor}" for name, value, floor in figures if value < floor]


def event_problems(gold, predicted, item: str) -> list[str]:
    """How a date probe item's events differ from the expected ones (empty: none).

    The values must be the expected ones, in order, each on the expected words (spans that
    overlap: a surface may take يوم or من).

    Args:
        gold: the expected events of :func:`scored_dates` (a DataFrame with doc_id, start, end, value).
        predicted: the events found, in the same form.
        item: the item's id.

    Returns:
        One line per difference.
    """
    expected = gold[gold["doc_id"] == item].sort_values("start")
    found = predicted[predicted["doc_id"] == item].sort_values("start")
    if list(found["value"]) != list(expected["value"]):
        return [f"values {list(found['value'])}, expected {list(expected['value'])}"]
    return [f"{f_start}-{f_end} is not on the expected words {e_start}-{e_end}"
            for (e_start, e_end), (f_start, f_end) in zip(zip(expected["start"], expected["end"]),
                                                          zip(found["start"], found["end"]))
            if min(e_end, f_end) <= max(e_start, f_start)]


#: The labels a stance row can take a side with (neutral rows are left out of the facts).
STANCE_LABELS = ("critical", "defends", "declined")


def stance_facts(text: str, genre: str = "news") -> set[tuple[str, str]]:
    """The (actor, label) pairs of one text read as a probe document (Probe Wire, 2020-06-15).

    Args:
        text: the whole document.
        genre: news, opinion, academic …

    Returns:
        The set of (actor, label) of its critical / defends / declined stance rows.
    """
    from helpers.engine.pipeline import analyze_rows
    from helpers.evaluate.probes import probe_document

    item = {"id": "t", "lang": "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en", "text": text,
            "note": f"genre={genre}"}
    rows = analyze_rows(probe_document(item), tables=("quotes", "stances"), scope="all")["stances"]
    return {(r["actor"], r["stance"]) for r in rows if r["stance"] in STANCE_LABELS}


def quote_row_errors(frame, verb: str, want) -> list[tuple]:
    """What is wrong with the quotes of a speaker-table row (empty: nothing).

    The speaker tables of ``tests/test_quotes_round8*.py`` give, per text, the verb of a quote and what its row
    must be: ``None`` for no row with that verb, ``("!", word)`` for no row whose speaker contains ``word`` or
    whose actor is ``word``, ``("!actor", word)`` for no row whose actor is ``word``, else ``(speaker, actor)``
    that one row with the verb must have.

    Args:
        frame: the quotes table of the text.
        verb: a part of the quote's verb.
        want: the expectation, as above.

    Returns:
        ``[(verb, speaker, actor)]`` of the rows with that verb when the expectation fails, else ``[]``.
    """
    rows = [row for row in frame.itertuples() if verb in row.verb]
    if want is None:
        ok = not rows
    elif want[0] == "!actor":
        ok = all(r.actor != want[1] for r in rows)
    elif want[0] == "!":
        ok = all(want[1] not in r.speaker and r.actor != want[1] for r in rows)
    else:
        ok = any(r.speaker == want[0] and r.actor == want[1] for r in rows)
    return [] if ok else [(r.verb, r.speaker, r.actor) for r in rows] or [("no row", verb)]


def quote_table_shape(rows, *, min_rows: int, min_arabic: int) -> bool:
    """Whether a speaker table holds enough rows, both languages and about as many negatives as positives.

    Args:
        rows: ``(id, text, verb, want)`` rows (``want`` as :func:`quote_row_errors` reads it).
        min_rows: the least number of rows.
        min_arabic: the least number of Arabic rows and of other rows.

    Returns:
        True when the table has that shape.
    """
    arabic = sum(any("\u0600" <= ch <= "\u06ff" for ch in r[1]) for r in rows)
    negatives = sum(r[3] is None or r[3][0].startswith("!") or r[3][1] == "" for r in rows)
    return len(rows) >= min_rows and min_arabic <= arabic <= len(rows) - min_arabic \
        and negatives * 2 >= len(rows) - 4


@lru_cache(maxsize=None)
def scored_probe_file(name: str) -> tuple:
    """A probe file of ``tests/probes`` read and scored once per test run.

    Args:
        name: the file's name without ``.tsv`` (``stance_round8_a`` …).

    Returns:
        ``(items, scores)``: :func:`helpers.evaluate.probes.read_probes` items and their scores.
    """
    from helpers.evaluate.probes import read_probes, run_probes, score_probes

    items = read_probes(ROOT / "tests" / "probes" / f"{name}.tsv")
    return items, score_probes(items, run_probes(items))
