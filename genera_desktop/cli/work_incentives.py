"""`genera catalog incentives [--json]`: the hiring incentives shipped with the app
(domain/incentives.py) with their validity. The coordinator's ``incentive`` records are
`genera incentive list`; one with the same code overrides a shipped measure."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from genera_desktop.cli.context import Context


def register(csub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    c = csub.add_parser("incentives", help="the hiring incentives shipped with the app, "
                                           "with their validity")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_catalog_incentives)
    common(c)


def cmd_catalog_incentives(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.domain import incentives

    found = incentives.measures()
    if args.json:
        ctx.print_json([{
            "code": m.code, "name": m.name, "legal_basis": m.legal_basis,
            "for_whom": m.for_whom, "valid_from": m.valid_from or None,
            "valid_to": m.valid_to or None, "description": m.description,
            "source_url": m.source_url, "notes": m.notes or None,
        } for m in found])
        return 0
    for m in found:
        span = f"from {m.valid_from}" + (f" to {m.valid_to}" if m.valid_to else "")
        ctx.say(f"{m.code}  {span}  {m.name} ({m.legal_basis})")
    return 0
