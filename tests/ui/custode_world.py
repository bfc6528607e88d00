"""A custode's world for the widget tests: contexts, families living there, visits."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from genera_desktop.services.custode import visits as custode
from genera_desktop.services.network.site import set_setting
from genera_desktop.store.store import Store
from tests.ui.helpers import add

TODAY = date(2026, 3, 11)


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def resident_family(store: Store, context: str, flat: str, last: str, first: str,
                    *others: str) -> str:
    """A household of the context: the reference person, then the others named."""
    hid = add(store, "household", {"point": "MON", "housing_context": context, "flat": flat,
                                   "address": "Via Boschetti 12", "phone": "030 961234"})
    add(store, "person", {"household": hid, "first_name": first, "last_name": last,
                          "is_reference": True})
    for other in others:
        add(store, "person", {"household": hid, "first_name": other, "last_name": last})
    return hid


def visit(store: Store, **fields: Any) -> str:
    with store.unit_of_work() as uow:
        vid = custode.record_visit(uow, fields)
        uow.commit()
    return vid


def make_world(store: Store, laptop: bool = True) -> dict[str, str]:
    """Two contexts of this site (a laptop's, by default), one of another, four families."""
    ids = {
        "boschetti": add(store, "housing_context", {
            "name": "ALER Via Boschetti", "address": "Via Boschetti di Sopra 12",
            "municipality": "Montichiari", "manager": "aler",
            "custode_site": store.site_id}),
        "trieste": add(store, "housing_context", {
            "name": "Condominio sociale Via Trieste", "municipality": "Montichiari",
            "custode_site": store.site_id}),
        "prati": add(store, "housing_context", {
            "name": "ALER Via Prati", "municipality": "Calcinato",
            "custode_site": "0190aaaa-0000-7000-8000-000000000001"}),
    }
    b = ids["boschetti"]
    ids["rossi"] = resident_family(store, b, "Scala A int. 10", "Rossi", "Maria", "Luca")
    ids["popa"] = resident_family(store, b, "Scala A int. 2", "Popa", "Ion", "Elena")
    ids["diallo"] = resident_family(store, b, "Scala B int. 1", "Diallo", "Awa")
    ids["nicolo"] = resident_family(store, b, "Scala B int. 4", "Bertoni", "Nicolò")
    visit(store, housing_context=b, household=ids["rossi"], date=day(-3))
    visit(store, housing_context=b, household=ids["popa"], date=day(-40))
    visit(store, housing_context=b, household=ids["nicolo"], date=day(-12))
    if laptop:
        with store.unit_of_work() as uow:
            set_setting(uow.session, "role", "laptop")
            set_setting(uow.session, "site_name", "Custode sociale Montichiari")
            uow.commit()
    return ids
