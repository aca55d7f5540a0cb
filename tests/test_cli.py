"""The command line as a user calls it: a real subprocess."""

import subprocess
import sys


def test_help_lists_commands_one_line_each():
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "--help"], capture_output=True, text=True, check=True
    )
    assert "COMMAND" in result.stdout
    assert "tag" in result.stdout
