"""`genera print intake|custode|signin|register ...`: the paper forms as PDF files (spec/cli.md, "Printing").

Exactly one thing to print per command; a wrong combination is refused (exit 1) before
the store is opened. The PDF is written beside its target and renamed into place, so a
refused or failed print never leaves a half file; the audit entry is committed once the
file is there.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from genera_desktop.cli.context import Context, UsageError

# The `print` sub-commands' parser, so an area's module adds its forms (cli/work.py).
PRINT_FORMS: dict[str, Any] = {}


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `genera print` with its forms: intake, custode, a workshop's signin and
    register."""
    p = sub.add_parser("print", help="print a form to a PDF file")
    psub = p.add_subparsers(dest="form", metavar="FORM", required=True)
    PRINT_FORMS["sub"] = psub

    intake = psub.add_parser("intake", help="the intake form (scheda di accoglienza)")
    intake.add_argument("--household", metavar="ID", help="the household whose form to fill")
    intake.add_argument("--all", action="store_true",
                        help="every live household's form, in one PDF, by case number")
    intake.add_argument("--blank", action="store_true", help="the form empty, to fill by hand")
    intake.add_argument("--health", action="store_true",
                        help="add the health and disability page (needs health access; "
                             "the blank form always has it)")
    intake.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    intake.set_defaults(handler=cmd_intake)
    common(intake)

    cust = psub.add_parser("custode", help="the custode sociale forms")
    cust.add_argument("--housing-context", metavar="ID", help="the round sheet of one context")
    cust.add_argument("--all-contexts", action="store_true",
                      help="the round sheets of every context of a custode, in one PDF")
    cust.add_argument("--custode", metavar="SITE",
                      help="with --all-contexts: the custode's site (id or name); "
                           "default: the contexts this site covers")
    cust.add_argument("--visit", metavar="ID", help="one visit report, filled")
    cust.add_argument("--blank", action="store_true", help="the visit report empty")
    cust.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    cust.set_defaults(handler=cmd_custode)
    common(cust)

    signin = psub.add_parser("signin", help="a workshop session's sign-in sheet")
    signin.add_argument("--session", metavar="ID", required=True,
                        help="the workshop session (workshop_session id)")
    signin.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    signin.set_defaults(handler=cmd_signin)
    common(signin)

    register_ = psub.add_parser("register", help="a workshop's attendance register")
    register_.add_argument("--workshop", metavar="ID", required=True, help="the workshop")
    register_.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    register_.set_defaults(handler=cmd_register)
    common(register_)

    from genera_desktop.cli.housing import register_prints

    register_prints(psub, common)
    from genera_desktop.cli import youth  # the plans' forms, in their own modules

    youth.register_prints(psub, common)


def cmd_intake(ctx: Context, args: argparse.Namespace) -> int:
    chosen = _one_of(args, {"--household": args.household, "--all": args.all,
                            "--blank": args.blank})
    out = output_path(args.out)
    from genera_desktop.services import printing

    if chosen == "--household":
        args.error_where = f"household {args.household}"
    printing.save_intake(ctx.store, out, household=args.household, every=args.all,
                         include_health=args.health)
    ctx.say(str(out))
    return 0


def cmd_custode(ctx: Context, args: argparse.Namespace) -> int:
    chosen = _one_of(args, {"--housing-context": args.housing_context,
                            "--all-contexts": args.all_contexts, "--visit": args.visit,
                            "--blank": args.blank})
    if args.custode and chosen != "--all-contexts":
        raise UsageError("--custode goes with --all-contexts")
    out = output_path(args.out)
    from genera_desktop.services import printing

    printing.save_custode(ctx.store, out, housing_context=args.housing_context,
                          visit=args.visit, all_contexts=args.all_contexts,
                          custode_site=args.custode)
    ctx.say(str(out))
    return 0


def cmd_signin(ctx: Context, args: argparse.Namespace) -> int:
    out = output_path(args.out)
    from genera_desktop.services.community import prints

    prints.save_signin(ctx.store, out, args.session)
    ctx.say(str(out))
    return 0


def cmd_register(ctx: Context, args: argparse.Namespace) -> int:
    out = output_path(args.out)
    from genera_desktop.services.community import prints

    prints.save_register(ctx.store, out, args.workshop)
    ctx.say(str(out))
    return 0


def _one_of(args: argparse.Namespace, options: dict[str, Any]) -> str:
    """The one option given among ``options``; a refusal naming them when not one."""
    given = [name for name, value in options.items() if value]
    names = ", ".join(options)
    if not given:
        raise UsageError(f"say what to print: one of {names}")
    if len(given) > 1:
        raise UsageError(f"{' and '.join(given)} cannot go together: give one of {names}")
    return given[0]


def output_path(out: str | None) -> Path:
    """The --out path, checked before any work: its folder exists and can be written."""
    if not out:
        raise UsageError("give --out FILE.pdf, the file to write")
    path = Path(out).expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UsageError(f"--out {out}: is a folder, not a file")
    if not folder.is_dir():
        raise UsageError(f"--out {out}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UsageError(f"--out {out}: cannot write there (permission denied)")
    return path
