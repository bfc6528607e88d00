"""Erasure of a person (GDPR): replicated, and no older bundle undoes it."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from genera_desktop.domain.errors import Refused
from genera_desktop.services.network import sync
from tests.sync.syncnet import Net


def erase(net: Net, site: str, person: str) -> None:
    with net.stores[site].unit_of_work() as uow:
        sync.erase_person(uow, person)


def raw_person(net: Net, site: str, person: str) -> dict | None:
    with net.stores[site].sessionmaker() as s:
        row = s.execute(text("SELECT * FROM person WHERE id = :i"), {"i": person}).mappings()
        found = row.first()
        return dict(found) if found else None


def test_erasure_blanks_the_person_on_every_site_for_good(net: Net) -> None:
    hh = net.household("coord", housing_context=net.ctx["A"])
    person = net.person("coord", hh, "Giulia", tax_code="RSSMRA80A01H501U", phone="333 1112223")
    net.add("coord", "health", {"person": person, "conditions": "diabete"})
    net.roundtrip("mon", "l1")
    net.update("mon", "person", person, {"phone": "333 9998887"})
    old = net.export("mon", "coord")  # made before the erasure, not yet delivered
    net.update("coord", "person", person, {"phone": "333 0000000"})
    net.load("coord", old)  # a conflict: it holds the person's values...
    erase(net, "coord", person)
    with net.stores["coord"].sessionmaker() as s:  # ...and forgets them with the erasure
        assert s.execute(text("SELECT count(*) FROM conflict WHERE rid = :i"),
                         {"i": person}).scalar() == 0
    net.roundtrip("mon", "l1")
    for site in ("coord", "mon", "l1"):
        row = raw_person(net, site, person)
        assert row is not None, site
        assert row["first_name"] is None and row["tax_code"] is None and row["phone"] is None
        assert not row["search_text"] and row["cl"] % 2 == 0
        assert row["household"] == hh
        assert not any(person in line for line in net.dump(site))
        assert not any("diabete" in line for line in net.dump(site))
    net.load("coord", net.export("mon", "coord", full=True))  # everything mon holds, again
    assert raw_person(net, "coord", person)["first_name"] is None


def test_only_the_coordinator_erases(net: Net) -> None:
    hh = net.household("mon")
    person = net.person("mon", hh)
    with pytest.raises(Refused) as info:
        erase(net, "mon", person)
    assert info.value.code == "coordinator_only"


def test_an_erased_person_cannot_be_restored_anywhere(net: Net) -> None:
    from genera_desktop.services import records

    hh = net.household("coord")
    person = net.person("coord", hh, "Giulia")
    erase(net, "coord", person)
    net.roundtrip("mon", "l1")
    for site in ("coord", "mon"):
        with net.stores[site].unit_of_work() as uow, pytest.raises(Refused) as info:
            records.restore(uow, "person", person)
        assert info.value.code == "erased"
