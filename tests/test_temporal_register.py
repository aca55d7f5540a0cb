"""The register of a text (dashboard/temporal/register.py): which texts read as posts."""

from __future__ import annotations

import pytest

from dashboard.temporal.register import SHORT, informal_marks, is_informal


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("bbq at ours sunday from 2", "a lower-case first word"),
        ("See u at 7", "a word of chat"),
        ("Cant wait for Saturday", "an apostrophe left out"),
        ("Footy final Saturday??", "doubled ! or ?"),
        ("Quiz night Tuesday #pubquiz", "a hashtag or @mention"),
        ("@sam Quiz night Tuesday", "a hashtag or @mention"),
    ],
)
def test_each_mark_makes_a_post(text: str, mark: str) -> None:
    assert mark in informal_marks(text)
    assert is_informal(text)


@pytest.mark.parametrize(
    "text",
    [
        "Talks resume Monday",  # a headline: no full stop is no mark
        "The council met on Tuesday.",
        "It's the 3rd time; we can't say more.",
        "Shares rose 5% on Friday, the company said.",
        "2025 was a good year.",
    ],
)
def test_news_is_not_informal(text: str) -> None:
    assert informal_marks(text) == []


def test_only_a_short_text_can_be_a_post() -> None:
    post = "see u at 7 lol "
    assert is_informal(post * (SHORT // len(post)))
    assert not is_informal(post * (SHORT // len(post) + 1))


def test_an_abbreviation_is_no_word_of_chat() -> None:
    assert informal_marks("Bombs exploded outside the U.S. embassies Friday.") == []
    assert informal_marks("See U.S. troops leave, said the ambassador.") == []


def test_the_rules_are_the_same_in_every_process() -> None:
    """The probe cache on disk is keyed by the rules' patterns: a pattern built from a set in its
    iteration order would change with the hash seed, and every start would probe anew."""
    import subprocess
    import sys

    code = "from dashboard.temporal.tagger import _probe_key; print(_probe_key())"
    keys = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**__import__("os").environ, "PYTHONHASHSEED": seed},
            capture_output=True, text=True, check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }  # fmt: skip
    assert len(keys) == 1
