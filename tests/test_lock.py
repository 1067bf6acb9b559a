"""The lock (constraints.txt) pins every dependency, inside pyproject.toml's ranges.

``make setup`` installs with ``pip install -c constraints.txt``, so that every
machine of a class gets the same versions; ``make lock`` remakes the file.
A range changed without remaking the lock fails here.
"""

import re
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from conftest import ROOT


def _requirements() -> list[Requirement]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    specs = list(data["project"]["dependencies"])
    for group in data["project"]["optional-dependencies"].values():
        specs += [s for s in group if not s.startswith("helpers[")]
    return [Requirement(s) for s in specs]


def _lock() -> dict[str, Version]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)==([^;\s]+)(\s*;.*)?", line)
        assert match, f"constraints.txt: {line!r} is not NAME==VERSION"
        pins[canonicalize_name(match.group(1))] = Version(match.group(2))
    return pins


@pytest.mark.parametrize("requirement", _requirements(), ids=lambda r: r.name)
def test_lock_pins_each_dependency_inside_its_range(requirement):
    pins = _lock()
    name = canonicalize_name(requirement.name)
    assert name in pins, f"{requirement.name} is not in constraints.txt: run `make lock`"
    assert requirement.specifier.contains(pins[name], prereleases=True), (
        f"constraints.txt pins {requirement.name}=={pins[name]}, outside {requirement.specifier}: "
        "run `make lock`")


def test_lock_pins_the_installer_too():
    pins = _lock()
    assert {"pip", "setuptools"} <= set(pins)
