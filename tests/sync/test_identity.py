"""Two machines claiming one site (hard case 6): a copied store, a store restored from
its own backup, a second store joining with an invitation already used."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from genera_desktop.services.network import membership as network
from genera_desktop.services.network import sync
from genera_desktop.store.store import Store
from genera_desktop.sync.identity import new_incarnation
from genera_desktop.sync.importer import BundleRefused
from tests.sync.syncnet import ADMIN, PASSWORD, Net


def open_copy(net: Net, site: str, name: str) -> Store:
    """Another machine with a copy of a site's folder (closed first, so it is whole)."""
    net.stores[site].close()
    shutil.copytree(net.root / site, net.root / name)
    net.stores[site] = Store.open(net.root / site, ADMIN, PASSWORD)
    return Store.open(net.root / name, ADMIN, PASSWORD)


def refused(net: Net, site: str, path: Path) -> str:
    before = net.dump(site)
    with pytest.raises(BundleRefused) as info:
        net.load(site, path)
    assert net.dump(site) == before  # nothing of it applied
    return info.value.code


def status_of(net: Net, site: str, name: str) -> dict:
    with net.stores[site].unit_of_work() as uow:
        return {s["site_name"]: s for s in network.status(uow)["sites"]}[name]


def test_hard_case_6_a_copied_store_is_refused_and_its_site_suspended(net: Net) -> None:
    twin = open_copy(net, "mon", "mon-copy")
    net.household("mon", address="Via Originale 1")
    original = net.export("mon", "coord")
    net.stores["twin"] = twin
    net.ids["twin"] = twin.site_id
    net.household("twin", address="Via Copia 2")
    copy = net.export("twin", "coord")
    net.load("coord", original)
    assert refused(net, "coord", copy) == "sequence_reused"
    assert status_of(net, "coord", "Punto Montichiari")["revoked"] is True
    # From now on the site's bundles are refused, whichever machine they come from...
    assert refused(net, "coord", net.export("mon", "coord")) == "suspended_sender"
    # ...and every site learns it with the roster.
    net.send("coord", "cal")
    assert refused(net, "cal", net.export("mon", "cal")) == "suspended_sender"
    # The coordinator enrols the point again, with a new invitation.
    with net.stores["coord"].unit_of_work() as uow:
        invited = sync.invite(uow, site_name="Punto Montichiari", role="point",
                              point_code="MON", out=net.root / "again.invite")
        uow.commit()
    joined = sync.join(net.root / "mon-again", net.root / "again.invite", admin_user=ADMIN,
                       password=PASSWORD)
    net.stores["again"], net.ids["again"] = joined.store, invited.site_id
    report = net.send("again", "coord")
    assert report.enrolled == joined.fingerprint
    household = net.household("coord", address="Via Nuova 3")
    net.send("coord", "again")
    assert net.get("again", "household", household) is not None


def test_hard_case_6_a_store_restored_from_its_own_backup_is_a_new_incarnation(
        net: Net) -> None:
    backup = open_copy(net, "mon", "mon-backup")
    backup.close()
    after_backup = net.household("mon", address="Via Dopo il Backup 1")
    net.send("mon", "coord")
    net.send("coord", "mon")
    # The PC dies; its store comes back from the backup, which knows it.
    net.stores["mon"].close()
    shutil.rmtree(net.root / "mon")
    shutil.copytree(net.root / "mon-backup", net.root / "mon")
    net.stores["mon"] = Store.open(net.root / "mon", ADMIN, PASSWORD)
    assert net.get("mon", "household", after_backup) is None
    with net.stores["mon"].unit_of_work() as uow:
        new_incarnation(uow.session)
        uow.commit()
    fresh = net.household("mon", address="Via Ripartenza 2")
    report = net.send("mon", "coord")  # the same sequence number, a new incarnation
    assert report.applied > 0
    assert net.get("coord", "household", fresh) is not None
    net.send("coord", "mon")  # everything in its scope again, its lost record included
    assert net.get("mon", "household", after_backup) is not None
    net.roundtrip("mon")
    assert [x for x in net.dump("mon") if '"MON"' in x] == [
        x for x in net.dump("coord") if '"MON"' in x]


def test_hard_case_6_a_restore_that_does_not_say_so_looks_like_a_copy(net: Net) -> None:
    backup = open_copy(net, "mon", "mon-backup")
    net.household("mon")
    net.send("mon", "coord")
    net.stores["restored"], net.ids["restored"] = backup, backup.site_id
    net.household("restored", address="Via Diversa 9")
    assert refused(net, "coord", net.export("restored", "coord")) == "sequence_reused"


def test_hard_case_6_a_second_store_joining_with_a_used_invitation(net: Net) -> None:
    with net.stores["coord"].unit_of_work() as uow:
        sync.invite(uow, site_name="Punto Extra", role="point", point_code="CAL",
                    out=net.root / "extra.invite")
        uow.commit()
    first = sync.join(net.root / "extra1", net.root / "extra.invite", admin_user=ADMIN,
                      password=PASSWORD)
    second = sync.join(net.root / "extra2", net.root / "extra.invite", admin_user=ADMIN,
                       password=PASSWORD)
    assert first.fingerprint != second.fingerprint
    net.stores["first"], net.ids["first"] = first.store, first.site_id
    net.stores["second"], net.ids["second"] = second.store, second.site_id
    assert net.send("first", "coord").enrolled == first.fingerprint
    assert refused(net, "coord", net.export("second", "coord")) == "invitation_used"
    assert status_of(net, "coord", "Punto Extra")["revoked"] is True
