"""Community life across sites: who holds what (spec/programme.md, "Who holds what"), and
one enrolment or attendance however many sites make it while apart."""

from __future__ import annotations

import json

import pytest

from genera_desktop.domain.errors import Refused
from genera_desktop.services.community.attendance import attendance_id
from genera_desktop.services.community.enrolments import enrolment_id
from tests.sync.syncnet import Net


def held(net: Net, site: str, kind: str) -> set[str]:
    """The ids of the live records of a kind a site holds."""
    out = set()
    for line in net.dump(site):
        record = json.loads(line)
        if record["kind"] == kind:
            out.add(record["id"])
    return out


def workshop_at(net: Net, site: str, point: str) -> dict[str, str]:
    """A workshop of ``point`` made at ``site``, with a place, a session, a person of
    the point enrolled and marked present, and an initiative."""
    hh = net.household(site, point=point)
    person = net.person(site, hh)
    place = net.add(site, "place", {"name": "Biblioteca civica", "point": point,
                                    "place_type": "library"})
    workshop = net.add(site, "workshop", {"title": "Cucina insieme", "point": point,
                                          "place": place, "theme": "nutrition"})
    session = net.add(site, "workshop_session", {"workshop": workshop, "date": "2026-03-02"})
    enrolment = net.add(site, "enrolment", {"workshop": workshop, "person": person})
    attendance = net.add(site, "attendance", {"session": session, "person": person})
    initiative = net.add(site, "initiative", {"title": "Orto condiviso", "point": point,
                                              "proposer_person": person, "place": place})
    return {"person": person, "place": place, "workshop": workshop, "workshop_session": session,
            "enrolment": enrolment, "attendance": attendance, "initiative": initiative}


def test_bundles_carry_community_records_to_the_right_sites(net: Net) -> None:
    org = net.add("coord", "organisation", {"name": "Cooperativa La Rete",
                                            "org_type": "cooperative", "is_partner": True})
    pact = net.add("coord", "agreement", {"organisation": org, "agreement_type": "pact",
                                          "subject": "Cura del parco"})
    net.roundtrip("mon", "cal", "l1")
    # A point adds to the directory too; the others get it through the coordinator.
    mon_org = net.add("mon", "organisation", {"name": "Associazione Amici del Parco",
                                              "org_type": "association"})
    a = workshop_at(net, "mon", "MON")
    b = workshop_at(net, "coord", "CAL")
    net.roundtrip("mon", "cal", "l1")
    for site in ("coord", "mon", "cal", "l1"):
        assert held(net, site, "organisation") == {org, mon_org}, site
        assert held(net, site, "agreement") == {pact}, site
    for kind in ("place", "workshop", "workshop_session", "enrolment", "attendance",
                 "initiative"):
        assert held(net, "coord", kind) == {a[kind], b[kind]}, kind
        assert held(net, "mon", kind) == {a[kind]}, kind  # point A's, never point B's
        assert held(net, "cal", kind) == {b[kind]}, kind
        assert held(net, "l1", kind) == set(), kind
    assert net.get("cal", "attendance", b["attendance"])["point"] == "CAL"


def test_a_point_may_not_write_another_points_workshop_nor_a_laptop_the_directory(
        net: Net) -> None:
    b = workshop_at(net, "coord", "CAL")
    net.roundtrip("mon", "l1")
    with pytest.raises(Refused):
        net.add("mon", "workshop", {"title": "Fuori ambito", "point": "CAL"})
    with pytest.raises(Refused):
        net.add("l1", "organisation", {"name": "Ente", "org_type": "other"})
    assert net.get("mon", "workshop", b["workshop"]) is None


def test_two_sites_enrolling_and_marking_the_same_person_apart_end_with_one_record(
        net: Net) -> None:
    hh = net.household("coord", point="MON")
    person = net.person("coord", hh)
    workshop = net.add("coord", "workshop", {"title": "Italiano per tutti", "point": "MON"})
    session = net.add("coord", "workshop_session", {"workshop": workshop,
                                                    "date": "2026-03-09"})
    net.roundtrip("mon")
    # Apart: the coordinator and the point both enrol her and mark her at the session.
    at_coord = net.add("coord", "enrolment", {"workshop": workshop, "person": person,
                                              "enrolled_on": "2026-03-01"})
    at_mon = net.add("mon", "enrolment", {"workshop": workshop, "person": person,
                                          "enrolled_on": "2026-03-02", "notes": "al telefono"})
    assert at_coord == at_mon == enrolment_id(workshop, person)
    mark_coord = net.add("coord", "attendance", {"session": session, "person": person})
    mark_mon = net.add("mon", "attendance", {"session": session, "person": person,
                                             "status": "excused"})
    assert mark_coord == mark_mon == attendance_id(session, person)
    net.roundtrip("mon")
    for site in ("coord", "mon"):
        assert held(net, site, "enrolment") == {at_coord}, site
        assert held(net, site, "attendance") == {mark_coord}, site
    assert net.dump("coord") == net.dump("mon")  # the same record, merged field by field
    merged = net.get("mon", "enrolment", at_coord)
    assert merged["notes"] == "al telefono"  # only the point gave it: kept
    assert merged["enrolled_on"] == "2026-03-02"  # both gave it: the later edit wins
    assert net.get("coord", "attendance", mark_coord)["status"] == "excused"
