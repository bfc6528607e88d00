"""The Adolescenti list and a young person's plan, as the section reads them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from genera_desktop.domain.errors import Refused
from genera_desktop.services import accounts, records
from genera_desktop.services.youth import people
from genera_desktop.store.store import Store

DAY = date(2026, 11, 15)


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


@pytest.fixture
def point(coordinator: Store) -> dict[str, str]:
    hh = add(coordinator, "household", point="MON")
    ids = {"hh": hh}
    for key, first, born in (("zoe", "Zoe", "2012-01-01"), ("ada", "Ada", "2010-06-01"),
                             ("young", "Ugo", "2004-02-02"), ("adult", "Eva", "1980-01-01"),
                             ("grown", "Ivo", "2003-01-01")):
        ids[key] = add(coordinator, "person", household=hh, first_name=first,
                       last_name="Rota", birth_date=born)
    other = add(coordinator, "household", point="CAL")
    ids["far"] = add(coordinator, "person", household=other, first_name="Lia",
                     last_name="Neri", birth_date="2011-01-01")
    add(coordinator, "consent", person=ids["zoe"], consent_type="activities",
        date="2026-01-01", given_by="parent")
    add(coordinator, "consent", person=ids["zoe"], consent_type="images",
        date="2026-01-01", given_by="self")  # recorded, but not a minor's
    add(coordinator, "consent", person=ids["zoe"], consent_type="school_work",
        date="2026-01-01", given_by="parent", withdrawn_on="2026-06-01")
    add(coordinator, "consent", person=ids["young"], consent_type="images",
        date="2026-01-01", given_by="self")
    return ids


def test_the_list_holds_the_points_minors_and_the_young_adults_added(
        coordinator: Store, point: dict[str, str]) -> None:
    rows = people.young_people(coordinator, "MON", today=DAY)
    assert [(r.first_name, r.age, r.consents) for r in rows] == [
        ("Ada", 16, ()), ("Ugo", 22, ("images",)), ("Zoe", 14, ("activities",))]
    everywhere = people.young_people(coordinator, None, today=DAY)
    assert {r.first_name for r in everywhere} == {"Ada", "Ugo", "Zoe", "Lia"}
    assert [r.first_name for r in people.young_people(coordinator, "MON", search="zo",
                                                      today=DAY)] == ["Zoe"]


def test_a_young_persons_plan_and_an_experiences_hours(coordinator: Store,
                                                       point: dict[str, str]) -> None:
    school = add(coordinator, "organisation", name="Liceo", org_type="school")
    sw = add(coordinator, "school_work", person=point["young"], school=school, host=school,
             school_type="liceo", start_date="2026-02-01", safety_training_on="2026-01-20")
    add(coordinator, "school_work_hours", school_work=sw, date="2026-02-03", hours=4)
    add(coordinator, "school_work_hours", school_work=sw, date="2026-02-02", hours=2.5)
    plan = people.plan_of(coordinator, point["zoe"], today=DAY)
    assert plan["person"]["minor"] is True
    assert {c["consent_type"]: c["live"] for c in plan["consents"]} == {
        "activities": True, "images": True, "school_work": False}
    grown = people.plan_of(coordinator, point["young"], today=DAY)
    assert [e["hours_done"] for e in grown["experiences"]] == [6.5]
    register = people.hours_of(coordinator, sw)
    assert [h["date"] for h in register["hours"]] == ["2026-02-02", "2026-02-03"]
    assert register["experience"]["hours_required"] == 90


def test_none_of_it_without_the_area(coordinator: Store, point: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "desk", "tulipano-giallo-7")
        accounts.commit_accounts(uow)
    desk = Store.open(coordinator.data_dir, "desk", "tulipano-giallo-7")
    try:
        for call in (lambda: people.young_people(desk, "MON"),
                     lambda: people.plan_of(desk, point["zoe"])):
            with pytest.raises(Refused) as refused:
                call()
            assert refused.value.code == "area_access"
    finally:
        desk.close()


def test_the_list_starts_at_eleven_unless_younger_children_are_asked_for(
        coordinator: Store, point: dict[str, str]) -> None:
    hh = point["hh"]
    add(coordinator, "person", household=hh, first_name="Bea", last_name="Rota",
        birth_date="2015-11-15")  # 11 on DAY, her birthday
    add(coordinator, "person", household=hh, first_name="Cloe", last_name="Rota",
        birth_date="2015-11-16")  # 11 the day after: 10 on DAY
    add(coordinator, "person", household=hh, first_name="Dino", last_name="Rota",
        birth_date="2026-01-10")  # a baby
    shown = [r.first_name for r in people.young_people(coordinator, "MON", today=DAY)]
    assert shown == ["Ada", "Bea", "Ugo", "Zoe"]
    every = people.young_people(coordinator, "MON", today=DAY, youngest=0)
    assert [(r.first_name, r.age) for r in every] == [
        ("Ada", 16), ("Bea", 11), ("Cloe", 10), ("Dino", 0), ("Ugo", 22), ("Zoe", 14)]
