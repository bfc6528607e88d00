"""The `genera` command line (shared/spec/cli.md). It never imports QtWidgets.

Each command module registers its sub-commands; a handler takes the Context and the
parsed arguments and returns the exit code. Every refusal becomes one ``error:`` line
on stderr and exit 1; argparse's own usage errors exit 2.

Start-up is kept cheap: importing every command module (and through them SQLAlchemy,
cryptography, rapidfuzz...) cost about a second before any command ran. The parser is
built with the modules of the one command given; ``--version`` needs none. Whenever the
command is not plain to see (no command, help asked before it, an option argparse would
have to guess), every module is registered, as before, so what is printed never differs.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence

from genera_desktop import __version__
from genera_desktop.cli.context import Context, UsageError

# The command modules, in the order they register: records first, since desk and sync
# add actions to its kinds' sub-commands.
MODULES = ("network", "records", "users", "importing", "demo", "report", "sync", "printing",
           "desk", "backup", "work")
# Which modules add to each top-level command besides the kinds' (kind_commands(): the
# records module's alone); tests/cli/test_cli_startup.py keeps this true. A command
# missing here still works: it gets every module.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "dump": ("records",),
    "person": ("records", "sync", "desk"),
    "network": ("network",),
    "user": ("users",),
    "import": ("importing",),
    "demo": ("demo",),
    "report": ("report",),
    "sync": ("sync",),
    "quarantine": ("sync",),
    "print": ("printing", "work"),
    # desk adds `person export` to what records made: records must come first.
    "duplicates": ("records", "desk"),
    "conflicts": ("records", "desk"),
    "backup": ("backup",),
    "restore": ("backup",),
    "catalog": ("work",),
    "match": ("work",),
}
# Top-level options before the command: those taking a value, and plain flags.
_VALUE_OPTIONS = ("--data-dir", "--user")
_FLAGS = ("--version", "-h", "--help")
_ALL = "*"


def _common(parser: argparse.ArgumentParser) -> None:
    # Accept --data-dir and --user after the command too; SUPPRESS keeps the value
    # given before the command when they are not repeated.
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="the store's folder")
    parser.add_argument("--user", default=argparse.SUPPRESS, help="your user name")


def build_parser(modules: Sequence[str] = MODULES) -> argparse.ArgumentParser:
    """The parser with the sub-commands of these command modules (all by default)."""
    parser = argparse.ArgumentParser(
        prog="genera", description="genera: the Punti di Comunità's store, from the command line"
    )
    parser.add_argument("--version", action="version", version=f"genera {__version__}")
    parser.add_argument("--data-dir", help="the store's folder (or GENERA_DATA_DIR)")
    parser.add_argument("--user", help="your user name (or GENERA_USER)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in MODULES:
        if name in modules:
            importlib.import_module(f"genera_desktop.cli.{name}").register(sub, _common)
    return parser


def modules_for(argv: Sequence[str]) -> Sequence[str]:
    """The command modules a parse of ``argv`` needs: those of its command, none for a
    bare ``--version``, every one when in doubt."""
    command = _command_word(argv)
    if command == _ALL:
        return MODULES
    if command is None:
        return () if "--version" in argv else MODULES
    found = COMMAND_MODULES.get(command)
    if found is None and command in kind_commands():
        return ("records",)
    return found or MODULES


def kind_commands() -> frozenset[str]:
    """Each record kind's command (store/kinds.py), and a two-word kind's dashed alias."""
    from genera_desktop.services.kinds import KINDS

    return frozenset({*KINDS, *(k.replace("_", "-") for k in KINDS)})


def _command_word(argv: Sequence[str]) -> str | None:
    """The first word that is not a top-level option or its value; None when there is
    none, ``_ALL`` when help comes first or an option is not one spelled in full."""
    args = iter(argv)
    for arg in args:
        if arg in _VALUE_OPTIONS:
            next(args, None)
        elif arg in ("-h", "--help"):
            return _ALL  # the help of every command
        elif arg in _FLAGS or any(arg.startswith(o + "=") for o in _VALUE_OPTIONS):
            continue
        elif arg.startswith("-"):
            return _ALL  # an abbreviation, or a mistake argparse is to name
        else:
            return arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return (and exit with) its code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(modules_for(argv))
    args = parser.parse_args(argv)
    ctx = Context(args)
    try:
        code = int(args.handler(ctx, args) or 0)
    except UsageError as exc:
        sys.stderr.write(f"error: {exc.message}\n")
        code = 1
    except KeyboardInterrupt:
        sys.stderr.write("error: interrupted; nothing was saved\n")
        code = 1
    except Exception as exc:  # every failure is one plain line, never a traceback
        from genera_desktop.cli import messages

        where = getattr(args, "error_where", "")
        sys.stderr.write(
            "error: " + messages.error_line(exc, where=where, data_dir=str(ctx.data_dir)) + "\n"
        )
        if os.environ.get("GENERA_DEBUG"):
            traceback.print_exc()
        code = 1
    finally:
        ctx.close()
    return code


def entry() -> None:
    sys.exit(main())
