"""Merge rules 1 to 3 of spec/sync.md, through real stores and real bundle files
(hard cases 1, 2 and 3)."""

from __future__ import annotations

import pytest

import genera_desktop.sync.clock as clock
from genera_desktop.services.coordination import conflicts
from tests.sync.syncnet import Net


def shared_visit(net: Net) -> tuple[str, str]:
    """A household of MON in context A with a visit in context B: coord, mon, l1 and l2
    all hold the visit."""
    hh = net.household("coord", housing_context=net.ctx["A"])
    visit = net.add("coord", "visit", {"housing_context": net.ctx["B"], "household": hh,
                                       "date": "2026-03-02"})
    for site in ("mon", "l1", "l2"):
        net.send("coord", site)
    return hh, visit


def test_hard_case_1_edits_of_different_fields_survive_any_import_order(net: Net) -> None:
    _, visit = shared_visit(net)
    assert all(net.get(s, "visit", visit) for s in ("mon", "l1", "l2"))
    net.update("mon", "visit", visit, {"notes": "portare il modulo ISEE"})
    net.update("l2", "visit", visit, {"outcome": "famiglia incontrata"})
    mon_to_coord, mon_to_l1 = net.export("mon", "coord"), net.export("mon", "l1")
    # The coordinator gets the laptop's edit first, the point's second...
    net.send("l2", "coord")
    coord_to_l1 = net.export("coord", "l1")  # carries the laptop's edit only
    net.load("coord", mon_to_coord)
    # ...the laptop L1 the point's first (directly), the other laptop's second.
    net.load("l1", mon_to_l1)
    net.load("l1", coord_to_l1)
    for site in ("coord", "l1"):
        got = net.get(site, "visit", visit)
        assert got is not None
        assert got["notes"] == "portare il modulo ISEE", site
        assert got["outcome"] == "famiglia incontrata", site
    net.roundtrip("mon", "l1", "l2")
    held = {s: net.get(s, "visit", visit) for s in ("coord", "mon", "l1", "l2")}
    assert len({repr(sorted(d.items())) for d in held.values() if d}) == 1
    with net.stores["coord"].unit_of_work() as uow:
        assert conflicts.list_conflicts(uow) == []  # different fields: no conflict


def test_hard_case_2_same_field_same_stamp_has_one_winner_everywhere(
        net: Net, monkeypatch: pytest.MonkeyPatch) -> None:
    hh = net.household("coord", housing_context=net.ctx["A"])
    net.send("coord", "mon")
    net.send("coord", "l1")
    frozen = clock.wall_ms() + 1_000
    monkeypatch.setattr(clock, "wall_ms", lambda: frozen)
    net.update("mon", "household", hh, {"phone": "030 1111111"})
    net.update("l1", "household", hh, {"phone": "030 2222222"})
    stamps = {}
    for site in ("mon", "l1"):
        with net.stores[site].sessionmaker() as s:
            stamps[site] = s.execute(
                __import__("sqlalchemy").text(
                    "SELECT hlc FROM field_clock WHERE rid = :r AND field = 'phone'"),
                {"r": hh}).scalar_one()
    assert stamps["mon"] == stamps["l1"]  # same millisecond, same counter
    winner = "030 1111111" if net.ids["mon"] > net.ids["l1"] else "030 2222222"
    to_coord = [net.export("mon", "coord"), net.export("l1", "coord")]
    direct = net.export("l1", "mon")
    net.load("mon", direct)
    for path in to_coord:
        net.load("coord", path)
    net.roundtrip("mon", "l1")
    for site in ("coord", "mon", "l1"):
        assert net.get(site, "household", hh)["phone"] == winner, site
    with net.stores["coord"].unit_of_work() as uow:
        logged = conflicts.list_conflicts(uow)
    assert [(c["field"], c["winner_value"]) for c in logged] == [("phone", winner)]


def test_hard_case_3_a_delete_wins_over_a_concurrent_edit(net: Net) -> None:
    hh = net.household("coord")
    person = net.person("coord", hh)
    net.send("coord", "mon")
    net.update("mon", "household", hh, {"phone": "030 3333333"})
    net.delete("coord", "household", hh)
    net.roundtrip("mon")
    for site in ("coord", "mon"):
        got = net.get(site, "household", hh)
        assert got is not None and got["cl"] % 2 == 0, site
        assert got["phone"] == "030 3333333"  # the edit is kept, on a deleted record
        assert net.get(site, "person", person)["cl"] % 2 == 0
    assert not any(hh in line for line in net.dump("mon"))


def test_hard_case_3_delete_restore_delete_across_sites(net: Net) -> None:
    hh = net.household("coord", housing_context=net.ctx["A"])
    person = net.person("coord", hh)
    net.roundtrip("mon", "l1")
    net.delete("mon", "household", hh)
    net.roundtrip("mon", "l1")
    assert net.get("l1", "person", person)["cl"] % 2 == 0
    net.restore("coord", "household", hh)
    net.roundtrip("mon", "l1")
    for site in ("coord", "mon", "l1"):
        assert net.get(site, "household", hh)["cl"] % 2 == 1, site
        assert net.get(site, "person", person)["cl"] % 2 == 1, site  # came back with it
    net.delete("l1", "household", hh)
    net.roundtrip("mon", "l1")
    for site in ("coord", "mon", "l1"):
        assert net.get(site, "household", hh)["cl"] == 4, site
        assert net.get(site, "person", person)["cl"] % 2 == 0, site


def test_hard_case_3_an_old_bundle_after_a_delete_resurrects_nothing(net: Net) -> None:
    hh = net.household("mon")
    person = net.person("mon", hh)
    old_full = net.export("mon", "coord", full=True)  # holds both records alive
    stale = net.export("mon", "l1")  # another old one, to a site that never held them
    net.delete("mon", "household", hh)
    net.send("mon", "coord")
    net.load("coord", old_full)  # late: after a newer bundle from the same site
    net.load("l1", stale)
    net.roundtrip("mon")
    for site in ("coord", "mon"):
        assert net.get(site, "household", hh)["cl"] == 2
        assert net.get(site, "person", person)["cl"] == 2
    # an old edit of another field, made before the delete, arrives after it
    net.restore("coord", "household", hh)
    net.roundtrip("mon")
    net.update("mon", "household", hh, {"notes": "prima della cancellazione"})
    before_delete = net.export("mon", "coord")
    net.delete("coord", "household", hh)
    net.load("coord", before_delete)
    assert net.get("coord", "household", hh)["cl"] == 4
    assert net.get("coord", "household", hh)["notes"] == "prima della cancellazione"
