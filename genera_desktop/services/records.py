"""Adding, changing, deleting, restoring, finding and showing records of every kind.

One set of functions serves every kind: the model's field rules (store/base.py) say
what each field takes, the kind's declaration (store/kinds.py) its access area, owner,
defaults, computed and search fields. Kind-specific rules (case numbers, a household's
delete taking its members with it) sit in small hooks below.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, literal_column, or_, select
from sqlalchemy.orm import Session

from genera_desktop.domain.errors import FieldError, NotFound, Refused, ValidationFailed
from genera_desktop.domain.text import digits, fold
from genera_desktop.services import permissions, rules
from genera_desktop.services.coordination import audit
from genera_desktop.services.network.site import SiteInfo, site_info
from genera_desktop.services.registry import search as searching
from genera_desktop.services.transaction import reads, writes
from genera_desktop.services.validate import check_references, clean_fields
from genera_desktop.store.base import Replicated, field_info, replicated_columns
from genera_desktop.store.kind import PERSON, POINT
from genera_desktop.store.kinds import HOUSEHOLD_CHILDREN, KINDS
from genera_desktop.store.models import (
    MODELS,
    Household,
    HousingContext,
    Intake,
    Person,
    Point,
)
from genera_desktop.store.uow import UnitOfWork


def model_for(kind: str) -> type[Replicated]:
    """The model of a record kind; NotFound for a kind that does not exist."""
    model = MODELS.get(kind.replace("-", "_"))
    if model is None:
        raise NotFound("kind", kind)
    return model


def to_dict(obj: Replicated) -> dict[str, Any]:
    """A record as JSON: ``kind``, ``id`` and its present fields."""
    out: dict[str, Any] = {"kind": obj.KIND, "id": obj.id}
    for name in field_info(type(obj)):
        value = getattr(obj, name)
        if value is not None:
            out[name] = value
    return out


def with_computed(record: dict[str, Any], session: Session | None = None) -> dict[str, Any]:
    """A record as ``show`` and ``list`` give it: its computed fields added (``dump``
    leaves them out: it holds what was stored). Those that read other records need
    the ``session``."""
    spec = KINDS[record["kind"]]
    if spec.computed:
        record.update(spec.computed_values(record, session))
    return record


def load(session: Session, kind: str, rid: str, *, alive: bool | None = True) -> Replicated:
    """A record by id; NotFound if absent (or, with ``alive``, deleted or not)."""
    model = model_for(kind)
    obj = session.get(model, rid.strip().lower())
    if obj is None or (alive is not None and obj.alive != alive):
        raise NotFound(model.KIND, rid)
    return obj


# -- writing ------------------------------------------------------------------------


@writes
def add(uow: UnitOfWork, kind: str, data: dict[str, Any], *, record_id: str | None = None) -> str:
    """Validate and store a new record; return its id. The caller commits."""
    model = model_for(kind)
    spec = KINDS[model.KIND]
    session = uow.session
    _require_writer(uow, model.KIND)
    site = site_info(session)
    values = clean_fields(model, data, partial=False)
    values = spec.with_defaults({k: v for k, v in values.items() if v is not None})
    check_references(session, model, values)
    values.update(derived_owners(session, model.KIND, values))
    permissions.check_write(session, site, None, model, values)
    if model is Household:
        if values.get("case_number"):
            _check_case_number_free(session, values["case_number"])
        _fill_household_defaults(session, values)
    if model is Point:
        _check_point_code_free(session, values["code"])
    # A kind's own rules (services/rules.py) may refuse, or give the record its id: an
    # enrolment's is made from its workshop and person, so two sites enrolling the same
    # person while apart make one record.
    record_id = rules.before_add(uow, model.KIND, values) or record_id
    if record_id:
        record_id = record_id.strip().lower()
        existing = session.get(model, record_id)
        if existing is not None:
            if existing.alive or _erased(session, existing):
                raise Refused("id_taken", record_id)
            # Made again after a delete (the same person enrolled again): the deleted
            # record comes back with the new values, as one record everywhere.
            for name in field_info(model):
                setattr(existing, name, values.get(name))
            existing.cl += 1
            session.flush()
            rules.after_write(uow, existing, frozenset(values))
            audit.record(uow, "create", model.KIND, existing.id)
            return existing.id
    obj = model(**values)
    if record_id:
        obj.id = record_id
    session.add(obj)
    session.flush()
    rules.after_write(uow, obj, frozenset(values))
    audit.record(uow, "create", model.KIND, obj.id)
    if isinstance(obj, Intake):
        _plan_next_appointment(uow, obj, (None, None))
    return obj.id


@writes
def update(uow: UnitOfWork, kind: str, rid: str, data: dict[str, Any]) -> None:
    """Change the named fields only; null removes a field."""
    session = uow.session
    obj = load(session, kind, rid)
    model = type(obj)
    _require_writer(uow, model.KIND)
    data = {k: v for k, v in data.items() if not (k == "id" and str(v).lower() == obj.id)}
    values = clean_fields(model, data, partial=True)
    check_references(session, model, {k: v for k, v in values.items() if v is not None})
    values.update(derived_owners(session, model.KIND, values))
    permissions.check_write(session, site_info(session), obj, model, values)
    if isinstance(obj, Point) and "code" in values and values["code"] != obj.code:
        _check_point_code_free(session, values["code"])
    if isinstance(obj, Household) and "case_number" in values:
        _check_case_number_change(session, obj, values["case_number"])
    planned = (obj.household, obj.next_appointment) if isinstance(obj, Intake) else None
    rules.before_update(uow, obj, values)
    moved = _moved_point(obj, values)
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
    if moved:
        carry_point(session, obj)
    session.flush()
    rules.after_write(uow, obj, frozenset(values))
    audit.record(uow, "update", model.KIND, obj.id, sorted(values))
    if isinstance(obj, Intake) and planned is not None:
        _plan_next_appointment(uow, obj, planned)


@writes
def delete(uow: UnitOfWork, kind: str, rid: str) -> list[tuple[str, str]]:
    """Delete a record (a causal-length increment); a household takes its records along,
    a person theirs, a workshop its sessions, enrolments and attendance.

    Returns the (kind, id) pairs deleted with it that the user may read: the others go
    too (a household's or a person's records of an area the user lacks), unsaid, so a
    count tells nobody of records they may not see.
    """
    session = uow.session
    obj = load(session, kind, rid)
    site = site_info(session)
    _require_writer(uow, obj.KIND)
    permissions.check_write(session, site, obj, type(obj), {})
    _check_coordinator_decides(site, obj, "delete")
    rules.before_delete(uow, obj)
    if isinstance(obj, Point):
        in_use = session.scalar(
            select(func.count()).select_from(Household)
            .where(Household.point == obj.code, Household.cl % 2 == 1)
        )
        if in_use:
            raise Refused("point_in_use", str(in_use))
    taken: list[tuple[str, str]] = []
    if isinstance(obj, Household):
        for child_model in HOUSEHOLD_CHILDREN:
            other = KINDS[child_model.KIND].other_household_field
            rows = session.scalars(
                select(child_model).where(
                    or_(child_model.household == obj.id,  # type: ignore[attr-defined]
                        getattr(child_model, other) == obj.id) if other
                    else child_model.household == obj.id,  # type: ignore[attr-defined]
                    child_model.cl % 2 == 1,
                )
            )
            for child in rows:
                child.cl += 1
                taken.append((child.KIND, child.id))
        obj.deleted_with = [list(pair) for pair in taken]
    elif isinstance(obj, Person):
        # A person deleted alone takes the records that are theirs (consents, a job
        # profile, school-work and its hours...), as their household's delete would.
        taken = _take_persons_records(session, obj)
        obj.deleted_with = [list(pair) for pair in taken]
    elif "deleted_with" in replicated_columns(type(obj)):
        # A workshop takes its sessions and enrolments, a session its attendance.
        taken = _take_dependents(session, obj)
        setattr(obj, "deleted_with", [list(pair) for pair in taken])  # noqa: B010
    # What goes with it is judged as its own delete would be: a member site's household
    # delete may not take a decided application or a disbursement, which the
    # coordinator's import would refuse while taking the household.
    for child_kind, child_id in taken:
        went = session.get(MODELS[child_kind], child_id)
        if went is not None:
            _check_coordinator_decides(site, went, "delete")
    obj.cl += 1
    session.flush()
    audit.record(uow, "delete", obj.KIND, obj.id, {"with": len(taken)} if taken else None)
    readable = permissions.readable_kinds(session, uow.username)
    return [pair for pair in taken if pair[0] in readable]


@writes
def restore(uow: UnitOfWork, kind: str, rid: str) -> None:
    """Undo a delete: a later increment; a household (a workshop) brings back what its
    delete took."""
    session = uow.session
    obj = load(session, kind, rid, alive=None)
    # The access first: without the kind's area, not even whether it is deleted.
    _require_writer(uow, obj.KIND)
    if obj.alive:
        raise Refused("not_deleted", obj.id)
    if _erased(session, obj):
        raise Refused("erased", obj.id)
    site = site_info(session)
    permissions.check_write(session, site, obj, type(obj), {})
    _check_coordinator_decides(site, obj, "restore")
    rules.before_restore(uow, obj)
    household_id = getattr(obj, "household", None)
    if household_id and not isinstance(obj, Household):
        household = session.get(Household, household_id)
        if household is not None and not household.alive:
            raise Refused("household_deleted", household_id)
    if "deleted_with" in replicated_columns(type(obj)):
        for child_kind, child_id in getattr(obj, "deleted_with", None) or []:
            child = session.get(MODELS[child_kind], child_id)
            if child is not None and not child.alive:
                # Each as its own restore: a guarantee application's money must still
                # fit its fund, an hour still follow the safety training.
                rules.before_restore(uow, child)
                child.cl += 1
        setattr(obj, "deleted_with", None)  # noqa: B010  (a column of some models only)
    obj.cl += 1
    session.flush()
    audit.record(uow, "restore", obj.KIND, obj.id)


def _check_coordinator_decides(site: SiteInfo, obj: Replicated, action: str) -> None:
    """A member site's delete or restore (a change of ``cl``) that only the coordinator
    makes (``KindSpec.coordinator_decides``: a decided guarantee application, a
    disbursement) is refused here, as the coordinator's import would refuse it: the two
    sites must not disagree about a fund's money."""
    decides = KINDS[obj.KIND].coordinator_decides
    if decides is None or site.is_coordinator:
        return
    if decides("cl", obj.cl + 1, to_dict(obj)):
        status = getattr(obj, "status", None)
        raise Refused("money_coordinator_only", f"{action} of a {obj.KIND}"
                      + (f" that is {status}" if status else ""))


def _take_persons_records(session: Session, person: Person) -> list[tuple[str, str]]:
    """Delete the live records a person owns (``owner`` PERSON, by their owner field),
    and what belongs to those; return the (kind, id) pairs taken."""
    taken: list[tuple[str, str]] = []
    for spec in KINDS.values():
        if spec.owner != PERSON:
            continue
        owner = getattr(spec.model, spec.owner_field)
        for child in session.scalars(select(spec.model).where(owner == person.id,
                                                              spec.model.cl % 2 == 1)):
            if not child.alive:  # taken already, as a record's own (an experience's hours)
                continue
            child.cl += 1
            taken.append((child.KIND, child.id))
            taken += _take_dependents(session, child)
    return taken


def _take_dependents(session: Session, parent: Replicated) -> list[tuple[str, str]]:
    """Delete the live records whose point is ``parent``'s (``owner_via``), or that
    belong to it (``household_via`` naming it), and theirs; return the (kind, id) pairs
    taken."""
    taken: list[tuple[str, str]] = []
    for spec in KINDS.values():
        # A point's records by their parent (owner_via); a person's record's own records
        # (an experience's hours: household_via names it).
        name = spec.owner_via or (spec.household_via if spec.household_via
                                  and field_info(spec.model)[spec.household_via]["ref"]
                                  != "person" else "")
        if not name or field_info(spec.model)[name]["ref"] != parent.KIND:
            continue
        via = getattr(spec.model, name)
        for child in session.scalars(select(spec.model).where(via == parent.id,
                                                              spec.model.cl % 2 == 1)):
            child.cl += 1
            taken.append((child.KIND, child.id))
            taken += _take_dependents(session, child)
    return taken


def derived_owners(session: Session, kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """The owner fields the app sets from the records ``values`` name (the kind's
    ``owner_via`` and ``household_via``, or a PERSON kind's person): a session's point
    is its workshop's, an enrolment's household its person's. Only those whose source
    is among ``values`` (an update that leaves the reference alone changes nothing)."""
    spec = KINDS[kind]
    out: dict[str, Any] = {}
    if spec.owner_via and values.get(spec.owner_via):
        parent_model = MODELS[field_info(spec.model)[spec.owner_via]["ref"]]
        parent = session.get(parent_model, values[spec.owner_via])
        out[spec.owner_field] = getattr(parent, KINDS[parent_model.KIND].owner_field, None)
    via = spec.household_via or (spec.owner_field if spec.owner == PERSON else "")
    pairs = [(spec.household_field, via),
             (spec.other_household_field, spec.other_household_via)]
    for name, source in pairs:
        if name and source and values.get(source):
            # A person's record is held with their household (a disbursement with its
            # application's): the app says which.
            parent = session.get(MODELS[field_info(spec.model)[source]["ref"]], values[source])
            # A pact's visit is held with the pact's two households, each in its place.
            taken = ((KINDS[parent.KIND].other_household_field or "household")
                     if parent is not None and name == spec.other_household_field
                     else "household")
            out[name] = getattr(parent, taken, None) if parent is not None else None
    return out


def _moved_point(obj: Replicated, values: dict[str, Any]) -> bool:
    spec = KINDS[obj.KIND]
    if spec.owner != POINT:
        return False
    name = spec.owner_field
    return name in values and values[name] != getattr(obj, name)


def carry_point(session: Session, parent: Replicated) -> None:
    """A record that moved to another point takes along the records whose point is its
    own (``owner_via``): a workshop its sessions and enrolments, a session its
    attendances; so they stay at the sites that hold their workshop."""
    point = getattr(parent, KINDS[parent.KIND].owner_field)
    for spec in KINDS.values():
        if not spec.owner_via or field_info(spec.model)[spec.owner_via]["ref"] != parent.KIND:
            continue
        via = getattr(spec.model, spec.owner_via)
        for child in session.scalars(select(spec.model).where(via == parent.id)):
            if getattr(child, spec.owner_field) != point:
                setattr(child, spec.owner_field, point)
                carry_point(session, child)


def _require_writer(uow: UnitOfWork, kind: str) -> None:
    """The user must hold the kind's access area, and its role if it names one."""
    permissions.require_kind_access(uow.session, uow.username, kind)
    if KINDS[kind].role == "admin":
        permissions.require_admin(uow.session, uow.username)


def _erased(session: Session, obj: Replicated) -> bool:
    """A GDPR erasure is final: its existence stamp dominates every real one."""
    from genera_desktop.store.local import FieldClock
    from genera_desktop.sync.identity import ERASE_HLC

    stamp = session.get(FieldClock, (obj.KIND, obj.id, "cl"))
    return stamp is not None and stamp.hlc >= ERASE_HLC


def _plan_next_appointment(uow: UnitOfWork, intake: Intake,
                           before: tuple[str | None, str | None]) -> None:
    """An intake's «Prossimo appuntamento» is a follow-up of its household for its
    operator, set, moved and closed with it, as a visit's next visit is (one rule for
    the household page and the command line)."""
    from genera_desktop.services.registry.agenda import INTAKE_FOLLOW_UP_NOTE, replan_follow_up

    replan_follow_up(uow, INTAKE_FOLLOW_UP_NOTE, before,
                     (intake.household, intake.next_appointment),
                     intake.operator or uow.username)


def _fill_household_defaults(session: Session, values: dict[str, Any]) -> None:
    fill_household_defaults(values, CaseNumbers(session))


def fill_household_defaults(values: dict[str, Any], numbers: CaseNumbers,
                            today: date | None = None) -> None:
    """A new household's declared defaults (its registration day: today) and case
    number (the next)."""
    today = today or date.today()
    values.update(KINDS["household"].with_defaults(values, today))
    if not values.get("case_number"):
        values["case_number"] = numbers.next(values["point"], today.year)


class CaseNumbers:
    """Hands out case numbers, one query per point and year however many it gives.

    An import numbers thousands of households in one transaction: asking the store for
    each would cost a query (and a flush) per household. A number once given is never
    given again: the counter continues from the highest number of the point and year
    among every household held, deleted ones included (a case number cannot be removed
    or changed, see ``update``), read as a number so that 10000 follows 9999.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._last: dict[tuple[str, int], int] = {}

    def next(self, point: str, year: int) -> str:
        """The next human case number of a point in a year, e.g. MON-2026-0042."""
        prefix = f"{point}-{year}-"
        last = self._last.get((point, year))
        if last is None:
            tails = (
                found[len(prefix):]
                for found in self.session.scalars(
                    select(Household.case_number).where(
                        Household.point == point, Household.case_number.like(prefix + "%")
                    )
                )
                if found
            )
            last = max((int(tail) for tail in tails if tail.isdigit()), default=0)
        self._last[(point, year)] = last + 1
        return f"{prefix}{last + 1:04d}"


def _check_case_number_free(session: Session, number: str,
                            household_id: str | None = None) -> None:
    """A case number names one household for good: not one another household holds or
    held (deleted households keep theirs)."""
    taken = session.scalar(select(Household.id).where(
        Household.case_number == number, Household.id != (household_id or "")).limit(1))
    if taken is not None:
        raise ValidationFailed([FieldError("case_number", "duplicate", value=number)])


def _check_case_number_change(session: Session, household: Household,
                              number: str | None) -> None:
    """Once a household has a case number it keeps it: emptied, the title and the paper
    forms lose it and the counter could give it to the next family; changed, the old
    number would be free again. One given to a household without one must be free."""
    if household.case_number:
        if number != household.case_number:
            raise ValidationFailed([FieldError("case_number", "case_number_fixed")])
    elif number:
        _check_case_number_free(session, number, household.id)


def _check_point_code_free(session: Session, code: str) -> None:
    if session.scalar(select(Point.id).where(Point.code == code)) is not None:
        raise ValidationFailed([FieldError("code", "duplicate", value=code)])


# -- reading ------------------------------------------------------------------------


@writes
def show(uow: UnitOfWork, kind: str, rid: str, *, audit_view: bool = True) -> dict[str, Any]:
    """One live record as JSON; a household comes with its persons."""
    session = uow.session
    obj = load(session, kind, rid)
    permissions.require_kind_access(session, uow.username, obj.KIND)
    out = with_computed(to_dict(obj), session)
    if isinstance(obj, Household):
        out["persons"] = [to_dict(p) for p in persons_of(session, obj.id)]
    if audit_view:
        audit.record(uow, "view", obj.KIND, obj.id)
    return out


def persons_of(session: Session, household_id: str) -> list[Person]:
    """A household's live members, the reference person first."""
    return list(session.scalars(
        select(Person)
        .where(Person.household == household_id, Person.cl % 2 == 1,
               Person.merged_into.is_(None))
        .order_by(Person.is_reference.desc().nulls_last(), Person.birth_date, Person.id)
    ))


def search_terms(text: str) -> list[str]:
    """The folded words of a query; a phone typed with spaces is one term of digits."""
    folded = fold(text)
    compact = digits(text)
    if compact and len(compact) >= 5 and len(compact) >= len(folded.replace(" ", "")) - 2:
        return [compact]
    return [t for t in folded.split(" ") if t]


def find(session: Session, kind: str, search: str | None = None, *, limit: int | None = None,
         site: SiteInfo | None = None) -> list[Replicated]:
    """Live records of a kind, optionally matching a search, in creation order; with a
    search, persons and households come best match first (services/registry/search.py)."""
    model = model_for(kind)
    query = select(model).where(model.cl % 2 == 1)
    if getattr(model, "merged_into", None) is not None:  # a merged duplicate leaves lists
        # "+": not the dashboard's index that leads with merged_into (ix_person_live):
        # nearly every row has it NULL, so walking it is a random read of the table.
        query = query.where(
            literal_column(f"+{model.__tablename__}.merged_into").is_(None))
    if model is Person or model is Household:
        query, match = searching.joined(session, query, model.KIND, search)
        query = query.order_by(*(searching.best_first(model.KIND, match) if match is not None
                                 else [model.id]))
    elif search:
        query = query.where(*(_matches(model, term) for term in search_terms(search)))
        query = query.order_by(model.id)
    else:
        query = query.order_by(model.id)
    if limit:
        query = query.limit(limit)
    return list(session.scalars(query))


def _matches(model: type[Replicated], term: str) -> Any:
    pattern = f"%{term}%"
    if model is HousingContext:
        return HousingContext.search_text.like(pattern)
    texts = [getattr(model, name) for name in KINDS[model.KIND].search]
    return or_(*(func.lower(col).like(pattern) for col in texts))


@reads
def list_records(uow: UnitOfWork, kind: str, search: str | None = None) -> list[dict[str, Any]]:
    """Live records as JSON objects like ``show``'s (households with their persons)."""
    session = uow.session
    model = model_for(kind)
    permissions.require_kind_access(session, uow.username, model.KIND)
    objs = find(session, kind, search)
    out = [with_computed(to_dict(o), session) for o in objs]
    if model is Household and out:
        by_household: dict[str, list[dict[str, Any]]] = {o["id"]: [] for o in out}
        ids = list(by_household)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for person in session.scalars(
                select(Person)
                .where(Person.household.in_(chunk), Person.cl % 2 == 1,
                       Person.merged_into.is_(None))
                .order_by(Person.is_reference.desc().nulls_last(), Person.birth_date, Person.id)
            ):
                by_household[person.household or ""].append(to_dict(person))
        for item in out:
            item["persons"] = by_household[item["id"]]
    return out
