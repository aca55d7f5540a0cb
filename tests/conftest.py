"""Shared fixtures. Module-specific fixtures live in the test module that needs them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUTPUT = ROOT / "tests" / "output"  # screenshots and exported files, kept for a human to look at

SEED_ANCHOR = dt.date(2025, 5, 7)  # Wednesday; the publication date of both seed articles


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT
