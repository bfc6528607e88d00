"""The adolescents' plan's services on a real store: the enrolment rule on every path
that enrols (the service the GUI's dialogs call, a newcomer registered and enrolled), a
household's delete and restore taking the plan's records, and where they are held."""

from __future__ import annotations

from typing import Any

import pytest

from genera_desktop.domain.errors import Refused
from genera_desktop.services import records
from genera_desktop.services.community import enrolments, newcomers
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.store.store import Store
from genera_desktop.sync.scopes import Scope


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


def dump(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return list(dump_lines(uow))


def cl(store: Store, kind: str, rid: str) -> int:
    with store.unit_of_work() as uow:
        return records.load(uow.session, kind, rid, alive=None).cl


@pytest.fixture
def family(coordinator: Store) -> dict[str, str]:
    hh = add(coordinator, "household", point="MON")
    teen = add(coordinator, "person", household=hh, first_name="Luca", last_name="Ferri",
               birth_date="2011-04-01")
    workshop = add(coordinator, "workshop", title="Compiti insieme", point="MON",
                   audience="youth")
    school = add(coordinator, "organisation", name="Liceo Bagatta", org_type="school")
    return {"hh": hh, "teen": teen, "workshop": workshop, "school": school}


def test_the_enrol_service_refuses_a_minor_without_a_parents_consent(
        coordinator: Store, family: dict[str, str]) -> None:
    before = dump(coordinator)
    with pytest.raises(Refused) as refused:
        enrolments.enrol(coordinator, family["workshop"], family["teen"],
                         enrolled_on="2026-03-02")
    assert (refused.value.code, refused.value.detail) == (
        "minor_needs_activities_consent", "2026-03-02")
    assert dump(coordinator) == before
    add(coordinator, "consent", person=family["teen"], consent_type="activities",
        date="2026-03-01", given_by="parent", given_by_name="Anna Ferri")
    assert enrolments.enrol(coordinator, family["workshop"], family["teen"],
                            enrolled_on="2026-03-02")


def test_a_minor_newcomer_is_neither_registered_nor_enrolled_without_consent(
        coordinator: Store, family: dict[str, str]) -> None:
    before = dump(coordinator)
    with pytest.raises(Refused) as refused:
        newcomers.register_and_enrol(coordinator, family["workshop"], "Sara", "Bonomi",
                                     birth_date="2012-06-01")
    assert refused.value.code == "minor_needs_activities_consent"
    assert dump(coordinator) == before
    made = newcomers.register_and_enrol(coordinator, family["workshop"], "Ugo", "Rota",
                                        birth_date="1990-06-01")
    assert made.enrolment


def test_a_households_delete_takes_the_plans_records_and_restore_brings_them_back(
        coordinator: Store, family: dict[str, str]) -> None:
    given = add(coordinator, "consent", person=family["teen"], consent_type="school_work",
                date="2026-09-01", given_by="guardian")
    sw = add(coordinator, "school_work", person=family["teen"], school=family["school"],
             host=family["school"], school_type="liceo", start_date="2026-10-01",
             safety_training_on="2026-10-01")
    hours = add(coordinator, "school_work_hours", school_work=sw, date="2026-10-02", hours=3)
    records.delete(coordinator, "household", family["hh"])
    assert [cl(coordinator, k, r) for k, r in
            (("consent", given), ("school_work", sw), ("school_work_hours", hours))] == [2, 2, 2]
    records.restore(coordinator, "household", family["hh"])
    assert [cl(coordinator, k, r) for k, r in
            (("consent", given), ("school_work", sw), ("school_work_hours", hours))] == [3, 3, 3]


def test_a_persons_delete_takes_their_records_and_restore_brings_them_back(
        coordinator: Store, family: dict[str, str]) -> None:
    brother = add(coordinator, "person", household=family["hh"], first_name="Marco",
                  last_name="Ferri", birth_date="2010-02-01")
    theirs = [("consent", add(coordinator, "consent", person=family["teen"],
                              consent_type="school_work", date="2026-09-01",
                              given_by="guardian"))]
    sw = add(coordinator, "school_work", person=family["teen"], school=family["school"],
             host=family["school"], school_type="liceo", start_date="2026-10-01",
             safety_training_on="2026-10-01")
    theirs += [("school_work", sw),
               ("school_work_hours", add(coordinator, "school_work_hours", school_work=sw,
                                         date="2026-10-02", hours=3)),
               ("youth_file", add(coordinator, "youth_file", person=family["teen"],
                                  school=family["school"]))]
    kept = add(coordinator, "consent", person=brother, consent_type="activities",
               date="2026-09-01", given_by="parent", given_by_name="Anna Ferri")
    taken = records.delete(coordinator, "person", family["teen"])
    assert sorted(taken) == sorted(theirs)
    assert [cl(coordinator, k, r) for k, r in theirs] == [2] * len(theirs)
    assert cl(coordinator, "consent", kept) == 1
    assert not any(family["teen"] in line for line in dump(coordinator))
    records.restore(coordinator, "person", family["teen"])
    assert [cl(coordinator, k, r) for k, r in theirs] == [3] * len(theirs)
    assert records.show(coordinator, "school_work", sw)["hours_done"] == 3
    # Deleted again with the household, the person's records go and come back with it.
    records.delete(coordinator, "household", family["hh"])
    records.restore(coordinator, "household", family["hh"])
    assert [cl(coordinator, k, r) for k, r in theirs] == [5] * len(theirs)


def test_a_point_holds_the_plans_records_of_its_households() -> None:
    scope = Scope("point", "site-1", "MON")
    for kind in ("consent", "school_work", "school_work_hours"):
        where = scope.where(kind)
        assert where is not None
        assert where == ("t.household IN (SELECT id FROM household WHERE point = ?)", ["MON"])


def test_an_experiences_delete_takes_its_hours_and_restore_brings_them_back(
        coordinator: Store, family: dict[str, str]) -> None:
    adult = add(coordinator, "person", household=family["hh"], first_name="Ada",
                last_name="Ferri", birth_date="1990-01-01")
    sw = add(coordinator, "school_work", person=adult, school=family["school"],
             host=family["school"], school_type="tecnico", safety_training_on="2026-10-01")
    hours = [add(coordinator, "school_work_hours", school_work=sw, date=f"2026-10-0{d}",
                 hours=4) for d in (2, 3)]
    other = add(coordinator, "school_work", person=adult, school=family["school"],
                host=family["school"], school_type="tecnico", safety_training_on="2026-10-01")
    kept = add(coordinator, "school_work_hours", school_work=other, date="2026-10-02", hours=2)
    taken = records.delete(coordinator, "school_work", sw)
    assert sorted(taken) == sorted(("school_work_hours", h) for h in hours)
    assert [cl(coordinator, "school_work_hours", h) for h in (*hours, kept)] == [2, 2, 1]
    records.restore(coordinator, "school_work", sw)
    assert [cl(coordinator, "school_work_hours", h) for h in hours] == [3, 3]
    assert records.show(coordinator, "school_work", sw)["hours_done"] == 8
