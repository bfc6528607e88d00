"""The `genera` command line (shared/spec/cli.md). It never imports QtWidgets.

Each command module registers its sub-commands; a handler takes the Context and the
parsed arguments and returns the exit code. Every refusal becomes one ``error:`` line
on stderr and exit 1; argparse's own usage errors exit 2.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from genera_desktop import __version__
from genera_desktop.cli import messages
from genera_desktop.cli.context import Context, UsageError


def _common(parser: argparse.ArgumentParser) -> None:
    # Accept --data-dir and --user after the command too; SUPPRESS keeps the value
    # given before the command when they are not repeated.
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="the store's folder")
    parser.add_argument("--user", default=argparse.SUPPRESS, help="your user name")


def build_parser() -> argparse.ArgumentParser:
    from genera_desktop.cli import (
        backup,
        demo,
        desk,
        importing,
        network,
        printing,
        records,
        report,
        sync,
        users,
    )

    parser = argparse.ArgumentParser(
        prog="genera", description="genera: the Punti di Comunità's store, from the command line"
    )
    parser.add_argument("--version", action="version", version=f"genera {__version__}")
    parser.add_argument("--data-dir", help="the store's folder (or GENERA_DATA_DIR)")
    parser.add_argument("--user", help="your user name (or GENERA_USER)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    # records first: desk and sync add actions to its kinds' sub-commands.
    for module in (network, records, users, importing, demo, report, sync, printing, desk,
                   backup):
        module.register(sub, _common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return (and exit with) its code."""
    parser = build_parser()
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
