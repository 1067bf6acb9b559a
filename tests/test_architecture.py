"""The house rules: no import circles, and imports only point down the stages.

A small static check over ``src/helpers`` (the ``ast`` of every module, imports
inside functions included): the sub-packages are ordered in :data:`LAYERS`, the
pipeline's stages from the bottom up, and a module may import only from its own
sub-package or from a lower layer.  Sub-packages that share a layer are
independent of each other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "helpers"

#: The sub-packages, lowest first; each entry is one layer.
LAYERS = [
    ("text",),
    ("io",),
    ("gazetteer",),
    ("extract.mentions",),
    ("relevance",),
    ("extract.temporal", "extract.quotes"),
    ("extract.stance", "extract.claims"),
    ("engine",),
    ("analysis",),
    ("plots", "evaluate", "validate"),
    ("cli",),
]
RANK = {package: rank for rank, layer in enumerate(LAYERS) for package in layer}


def module_name(path: Path) -> str:
    """``src/helpers/io/corpus.py`` → ``helpers.io.corpus`` (``__init__`` → the package)."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name."""
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path, known: dict[str, Path]) -> set[str]:
    """The helpers modules a file imports, at any depth of its body.

    ``from helpers.x import name`` counts as an import of ``helpers.x.name``
    when that is a module, else of ``helpers.x``.  A string naming a helpers
    module counts too: ``importlib.import_module("helpers.x")`` and lazy
    re-export tables cannot hide a circle.
    """
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "." in node.value:
            if node.value in known:  # not the bare "helpers" of resources.files("helpers")
                found.add(node.value)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "helpers")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != "helpers":
                continue
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                found.add(child if child in known else node.module)
    return found


def package_of(module: str) -> str | None:
    """The sub-package of :data:`LAYERS` a module belongs to (None for the root)."""
    parts = module.split(".")[1:]
    for size in (2, 1):
        if ".".join(parts[:size]) in RANK and len(parts) >= size:
            return ".".join(parts[:size])
    return None


def graph() -> dict[str, set[str]]:
    """Module → the helpers modules it imports."""
    known = modules()
    return {name: imports(path, known) for name, path in known.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_every_module_belongs_to_a_layer():
    stray = [name for name in modules() if name not in ("helpers", "helpers.__main__")
             and package_of(name) is None and name != "helpers.extract"]
    assert stray == []


def test_no_import_cycles_between_modules():
    assert cycles(graph()) == []


def test_no_import_cycles_between_sub_packages():
    edges: dict[str, set[str]] = {}
    for source, targets in graph().items():
        for target in targets:
            a, b = package_of(source), package_of(target)
            if a and b and a != b:
                edges.setdefault(a, set()).add(b)
    assert cycles(edges) == []


def test_imports_point_down_the_stages():
    upward = []
    for source, targets in graph().items():
        here = package_of(source)
        if here is None:
            continue
        for target in targets:
            there = package_of(target)
            if there is not None and there != here and RANK[there] >= RANK[here]:
                upward.append(f"{source} → {target}")
    assert upward == []


def test_evaluation_is_apart_from_extraction():
    reaching = [f"{source} → {target}" for source, targets in graph().items()
                for target in targets if source != "helpers"  # the public surface re-exports it
                if package_of(source) != "evaluate" and package_of(target) == "evaluate"]
    assert reaching == []


def test_validation_only_reads_the_outputs():
    """Only the command line (and the public surface) may use helpers.validate: no stage depends on it."""
    reaching = [f"{source} → {target}" for source, targets in graph().items()
                for target in targets if source != "helpers"
                if package_of(source) not in ("validate", "cli") and package_of(target) == "validate"]
    assert reaching == []


@pytest.mark.parametrize("source, expected", [
    ("import helpers.text.normalise as N\n", {"helpers.text.normalise"}),
    ("def f():\n    from helpers.io import corpus\n", {"helpers.io.corpus"}),
    ("from helpers.io import load_corpus\n", {"helpers.io"}),
    ("from pathlib import Path\n", set()),
    ("import importlib\nimportlib.import_module('helpers.analysis.kwic')\n", {"helpers.analysis.kwic"}),
    ("_LAZY = {'kwic': 'helpers.analysis.kwic'}\n", {"helpers.analysis.kwic"}),
    ("files = resources.files('helpers')\n", set()),
])
def test_imports_are_read_from_the_syntax_tree(tmp_path, source, expected):
    file = tmp_path / "probe.py"
    file.write_text(source, encoding="utf-8")
    assert imports(file, modules()) == expected


def test_cycles_finds_a_circle_and_ignores_a_chain():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": {"c"}}) == []
