"""The programme's indicators on this site's data, computed with SQL aggregates.

Returns plain data (``dict`` of numbers, lists and small dicts): the CLI prints it or
dumps it as JSON, ``reports.tables`` turns it into the tables of the XLSX and PDF.
Counts here are raw; suppressing small counts is the job of what leaves the coordinator
(tables.py), not of the numbers the coordinator reads.

A household "reached" is a live household that was not merged into another: a merged
duplicate is the same family counted once.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from genera_desktop.services.site import get_setting, site_info
from genera_desktop.store.models import (
    FollowUp,
    Household,
    HousingContext,
    Person,
    Point,
    Referral,
    Visit,
)

TARGET = 4500  # families the programme aims to reach (setting "target_households")
ACTIVE_STATUSES = ("taken_on", "active")
NO_VALUE = ""  # the key for "not given" in the by_* maps (JSON keys are strings)


def compute(session: Session, today: date | None = None) -> dict[str, Any]:
    """Every indicator, as of ``today`` (default: the computer's date)."""
    today = today or date.today()
    reached = (Household.cl % 2 == 1, Household.merged_into.is_(None))
    by_point = _grouped(session, select(Household.point, func.count()).where(*reached)
                        .group_by(Household.point))
    total = sum(by_point.values())
    site = site_info(session)
    return {
        "date": today.isoformat(),
        "site": site.site_name,
        "households_total": total,
        "target": int(get_setting(session, "target_households", TARGET) or TARGET),
        "by_point": by_point,
        "points": _point_names(session),
        "by_municipality": _grouped(
            session,
            select(Household.municipality, func.count()).where(*reached)
            .group_by(Household.municipality),
        ),
        "by_status": _grouped(
            session,
            select(Household.status, func.count()).where(*reached).group_by(Household.status),
        ),
        # "In the last 7 days": today and the six days before it.
        "new_7_days": _count(session, select(func.count()).select_from(Household).where(
            *reached, Household.registered_on > (today - timedelta(days=7)).isoformat(),
            Household.registered_on <= today.isoformat())),
        "new_30_days": _count(session, select(func.count()).select_from(Household).where(
            *reached, Household.registered_on > (today - timedelta(days=30)).isoformat(),
            Household.registered_on <= today.isoformat())),
        "persons_total": _count(session, select(func.count()).select_from(Person).where(
            Person.cl % 2 == 1, Person.merged_into.is_(None))),
        "active_cases": _count(session, select(func.count()).select_from(Household).where(
            *reached, Household.status.in_(ACTIVE_STATUSES))),
        "visits_total": _count(session, select(func.count()).select_from(Visit)
                               .where(Visit.cl % 2 == 1)),
        "visits_by_context": _visits_by_context(session),
        "follow_ups_overdue_by_point": _grouped(
            session,
            select(Household.point, func.count())
            .select_from(FollowUp)
            .join(Household, Household.id == FollowUp.household)
            .where(FollowUp.cl % 2 == 1, FollowUp.done.is_not(True),
                   FollowUp.due_date < today.isoformat(), *reached)
            .group_by(Household.point),
        ),
        "referrals_by_status": _grouped(
            session,
            select(Referral.status, func.count()).where(Referral.cl % 2 == 1)
            .group_by(Referral.status),
        ),
    }


def _count(session: Session, query: Any) -> int:
    return int(session.scalar(query) or 0)


def _grouped(session: Session, query: Any) -> dict[str, int]:
    """``key -> count`` sorted by key; a missing value counts under ``NO_VALUE``."""
    out: dict[str, int] = {}
    for key, count in session.execute(query):
        name = NO_VALUE if key is None else str(key)
        out[name] = out.get(name, 0) + int(count)
    return dict(sorted(out.items()))


def _point_names(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(Point.code, Point.name).where(Point.cl % 2 == 1).order_by(Point.code)
    )
    return {code: name or "" for code, name in rows if code}


def _visits_by_context(session: Session) -> list[dict[str, Any]]:
    """Every live context with its live visits (none counts too), by municipality, name."""
    counts: dict[str | None, int] = {
        cid: int(n) for cid, n in session.execute(
            select(Visit.housing_context, func.count()).where(Visit.cl % 2 == 1)
            .group_by(Visit.housing_context)
        )
    }
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
