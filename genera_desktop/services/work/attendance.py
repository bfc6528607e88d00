"""The internships' month grids: one internship's months (the trainee's), or one month
of a point's active internships (its tutor's), each row the month's days expected and
attended, the project's contribution and the allowance due; and saving one row.

A row not entered yet proposes the month's working days (Monday to Friday within the
internship's dates) as expected and shows no allowance until saved. Saving adds the
``internship_month`` or changes it (the kind's rules check the days and the month);
``allowance_due`` is the kind's computed field (store/kinds_work.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select

from genera_desktop.domain.holidays import holidays, is_working_day, month_days
from genera_desktop.domain.text import full_name
from genera_desktop.services import permissions, records
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.kinds_work import allowance_due
from genera_desktop.store.models import Household, Organisation, Person
from genera_desktop.store.models_work import Internship, InternshipMonth
from genera_desktop.store.uow import UnitOfWork

GRID_FIELDS = ("days_expected", "days_attended", "project_contribution", "attended_days")
# A point's month lists the internships under way: active, or with no status said; a
# completed one too, so that its last month can still be entered after it ended.
GRID_STATUSES = ("active", "completed")


def working_days(month: str, start: str, end: str) -> int:
    """The working days of ``month`` (YYYY-MM: Monday to Friday, national holidays
    left out) within ``start``..``end``, at least 1."""
    count = sum(1 for day in month_days(month)
                if is_working_day(day) and start <= day.isoformat() <= end)
    return max(1, count)


def months_of(start: str, end: str) -> list[str]:
    """The months (YYYY-MM) from ``start``'s to ``end``'s, both included."""
    year, month = int(start[:4]), int(start[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= end[:7]:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _row(internship: Internship, month: str, entered: InternshipMonth | None,
         name: str, host: str) -> dict[str, Any]:
    row: dict[str, Any] = {
        "internship": internship.id, "month": month, "person_name": name, "host_name": host,
        "monthly_allowance": internship.monthly_allowance,
        "id": entered.id if entered is not None else None,
        "days_expected": entered.days_expected if entered is not None else working_days(
            month, internship.start_date or "", internship.end_date or ""),
        "days_attended": entered.days_attended if entered is not None else None,
        "project_contribution": entered.project_contribution if entered else None,
        "attended_days": entered.attended_days if entered is not None else None,
    }
    row["allowance_due"] = allowance_due(row) if entered is not None else None
    return row


def _entered(session: Any, internship_ids: list[str],
             month: str | None = None) -> dict[tuple[str, str], InternshipMonth]:
    out: dict[tuple[str, str], InternshipMonth] = {}
    for start in range(0, len(internship_ids), 500):
        query = select(InternshipMonth).where(
            InternshipMonth.internship.in_(internship_ids[start:start + 500]),
            InternshipMonth.cl % 2 == 1)
        if month is not None:
            query = query.where(InternshipMonth.month == month)
        for found in session.scalars(query):
            out[(found.internship or "", found.month or "")] = found
    return out


def _names(session: Any, person_ids: set[str], host_ids: set[str]) -> tuple[dict[str, str],
                                                                             dict[str, str]]:
    people = {p: full_name(last, first) for p, last, first in session.execute(
        select(Person.id, Person.last_name, Person.first_name).where(
            Person.id.in_(sorted(person_ids))))} if person_ids else {}
    hosts = dict(session.execute(select(Organisation.id, Organisation.name).where(
        Organisation.id.in_(sorted(host_ids)))).all()) if host_ids else {}
    return people, hosts


@reads
def internship_months(uow: UnitOfWork, internship_id: str) -> list[dict[str, Any]]:
    """Every month of an internship, from its start to its end, as grid rows (module
    docstring): ``internship``, ``month``, ``id`` (None if not entered),
    ``days_expected``, ``days_attended``, ``project_contribution``, ``allowance_due``,
    ``attended_days`` (None when kept as counts), ``monthly_allowance``, ``person_name``,
    ``host_name``."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "internship_month")
    internship = records.load(session, "internship", internship_id)
    assert isinstance(internship, Internship)
    entered = _entered(session, [internship.id])
    people, hosts = _names(session, {internship.person or ""}, {internship.host or ""})
    return [_row(internship, month, entered.get((internship.id, month)),
                 people.get(internship.person or "", ""), hosts.get(internship.host or "", ""))
            for month in months_of(internship.start_date or "", internship.end_date or "")]


@reads
def point_month(uow: UnitOfWork, point: str, month: str) -> list[dict[str, Any]]:
    """One month of a point's internships as grid rows (see ``internship_months``): the
    live internships under way (GRID_STATUSES or no status) of the point's households
    whose dates hold the month, by trainee's name."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "internship_month")
    first, last = f"{month}-01", f"{month}-31"
    found = list(session.scalars(
        select(Internship).join(Household, Household.id == Internship.household).where(
            Internship.cl % 2 == 1, Household.point == point,
            or_(Internship.status.is_(None), Internship.status.in_(GRID_STATUSES)),
            Internship.start_date <= last, Internship.end_date >= first)))
    entered = _entered(session, [i.id for i in found], month)
    people, hosts = _names(session, {i.person or "" for i in found},
                           {i.host or "" for i in found})
    rows = [_row(i, month, entered.get((i.id, month)), people.get(i.person or "", ""),
                 hosts.get(i.host or "", "")) for i in found]
    rows.sort(key=lambda r: (r["person_name"].casefold(), r["internship"]))
    return rows


@writes
def save_month(uow: UnitOfWork, internship_id: str, month: str,
               values: dict[str, Any]) -> dict[str, Any]:
    """Enter or change one month of an internship (``days_expected``,
    ``days_attended``, ``project_contribution``; a None contribution removes it) and
    return the row as the grid shows it. The kind's rules refuse what is out of range."""
    session = uow.session
    given = {k: values[k] for k in GRID_FIELDS if k in values}
    existing = session.scalars(select(InternshipMonth).where(
        InternshipMonth.internship == internship_id, InternshipMonth.month == month,
        InternshipMonth.cl % 2 == 1)).first()
    if existing is None:
        records.add(uow, "internship_month", {
            "internship": internship_id, "month": month,
            **{k: v for k, v in given.items() if v is not None}})
    else:
        records.update(uow, "internship_month", existing.id, given)
    internship = records.load(session, "internship", internship_id)
    assert isinstance(internship, Internship)
    entered = _entered(session, [internship_id], month).get((internship_id, month))
    people, hosts = _names(session, {internship.person or ""}, {internship.host or ""})
    return _row(internship, month, entered, people.get(internship.person or "", ""),
                hosts.get(internship.host or "", ""))


@reads
def month_by_days(uow: UnitOfWork, internship_id: str, month: str) -> dict[str, Any]:
    """One month of an internship for the days grid: the grid row of
    ``internship_months`` plus ``days``, one dict per calendar day with ``day`` (its
    number), ``weekday`` (0 Monday .. 6 Sunday), ``holiday`` (a national one),
    ``within`` (inside the internship's dates) and ``working`` (within, Monday to
    Friday, not a holiday: the days expected by default)."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "internship_month")
    internship = records.load(session, "internship", internship_id)
    assert isinstance(internship, Internship)
    start, end = internship.start_date or "", internship.end_date or ""
    entered = _entered(session, [internship.id], month).get((internship.id, month))
    people, hosts = _names(session, {internship.person or ""}, {internship.host or ""})
    row = _row(internship, month, entered, people.get(internship.person or "", ""),
               hosts.get(internship.host or "", ""))
    feasts = holidays(int(month[:4]))
    row["days"] = [{"day": day.day, "weekday": day.weekday(), "holiday": day in feasts,
                    "within": start <= day.isoformat() <= end,
                    "working": is_working_day(day) and start <= day.isoformat() <= end}
                   for day in month_days(month)]
    return row


@writes
def save_days(uow: UnitOfWork, internship_id: str, month: str, attended_days: list[int],
              days_expected: int | None = None,
              project_contribution: float | None = None) -> dict[str, Any]:
    """Enter or change one month of an internship by its days: ``attended_days`` (day
    numbers) become the days attended, their count ``days_attended``; ``days_expected``
    None keeps the month's (or proposes its working days when it is new). Returns the
    month as ``month_by_days`` does."""
    values: dict[str, Any] = {"attended_days": sorted(set(attended_days)),
                              "days_attended": len(set(attended_days))}
    if days_expected is not None:
        values["days_expected"] = days_expected
    if project_contribution is not None:
        values["project_contribution"] = project_contribution
    existing = uow.session.scalars(select(InternshipMonth).where(
        InternshipMonth.internship == internship_id, InternshipMonth.month == month,
        InternshipMonth.cl % 2 == 1)).first()
    if existing is None and "days_expected" not in values:
        internship = records.load(uow.session, "internship", internship_id)
        assert isinstance(internship, Internship)
        values["days_expected"] = working_days(month, internship.start_date or "",
                                               internship.end_date or "")
    save_month(uow, internship_id, month, values)
    return month_by_days(uow, internship_id, month)
