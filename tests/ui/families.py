"""Families for the household-page tests: a few real ones through the services, and
many plain ones straight through the ORM for the list's size tests."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from genera_desktop.domain.codice_fiscale import encode
from genera_desktop.services.registry import households
from genera_desktop.store.ids import new_id
from genera_desktop.store.models import Household, Person
from genera_desktop.store.store import Store

MARIO_CF = encode("Rossi", "Mario", "M", date(1980, 2, 1), "Montichiari")


def add_family(store: Store, members: list[dict[str, Any]], **household: Any) -> str:
    """One household and its members through the services; returns its id."""
    with store.unit_of_work() as uow:
        hid = households.save_household(uow, None, {"point": "MON", "address": "Via Roma 1",
                                                    **household})
        for person in members:
            households.save_person(uow, hid, None, person)
        uow.commit()
    return hid


def three_families(store: Store) -> dict[str, str]:
    """Rossi (MON, new), Ferrari with Nicolò (CAL, active), Singh (MON, closed)."""
    return {
        "rossi": add_family(store, [
            {"first_name": "Mario", "last_name": "Rossi", "tax_code": MARIO_CF},
            {"first_name": "Anna", "last_name": "Bianchi", "relation": "spouse"},
        ], address="Via Trieste 48", phone="030 961 2210", registered_on="2025-01-10"),
        "ferrari": add_family(store, [
            {"first_name": "Giulia", "last_name": "Ferrari"},
            {"first_name": "Nicolò", "last_name": "Ferrari", "relation": "child",
             "birth_date": "2015-06-01"},
            {"first_name": "Luca", "last_name": "Ferrari", "relation": "child"},
        ], point="CAL", address="Piazza Aldo Moro 2", status="active",
            registered_on="2025-03-02"),
        "singh": add_family(store, [{"first_name": "Harpreet", "last_name": "Singh"}],
                            address="Via Brescia 7", status="closed",
                            registered_on="2024-11-30"),
    }


FIRST = ["Maria", "Giulia", "Anna", "Marco", "Luca", "Giuseppe", "Fatima", "Ion", "Arben",
         "Mamadou", "Wei", "Olena", "Sara", "Paolo"]
LAST = ["Rossi", "Bonetti", "Treccani", "Zanola", "Pelizzari", "Bodei", "El Amrani",
        "Popescu", "Hoxha", "Singh", "Diop", "Chen", "Kovalenko", "Ferrari", "Gandini"]


def bulk_families(store: Store, count: int, seed: int = 7) -> None:
    """``count`` plain households of 1-4 members, in one transaction (capture on)."""
    rng = random.Random(seed)
    with store.unit_of_work() as uow:
        for number in range(count):
            point = rng.choice(("MON", "CAL"))
            day = date(2026, 1, 1) - timedelta(days=rng.randrange(600))
            hid = new_id()
            uow.session.add(Household(
                id=hid, point=point, address=f"Via Roma {rng.randrange(1, 200)}",
                phone=f"3{rng.randrange(10, 99)} {rng.randrange(1000000, 9999999)}",
                status=rng.choice(("new", "active", "closed")),
                case_number=f"{point}-{day.year}-{number:05d}", registered_on=day.isoformat()))
            last = rng.choice(LAST)
            for k in range(rng.randrange(1, 5)):
                uow.session.add(Person(household=hid, first_name=rng.choice(FIRST),
                                       last_name=last, is_reference=k == 0,
                                       relation="reference" if k == 0 else "child"))
        uow.commit()
