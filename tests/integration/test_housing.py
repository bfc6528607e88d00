"""The housing plan's records through the services on a real store: a pact goes with
either household's delete and comes back with its restore, and the housing area keeps
the plan (the directory included) from staff without it."""

from __future__ import annotations

from typing import Any

import pytest

from genera_desktop.domain.errors import NotFound, Refused
from genera_desktop.services import accounts, records
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.store.store import Store


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


def alive(store: Store, kind: str, rid: str) -> bool:
    with store.unit_of_work() as uow:
        try:
            records.load(uow.session, kind, rid)
        except NotFound:
            return False
        return True


def test_a_pact_goes_and_comes_back_with_either_household(coordinator: Store) -> None:
    host_hh = add(coordinator, "household", point="MON")
    guest_hh = add(coordinator, "household", point="CAL")
    host = add(coordinator, "person", household=host_hh, first_name="Ida", last_name="Ferri")
    guest = add(coordinator, "person", household=guest_hh, first_name="Leo", last_name="Galli")
    pact = add(coordinator, "cohousing_pact", host=host, guest=guest, start_date="2026-02-01")
    records.delete(coordinator, "household", guest_hh)  # the guest's family
    assert not alive(coordinator, "cohousing_pact", pact)
    records.restore(coordinator, "household", guest_hh)
    assert alive(coordinator, "cohousing_pact", pact)
    taken = records.delete(coordinator, "household", host_hh)
    assert ("cohousing_pact", pact) in taken
    records.restore(coordinator, "household", host_hh)
    assert alive(coordinator, "cohousing_pact", pact)


def test_staff_without_the_housing_area_see_none_of_the_plan(coordinator: Store) -> None:
    landlord = add(coordinator, "landlord", name="Marco Bassi", phone="030 123456")
    fund = add(coordinator, "guarantee_fund", name="Fondo 2026", budget=1000)
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "bruno-password")
        accounts.add_account(uow, "carla", "carla-password", access_areas=["housing"])
        accounts.commit_accounts(uow)
    bruno = Store.open(coordinator.data_dir, "bruno", "bruno-password")
    carla = Store.open(coordinator.data_dir, "carla", "carla-password")
    try:
        for kind, rid in (("landlord", landlord), ("guarantee_fund", fund)):
            with pytest.raises(Refused) as refused:
                records.show(bruno, kind, rid)
            assert (refused.value.code, refused.value.detail) == ("area_access", "housing")
            assert records.show(carla, kind, rid)["id"] == rid
        with pytest.raises(Refused):
            add(bruno, "landlord", name="Altro")
        with bruno.unit_of_work() as uow:
            dumped = "\n".join(dump_lines(uow))
        assert "Marco Bassi" not in dumped and '"kind": "guarantee_fund"' not in dumped
    finally:
        bruno.close()
        carla.close()


def test_dwellings_are_found_by_comune_rooms_rent_and_access(coordinator: Store) -> None:
    from genera_desktop.services.housing import ui_queries

    landlord = add(coordinator, "landlord", name="Nicolò Bassi")
    ids = {name: add(coordinator, "dwelling", landlord=landlord, address=address,
                     municipality=comune, rooms=rooms, rent_asked=rent, accessible=access)
           for name, address, comune, rooms, rent, access in (
               ("big", "Via Roma 1", "Montichiari", 4, 750, True),
               ("small", "Via Verdi 2", "Montichiari", 1, 380, False),
               ("far", "Via Dante 3", "Visano", 3, 500, True))}

    def found(search: str = "", **filters: Any) -> set[str]:
        return {d["id"] for d in ui_queries.dwellings(coordinator, search, **filters)}

    assert found("montichiari") == {ids["big"], ids["small"]}
    assert found("nicolo visano") == {ids["far"]}  # the landlord's name, accents aside
    assert found(min_rooms=3) == {ids["big"], ids["far"]}
    assert found(max_rent=600) == {ids["small"], ids["far"]}
    assert found("montichiari", accessible=True) == {ids["big"]}
    assert ui_queries.dwellings(coordinator, "visano")[0]["landlord_name"] == "Nicolò Bassi"
