"""The work plan across sites (spec/programme.md, "Who holds what"): a person's records
go where their household goes, vacancies to every site, courses and incentives are the
coordinator's; one job profile however many sites make it while apart."""

from __future__ import annotations

import json

import pytest

from genera_desktop.domain.errors import Refused
from genera_desktop.services.work.profiles import profile_id
from tests.sync.syncnet import Net


def held(net: Net, site: str, kind: str) -> set[str]:
    return {json.loads(line)["id"] for line in net.dump(site)
            if json.loads(line)["kind"] == kind}


def seeker_at(net: Net, site: str, point: str, host: str) -> dict[str, str]:
    person = net.person(site, net.household(site, point=point, municipality="Montichiari"))
    profile = net.add(site, "job_profile", {"person": person, "skills": ["haccp"]})
    internship = net.add(site, "internship", {"person": person, "host": host,
                                              "start_date": "2026-01-01",
                                              "end_date": "2026-06-30"})
    month = net.add(site, "internship_month", {"internship": internship, "month": "2026-01",
                                               "days_expected": 20, "days_attended": 19})
    hiring = net.add(site, "hiring", {"person": person, "organisation": host,
                                      "date": "2026-07-01"})
    return {"person": person, "job_profile": profile, "internship": internship,
            "internship_month": month, "hiring": hiring}


def test_records_go_where_their_household_goes_and_the_directory_everywhere(
        net: Net) -> None:
    firm = net.add("coord", "organisation", {"name": "Officine Rossi", "org_type": "company"})
    course = net.add("coord", "course", {"title": "Carrellisti", "skills": ["carrello-elevatore"]})
    net.roundtrip("mon", "cal", "l1")
    vacancy = net.add("mon", "vacancy", {"organisation": firm, "title": "Magazziniere"})
    a = seeker_at(net, "mon", "MON", firm)
    b = seeker_at(net, "coord", "CAL", firm)
    net.roundtrip("mon", "cal", "l1")
    for site in ("coord", "mon", "cal", "l1"):
        assert held(net, site, "vacancy") == {vacancy}, site
        assert held(net, site, "course") == {course}, site
    for kind in ("job_profile", "internship", "internship_month", "hiring"):
        assert held(net, "coord", kind) == {a[kind], b[kind]}, kind
        assert held(net, "mon", kind) == {a[kind]}, kind
        assert held(net, "cal", kind) == {b[kind]}, kind
        assert held(net, "l1", kind) == set(), kind
    assert net.get("cal", "internship_month", b["internship_month"])["monthly_allowance"] == 500


def test_only_the_coordinator_writes_courses_and_incentives(net: Net) -> None:
    with pytest.raises(Refused):
        net.add("mon", "course", {"title": "Saldatura"})
    with pytest.raises(Refused):
        net.add("mon", "incentive", {"code": "PROVA", "name": "Prova"})
    with pytest.raises(Refused):
        net.add("mon", "internship_rule", {"name": "Altra", "valid_from": "2026-01-01",
                                           "min_allowance": 600})


def test_two_sites_making_a_persons_profile_apart_end_with_one(net: Net) -> None:
    person = net.person("coord", net.household("coord", point="MON"))
    net.roundtrip("mon")
    at_coord = net.add("coord", "job_profile", {"person": person, "skills": ["haccp"]})
    at_mon = net.add("mon", "job_profile", {"person": person, "max_distance_km": 20})
    assert at_coord == at_mon == profile_id(person)
    net.roundtrip("mon")
    assert held(net, "coord", "job_profile") == held(net, "mon", "job_profile") == {at_coord}
    merged = net.get("mon", "job_profile", at_coord)
    assert merged["skills"] == ["haccp"] and merged["max_distance_km"] == 20
