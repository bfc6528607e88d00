"""The custode sociale's service on real encrypted stores: contexts, residents, visits."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from genera_desktop.domain.errors import Refused, ValidationFailed
from genera_desktop.services import records
from genera_desktop.services.custode import visits as custode
from genera_desktop.services.network.site import set_setting
from genera_desktop.store.models import FollowUp
from genera_desktop.store.store import Store

TODAY = date(2026, 3, 11)


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def add(store: Store, kind: str, data: dict[str, Any]) -> str:
    with store.unit_of_work() as uow:
        rid = records.add(uow, kind, data)
        uow.commit()
    return rid


def visit(store: Store, fields: dict[str, Any]) -> str:
    with store.unit_of_work() as uow:
        vid = custode.record_visit(uow, fields)
        uow.commit()
    return vid


def family(store: Store, context: str | None, flat: str, last: str, first: str,
           point: str = "MON") -> str:
    hid = add(store, "household", {"point": point, "housing_context": context, "flat": flat,
                                   "phone": "030 961234"})
    add(store, "person", {"household": hid, "first_name": "Zeno", "last_name": last,
                          "birth_date": "2010-05-01"})
    add(store, "person", {"household": hid, "first_name": first, "last_name": last,
                          "is_reference": True, "phone": "333 1234567"})
    return hid


def set_role(store: Store, role: str, point: str | None = None) -> None:
    with store.unit_of_work() as uow:
        set_setting(uow.session, "role", role)
        set_setting(uow.session, "point_code", point)
        uow.commit()


@pytest.fixture
def world(coordinator: Store) -> dict[str, str]:
    """Two contexts covered by this store's own site (to become a laptop), one by another."""
    site = coordinator.site_id
    ids = {
        "boschetti": add(coordinator, "housing_context", {
            "name": "ALER Via Boschetti", "address": "Via Boschetti 12",
            "municipality": "Montichiari", "manager": "aler", "custode_site": site}),
        "trieste": add(coordinator, "housing_context", {
            "name": "Condominio sociale Via Trieste", "municipality": "Montichiari",
            "manager": "comune", "custode_site": site}),
        "prati": add(coordinator, "housing_context", {
            "name": "ALER Via Prati", "municipality": "Calcinato", "manager": "aler",
            "custode_site": "0190aaaa-0000-7000-8000-000000000001"}),
    }
    ids["rossi"] = family(coordinator, ids["boschetti"], "Scala A int. 10", "Rossi", "Maria")
    ids["popa"] = family(coordinator, ids["boschetti"], "Scala A int. 2", "Popa", "Ion")
    ids["diallo"] = family(coordinator, ids["boschetti"], "Scala B int. 1", "Diallo", "Awa")
    ids["kaur"] = family(coordinator, ids["prati"], "int. 3", "Kaur", "Simran", point="CAL")
    return ids


def test_a_laptop_sees_the_contexts_it_covers(coordinator: Store, world: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow:
        every = custode.my_contexts(uow)
    assert {c.id for c in every} == {world["boschetti"], world["trieste"], world["prati"]}
    set_role(coordinator, "laptop")
    with coordinator.unit_of_work() as uow:
        mine = custode.my_contexts(uow)
    assert [c.name for c in mine] == ["ALER Via Boschetti", "Condominio sociale Via Trieste"]
    boschetti = mine[0]
    assert (boschetti.households, boschetti.residents, boschetti.never_visited) == (3, 6, 3)
    assert boschetti.last_visit is None and boschetti.manager == "aler"


def test_a_point_sees_the_contexts_where_its_households_live(
        coordinator: Store, world: dict[str, str]) -> None:
    set_role(coordinator, "point", "CAL")
    with coordinator.unit_of_work() as uow:
        assert [c.id for c in custode.my_contexts(uow)] == [world["prati"]]


def test_residents_come_longest_unvisited_first(coordinator: Store, world: dict[str, str]) -> None:
    ctx = world["boschetti"]
    visit(coordinator, {"housing_context": ctx, "household": world["rossi"], "date": day(-30)})
    visit(coordinator, {"housing_context": ctx, "household": world["rossi"], "date": day(-2)})
    visit(coordinator, {"housing_context": ctx, "household": world["popa"], "date": day(-10)})
    with coordinator.unit_of_work() as uow:
        rows = custode.residents(uow, ctx, today=TODAY)
    assert [r.household_id for r in rows] == [world["diallo"], world["popa"], world["rossi"]]
    diallo, popa, rossi = rows
    assert (diallo.last_visit, diallo.days_since) == (None, None)
    assert (popa.last_visit, popa.days_since) == (day(-10), 10)
    assert rossi.days_since == 2  # the latest visit counts
    assert rossi.reference_name == "Rossi Maria"  # reference person first
    assert rossi.names == "Rossi Maria, Rossi Zeno"
    assert (rossi.flat, rossi.contact_phone) == ("Scala A int. 10", "030 961234")


def test_never_visited_residents_sort_by_flat_naturally(
        coordinator: Store, world: dict[str, str]) -> None:
    with coordinator.unit_of_work() as uow:
        rows = custode.residents(uow, world["boschetti"], today=TODAY)
    assert [r.flat for r in rows] == ["Scala A int. 2", "Scala A int. 10", "Scala B int. 1"]


def test_a_next_visit_becomes_a_follow_up_and_is_due(
        coordinator: Store, world: dict[str, str]) -> None:
    ctx, rossi = world["boschetti"], world["rossi"]
    vid = visit(coordinator, {
        "housing_context": ctx, "household": rossi, "date": day(0), "time": "10:30",
        "contact_type": "home_visit", "flagged_by": "neighbour",
        "issues": ["loneliness", "digital_help"], "referrals": ["point"],
        "actions": "Aiuto per lo SPID", "outcome": "Da rivedere", "next_visit": day(5)})
    with coordinator.unit_of_work() as uow:
        follow_ups = [(f.id, f.due_date, f.note, f.operator, f.done) for f in
                      uow.session.scalars(select(FollowUp).where(FollowUp.household == rossi))]
        due = custode.visits_due(uow, today=TODAY)
        stored = records.show(uow, "visit", vid)
    fu_id = follow_ups[0][0]
    assert [f[1:] for f in follow_ups] == [(day(5), custode.FOLLOW_UP_NOTE, "anna", None)]
    assert stored["operator"] == "anna" and stored["issues"] == ["loneliness", "digital_help"]
    assert [(d.household_id, d.due_date, d.follow_up_id) for d in due] == [(rossi, day(5), fu_id)]
    assert due[0].reference_name == "Rossi Maria" and due[0].context_name == "ALER Via Boschetti"
    with coordinator.unit_of_work() as uow:
        assert custode.visits_due(uow, within_days=4, today=TODAY) == []
        assert custode.residents(uow, ctx, today=TODAY)[-1].next_visit == day(5)

    # The next visit, made a couple of days early, fulfils the plan.
    visit(coordinator, {"housing_context": ctx, "household": rossi, "date": day(3)})
    with coordinator.unit_of_work() as uow:
        done = uow.session.get(FollowUp, fu_id)
        assert done is not None and (done.done, done.done_on) == (True, day(3))
        assert custode.visits_due(uow, today=TODAY) == []


def test_a_visit_to_the_context_as_a_whole(coordinator: Store, world: dict[str, str]) -> None:
    ctx = world["boschetti"]
    vid = visit(coordinator, {"housing_context": ctx, "date": day(-1), "issues": ["maintenance"],
                              "actions": "Segnalato l'ascensore guasto ad ALER",
                              "next_visit": day(2)})
    with coordinator.unit_of_work() as uow:
        due = custode.visits_due(uow, today=TODAY)
        rows = custode.context_visits(uow, ctx)
        follow_ups = [f.id for f in uow.session.scalars(select(FollowUp))]
        summary = next(c for c in custode.my_contexts(uow) if c.id == ctx)
    assert [(d.household_id, d.visit_id, d.context_id) for d in due] == [(None, vid, ctx)]
    assert [r.id for r in rows] == [vid] and rows[0].household_id is None
    assert follow_ups == []  # a follow-up needs a household
    assert summary.last_visit == day(-1) and summary.never_visited == 3


def test_demo_like_plans_without_follow_ups_are_due_until_visited(
        coordinator: Store, world: dict[str, str]) -> None:
    """Visits that came by sync (or demo data) carry next_visit without a follow-up."""
    ctx, popa = world["boschetti"], world["popa"]
    add(coordinator, "visit", {"housing_context": ctx, "household": popa, "date": day(-20),
                               "next_visit": day(-6)})
    with coordinator.unit_of_work() as uow:
        due = custode.visits_due(uow, today=TODAY)
    assert [(d.household_id, d.due_date, d.follow_up_id) for d in due] == [(popa, day(-6), None)]
    add(coordinator, "visit", {"housing_context": ctx, "household": popa, "date": day(-1)})
    with coordinator.unit_of_work() as uow:
        assert custode.visits_due(uow, today=TODAY) == []


def test_context_visits_newest_first_with_names(coordinator: Store, world: dict[str, str]) -> None:
    ctx = world["boschetti"]
    with coordinator.unit_of_work() as uow:
        maria = next(p for p in records.show(uow, "household", world["rossi"])["persons"]
                     if p["first_name"] == "Maria")
    first = visit(coordinator, {"housing_context": ctx, "household": world["rossi"],
                                "date": day(-9), "person": maria["id"]})
    second = visit(coordinator, {"housing_context": ctx, "household": world["popa"],
                                 "date": day(-1), "time": "09:00"})
    third = visit(coordinator, {"housing_context": ctx, "household": world["diallo"],
                                "date": day(-1), "time": "11:15"})
    with coordinator.unit_of_work() as uow:
        rows = custode.context_visits(uow, ctx)
    assert [r.id for r in rows] == [third, second, first]
    assert (rows[2].person_name, rows[2].flat, rows[2].reference_name) == (
        "Rossi Maria", "Scala A int. 10", "Rossi Maria")


def test_a_visit_must_match_its_context_household_and_person(
        coordinator: Store, world: dict[str, str]) -> None:
    with pytest.raises(ValidationFailed) as failed:
        visit(coordinator, {"housing_context": world["trieste"], "household": world["rossi"],
                            "date": day(0)})
    assert [(e.field, e.code) for e in failed.value.errors] == [("household", "not_in_context")]
    with coordinator.unit_of_work() as uow:
        popa = records.show(uow, "household", world["popa"])["persons"][0]["id"]
    with pytest.raises(ValidationFailed) as failed:
        visit(coordinator, {"housing_context": world["boschetti"], "household": world["rossi"],
                            "person": popa, "date": day(0)})
    assert [(e.field, e.code) for e in failed.value.errors] == [("person", "not_in_household")]
    with pytest.raises(ValidationFailed):
        visit(coordinator, {"housing_context": world["boschetti"]})  # no date
    with pytest.raises(ValidationFailed) as failed:
        visit(coordinator, {"housing_context": world["boschetti"], "date": day(0),
                            "next_visit": day(-1)})
    assert [(e.field, e.code) for e in failed.value.errors] == [("next_visit", "before_visit")]
    with coordinator.unit_of_work() as uow:
        assert custode.context_visits(uow, world["boschetti"]) == []  # nothing half-stored


def test_at_a_laptop_visits_stay_within_its_contexts(
        coordinator: Store, world: dict[str, str]) -> None:
    set_role(coordinator, "laptop")
    vid = visit(coordinator, {"housing_context": world["boschetti"], "household": world["popa"],
                              "date": day(0), "next_visit": day(7)})
    with coordinator.unit_of_work() as uow:
        assert custode.visit_fields(uow, vid)["next_visit"] == day(7)
        assert [d.household_id for d in custode.visits_due(uow, today=TODAY)] == [world["popa"]]
    with pytest.raises(Refused):
        visit(coordinator, {"housing_context": world["prati"], "household": world["kaur"],
                            "date": day(0)})


def test_changing_next_visit_moves_its_follow_up(coordinator: Store, world: dict[str, str]) -> None:
    ctx, rossi = world["boschetti"], world["rossi"]
    vid = visit(coordinator, {"housing_context": ctx, "household": rossi, "date": day(0),
                              "next_visit": day(5)})
    with coordinator.unit_of_work() as uow:
        custode.update_visit(uow, vid, {"next_visit": day(12), "outcome": "Rinviata"})
        uow.commit()
    with coordinator.unit_of_work() as uow:
        open_ = [(f.due_date, f.done) for f in uow.session.scalars(select(FollowUp))]
    assert open_ == [(day(12), None)]
    with coordinator.unit_of_work() as uow:
        custode.update_visit(uow, vid, {"next_visit": None})
        uow.commit()
    with coordinator.unit_of_work() as uow:
        assert [f.done for f in uow.session.scalars(select(FollowUp))] == [True]
        assert custode.visits_due(uow, within_days=30, today=TODAY) == []
