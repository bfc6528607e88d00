"""The household list and the household page: the queries they need and their writes.

The list follows Anki's browser: ``household_ids`` returns ordered ids only (cheap), and
``household_rows`` loads the visible ones in batches. Every write goes through
``services.records``, so validation, permissions, audit and change capture come with it;
the caller commits.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select
from sqlalchemy.orm import Session

from genera_desktop.domain.errors import FieldError, NotFound, Refused, ValidationFailed
from genera_desktop.services import permissions, records
from genera_desktop.services.registry import agenda
from genera_desktop.services.registry import search as searching
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store import search_query
from genera_desktop.store.base import Replicated
from genera_desktop.store.household_sort import HouseholdSort
from genera_desktop.store.models import (
    Contact,
    FollowUp,
    Health,
    Household,
    Intake,
    Person,
    Point,
    Referral,
)
from genera_desktop.store.uow import UnitOfWork

SORT_KEYS = (
    "case_number", "point", "reference", "address", "phone", "members", "status",
    "registered_on",
)
# Kinds the household page adds and edits as entries of its timeline tabs.
ENTRY_KINDS = ("contact", "referral", "follow_up")
# What an entry must say beyond its kind's own required fields: an interview without its
# type, a referral to nobody, read as blank lines. Checked here, where entries are added
# and changed, not in the model: the generic `genera contact add` and records synced
# from older releases keep taking them blank (docs/dev/decisions.md).
ENTRY_REQUIRED: dict[str, tuple[str, ...]] = {
    "contact": ("contact_type",),
    "referral": ("organisation",),
}
_CHUNK = 500  # ids per IN (...): well under SQLite's variable limit


@dataclass(frozen=True, slots=True)
class HouseholdRow:
    """One line of the household list."""

    id: str
    case_number: str
    point: str
    reference_name: str
    address: str
    phone: str
    members: int
    status: str
    registered_on: str


@dataclass
class HouseholdDetail:
    """Everything the household page shows. ``health`` is None without health access;
    otherwise the health record of each member who has one, by person id."""

    household: dict[str, Any]
    persons: list[dict[str, Any]]
    intake: dict[str, Any] | None
    health: dict[str, dict[str, Any]] | None
    contacts: list[dict[str, Any]] = field(default_factory=list)
    referrals: list[dict[str, Any]] = field(default_factory=list)
    follow_ups: list[dict[str, Any]] = field(default_factory=list)

    @property
    def reference(self) -> dict[str, Any] | None:
        """The reference person (the persons come reference first)."""
        for person in self.persons:
            if person.get("is_reference"):
                return person
        return None


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """A person already held who may be the one being entered; ``reason`` is
    "tax_code" (same codice fiscale) or "name_birth" (same names and birth date)."""

    person_id: str
    household_id: str
    case_number: str
    first_name: str
    last_name: str
    birth_date: str
    tax_code: str
    reason: str


@dataclass(frozen=True, slots=True)
class PointInfo:
    """A community point, for filters and defaults."""

    code: str
    name: str
    municipality: str


# -- the list -------------------------------------------------------------------------


@reads
def household_ids(
    uow: UnitOfWork,
    *,
    search: str = "",
    point: str | None = None,
    status: str | None = None,
    sort_key: str = "registered_on",
    descending: bool = True,
    limit: int | None = None,
) -> list[str]:
    """Ids of the live households that match, in list order.

    ``search``: every word typed must start a word of the household (address, comune,
    case number, phone) or of one same member (surname, name, codice fiscale, phone),
    accents and case ignored; a number typed with spaces is one phone. Households where
    more typed words are whole words come first (Rossi before Rossini), in list order
    among equals. ``limit`` gives the first screen quickly.
    """
    if sort_key not in SORT_KEYS:
        raise NotFound("sort_key", sort_key)
    session = uow.session
    found = searching.typed(session, "household", search)
    if found is not None and found.common and limit is not None and sort_key in _WALKED:
        return _first_screen_of_common_search(uow, found, point, status, sort_key,
                                              descending, limit)
    query = _list_query(select(Household.id), point, status, sort_key)
    if found is None:
        query = query.order_by(*_order(sort_key, descending, use_index=True))
    else:
        # The list keeps its own order among equals: only typed words matched whole
        # rank (services/registry/search.py), and every match is read to rank it.
        match = searching.as_subquery(search_query.households(found, words=False),
                                      "household_match")
        query = query.join(match, searching.rowid("household") == match.c.r).order_by(
            match.c.rank.desc(), *_order(sort_key, descending, use_index=False))
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


# Sort keys whose order is an index: a common search's first screen walks it.
_WALKED = ("registered_on", "reference")


def _list_query(query: Any, point: str | None, status: str | None, sort_key: str) -> Any:
    query = query.where(*_conditions(point, status))
    if sort_key == "reference":
        # The stored key (store/household_sort.py): an index walk, not a subquery a row.
        query = query.join(HouseholdSort, HouseholdSort.household_id == Household.id)
    return query


def _first_screen_of_common_search(uow: UnitOfWork, found: search_query.Typed,
                                   point: str | None, status: str | None, sort_key: str,
                                   descending: bool, limit: int) -> list[str]:
    """The first screen of a search that matches thousands of households, in the order
    ranking all of them would give, without reading them all: first those where a
    typed word matches whole (few, ranked), then a walk of the list's own order that
    looks each household up and stops at the screen's end (at 50,000 households a
    two-letter search took 60-110 ms ranking every match, 10 ms this way)."""
    session = uow.session
    match = searching.as_subquery(search_query.exact_households(found), "household_match")
    top = list(session.scalars(
        _list_query(select(Household.id), point, status, sort_key)
        .join(match, searching.rowid("household") == match.c.r)
        .order_by(match.c.rank.desc(), *_order(sort_key, descending, use_index=False))
        .limit(limit)
    ))
    if len(top) == limit:
        return top
    rest = session.scalars(
        _list_query(select(Household.id), point, status, sort_key)
        .where(searching.household_condition(found), Household.id.not_in(top))
        .order_by(*_order(sort_key, descending, use_index=True))
        .limit(limit - len(top))
    )
    return top + list(rest)


@reads
def household_count(
    uow: UnitOfWork, *, search: str = "", point: str | None = None, status: str | None = None
) -> int:
    """How many live households match (as ``household_ids`` would list)."""
    query, _ = searching.joined(uow.session, select(func.count()).select_from(Household),
                                "household", search, words=False)
    query = query.where(*_conditions(point, status))
    return int(uow.session.scalar(query) or 0)


@reads
def household_rows(uow: UnitOfWork, ids: Sequence[str]) -> dict[str, HouseholdRow]:
    """The list lines of these households, by id (ids no longer held are left out)."""
    session = uow.session
    out: dict[str, HouseholdRow] = {}
    for chunk in _chunks(ids):
        members: dict[str, list[Any]] = {}
        for person in session.execute(
            select(Person.household, Person.first_name, Person.last_name, Person.is_reference,
                   Person.birth_date, Person.id)
            .where(Person.household.in_(chunk), Person.cl % 2 == 1)
        ):
            members.setdefault(person.household or "", []).append(person)
        for h in session.execute(
            select(Household.id, Household.case_number, Household.point, Household.address,
                   Household.flat, Household.phone, Household.status, Household.registered_on)
            .where(Household.id.in_(chunk))
        ):
            people = members.get(h.id, [])
            ref = _reference_of(people)
            address = ", ".join(part for part in (h.address, h.flat) if part)
            out[h.id] = HouseholdRow(
                id=h.id,
                case_number=h.case_number or "",
                point=h.point or "",
                reference_name=agenda.person_name(ref.last_name, ref.first_name) if ref else "",
                address=address,
                phone=h.phone or "",
                members=len(people),
                status=h.status or "",
                registered_on=h.registered_on or "",
            )
    return out


@reads
def list_points(uow: UnitOfWork) -> list[PointInfo]:
    """The live community points, by code."""
    return [
        PointInfo(p.code or "", p.name or "", p.municipality or "")
        for p in uow.session.scalars(
            select(Point).where(Point.cl % 2 == 1).order_by(Point.code)
        )
    ]


def _conditions(point: str | None, status: str | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        # "+": not the dashboard's covering index (ix_household_reached), which leads
        # with merged_into; the list walks its sort key's index instead.
        Household.cl % 2 == 1,
        literal_column(f"+{Household.__tablename__}.merged_into").is_(None),
    ]
    if point:
        conditions.append(Household.point == point)
    if status:
        conditions.append(Household.status == status)
    return conditions


def _order(sort_key: str, descending: bool, *, use_index: bool) -> list[Any]:
    if sort_key == "reference":
        # The id tie-break is the sort table's own, so its covering index gives both.
        if use_index:
            keys: list[Any] = [HouseholdSort.reference_key, HouseholdSort.household_id]
        else:
            keys = [literal_column(f"+{HouseholdSort.__tablename__}.reference_key"),
                    HouseholdSort.household_id]
        return [k.desc() if descending else k.asc() for k in keys]
    if sort_key == "members":
        keys = [
            select(func.count())
            .where(Person.household == Household.id, Person.cl % 2 == 1)
            .scalar_subquery()
        ]
    elif sort_key == "address":
        keys = [func.lower(Household.address)]
    elif sort_key == "point":
        keys = [Household.point, Household.case_number]
    elif use_index:
        keys = [getattr(Household, sort_key)]
    else:
        # The unary plus is SQLite's "not this index": scan, then sort the matches.
        keys = [literal_column(f"+{Household.__tablename__}.{sort_key}")]
    keys.append(Household.id)
    return [k.desc() if descending else k.asc() for k in keys]


def _reference_of(people: list[Any]) -> Any:
    """The reference person, else the eldest (as ``records.persons_of`` orders them)."""
    if not people:
        return None
    for person in people:
        if person.is_reference:
            return person
    return min(people, key=lambda p: (p.birth_date or "9999", p.id))


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


# -- the page -------------------------------------------------------------------------


@writes
def household_detail(uow: UnitOfWork, household_id: str) -> HouseholdDetail:
    """A household with its members, latest intake, health (with access), contacts,
    referrals and follow-ups, newest first. Records the view in the audit trail."""
    session = uow.session
    shown = records.show(uow, "household", household_id)
    persons = shown.pop("persons")
    hid = shown["id"]
    intake = session.scalars(
        _of_household(Intake, hid).order_by(Intake.date.desc(), Intake.id.desc()).limit(1)
    ).first()
    try:
        permissions.require_health_access(session, uow.username)
    except Refused:
        health = None
    else:
        health = {
            h.person or "": records.to_dict(h)
            for h in session.scalars(_of_household(Health, hid).order_by(Health.id))
        }
    return HouseholdDetail(
        household=shown,
        persons=persons,
        intake=records.to_dict(intake) if intake else None,
        health=health,
        contacts=_dicts(session, _of_household(Contact, hid)
                        .order_by(Contact.date.desc(), Contact.id.desc())),
        referrals=_dicts(session, _of_household(Referral, hid)
                         .order_by(Referral.date.desc(), Referral.id.desc())),
        follow_ups=_dicts(session, _of_household(FollowUp, hid)
                          .order_by(FollowUp.due_date.desc(), FollowUp.id.desc())),
    )


def _of_household(model: type[Any], household_id: str) -> Any:
    return select(model).where(model.household == household_id, model.cl % 2 == 1)


def _dicts(session: Session, query: Any) -> list[dict[str, Any]]:
    objs: Iterable[Replicated] = session.scalars(query)
    return [records.to_dict(o) for o in objs]


@writes
def save_household(uow: UnitOfWork, household_id: str | None, fields: dict[str, Any]) -> str:
    """Create a household (status "new" and the point's comune unless given) or change
    the given fields of one; return its id."""
    if household_id is not None:
        records.update(uow, "household", household_id, fields)
        return household_id
    data = dict(fields)
    if not data.get("status"):
        data["status"] = "new"
    if not data.get("municipality") and data.get("point"):
        code = str(data["point"]).strip().upper()
        point = uow.session.scalar(select(Point).where(Point.code == code, Point.cl % 2 == 1))
        if point is not None and point.municipality:
            data["municipality"] = point.municipality
    return records.add(uow, "household", data)


@writes
def save_person(uow: UnitOfWork, household_id: str, person_id: str | None,
                fields: dict[str, Any]) -> str:
    """Add a member (the first one becomes the reference person) or change the given
    fields of one; ``is_reference`` true makes them the only reference. Returns the id."""
    data = {k: v for k, v in fields.items() if k != "household"}
    if person_id is None:
        if not records.persons_of(uow.session, household_id):
            data["is_reference"] = True
        if data.get("is_reference"):
            data["relation"] = "reference"
        person_id = records.add(uow, "person", {**data, "household": household_id})
    else:
        records.update(uow, "person", person_id, data)
    if data.get("is_reference"):
        set_reference_person(uow, household_id, person_id)
    return person_id


@writes
def set_reference_person(uow: UnitOfWork, household_id: str, person_id: str) -> None:
    """Make one member the reference person (relation "reference"); the others lose the
    flag, and one whose relation said "reference" is left without a relation to fill in."""
    persons = records.persons_of(uow.session, household_id)
    if person_id not in {p.id for p in persons}:
        raise NotFound("person", person_id)
    for person in persons:
        if person.id == person_id:
            change: dict[str, Any] = {"is_reference": True, "relation": "reference"}
        else:
            change = {"is_reference": False}
            if person.relation == "reference":
                change["relation"] = None
        change = {k: v for k, v in change.items() if getattr(person, k) != v}
        if change:
            records.update(uow, "person", person.id, change)


@writes
def remove_person(uow: UnitOfWork, person_id: str) -> None:
    """Delete a member; their records (a health record, consents, a job profile...) go
    with them, whoever removes them, and come back if the person is restored."""
    records.delete(uow, "person", person_id)


@writes
def restore_person(uow: UnitOfWork, person_id: str) -> None:
    """Undo ``remove_person``: the member and the records their removal took."""
    records.restore(uow, "person", person_id)


@writes
def save_intake(uow: UnitOfWork, household_id: str, intake_id: str | None,
                fields: dict[str, Any]) -> str:
    """Create the intake (today, the household's point and this operator unless given)
    or change the given fields of one; return its id."""
    if intake_id is not None:
        records.update(uow, "intake", intake_id, fields)
        return intake_id
    household = records.load(uow.session, "household", household_id)
    data = {
        "date": date.today().isoformat(),
        "point": getattr(household, "point", None),
        "operator": uow.username,
        **{k: v for k, v in fields.items() if v not in (None, "", [])},
        "household": household_id,
    }
    return records.add(uow, "intake", data)


@writes
def save_health(uow: UnitOfWork, person_id: str, health_id: str | None,
                fields: dict[str, Any]) -> str:
    """Create or change a member's health record (health access required)."""
    if health_id is not None:
        records.update(uow, "health", health_id, fields)
        return health_id
    data = {k: v for k, v in fields.items() if v not in (None, "", [])}
    return records.add(uow, "health", {**data, "person": person_id})


@writes
def add_contact(uow: UnitOfWork, household_id: str, fields: dict[str, Any]) -> str:
    """Record a contact (today and this operator unless given)."""
    return _add_entry(uow, "contact", household_id, fields,
                      {"date": date.today().isoformat(), "operator": uow.username})


@writes
def add_referral(uow: UnitOfWork, household_id: str, fields: dict[str, Any]) -> str:
    """Record a referral (today, outgoing, sent unless given)."""
    return _add_entry(uow, "referral", household_id, fields,
                      {"date": date.today().isoformat(), "direction": "out", "status": "sent"})


@writes
def add_follow_up(uow: UnitOfWork, household_id: str, fields: dict[str, Any]) -> str:
    """Record a follow-up (for this operator unless given)."""
    return _add_entry(uow, "follow_up", household_id, fields, {"operator": uow.username})


def _add_entry(uow: UnitOfWork, kind: str, household_id: str, fields: dict[str, Any],
               defaults: dict[str, Any]) -> str:
    given = {k: v for k, v in fields.items() if v not in (None, "", [])}
    data = {**defaults, **given, "household": household_id}
    check_entry(kind, data, new=True)
    return records.add(uow, kind, data)


def check_entry(kind: str, fields: dict[str, Any], *, new: bool) -> None:
    """ValidationFailed naming each field of ``ENTRY_REQUIRED`` left empty: every one for
    a ``new`` entry, those given for a change (an old entry without one can still be
    changed elsewhere)."""
    errors = [
        FieldError(name, "required")
        for name in ENTRY_REQUIRED.get(kind, ())
        if (new or name in fields) and _blank(fields.get(name))
    ]
    if errors:
        raise ValidationFailed(errors)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@writes
def update_entry(uow: UnitOfWork, kind: str, entry_id: str, fields: dict[str, Any]) -> None:
    """Change the given fields of a contact, referral or follow-up; a follow-up ticked
    done (or opened again) goes through the agenda's own rule."""
    if kind not in ENTRY_KINDS:
        raise NotFound("kind", kind)
    fields = dict(fields)
    check_entry(kind, fields, new=False)
    done = fields.pop("done", None) if kind == "follow_up" else None
    if done is not None:
        fields.pop("done_on", None)
    if fields:
        records.update(uow, kind, entry_id, fields)
    if done is not None:
        if done:
            agenda.mark_done(uow, entry_id)
        else:
            agenda.mark_open(uow, entry_id)


@writes
def remove_entry(uow: UnitOfWork, kind: str, entry_id: str) -> None:
    """Delete a contact, referral or follow-up."""
    if kind not in ENTRY_KINDS:
        raise NotFound("kind", kind)
    records.delete(uow, kind, entry_id)


# -- duplicates -----------------------------------------------------------------------


@reads
def likely_duplicates(
    uow: UnitOfWork,
    tax_code: str | None,
    first_name: str | None,
    last_name: str | None,
    birth_date: str | None,
    *,
    exclude_person: str | None = None,
) -> list[DuplicateCandidate]:
    """Live persons who may be the one being entered: the same codice fiscale (or a
    homocode of it), or similar names (in either order, accents ignored) and the same
    birth date. The matching is the coordinator's duplicate finder's own."""
    from genera_desktop.services.coordination.duplicates import person_matches

    session = uow.session
    fields = {"tax_code": tax_code, "first_name": first_name, "last_name": last_name,
              "birth_date": birth_date}
    found: dict[str, tuple[Person, str]] = {}
    for match in person_matches(session, fields, exclude_ids=[exclude_person or ""]):
        person = session.get(Person, match.person_id)
        if person is not None:
            by_code = match.reason in ("same_tax_code", "homocode")
            found[person.id] = (person, "tax_code" if by_code else "name_birth")
    cases: dict[str, str | None] = {}
    if found:
        for row in session.execute(
            select(Household.id, Household.case_number)
            .where(Household.id.in_({p.household for p, _ in found.values()}))
        ):
            cases[row.id] = row.case_number
    return [
        DuplicateCandidate(
            person_id=p.id,
            household_id=p.household or "",
            case_number=cases.get(p.household or "") or "",
            first_name=p.first_name or "",
            last_name=p.last_name or "",
            birth_date=p.birth_date or "",
            tax_code=p.tax_code or "",
            reason=reason,
        )
        for p, reason in found.values()
    ]
