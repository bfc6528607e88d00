"""A young person's file across sites: held where the person's household is (its
point, the coordinator), not by another point; one file however many sites make it
while apart, merged field by field."""

from __future__ import annotations

import json

from genera_desktop.services.youth.files import file_id
from tests.sync.syncnet import Net


def held(net: Net, site: str, kind: str) -> set[str]:
    return {json.loads(line)["id"] for line in net.dump(site)
            if json.loads(line)["kind"] == kind}


def test_a_file_goes_where_its_household_goes(net: Net) -> None:
    person = net.person("coord", net.household("coord", point="MON"), birth_date="2011-04-01")
    made = net.add("coord", "youth_file", {"person": person, "class_name": "3B"})
    net.roundtrip("mon", "cal")
    assert held(net, "mon", "youth_file") == {made}
    assert held(net, "cal", "youth_file") == set()


def test_two_sites_making_a_persons_file_apart_end_with_one(net: Net) -> None:
    person = net.person("coord", net.household("coord", point="MON"), birth_date="2011-04-01")
    net.roundtrip("mon")
    at_coord = net.add("coord", "youth_file", {"person": person, "class_name": "3B"})
    at_mon = net.add("mon", "youth_file", {"person": person, "facilitator": "a.bonetti"})
    assert at_coord == at_mon == file_id(person)
    net.roundtrip("mon")
    assert held(net, "coord", "youth_file") == held(net, "mon", "youth_file") == {at_coord}
    merged = net.get("mon", "youth_file", at_coord)
    assert merged is not None
    assert (merged["class_name"], merged["facilitator"]) == ("3B", "a.bonetti")
