"""services/households.py on a real encrypted store."""

from __future__ import annotations

from datetime import date

import pytest

from genera_desktop.domain.errors import NotFound, Refused, ValidationFailed
from genera_desktop.services import accounts, households, records
from genera_desktop.store.store import Store
from tests.ui.families import MARIO_CF, three_families


@pytest.fixture
def three(coordinator: Store) -> dict[str, str]:
    """Rossi (MON), Ferrari with Nicolò (CAL), Singh (MON, closed)."""
    return three_families(coordinator)


def ids(store: Store, **kwargs: object) -> list[str]:
    with store.unit_of_work() as uow:
        return households.household_ids(uow, **kwargs)  # type: ignore[arg-type]


def test_new_household_gets_case_number_status_and_comune(coordinator: Store,
                                                          three: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow:
        shown = records.show(uow, "household", three["ferrari"])
    assert shown["case_number"].startswith("CAL-")
    assert shown["status"] == "active"
    assert shown["municipality"] == "Calcinato"


def test_search_is_accent_insensitive_and_covers_members_phone_and_address(
        coordinator: Store, three: dict[str, str]) -> None:
    assert ids(coordinator, search="nicolo") == [three["ferrari"]]
    assert ids(coordinator, search="NICOLÒ fer") == [three["ferrari"]]
    assert ids(coordinator, search=MARIO_CF.lower()) == [three["rossi"]]
    assert ids(coordinator, search="030 961 22") == [three["rossi"]]
    assert ids(coordinator, search="trieste") == [three["rossi"]]
    assert ids(coordinator, search="brescia singh") == [three["singh"]]
    assert ids(coordinator, search="nobody") == []
    assert ids(coordinator, search="100%") == []  # LIKE wildcards are literal


def test_filters_and_sorting(coordinator: Store, three: dict[str, str]) -> None:
    assert set(ids(coordinator, point="MON")) == {three["rossi"], three["singh"]}
    assert ids(coordinator, status="closed") == [three["singh"]]
    assert ids(coordinator) == [three["ferrari"], three["rossi"], three["singh"]]
    assert ids(coordinator, descending=False) == [three["singh"], three["rossi"], three["ferrari"]]
    assert ids(coordinator, sort_key="reference", descending=False) == [
        three["ferrari"], three["rossi"], three["singh"]]
    assert ids(coordinator, sort_key="members", descending=True)[0] == three["ferrari"]
    assert ids(coordinator, sort_key="point", descending=False)[0] == three["ferrari"]
    assert ids(coordinator, limit=2) == [three["ferrari"], three["rossi"]]
    with coordinator.unit_of_work() as uow:
        assert households.household_count(uow) == 3
        assert households.household_count(uow, search="ferrari") == 1
    with pytest.raises(NotFound):
        ids(coordinator, sort_key="nonsense")


def test_rows_carry_what_the_list_shows(coordinator: Store, three: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow:
        rows = households.household_rows(uow, list(three.values()) + ["missing"])
    assert set(rows) == set(three.values())
    rossi = rows[three["rossi"]]
    assert rossi.reference_name == "Rossi Mario"
    assert rossi.members == 2
    assert rossi.point == "MON"
    assert rossi.phone == "030 961 2210"
    assert rossi.registered_on == "2025-01-10"
    assert rows[three["ferrari"]].reference_name == "Ferrari Giulia"


def test_deleted_households_leave_the_list(coordinator: Store, three: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow:
        records.delete(uow, "household", three["singh"])
        uow.commit()
    assert three["singh"] not in ids(coordinator)


def test_first_member_is_reference_and_reference_can_move(coordinator: Store,
                                                          three: dict[str, str]) -> None:
    hid = three["rossi"]
    with coordinator.unit_of_work() as uow:
        persons = households.household_detail(uow, hid).persons
    mario, anna = persons
    assert mario["is_reference"] is True and mario["relation"] == "reference"
    with coordinator.unit_of_work() as uow:
        households.set_reference_person(uow, hid, anna["id"])
        uow.commit()
    with coordinator.unit_of_work() as uow:
        by_id = {p["id"]: p for p in households.household_detail(uow, hid).persons}
    assert by_id[anna["id"]]["is_reference"] is True
    assert by_id[anna["id"]]["relation"] == "reference"
    assert by_id[mario["id"]]["is_reference"] is False
    assert "relation" not in by_id[mario["id"]]  # left for the operator to fill in
    with coordinator.unit_of_work() as uow, pytest.raises(NotFound):
        households.set_reference_person(uow, hid, three["ferrari"])


def test_remove_person_deletes_member_and_health(coordinator: Store,
                                                 three: dict[str, str]) -> None:
    hid = three["rossi"]
    with coordinator.unit_of_work() as uow:
        anna = households.household_detail(uow, hid).persons[1]
        households.save_health(uow, anna["id"], None, {"disability": True,
                                                       "disability_percent": 60})
        uow.commit()
    with coordinator.unit_of_work() as uow:
        detail = households.household_detail(uow, hid)
        assert detail.health is not None and anna["id"] in detail.health
        households.remove_person(uow, anna["id"])
        uow.commit()
    with coordinator.unit_of_work() as uow:
        detail = households.household_detail(uow, hid)
    assert [p["first_name"] for p in detail.persons] == ["Mario"]
    assert detail.health == {}


def test_health_is_hidden_without_access(coordinator: Store, three: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "long-enough-pw")
        accounts.commit_accounts(uow)
    previous = coordinator.username
    coordinator.username = "bruno"
    try:
        with coordinator.unit_of_work() as uow:
            assert households.household_detail(uow, three["rossi"]).health is None
            person = households.household_detail(uow, three["rossi"]).persons[0]
            with pytest.raises(Refused):
                households.save_health(uow, person["id"], None, {"disability": True})
    finally:
        coordinator.username = previous


def test_intake_contacts_referrals_follow_ups(coordinator: Store, three: dict[str, str]) -> None:
    hid = three["ferrari"]
    with coordinator.unit_of_work() as uow:
        intake = households.save_intake(uow, hid, None, {
            "channel": "direct", "needs_stated": ["economic", "work"], "isee_value": 8200.5,
            "consents": ["processing"], "homeless": False})
        households.add_contact(uow, hid, {"date": "2025-03-02", "contact_type": "interview"})
        households.add_contact(uow, hid, {"date": "2025-04-10", "contact_type": "phone_call"})
        households.add_referral(uow, hid, {"organisation": "Servizi sociali Calcinato"})
        follow = households.add_follow_up(uow, hid, {"due_date": "2025-05-01", "note": "ISEE"})
        uow.commit()
    with coordinator.unit_of_work() as uow:
        households.save_intake(uow, hid, intake, {"outcome": "taken_on"})
        households.update_entry(uow, "follow_up", follow, {"done": True, "note": "ISEE 2025"})
        uow.commit()
    with coordinator.unit_of_work() as uow:
        detail = households.household_detail(uow, hid)
    assert detail.intake is not None
    assert detail.intake["point"] == "CAL" and detail.intake["operator"] == "anna"
    assert detail.intake["outcome"] == "taken_on"
    assert detail.intake["needs_stated"] == ["economic", "work"]
    assert [c["date"] for c in detail.contacts] == ["2025-04-10", "2025-03-02"]
    assert detail.referrals[0]["status"] == "sent" and detail.referrals[0]["direction"] == "out"
    assert detail.follow_ups[0]["done"] is True and detail.follow_ups[0]["note"] == "ISEE 2025"
    assert detail.follow_ups[0]["done_on"] == date.today().isoformat()
    with coordinator.unit_of_work() as uow:
        households.remove_entry(uow, "contact", detail.contacts[0]["id"])
        with pytest.raises(NotFound):
            households.remove_entry(uow, "household", hid)
        uow.commit()
    with coordinator.unit_of_work() as uow:
        assert len(households.household_detail(uow, hid).contacts) == 1


def test_writes_are_validated(coordinator: Store, three: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow, pytest.raises(ValidationFailed) as failed:
        households.save_person(uow, three["rossi"], None,
                               {"first_name": "X", "last_name": "Y", "tax_code": "RSSMRA80B01F471A"})
    assert [(e.field, e.code) for e in failed.value.errors] == [("tax_code", "tax_code")]


def test_likely_duplicates(coordinator: Store, three: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow:
        by_code = households.likely_duplicates(uow, MARIO_CF.lower(), None, None, None)
        assert [(d.first_name, d.reason) for d in by_code] == [("Mario", "tax_code")]
        assert by_code[0].case_number.startswith("MON-")
        by_names = households.likely_duplicates(uow, None, "ferrari", "nicolo", "2015-06-01")
        assert [(d.first_name, d.reason) for d in by_names] == [("Nicolò", "name_birth")]
        assert households.likely_duplicates(uow, None, "Nicolò", "Ferrari", "2015-06-02") == []
        assert households.likely_duplicates(uow, "not a code", "A", "B", None) == []
        assert households.likely_duplicates(
            uow, MARIO_CF, None, None, None, exclude_person=by_code[0].person_id) == []


def test_detail_view_is_audited(coordinator: Store, three: dict[str, str]) -> None:
    from genera_desktop.services import audit

    with coordinator.unit_of_work() as uow:
        households.household_detail(uow, three["singh"])
        uow.commit()
    with coordinator.unit_of_work() as uow:
        assert audit.entries(uow, record_id=three["singh"], action="view")


def test_points(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        points = households.list_points(uow)
    assert [(p.code, p.municipality) for p in points] == [("CAL", "Calcinato"),
                                                          ("MON", "Montichiari")]
