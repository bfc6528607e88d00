"""Change capture: every write to every replicated table is stamped, in the same
transaction; deletes are counter increments; stamps only grow."""

from __future__ import annotations

from sqlalchemy import select, text

from genera_desktop.services import records
from genera_desktop.store.local import FieldClock
from genera_desktop.store.models import MODELS
from genera_desktop.store.store import Store


def stamps(store: Store, rid: str) -> dict[str, tuple[int, int, int | None]]:
    with store.sessionmaker() as s:
        rows = s.scalars(select(FieldClock).where(FieldClock.rid == rid))
        return {r.field: (r.hlc, r.seq, r.prev_hlc) for r in rows}


def add_household(store: Store, **extra: object) -> str:
    with store.unit_of_work() as uow:
        rid = records.add(uow, "household", {"point": "MON", "address": "Via Roma 1", **extra})
        uow.commit()
    return rid


def test_insert_stamps_every_given_field_and_existence(coordinator: Store) -> None:
    rid = add_household(coordinator, phone="030 1234567")
    got = stamps(coordinator, rid)
    assert {"point", "address", "phone", "cl", "case_number", "registered_on"} <= set(got)
    assert "notes" not in got  # absent fields carry no stamp
    assert len({hlc for hlc, _, _ in got.values()}) == 1  # one flush, one stamp


def test_update_stamps_only_changed_fields_and_keeps_previous_stamp(coordinator: Store) -> None:
    rid = add_household(coordinator)
    before = stamps(coordinator, rid)
    with coordinator.unit_of_work() as uow:
        records.update(uow, "household", rid, {"address": "Via Verdi 2", "point": "MON"})
        uow.commit()
    after = stamps(coordinator, rid)
    assert after["address"][0] > before["address"][0]
    assert after["address"][2] == before["address"][0]  # replaced stamp remembered
    assert after["point"] == before["point"]  # same value: not a change
    assert after["address"][1] > before["address"][1]  # a later local seq


def test_delete_and_restore_are_counter_increments(coordinator: Store) -> None:
    rid = add_household(coordinator)
    with coordinator.unit_of_work() as uow:
        records.delete(uow, "household", rid)
        uow.commit()
    with coordinator.sessionmaker() as s:
        assert s.execute(text("SELECT cl FROM household WHERE id=:i"), {"i": rid}).scalar() == 2
    with coordinator.unit_of_work() as uow:
        records.restore(uow, "household", rid)
        uow.commit()
    with coordinator.sessionmaker() as s:
        assert s.execute(text("SELECT cl FROM household WHERE id=:i"), {"i": rid}).scalar() == 3


def test_rolled_back_write_leaves_no_stamp(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        rid = records.add(uow, "household", {"point": "MON"})
        # no commit: the unit of work rolls back
    assert stamps(coordinator, rid) == {}


def test_every_replicated_table_is_captured(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        ctx = records.add(uow, "housing_context", {"name": "Torre ALER"})
        hh = records.add(uow, "household", {"point": "MON", "housing_context": ctx})
        person = records.add(uow, "person", {"household": hh, "first_name": "A", "last_name": "B"})
        ids = {
            "intake": records.add(uow, "intake", {"household": hh, "date": "2026-01-02"}),
            "health": records.add(uow, "health", {"person": person, "disability": True}),
            "contact": records.add(uow, "contact", {"household": hh, "date": "2026-01-02"}),
            "referral": records.add(uow, "referral", {"household": hh, "date": "2026-01-02"}),
            "follow_up": records.add(uow, "follow_up", {"household": hh, "due_date": "2026-02-01"}),
            "visit": records.add(uow, "visit", {"housing_context": ctx, "date": "2026-01-03"}),
            "housing_context": ctx, "household": hh, "person": person,
        }
        org = records.add(uow, "organisation", {"name": "Coop", "org_type": "cooperative"})
        place = records.add(uow, "place", {"name": "Parco", "point": "MON"})
        workshop = records.add(uow, "workshop", {"title": "Cucina", "point": "MON"})
        session = records.add(uow, "workshop_session", {"workshop": workshop,
                                                        "date": "2026-01-04"})
        ids.update({
            "organisation": org, "place": place, "workshop": workshop,
            "workshop_session": session,
            "agreement": records.add(uow, "agreement", {"organisation": org,
                                                        "agreement_type": "pact"}),
            "enrolment": records.add(uow, "enrolment", {"workshop": workshop,
                                                        "person": person}),
            "attendance": records.add(uow, "attendance", {"session": session,
                                                          "person": person}),
            "initiative": records.add(uow, "initiative", {"title": "Orto", "point": "MON"}),
            "consent": records.add(uow, "consent", {"person": person, "consent_type": "images",
                                                    "date": "2026-01-02", "given_by": "self"}),
        })
        landlord = records.add(uow, "landlord", {"name": "Marco Bassi"})
        dwelling = records.add(uow, "dwelling", {"landlord": landlord, "address": "Via Roma 2",
                                                 "municipality": "Visano"})
        fund = records.add(uow, "guarantee_fund", {"name": "Fondo", "budget": 100})
        application = records.add(uow, "guarantee_application", {
            "fund": fund, "household": hh, "date": "2026-01-05", "status": "approved",
            "amount_approved": 50})
        case = records.add(uow, "arrears_case", {"household": hh, "landlord": landlord,
                                                 "amount_owed": 300})
        guest = records.add(uow, "person", {"household": hh, "first_name": "C",
                                            "last_name": "D"})
        ids.update({
            "landlord": landlord, "dwelling": dwelling, "guarantee_fund": fund,
            "guarantee_application": application, "arrears_case": case,
            "rent_zone": records.add(uow, "rent_zone", {"zone": "A", "municipality": "Visano"}),
            "rent_contract": records.add(uow, "rent_contract", {
                "dwelling": dwelling, "household": hh, "start_date": "2026-01-01",
                "contract_type": "agreed", "monthly_rent": 400}),
            "disbursement": records.add(uow, "disbursement", {
                "application": application, "date": "2026-01-06", "amount": 50}),
            "installment": records.add(uow, "installment", {
                "arrears_case": case, "due_date": "2026-02-01", "amount": 100}),
            "cohousing_pact": records.add(uow, "cohousing_pact", {
                "host": person, "guest": guest, "start_date": "2026-01-01"}),
            "cohousing_offer": records.add(uow, "cohousing_offer", {
                "person": person, "role": "host", "help": ["company"]}),
        })
        ids["cohousing_visit"] = records.add(uow, "cohousing_visit", {
            "pact": ids["cohousing_pact"], "date": "2026-01-10", "visitor": "custode"})
        firm = records.add(uow, "organisation", {"name": "Officine", "org_type": "company"})
        vacancy = records.add(uow, "vacancy", {"organisation": firm, "title": "Saldatore"})
        course = records.add(uow, "course", {"title": "Saldatura"})
        internship = records.add(uow, "internship", {"person": person, "host": firm,
                                                     "start_date": "2026-01-01",
                                                     "end_date": "2026-06-30"})
        ids.update({
            "vacancy": vacancy, "course": course, "internship": internship,
            "job_profile": records.add(uow, "job_profile", {"person": person}),
            "candidacy": records.add(uow, "candidacy", {"vacancy": vacancy, "person": person}),
            "course_enrolment": records.add(uow, "course_enrolment", {"course": course,
                                                                      "person": person}),
            "internship_month": records.add(uow, "internship_month", {
                "internship": internship, "month": "2026-01", "days_expected": 20,
                "days_attended": 20}),
            "hiring": records.add(uow, "hiring", {"person": person, "organisation": firm,
                                                  "date": "2026-07-01"}),
            "incentive": records.add(uow, "incentive", {"code": "ADI", "name": "Esonero"}),
            "skill_exchange": records.add(uow, "skill_exchange", {
                "person": person, "skill": "haccp", "direction": "offer"}),
            "internship_rule": records.add(uow, "internship_rule", {
                "name": "DGR", "valid_from": "2018-01-17", "min_allowance": 500}),
        })
        school = records.add(uow, "organisation", {"name": "Liceo", "org_type": "school"})
        ids["school_work"] = records.add(uow, "school_work", {
            "person": person, "school": school, "host": org, "school_type": "liceo",
            "safety_training_on": "2026-01-02"})
        ids["school_work_hours"] = records.add(uow, "school_work_hours", {
            "school_work": ids["school_work"], "date": "2026-01-03", "hours": 4})
        ids["youth_file"] = records.add(uow, "youth_file", {"person": person,
                                                            "class_name": "3B"})
        uow.commit()
    with coordinator.sessionmaker() as s:
        point_id = s.execute(text("SELECT id FROM point LIMIT 1")).scalar()
    ids["point"] = point_id
    assert set(ids) == set(MODELS)
    for kind, rid in ids.items():
        assert "cl" in stamps(coordinator, rid), kind


def test_stamps_grow_when_the_wall_clock_steps_back(coordinator: Store, monkeypatch) -> None:
    import genera_desktop.sync.clock as clock

    real = clock.wall_ms()
    monkeypatch.setattr(clock, "wall_ms", lambda: real + 60_000)
    rid = add_household(coordinator)
    first = stamps(coordinator, rid)["address"][0]
    # back by two minutes: under the five-minute guard, stamps must still grow
    monkeypatch.setattr(clock, "wall_ms", lambda: real - 60_000)
    with coordinator.unit_of_work() as uow:
        records.update(uow, "household", rid, {"address": "Via Dante 3"})
        uow.commit()
    assert stamps(coordinator, rid)["address"][0] > first


def test_a_clock_set_back_beyond_five_minutes_refuses_edits(coordinator: Store, monkeypatch) -> None:
    import pytest

    import genera_desktop.sync.clock as clock
    from genera_desktop.domain.errors import ClockSetBack

    rid = add_household(coordinator)
    real = clock.wall_ms()
    monkeypatch.setattr(clock, "wall_ms", lambda: real - 10 * 60_000)
    with pytest.raises(ClockSetBack), coordinator.unit_of_work() as uow:
        records.update(uow, "household", rid, {"address": "Via Dante 3"})
        uow.commit()
    monkeypatch.setattr(clock, "wall_ms", lambda: real)
    with coordinator.unit_of_work() as uow:
        assert records.show(uow, "household", rid, audit_view=False)["address"] == "Via Roma 1"
