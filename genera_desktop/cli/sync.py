"""`genera sync export|import`, `genera quarantine ...` and `genera person erase`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from genera_desktop.cli import messages
from genera_desktop.cli.context import Context
from genera_desktop.services.network import sync
from genera_desktop.services.network.sync import ImportReport


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    sp = sub.add_parser("sync", help="bundles to and from other sites")
    ssub = sp.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ssub.add_parser("export", help="write a bundle for a site")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, help="the bundle file to write")
    target.add_argument("--all", action="store_true",
                        help="coordinator: one bundle per enrolled site, into --out-dir")
    p.add_argument("--out-dir", type=Path, help="with --all: the folder for the bundles")
    p.add_argument("--to", help="the site (id or name); a member's default: the coordinator")
    p.add_argument("--full", action="store_true", help="send everything in the site's scope")
    p.set_defaults(handler=cmd_export, parser=p)
    common(p)
    p = ssub.add_parser("import", help="verify and apply bundles, each in one transaction")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)
    common(p)

    qp = sub.add_parser("quarantine", help="changes held because they were stamped in the future")
    qsub = qp.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = qsub.add_parser("list", help="changes held here")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="decided ones too")
    p.set_defaults(handler=cmd_quarantine_list)
    common(p)
    for action, accept in (("accept", True), ("reject", False)):
        p = qsub.add_parser(action, help=f"coordinator: {action} a held change")
        p.add_argument("id")
        p.set_defaults(handler=cmd_quarantine_decide, accept=accept)
        common(p)

    person = _actions_of(sub, "person")
    if person is not None:
        p = person.add_parser("erase", help="coordinator: erase a person's data on every site")
        p.add_argument("id")
        p.set_defaults(handler=cmd_erase)
        common(p)


def _actions_of(sub: Any, command: str) -> Any:
    """The sub-command list of an existing command (records.py made `person`)."""
    parser = sub.choices.get(command)
    if parser is None:
        return None
    # argparse keeps no public handle on a parser's sub-parsers; _actions is stable.
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    if args.all:
        if args.out_dir is None or args.to or args.full:
            args.parser.error("--all takes --out-dir DIR and neither --to nor --full")
        results = sync.export_all(ctx.store, args.out_dir)
        for result in results:
            _say_exported(ctx, result)
        if not results:
            ctx.say("no enrolled site to write a bundle for")
        return 0
    if args.out_dir is not None:
        args.parser.error("--out-dir goes with --all")
    result = sync.export(ctx.store, args.out, to=args.to, full=args.full)
    _say_exported(ctx, result)
    return 0


def _say_exported(ctx: Context, result: Any) -> None:
    counts = result.counts
    ctx.say(f"bundle {result.sequence} for '{result.recipient_name}' written to {result.path}: "
            f"{counts.get('records', 0)} records, {counts.get('changes', 0)} changes, "
            f"{counts.get('evictions', 0)} evictions" + (" (full)" if result.full else ""))


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    results = sync.import_files(ctx.store, list(args.files))
    failed = False
    for result in results:
        if isinstance(result, sync.ImportFailed):
            failed = True
            sys.stderr.write("error: " + messages.bundle_refusal(
                result.code, result.file, result.detail) + "\n")
        elif not args.json:
            ctx.say(describe(result))
    if args.json:
        ctx.print_json([r.to_json() for r in results])
    return 1 if failed else 0


def describe(report: ImportReport) -> str:
    """One line (with notes) saying what an import did."""
    if report.already_applied:
        return (f"{report.file}: from '{report.from_name}': already applied "
                f"(bundle {report.sequence}); nothing changed")
    text = (f"{report.file}: from '{report.from_name}' (bundle {report.sequence}): "
            f"applied {report.applied}, already known {report.already_known}")
    notes = []
    if report.skipped_sequence:
        missing = ", ".join(str(n) for n in report.skipped_sequence[:10])
        notes.append(f"bundle(s) {missing} from this site never arrived (lost on the way?); "
                     "what they held comes again in the next bundles")
    if report.late:
        notes.append("arrived after a newer bundle from the same site")
    if report.enrolled:
        notes.append(f"site enrolled, key fingerprint {report.enrolled}")
    if report.conflicts:
        notes.append(f"{report.conflicts} conflicting edits logged")
    if report.quarantined:
        notes.append(f"{report.quarantined} changes stamped more than a day ahead held in "
                     "quarantine")
    if report.refused:
        notes.append(f"{report.refused} changes refused: made when the record was no longer "
                     "in the sending site's scope")
    if report.refused_by_coordinator:
        notes.append(f"the coordinator refused {report.refused_by_coordinator} of this site's "
                     "changes (records outside its scope)")
    if report.evicted:
        notes.append(f"{report.evicted} records left this site's scope and were removed here")
    if report.clock_ahead:
        notes.append("this computer's clock ran ahead: some of its changes were held by the "
                     "coordinator; correct the date and time")
    return text + "".join(f"\n  - {n}" for n in notes)


def cmd_quarantine_list(ctx: Context, args: argparse.Namespace) -> int:
    items = sync.quarantine_list(ctx.store, status=None if args.all else "held")
    if args.json:
        ctx.print_json(items)
        return 0
    for q in items:
        ctx.say(f"{q['id']}  {q['kind']} {q['record_id']} {q['field']} = {q['value']!r}  "
                f"from {q['site']}, stamped {q['stamped_at']}  [{q['status']}]")
    if not items:
        ctx.say("nothing held")
    return 0


def cmd_quarantine_decide(ctx: Context, args: argparse.Namespace) -> int:
    reason = sync.quarantine_decide(ctx.store, args.id, accept=args.accept)
    ctx.say(f"{args.id}: {reason}; the decision goes to every site with the next bundles")
    return 0


def cmd_erase(ctx: Context, args: argparse.Namespace) -> int:
    purged = sync.erase_person(ctx.store, args.id)
    # The records erased with the person are any of theirs (health, consents,
    # school-work, enrolments...), not only health as when this was first written.
    ctx.say(f"person {args.id} erased ({len(purged) - 1} of their records with it); "
            "the erasure reaches every site with the next bundles")
    return 0
