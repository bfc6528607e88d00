"""`genera catalog occupations|skills` (and `incentives`, cli/work_incentives.py) and `genera match vacancy|person` (spec/programme.md,
"Piano integrato lavoro"). Printing an internship's forms is in cli/printing.py's style,
`genera print internship|internship-month` (cli/printing_work.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from genera_desktop.cli import work_incentives
from genera_desktop.cli.context import Context, UsageError


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("catalog", help="the catalogues shipped with the app")
    csub = p.add_subparsers(dest="catalog", metavar="CATALOG", required=True)
    for name, what in (("occupations", "the occupations (ISTAT CP2021)"),
                       ("skills", "the skills")):
        c = csub.add_parser(name, help=what)
        c.add_argument("--search", metavar="TEXT", help="codes starting with it, or labels "
                                                        "with every word")
        c.add_argument("--json", action="store_true")
        c.set_defaults(handler=cmd_catalog)
        common(c)
    work_incentives.register(csub, common)

    m = sub.add_parser("match", help="rank job profiles for a vacancy, or vacancies for a "
                                     "person")
    msub = m.add_subparsers(dest="side", metavar="WHAT", required=True)
    for side, what in (("vacancy", "the active job profiles for a vacancy"),
                       ("person", "the open vacancies for a person")):
        c = msub.add_parser(side, help=what)
        c.add_argument("id")
        c.add_argument("--json", action="store_true")
        c.add_argument("--limit", type=_limit, metavar="N")
        c.set_defaults(handler=cmd_match)
        common(c)
    c = msub.add_parser("skills", help="the skill exchange: open offers and requests of the "
                                       "same skill by two people")
    c.add_argument("--point", metavar="CODE", help="only the people of this point")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_match_skills)
    common(c)
    _register_prints(common)


def _register_prints(common: Callable[[argparse.ArgumentParser], None]) -> None:
    from genera_desktop.cli.printing import PRINT_FORMS

    # Taken, not read: a later parser built without `print` must not add to this one.
    psub = PRINT_FORMS.pop("sub", None)
    if psub is None:  # `print` not being built: nothing to add to
        return
    p = psub.add_parser("internship", help="an internship's training project (progetto "
                                           "formativo)")
    p.add_argument("--id", metavar="ID", required=True, help="the internship")
    p.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    p.set_defaults(handler=cmd_print_internship)
    common(p)
    p = psub.add_parser("internship-month", help="an internship's attendance sheet of a month")
    p.add_argument("--id", metavar="ID", required=True, help="the internship")
    p.add_argument("--month", metavar="YYYY-MM", required=True, help="the month")
    p.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    p.set_defaults(handler=cmd_print_internship_month)
    common(p)
    p = psub.add_parser("allowance", help="an internship's allowance statement: months, "
                                          "days, allowance due, the project's contribution")
    p.add_argument("--internship", metavar="ID", required=True, help="the internship")
    p.add_argument("--month", metavar="YYYY-MM", help="only this month (default: every "
                                                      "month entered)")
    p.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    p.set_defaults(handler=cmd_print_allowance)
    common(p)
    p = psub.add_parser("cv", help="a person's CV sheet (only with their consent recorded)")
    p.add_argument("--person", metavar="ID", required=True, help="the person")
    p.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    p.set_defaults(handler=cmd_print_cv)
    common(p)


def cmd_print_cv(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.cli.printing import output_path
    from genera_desktop.services.work import prints

    out = output_path(args.out)
    args.error_where = f"person {args.person}"
    prints.save_cv(ctx.store, out, args.person)
    ctx.say(str(out))
    return 0


def cmd_print_allowance(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.cli.printing import output_path
    from genera_desktop.services.work import prints

    out = output_path(args.out)
    args.error_where = f"internship {args.internship}"
    prints.save_allowance(ctx.store, out, args.internship, args.month)
    ctx.say(str(out))
    return 0


def cmd_print_internship(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.cli.printing import output_path
    from genera_desktop.services.work import prints

    out = output_path(args.out)
    args.error_where = f"internship {args.id}"
    prints.save_project(ctx.store, out, args.id)
    ctx.say(str(out))
    return 0


def cmd_print_internship_month(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.cli.printing import output_path
    from genera_desktop.services.work import prints

    out = output_path(args.out)
    args.error_where = f"internship {args.id}"
    prints.save_month(ctx.store, out, args.id, args.month)
    ctx.say(str(out))
    return 0


def cmd_catalog(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.domain import catalogs_work

    items = catalogs_work.search(args.catalog, args.search)
    if args.json:
        ctx.print_json([{"code": i.code, "label": i.label} for i in items])
    else:
        for item in items:
            ctx.say(f"{item.code}  {item.label}")
    return 0


def cmd_match_skills(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.services.work import skill_exchange

    args.error_where = "match skills"
    found = skill_exchange.matches(ctx.store, args.point)
    if args.json:
        ctx.print_json([{"skill": m.skill, "offer": m.offer, "ask": m.ask,
                         "offered_by": m.offered_by, "asked_by": m.asked_by}
                        for m in found])
    else:
        for m in found:
            ctx.say(f"{m.skill}  {m.offered_by} -> {m.asked_by}  ({m.skill_label})")
    return 0


def cmd_match(ctx: Context, args: argparse.Namespace) -> int:
    from genera_desktop.services.work import matching

    if not args.id.strip():
        raise UsageError(f"give the {args.side}'s id")
    args.error_where = f"match {args.side} {args.id}"
    if args.side == "vacancy":
        found = matching.for_vacancy(ctx.store, args.id, args.limit)
        key = "person"
    else:
        found = matching.for_person(ctx.store, args.id, args.limit)
        key = "vacancy"
    if args.json:
        ctx.print_json([{key: m.other, "score": m.score, "reasons": m.reasons,
                         "eligible": m.eligible} for m in found])
    else:
        for m in found:
            mark = "" if m.eligible else "  (non idoneo)"
            ctx.say(f"{m.other}  {m.score:3d}{mark}  {'; '.join(m.reasons)}")
    return 0
