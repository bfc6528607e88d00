"""`genera demo --households N [--seed S]`: realistic synthetic data (coordinator only)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Any

from genera_desktop.cli.context import Context


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser(
        "demo", help="fill the store with synthetic data (coordinator only)",
        description="Adds the points, housing contexts and N households with their "
        "persons, intakes, contacts, referrals, follow-ups and visits. Same seed, same data.",
    )
    p.add_argument("--households", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(handler=cmd_demo)
    common(p)


def cmd_demo(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.services import demo

    show = not args.quiet and sys.stderr.isatty()
    started = time.monotonic()

    def progress(done: int, total: int) -> bool:
        if show:
            sys.stderr.write(f"\r{done}/{total} households")
            sys.stderr.flush()
        return True

    counts = demo.fill(ctx.store, args.households, args.seed, progress=progress)
    if show:
        sys.stderr.write("\n")
    total = sum(counts.values())
    detail = ", ".join(f"{counts[k]} {k}" for k in sorted(counts))
    ctx.say(f"added {total} records in {time.monotonic() - started:.1f} s: {detail}")
    return 0
