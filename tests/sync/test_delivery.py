"""Acknowledgement and loss (spec/sync.md): lost, reordered, late and repeated bundles
(hard case 4)."""

from __future__ import annotations

from tests.sync.syncnet import Net


def in_scope_dump(net: Net, site: str) -> list[str]:
    return [line for line in net.dump(site) if '"kind": "point"' not in line]


def test_hard_case_4_a_lost_bundle_is_covered_by_the_next(net: Net) -> None:
    first = net.household("mon", address="Via Lost 1")
    net.export("mon", "coord")  # lost on the way
    second = net.household("mon", address="Via Kept 2")
    report = net.send("mon", "coord")
    assert report.skipped_sequence == [report.sequence - 1]
    assert net.get("coord", "household", first) is not None
    assert net.get("coord", "household", second) is not None
    net.export("coord", "mon")  # lost the other way too
    third = net.household("coord", address="Via Coord 3")
    report = net.send("coord", "mon")
    assert report.skipped_sequence == [report.sequence - 1]
    assert net.get("mon", "household", third) is not None
    net.roundtrip("mon")
    assert in_scope_dump(net, "mon") == [
        line for line in in_scope_dump(net, "coord") if '"MON"' in line or "housing" in line
    ]


def test_hard_case_4_bundles_out_of_order_and_late(net: Net) -> None:
    hh = net.household("mon")
    early = net.export("mon", "coord")
    net.update("mon", "household", hh, {"phone": "030 4444444"})
    later = net.export("mon", "coord")
    net.update("mon", "household", hh, {"phone": "030 5555555"})
    latest = net.export("mon", "coord")
    first = net.load("coord", latest)
    assert first.skipped_sequence == [first.sequence - 2, first.sequence - 1]
    late = net.load("coord", early)
    assert late.late and late.applied == 0
    also_late = net.load("coord", later)
    assert also_late.late and also_late.applied == 0
    assert net.get("coord", "household", hh)["phone"] == "030 5555555"


def test_hard_case_4_the_same_bundle_twice(net: Net) -> None:
    hh = net.household("mon")
    path = net.export("mon", "coord")
    first = net.load("coord", path)
    assert first.applied > 0 and not first.already_applied
    dump = net.dump("coord")
    second = net.load("coord", path)
    assert second.already_applied and second.applied == 0
    assert net.dump("coord") == dump
    assert net.get("coord", "household", hh) is not None


def test_a_late_bundle_never_undoes_a_newer_directive(net: Net) -> None:
    hh = net.household("coord")
    net.roundtrip("mon")
    net.update("coord", "household", hh, {"point": "CAL"})
    evicting = net.export("coord", "mon")  # carries the eviction of hh
    net.update("coord", "household", hh, {"point": "MON"})
    from genera_desktop.services.network import sync

    with net.stores["coord"].unit_of_work() as uow:
        sync.revoke(uow, "Laptop Bruno")
        uow.commit()
    readmitting = net.export("coord", "mon")  # hh back in full, l2 revoked
    net.load("mon", readmitting)
    late = net.load("mon", evicting)
    assert late.late
    assert net.get("mon", "household", hh) is not None
    assert net.get("mon", "household", hh)["point"] == "MON"
    net.roundtrip("mon")
    assert net.get("mon", "household", hh) is not None
    with net.stores["mon"].unit_of_work() as uow:
        status = {s["site_name"]: s for s in __import__(
            "genera_desktop.services.network.membership", fromlist=["status"]).status(uow)["sites"]}
    assert status["Laptop Bruno"]["revoked"] is True
