"""Docs that cannot drift: every command has help with an example and is in the README."""
from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

import diplograph
from conftest import REPO
from diplograph.cli import cli

README = (REPO / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_the_core_commands_exist() -> None:
    assert {"ingest", "extract", "query", "view", "validate", "stats"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(runner: CliRunner, name: str) -> None:
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert result.output.startswith(f"Usage: cli {name} ") or result.output.startswith(f"Usage: {name} ")
    assert "Example:" in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_docstring_has_an_unwrapped_example(name: str) -> None:
    command = cli.commands[name]
    text = command.help or ""
    assert re.search(r"\x08[ \t]*\n[ \t]*Example:|Example:[ \t]*\n\s*\x08", text), \
        f"{name}: the docstring needs an 'Example:' paragraph marked with \\b (not rewrapped)"
    examples = text.split("Example:", 1)[1].split("\n\n", 1)[0]
    lines = [line.strip() for line in examples.splitlines() if line.strip() and line.strip() != "\x08"]
    assert lines and all(line.startswith("diplograph ") or line.startswith("cat ") for line in lines), lines


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"diplograph {name}" in README


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_is_in_the_command_help(runner: CliRunner, name: str) -> None:
    help_text = runner.invoke(cli, [name, "--help"]).output
    for param in cli.commands[name].params:
        if isinstance(param, click.Option):
            assert param.opts[0] in help_text


def test_the_quick_start_is_two_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = quick.split("```", 2)[1]
    commands = [line.split("#")[0].strip() for line in block.splitlines()[1:] if line.strip()]
    assert commands == ["make demo", "make test"]
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_exit_codes_are_documented() -> None:
    section = README.split("### Exit codes", 1)[1].split("\n#", 1)[0]
    for code in ("| 0 |", "| 1 |", "| 2 |"):
        assert code in section


def test_the_public_api_is_listed_and_importable() -> None:
    for name in diplograph.__all__:
        assert getattr(diplograph, name) is not None
    for name in re.findall(r"from diplograph import ([\w, ]+)", README)[0].split(", "):
        assert name in diplograph.__all__


def test_the_query_library_is_documented_in_place() -> None:
    from diplograph.query import list_queries, load_query

    for name in list_queries():
        spec = load_query(name)
        assert spec.question and spec.example.startswith(f"diplograph query {name}")
