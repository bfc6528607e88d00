"""`genera KIND add|update|delete|restore|list|show` and `genera dump`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from genera_desktop.cli.context import Context, parse_json_object
from genera_desktop.services import notices, records
from genera_desktop.services.kinds import KINDS

# Each kind's ACTION subparsers, so another command module can add an action to a kind
# (cli/desk.py adds `person export`); filled by register(), which runs first.
KIND_ACTIONS: dict[str, Any] = {}


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    for kind, spec in KINDS.items():
        # A kind of two words also answers to its name with a dash: `follow-up`.
        aliases = [kind.replace("_", "-")] if "_" in kind else []
        kp = sub.add_parser(kind, aliases=aliases, help=spec.names.plural_en.lower())
        ksub = kp.add_subparsers(dest="action", metavar="ACTION", required=True)
        KIND_ACTIONS[kind] = ksub
        p = ksub.add_parser("add", help="store a new record; prints its id")
        p.add_argument("--json", required=True, dest="data", metavar="JSON")
        p.set_defaults(handler=cmd_add, kind=kind)
        common(p)
        p = ksub.add_parser("update", help="change the named fields")
        p.add_argument("id")
        p.add_argument("--json", required=True, dest="data", metavar="JSON")
        p.set_defaults(handler=cmd_update, kind=kind)
        common(p)
        for action, handler in (("delete", cmd_delete), ("restore", cmd_restore)):
            p = ksub.add_parser(action)
            p.add_argument("id")
            p.set_defaults(handler=handler, kind=kind)
            common(p)
        p = ksub.add_parser("list", help="live records")
        p.add_argument("--search", metavar="TEXT")
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=cmd_list, kind=kind)
        common(p)
        p = ksub.add_parser("show", help="one record")
        p.add_argument("id")
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=cmd_show, kind=kind)
        common(p)
    p = sub.add_parser("dump", help="every live record as JSON Lines")
    p.set_defaults(handler=cmd_dump)
    common(p)


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    args.error_where = args.kind
    data = parse_json_object(args.data)
    with notices.collect() as warnings:
        rid = records.add(ctx.store, args.kind, data)
    ctx.say(rid)
    say_warnings(warnings)
    return 0


def cmd_update(ctx: Context, args: argparse.Namespace) -> int:
    args.error_where = f"{args.kind} {args.id}"
    data = parse_json_object(args.data)
    with notices.collect() as warnings:
        records.update(ctx.store, args.kind, args.id, data)
    say_warnings(warnings)
    return 0


def say_warnings(warnings: list[notices.Notice]) -> None:
    """One ``warning:`` line on stderr for each warning a service gave."""
    from genera_desktop.cli.messages import warning_line

    for notice in warnings:
        sys.stderr.write(f"warning: {warning_line(notice.code, notice.detail)}\n")


def cmd_delete(ctx: Context, args: argparse.Namespace) -> int:
    taken = records.delete(ctx.store, args.kind, args.id)
    if taken:
        sys.stderr.write(f"deleted with it: {len(taken)} records\n")
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    records.restore(ctx.store, args.kind, args.id)
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    items = records.list_records(ctx.store, args.kind, args.search)
    if args.json:
        ctx.print_json(items)
    else:
        for item in items:
            ctx.say(f"{item['id']}  {summary(item)}")
    return 0


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    item = records.show(ctx.store, args.kind, args.id)  # the view is in the audit trail
    if args.json:
        ctx.print_json(item)
    else:
        persons = item.pop("persons", None)
        for key, value in item.items():
            ctx.say(f"{key}: {value}")
        for person in persons or []:
            ctx.say(f"  - {person['id']}  {summary(person)}")
    return 0


def cmd_dump(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.services.coordination.dump import withheld, write_dump

    left_out = withheld(ctx.store)
    if left_out:
        # stdout stays the records alone; the mark goes where a person sees it.
        sys.stderr.write(
            f"warning: this dump leaves out the records of the access areas "
            f"{', '.join(left_out)} (yours does not cover them): it is not a whole copy of "
            "the store\n")
    write_dump(ctx.store, sys.stdout)
    return 0


def summary(item: dict[str, Any]) -> str:
    """A one-line description of a record for plain listings: the fields its kind's
    declaration names (``summary``), and a household's members."""
    spec = KINDS.get(str(item.get("kind")))
    parts = [item.get(k) for k in (spec.summary if spec else ("id",))]
    if item.get("kind") == "household":
        parts.append(", ".join(
            f"{p.get('last_name', '')} {p.get('first_name', '')}"
            for p in item.get("persons", [])))
    return "  ".join(str(p) for p in parts if p)
