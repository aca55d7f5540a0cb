"""The usage examples in the docstrings of every module of the package run and hold."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import dashboard

# Every module of the package, found rather than listed: a module left off a list had a
# docstring example that no longer held (``story_topic``'s, after its share was lowered).
MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(dashboard.__path__, "dashboard.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)  # examples read "seeds"
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} example(s) failed in {name}"
