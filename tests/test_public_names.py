"""One meaning per public name: no public name is defined in two modules of the package.

A module's public names are its ``__all__`` or, without one, the names it
defines at top level (``def``, ``class``, assignment) that do not start with
an underscore.  A name a module imports and re-exports is not a definition;
only the module that defines it counts.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "helpers"


def _defined(tree: ast.Module) -> set[str]:
    """Names bound at the top level of a module by def, class or assignment."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                names.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
    return names


def _declared_all(tree: ast.Module) -> set[str] | None:
    """The literal ``__all__`` of a module, or None when it has none."""
    values = {t.id: node.value for node in tree.body if isinstance(node, ast.Assign)
              for t in node.targets if isinstance(t, ast.Name)}
    if "__all__" not in values:
        return None
    names, todo = set(), [values["__all__"]]
    while todo:  # string items, and the lists a ``[*OTHER, …]`` item unpacks
        for node in ast.walk(todo.pop()):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                names.add(node.value)
            elif isinstance(node, ast.Starred) and isinstance(node.value, ast.Name) and node.value.id in values:
                todo.append(values[node.value.id])
    return names


def public_definitions(source: str) -> set[str]:
    """Public names a module's source defines itself (re-exports excluded).

    Args:
        source: the module's source text.

    Returns:
        The names of ``__all__`` (or, without one, the names without a
        leading underscore) that the module binds at top level.
    """
    tree = ast.parse(source)
    defined = _defined(tree)
    declared = _declared_all(tree)
    public = declared if declared is not None else {n for n in defined if not n.startswith("_")}
    return (public & defined) - {"__all__"}


@pytest.mark.parametrize(("source", "expected"), [
    ("def f(): pass\nX = 1\n_y = 2\n", {"f", "X"}),
    ("from a import b\n__all__ = ['b', 'c']\nc = 1\n", {"c"}),  # b is re-exported, not defined
    ("__all__ = ['f']\ndef f(): pass\ndef g(): pass\n", {"f"}),
    ("class K: pass\nA, B = 1, 2\n", {"K", "A", "B"}),
    ("import os\nfrom x import y\n", set()),
    ("A = ['a']\n__all__ = [*A, 'b']\na = b = 1\n", {"a", "b"}),
])
def test_public_definitions(source, expected):
    assert public_definitions(source) == expected


def test_no_public_name_is_defined_in_two_modules():
    where: dict[str, list[str]] = defaultdict(list)
    for path in sorted(SRC.rglob("*.py")):
        module = ".".join(path.relative_to(SRC.parent).with_suffix("").parts)
        for name in public_definitions(path.read_text(encoding="utf-8")):
            where[name].append(module)
    twice = {name: modules for name, modules in sorted(where.items()) if len(modules) > 1}
    assert not twice, "public names defined in more than one module: " + "; ".join(
        f"{name} ({', '.join(modules)})" for name, modules in twice.items())
