"""Co-housing across sites: an offer is held where its person's family is; a pact's
monitoring visit is held with the pact's two households, and the staff of either point
record one even when the pact joins families of two points."""

from __future__ import annotations

import json

from genera_desktop.services import records
from tests.sync.syncnet import Net


def held(net: Net, site: str, kind: str) -> set[str]:
    return {r["id"] for r in map(json.loads, net.dump(site)) if r["kind"] == kind}


def test_offers_and_visits_reach_the_sites_of_their_families(net: Net) -> None:
    host_hh = net.household("coord", point="MON")
    host = net.person("coord", host_hh, "Ida")
    guest_hh = net.household("coord", point="CAL")
    guest = net.person("coord", guest_hh, "Leo")
    offer = net.add("coord", "cohousing_offer", {"person": host, "role": "host",
                                                 "contribution": 150})
    pact = net.add("coord", "cohousing_pact", {"host": host, "guest": guest,
                                               "start_date": "2026-02-01"})
    net.roundtrip("mon", "cal", "l1")
    assert held(net, "mon", "cohousing_offer") == {offer}
    assert held(net, "cal", "cohousing_offer") == held(net, "l1", "cohousing_offer") == set()
    # The guest's point visits the pact in its trial month; the host's point later.
    early = net.add("cal", "cohousing_visit", {"pact": pact, "date": "2026-02-20",
                                               "visitor": "staff", "outcome": "good"})
    late = net.add("mon", "cohousing_visit", {"pact": pact, "date": "2026-04-10",
                                              "visitor": "custode"})
    net.roundtrip("mon", "cal", "l1")
    for site in ("coord", "mon", "cal"):
        assert held(net, site, "cohousing_visit") == {early, late}, site
    assert held(net, "l1", "cohousing_visit") == set()
    shown = net.get("coord", "cohousing_visit", early)
    assert shown is not None
    assert (shown["household"], shown["guest_household"]) == (host_hh, guest_hh)
    with net.stores["mon"].unit_of_work() as uow:
        trial = {v["id"]: v["in_trial"] for v in records.list_records(uow, "cohousing_visit")}
    assert trial == {early: True, late: False}
