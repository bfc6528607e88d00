"""The coordinator's desk: `genera duplicates|conflicts ...` and `genera person export`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from genera_desktop.cli.context import Context, UsageError
from genera_desktop.cli.records import KIND_ACTIONS, summary
from genera_desktop.services.coordination import conflicts, duplicates


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    dp = sub.add_parser("duplicates", help="candidate duplicates: review, merge, unmerge")
    dsub = dp.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = dsub.add_parser("list", help="candidate duplicates, best first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_duplicates_list)
    common(p)
    p = dsub.add_parser("merge", help="merge the loser into the survivor (coordinator)")
    p.add_argument("survivor_id", metavar="SURVIVOR_ID")
    p.add_argument("loser_id", metavar="LOSER_ID")
    p.set_defaults(handler=cmd_merge)
    common(p)
    p = dsub.add_parser("unmerge", help="undo a merge (coordinator)")
    p.add_argument("loser_id", metavar="LOSER_ID")
    p.set_defaults(handler=cmd_unmerge)
    common(p)

    cp = sub.add_parser("conflicts", help="concurrent edits that lost: review, restore, keep")
    csub = cp.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = csub.add_parser("list", help="logged conflicts, newest first")
    p.add_argument("--json", action="store_true")
    p.add_argument("--status", choices=conflicts.STATUSES, help="only those (default: all)")
    p.set_defaults(handler=cmd_conflicts_list)
    common(p)
    p = csub.add_parser("restore", help="make the losing value the current one (coordinator)")
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=cmd_conflicts_restore)
    common(p)
    p = csub.add_parser("keep", aliases=["dismiss"], help="keep the winning value (coordinator)")
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=cmd_conflicts_keep)
    common(p)

    # An action of the existing `person` group that cli/records.py registered first.
    p = KIND_ACTIONS["person"].add_parser(
        "export", help="everything held about one person, for an access request")
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.json|FILE.pdf")
    # A minor's export is requested by a parent or guardian, who is recorded.
    p.add_argument("--requested-by", metavar="NAME",
                   help="who requests it (required for a person under 18)")
    p.add_argument("--relation", metavar="parent|guardian",
                   help="the requester's relation to a person under 18")
    p.set_defaults(handler=cmd_person_export, kind="person")
    common(p)


# -- duplicates -----------------------------------------------------------------------


def cmd_duplicates_list(ctx: Context, args: argparse.Namespace) -> int:
    found = duplicates.find_candidates(ctx.store)
    if args.json:
        ctx.print_json([c.as_dict() for c in found])
        return 0
    named = duplicates.records_named(ctx.store, found)
    if not found:
        ctx.say("no candidate duplicates")
    for c in found:
        ctx.say(f"{c.score:.2f}  {c.kind}  {c.reason}")
        for rid in c.ids:
            ctx.say(f"    {rid}  {summary(named.get(rid, {}))}")
    return 0


def cmd_merge(ctx: Context, args: argparse.Namespace) -> int:
    moves = duplicates.merge(ctx.store, args.survivor_id, args.loser_id)
    ctx.say(f"merged {args.loser_id.strip().lower()} into {args.survivor_id.strip().lower()}; "
            f"{len(moves)} records moved to it")
    return 0


def cmd_unmerge(ctx: Context, args: argparse.Namespace) -> int:
    moved, kept = duplicates.unmerge(ctx.store, args.loser_id)
    line = f"unmerged {args.loser_id.strip().lower()}; {moved} records moved back"
    if kept:
        line += f", {kept} changed since the merge and left as they are"
    ctx.say(line)
    return 0


# -- conflicts ------------------------------------------------------------------------


def cmd_conflicts_list(ctx: Context, args: argparse.Namespace) -> int:
    items = conflicts.list_conflicts(ctx.store, args.status)
    if args.json:
        ctx.print_json(items)
        return 0
    if not items:
        ctx.say("no conflicts")
    for c in items:
        ctx.say(f"{c['id']}  [{c['status']}]  {c['kind']} {c['record_id']}  {c['field']}")
        ctx.say(f"    kept:  {_show(c['winner_value'])}  ({c['winner_site']}, {c['winner_at']})")
        ctx.say(f"    lost:  {_show(c['loser_value'])}  ({c['loser_site']}, {c['loser_at']})")
    return 0


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def cmd_conflicts_restore(ctx: Context, args: argparse.Namespace) -> int:
    conflicts.restore(ctx.store, args.id)
    ctx.say(f"conflict {args.id}: the losing value is the current one again")
    return 0


def cmd_conflicts_keep(ctx: Context, args: argparse.Namespace) -> int:
    conflicts.dismiss(ctx.store, args.id)
    ctx.say(f"conflict {args.id}: the current value is kept")
    return 0


# -- access requests ------------------------------------------------------------------


def cmd_person_export(ctx: Context, args: argparse.Namespace) -> int:
    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("json", "pdf"):
        raise UsageError(f"--out {args.out}: the file must end in .json or .pdf")
    from genera_desktop.services.coordination.access_request import save_person_report

    requester = None
    if args.requested_by is not None or args.relation is not None:
        if args.relation not in ("parent", "guardian"):
            raise UsageError("--relation: give parent or guardian with --requested-by")
        if not (args.requested_by or "").strip():
            raise UsageError("--requested-by: give the name of the parent or guardian")
        requester = {"name": args.requested_by, "relation": args.relation}
    save_person_report(ctx.store, args.id, out, requested_by=requester)
    ctx.say(str(out))
    return 0
