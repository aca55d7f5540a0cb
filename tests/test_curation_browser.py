"""Curation in the real dashboard (headless Debian chromium): the analyst corrects an event with
the keyboard alone, the correction shows everywhere, survives a restart, and is undone."""

from __future__ import annotations

import pytest
from browser import DashboardServer
from test_app_browser import open_dashboard, select_row, whole_page

pytestmark = pytest.mark.browser


def table_labels(page) -> list[str]:
    return page.locator(".ag-center-cols-container .ag-row [col-id=label]").all_inner_texts()


def wait_for_label(page, text: str, *, present: bool = True) -> None:
    page.wait_for_function(
        "([text, present]) => [...document.querySelectorAll("
        "'.ag-center-cols-container .ag-row [col-id=label]')]"
        ".some(c => c.textContent.includes(text)) === present",
        arg=[text, present],
        timeout=30_000,  # a loaded 2-core machine: the redraw follows the store's answer
    )


def open_panel(page) -> None:
    """Open "Correct this event" unless it is open already (a click on its summary toggles)."""
    page.locator("#tl-curate").wait_for(state="visible", timeout=10_000)
    if not page.evaluate("document.querySelector('#tl-curate').open"):
        page.locator("#tl-curate summary").click()


def test_correct_an_event_with_the_keyboard_then_undo(page, tmp_path, output_dir):
    server = DashboardServer(db=tmp_path / "curate.sqlite").start()
    try:
        open_dashboard(page, server.url)
        select_row(page, "formal talks")
        panel = page.locator("#tl-curate")
        panel.wait_for(state="visible", timeout=10_000)
        # keyboard only: open the panel, type a label, Tab to "Save label", Enter
        page.locator("#tl-curate summary").focus()
        page.keyboard.press("Enter")
        page.locator("#tl-curate-label").focus()
        page.keyboard.press("Control+A")
        page.keyboard.type("Xi and Putin hold talks")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == "tl-curate-relabel"
        page.keyboard.press("Enter")
        wait_for_label(page, "Xi and Putin hold talks ✎")
        page.locator("#tl-curate-message", has_text="Label saved").wait_for(timeout=10_000)
        page.locator(
            "#tl-detail .edits", has_text="extracted: “Xi to meet Putin for formal talks”"
        ).wait_for(timeout=10_000)
        # the chart says it too
        page.wait_for_function(
            "() => [...document.querySelectorAll('#tl-graph .annotation-text')]"
            ".some(a => a.textContent.includes('Xi and Putin hold talks'))",
            timeout=10_000,
        )
        whole_page(page, output_dir / "dashboard-curated.png")

        # hide another event: it leaves the table; "Show events I hid" brings it back marked
        select_row(page, "Washington splits")
        # the panel is drawn again for the new selection: a click before that may land on the
        # panel being replaced (seen once in CI on a loaded machine: no "Hidden" in 30 s)
        page.locator("#tl-detail", has_text="Washington splits").wait_for(timeout=30_000)
        open_panel(page)
        page.locator("#tl-curate-hide").click()
        page.locator("#tl-curate-message", has_text="Hidden").wait_for(timeout=30_000)
        wait_for_label(page, "Washington splits", present=False)
        page.locator("#tl-show-hidden label").click()
        wait_for_label(page, "(hidden)")
        page.locator("#tl-show-hidden label").click()
        wait_for_label(page, "Washington splits", present=False)

        # a restart keeps both corrections
        server.stop()
        server.start()
        open_dashboard(page, server.url)
        wait_for_label(page, "Xi and Putin hold talks ✎")
        assert not any("Washington splits" in label for label in table_labels(page))

        # undo the last correction (the hide), then revert the label from its list
        select_row(page, "Xi and Putin hold talks")
        open_panel(page)
        page.locator("#tl-curate-undo").click()
        wait_for_label(page, "Washington splits")
        page.locator("#tl-curate-decisions button", has_text="Revert").first.click()
        wait_for_label(page, "Xi to meet Putin for formal talks")
        assert not any("✎" in label for label in table_labels(page))
    finally:
        server.stop()


def test_keyboard_only_walk_through(page, tmp_path, output_dir):
    """Skip link -> the table; arrows between rows; Enter opens the event; Tab leaves the table
    in one stop; focus is visible."""
    server = DashboardServer(db=tmp_path / "keys.sqlite").start()
    try:
        open_dashboard(page, server.url)
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == "Skip to the event table"
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none"  # visible focus
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "tl-table"
        page.keyboard.press("Tab")  # into the table's header
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        page.locator("#tl-detail h3").wait_for(timeout=10_000)
        second = page.locator(".ag-center-cols-container .ag-row[row-index='1'] [col-id=label]")
        assert page.locator("#tl-detail h3").inner_text() in second.inner_text()
        page.keyboard.press("Tab")  # one stop: out of the table, not to the next cell
        assert page.evaluate("document.activeElement.closest('#tl-grid') === null")
        whole_page(page, output_dir / "dashboard-keyboard.png")
    finally:
        server.stop()
