"""Scopes and evictions (spec/sync.md, "Scopes"; hard case 7)."""

from __future__ import annotations

from genera_desktop.sync.scopes import Scope
from tests.sync.syncnet import Net


def holds(net: Net, site: str, rid: str) -> bool:
    return any(rid in line for line in net.dump(site))


def test_each_site_receives_only_its_scope(net: Net) -> None:
    mon_hh = net.household("coord", point="MON")
    cal_hh = net.household("coord", point="CAL", housing_context=net.ctx["A"])
    person = net.person("coord", cal_hh)
    visit_b = net.add("coord", "visit", {"housing_context": net.ctx["B"],
                                         "date": "2026-04-01"})
    for site in ("mon", "cal", "l1", "l2"):
        net.send("coord", site)
    assert holds(net, "mon", mon_hh) and not holds(net, "mon", cal_hh)
    assert holds(net, "cal", cal_hh) and holds(net, "cal", person)
    assert not holds(net, "cal", mon_hh) and not holds(net, "cal", visit_b)
    assert holds(net, "l1", cal_hh) and holds(net, "l1", person)  # lives in context A
    assert not holds(net, "l1", mon_hh) and not holds(net, "l1", visit_b)
    assert holds(net, "l2", visit_b) and not holds(net, "l2", cal_hh)
    for site in ("mon", "cal", "l1", "l2"):  # the catalogs everywhere
        assert sum('"kind": "point"' in line for line in net.dump(site)) == 3


def test_hard_case_7_a_household_moves_to_another_point_with_edits_unsent(net: Net) -> None:
    hh = net.household("coord", point="MON")
    person = net.person("coord", hh)
    net.roundtrip("mon", "cal")
    net.update("mon", "person", person, {"phone": "333 1234567"})  # not sent yet
    net.update("coord", "household", hh, {"point": "CAL"})
    report = net.send("coord", "mon")  # the eviction, before the edit left
    assert report.evicted == 1 and net.get("mon", "household", hh) is None  # it goes...
    assert holds(net, "mon", person)  # ...the person stays: its edit is unsent
    net.send("mon", "coord")  # the edit arrives: made before the move, so applied
    assert net.get("coord", "person", person)["phone"] == "333 1234567"
    report = net.send("coord", "mon")  # acknowledges the edit: now it goes
    assert report.evicted == 1
    assert net.get("mon", "household", hh) is None and net.get("mon", "person", person) is None
    net.send("coord", "cal")  # the new holder gets the whole record, the edit included
    assert net.get("cal", "person", person)["phone"] == "333 1234567"
    assert net.get("cal", "household", hh)["point"] == "CAL"


def test_a_point_moves_its_own_household_away(net: Net) -> None:
    hh = net.household("mon")
    person = net.person("mon", hh)
    net.update("mon", "household", hh, {"point": "CAL"})  # the family moved
    assert holds(net, "mon", hh)  # until the coordinator has it
    net.roundtrip("mon", "cal")
    assert not holds(net, "mon", hh) and not holds(net, "mon", person)
    assert holds(net, "cal", hh) and holds(net, "cal", person)


def test_hard_case_7_a_context_moves_to_another_laptop_with_edits_unsent(net: Net) -> None:
    hh = net.household("coord", housing_context=net.ctx["A"])
    visit = net.add("coord", "visit", {"housing_context": net.ctx["A"], "date": "2026-05-01"})
    net.roundtrip("l1", "l2")
    net.update("l1", "visit", visit, {"notes": "scala C da sistemare"})  # unsent
    net.update("coord", "housing_context", net.ctx["A"], {"custode_site": net.ids["l2"]})
    net.send("coord", "l1")
    assert holds(net, "l1", visit)
    net.send("l1", "coord")
    assert net.get("coord", "visit", visit)["notes"] == "scala C da sistemare"
    net.roundtrip("l1", "l2")
    assert not holds(net, "l1", hh) and not holds(net, "l1", visit)
    assert net.get("l2", "visit", visit)["notes"] == "scala C da sistemare"
    assert holds(net, "l2", hh)


def test_a_change_made_after_the_record_left_the_senders_scope_is_refused(net: Net) -> None:
    hh = net.household("coord", point="MON")
    other = net.household("coord", point="MON", address="Via Altra 5")
    net.roundtrip("mon", "cal")
    net.update("coord", "household", hh, {"point": "CAL"})
    net.update("mon", "household", hh, {"phone": "030 6666666"})  # after the move
    net.update("mon", "household", other, {"phone": "030 7777777"})  # still its own
    report = net.send("mon", "coord")
    assert report.refused == 1 and report.applied == 1
    assert "phone" not in net.get("coord", "household", hh)
    assert net.get("coord", "household", other)["phone"] == "030 7777777"
    report = net.send("coord", "mon")
    assert report.refused_by_coordinator == 1
    net.roundtrip("mon", "cal")
    assert not holds(net, "mon", hh)
    assert "phone" not in net.get("cal", "household", hh)


def test_scope_sql_names_what_each_role_holds() -> None:
    point = Scope("point", "s1", "MON")
    assert point.where("point") is None and point.where("household") == ("t.point = ?", ["MON"])
    laptop = Scope("laptop", "s2")
    cond, params = laptop.where("visit") or ("", [])
    assert "housing_context" in cond and params == ["s2", "s2"]
    assert Scope("coordinator", "s0").where("person") is None
