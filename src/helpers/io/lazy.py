"""Public names loaded on first use (PEP 562), for the ``__init__`` of a package.

``helpers``, ``helpers.io`` and ``helpers.validate`` list their public names with the module that
defines each; :func:`lazy_names` makes the package's ``__getattr__`` and ``__dir__`` from that
table, so that importing the package imports none of those modules (``import helpers`` stays cheap,
reading a corpus does not import pandas' Styler).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable

__all__ = ["lazy_names"]


def lazy_names(package: str, public: dict[str, str]) -> tuple[Callable, Callable]:
    """The ``__getattr__`` and ``__dir__`` of a package whose public names load on first use.

    Args:
        package: the package's dotted name (``__name__`` in its ``__init__``).
        public: public name → the module that defines it, or ``module:attribute`` when the
            attribute has another name there (``helpers.validate.scores:score``).

    Returns:
        ``(__getattr__, __dir__)``: the first imports the module, keeps the value in the package
        (later look-ups do not come back) and returns it; an unknown name raises AttributeError;
        the second lists the package's ``__all__`` (else the table's names), sorted.
    """

    def __getattr__(name: str):
        target = public.get(name)
        if target is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, _, attribute = target.partition(":")
        value = getattr(importlib.import_module(module), attribute or name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(getattr(sys.modules[package], "__all__", public))

    return __getattr__, __dir__
