"""The usage examples in the tagger's docstrings are run, so they cannot drift from the code."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "dashboard.temporal",
    "dashboard.temporal.types",
    "dashboard.temporal.lexicon",
    "dashboard.temporal.patterns",
    "dashboard.temporal.productions",
    "dashboard.temporal.rules",
    "dashboard.temporal.resolve",
    "dashboard.temporal.tense",
    "dashboard.temporal.tagger",
    "dashboard.temporal.absolute",
    "dashboard.temporal.programs",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    if name != "dashboard.temporal.types":
        assert result.attempted > 0, f"{name} has no usage example"
