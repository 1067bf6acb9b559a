"""environment.yml and pyproject.toml pin the same version ranges."""

import re
import tomllib

from conftest import ROOT

CONDA_NAMES = {}  # conda package name -> PyPI name, where they differ


def pyproject_pins() -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    specs = list(data["project"]["dependencies"])
    for group in data["project"]["optional-dependencies"].values():
        specs += [s for s in group if not s.startswith("helpers[")]
    return dict(re.match(r"([A-Za-z0-9_.-]+)(.*)", s).groups() for s in specs)


def environment_pins() -> dict[str, str]:
    pins = {}
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    for line in text.split("dependencies:", 1)[1].splitlines():
        match = re.match(r"\s*-\s+([A-Za-z][A-Za-z0-9_.-]*)([<>=!~].*)?$", line)
        if match and match.group(1) not in ("pip", "python"):
            name = CONDA_NAMES.get(match.group(1), match.group(1))
            pins[name] = (match.group(2) or "").strip()
    return pins


def test_environment_matches_pyproject():
    assert environment_pins() == pyproject_pins()


def test_python_floor_matches():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert data["project"]["requires-python"] == ">=3.11"
    assert "python>=3.11" in text
