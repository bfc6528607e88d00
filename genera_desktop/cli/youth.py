"""The adolescents' plan on the command line: `genera print school-work` (spec/
programme.md, "Printing"). Its kinds' commands (`genera consent|school-work|
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


def cmd_school_work(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.cli.printing import output_path

    out = output_path(args.out)
    from genera_desktop.services.youth import prints

    prints.save_school_work(ctx.store, out, args.id)
    ctx.say(str(out))
    return 0
