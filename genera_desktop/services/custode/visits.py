"""The custode sociale's work: the contexts a site covers, their residents, the visits.

A custode's laptop covers the housing contexts whose ``custode_site`` is its site id;
the coordinator sees every context and a point those where its households live. The
residents of a context are listed longest-unvisited first, because that is whom the
custode should see next. A visit that plans the next one (``next_visit``) also leaves a
follow-up on the household, so the point's agenda sees it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from genera_desktop.domain.errors import FieldError, ValidationFailed
from genera_desktop.services import records
from genera_desktop.services.network.site import SiteInfo, site_info
from genera_desktop.services.registry import agenda
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.models import FollowUp, Household, HousingContext, Person, Visit
from genera_desktop.store.uow import UnitOfWork

# The note of the follow-ups a visit leaves for its next visit: it is how they are told
# apart from the point's own follow-ups (it is record data, shown as written).
FOLLOW_UP_NOTE = "Prossima visita custode"
WEEK_DAYS = 7
# Plans older than this leave the list of visits due: the residents list, longest
# unvisited first, already puts those households on top.
OVERDUE_DAYS = 30
# A visit made up to this many days before a planned one fulfils the plan.
EARLY_DAYS = 7
_CHUNK = 500  # ids per IN (...): well under SQLite's variable limit


@dataclass(frozen=True)
class ContextSummary:
    """One housing context as the custode's list shows it."""

    id: str
    name: str
    address: str | None
    municipality: str | None
    manager: str | None
    context_type: str | None
    custode_site: str | None
    notes: str | None
    households: int
    residents: int
    never_visited: int  # households with no visit at all
    last_visit: str | None  # ISO date of the latest visit to anyone there


@dataclass(frozen=True)
class Resident:
    """One member of a household, as the round needs them."""

    id: str
    first_name: str
    last_name: str
    phone: str | None
    is_reference: bool

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name) if p)


@dataclass(frozen=True)
class ResidentRow:
    """One household of a context with its members and when it was last visited."""

    household_id: str
    case_number: str | None
    flat: str | None
    address: str | None
    phone: str | None
    persons: list[Resident]
    last_visit: str | None  # ISO date
    days_since: int | None  # None: never visited
    next_visit: str | None  # ISO date of the visit planned and not made yet

    @property
    def reference_name(self) -> str:
        return self.persons[0].name if self.persons else ""

    @property
    def names(self) -> str:
        return ", ".join(p.name for p in self.persons)

    @property
    def contact_phone(self) -> str:
        """The household's phone, else the first member's that has one."""
        return self.phone or next((p.phone for p in self.persons if p.phone), None) or ""


@dataclass(frozen=True)
class DueVisit:
    """A visit to make: planned by an earlier visit (``visit_id``), and/or kept as a
    follow-up on the household (``follow_up_id``); no household: the context itself."""

    due_date: str
    context_id: str
    context_name: str
    household_id: str | None
    reference_name: str | None
    flat: str | None
    follow_up_id: str | None = None
    visit_id: str | None = None


@dataclass(frozen=True)
class VisitRow:
    """One visit of a context, newest first in ``context_visits``."""

    id: str
    date: str
    time: str | None
    household_id: str | None
    flat: str | None
    reference_name: str | None
    person_name: str | None
    contact_type: str | None
    flagged_by: str | None
    issues: list[str] = field(default_factory=list)
    referrals: list[str] = field(default_factory=list)
    outcome: str | None = None
    next_visit: str | None = None
    operator: str | None = None


# -- which contexts ----------------------------------------------------------------------


def covered_context_ids(session: Session, site: SiteInfo | None = None) -> list[str]:
    """Ids of the live contexts this site works on (see :func:`my_contexts`)."""
    site = site or site_info(session)
    query = select(HousingContext.id).where(HousingContext.cl % 2 == 1)
    if site.role == "laptop":
        query = query.where(HousingContext.custode_site == site.site_id)
    elif site.role == "point":
        with_point = select(Household.housing_context).where(
            Household.point == site.point_code, Household.cl % 2 == 1,
            Household.housing_context.is_not(None))
        query = query.where(HousingContext.id.in_(with_point))
    return list(session.scalars(query))


@reads
def my_contexts(uow: UnitOfWork) -> list[ContextSummary]:
    """The contexts this site covers, by municipality and name.

    At a custode's laptop: the contexts whose ``custode_site`` is this site. At a point:
    the contexts where households of the point live. At the coordinator: all of them.
    """
    session = uow.session
    ids = covered_context_ids(session)
    contexts = _load(session, HousingContext, ids)
    households: dict[str, int] = {}
    residents: dict[str, int] = {}
    never: dict[str, int] = {}
    last: dict[str, str] = {}
    for chunk in _chunks(ids):
        live = _live_households(chunk)
        for context_id, count in session.execute(
            select(Household.housing_context, func.count()).where(*live)
            .group_by(Household.housing_context)
        ):
            households[context_id or ""] = count
        for context_id, count in session.execute(
            select(Household.housing_context, func.count())
            .join(Person, Person.household == Household.id)
            .where(*live, Person.cl % 2 == 1, Person.merged_into.is_(None))
            .group_by(Household.housing_context)
        ):
            residents[context_id or ""] = count
        visited = select(Visit.household).where(Visit.cl % 2 == 1, Visit.household.is_not(None))
        for context_id, count in session.execute(
            select(Household.housing_context, func.count())
            .where(*live, Household.id.not_in(visited))
            .group_by(Household.housing_context)
        ):
            never[context_id or ""] = count
        for context_id, latest in session.execute(
            select(Visit.housing_context, func.max(Visit.date))
            .where(Visit.housing_context.in_(chunk), Visit.cl % 2 == 1)
            .group_by(Visit.housing_context)
        ):
            if latest:
                last[context_id or ""] = latest
    out = [
        ContextSummary(
            c.id, c.name or "", c.address, c.municipality, c.manager, c.context_type,
            c.custode_site, c.notes, households.get(c.id, 0), residents.get(c.id, 0),
            never.get(c.id, 0), last.get(c.id),
        )
        for c in contexts
    ]
    out.sort(key=lambda c: ((c.municipality or "").casefold(), c.name.casefold()))
    return out


# -- residents ---------------------------------------------------------------------------


@reads
def residents(uow: UnitOfWork, context_id: str, *, today: date | None = None) -> list[ResidentRow]:
    """The households living in a context with their members, longest unvisited first.

    Households never visited come first, then by days since the last visit (most
    first), then by flat in natural order ("int. 2" before "int. 10").
    """
    today = today or date.today()
    session = uow.session
    records.load(session, "housing_context", context_id)
    households = list(session.scalars(
        select(Household).where(*_live_households([context_id.strip().lower()]))
    ))
    ids = [h.id for h in households]
    persons = _persons_by_household(session, ids)
    last = _last_visits(session, ids)
    planned = _pending_plans(session, ids)
    rows = []
    for h in households:
        latest = last.get(h.id)
        days = (today - date.fromisoformat(latest)).days if latest else None
        rows.append(ResidentRow(h.id, h.case_number, h.flat, h.address, h.phone,
                                persons.get(h.id, []), latest, days, planned.get(h.id)))
    rows.sort(key=lambda r: (r.days_since is not None, -(r.days_since or 0),
                             natural_key(r.flat), natural_key(r.reference_name)))
    return rows


def natural_key(value: object) -> list[Any]:
    """Sort 'Scala A int. 2' before 'Scala A int. 10', ignoring case."""
    parts = re.split(r"(\d+)", str(value or ""))
    return [(0, int(t), "") if t.isdigit() else (1, 0, t.casefold()) for t in parts]


def _persons_by_household(session: Session, ids: Sequence[str]) -> dict[str, list[Resident]]:
    out: dict[str, list[Resident]] = {}
    for chunk in _chunks(ids):
        for p in session.scalars(
            select(Person)
            .where(Person.household.in_(chunk), Person.cl % 2 == 1, Person.merged_into.is_(None))
            .order_by(Person.household, Person.is_reference.desc().nulls_last(),
                      Person.birth_date, Person.id)
        ):
            out.setdefault(p.household or "", []).append(Resident(
                p.id, p.first_name or "", p.last_name or "", p.phone, bool(p.is_reference)))
    return out


def _last_visits(session: Session, ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(ids):
        for household, latest in session.execute(
            select(Visit.household, func.max(Visit.date))
            .where(Visit.household.in_(chunk), Visit.cl % 2 == 1)
            .group_by(Visit.household)
        ):
            if latest:
                out[household or ""] = latest
    return out


def _pending_plans(session: Session, ids: Sequence[str]) -> dict[str, str]:
    """The earliest open custode follow-up of each household, else its latest visit's plan."""
    out: dict[str, str] = {}
    for plan in _plans(session, households=ids):
        if plan.household is not None:
            out[plan.household] = min(plan.due, out.get(plan.household, plan.due))
    return out


# -- visits due --------------------------------------------------------------------------


@reads
def visits_due(uow: UnitOfWork, within_days: int = WEEK_DAYS, *, today: date | None = None,
               context_id: str | None = None,
               overdue_days: int = OVERDUE_DAYS) -> list[DueVisit]:
    """Visits to make by ``within_days`` from today, soonest first, with those overdue by
    up to ``overdue_days``.

    They are the open follow-ups left by visits ("Prossima visita custode") and the
    ``next_visit`` of each household's (or each context's) latest visit when no follow-up
    stands for it and no later visit was made. Only the contexts this site covers, or
    the one given.
    """
    today = today or date.today()
    horizon = (today + timedelta(days=within_days)).isoformat()
    oldest = (today - timedelta(days=overdue_days)).isoformat()
    session = uow.session
    ids = [context_id.strip().lower()] if context_id else covered_context_ids(session)
    if not ids:
        return []
    names = {c.id: c.name or "" for c in _load(session, HousingContext, ids)}
    plans = [p for p in _plans(session, contexts=ids) if oldest <= p.due <= horizon]
    households = {h.id: h for h in _load(session, Household, {p.household for p in plans
                                                              if p.household})}
    references = {hid: rows[0].name for hid, rows in
                  _persons_by_household(session, list(households)).items() if rows}
    out: list[DueVisit] = []
    for plan in plans:
        household = households.get(plan.household or "")
        if plan.household is not None and household is None:
            continue  # deleted or merged since
        # A household that moved out is no longer this round's: judge by where it lives.
        context = household.housing_context if household is not None else plan.context
        if context not in names:
            continue
        out.append(DueVisit(plan.due, context or "", names[context or ""],
                            plan.household, references.get(plan.household or ""),
                            household.flat if household is not None else None,
                            plan.follow_up_id, plan.visit_id))
    out.sort(key=lambda d: (d.due_date, d.context_name.casefold(), natural_key(d.flat)))
    return out


@dataclass(frozen=True)
class _Plan:
    """A visit planned and not made yet: of a household, or of a context as a whole."""

    household: str | None
    context: str | None
    due: str
    visit_id: str | None = None
    follow_up_id: str | None = None


def _plans(session: Session, *, contexts: Sequence[str] = (),
           households: Sequence[str] = ()) -> list[_Plan]:
    """Planned visits not made yet, for the given contexts or households.

    An open custode follow-up is a plan. So is the ``next_visit`` of the latest visit to
    a household (or to a context as a whole) unless a custode follow-up of that household
    already stands for that date (open or done: done means it was dealt with).
    """
    plans: list[_Plan] = []
    follow_ups: set[tuple[str, str]] = set()
    fu_query = select(FollowUp).join(Household, Household.id == FollowUp.household).where(
        FollowUp.cl % 2 == 1, FollowUp.note == FOLLOW_UP_NOTE, *_alive_household())
    visit_query = select(Visit.id, Visit.household, Visit.housing_context, Visit.date,
                         Visit.time, Visit.next_visit).where(Visit.cl % 2 == 1)
    keys = list(contexts or households)
    for chunk in _chunks(keys):
        if contexts:
            scoped_fu = fu_query.where(Household.housing_context.in_(chunk))
            scoped_visits = visit_query.where(Visit.housing_context.in_(chunk))
        else:
            scoped_fu = fu_query.where(FollowUp.household.in_(chunk))
            scoped_visits = visit_query.where(Visit.household.in_(chunk))
        for fu in session.scalars(scoped_fu):
            follow_ups.add((fu.household or "", fu.due_date or ""))
            if not fu.done and fu.due_date:
                plans.append(_Plan(fu.household, None, fu.due_date, follow_up_id=fu.id))
        latest: dict[tuple[str | None, str | None], tuple[str, str, str, str | None]] = {}
        for vid, household, context, day, time, next_visit in session.execute(scoped_visits):
            # Visits to the context as a whole are keyed by their context.
            key = (household, None) if household else (None, context)
            stamp = (day or "", time or "", vid, next_visit)
            if key not in latest or stamp > latest[key]:
                latest[key] = stamp
        for (household, context), (_day, _time, vid, next_visit) in latest.items():
            if not next_visit or (household and (household, next_visit) in follow_ups):
                continue
            plans.append(_Plan(household, context, next_visit, visit_id=vid))
    return plans


# -- recording visits --------------------------------------------------------------------


@writes
def record_visit(uow: UnitOfWork, fields: dict[str, Any]) -> str:
    """Store a visit and return its id; the caller commits.

    The operator defaults to the user. A visit to a household fulfils that household's
    open custode follow-ups due up to a week after it; when it plans a ``next_visit``, a
    follow-up due that day is left on the household ("Prossima visita custode").
    """
    values = {k: v for k, v in fields.items() if v is not None and v != "" and v != []}
    values.setdefault("operator", uow.username)
    visit_id = records.add(uow, "visit", values)
    visit = uow.session.get(Visit, visit_id)
    assert visit is not None
    _check_visit(uow.session, records.to_dict(visit))  # on the cleaned values
    if visit.household:
        _close_plans(uow, visit.household, visit.date or "")
        agenda.replan_follow_up(uow, FOLLOW_UP_NOTE, (None, None),
                                (visit.household, visit.next_visit), visit.operator)
    return visit_id


@writes
def update_visit(uow: UnitOfWork, visit_id: str, fields: dict[str, Any]) -> None:
    """Change the given fields of a visit (None removes one); the caller commits.

    A changed ``next_visit`` moves the follow-up that stood for the old date (or adds
    one, or closes it when the next visit is removed).
    """
    session = uow.session
    visit = records.load(session, "visit", visit_id)
    assert isinstance(visit, Visit)
    old_next, old_household = visit.next_visit, visit.household
    records.update(uow, "visit", visit.id, fields)
    _check_visit(session, records.to_dict(visit))  # the caller's rollback undoes a refusal
    if visit.household is None:
        return
    agenda.replan_follow_up(uow, FOLLOW_UP_NOTE, (old_household, old_next),
                            (visit.household, visit.next_visit),
                            visit.operator or uow.username)


def _check_visit(session: Session, values: dict[str, Any]) -> None:
    """A visit's household lives in its context, the person met is one of its members,
    and the next visit does not come before this one."""
    errors: list[FieldError] = []
    household_id = str(values.get("household") or "").strip().lower() or None
    context_id = str(values.get("housing_context") or "").strip().lower() or None
    household = session.get(Household, household_id) if household_id else None
    if household is not None and context_id and household.housing_context != context_id:
        errors.append(FieldError("household", "not_in_context", value=household_id))
    person_id = str(values.get("person") or "").strip().lower() or None
    person = session.get(Person, person_id) if person_id else None
    if person is not None and person.household != household_id:
        errors.append(FieldError("person", "not_in_household", value=person_id))
    day, next_visit = str(values.get("date") or ""), str(values.get("next_visit") or "")
    if day and next_visit and next_visit < day:  # both ISO by then, or the rules refuse them
        errors.append(FieldError("next_visit", "before_visit", value=next_visit))
    if errors:
        raise ValidationFailed(errors)


def _close_plans(uow: UnitOfWork, household_id: str, visit_day: str) -> None:
    """Mark done the household's open custode follow-ups that this visit fulfils."""
    try:
        until = (date.fromisoformat(visit_day) + timedelta(days=EARLY_DAYS)).isoformat()
    except ValueError:
        return
    for fu in list(uow.session.scalars(select(FollowUp).where(
        FollowUp.household == household_id, FollowUp.note == FOLLOW_UP_NOTE,
        FollowUp.done.is_not(True), FollowUp.cl % 2 == 1, FollowUp.due_date <= until,
    ))):
        records.update(uow, "follow_up", fu.id, {"done": True, "done_on": visit_day})


# -- reading visits ----------------------------------------------------------------------


@reads
def context_visits(uow: UnitOfWork, context_id: str, *, limit: int | None = None) -> list[VisitRow]:
    """The visits of a context (to its households and to the context itself), newest first."""
    session = uow.session
    context = records.load(session, "housing_context", context_id)
    query = (select(Visit).where(Visit.housing_context == context.id, Visit.cl % 2 == 1)
             .order_by(Visit.date.desc(), Visit.time.desc().nulls_last(), Visit.id.desc()))
    if limit:
        query = query.limit(limit)
    visits = list(session.scalars(query))
    households = {h.id: h for h in _load(session, Household, {v.household for v in visits
                                                              if v.household})}
    people = {p.id: p for p in _load(session, Person, {v.person for v in visits if v.person})}
    references = {hid: rows[0].name for hid, rows in
                  _persons_by_household(session, list(households)).items() if rows}
    out = []
    for v in visits:
        h = households.get(v.household or "")
        p = people.get(v.person or "")
        out.append(VisitRow(
            v.id, v.date or "", v.time, v.household, h.flat if h else None,
            references.get(v.household or ""),
            " ".join(x for x in (p.last_name, p.first_name) if x) if p else None,
            v.contact_type, v.flagged_by, list(v.issues or []), list(v.referrals or []),
            v.outcome, v.next_visit, v.operator))
    return out


def visit_fields(uow: UnitOfWork, visit_id: str) -> dict[str, Any]:
    """One visit's fields, to edit or print it (the view is in the audit trail)."""
    return records.show(uow, "visit", visit_id)


def context_fields(uow: UnitOfWork, context_id: str) -> dict[str, Any]:
    """One context's fields (not personal data: no audit entry)."""
    return records.show(uow, "housing_context", context_id, audit_view=False)


@dataclass(frozen=True)
class OpenedVisit:
    """What the visit dialog shows: its context, the residents, the visit's fields."""

    context: dict[str, Any]
    residents: list[ResidentRow]
    current: dict[str, Any]


@writes
def open_visit(uow: UnitOfWork, context_id: str, visit_id: str | None = None) -> OpenedVisit:
    """A context's fields and residents, and a visit's fields when one is edited (that
    view goes in the audit trail)."""
    return OpenedVisit(context_fields(uow, context_id), residents(uow, context_id),
                       visit_fields(uow, visit_id) if visit_id else {})


@reads
def visit_date(uow: UnitOfWork, visit_id: str) -> str:
    """A visit's day as stored ("" when it has none), for a file name: no audit entry."""
    return str(records.show(uow, "visit", visit_id, audit_view=False).get("date") or "")


# -- helpers -----------------------------------------------------------------------------


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _alive_household() -> list[Any]:
    return [Household.cl % 2 == 1, Household.merged_into.is_(None)]


def _live_households(context_ids: Sequence[str]) -> list[Any]:
    return [Household.housing_context.in_(context_ids), *_alive_household()]


def _load(session: Session, model: Any, ids: Iterable[str]) -> list[Any]:
    """Live records of a model by id, in chunks."""
    wanted = sorted(set(ids))
    out: list[Any] = []
    for chunk in _chunks(wanted):
        out += session.scalars(select(model).where(model.id.in_(chunk), model.cl % 2 == 1))
    return out
