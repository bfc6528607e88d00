"""The demo's adolescents' plan keeps the rules a user meets, and prints no minor's name."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

import pytest

from genera_desktop.domain.ages import under_18_on
from genera_desktop.services.demo_data import generate
from genera_desktop.services.youth.consents import is_live

TODAY = date(2026, 11, 25)
Record = dict[str, object]


@pytest.fixture(scope="module")
def by_kind() -> dict[str, list[Record]]:
    out: dict[str, list[Record]] = defaultdict(list)
    for kind, record in generate(1500, seed=7, today=TODAY):
        out[kind].append(record)
    return out


def test_the_schools_of_the_area_are_in_the_directory(by_kind: dict[str, list[Record]]) -> None:
    schools = {str(o["id"]): o for o in by_kind["organisation"] if o["org_type"] == "school"}
    assert {str(s["municipality"]) for s in schools.values()} >= {
        "Montichiari", "Carpenedolo", "Calcinato"}
    experiences = by_kind["school_work"]
    assert len(experiences) >= 5
    assert all(str(e["school"]) in schools for e in experiences)
    assert {e["school_type"] for e in experiences} == {"liceo", "tecnico", "professionale"}


def test_a_minor_is_enrolled_and_works_only_with_a_parents_live_consent(
        by_kind: dict[str, list[Record]]) -> None:
    persons = {str(p["id"]): p for p in by_kind["person"]}
    consents: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for c in by_kind["consent"]:
        consents[(str(c["person"]), str(c["consent_type"]))].append(c)
        assert c["household"] == persons[str(c["person"])]["household"]
        assert c["given_by"] in ("parent", "guardian")
    assert any(c["given_by_name"] for c in by_kind["consent"])

    def allowed(person: str, kind: str, day: str) -> bool:
        if not under_18_on(str(persons[person].get("birth_date") or ""),
                           date.fromisoformat(day)):
            return True
        return any(is_live(c, date.fromisoformat(day)) for c in consents[(person, kind)])

    minors_enrolled = 0
    for e in by_kind["enrolment"]:
        minors_enrolled += under_18_on(
            str(persons[str(e["person"])].get("birth_date") or ""),
            date.fromisoformat(str(e["enrolled_on"])))
        assert allowed(str(e["person"]), "activities", str(e["enrolled_on"])), e
    assert minors_enrolled >= 20
    experiences = {str(e["id"]): e for e in by_kind["school_work"]}
    for e in experiences.values():
        assert allowed(str(e["person"]), "school_work", str(e["start_date"])), e
    assert by_kind["school_work_hours"]
    for h in by_kind["school_work_hours"]:
        e = experiences[str(h["school_work"])]
        assert (h["person"], h["household"]) == (e["person"], e["household"])
        assert str(e["safety_training_on"]) <= str(h["date"]) <= TODAY.isoformat()
        assert allowed(str(h["person"]), "school_work", str(h["date"]))


def test_no_student_of_a_printable_register_is_a_minor(by_kind: dict[str, list[Record]]) -> None:
    persons = {str(p["id"]): p for p in by_kind["person"]}
    for e in by_kind["school_work"]:
        assert not under_18_on(str(persons[str(e["person"])]["birth_date"]), TODAY)


def test_the_same_seed_gives_the_same_plan() -> None:
    def plan(seed: int) -> str:
        return json.dumps([r for r in generate(300, seed=seed, today=TODAY)
                           if r[0] in ("consent", "school_work", "school_work_hours")])
    assert plan(5) == plan(5) != plan(6)
