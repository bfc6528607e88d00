"""`genera report [--json] [--xlsx FILE] [--pdf FILE]`: the programme's indicators."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from genera_desktop.cli.context import Context


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser(
        "report", help="the programme's indicators on this site's data",
        description="Without options prints a summary. --json prints every indicator with "
        "raw counts; --xlsx and --pdf write aggregates only, counts under 5 shown as '<5'.",
    )
    p.add_argument("--json", action="store_true", help="every indicator as JSON")
    p.add_argument("--xlsx", metavar="FILE", type=Path, help="write an Excel workbook")
    p.add_argument("--pdf", metavar="FILE", type=Path, help="write a PDF")
    p.set_defaults(handler=cmd_report)
    common(p)


def cmd_report(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.services.coordination import report

    args.error_where = "report"
    # Only writing a file goes in the audit trail: --json alone never waits for a writer.
    outputs = [path for path in (args.xlsx, args.pdf) if path]
    if outputs:
        ind = report.save_report(ctx.store, xlsx=args.xlsx, pdf=args.pdf)
    else:
        ind = report.indicators(ctx.store)
    if args.json:
        ctx.print_json(ind)
        return 0
    if outputs:
        for path in outputs:
            ctx.say(f"wrote {path}")
        return 0
    for line in summary_lines(ind):
        ctx.say(line)
    return 0


def summary_lines(ind: dict[str, Any]) -> list[str]:
    """The indicators as a few readable lines (raw counts: this is the coordinator's)."""
    total, target = ind["households_total"], ind["target"]
    share = f" ({100 * total / target:.1f}%)" if target else ""
    lines = [
        f"indicators of {ind['site'] or 'this site'} on {ind['date']}",
        f"households reached: {total} of {target}{share}",
        f"new households: {ind['new_7_days']} in the last 7 days, "
        f"{ind['new_30_days']} in the last 30",
        f"persons: {ind['persons_total']}; active cases: {ind['active_cases']}; "
        f"visits: {ind['visits_total']}",
    ]
    lines.append("by point: " + _pairs(ind["by_point"]))
    lines.append("by municipality: " + _pairs(ind["by_municipality"]))
    lines.append("follow-ups overdue by point: " + _pairs(ind["follow_ups_overdue_by_point"]))
    lines.append("referrals by status: " + _pairs(ind["referrals_by_status"]))
    weeks = ind["new_by_week"]
    lines.append(f"new households per week, {len(weeks)} weeks from {weeks[0]['start']}: "
                 + " ".join(str(w["new"]) for w in weeks))
    lines.append("referrals by destination and outcome:")
    lines.extend(f"  {name or '(none)'}: {_pairs(outcomes)}"
                 for name, outcomes in ind["referrals_by_destination"].items())
    lines.append("visits by observed issue: " + _pairs(ind["visits_by_issue"]))
    lines.append("sites, days since their last bundle: " + (", ".join(
        f"{s['name']} {'-' if s['days_since_last_in'] is None else s['days_since_last_in']}"
        for s in ind["sites"]) or "none"))
    lines.append("visits by housing context:")
    lines.extend(f"  {c['name']} ({c['municipality'] or '-'}): {c['visits']}"
                 for c in ind["visits_by_context"])
    return lines


def _pairs(counts: dict[str, int]) -> str:
    return ", ".join(f"{k or '(none)'} {v}" for k, v in counts.items()) or "none"
