"""Today's agenda: follow-ups overdue, due today and due in the coming days, and what the
logged-in user did lately."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.domain.text import full_name
from genera_desktop.services import records
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.local import AuditEntry
from genera_desktop.store.models import FollowUp, Household, HousingContext, Person, Point
from genera_desktop.store.uow import UnitOfWork

WEEK_DAYS = 7
# Enough to work through in a day; the count says how many more there are.
LIMIT = 300
ACTIVITY_ACTIONS = ("create", "update", "delete", "restore", "import")


@dataclass(frozen=True)
class FollowUpItem:
    """One open follow-up, with what identifies its household at a glance."""

    id: str
    household_id: str
    due_date: str
    case_number: str | None
    reference_name: str | None
    note: str | None
    operator: str | None


@dataclass(frozen=True)
class Agenda:
    """Open follow-ups by when they fall; ``*_total`` count beyond the listed ones."""

    today: date
    overdue: list[FollowUpItem] = field(default_factory=list)
    due_today: list[FollowUpItem] = field(default_factory=list)
    this_week: list[FollowUpItem] = field(default_factory=list)
    overdue_total: int = 0
    due_today_total: int = 0
    this_week_total: int = 0
    # Citizens' initiatives whose report was due before today and has not come.
    overdue_reports: list[dict[str, Any]] = field(default_factory=list)
    housing: list[Any] = field(default_factory=list)  # services/housing/deadlines.py
    work: list[Any] = field(default_factory=list)  # services/work/agenda.py


@dataclass(frozen=True)
class Activity:
    """A record the user created or changed lately, named as people know it."""

    at: str
    action: str
    kind: str | None
    record_id: str | None
    label: str
    household_id: str | None
    # An import: how many households, and from which file ("demo" for demo data).
    households: int | None = None
    source: str | None = None


@reads
def agenda(
    uow: UnitOfWork, *, today: date | None = None, operator: str | None = None, limit: int = LIMIT
) -> Agenda:
    """Open follow-ups of live households: overdue, due today, due within a week; and
    the initiatives' reports overdue (services/community/initiatives.overdue_reports).

    ``operator`` keeps only that operator's; each group lists at most ``limit``, the
    oldest first.
    """
    today = today or date.today()
    week_end = (today + timedelta(days=WEEK_DAYS)).isoformat()
    session = uow.session
    query = (
        select(FollowUp, Household.case_number)
        .join(Household, Household.id == FollowUp.household)
        .where(
            FollowUp.cl % 2 == 1,
            Household.cl % 2 == 1,
            Household.merged_into.is_(None),
            FollowUp.done.is_not(True),
            FollowUp.due_date.is_not(None),
            FollowUp.due_date <= week_end,
        )
        .order_by(FollowUp.due_date, Household.case_number, FollowUp.id)
    )
    if operator:
        query = query.where(FollowUp.operator == operator)
    groups: dict[str, list[tuple[FollowUp, str | None]]] = {"overdue": [], "today": [], "week": []}
    totals = dict.fromkeys(groups, 0)
    iso_today = today.isoformat()
    for follow_up, case_number in session.execute(query):
        due = follow_up.due_date or ""
        bucket = "overdue" if due < iso_today else "today" if due == iso_today else "week"
        totals[bucket] += 1
        if len(groups[bucket]) < limit:
            groups[bucket].append((follow_up, case_number))
    households = {f.household for rows in groups.values() for f, _ in rows if f.household}
    names = reference_names(session, households)

    def items(rows: list[tuple[FollowUp, str | None]]) -> list[FollowUpItem]:
        return [
            FollowUpItem(
                f.id,
                f.household or "",
                f.due_date or "",
                case,
                names.get(f.household or ""),
                f.note,
                f.operator,
            )
            for f, case in rows
        ]

    from genera_desktop.services.community import initiatives

    return Agenda(
        today,
        items(groups["overdue"]),
        items(groups["today"]),
        items(groups["week"]),
        totals["overdue"],
        totals["today"],
        totals["week"],
        housing=_housing_deadlines(uow, today),
        work=_work_items(uow, today),
        overdue_reports=initiatives.overdue_reports(uow, today),
    )


def _housing_deadlines(uow: UnitOfWork, today: date) -> list[Any]:
    from genera_desktop.services.housing.deadlines import upcoming

    return upcoming(uow, today)


def _work_items(uow: UnitOfWork, today: date) -> list[Any]:
    from genera_desktop.services.work.agenda import upcoming

    return upcoming(uow, today)


def reference_names(session: Session, household_ids: set[str]) -> dict[str, str]:
    """Household id -> "Surname Name" of its reference person (else its first member)."""
    out: dict[str, str] = {}
    ids = sorted(household_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = session.execute(
            select(Person.household, Person.last_name, Person.first_name)
            .where(Person.household.in_(chunk), Person.cl % 2 == 1)
            .order_by(
                Person.household,
                Person.is_reference.desc().nulls_last(),
                Person.birth_date,
                Person.id,
            )
        )
        for household, last, first in rows:
            if household is not None and household not in out:
                out[household] = person_name(last, first)
    return out


person_name = full_name  # domain/text.py


@writes
def mark_done(uow: UnitOfWork, follow_up_id: str, *, today: date | None = None) -> None:
    """Close a follow-up as done today; the caller commits."""
    records.update(
        uow,
        "follow_up",
        follow_up_id,
        {"done": True, "done_on": (today or date.today()).isoformat()},
    )


@writes
def mark_open(uow: UnitOfWork, follow_up_id: str) -> None:
    """Open a follow-up again (the undo of ``mark_done``); the caller commits."""
    records.update(uow, "follow_up", follow_up_id, {"done": False, "done_on": None})


# The note of the follow-up an intake's «Prossimo appuntamento» leaves in the agenda
# (stored data, like the custode's "Prossima visita custode").
INTAKE_FOLLOW_UP_NOTE = "Prossimo appuntamento di accoglienza"


def replan_follow_up(uow: UnitOfWork, note: str, old: tuple[str | None, str | None],
                     new: tuple[str | None, str | None], operator: str | None) -> None:
    """Keep a planned date (a visit's next visit, an intake's next appointment) in the
    agenda as an open follow-up of its household with ``note``; the caller commits.

    ``old`` and ``new`` are the (household, ISO day) planned before and after a change
    (None, None for a new record). A date set adds a follow-up due that day for
    ``operator``; a date moved within the household moves the open follow-up that stood
    for the old one; a date removed (or the household changed) closes it, done today.
    """
    if old == new:
        return
    (old_household, old_due), (household, due) = old, new
    stale = uow.session.scalars(select(FollowUp).where(
        FollowUp.household == old_household, FollowUp.due_date == old_due,
        FollowUp.note == note, FollowUp.done.is_not(True), FollowUp.cl % 2 == 1,
    )).first() if old_household and old_due else None
    if stale is not None and due and household == old_household:
        records.update(uow, "follow_up", stale.id, {"due_date": due})
        return
    if stale is not None:
        mark_done(uow, stale.id)
    if household and due:
        records.add(uow, "follow_up", {"household": household, "due_date": due,
                                       "operator": operator, "note": note})


@reads
def recent_activity(
    uow: UnitOfWork, *, username: str | None = None, limit: int = 15
) -> list[Activity]:
    """The latest records the user created or changed, newest first, each once."""
    username = username or uow.username
    session = uow.session
    query = (
        select(AuditEntry)
        .where(AuditEntry.username == username, AuditEntry.action.in_(ACTIVITY_ACTIONS))
        .order_by(AuditEntry.id.desc())
        .limit(limit * 10)
    )
    seen: set[tuple[str | None, str | None]] = set()
    entries: list[AuditEntry] = []
    for entry in session.scalars(query):
        key = (entry.kind, entry.record_id) if entry.record_id else (entry.kind, str(entry.id))
        if key in seen:
            continue
        seen.add(key)
        entries.append(entry)
        if len(entries) >= limit:
            break
    return [_describe(session, e) for e in entries]


def _describe(session: Session, entry: AuditEntry) -> Activity:
    label, household = "", None
    if entry.kind and entry.record_id:
        label, household = record_label(session, entry.kind, entry.record_id)
    if entry.action == "import" and isinstance(entry.detail, dict):
        count = entry.detail.get("households")
        source = entry.detail.get("file") or entry.detail.get("source")
        return Activity(
            entry.at,
            entry.action,
            "household",
            None,
            "",
            None,
            count if isinstance(count, int) else None,
            str(source) if source else None,
        )
    return Activity(entry.at, entry.action, entry.kind, entry.record_id, label, household)


def record_label(session: Session, kind: str, record_id: str) -> tuple[str, str | None]:
    """How people name a record, and the household it belongs to (if any)."""
    try:
        model = records.model_for(kind)
    except Exception:  # noqa: BLE001 - an audit entry of a kind this release lacks
        return "", None
    obj: Any = session.get(model, record_id)
    if obj is None:
        return "", None
    if isinstance(obj, Household):
        name = reference_names(session, {obj.id}).get(obj.id, "")
        return " – ".join(p for p in (obj.case_number, name) if p), obj.id
    if isinstance(obj, Person):
        return person_name(obj.last_name, obj.first_name), obj.household
    if isinstance(obj, HousingContext | Point):
        return obj.name or "", None
    household_id = getattr(obj, "household", None)
    if household_id:
        household = session.get(Household, household_id)
        name = reference_names(session, {household_id}).get(household_id, "")
        case = household.case_number if household is not None else None
        return " – ".join(p for p in (case, name) if p), household_id
    return "", None
