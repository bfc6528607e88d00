"""A young person's file in the Adolescenti list (services/youth/people.py): the school
and class and the facilitator of each, and a young adult added to the plan by a file
alone; the plan carries the file; files.save_file makes it, then changes it."""

from __future__ import annotations

from datetime import date
from typing import Any

from genera_desktop.services import records
from genera_desktop.services.youth import files, people
from genera_desktop.store.store import Store

DAY = date(2026, 11, 15)


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


def test_the_list_shows_the_file_and_a_young_adult_added_by_one(coordinator: Store) -> None:
    hh = add(coordinator, "household", point="MON")
    zoe = add(coordinator, "person", household=hh, first_name="Zoe", last_name="Rota",
              birth_date="2012-01-01")
    ivo = add(coordinator, "person", household=hh, first_name="Ivo", last_name="Rota",
              birth_date="2003-01-01")  # 23: followed only once added
    school = add(coordinator, "organisation", name="IIS Don Milani", org_type="school")
    rows = people.young_people(coordinator, "MON", today=DAY)
    assert [(r.first_name, r.school, r.class_name, r.facilitator) for r in rows] == [
        ("Zoe", "", "", "")]
    made = files.save_file(coordinator, ivo, {"school": school, "class_name": "5A",
                                              "facilitator": "educ",
                                              "followed_since": "2026-10-01"})
    assert made == files.file_id(ivo)
    files.save_file(coordinator, zoe, {"class_name": "2C", "facilitator": "g.bodei"})
    rows = people.young_people(coordinator, "MON", today=DAY)
    assert [(r.first_name, r.age, r.school, r.class_name, r.facilitator) for r in rows] == [
        ("Ivo", 23, "IIS Don Milani", "5A", "educ"), ("Zoe", 14, "", "2C", "g.bodei")]
    # The same call changes the file: only what differs is written, blank clears.
    assert files.save_file(coordinator, ivo, {"class_name": "5B", "school": ""}) == made
    plan = people.plan_of(coordinator, ivo, today=DAY)
    assert plan["file"] is not None
    assert (plan["file"]["class_name"], plan["file"].get("school"),
            plan["file"]["facilitator"]) == ("5B", None, "educ")
    assert people.plan_of(coordinator, zoe, today=DAY)["file"]["class_name"] == "2C"
    # Deleted, the file no longer keeps the young adult in the plan.
    records.delete(coordinator, "youth_file", made)
    assert [r.first_name for r in people.young_people(coordinator, "MON", today=DAY)] == \
        ["Zoe"]
    assert people.plan_of(coordinator, ivo, today=DAY)["file"] is None


def test_every_young_adult_is_offered_and_a_file_makes_them_followed(
        coordinator: Store) -> None:
    hh = add(coordinator, "household", point="MON")
    ivo = add(coordinator, "person", household=hh, first_name="Ivo", last_name="Rota",
              birth_date="2003-01-01")  # 23
    add(coordinator, "person", household=hh, first_name="Eva", last_name="Rota",
        birth_date="2000-01-01")  # 26: past the plan
    add(coordinator, "person", household=hh, first_name="Zoe", last_name="Rota",
        birth_date="2012-01-01")
    assert [r.first_name for r in people.young_people(coordinator, "MON", today=DAY)] == \
        ["Zoe"]
    offered = people.young_people(coordinator, "MON", today=DAY, every_young_adult=True)
    assert [(r.first_name, r.followed) for r in offered] == [("Ivo", False), ("Zoe", True)]
    files.save_file(coordinator, ivo, {"class_name": "5A", "followed_since": "2026-11-01"})
    offered = people.young_people(coordinator, "MON", today=DAY, every_young_adult=True)
    assert [(r.first_name, r.followed) for r in offered] == [("Ivo", True), ("Zoe", True)]
    assert [r.first_name for r in people.young_people(coordinator, "MON", today=DAY)] == \
        ["Ivo", "Zoe"]
