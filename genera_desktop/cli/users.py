"""`genera user add|list|disable|enable|password`: staff accounts (administrators)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any

from genera_desktop.cli.context import Context, UsageError
from genera_desktop.services import accounts


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    up = sub.add_parser("user", help="staff accounts")
    usub = up.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = usub.add_parser("add", help="add an account (its password from GENERA_NEW_PASSWORD)")
    p.add_argument("username")
    p.add_argument("--role", choices=("admin", "operator"), default="operator")
    p.add_argument("--name", help="the name shown in the app")
    p.add_argument("--health", action="store_true", help="may read health data")
    p.set_defaults(handler=cmd_add)
    common(p)
    p = usub.add_parser("list")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    common(p)
    p = usub.add_parser("disable")
    p.add_argument("username")
    p.set_defaults(handler=cmd_disable)
    common(p)
    p = usub.add_parser("password", help="set a new password (GENERA_NEW_PASSWORD)")
    p.add_argument("username")
    p.set_defaults(handler=cmd_password)
    common(p)


def _new_password() -> str:
    value = os.environ.get("GENERA_NEW_PASSWORD")
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError("no new password: set GENERA_NEW_PASSWORD or run on a terminal")
    first = getpass.getpass("New password: ")
    if getpass.getpass("Repeat the new password: ") != first:
        raise UsageError("the two passwords differ")
    return first


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.store.unit_of_work() as uow:
        accounts.add_account(uow, args.username, _new_password(), role=args.role,
                             display_name=args.name, health_access=args.health)
        accounts.commit_accounts(uow)
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.store.unit_of_work() as uow:
        items = accounts.list_accounts(uow)
    if args.json:
        ctx.print_json([a.__dict__ for a in items])
    else:
        for a in items:
            ctx.say(f"{a.username}  {a.role}  {'active' if a.active else 'disabled'}")
    return 0


def cmd_disable(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.store.unit_of_work() as uow:
        accounts.set_active(uow, args.username, False)
        accounts.commit_accounts(uow)
    return 0


def cmd_password(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.store.unit_of_work() as uow:
        accounts.set_password(uow, args.username, _new_password())
        accounts.commit_accounts(uow)
    return 0
