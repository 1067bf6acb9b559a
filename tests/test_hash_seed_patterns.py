"""The compiled patterns do not depend on the hash seed.

Word lists read into sets and then sorted longest first used to keep equal-length words in set order, which
changes with ``PYTHONHASHSEED``: the matches stayed the same, but the pattern text (and so the disk cache's
content) did not.  Every such sort now breaks ties by the word itself.  Two interpreters with different seeds
must build the same patterns.
"""

from __future__ import annotations

import os
import subprocess
import sys

DUMP = r"""
import hashlib
from helpers.extract.stance import grammar, groups
from helpers.extract.stance.lexicon import match_cues
from helpers.extract.temporal.patterns import grammar as temporal_grammar
from helpers.text import datelines

parts = [datelines.dateline_pattern().pattern, groups._numbers()]
tg = temporal_grammar()
parts += [getattr(tg, n).pattern for n in dir(tg) if isinstance(getattr(getattr(tg, n), "pattern", None), str)]
parts += [grammar.voice_pattern(kind).pattern for kind in ("speech", "report", "attitude")]
parts += [repr(match_cues("The ministry condemned the camps; أدانت الوزارة الاحتجاز ورحبت بالجهود."))]
print(hashlib.sha256("\n".join(parts).encode()).hexdigest())
"""


def _dump(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "HELPERS_CACHE": "0"}
    done = subprocess.run([sys.executable, "-c", DUMP], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_patterns_are_the_same_under_two_hash_seeds():
    assert _dump("0") == _dump("1")
