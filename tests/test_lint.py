"""The code meets the linter's rules: ``ruff check`` (configured in pyproject.toml's ``[tool.ruff]``) finds nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_ruff_finds_nothing_in_src_tests_and_bench():
    done = _ruff("check", "--no-cache", "--output-format", "concise", "src", "tests", "bench")
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_ruff_reports_a_finding_it_is_configured_for(tmp_path):
    (tmp_path / "bad.py").write_text("import os\nimport sys\n\nprint(undefined_name)\n", encoding="utf-8")
    done = _ruff("check", "--no-cache", "--output-format", "concise", "--config", str(ROOT / "pyproject.toml"),
                 str(tmp_path / "bad.py"))
    assert done.returncode == 1
    assert {"F401", "F821"} <= {part for line in done.stdout.splitlines() for part in line.split() if part[:1] == "F"}
