"""Every command's help shows its examples one per line, as a user copies them."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
COMMANDS = [command.callback.__name__ for command in app.registered_commands]


@pytest.mark.parametrize("command", COMMANDS)
def test_each_example_is_a_line_of_its_own(command: str):
    result = runner.invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    lines = [line.strip(" │") for line in result.output.splitlines()]
    examples = [line for line in lines if "Example: kg " in line]
    assert examples, f"kg {command} --help shows no example"
    assert all(line.startswith("Example: kg ") and line.count("Example:") == 1 for line in examples), examples


def test_every_command_is_checked():
    assert {"build", "query", "remove", "validate", "demo", "viz", "compare", "timeline"} <= set(COMMANDS)
