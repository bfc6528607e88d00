"""services/registry/households.py on a real encrypted store."""

from __future__ import annotations

from datetime import date

import pytest

from genera_desktop.domain.errors import NotFound, Refused, ValidationFailed
from genera_desktop.services import accounts, records
from genera_desktop.services.registry import households
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


def test_a_member_removed_without_health_access_takes_the_health_record_along(
        coordinator: Store, three: dict[str, str]) -> None:
    hid = three["rossi"]
    with coordinator.unit_of_work() as uow:
        anna = households.household_detail(uow, hid).persons[1]
        households.save_health(uow, anna["id"], None, {"disability": True})
        accounts.add_account(uow, "bruno", "long-enough-pw")
        accounts.commit_accounts(uow)
        uow.commit()
    previous = coordinator.username
    coordinator.username = "bruno"
    try:
        with coordinator.unit_of_work() as uow:
            households.remove_person(uow, anna["id"])
            uow.commit()
    finally:
        coordinator.username = previous
    with coordinator.unit_of_work() as uow:
        assert households.household_detail(uow, hid).health == {}
        records.restore(uow, "person", anna["id"])
        uow.commit()
    with coordinator.unit_of_work() as uow:
        assert list(households.household_detail(uow, hid).health or {}) == [anna["id"]]


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
    from genera_desktop.services.coordination import audit

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


# -- case numbers: once given, kept and never given again (issue 15) ---------------------


def case_number(store: Store, hid: str) -> str:
    with store.unit_of_work() as uow:
        return str(records.show(uow, "household", hid, audit_view=False)["case_number"])


def new_household(store: Store, **fields: object) -> str:
    with store.unit_of_work() as uow:
        hid = households.save_household(uow, None, {"point": "MON", **fields})
        uow.commit()
    return hid


def test_a_case_number_cannot_be_emptied_or_changed(coordinator: Store,
                                                    three: dict[str, str]) -> None:
    hid = three["rossi"]
    number = case_number(coordinator, hid)
    for value in (None, "", "MON-2000-0001"):
        with coordinator.unit_of_work() as uow, pytest.raises(ValidationFailed) as failed:
            households.save_household(uow, hid, {"case_number": value, "notes": "x"})
        assert [(e.field, e.code) for e in failed.value.errors] == [
            ("case_number", "case_number_fixed")]
    with coordinator.unit_of_work() as uow:  # the same number again is no change
        households.save_household(uow, hid, {"case_number": number, "notes": "scritto"})
        uow.commit()
    assert case_number(coordinator, hid) == number


def test_a_case_number_is_never_given_twice(coordinator: Store) -> None:
    year = date.today().year
    first = new_household(coordinator)
    assert case_number(coordinator, first) == f"MON-{year}-0001"
    # A number written by hand that does not end in digits once made the counter start
    # again from 1; a number past 9999 sorted before 9999 as text.
    new_household(coordinator, case_number=f"MON-{year}-0001bis")
    assert case_number(coordinator, new_household(coordinator)) == f"MON-{year}-0002"
    new_household(coordinator, case_number=f"MON-{year}-9999")
    assert case_number(coordinator, new_household(coordinator)) == f"MON-{year}-10000"
    last = new_household(coordinator)
    assert case_number(coordinator, last) == f"MON-{year}-10001"
    with coordinator.unit_of_work() as uow:  # a deleted household keeps its number
        records.delete(uow, "household", last)
        uow.commit()
    assert case_number(coordinator, new_household(coordinator)) == f"MON-{year}-10002"
    with coordinator.unit_of_work() as uow, pytest.raises(ValidationFailed) as failed:
        households.save_household(uow, None, {"point": "MON", "case_number": f"MON-{year}-10001"})
    assert [(e.field, e.code) for e in failed.value.errors] == [("case_number", "duplicate")]


def test_an_interview_needs_its_type_and_a_referral_its_organisation(
        coordinator: Store, three: dict[str, str]) -> None:
    hid = three["rossi"]
    for add, fields, name in (
            (households.add_contact, {"date": "2025-03-02"}, "contact_type"),
            (households.add_contact, {"contact_type": None}, "contact_type"),
            (households.add_referral, {"organisation": "  "}, "organisation"),
            (households.add_referral, {"status": "sent"}, "organisation")):
        with coordinator.unit_of_work() as uow, pytest.raises(ValidationFailed) as failed:
            add(uow, hid, fields)
        assert [(e.field, e.code) for e in failed.value.errors] == [(name, "required")]
    with coordinator.unit_of_work() as uow:
        contact = households.add_contact(uow, hid, {"contact_type": "interview"})
        referral = households.add_referral(uow, hid, {"organisation": "Caritas"})
        # One from before the rule (synced, or the generic `genera contact add`).
        older = records.add(uow, "contact", {"household": hid, "date": "2024-01-02"})
        uow.commit()
    for kind, rid, name in (("contact", contact, "contact_type"),
                            ("referral", referral, "organisation")):
        with coordinator.unit_of_work() as uow, pytest.raises(ValidationFailed) as failed:
            households.update_entry(uow, kind, rid, {name: None})
        assert [(e.field, e.code) for e in failed.value.errors] == [(name, "required")]
    with coordinator.unit_of_work() as uow:  # its other fields still change
        households.update_entry(uow, "contact", older, {"notes": "telefonata"})
        uow.commit()
    with coordinator.unit_of_work() as uow:
        detail = households.household_detail(uow, hid)
    assert {c["id"]: c.get("contact_type") for c in detail.contacts} == {
        contact: "interview", older: None}
    assert [r["organisation"] for r in detail.referrals] == ["Caritas"]


def test_an_intake_next_appointment_stands_in_the_agenda(coordinator: Store,
                                                        three: dict[str, str]) -> None:
    from genera_desktop.services.registry import agenda

    hid = three["ferrari"]
    today = date.today()
    soon, later = (date.fromordinal(today.toordinal() + d).isoformat() for d in (3, 5))

    def planned() -> list[tuple[str, str | None, bool]]:
        with coordinator.unit_of_work() as uow:
            return [(f["due_date"], f.get("operator"), bool(f.get("done")))
                    for f in households.household_detail(uow, hid).follow_ups
                    if f.get("note") == agenda.INTAKE_FOLLOW_UP_NOTE]

    with coordinator.unit_of_work() as uow:
        intake = households.save_intake(uow, hid, None, {"next_appointment": soon})
        uow.commit()
    assert planned() == [(soon, "anna", False)]
    with coordinator.unit_of_work() as uow:
        assert [i.due_date for i in agenda.agenda(uow, operator="anna").this_week] == [soon]
        households.save_intake(uow, hid, intake, {"next_appointment": later})
        uow.commit()
    assert planned() == [(later, "anna", False)]  # moved, not a second one
    with coordinator.unit_of_work() as uow:
        households.save_intake(uow, hid, intake, {"notes": "nulla di nuovo"})
        uow.commit()
    assert planned() == [(later, "anna", False)]
    with coordinator.unit_of_work() as uow:
        households.save_intake(uow, hid, intake, {"next_appointment": None})
        uow.commit()
    assert planned() == [(later, "anna", True)]  # called off: closed
