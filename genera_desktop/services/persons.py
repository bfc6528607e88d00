"""Finding persons across households: the front desk's "who is this?" list."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, literal_column, select

from genera_desktop.services.records import search_terms
from genera_desktop.store import search_index
from genera_desktop.store.models import Household, Person
from genera_desktop.store.uow import UnitOfWork

LIMIT = 200


@dataclass(frozen=True)
class PersonRow:
    """One person as the list shows them, with the household they belong to."""

    id: str
    household_id: str
    last_name: str
    first_name: str
    tax_code: str | None
    birth_date: str | None
    case_number: str | None
    is_reference: bool


@dataclass(frozen=True)
class PersonsFound:
    """The first ``limit`` matches, by name, and how many there are in all."""

    rows: list[PersonRow]
    total: int


def find_persons(uow: UnitOfWork, search: str | None = None, *, limit: int = LIMIT) -> PersonsFound:
    """Live persons of live households matching every word of ``search`` (name, codice
    fiscale, phone), sorted by surname and name."""
    conditions = [
        Person.cl % 2 == 1,
        Household.cl % 2 == 1,
        # "+": not the dashboard's indexes that lead with merged_into (nearly every row
        # has it NULL, so walking them is a random read of the whole table).
        literal_column("+person.merged_into").is_(None),
        literal_column("+household.merged_into").is_(None),
    ]
    terms = search_terms(search) if search else []
    if terms:
        conditions.append(search_index.person_condition(terms))
    # One pass: the count of every match rides along the first page (a window over the
    # whole result), instead of a second scan of the persons to count them.
    query = (
        select(Person, Household.case_number, func.count().over().label("total"))
        .join(Household, Household.id == Person.household)
        .where(*conditions)
        .order_by(func.lower(Person.last_name), func.lower(Person.first_name),
                  Person.birth_date, Person.id)
        .limit(limit)
    )
    found = uow.session.execute(query).all()
    rows = [
        PersonRow(p.id, p.household or "", p.last_name or "", p.first_name or "",
                  p.tax_code, p.birth_date, case, bool(p.is_reference))
        for p, case, _ in found
    ]
    total = found[0].total if found else 0
    return PersonsFound(rows, total)
