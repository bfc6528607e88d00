"""The conflict log (rules 2, 3 and 7), and references that arrive before their targets
(rule 5)."""

from __future__ import annotations

from sqlalchemy import text

from genera_desktop.services.coordination import conflicts
from tests.sync.syncnet import Net


def logged(net: Net, site: str) -> list[dict]:
    with net.stores[site].unit_of_work() as uow:
        return conflicts.list_conflicts(uow, status=None)


def test_a_concurrent_edit_is_logged_once_with_both_values(net: Net) -> None:
    hh = net.household("coord", housing_context=net.ctx["A"])
    net.roundtrip("mon", "l1")
    net.update("mon", "household", hh, {"phone": "030 1111111"})
    net.update("l1", "household", hh, {"phone": "030 2222222"})  # later: it wins
    from_mon, from_l1 = net.export("mon", "coord"), net.export("l1", "coord")
    mon_to_l1 = net.export("mon", "l1")
    net.load("coord", from_mon)
    assert net.load("coord", from_l1).conflicts == 1
    [entry] = logged(net, "coord")
    assert (entry["field"], entry["winner_value"], entry["loser_value"]) == (
        "phone", "030 2222222", "030 1111111")
    assert (entry["winner_site"], entry["loser_site"]) == ("Laptop Anna", "Punto Montichiari")
    assert entry["winner_at"] and entry["loser_at"]
    net.load("l1", mon_to_l1)  # detected again there, under the same id...
    net.roundtrip("mon", "l1")  # ...and travelling to the coordinator: nothing new
    assert [c["id"] for c in logged(net, "coord")] == [entry["id"]]
    assert net.get("mon", "household", hh)["phone"] == "030 2222222"
    # an edit made after seeing the winner is no conflict
    net.update("mon", "household", hh, {"phone": "030 3333333"})
    net.roundtrip("mon", "l1")
    assert len(logged(net, "coord")) == 1


def test_a_conflict_detected_at_a_member_travels_to_the_coordinator(net: Net) -> None:
    hh = net.household("coord", housing_context=net.ctx["A"])
    net.roundtrip("mon", "l1")
    net.update("mon", "household", hh, {"notes": "dal punto"})
    net.update("l1", "household", hh, {"notes": "dal laptop"})
    report = net.load("l1", net.export("mon", "l1"))  # only the laptop sees both
    assert report.conflicts == 1
    assert logged(net, "coord") == []
    net.send("l1", "coord")
    [entry] = logged(net, "coord")
    assert entry["detected_by"] == "Laptop Anna" and entry["loser_value"] == "dal punto"


def test_a_person_added_to_a_household_deleted_meanwhile_stays_alive(net: Net) -> None:
    hh = net.household("coord")
    first = net.person("coord", hh, "Anna")
    net.roundtrip("mon")
    added = net.person("mon", hh, "Luca")  # at the point...
    net.delete("coord", "household", hh)  # ...while the coordinator deletes the family
    net.roundtrip("mon")
    for site in ("coord", "mon"):
        assert net.get(site, "household", hh)["cl"] % 2 == 0
        assert net.get(site, "person", first)["cl"] % 2 == 0  # taken by the delete
        assert net.get(site, "person", added)["cl"] == 1, site  # not lost
    [entry] = logged(net, "coord")
    assert entry["record_id"] == added and entry["note"] == f"household_deleted:{hh}"
    assert len(logged(net, "mon")) == 1


def test_a_reference_that_arrives_before_its_target_is_kept(net: Net) -> None:
    hh = net.household("coord", point="MON")
    visit = net.add("coord", "visit", {"housing_context": net.ctx["B"], "household": hh,
                                       "date": "2026-07-01"})
    net.send("coord", "l2")
    assert net.get("l2", "visit", visit)["household"] == hh  # kept, pointing nowhere yet
    assert net.get("l2", "household", hh) is None
    net.update("coord", "household", hh, {"housing_context": net.ctx["B"]})
    net.send("coord", "l2")
    assert net.get("l2", "household", hh)["housing_context"] == net.ctx["B"]


def test_conflict_entries_carry_the_stamps(net: Net) -> None:
    hh = net.household("coord")
    net.roundtrip("mon")
    net.update("coord", "household", hh, {"phone": "030 0000001"})
    net.update("mon", "household", hh, {"phone": "030 0000002"})
    net.send("mon", "coord")
    with net.stores["coord"].sessionmaker() as s:
        row = s.execute(text("SELECT winner_hlc, loser_hlc, winner_site, loser_site "
                             "FROM conflict")).one()
    assert row[0] > row[1] and row[2] == net.ids["mon"] and row[3] == net.ids["coord"]
