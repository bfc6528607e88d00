"""`genera print cohousing|installments|guarantee`: the housing plan's forms as PDF
files (spec/programme.md, "Printing"), in the style of cli/printing.py, which adds them
to `genera print`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from genera_desktop.cli.context import Context


def register_prints(psub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add the housing forms to `genera print`'s sub-commands."""
    for form, help_text, what in (
            ("cohousing", "a co-housing pact (patto abitativo)", "the cohousing_pact"),
            ("installments", "an arrears case's repayment plan", "the arrears_case"),
            ("guarantee", "a guarantee application's form", "the guarantee_application")):
        p = psub.add_parser(form, help=help_text)
        p.add_argument("--id", metavar="ID", required=True, help=f"{what} id")
        p.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
        p.set_defaults(handler=cmd_print, housing_form=form)
        common(p)


def cmd_print(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.cli.printing import output_path

    out = output_path(args.out)
    from genera_desktop.services.housing import prints

    save = {"cohousing": prints.save_cohousing, "installments": prints.save_installments,
            "guarantee": prints.save_guarantee}[args.housing_form]
    save(ctx.store, out, args.id)
    ctx.say(str(out))
    return 0
