"""Nothing depends on the day: the clock is pinned wherever a library would read it.

The unit tests check the places that used to read the clock (dateparser's
relative base, the timeline's upper bound).  The last test runs every
notebook and the date-handling tests again under libfaketime (Debian's
``faketime``, installed by ``.ci/run``) at three dates years apart: the
committed notebook outputs must hold on each of them.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.io.corpus import make_document
from helpers.plots.timeline_density import plausible_events

ROOT = Path(__file__).resolve().parent.parent
#: Three days years apart, all after every document of the seeds and the test corpora, each with
#: another hash seed, time zone and locale (CI itself runs with PYTHONHASHSEED=0).  All before
#: 2038: faketime moves the monotonic clock too, and zmq (the notebooks' kernels) keeps it in a
#: 32-bit int of seconds.
FAKE_DAYS = (("2027-03-01 10:00:00", "1", "Pacific/Kiritimati", "C.UTF-8"),
             ("2031-08-15 23:30:00", "4242", "America/Adak", "C"),
             ("2037-12-31 12:00:00", "random", "Asia/Kathmandu", "C.UTF-8"))
#: The tests that handle dates; run again under each fake day with the notebooks.
DATE_TESTS = ("tests/test_clock.py", "tests/test_temporal.py", "tests/test_temporal_spans.py",
              "tests/test_outlets.py", "tests/test_corpus.py", "tests/test_formats.py")


def test_dateparser_baseline_leaves_undated_documents_out():
    pytest.importorskip("dateparser")
    from helpers.evaluate.temporal import dateparser_baseline

    dated = make_document("The talks resumed on Wednesday, 5 March, after a pause.", file="a.txt",
                          row={"published": "2014-03-07"})
    undated = make_document("We said on Wednesday that the talks would resume.", file="b.txt")
    events, left_out = dateparser_baseline([dated, undated])
    assert left_out == ["b"]
    assert set(events["doc_id"]) == {"a"}
    assert "2014-03-05" in set(events["value"])  # resolved against the publication date


def test_dateparser_events_refuses_to_read_the_clock():
    pytest.importorskip("dateparser")
    from helpers.evaluate.temporal import dateparser_events

    with pytest.raises(ValueError, match="publication date"):
        dateparser_events("We met on Wednesday.", published=None)


def test_timeline_bound_follows_the_documents_not_the_clock():
    events = pd.DataFrame({"doc_id": ["d"] * 4, "value": ["1850", "2016-05", "2029", "2090-01-01"]})
    dated = pd.DataFrame({"doc_id": ["d"], "published": ["2024-02-01"], "outlet": ["X"]})
    undated = dated.assign(published=[""])
    assert list(plausible_events(events, dated)["value"]) == ["2016-05", "2029"]
    # no publication date: nothing bounds the future (today's year would change with the day)
    assert list(plausible_events(events, undated)["value"]) == ["2016-05", "2029", "2090-01-01"]


@pytest.mark.skipif(shutil.which("faketime") is None,
                    reason="faketime is not installed (Debian package faketime; .ci/run installs it)")
@pytest.mark.skipif(os.environ.get("HELPERS_UNDER_FAKETIME") == "1", reason="already under faketime")
@pytest.mark.parametrize("day, hash_seed, zone, locale", FAKE_DAYS, ids=[d[0][:4] for d in FAKE_DAYS])
def test_notebooks_and_date_tests_hold_on_another_day(day, hash_seed, zone, locale):
    env = {**os.environ, "HELPERS_UNDER_FAKETIME": "1", "TZ": zone, "PYTHONHASHSEED": hash_seed,
           "LC_ALL": locale}
    command = ["faketime", day, sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
               "-x", "notebooks", *DATE_TESTS]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    tail = "\n".join(done.stdout.splitlines()[-25:])
    assert done.returncode == 0, f"under faketime {day!r}:\n{tail}\n{done.stderr[-2000:]}"
    probe = subprocess.run(["faketime", day, sys.executable, "-c",
                            "import datetime; print(datetime.date.today())"],
                           env=env, capture_output=True, text=True)
    assert probe.stdout.strip()[:4] == day[:4]  # the clock really was moved
