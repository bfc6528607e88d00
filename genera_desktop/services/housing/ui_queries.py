"""What the Casa pages list: dwellings found by comune, rooms, rent and accessibility
with their landlord's name; the names a choice of landlord, household or fund shows;
arrears cases with their household and landlord; a case's instalments.

Reads only, a few queries whatever the size of the directory.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from genera_desktop.domain.text import fold, full_name
from genera_desktop.services import permissions, records
from genera_desktop.services.registry.agenda import reference_names
from genera_desktop.services.transaction import reads
from genera_desktop.store.base import field_info
from genera_desktop.store.models import Household
from genera_desktop.store.models_housing import (
    ArrearsCase,
    Dwelling,
    GuaranteeFund,
    Installment,
    Landlord,
)
from genera_desktop.store.uow import UnitOfWork


@reads
def may_use(uow: UnitOfWork) -> bool:
    """Whether the user holds the housing area (the whole Casa section is in it)."""
    return permissions.may_read_kind(uow.session, uow.username, "dwelling")


@reads
def dwellings(uow: UnitOfWork, search: str = "", *, min_rooms: int | None = None,
              max_rent: float | None = None, accessible: bool = False) -> list[dict[str, Any]]:
    """Live dwellings matching every word of ``search`` (address, comune, zone, floor,
    landlord), with at least ``min_rooms``, a rent asked up to ``max_rent``, accessible
    if asked; as records with ``landlord_name``; by comune and address.

    Read as plain rows and matched before any record is made: 5,000 dwellings within
    the issue's 50 ms."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "dwelling")
    names = landlord_names(uow)
    fields = ["id", *field_info(Dwelling)]
    query = select(*(getattr(Dwelling, c) for c in fields)).where(Dwelling.cl % 2 == 1)
    if min_rooms:
        query = query.where(Dwelling.rooms >= min_rooms)
    if accessible:
        query = query.where(Dwelling.accessible.is_(True))
    terms = fold(search).split()
    at = {name: n for n, name in enumerate(fields)}
    out = []
    for row in session.execute(query):
        rent = row[at["rent_asked"]]
        if max_rent is not None and (rent is None or float(rent) > max_rent):
            continue
        landlord = names.get(row[at["landlord"]] or "", "")
        if terms:
            text = fold(" ".join(str(row[at[k]] or "") for k in (
                "address", "municipality", "zone", "floor")) + " " + landlord)
            if not all(t in text for t in terms):
                continue
        record = {"kind": "dwelling", **{k: v for k, v in zip(fields, row, strict=True)
                                         if v is not None}}
        record["landlord_name"] = landlord
        out.append(record)
    out.sort(key=lambda d: (fold(d.get("municipality") or ""), fold(d.get("address") or ""),
                            d["id"]))
    return out


@reads
def landlord_names(uow: UnitOfWork) -> dict[str, str]:
    """Live landlords: id to name, by name."""
    rows = uow.session.execute(select(Landlord.id, Landlord.name).where(Landlord.cl % 2 == 1))
    return dict(sorted(((i, n or "") for i, n in rows), key=lambda p: fold(p[1])))


@reads
def fund_names(uow: UnitOfWork) -> dict[str, str]:
    """Live guarantee funds: id to name, by name."""
    rows = uow.session.execute(select(GuaranteeFund.id, GuaranteeFund.name)
                               .where(GuaranteeFund.cl % 2 == 1))
    return dict(sorted(((i, n or "") for i, n in rows), key=lambda p: fold(p[1])))


@reads
def household_names(uow: UnitOfWork) -> dict[str, str]:
    """Live households held here: id to "case number – reference person", by number."""
    rows = list(uow.session.execute(
        select(Household.id, Household.case_number).where(Household.cl % 2 == 1,
                                                          Household.merged_into.is_(None))))
    names = reference_names(uow.session, {i for i, _ in rows})
    out = {i: " – ".join(p for p in (case or "", names.get(i, "")) if p) for i, case in rows}
    return dict(sorted(out.items(), key=lambda p: p[1]))


@reads
def funds(uow: UnitOfWork) -> list[dict[str, Any]]:
    """Live funds with their money (budget, committed, disbursed, available)."""
    return records.list_records(uow, "guarantee_fund")


@reads
def arrears_rows(uow: UnitOfWork) -> list[dict[str, Any]]:
    """Live arrears cases with ``household_name`` and ``landlord_name``, the latest
    opened first."""
    session = uow.session
    permissions.require_kind_access(session, uow.username, "arrears_case")
    households = household_names(uow)
    landlords = landlord_names(uow)
    rows = [records.to_dict(c) for c in session.scalars(
        select(ArrearsCase).where(ArrearsCase.cl % 2 == 1))]
    for row in rows:
        row["household_name"] = households.get(row["household"], "")
        row["landlord_name"] = landlords.get(row.get("landlord") or "", "")
    rows.sort(key=lambda c: (c.get("opened_on") or "", c["id"]), reverse=True)
    return rows


@reads
def installments(uow: UnitOfWork, case_id: str) -> list[dict[str, Any]]:
    """A case's live instalments by due date."""
    rows = uow.session.scalars(select(Installment).where(
        Installment.arrears_case == case_id, Installment.cl % 2 == 1))
    return sorted((records.to_dict(i) for i in rows),
                  key=lambda i: (i.get("due_date") or "", i["id"]))


@reads
def agency_names(uow: UnitOfWork) -> dict[str, str]:
    """The directory's live estate agencies: id to name, by name."""
    from genera_desktop.store.models import Organisation

    rows = uow.session.execute(select(Organisation.id, Organisation.name).where(
        Organisation.cl % 2 == 1, Organisation.org_type == "real_estate_agency"))
    return dict(sorted(((i, n or "") for i, n in rows), key=lambda p: fold(p[1])))


@reads
def adult_names(uow: UnitOfWork) -> dict[str, str]:
    """Live persons held here: id to "Surname Name (case number)", by surname."""
    from genera_desktop.store.models import Person

    rows = uow.session.execute(
        select(Person.id, Person.last_name, Person.first_name, Household.case_number)
        .join(Household, Household.id == Person.household)
        .where(Person.cl % 2 == 1, Person.merged_into.is_(None), Household.cl % 2 == 1))
    out = {pid: f"{full_name(last, first)} ({case or ''})".strip()
           for pid, last, first, case in rows}
    return dict(sorted(out.items(), key=lambda p: fold(p[1])))


@reads
def pact_rows(uow: UnitOfWork) -> list[dict[str, Any]]:
    """Live co-housing pacts with their computed fields and ``host_name``/``guest_name``;
    the latest started first."""
    from genera_desktop.store.models import Person
    from genera_desktop.store.models_housing import CohousingPact

    session = uow.session
    permissions.require_kind_access(session, uow.username, "cohousing_pact")
    rows = [records.with_computed(records.to_dict(p), session) for p in session.scalars(
        select(CohousingPact).where(CohousingPact.cl % 2 == 1))]
    wanted = {r[k] for r in rows for k in ("host", "guest") if r.get(k)}
    names = {pid: full_name(last, first) for pid, last, first in session.execute(
        select(Person.id, Person.last_name, Person.first_name).where(Person.id.in_(wanted)))
    } if wanted else {}
    for row in rows:
        row["host_name"] = names.get(row.get("host") or "", "")
        row["guest_name"] = names.get(row.get("guest") or "", "")
    rows.sort(key=lambda p: (p.get("start_date") or "", p["id"]), reverse=True)
    return rows
