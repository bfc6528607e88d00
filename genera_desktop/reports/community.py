"""The community figures of the report (spec/programme.md, "Reports"; issue 11).

- ``workshops``: live workshops (any status); ``workshop_sessions``: live sessions of
  live workshops; ``guests``: their unnamed guests, summed;
- ``attendances``: live attendances ``present`` (``attendances_by_status``: every mark);
- ``workshop_participants``: distinct registered persons (live, not merged away) with at
  least one attendance ``present``; guests are not persons and do not count;
- ``workshop_households``: the distinct households those participants belong to. They
  are reached households like any other, already among ``households_total`` (counted
  once towards the 4,500): this says how many of them a workshop reached;
- ``workshop_contacts``: households registered with the minimum at a workshop (status
  ``contact``: services/community/newcomers.py);
- ``initiatives``, ``initiatives_by_status``, ``initiatives_support_requested`` and
  ``initiatives_support_granted`` (euro, summed);
- ``organisations``, ``organisations_by_type``, ``partners``;
- ``community_by_point`` (point code to the figures of its workshops and initiatives)
  and ``community_by_month`` (``YYYY-MM`` of the session's date to that month's
  sessions, attendances, distinct participants and guests).

A handful of grouped queries on tables of thousands of rows: well inside the report's
second at 50,000 households.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from genera_desktop.domain.money import cents as _euro
from genera_desktop.store.models import (
    Household,
    Initiative,
    Organisation,
    Workshop,
    WorkshopSession,
)

CONTACT = "contact"
PRESENT = "present"
NO_VALUE = ""

# The figures of one point (or month), each zero until counted.
POINT_FIGURES = ("workshops", "workshop_sessions", "workshop_participants", "attendances",
                 "guests", "initiatives")
MONTH_FIGURES = ("workshop_sessions", "workshop_participants", "attendances", "guests")


# Live attendances of live persons not merged away, at live sessions of live workshops
# (those "present" make the figures; every status, attendances_by_status). Read from the attendances: "+" keeps SQLite off the person index on
# merged_into (ix_person_live), which would walk every person of the store (120,000 at
# 50,000 households) to find the few thousand who came.
PRESENT_SQL = """
WITH marked AS MATERIALIZED (
    SELECT a.point AS point, substr(s.date, 1, 7) AS month, a.person AS person,
           p.household AS household, a.status AS status
    FROM attendance a
    JOIN workshop_session s ON s.id = a.session
    JOIN workshop w ON w.id = s.workshop
    JOIN person p ON p.id = a.person
    WHERE a.cl % 2 = 1 AND s.cl % 2 = 1 AND w.cl % 2 = 1
      AND +p.cl % 2 = 1 AND +p.merged_into IS NULL
), present AS (SELECT * FROM marked WHERE status = 'present')
SELECT 's', NULL, status, count(*), NULL FROM marked GROUP BY status
UNION ALL SELECT 'pm', point, month, count(*), NULL FROM present GROUP BY point, month
UNION ALL SELECT 'm', NULL, month, NULL, count(DISTINCT person) FROM present GROUP BY month
UNION ALL SELECT 'p', point, NULL, NULL, count(DISTINCT person) FROM present GROUP BY point
UNION ALL SELECT 't', NULL, NULL, count(DISTINCT household), count(DISTINCT person)
FROM present
"""


def _key(value: Any) -> str:
    return NO_VALUE if value is None else str(value)


def compute(session: Session) -> dict[str, Any]:
    """Every community figure on this site's data."""
    by_point: dict[str, dict[str, Any]] = {}
    by_month: dict[str, dict[str, Any]] = {}

    def point(code: Any) -> dict[str, Any]:
        return by_point.setdefault(_key(code), dict.fromkeys(POINT_FIGURES, 0))

    def month(day: Any) -> dict[str, Any]:
        return by_month.setdefault(str(day or "")[:7], dict.fromkeys(MONTH_FIGURES, 0))

    live_workshop = Workshop.cl % 2 == 1
    for code, n in session.execute(select(Workshop.point, func.count()).where(live_workshop)
                                   .group_by(Workshop.point)):
        point(code)["workshops"] += int(n)
    sessions = (select(WorkshopSession.point, func.substr(WorkshopSession.date, 1, 7),
                       func.count(), func.coalesce(func.sum(WorkshopSession.guests), 0))
                .join(Workshop, Workshop.id == WorkshopSession.workshop)
                .where(WorkshopSession.cl % 2 == 1, live_workshop)
                .group_by(WorkshopSession.point, func.substr(WorkshopSession.date, 1, 7)))
    for code, month_key, n, guests in session.execute(sessions):
        for figures in (point(code), month(month_key)):
            figures["workshop_sessions"] += int(n)
            figures["guests"] += int(guests)

    # The attendances present, read once (a materialized CTE) and grouped four ways:
    # by point and month, distinct persons by month, by point, and overall.
    participants = households = 0
    marks: dict[str, int] = {}
    for grouping, code, month_key, count, persons in session.execute(text(PRESENT_SQL)):
        if grouping == "s":
            marks[_key(month_key)] = int(count)
        elif grouping == "pm":
            point(code)["attendances"] += int(count)
            month(month_key)["attendances"] += int(count)
        elif grouping == "m":
            month(month_key)["workshop_participants"] = int(persons)
        elif grouping == "p":
            point(code)["workshop_participants"] = int(persons)
        else:
            households, participants = int(count), int(persons)

    initiatives: dict[str, int] = {}
    requested = granted = 0.0
    for code, status, n, asked, given in session.execute(
            select(Initiative.point, Initiative.status, func.count(),
                   func.coalesce(func.sum(Initiative.support_requested), 0),
                   func.coalesce(func.sum(Initiative.support_granted), 0))
            .where(Initiative.cl % 2 == 1).group_by(Initiative.point, Initiative.status)):
        point(code)["initiatives"] += int(n)
        initiatives[_key(status)] = initiatives.get(_key(status), 0) + int(n)
        requested += float(asked or 0)
        granted += float(given or 0)

    organisations: dict[str, int] = {}
    partners = 0
    for org_type, partner, n in session.execute(
            select(Organisation.org_type, Organisation.is_partner, func.count())
            .where(Organisation.cl % 2 == 1)
            .group_by(Organisation.org_type, Organisation.is_partner)):
        organisations[_key(org_type)] = organisations.get(_key(org_type), 0) + int(n)
        partners += int(n) if partner else 0

    contacts = session.scalar(select(func.count()).select_from(Household).where(
        Household.cl % 2 == 1, Household.merged_into.is_(None),
        Household.status == CONTACT)) or 0
    return {
        "workshops": sum(p["workshops"] for p in by_point.values()),
        "workshop_sessions": sum(p["workshop_sessions"] for p in by_point.values()),
        "workshop_participants": int(participants or 0),
        "workshop_households": int(households or 0),
        "workshop_contacts": int(contacts),
        "attendances": sum(p["attendances"] for p in by_point.values()),
        "attendances_by_status": dict(sorted(marks.items())),
        "guests": sum(p["guests"] for p in by_point.values()),
        "initiatives": sum(initiatives.values()),
        "initiatives_by_status": dict(sorted(initiatives.items())),
        "initiatives_support_requested": _euro(requested),
        "initiatives_support_granted": _euro(granted),
        "organisations": sum(organisations.values()),
        "organisations_by_type": dict(sorted(organisations.items())),
        "partners": partners,
        "community_by_point": dict(sorted(by_point.items())),
        "community_by_month": dict(sorted(by_month.items())),
    }


