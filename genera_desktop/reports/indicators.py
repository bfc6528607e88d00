"""The programme's indicators on this site's data, computed with SQL aggregates.

Returns plain data (``dict`` of numbers, lists and small dicts): the CLI prints it or
dumps it as JSON, ``reports.tables`` turns it into the tables of the XLSX and PDF.
Counts here are raw; suppressing small counts is the job of what leaves the coordinator
(tables.py), not of the numbers the coordinator reads.

A household "reached" is a live household that was not merged into another: a merged
duplicate is the same family counted once. Its week is the ISO week (Monday to Sunday)
of ``registered_on``, the day it was first registered.

The dashboard recomputes all of this after each import, so it must stay well under a
second at the programme's 50,000 households (benchmarks/bench_store.py measures it).
The store is encrypted page by page: reading a table costs its size, so each table is
read once, with every breakdown of it grouped in that one query, and the rest is summed
here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from genera_desktop.domain import vocab
from genera_desktop.domain.settings import TARGET_HOUSEHOLDS
from genera_desktop.domain.stamps import parse_stamp
from genera_desktop.reports import community, housing, housing_indicators, work, youth
from genera_desktop.services.network.site import site_info
from genera_desktop.store.local import Site
from genera_desktop.store.models import (
    FollowUp,
    Household,
    HousingContext,
    Person,
    Point,
    Referral,
    Visit,
)
from genera_desktop.store.settings import get_setting

TARGET = TARGET_HOUSEHOLDS.default  # families the programme aims to reach
ACTIVE_STATUSES = ("taken_on", "active")
NO_VALUE = ""  # the key for "not given" in the by_* maps (JSON keys are strings)
WEEKS = 52  # the weekly series: the last year, this week included
REACHED = (Household.cl % 2 == 1, Household.merged_into.is_(None))


def compute(session: Session, today: date | None = None) -> dict[str, Any]:
    """Every indicator, as of ``today`` (default: the computer's date)."""
    today = today or date.today()
    site = site_info(session)
    households = _households(session)
    by_day = _new_by_day(session, today)
    visits = _visits(session)
    referrals = _referrals(session)
    return {
        "date": today.isoformat(),
        "site": site.site_name,
        "households_total": sum(households["by_point"].values()),
        "target": get_setting(session, TARGET_HOUSEHOLDS) or TARGET,
        **households,
        "points": _point_names(session),
        # "In the last 7 days": today and the six days before it.
        "new_7_days": _new_since(by_day, today, 7),
        "new_30_days": _new_since(by_day, today, 30),
        "new_by_week": _weekly(by_day, today),
        "persons_total": int(session.scalar(select(func.count()).select_from(Person).where(
            Person.cl % 2 == 1, Person.merged_into.is_(None))) or 0),
        **visits,
        "follow_ups_overdue_by_point": _overdue_by_point(session, today),
        **referrals,
        **community.compute(session),
        **housing.compute(session),
        **housing_indicators.compute(session, today),
        **work.compute(session),
        **youth.compute(session, today),
        "sites": _sites(session, today),
    }


def _tally(pairs: Iterable[tuple[Any, int]]) -> dict[str, int]:
    """``key -> count`` summed and sorted by key; a missing value counts as ``NO_VALUE``."""
    out: dict[str, int] = {}
    for key, count in pairs:
        name = NO_VALUE if key is None else str(key)
        out[name] = out.get(name, 0) + int(count)
    return dict(sorted(out.items()))


def _households(session: Session) -> dict[str, Any]:
    """Reached households by point, by comune, by status, and the active cases."""
    rows = session.execute(
        select(Household.point, Household.municipality, Household.status, func.count())
        .where(*REACHED)
        .group_by(Household.point, Household.municipality, Household.status)
    ).all()
    by_status = _tally((status, n) for _, _, status, n in rows)
    return {
        "by_point": _tally((point, n) for point, _, _, n in rows),
        "by_municipality": _tally((municipality, n) for _, municipality, _, n in rows),
        "by_status": by_status,
        "active_cases": sum(by_status.get(s, 0) for s in ACTIVE_STATUSES),
    }


def week_start(day: date) -> date:
    """The Monday of the ISO week holding ``day``."""
    return day - timedelta(days=day.weekday())


def _first_week(today: date) -> date:
    return week_start(today) - timedelta(weeks=WEEKS - 1)


def _new_by_day(session: Session, today: date) -> dict[str, int]:
    """Reached households per day of registration, from the first of the 52 weeks to
    today (a registration dated after today counts nowhere). Read through the index on
    ``registered_on``."""
    return _tally(session.execute(
        select(Household.registered_on, func.count()).where(
            *REACHED, Household.registered_on >= _first_week(today).isoformat(),
            Household.registered_on <= today.isoformat(),
        ).group_by(Household.registered_on)
    ))


def _new_since(by_day: dict[str, int], today: date, days: int) -> int:
    since = (today - timedelta(days=days)).isoformat()
    return sum(n for day, n in by_day.items() if day > since)


def _weekly(by_day: dict[str, int], today: date) -> list[dict[str, Any]]:
    """New households in each of the last 52 ISO weeks, oldest first, empty weeks as 0;
    the last week is this one, so far."""
    first = _first_week(today)
    counts = [0] * WEEKS
    for day, n in by_day.items():
        try:
            counts[(date.fromisoformat(day) - first).days // 7] += n
        except (TypeError, ValueError, IndexError):  # a malformed date counts nowhere
            continue
    out = []
    for index, n in enumerate(counts):
        monday = first + timedelta(weeks=index)
        year, week, _ = monday.isocalendar()
        out.append({"week": f"{year}-W{week:02d}", "start": monday.isoformat(), "new": n})
    return out


def _point_names(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(Point.code, Point.name).where(Point.cl % 2 == 1).order_by(Point.code)
    )
    return {code: name or "" for code, name in rows if code}


def _visits(session: Session) -> dict[str, Any]:
    """Live visits: in all, by housing context and by observed issue, in one read.

    ``issues`` is a JSON list of vocabulary codes (strict on every way in), so a code
    is in it when its quoted form is: cheaper than unfolding every list with json_each.
    A visit that notes several issues counts under each.
    """
    has_issue = [
        func.sum(case((func.instr(Visit.issues, f'"{issue}"') > 0, 1), else_=0))
        for issue in vocab.VISIT_ISSUES
    ]
    rows = session.execute(
        select(Visit.housing_context, func.count(), *has_issue)
        .where(Visit.cl % 2 == 1).group_by(Visit.housing_context)
    ).all()
    counts: dict[str | None, int] = {row[0]: int(row[1]) for row in rows}
    issues = {issue: sum(int(row[2 + i] or 0) for row in rows)
              for i, issue in enumerate(vocab.VISIT_ISSUES)}
    return {
        "visits_total": sum(counts.values()),
        "visits_by_context": _by_context(session, counts),
        "visits_by_issue": issues,
    }


def _by_context(session: Session, counts: dict[str | None, int]) -> list[dict[str, Any]]:
    """Every live context with its live visits (none counts too), by municipality, name."""
    contexts = session.execute(
        select(HousingContext.id, HousingContext.name, HousingContext.municipality,
               HousingContext.cl)
    ).all()
    out = [
        {"housing_context": cid, "name": name, "municipality": municipality,
         "visits": int(counts.get(cid, 0))}
        for cid, name, municipality, cl in contexts
        if cl % 2 == 1 or counts.get(cid)
    ]
    out.sort(key=lambda c: (c["municipality"] or "", c["name"] or "", c["housing_context"]))
    return out


def _overdue_by_point(session: Session, today: date) -> dict[str, int]:
    """Follow-ups not done and due before today, by the point of their household."""
    return _tally(session.execute(
        select(Household.point, func.count())
        .select_from(FollowUp)
        .join(Household, Household.id == FollowUp.household)
        .where(FollowUp.cl % 2 == 1, FollowUp.done.is_not(True),
               FollowUp.due_date < today.isoformat(), *REACHED)
        .group_by(Household.point)
    ))


def _referrals(session: Session) -> dict[str, Any]:
    """Live referrals by status; the referrals out by destination and outcome.

    A missing direction counts as out (an invio). The organisation is typed by hand:
    spellings that differ only in case or spaces are one destination, shown as its most
    frequent spelling. The outcome is the referral's status.
    """
    rows = session.execute(
        select(Referral.direction, Referral.organisation, Referral.status, func.count())
        .where(Referral.cl % 2 == 1)
        .group_by(Referral.direction, Referral.organisation, Referral.status)
    ).all()
    spellings: dict[str, dict[str, int]] = {}
    outcomes: dict[str, dict[str, int]] = {}
    for direction, organisation, status, n in rows:
        if direction == "in":
            continue
        name = " ".join((organisation or "").split())
        key = name.casefold()
        seen = spellings.setdefault(key, {})
        seen[name] = seen.get(name, 0) + int(n)
        counts = outcomes.setdefault(key, {})
        status_key = NO_VALUE if status is None else str(status)
        counts[status_key] = counts.get(status_key, 0) + int(n)
    destinations = {
        max(spellings[key].items(), key=lambda s: (s[1], s[0]))[0]: dict(sorted(c.items()))
        for key, c in outcomes.items()
    }
    return {
        "referrals_by_status": _tally((status, n) for _, _, status, n in rows),
        "referrals_by_destination": dict(
            sorted(destinations.items(), key=lambda d: (d[0].casefold(), d[0]))
        ),
    }


def _sites(session: Session, today: date) -> list[dict[str, Any]]:
    """The other sites of the network and the days since their last bundle came in."""
    me = site_info(session).site_id
    out = []
    for site in session.scalars(select(Site).order_by(Site.name, Site.site_id)):
        if site.site_id == me:
            continue
        last_in = (site.extra or {}).get("last_in")
        out.append({
            "site_id": site.site_id, "name": site.name, "role": site.role,
            "point": site.point_code, "revoked": bool(site.revoked),
            "last_in": last_in, "days_since_last_in": _days_since(last_in, today),
        })
    return out


def local_day(iso: str | None) -> date | None:
    """The day, on this computer's clock, of a stamp (UTC when it names no zone)."""
    when = parse_stamp(iso)
    return when.astimezone().date() if when else None


def _days_since(iso: str | None, today: date) -> int | None:
    day = local_day(iso)
    return None if day is None else max(0, (today - day).days)
