"""The agenda, persons and contexts services on a real encrypted store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from genera_desktop.domain.errors import Refused, ValidationFailed
from genera_desktop.services import records
from genera_desktop.services.custode import contexts
from genera_desktop.services.registry import agenda, persons
from genera_desktop.store.store import Store

TODAY = date(2026, 3, 11)  # a Wednesday


def add(store: Store, kind: str, data: dict[str, object]) -> str:
    with store.unit_of_work() as uow:
        rid = records.add(uow, kind, data)
        uow.commit()
    return rid


def family(store: Store, last: str, first: str, **household: object) -> str:
    hid = add(store, "household", {"point": "MON", "address": "Via Roma 1", **household})
    add(
        store,
        "person",
        {"household": hid, "first_name": "Zeno", "last_name": "Altro", "birth_date": "1950-01-01"},
    )
    add(
        store,
        "person",
        {
            "household": hid,
            "first_name": first,
            "last_name": last,
            "is_reference": True,
            "tax_code_missing": True,
        },
    )
    return hid


def follow_up(store: Store, hid: str, days: int, **extra: object) -> str:
    return add(
        store,
        "follow_up",
        {"household": hid, "due_date": (TODAY + timedelta(days=days)).isoformat(), **extra},
    )


def test_agenda_sorts_open_follow_ups_into_overdue_today_and_week(coordinator: Store) -> None:
    rossi = family(coordinator, "Rossi", "Maria")
    popa = family(coordinator, "Popa", "Ion")
    late = follow_up(coordinator, rossi, -3, note="richiamare", operator="anna")
    today = follow_up(coordinator, popa, 0)
    soon = follow_up(coordinator, rossi, 7)  # the seventh day ahead is still "this week"
    follow_up(coordinator, rossi, 8)
    follow_up(coordinator, popa, -1, done=True)  # done: not listed
    with coordinator.unit_of_work() as uow:
        found = agenda.agenda(uow, today=TODAY)
    assert [i.id for i in found.overdue] == [late]
    assert [i.id for i in found.due_today] == [today]
    assert [i.id for i in found.this_week] == [soon]
    item = found.overdue[0]
    assert item.reference_name == "Rossi Maria"  # the reference person, not the first member
    assert item.case_number and item.case_number.startswith("MON-")
    assert (item.note, item.operator, item.household_id) == ("richiamare", "anna", rossi)
    assert (found.overdue_total, found.due_today_total, found.this_week_total) == (1, 1, 1)


def test_agenda_filters_by_operator_and_limits_with_totals(coordinator: Store) -> None:
    hid = family(coordinator, "Rossi", "Maria")
    for days in (-5, -4, -3):
        follow_up(coordinator, hid, days, operator="anna")
    follow_up(coordinator, hid, -2, operator="luca")
    with coordinator.unit_of_work() as uow:
        mine = agenda.agenda(uow, today=TODAY, operator="anna", limit=2)
    assert len(mine.overdue) == 2 and mine.overdue_total == 3
    assert mine.overdue[0].due_date == (TODAY - timedelta(days=5)).isoformat()


def test_deleted_households_leave_the_agenda(coordinator: Store) -> None:
    hid = family(coordinator, "Rossi", "Maria")
    follow_up(coordinator, hid, 0)
    with coordinator.unit_of_work() as uow:
        records.delete(uow, "household", hid)
        uow.commit()
    with coordinator.unit_of_work() as uow:
        assert agenda.agenda(uow, today=TODAY).due_today == []


def test_mark_done_and_open_again(coordinator: Store) -> None:
    hid = family(coordinator, "Rossi", "Maria")
    fid = follow_up(coordinator, hid, -1)
    with coordinator.unit_of_work() as uow:
        agenda.mark_done(uow, fid, today=TODAY)
        uow.commit()
    with coordinator.unit_of_work() as uow:
        assert agenda.agenda(uow, today=TODAY).overdue == []
        shown = records.show(uow, "follow_up", fid, audit_view=False)
    assert shown["done"] is True and shown["done_on"] == TODAY.isoformat()
    with coordinator.unit_of_work() as uow:
        agenda.mark_open(uow, fid)
        uow.commit()
    with coordinator.unit_of_work() as uow:
        assert [i.id for i in agenda.agenda(uow, today=TODAY).overdue] == [fid]
        assert "done_on" not in records.show(uow, "follow_up", fid, audit_view=False)


def test_recent_activity_names_records_once_newest_first(coordinator: Store) -> None:
    hid = family(coordinator, "Rossi", "Maria")
    with coordinator.unit_of_work() as uow:
        records.update(uow, "household", hid, {"phone": "030 1234567"})
        uow.commit()
    with coordinator.unit_of_work() as uow:
        recent = agenda.recent_activity(uow)
        others = agenda.recent_activity(uow, username="nobody")
    assert others == []
    assert recent[0].kind == "household" and recent[0].action == "update"
    assert recent[0].household_id == hid and "Rossi Maria" in recent[0].label
    assert [a.record_id for a in recent].count(hid) == 1
    assert {a.label for a in recent if a.kind == "person"} == {"Rossi Maria", "Altro Zeno"}
    assert any(a.kind == "point" and a.label == "Punto Montichiari" for a in recent)


def test_find_persons_by_words_with_household_case(coordinator: Store) -> None:
    hid = family(coordinator, "Rossi", "Maria")
    family(coordinator, "Popa", "Ion")
    with coordinator.unit_of_work() as uow:
        everyone = persons.find_persons(uow)
        maria = persons.find_persons(uow, "maria ROSSI")
        few = persons.find_persons(uow, limit=1)
    assert everyone.total == 4
    assert [f"{r.last_name} {r.first_name}" for r in everyone.rows][:2] == [
        "Altro Zeno",
        "Altro Zeno",
    ]
    assert [(r.household_id, r.is_reference) for r in maria.rows] == [(hid, True)]
    assert maria.rows[0].case_number and maria.rows[0].case_number.startswith("MON-")
    assert len(few.rows) == 1 and few.total == 4


def test_contexts_listed_with_household_counts_and_saved(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow:
        cid = contexts.save_context(
            uow, {"name": "ALER Via Boschetti", "manager": "aler", "municipality": "Montichiari"}
        )
        uow.commit()
    family(coordinator, "Rossi", "Maria", housing_context=cid)
    with coordinator.unit_of_work() as uow:
        contexts.save_context(uow, {"address": "Via Boschetti 12"}, cid)
        uow.commit()
    with coordinator.unit_of_work() as uow:
        rows = contexts.list_contexts(uow)
        assert contexts.custode_sites(uow) == []
        with pytest.raises(ValidationFailed) as err:
            contexts.save_context(uow, {"name": ""})
    assert err.value.errors[0].field == "name"
    mine = next(r for r in rows if r.id == cid)
    assert (mine.households, mine.address, mine.manager) == (1, "Via Boschetti 12", "aler")


def test_refused_changes_surface_as_refused(coordinator: Store) -> None:
    with coordinator.unit_of_work() as uow, pytest.raises(Exception) as err:
        agenda.mark_done(uow, "0190f000-0000-7000-8000-000000000000")
    assert not isinstance(err.value, Refused)  # an unknown id is NotFound
