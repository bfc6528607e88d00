"""`genera user add|list|access|disable|enable|password|recover|new-recovery-key`: staff
accounts (administrators).

`access` grants and revokes access areas (vocab.ACCESS_AREAS) of an existing account;
`add --access AREA` grants them from the start.

`recover` is the one command that needs no password: the recovery key printed at setup
gives an administrator a new one when every administrator has forgotten theirs.
`new-recovery-key` is for an administrator who still knows their password and whose key
sheet was lost or seen: a new key, and the old one no longer opens the store.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any

from genera_desktop.cli.context import Context, UsageError
from genera_desktop.domain import vocab
from genera_desktop.domain.errors import AuthFailed, NotFound
from genera_desktop.services import accounts


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    up = sub.add_parser("user", help="staff accounts")
    usub = up.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = usub.add_parser("add", help="add an account (its password from GENERA_NEW_PASSWORD)")
    p.add_argument("username")
    p.add_argument("--role", choices=("admin", "operator"), default="operator")
    p.add_argument("--name", help="the name shown in the app")
    p.add_argument("--access", action="append", default=[], metavar="AREA",
                   help=f"an access area granted ({', '.join(vocab.ACCESS_AREAS)}); "
                        "repeat for more; an administrator has every area")
    # The flag of releases before access areas: the same as --access health.
    p.add_argument("--health", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_add)
    common(p)
    p = usub.add_parser("list")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    common(p)
    p = usub.add_parser("access", help="grant or revoke access areas of an account "
                                       "(administrators); prints the areas it then holds")
    p.add_argument("username")
    p.add_argument("--grant", action="append", default=[], metavar="AREA",
                   help=f"an area to grant ({', '.join(vocab.ACCESS_AREAS)}); repeatable")
    p.add_argument("--revoke", action="append", default=[], metavar="AREA",
                   help="an area to take away; repeatable")
    p.set_defaults(handler=cmd_access)
    common(p)
    p = usub.add_parser("disable")
    p.add_argument("username")
    p.set_defaults(handler=cmd_disable)
    common(p)
    p = usub.add_parser("password", help="set a new password (GENERA_NEW_PASSWORD)")
    p.add_argument("username")
    p.set_defaults(handler=cmd_password)
    common(p)
    p = usub.add_parser(
        "recover", help="give an administrator (--user) a new password with the recovery key "
                        "(--recovery-key or GENERA_RECOVERY_KEY) and a new password "
                        "(GENERA_NEW_PASSWORD); the key is then replaced by a new one",
        description="Give an administrator a new password with the recovery key printed at "
                    "setup. The key: --recovery-key KEY, or GENERA_RECOVERY_KEY, or asked "
                    "without echo on a terminal. The new password: GENERA_NEW_PASSWORD (or "
                    "GENERA_PASSWORD), or asked twice without echo. The used key stops "
                    "working and a new one is printed.")
    p.add_argument("--recovery-key", metavar="KEY",
                   help="the recovery key (or GENERA_RECOVERY_KEY; asked without echo if "
                        "neither, so it stays out of the shell history)")
    # Not common(p): here --user names the administrator to let back in, not who speaks.
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="the store's folder")
    p.add_argument("--user", default=argparse.SUPPRESS, metavar="NAME",
                   help="the administrator who gets a new password (or GENERA_USER)")
    p.set_defaults(handler=cmd_recover)
    p = usub.add_parser(
        "new-recovery-key", help="replace the recovery key (administrators): the new key is "
                                 "printed once, the old one no longer opens the store (backups "
                                 "made before keep their own)")
    p.set_defaults(handler=cmd_new_recovery_key)
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
    args.error_where = f"user {args.username}"
    areas = [*args.access, *(["health"] if args.health else [])]
    accounts.add_account(ctx.store, args.username, _new_password(), role=args.role,
                         display_name=args.name, access_areas=areas)
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    items = accounts.list_accounts(ctx.store)
    if args.json:
        ctx.print_json([{**a.__dict__, "access_areas": list(a.areas)} for a in items])
    else:
        for a in items:
            ctx.say(f"{a.username}  {a.role}  {'active' if a.active else 'disabled'}  "
                    f"{','.join(a.areas) or '-'}")
    return 0


def cmd_access(ctx: Context, args: argparse.Namespace) -> int:
    if not args.grant and not args.revoke:
        raise UsageError("say what to change: --grant AREA or --revoke AREA")
    args.error_where = f"user {args.username}"
    areas = accounts.set_access(ctx.store, args.username, grant=args.grant,
                                revoke=args.revoke)
    ctx.say(" ".join(areas))
    return 0


def cmd_disable(ctx: Context, args: argparse.Namespace) -> int:
    accounts.set_active(ctx.store, args.username, False)
    return 0


def cmd_password(ctx: Context, args: argparse.Namespace) -> int:
    accounts.set_password(ctx.store, args.username, _new_password())
    return 0


def _recovery_key(args: argparse.Namespace) -> str:
    value = args.recovery_key or os.environ.get("GENERA_RECOVERY_KEY")
    if value and value != "-":
        return str(value)
    if not sys.stdin.isatty():
        raise UsageError("no recovery key: give --recovery-key KEY, set GENERA_RECOVERY_KEY "
                         "or run on a terminal")
    return getpass.getpass("Recovery key: ")


def cmd_recover(ctx: Context, args: argparse.Namespace) -> int:
    username = ctx.username
    key = _recovery_key(args)
    # The new password as for `user add` and `user password`; GENERA_PASSWORD as before.
    password = os.environ.get("GENERA_NEW_PASSWORD") or ctx.password(
        confirm=True, prompt="New password: ")
    try:
        done = accounts.recover_with_key(ctx.data_dir, key, username, password)
    except AuthFailed:
        raise UsageError(f"the recovery key does not open the store in {ctx.data_dir}; "
                         "nothing was changed") from None
    except NotFound:
        raise UsageError(f"no administrator named {username} in this store; "
                         "nothing was changed") from None
    ctx.say(f"new password set for {done.username}; the old recovery key no longer works, "
            f"the new one is {done.recovery_key}: write it down and keep it safe")
    return 0


def cmd_new_recovery_key(ctx: Context, args: argparse.Namespace) -> int:
    # Only the key on stdout, one line: a script can capture it straight onto the sheet.
    done = accounts.replace_recovery_key(ctx.store)
    ctx.say(done.recovery_key)
    return 0
