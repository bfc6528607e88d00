"""Finding persons across households: the front desk's "who is this?" list."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, literal_column, select

from genera_desktop.services.registry import search as searching
from genera_desktop.services.transaction import reads
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


@reads
def find_persons(uow: UnitOfWork, search: str | None = None, *, limit: int = LIMIT) -> PersonsFound:
    """Live persons of live households matching every word of ``search`` (each starts a
    word of their surname, name, codice fiscale or phone; accents and case ignored),
    the best matches first (services/registry/search.py), then by surname and name."""
    conditions = [
        Person.cl % 2 == 1,
        Household.cl % 2 == 1,
        # "+": not the dashboard's indexes that lead with merged_into (nearly every row
        # has it NULL, so walking them is a random read of the whole table).
        literal_column("+person.merged_into").is_(None),
        literal_column("+household.merged_into").is_(None),
    ]
    # One pass: the count of every match rides along the first page (a window over the
    # whole result), instead of a second scan of the persons to count them. Rowids
    # only: the window keeps every match, and whole rows made it twice as slow.
    query = (select(searching.rowid("person"), func.count().over().label("total"))
             .select_from(Person).join(Household, Household.id == Person.household))
    query, match = searching.joined(uow.session, query, "person", search)
    query = (
        query.where(*conditions)
        .order_by(*([match.c.rank.desc()] if match is not None else []),
                  # NOCASE: lower()'s order (both fold ASCII only), without calling it
                  # for every match.
                  Person.last_name.collate("NOCASE"), Person.first_name.collate("NOCASE"),
                  Person.birth_date, Person.id)
        .limit(limit)
    )
    page = uow.session.execute(query).all()
    total = page[0].total if page else 0
    order = {rowid: n for n, (rowid, _) in enumerate(page)}
    found = sorted(
        uow.session.execute(
            select(Person.id, Person.household, Person.last_name, Person.first_name,
                   Person.tax_code, Person.birth_date, Person.is_reference,
                   Household.case_number, searching.rowid("person"))
            .join(Household, Household.id == Person.household)
            .where(searching.rowid("person").in_(order))
        ).all(),
        key=lambda row: order[row[-1]],
    )
    rows = [
        PersonRow(p.id, p.household or "", p.last_name or "", p.first_name or "",
                  p.tax_code, p.birth_date, p.case_number, bool(p.is_reference))
        for p in found
    ]
    return PersonsFound(rows, total)
