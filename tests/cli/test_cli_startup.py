"""`genera` builds only the parser of the command given (cli/__init__.py): the same
parser, the same help, without importing what other commands need."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from genera_desktop import cli
from genera_desktop.cli import records as cli_records

HEAVY = ("sqlalchemy", "reportlab", "openpyxl", "rapidfuzz", "cryptography", "alembic",
         "PySide6")


def commands(parser: argparse.ArgumentParser,
             path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command path of a parser and its own parser, the top one first."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, (*path, name))


def fresh_parser(argv: list[str]) -> argparse.ArgumentParser:
    """The parser main() builds for argv, as in a new process (records' table of kind
    sub-commands, which desk extends, starts empty there)."""
    cli_records.KIND_ACTIONS.clear()
    return cli.build_parser(cli.modules_for(argv))


def test_every_command_is_mapped_to_its_modules() -> None:
    full = cli.build_parser()
    top = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction))
    assert set(top.choices) == set(cli.COMMAND_MODULES) | cli.kind_commands()
    assert cli.modules_for(["follow-up", "list"]) == ("records",)


def test_each_command_gets_the_same_parser_and_help_as_with_every_module() -> None:
    full = dict(commands(cli.build_parser()))
    for path, parser in full.items():
        if not path:
            continue
        argv = [*path, "--help"]
        lazy = dict(commands(fresh_parser(argv)))
        assert lazy[path].format_help() == parser.format_help(), path


@pytest.mark.parametrize("argv", [
    [], ["--help"], ["-h", "household"], ["--us", "x", "household", "list"], ["nonsense"],
    ["--bogus", "household"],
])
def test_anything_unclear_gets_every_command(argv: list[str]) -> None:
    assert cli.modules_for(argv) == cli.MODULES


def test_options_before_the_command_are_skipped() -> None:
    assert cli.modules_for(["--data-dir", "/x", "--user", "anna", "household", "list"]) \
        == ("records",)
    assert cli.modules_for(["--data-dir=/x", "conflicts", "list"]) == ("records", "desk")
    assert cli.modules_for(["--version"]) == ()


def imported_by(*argv: str) -> list[str]:
    """The heavy packages a real process imports to run ``genera ARGV``."""
    code = (
        "import sys, json\n"
        "from genera_desktop.cli import main\n"
        f"try:\n    main({list(argv)!r})\n"
        "except SystemExit:\n    pass\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    return list(json.loads(done.stderr.strip().splitlines()[-1]))


def test_version_imports_nothing_heavy() -> None:
    assert imported_by("--version") == []


def test_a_record_command_leaves_printing_spreadsheets_and_fuzzy_matching_out() -> None:
    # The store's own needs (SQLAlchemy; cryptography unlocks the key file) stay.
    assert not {"reportlab", "openpyxl", "rapidfuzz", "alembic", "PySide6"} \
        & set(imported_by("household", "list", "--help"))
