"""The demo's young people's files: most of the list's young people have one, with a
class, this school year and an operator of their point who follows them, from 14 one of
the area's schools; each keeps the kind's rules (services/youth/files.py)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from genera_desktop.domain.ages import age_on
from genera_desktop.services.demo_data import OPERATORS, generate
from genera_desktop.services.youth.files import OLDEST, check_school_year, file_id

TODAY = date(2026, 11, 25)
Record = dict[str, object]


def test_most_young_people_have_a_file_as_the_rules_want_it() -> None:
    by_kind: dict[str, list[Record]] = defaultdict(list)
    for kind, record in generate(600, seed=7, today=TODAY):
        by_kind[kind].append(record)
    persons = {str(p["id"]): p for p in by_kind["person"]}
    points = {str(h["id"]): str(h["point"]) for h in by_kind["household"]}
    schools = {str(o["id"]) for o in by_kind["organisation"] if o["org_type"] == "school"}
    files = by_kind["youth_file"]
    minors = [pid for pid, p in persons.items()
              if 11 <= (age_on(str(p.get("birth_date") or ""), TODAY) or 0) < 18]
    with_file = {str(f["person"]) for f in files}
    assert len(with_file) == len(files)  # one a person
    assert len(with_file & set(minors)) >= 0.6 * len(minors) > 10
    # The school-work students are followed too.
    assert {str(e["person"]) for e in by_kind["school_work"]} <= with_file
    for f in files:
        person = persons[str(f["person"])]
        age = age_on(str(person["birth_date"]), date.fromisoformat(str(f["followed_since"])))
        assert age is not None and age <= OLDEST
        assert f["id"] == file_id(str(f["person"]))
        assert f["household"] == person["household"]
        assert f["school_year"] == "2026/27"
        check_school_year(f["school_year"])
        assert f["class_name"] and str(f["class_name"])[0] in "12345"
        assert f["facilitator"] in OPERATORS[points[str(person["household"])]]
        if (age_on(str(person["birth_date"]), TODAY) or 0) >= 14:
            assert f["school"] in schools
