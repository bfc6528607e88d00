"""Youth groups as the services keep them: a workshop's ``format`` (absent is a
workshop, nothing else allowed), the Gruppi list (groups first, youth workshops, no
other), the facilitator's week."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from genera_desktop.domain.errors import ValidationFailed
from genera_desktop.services import records
from genera_desktop.services.youth import groups
from genera_desktop.store.store import Store

MONDAY = date(2026, 11, 9)


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


def test_a_workshops_format(coordinator: Store) -> None:
    plain = add(coordinator, "workshop", title="Cucina", point="MON")
    (shown,) = records.list_records(coordinator, "workshop")
    assert shown["id"] == plain and "format" not in shown  # a dump line as before
    with pytest.raises(ValidationFailed) as failed:
        add(coordinator, "workshop", title="Club", point="MON", format="club")
    assert [e.field for e in failed.value.errors] == ["format"]
    group = groups.add_group(coordinator, {"title": "Compiti", "point": "MON",
                                           "facilitator": "educ"})
    made = {w["id"]: w for w in records.list_records(coordinator, "workshop")}[group]
    assert (made["format"], made["audience"], made["status"]) == ("group", "youth", "running")


def test_the_groups_list_and_the_week(coordinator: Store) -> None:
    group = add(coordinator, "workshop", title="Radio", point="MON", format="group",
                facilitator="educ", start_date="2026-01-01")
    youth = add(coordinator, "workshop", title="Murales", point="MON", audience="youth",
                facilitator="altro", start_date="2026-06-01")
    adults = add(coordinator, "workshop", title="Cucina", point="MON", audience="adults",
                 facilitator="educ")
    elsewhere = add(coordinator, "workshop", title="Radio CAL", point="CAL", format="group",
                    facilitator="educ")
    assert [w["id"] for w in groups.youth_rows(coordinator, "MON")] == [group, youth]
    assert {w["id"] for w in groups.youth_rows(coordinator, None)} == {group, youth, elsewhere}

    def meeting(workshop: str, day: str, start: str | None = None) -> str:
        return add(coordinator, "workshop_session", workshop=workshop, date=day,
                   **({"start_time": start} if start else {}))

    late = meeting(group, "2026-11-12", "17:00")
    early = meeting(group, "2026-11-12", "15:00")
    sunday = meeting(youth, "2026-11-15")
    meeting(group, "2026-11-16")  # the Monday after
    meeting(group, "2026-11-08")  # the Sunday before
    meeting(adults, "2026-11-10")
    meeting(elsewhere, "2026-11-10")
    week = groups.week(coordinator, MONDAY, point="MON")
    assert [s["id"] for s in week] == [early, late, sunday]
    assert (week[0]["workshop_title"], week[0]["format"], week[2]["format"]) == (
        "Radio", "group", "workshop")
    assert [s["id"] for s in groups.week(coordinator, MONDAY, facilitator="altro",
                                         point="MON")] == [sunday]
    assert groups.monday_of(date(2026, 11, 15)) == MONDAY
