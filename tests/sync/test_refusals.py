"""Bundles that must be refused whole, and an import that fails half-way (hard case 8)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from genera_desktop.cli.messages import bundle_refusal
from genera_desktop.services.network import sync
from genera_desktop.store.ids import new_id
from genera_desktop.store.schema import SCHEMA_VERSION
from genera_desktop.sync import export as export_module
from genera_desktop.sync import importer, merge
from genera_desktop.sync.container import BundleWriter
from genera_desktop.sync.crypto import SiteKeys
from genera_desktop.sync.importer import BundleRefused
from tests.sync.syncnet import Net


def ledger(net: Net, site: str) -> tuple:
    with net.stores[site].sessionmaker() as s:
        from sqlalchemy import text

        return tuple(
            tuple(s.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all())
            for table in ("sync_bundle_in", "sync_peer", "field_clock", "clock_state", "conflict")
        )


def refused(net: Net, site: str, path: Path) -> str:
    before, digest = (net.dump(site), ledger(net, site)), hashlib.sha256(path.read_bytes())
    with pytest.raises(BundleRefused) as info:
        net.load(site, path)
    assert (net.dump(site), ledger(net, site)) == before  # nothing applied, nothing noted
    assert hashlib.sha256(path.read_bytes()).digest() == digest.digest()  # file untouched
    return info.value.code


def a_bundle(net: Net) -> Path:
    hh = net.household("mon")
    net.person("mon", hh)
    return net.export("mon", "coord")


def test_hard_case_8_a_tampered_bundle(net: Net) -> None:
    path = a_bundle(net)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    assert refused(net, "coord", path) in ("bad_signature", "corrupt")


@pytest.mark.parametrize(("field", "changed"), [
    (b'"format":1', b'"format":9'), (b'"schema_version":', b'"schema_version":9')])
def test_a_flipped_header_byte_says_damaged_not_update(net: Net, field: bytes,
                                                       changed: bytes) -> None:
    """Judged after the signature: the byte says the bundle was altered."""
    path = a_bundle(net)
    data = path.read_bytes()
    assert field in data
    if field.endswith(b":"):  # a digit of the schema version becomes a 9 (or an 8)
        at = data.index(field) + len(field)
        digit = b"9" if data[at:at + 1] != b"9" else b"8"
        data = data[:at] + digit + data[at + 1:]
    else:
        data = data.replace(field, changed, 1)
    path.write_bytes(data)
    code = refused(net, "coord", path)
    assert code == "bad_signature"
    assert "altered" in bundle_refusal(code, path.name)
    assert "update" not in bundle_refusal(code, path.name)


def test_hard_case_8_a_truncated_bundle(net: Net) -> None:
    path = a_bundle(net)
    path.write_bytes(path.read_bytes()[:-100])
    assert refused(net, "coord", path) == "truncated"


def test_hard_case_8_a_bundle_for_another_site(net: Net) -> None:
    assert refused(net, "cal", a_bundle(net)) == "wrong_recipient"


def test_hard_case_8_a_bundle_from_an_unknown_site(net: Net, tmp_path: Path) -> None:
    with net.stores["coord"].unit_of_work() as uow:
        from genera_desktop.services.network.membership import site_keys

        public = site_keys(uow).public()
    stranger = SiteKeys.generate()
    path = tmp_path / "stranger.genera"
    header = {"bundle_id": new_id(), "sender": new_id(), "recipient": net.ids["coord"],
              "sequence": 1, "created_at": "2026-01-01T00:00:00+00:00", "app_version": "0.1.0",
              "schema_version": SCHEMA_VERSION, "incarnation": new_id()}
    with BundleWriter(path, header=header, sender_keys=stranger,
                      recipient_encryption_key=public.encryption) as writer:
        writer.close({**header, "upto": 0, "sites": {}})
    assert refused(net, "coord", path) == "unknown_sender"


def test_hard_case_8_a_bundle_from_a_revoked_site(net: Net) -> None:
    path = net.export("l2", "coord")
    to_cal = net.export("l2", "cal")
    with net.stores["coord"].unit_of_work() as uow:
        sync.revoke(uow, "Laptop Bruno")
        uow.commit()
    assert refused(net, "coord", path) == "revoked_sender"
    net.load("cal", to_cal)  # before the roster reaches it, the point still takes them
    net.send("coord", "cal")
    assert refused(net, "cal", net.export("l2", "cal")) == "revoked_sender"


def test_a_bundle_from_a_newer_schema_asks_to_update(
        net: Net, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    path = a_bundle(net)
    monkeypatch.undo()
    assert refused(net, "coord", path) == "newer_schema"
    assert "update this installation" in bundle_refusal("newer_schema", path.name)


def test_hard_case_8_a_crash_in_the_middle_of_an_import_rolls_back(
        net: Net, monkeypatch: pytest.MonkeyPatch) -> None:
    households = [net.household("mon", address=f"Via {i}") for i in range(5)]
    path = net.export("mon", "coord")
    monkeypatch.setattr(importer, "BATCH_CHANGES", 3)
    calls = {"n": 0}
    real_apply = merge.Applier.apply

    def crashing(self: merge.Applier, kind: str, items: list) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("power cut")
        real_apply(self, kind, items)

    monkeypatch.setattr(merge.Applier, "apply", crashing)
    before = (net.dump("coord"), ledger(net, "coord"))
    with pytest.raises(RuntimeError):
        net.load("coord", path)
    assert calls["n"] == 3  # two batches were written before the crash...
    assert (net.dump("coord"), ledger(net, "coord")) == before  # ...and rolled back
    monkeypatch.undo()
    report = net.load("coord", path)  # the same file, whole this time
    assert not report.already_applied and report.applied > 0
    assert all(net.get("coord", "household", h) for h in households)
