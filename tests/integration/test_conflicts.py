"""The conflict log at the coordinator: list, restore the loser, keep the winner."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from genera_desktop.domain.errors import NotFound, Refused
from genera_desktop.services import records
from genera_desktop.services.coordination import conflicts
from genera_desktop.services.network.site import set_setting
from genera_desktop.store.local import Conflict, Site
from genera_desktop.store.store import Store
from genera_desktop.sync.clock import pack

POINT_SITE = "0190aaaa-0000-7000-8000-00000000000a"
# 2025-03-01T10:00:00Z and a minute later, as clock stamps.
T0 = pack(1740823200000, 0)
T1 = pack(1740823260000, 3)


def add_household(store: Store, **data: Any) -> str:
    with store.unit_of_work() as uow:
        rid = records.add(uow, "household", {"point": "MON", **data})
        uow.commit()
    return rid


def log_conflict(store: Store, rid: str, field: str, winner: Any, loser: Any,
                 cid: str = "c1", kind: str = "household") -> str:
    """What the sync engineer's importer writes when a concurrent edit loses."""
    with store.unit_of_work() as uow:
        if uow.session.get(Site, POINT_SITE) is None:
            uow.session.add(Site(site_id=POINT_SITE, name="Punto Montichiari", role="point",
                                 point_code="MON", revoked=False, hlc=0))
        uow.session.add(Conflict(
            id=cid, kind=kind, rid=rid, field=field,
            winner_value=winner, winner_hlc=T1, winner_site=store.site_id,
            loser_value=loser, loser_hlc=T0, loser_site=POINT_SITE,
            detected_at="2025-03-02T08:00:00+00:00", detected_by=store.site_id, status="open",
        ))
        uow.commit()
    return cid


def field_stamp(store: Store, rid: str, field: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(
            text("SELECT hlc FROM field_clock WHERE rid = :r AND field = :f"),
            {"r": rid, "f": field}).scalar_one())


def test_list_shows_both_sides_with_site_names_and_iso_times(coordinator: Store) -> None:
    hh = add_household(coordinator, phone="030 111111")
    log_conflict(coordinator, hh, "phone", "030 111111", "030 222222")
    with coordinator.unit_of_work() as uow:
        [item] = conflicts.list_conflicts(uow)
        assert conflicts.list_conflicts(uow, "kept") == []
    assert item["id"] == "c1"
    assert (item["kind"], item["record_id"], item["field"]) == ("household", hh, "phone")
    assert (item["winner_value"], item["loser_value"]) == ("030 111111", "030 222222")
    assert item["winner_site"] == "Coordinamento"
    assert item["loser_site"] == "Punto Montichiari"
    assert item["loser_at"] == "2025-03-01T10:00:00+00:00"
    assert item["winner_at"] == "2025-03-01T10:01:00+00:00"
    assert item["status"] == "open"


def test_restore_makes_the_loser_current_as_a_new_edit(coordinator: Store) -> None:
    hh = add_household(coordinator, address="Via Roma 1")
    before = field_stamp(coordinator, hh, "address")
    log_conflict(coordinator, hh, "address", "Via Roma 1", "Via Verdi 7")
    with coordinator.unit_of_work() as uow:
        conflicts.restore(uow, "c1")
        uow.commit()
    with coordinator.unit_of_work() as uow:
        assert records.show(uow, "household", hh, audit_view=False)["address"] == "Via Verdi 7"
        assert conflicts.list_conflicts(uow) == []
        [item] = conflicts.list_conflicts(uow, None)
        assert item["status"] == "restored"
    assert field_stamp(coordinator, hh, "address") > before  # it replicates as an edit
    with coordinator.unit_of_work() as uow, pytest.raises(Refused) as err:
        conflicts.restore(uow, "c1")
    assert err.value.code == "conflict_closed"


def test_a_removed_value_is_restored_too(coordinator: Store) -> None:
    hh = add_household(coordinator, phone="030 111111")
    log_conflict(coordinator, hh, "phone", "030 111111", None)
    with coordinator.unit_of_work() as uow:
        conflicts.restore(uow, "c1")
        uow.commit()
        assert "phone" not in records.show(uow, "household", hh, audit_view=False)


def test_keep_marks_it_and_changes_nothing(coordinator: Store) -> None:
    hh = add_household(coordinator, address="Via Roma 1")
    log_conflict(coordinator, hh, "address", "Via Roma 1", "Via Verdi 7")
    before = field_stamp(coordinator, hh, "address")
    with coordinator.unit_of_work() as uow:
        conflicts.dismiss(uow, "c1")
        uow.commit()
    with coordinator.unit_of_work() as uow:
        assert records.show(uow, "household", hh, audit_view=False)["address"] == "Via Roma 1"
        assert conflicts.list_conflicts(uow, None)[0]["status"] == "kept"
        with pytest.raises(Refused):
            conflicts.dismiss(uow, "c1")
        # The coordinator may change their mind and restore what they kept.
        conflicts.restore(uow, "c1")
        uow.commit()
    assert field_stamp(coordinator, hh, "address") > before


def test_decisions_belong_to_the_coordinator(coordinator: Store) -> None:
    hh = add_household(coordinator, address="Via Roma 1")
    log_conflict(coordinator, hh, "address", "Via Roma 1", "Via Verdi 7")
    with coordinator.unit_of_work() as uow:
        set_setting(uow.session, "role", "point")
        set_setting(uow.session, "point_code", "MON")
        uow.commit()
    for decide in (conflicts.restore, conflicts.dismiss):
        with coordinator.unit_of_work() as uow, pytest.raises(Refused) as err:
            decide(uow, "c1")
        assert err.value.code == "coordinator_only"
    with coordinator.unit_of_work() as uow:
        assert conflicts.list_conflicts(uow)[0]["status"] == "open"
        assert records.show(uow, "household", hh, audit_view=False)["address"] == "Via Roma 1"


def test_existence_conflicts_and_unknown_ids_are_refused(coordinator: Store) -> None:
    hh = add_household(coordinator)
    log_conflict(coordinator, hh, "cl", 1, 2)
    with coordinator.unit_of_work() as uow, pytest.raises(Refused) as err:
        conflicts.restore(uow, "c1")
    assert err.value.code == "conflict_not_restorable"
    with coordinator.unit_of_work() as uow, pytest.raises(NotFound):
        conflicts.restore(uow, "nope")


def test_restore_on_a_deleted_record_is_refused(coordinator: Store) -> None:
    hh = add_household(coordinator, address="Via Roma 1")
    log_conflict(coordinator, hh, "address", "Via Roma 1", "Via Verdi 7")
    with coordinator.unit_of_work() as uow:
        records.delete(uow, "household", hh)
        uow.commit()
    with coordinator.unit_of_work() as uow, pytest.raises(Refused) as err:
        conflicts.restore(uow, "c1")
    assert err.value.code == "conflict_record_gone"
