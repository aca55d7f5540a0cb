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


# Modules whose examples are their usage documentation: each must keep at least one.
DOCUMENTED_BY_EXAMPLES = {
    "dashboard.temporal",
    "dashboard.temporal.lexicon",
    "dashboard.temporal.patterns",
    "dashboard.temporal.productions",
    "dashboard.temporal.rules",
    "dashboard.temporal.resolve",
    "dashboard.temporal.tense",
    "dashboard.temporal.tagger",
    "dashboard.temporal.absolute",
    "dashboard.temporal.programs",
    "dashboard.render.figure",
    "dashboard.app.views",
    "dashboard.app.articles",
    "dashboard.app.exporting",
    "dashboard.app.guard",
}


def test_the_modules_are_found():
    assert {"dashboard.temporal.tagger", "dashboard.events.merge", "dashboard.timeline"} <= set(
        MODULES
    )
    assert set(MODULES) >= DOCUMENTED_BY_EXAMPLES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)  # examples read "seeds"
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} example(s) failed in {name}"
    if name in DOCUMENTED_BY_EXAMPLES:
        assert result.attempted > 0, f"{name} has no usage example"
