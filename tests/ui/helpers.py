"""Records for the widget tests, made through the services as the app makes them."""

from __future__ import annotations

from datetime import date, timedelta

from genera_desktop.services import records
from genera_desktop.store.store import Store


def add(store: Store, kind: str, data: dict[str, object]) -> str:
    with store.unit_of_work() as uow:
        rid = records.add(uow, kind, data)
        uow.commit()
    return rid


def family(
    store: Store, last: str, first: str, tax_code_missing: bool = True, **household: object
) -> str:
    """A household of the MON point with its reference person."""
    hid = add(store, "household", {"point": "MON", "address": "Via Roma 1", **household})
    add(
        store,
        "person",
        {
            "household": hid,
            "first_name": first,
            "last_name": last,
            "is_reference": True,
            "tax_code_missing": tax_code_missing,
            "birth_date": "1980-05-17",
        },
    )
    return hid


def follow_up(store: Store, hid: str, today: date, days: int, **extra: object) -> str:
    return add(
        store,
        "follow_up",
        {"household": hid, "due_date": (today + timedelta(days=days)).isoformat(), **extra},
    )
