"""Enrolment: invitations, joining, keys accepted once, fingerprints, revocation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from genera_desktop.domain.errors import Refused
from genera_desktop.services.network import membership as network
from genera_desktop.services.network import sync
from genera_desktop.sync.importer import BundleRefused
from genera_desktop.sync.invitation import read_invitation
from tests.sync.syncnet import ADMIN, PASSWORD, Net


def invite(net: Net, name: str, role: str = "point", point: str | None = "MON",
           site: str = "coord") -> Path:
    path = net.root / f"{name}.invite"
    with net.stores[site].unit_of_work() as uow:
        sync.invite(uow, site_name=name, role=role, point_code=point, out=path)
        uow.commit()
    return path


def join(net: Net, key: str, path: Path) -> sync.Joined:
    joined = sync.join(net.root / key, path, admin_user=ADMIN, password=PASSWORD)
    net.stores[key], net.ids[key] = joined.store, joined.site_id
    return joined


def stamps(net: Net, site: str, kinds: tuple[str, ...]) -> set[tuple]:
    with net.stores[site].sessionmaker() as s:
        rows = s.execute(text(
            "SELECT fc.kind, fc.rid, fc.field, fc.hlc, r.site_id FROM field_clock fc "
            "JOIN replica r ON r.idx = fc.site WHERE fc.kind IN ('point', 'housing_context')"))
        return {tuple(r) for r in rows if r[0] in kinds}


def test_only_the_coordinator_invites_and_a_point_needs_a_held_point(net: Net) -> None:
    with pytest.raises(Refused) as info:
        invite(net, "Da un punto", site="mon")
    assert info.value.code == "coordinator_only"
    for point, code in ((None, "point_required"), ("XYZ", "point_unknown")):
        with pytest.raises(Refused) as info:
            invite(net, "Punto Nuovo", point=point)
        assert info.value.code == code
    with pytest.raises(Refused) as info:
        invite(net, "punto montichiari")  # names are unique, whatever the case
    assert info.value.code == "site_name_taken"


def test_join_starts_with_the_catalogs_and_their_stamps(net: Net) -> None:
    path = invite(net, "Punto Nuovo", point="REM")
    body = read_invitation(path)
    joined = join(net, "new", path)
    assert joined.site_id == body["site_id"] and joined.role == "point"
    with net.stores["coord"].unit_of_work() as uow:
        assert joined.coordinator_fingerprint == network.status(uow)["fingerprint"]
    kinds = ("point", "housing_context")
    assert stamps(net, "new", kinds) == stamps(net, "coord", kinds)
    # it can register a household of its point at once, before any bundle
    hh = net.household("new", point="REM")
    assert net.get("new", "household", hh) is not None
    with net.stores["new"].unit_of_work() as uow:
        status = network.status(uow)
    assert status["fingerprint"] == joined.fingerprint and status["point"] == "REM"
    coord = {s["site_name"]: s for s in status["sites"]}["Coordinamento"]
    assert coord["fingerprint"] == joined.coordinator_fingerprint


def test_enrolment_completes_with_the_first_bundle_even_if_one_is_lost(net: Net) -> None:
    joined = join(net, "new", invite(net, "Laptop Nuovo", role="laptop", point=None))
    with pytest.raises(Refused) as info:
        net.export("coord", "new")
    assert info.value.code == "no_key_yet"
    net.export("new", "coord")  # lost: the next one still carries the keys and token
    report = net.send("new", "coord")
    assert report.enrolled == joined.fingerprint
    with net.stores["coord"].unit_of_work() as uow:
        sites = {s["site_name"]: s for s in network.status(uow)["sites"]}
    assert sites["Laptop Nuovo"]["fingerprint"] == joined.fingerprint
    assert sites["Laptop Nuovo"]["last_in"] is not None
    net.send("coord", "new")
    with net.stores["new"].unit_of_work() as uow:
        assert sync.identity.get_setting(uow.session, "enrolment_token") is None
        names = {s["site_name"] for s in network.status(uow)["sites"]}
    assert {"Punto Montichiari", "Laptop Anna"} <= names  # the roster arrived


def test_a_wrong_token_is_refused(net: Net) -> None:
    join(net, "new", invite(net, "Punto Nuovo", point="CAL"))
    with net.stores["new"].unit_of_work() as uow:
        sync.identity.set_setting(uow.session, "enrolment_token", "A" * 43)
        uow.commit()
    with pytest.raises(BundleRefused) as info:
        net.send("new", "coord")
    assert info.value.code == "bad_token"


def test_revoke_by_name_and_the_roster_carries_it(net: Net) -> None:
    with net.stores["coord"].unit_of_work() as uow:
        site = sync.revoke(uow, "laptop anna")
        uow.commit()
    assert site.site_id == net.ids["l1"]
    with pytest.raises(Refused) as info:
        net.export("coord", "l1")
    assert info.value.code == "recipient_revoked"
    net.send("coord", "mon")
    with net.stores["mon"].unit_of_work() as uow:
        sites = {s["site_name"]: s for s in network.status(uow)["sites"]}
    assert sites["Laptop Anna"]["revoked"] is True
    with pytest.raises(Refused), net.stores["mon"].unit_of_work() as uow:
        sync.revoke(uow, "Laptop Bruno")
