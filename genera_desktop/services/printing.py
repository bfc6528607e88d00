"""Printing the paper forms: gather a record's data, lay the form out, note the print.

Each ``print_*`` function returns the PDF as bytes and adds a ("print", kind, id) entry
to the audit trail in the caller's transaction (the caller commits once the page is sent
to the printer); ``save_intake`` and ``save_custode`` write the file themselves and
commit once it is there. Blank forms carry no personal data; their entry has no
record. The footer names this site (its settings), the day and, on filled forms, the
user who printed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.domain.errors import Cancelled, NotFound
from genera_desktop.files import write_atomically
from genera_desktop.printing import custode as custode_forms
from genera_desktop.printing import intake as intake_forms
from genera_desktop.printing.layout import PrintContext
from genera_desktop.services import permissions, records
from genera_desktop.services.coordination import audit
from genera_desktop.services.custode import visits as custode
from genera_desktop.services.network.site import site_info
from genera_desktop.services.transaction import writes
from genera_desktop.store.local import Site, User
from genera_desktop.store.models import Health, Household, HousingContext, Intake, Person, Point
from genera_desktop.store.uow import UnitOfWork

Progress = Callable[..., bool]  # progress(done, total) -> False to stop
BATCH = 200  # households loaded per round of queries when printing many


@writes
def printed(uow: UnitOfWork, make: Callable[[UnitOfWork], bytes]) -> bytes:
    """One form made by ``make(uow)`` (a print function of this module) in its own
    transaction, so the print it notes in the audit trail is committed with it."""
    return make(uow)


def print_context(uow: UnitOfWork, today: date | None = None) -> PrintContext:
    """Where, when and by whom: this site's name, today, the user's display name."""
    session = uow.session
    user = session.get(User, uow.username) if uow.username else None
    operator = (user.display_name or user.username) if user is not None else None
    return PrintContext(site_name=site_info(session).site_name or "",
                        printed_on=today or date.today(), operator=operator)


def operator_names(session: Session) -> dict[str, str]:
    """This site's users by username, each as the forms name them: their full name.

    A record keeps the username of who wrote it (``g.bodei``); a form prints the
    person. A username this site does not know (written on another site) stays as is.
    """
    return {u.username: u.display_name for u in session.scalars(select(User))
            if u.display_name}


def _named(record: dict[str, Any] | None, names: dict[str, str]) -> dict[str, Any] | None:
    """``record`` with its operator's full name in place of the username."""
    if record is None or not record.get("operator"):
        return record
    return {**record, "operator": names.get(record["operator"], record["operator"])}


# -- the intake form ---------------------------------------------------------------------


def print_intake(uow: UnitOfWork, household_id: str, include_health: bool = False, *,
                 today: date | None = None) -> bytes:
    """The intake form of one household, filled; the health page only if asked for.

    Asking for the health page without health access is refused (Refused
    "area_access"), not silently left out: the person printing must know.
    """
    session = uow.session
    household = records.load(session, "household", household_id)
    if include_health:
        permissions.require_health_access(session, uow.username)
    data = next(_intake_data(session, [household.id], include_health))
    audit.record(uow, "print", "household", household.id,
                 {"form": "intake", "health": include_health})
    return intake_forms.intake_form(print_context(uow, today), *data)


def print_blank_intake(uow: UnitOfWork, include_health: bool = True, *,
                       today: date | None = None) -> bytes:
    """The intake form empty, to fill by hand (with the separable health page)."""
    audit.record(uow, "print", None, None, {"form": "intake_blank"})
    return intake_forms.blank_intake_form(print_context(uow, today), include_health)


@writes
def print_intakes(uow: UnitOfWork, household_ids: Sequence[str],
                  progress: Progress | None = None, *, include_health: bool = False,
                  today: date | None = None) -> bytes:
    """The intake forms of many households in one PDF, in the order given.

    Each household is numbered on its own ("Pagina 1 di 2"). ``progress(done, total)``
    is called between households; when it returns False the print stops with
    Cancelled (nothing is recorded: the caller's unit of work rolls back).
    """
    session = uow.session
    if include_health:
        permissions.require_health_access(session, uow.username)
    ids = list(dict.fromkeys(h.strip().lower() for h in household_ids))
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        found.update(session.scalars(select(Household.id).where(
            Household.id.in_(ids[start:start + 500]), Household.cl % 2 == 1)))
    missing = [h for h in ids if h not in found]
    if missing:
        raise NotFound("household", missing[0])
    total = len(ids)

    def forms() -> Iterator[intake_forms.IntakeFormData]:
        for done, data in enumerate(_intake_data(session, ids, include_health)):
            if progress is not None and not progress(done, total):
                raise Cancelled()
            audit.record(uow, "print", "household", data[0]["id"],
                         {"form": "intake", "health": include_health, "batch": total})
            yield data
        if progress is not None:
            progress(total, total)

    return intake_forms.intake_forms(print_context(uow, today), forms())


def _intake_data(session: Session, ids: Sequence[str],
                 include_health: bool) -> Iterator[intake_forms.IntakeFormData]:
    """Per household, in order: its fields, members, latest intake, health and point.

    Loaded ``BATCH`` households at a time, so 4,500 forms cost a few dozen queries.
    """
    points = {p.code: records.to_dict(p) for p in session.scalars(
        select(Point).where(Point.cl % 2 == 1))}
    operators = operator_names(session)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        households = {h.id: h for h in session.scalars(
            select(Household).where(Household.id.in_(chunk)))}
        persons: dict[str, list[dict[str, Any]]] = {}
        for p in session.scalars(
            select(Person).where(Person.household.in_(chunk), Person.cl % 2 == 1)
            .order_by(Person.is_reference.desc().nulls_last(), Person.birth_date, Person.id)
        ):
            persons.setdefault(p.household or "", []).append(records.to_dict(p))
        intakes: dict[str, dict[str, Any]] = {}
        for i in session.scalars(
            select(Intake).where(Intake.household.in_(chunk), Intake.cl % 2 == 1)
            .order_by(Intake.date, Intake.id)
        ):
            intakes[i.household or ""] = records.to_dict(i)  # the latest wins
        health: dict[str, list[dict[str, Any]]] = {}
        if include_health:
            for h in session.scalars(
                select(Health).where(Health.household.in_(chunk), Health.cl % 2 == 1)
                .order_by(Health.id)
            ):
                health.setdefault(h.household or "", []).append(records.to_dict(h))
        for hid in chunk:
            household = households[hid]
            yield (records.to_dict(household), persons.get(hid, []),
                   _named(intakes.get(hid), operators),
                   health.get(hid, []) if include_health else None,
                   points.get(household.point or ""))


# -- the custode sociale forms -----------------------------------------------------------


def print_round_sheet(uow: UnitOfWork, context_id: str, *, today: date | None = None) -> bytes:
    """The round sheet of one housing context: its residents, with room to note visits."""
    context, households, persons = _round_data(uow.session, context_id)
    audit.record(uow, "print", "housing_context", context["id"], {"form": "round_sheet"})
    return custode_forms.round_sheet(print_context(uow, today), context, households, persons)


def print_round_sheets(uow: UnitOfWork, custode_site: str | None = None, *,
                       today: date | None = None) -> bytes:
    """The round sheets of every context of a custode, one PDF, each context apart.

    ``custode_site`` is a site id or name; by default the contexts this site covers
    (at a laptop its own, elsewhere those of ``custode.my_contexts``).
    """
    session = uow.session
    if custode_site:
        site_id = resolve_site(session, custode_site)
        ids = list(session.scalars(select(HousingContext.id).where(
            HousingContext.custode_site == site_id, HousingContext.cl % 2 == 1)))
    else:
        ids = custode.covered_context_ids(session)
    contexts = sorted((_round_data(session, cid) for cid in ids),
                      key=lambda c: (str(c[0].get("municipality") or "").casefold(),
                                     str(c[0].get("name") or "").casefold()))
    for context, _, _ in contexts:
        audit.record(uow, "print", "housing_context", context["id"], {"form": "round_sheet"})
    return custode_forms.round_sheets(print_context(uow, today), contexts)


def resolve_site(session: Session, name_or_id: str) -> str:
    """The id of a site of the roster given by id or name (ignoring case); NotFound."""
    wanted = name_or_id.strip()
    site = session.get(Site, wanted.lower()) or session.scalars(
        select(Site).where(Site.name.ilike(wanted))).first()
    if site is None:
        raise NotFound("site", wanted)
    return site.site_id


def _round_data(session: Session, context_id: str) -> tuple[
        dict[str, Any], list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    context = records.to_dict(records.load(session, "housing_context", context_id))
    households = [records.to_dict(h) for h in session.scalars(
        select(Household).where(Household.housing_context == context["id"],
                                Household.cl % 2 == 1, Household.merged_into.is_(None)))]
    persons: dict[str, list[dict[str, Any]]] = {h["id"]: [] for h in households}
    ids = list(persons)
    for start in range(0, len(ids), 500):
        for p in session.scalars(
            select(Person).where(Person.household.in_(ids[start:start + 500]),
                                 Person.cl % 2 == 1)
            .order_by(Person.is_reference.desc().nulls_last(), Person.birth_date, Person.id)
        ):
            persons[p.household or ""].append(records.to_dict(p))
    return context, households, persons


def print_visit(uow: UnitOfWork, visit_id: str, *, today: date | None = None) -> bytes:
    """The report of one visit, filled."""
    session = uow.session
    visit = records.to_dict(records.load(session, "visit", visit_id))
    context = records.to_dict(records.load(session, "housing_context",
                                           visit["housing_context"], alive=None))
    household_obj = session.get(Household, visit["household"]) if visit.get("household") else None
    household = records.to_dict(household_obj) if household_obj is not None else None
    persons = ([records.to_dict(p) for p in records.persons_of(session, household_obj.id)]
               if household_obj is not None else [])
    met = visit.get("person")
    if met and not any(p["id"] == met for p in persons):
        person = session.get(Person, met)  # someone met who has since left the household
        if person is not None:
            persons.append(records.to_dict(person))
    audit.record(uow, "print", "visit", visit["id"], {"form": "visit_report"})
    return custode_forms.visit_report(print_context(uow, today),
                                      _named(visit, operator_names(session)) or visit,
                                      context, household, persons)


def print_blank_visit(uow: UnitOfWork, *, today: date | None = None) -> bytes:
    """The visit report empty, to fill by hand on the round."""
    audit.record(uow, "print", None, None, {"form": "visit_report_blank"})
    return custode_forms.blank_visit_report(print_context(uow, today))


# -- to a file: the print is in the audit trail once the file is there ---------------------


@writes
def save_intake(uow: UnitOfWork, out: Path, *, household: str | None = None,
                every: bool = False, include_health: bool = False) -> Path:
    """Write the intake form of one household, of every live one (by case number), or
    blank when neither is given; atomically, so a failure leaves no half file."""
    if household:
        data = print_intake(uow, household, include_health=include_health)
    elif every:
        data = print_intakes(uow, live_household_ids(uow.session), include_health=include_health)
    else:
        data = print_blank_intake(uow)
    write_atomically(out, data)
    return out


@writes
def save_custode(uow: UnitOfWork, out: Path, *, housing_context: str | None = None,
                 visit: str | None = None, all_contexts: bool = False,
                 custode_site: str | None = None) -> Path:
    """Write a round sheet (one context, or every context of a custode), a visit report,
    or the blank visit report when nothing is named."""
    if housing_context:
        data = print_round_sheet(uow, housing_context)
    elif visit:
        data = print_visit(uow, visit)
    elif all_contexts:
        data = print_round_sheets(uow, custode_site)
    else:
        data = print_blank_visit(uow)
    write_atomically(out, data)
    return out


def live_household_ids(session: Session) -> list[str]:
    """Every live household not merged away, by case number (the order of a batch)."""
    return list(session.scalars(
        select(Household.id).where(Household.cl % 2 == 1, Household.merged_into.is_(None))
        .order_by(Household.case_number, Household.id)))
