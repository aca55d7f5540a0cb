"""Shared fixtures. Module-specific fixtures live in the test module that needs them."""

from __future__ import annotations

import datetime as dt
import sqlite3
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


# --- real browser ----------------------------------------------------------------------------
# Playwright drives the Debian chromium (never a downloaded browser). Use ``chromium`` for a
# session-wide browser and ``page`` for a fresh tab per test; helpers live in tests/browser.py.


@pytest.fixture(scope="module")
def chromium():
    """The system chromium, headless, launched once per test module.

    Module scope, not session: Playwright's sync API allows one instance per thread, so a module
    that starts its own ``sync_playwright()`` must not find this one still running.
    """
    from browser import CHROMIUM_ARGS, chromium_path

    path = chromium_path()
    if path is None:
        pytest.skip(
            "Debian chromium is not installed: run `make test` (it installs it) or apt-get install chromium"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A new tab (1500×1000) that records console errors in ``page.errors``."""
    context = chromium.new_context(viewport={"width": 1500, "height": 1000})
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    yield tab
    context.close()


def downgrade_store(path: Path, version: int, *statements: str) -> None:
    """Make the store at ``path`` one of an older schema ``version``: run ``statements`` (what
    the migrations after it added, taken away) and set its version, as that code left it."""
    conn = sqlite3.connect(path)
    with conn:
        for statement in statements:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
