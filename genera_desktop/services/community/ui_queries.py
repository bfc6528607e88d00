"""What the community pages list: workshops with their counts, the names a choice of
place or organisation shows, a workshop's enrolments with their persons.

Reads only, in a few queries whatever the number of workshops (a point runs a few
hundred over the years): the pages filter the rows they get.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from genera_desktop.domain.text import fold
from genera_desktop.services import records
from genera_desktop.services.registry import persons
from genera_desktop.services.registry.persons import PersonsFound
from genera_desktop.services.transaction import reads
from genera_desktop.store.models import (
    Enrolment,
    Initiative,
    Organisation,
    Place,
    Point,
    Workshop,
    WorkshopSession,
)
from genera_desktop.store.uow import UnitOfWork


@reads
def workshop_rows(uow: UnitOfWork, point: str | None = None) -> list[dict[str, Any]]:
    """Live workshops (of ``point``, or every one held here) as records with
    ``sessions`` and ``participants`` (live enrolments not withdrawn) counted,
    ``place_name`` (without its point's own comune) and ``place_full`` (with it); the
    latest start first, then by title."""
    session = uow.session
    query = select(Workshop).where(Workshop.cl % 2 == 1)
    if point:
        query = query.where(Workshop.point == point)
    rows = [records.to_dict(w) for w in session.scalars(query)]
    sessions: dict[str, int] = dict(session.execute(  # type: ignore[arg-type]
        select(WorkshopSession.workshop, func.count()).where(WorkshopSession.cl % 2 == 1)
        .group_by(WorkshopSession.workshop)).all())
    enrolled: dict[str, int] = dict(session.execute(  # type: ignore[arg-type]
        select(Enrolment.workshop, func.count()).where(
            Enrolment.cl % 2 == 1,
            func.coalesce(Enrolment.status, "enrolled") != "withdrawn")
        .group_by(Enrolment.workshop)).all())
    places, shown = place_names(uow), _in_list(uow)
    for row in rows:
        row["sessions"] = sessions.get(row["id"], 0)
        row["participants"] = enrolled.get(row["id"], 0)
        row["place_name"] = shown.get(row.get("place") or "", "")
        row["place_full"] = places.get(row.get("place") or "", "")
    rows.sort(key=lambda w: fold(w.get("title") or ""))
    # Latest start first: a stable sort on the date keeps each day's titles in order.
    rows.sort(key=lambda w: w.get("start_date") or "", reverse=True)
    return rows


@reads
def place_names(uow: UnitOfWork, point: str | None = None) -> dict[str, str]:
    """Live places (of ``point``, or all held here): id to "name (comune)", by name."""
    query = select(Place).where(Place.cl % 2 == 1)
    if point:
        query = query.where(Place.point == point)
    found = sorted(uow.session.scalars(query), key=lambda p: (fold(p.name or ""), p.id))
    return {p.id: f"{p.name} ({p.municipality})" if p.municipality else str(p.name or "")
            for p in found}


def _in_list(uow: UnitOfWork) -> dict[str, str]:
    """Live places: id to the name a list shows, "name (comune)" but for a place in its
    own point's comune, which the point's lists need not repeat on every row."""
    towns = {p.code: fold(p.municipality or "") for p in uow.session.scalars(
        select(Point).where(Point.cl % 2 == 1))}
    return {p.id: str(p.name or "") if not p.municipality
            or fold(p.municipality) == towns.get(p.point or "")
            else f"{p.name} ({p.municipality})"
            for p in uow.session.scalars(select(Place).where(Place.cl % 2 == 1))}


@reads
def organisation_names(uow: UnitOfWork, *, partners_only: bool = False) -> dict[str, str]:
    """The directory's live organisations: id to name, by name."""
    query = select(Organisation).where(Organisation.cl % 2 == 1)
    if partners_only:
        query = query.where(Organisation.is_partner.is_(True))
    found = sorted(uow.session.scalars(query), key=lambda o: (fold(o.name or ""), o.id))
    return {o.id: str(o.name or "") for o in found}


@reads
def municipalities(uow: UnitOfWork) -> list[str]:
    """The comuni the directory's organisations are in, by name (a filter's choices)."""
    names = {str(m).strip() for m in uow.session.scalars(
        select(Organisation.municipality).where(Organisation.cl % 2 == 1,
                                                Organisation.municipality.is_not(None)))}
    return sorted((n for n in names if n), key=fold)


@reads
def initiative_rows(uow: UnitOfWork, point: str | None = None) -> list[dict[str, Any]]:
    """Live initiatives (of ``point``, or all held here) with ``proposer_name`` (the
    organisation's name; a person is named on the initiative's own page),
    ``place_name`` and ``place_full`` (as ``workshop_rows``); the latest proposed first."""
    query = select(Initiative).where(Initiative.cl % 2 == 1)
    if point:
        query = query.where(Initiative.point == point)
    rows = [records.to_dict(i) for i in uow.session.scalars(query)]
    organisations = organisation_names(uow)
    places, shown = place_names(uow), _in_list(uow)
    for row in rows:
        row["proposer_name"] = organisations.get(row.get("proposer_organisation") or "", "")
        row["place_name"] = shown.get(row.get("place") or "", "")
        row["place_full"] = places.get(row.get("place") or "", "")
    rows.sort(key=lambda i: fold(i.get("title") or ""))
    rows.sort(key=lambda i: i.get("proposed_on") or "", reverse=True)
    return rows


@reads
def operators(uow: UnitOfWork) -> list[str]:
    """The usernames of this store's active accounts (who may run a workshop)."""
    from genera_desktop.services.accounts import list_accounts

    return [a.username for a in list_accounts(uow) if a.active]


@reads
def points(uow: UnitOfWork) -> dict[str, str]:
    """The live points: code to "code – name", by code."""
    from genera_desktop.services.registry.households import list_points

    return {p.code: f"{p.code} – {p.name}" for p in list_points(uow)}


@reads
def person_name(uow: UnitOfWork, person_id: str) -> str:
    """"Cognome Nome" of a person held here ("" when not held: another point's)."""
    from genera_desktop.store.models import Person

    person = uow.session.get(Person, person_id)
    if person is None:
        return ""
    return " ".join(p for p in (person.last_name, person.first_name) if p)


@reads
def find_persons(uow: UnitOfWork, search: str | None, *, limit: int = 50) -> PersonsFound:
    """Persons as the front desk finds them (services/persons.find_persons)."""
    return persons.find_persons(uow, search, limit=limit)
