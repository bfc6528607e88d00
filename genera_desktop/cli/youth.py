"""The adolescents' plan on the command line: `genera print school-work` (spec/
programme.md, "Printing"), `genera print school-work-pact` (the training pact) and
`genera print consent` (a consent form to sign). Its kinds' commands (`genera consent|school-work|
school-work-hours ...`) come from their declarations, as every kind's."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from genera_desktop.cli.context import Context


def register_prints(psub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add the plan's forms to `genera print`."""
    school_work = psub.add_parser(
        "school-work", help="the hours register of a school-work experience")
    school_work.add_argument("--id", metavar="ID", required=True,
                             help="the school-work experience (school_work id)")
    school_work.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    school_work.set_defaults(handler=cmd_school_work)
    common(school_work)

    pact = psub.add_parser(
        "school-work-pact", help="the training pact (patto formativo) of a school-work "
                                 "experience, to sign")
    pact.add_argument("--id", metavar="ID", required=True,
                      help="the school-work experience (school_work id)")
    pact.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    pact.set_defaults(handler=cmd_school_work_pact)
    common(pact)

    consent = psub.add_parser(
        "consent", help="a consent form for a parent or guardian (or the person) to sign")
    consent.add_argument("--person", metavar="ID", required=True, help="whose consent")
    consent.add_argument("--type", metavar="TYPE", required=True, dest="consent_type",
                         help="which consent: processing, special_categories, activities, "
                              "images, school_work or network_sharing")
    consent.add_argument("--workshop", metavar="ID", help="the workshop it is asked for")
    consent.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    consent.set_defaults(handler=cmd_consent)
    common(consent)


def cmd_school_work(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.cli.printing import output_path

    out = output_path(args.out)
    from genera_desktop.services.youth import prints

    prints.save_school_work(ctx.store, out, args.id)
    ctx.say(str(out))
    return 0


def cmd_school_work_pact(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.cli.printing import output_path

    out = output_path(args.out)
    from genera_desktop.services.youth import prints

    prints.save_school_work_pact(ctx.store, out, args.id)
    ctx.say(str(out))
    return 0


def cmd_consent(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.cli.printing import output_path

    out = output_path(args.out)
    from genera_desktop.services.youth import prints

    prints.save_consent_form(ctx.store, out, args.person, args.consent_type,
                             workshop_id=args.workshop)
    ctx.say(str(out))
    return 0
