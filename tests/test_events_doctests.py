"""The usage examples in the docstrings of the event layer's modules run and hold."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

MODULES = [
    "dashboard.ingest.debris",
    "dashboard.ingest.documents",
    "dashboard.ingest.pubdate",
    "dashboard.ingest.sentences",
    "dashboard.codec",
    "dashboard.store",
    "dashboard.export.timelinejs",
    "dashboard.events",
    "dashboard.events.extract",
    "dashboard.events.implied",
    "dashboard.events.labels",
    "dashboard.events.furniture",
    "dashboard.events.merge",
    "dashboard.events.words",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)  # examples read "seeds"
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} example(s) failed in {name}"
