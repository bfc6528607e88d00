"""Encrypted backups: made while the store is open, verified, restored, rotated, and
restored stores announcing a new incarnation of their site (spec/sync.md, hard case 6)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from genera_desktop.domain.errors import AuthFailed, Refused
from genera_desktop.services import accounts, backup, records
from genera_desktop.services.coordination import audit
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.services.network import membership as network
from genera_desktop.services.network import sync
from genera_desktop.store import migrate
from genera_desktop.store.schema import SCHEMA_HEAD
from genera_desktop.store.store import Store
from genera_desktop.sync import identity
from genera_desktop.sync.importer import BundleRefused, ImportReport
from tests.conftest import ADMIN, PASSWORD

SURNAME = "Quintavalle"
SECRETS = (SURNAME.encode(), b"Gertrude", b"Zanardelli", b"QNTGTR80A41F471L",
           b"Punto Montichiari")


@dataclass
class Site:
    """An open store (tests reopen it after a restore) and its recovery key."""

    store: Store
    recovery_key: str


@pytest.fixture
def created(tmp_path: Path) -> Iterator[Site]:
    """A coordinator with its recovery key, a point and one family."""
    made = network.create_network(tmp_path / "store", network_name="Bassa Bresciana",
                                  site_name="Coordinamento", admin_user=ADMIN,
                                  password=PASSWORD)
    with made.store.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari",
                                   "municipality": "Montichiari"})
        hh = records.add(uow, "household", {"point": "MON", "address": "Via Zanardelli 77"})
        records.add(uow, "person", {"household": hh, "first_name": "Gertrude",
                                    "last_name": SURNAME, "tax_code": "QNTGTR80A41F471L"})
        uow.commit()
    site = Site(made.store, made.recovery_key)
    yield site
    site.store.close()


def dump(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return list(dump_lines(uow))


def add_household(store: Store, address: str) -> str:
    with store.unit_of_work() as uow:
        rid = records.add(uow, "household", {"point": "MON", "address": address})
        uow.commit()
    return rid


def snapshot_of(folder: Path) -> dict[str, str]:
    """Every file under a folder with its hash: 'nothing touched' means this is equal."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def rewrite(src: Path, dest: Path, *, db: bytes | None = None,
            manifest: dict | None = None) -> None:
    """A copy of a backup with a member replaced: valid zip CRCs, different content."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "genera.db" and db is not None:
                data = db
            if name == "manifest.json" and manifest is not None:
                data = json.dumps(manifest).encode()
            zout.writestr(name, data)


# -- make and restore ------------------------------------------------------------------


def test_a_backup_made_while_open_restores_the_same_dump(created: Site,
                                                         tmp_path: Path) -> None:
    store = created.store
    data_dir = store.data_dir
    before = dump(store)
    out = tmp_path / "out" / "today.genera-backup"
    reader = Store.open(data_dir, ADMIN, PASSWORD)  # another window, reading meanwhile
    with reader.unit_of_work(read_only=True) as uow:
        uow.session.execute(text("SELECT count(*) FROM household")).scalar()
        info = backup.make_backup(store, out)
    reader.close()
    assert info.site_id == store.site_id and info.schema == migrate.SCHEMA_HEAD
    assert backup.verify_backup(out).backup_id == info.backup_id
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary left
    with store.unit_of_work() as uow:
        assert audit.entries(uow, action="export")[0]["detail"] == {"backup": info.backup_id}
    store.close()
    for name in ("genera.db", "genera.db-wal", "genera.db-shm"):
        (data_dir / name).unlink(missing_ok=True)

    result = backup.restore_backup(data_dir, out, ADMIN, PASSWORD)

    assert result.replaced is not None and (result.replaced / "keys.json").exists()
    created.store = Store.open(data_dir, ADMIN, PASSWORD)
    assert dump(created.store) == before
    with created.store.unit_of_work() as uow:
        entry = audit.entries(uow, action="restore")[0]
    assert entry["user"] == ADMIN and entry["detail"]["backup"] == info.backup_id
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".restore-")]


def test_the_snapshot_holds_what_is_committed_and_waits_for_no_writer(
        created: Site, tmp_path: Path) -> None:
    store = created.store
    before = dump(store)
    writer = Store.open(store.data_dir, ADMIN, PASSWORD)  # another window, mid-edit
    uow = writer.unit_of_work().__enter__()
    records.add(uow, "household", {"point": "MON", "address": "Via Non Ancora Salvata 1"})
    uow.session.flush()
    out = tmp_path / "mid-edit.genera-backup"
    done = threading.Thread(target=backup.make_backup, args=(store, out))
    done.start()
    deadline = time.monotonic() + 60  # generous: a busy machine, the condition ends it early
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert out.exists()  # the file is complete while the writer still holds its lock
    uow.__exit__(None, None, None)  # the edit is abandoned; the audit entry goes in
    done.join()
    writer.close()
    restored = tmp_path / "restored"
    backup.restore_backup(restored, out, ADMIN, PASSWORD)
    again = Store.open(restored, ADMIN, PASSWORD)
    try:
        assert dump(again) == before
    finally:
        again.close()


def test_the_replaced_store_is_kept_aside_and_still_opens(created: Site,
                                                          tmp_path: Path) -> None:
    store = created.store
    out = tmp_path / "b.genera-backup"
    backup.make_backup(store, out)
    later = add_household(store, "Via Dopo il Backup 3")
    data_dir = store.data_dir
    store.close()
    now = datetime(2025, 3, 14, 9, 26, 53)

    result = backup.restore_backup(data_dir, out, ADMIN, PASSWORD, now=now)

    assert result.replaced == data_dir / "replaced-20250314-092653"
    kept = Store.open(result.replaced, ADMIN, PASSWORD)
    try:
        assert any(later in line for line in dump(kept))
    finally:
        kept.close()
    created.store = Store.open(data_dir, ADMIN, PASSWORD)
    assert not any(later in line for line in dump(created.store))
    created.store.close()
    # A second restore in the same second keeps both replaced stores.
    second = backup.restore_backup(data_dir, out, ADMIN, PASSWORD, now=now)
    assert second.replaced == data_dir / "replaced-20250314-092653-2"
    assert (result.replaced / "genera.db").exists()
    created.store = Store.open(data_dir, ADMIN, PASSWORD)


def test_the_recovery_key_restores(created: Site, tmp_path: Path) -> None:
    store = created.store
    before = dump(store)
    out = tmp_path / "b.genera-backup"
    backup.make_backup(store, out)
    store.close()
    target = tmp_path / "new-pc"
    with pytest.raises(AuthFailed):
        backup.restore_backup(target, out, recovery_key="AAAAA-BBBBB-CCCCC-DDDDD")
    backup.restore_backup(target, out, recovery_key=created.recovery_key.lower())
    created.store = Store.open(target, ADMIN, PASSWORD)  # the users' passwords too
    assert dump(created.store) == before
    with created.store.unit_of_work() as uow:
        assert audit.entries(uow, action="restore")[0]["user"] is None
    assert backup.check_backup(out, recovery_key=created.recovery_key).site_id == store.site_id


def test_a_backup_opens_with_the_passwords_of_its_time(created: Site,
                                                       tmp_path: Path) -> None:
    store = created.store
    with store.unit_of_work() as uow:
        accounts.add_account(uow, "bruno", "bruno-password", role="operator")
        accounts.commit_accounts(uow)
    out = tmp_path / "b.genera-backup"
    backup.make_backup(store, out)
    with store.unit_of_work() as uow:
        accounts.set_password(uow, ADMIN, "a-later-password")
        accounts.commit_accounts(uow)
    store.close()
    with pytest.raises(AuthFailed):
        backup.check_backup(out, ADMIN, "a-later-password")
    assert backup.check_backup(out, ADMIN, PASSWORD).site_id == store.site_id
    # An operator's password opens it, but restoring is an administrator's job.
    before = snapshot_of(store.data_dir)
    with pytest.raises(Refused, match="admin_only"):
        backup.restore_backup(store.data_dir, out, "bruno", "bruno-password")
    assert snapshot_of(store.data_dir) == before
    created.store = Store.open(store.data_dir, ADMIN, "a-later-password")


# -- refusals: nothing touched ----------------------------------------------------------


def test_a_wrong_password_touches_nothing(created: Site, tmp_path: Path) -> None:
    store = created.store
    out = tmp_path / "b.genera-backup"
    backup.make_backup(store, out)
    store.close()
    before = snapshot_of(store.data_dir)
    for user, password in ((ADMIN, "not-the-password"), ("nobody", PASSWORD)):
        with pytest.raises(AuthFailed):
            backup.restore_backup(store.data_dir, out, user, password)
        assert snapshot_of(store.data_dir) == before
    assert sorted(p.name for p in store.data_dir.iterdir()) == sorted(
        {p.split("/")[0] for p in before})
    created.store = Store.open(store.data_dir, ADMIN, PASSWORD)


@pytest.mark.parametrize("damage", ["flip_db", "flip_manifest", "truncate", "truncate_half",
                                    "empty", "not_zip", "extra_member", "page_and_hash",
                                    "manifest_site", "plaintext"])
def test_a_damaged_backup_is_refused_before_anything_is_replaced(
        created: Site, tmp_path: Path, damage: str) -> None:
    store = created.store
    good = tmp_path / "good.genera-backup"
    backup.make_backup(store, good)
    bad = tmp_path / "bad.genera-backup"
    raw = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        db = bytearray(zf.read("genera.db"))
        db_offset = raw.find(bytes(db[:64]))
    if damage == "flip_db":
        raw[db_offset + len(db) // 2] ^= 0x01
        bad.write_bytes(raw)
    elif damage == "flip_manifest":
        raw[raw.find(b"manifest.json") + 40] ^= 0x40
        bad.write_bytes(raw)
    elif damage == "truncate":
        bad.write_bytes(raw[:-200])
    elif damage == "truncate_half":
        bad.write_bytes(raw[: len(raw) // 2])
    elif damage == "empty":
        bad.write_bytes(b"")
    elif damage == "not_zip":
        bad.write_text("household_ref,point\n1,MON\n")
    elif damage == "extra_member":
        shutil.copy(good, bad)
        with zipfile.ZipFile(bad, "a") as zf:
            zf.writestr("notes.txt", "hello")
    elif damage == "page_and_hash":
        # Someone who knows the format alters a page and fixes the hash and size: the
        # manifest's MAC and every page's HMAC still catch it.
        db[len(db) // 2] ^= 0x01
        manifest["files"]["genera.db"]["sha256"] = hashlib.sha256(db).hexdigest()
        rewrite(good, bad, db=bytes(db), manifest=manifest)
    elif damage == "manifest_site":
        manifest["site_id"] = "01900000-0000-7000-8000-000000000000"
        rewrite(good, bad, manifest=manifest)
    elif damage == "plaintext":
        plain = io.BytesIO(b"SQLite format 3\x00" + bytes(db[16:]))
        manifest["files"]["genera.db"]["sha256"] = hashlib.sha256(plain.getvalue()).hexdigest()
        rewrite(good, bad, db=plain.getvalue(), manifest=manifest)
    data_dir = store.data_dir
    store.close()
    before = snapshot_of(data_dir)
    needs_key = damage in ("page_and_hash", "manifest_site")
    if not needs_key:  # without a password the structure and hashes already tell
        with pytest.raises(backup.BackupInvalid) as early:
            backup.verify_backup(bad)
        assert early.value.code in ("damaged", "not_a_backup", "plaintext")
    with pytest.raises(backup.BackupInvalid) as info:
        backup.restore_backup(data_dir, bad, ADMIN, PASSWORD)
    expected = {"not_zip": "not_a_backup", "empty": "not_a_backup",
                "plaintext": "plaintext"}.get(damage, "damaged")
    assert info.value.code == expected
    assert snapshot_of(data_dir) == before
    assert not [p for p in data_dir.iterdir() if p.is_dir()]  # no replaced-, no staging
    created.store = Store.open(data_dir, ADMIN, PASSWORD)


def test_a_backup_holds_no_personal_data_in_clear(created: Site,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "b.genera-backup"
    backup.make_backup(created.store, out)
    raw = out.read_bytes()
    with zipfile.ZipFile(out) as zf:
        members = b"".join(zf.read(name) for name in zf.namelist())
        assert zf.read("genera.db")[:16] != b"SQLite format 3\x00"
    for secret in (*SECRETS, ADMIN.encode()):
        assert secret not in raw
        assert secret not in members  # deflated members, once inflated


# -- schema ---------------------------------------------------------------------------

# The release after this one: one more migration.
NEXT_REVISION = f"{int(SCHEMA_HEAD) + 1:04d}"
NEXT = f'''"""next release

Revision ID: {NEXT_REVISION}
Revises: {SCHEMA_HEAD}
"""
from alembic import op

revision = "{NEXT_REVISION}"
down_revision = "{SCHEMA_HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_person_phone_next", "person", ["phone"])


def downgrade() -> None:
    pass
'''


def next_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{NEXT_REVISION}_next.py").write_text(NEXT)
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", NEXT_REVISION)


def test_an_older_backup_is_upgraded_and_a_newer_one_refused(
        created: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = created.store
    before = dump(store)
    older = tmp_path / "older.genera-backup"
    backup.make_backup(store, older)
    store.close()
    with monkeypatch.context() as m:
        next_release(tmp_path, m)
        target = tmp_path / "next"
        backup.restore_backup(target, older, ADMIN, PASSWORD)
        upgraded = Store.open(target, ADMIN, PASSWORD)
        with upgraded.sessionmaker() as s:
            assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == NEXT_REVISION
        assert dump(upgraded) == before
        newer = tmp_path / "newer.genera-backup"
        backup.make_backup(upgraded, newer)
        upgraded.close()
    assert backup.verify_backup(newer).schema == NEXT_REVISION
    before_dir = snapshot_of(store.data_dir)
    with pytest.raises(backup.BackupInvalid) as info:
        backup.restore_backup(store.data_dir, newer, ADMIN, PASSWORD)
    assert info.value.code == "newer_schema"
    assert snapshot_of(store.data_dir) == before_dir
    created.store = Store.open(store.data_dir, ADMIN, PASSWORD)


# -- automatic backups ------------------------------------------------------------------


def test_auto_backup_once_a_day_keeping_7_daily_and_4_weekly(created: Site,
                                                             tmp_path: Path) -> None:
    store = created.store
    folder = tmp_path / "auto"
    folder.mkdir()
    mine = folder / "before-the-move.genera-backup"  # saved there by hand: never pruned
    backup.make_backup(store, mine)
    day = datetime(2025, 1, 26, 18, 0)  # a Sunday; 35 days to Saturday 1 March
    while day <= datetime(2025, 3, 1, 18, 0):
        assert backup.auto_backup(store, folder, now=day) is not None
        day += timedelta(days=1)
    assert backup.auto_backup(store, folder, now=datetime(2025, 3, 1, 21, 5)) is None
    kept = {p.name for p in folder.iterdir()}
    daily = [f"genera-202502{d:02d}-180000.genera-backup" for d in range(23, 29)]
    daily.append("genera-20250301-180000.genera-backup")
    weekly = ["genera-20250216-180000.genera-backup",  # newest of ISO week 7
              "genera-20250209-180000.genera-backup"]  # newest of ISO week 6
    assert kept == {*daily, *weekly, mine.name}
    for name in kept:
        backup.verify_backup(folder / name)
    # In the app the folder is the store's own.
    made = backup.auto_backup(store, now=datetime(2025, 3, 2, 8, 0))
    assert made == store.data_dir / "backups" / "genera-20250302-080000.genera-backup"


def test_prune_after_a_long_pause_keeps_the_last_backups(tmp_path: Path) -> None:
    for when in ("20240101-100000", "20240102-100000", "20240103-110000",
                 "20240103-090000", "20240201-100000"):
        (tmp_path / f"genera-{when}.genera-backup").write_bytes(b"x")
    (tmp_path / "genera-notes.txt").write_text("mine")
    stale, fresh = tmp_path / ".genera-snapshot-x1.tmp", tmp_path / ".genera-snapshot-x2.tmp"
    stale.write_bytes(b"cut short by a power cut")
    fresh.write_bytes(b"being written now")
    os.utime(stale, (time.time() - 2 * 86400, time.time() - 2 * 86400))
    deleted = backup.prune(tmp_path, keep_daily=2, keep_weekly=2)
    assert not stale.exists() and fresh.exists()
    # Two days and two ISO weeks that have a backup, however long ago: 1 February and
    # 3 January (its later one), which is also the newest of its week.
    assert sorted(p.name for p in deleted) == ["genera-20240101-100000.genera-backup",
                                               "genera-20240102-100000.genera-backup",
                                               "genera-20240103-090000.genera-backup"]
    assert (tmp_path / "genera-notes.txt").exists()


# -- the site's identity ---------------------------------------------------------------


def test_a_restored_site_is_a_new_incarnation_and_reuses_no_sequence_number(
        tmp_path: Path) -> None:
    coord = network.create_network(tmp_path / "coord", network_name="Bassa Bresciana",
                                   site_name="Coordinamento", admin_user=ADMIN,
                                   password=PASSWORD).store
    with coord.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari",
                                   "municipality": "Montichiari"})
        uow.commit()
    with coord.unit_of_work() as uow:
        sync.invite(uow, site_name="Punto Montichiari", role="point", point_code="MON",
                    out=tmp_path / "mon.invite")
        uow.commit()
    point = sync.join(tmp_path / "mon", tmp_path / "mon.invite", admin_user=ADMIN,
                      password=PASSWORD).store
    count = iter(range(100))

    def send(frm: Store, to: Store, to_id: str | None = None) -> ImportReport:
        path = tmp_path / f"b{next(count):02d}.genera"
        with frm.unit_of_work() as uow:
            sync.export(uow, path, to=to_id)
        return sync.import_file(to, path)

    try:
        send(point, coord)
        send(coord, point, point.site_id)
        with point.unit_of_work() as uow:
            old_incarnation = identity.incarnation(uow.session)
        saved = tmp_path / "mon.genera-backup"
        backup.make_backup(point, saved)
        lost = add_household(point, "Via Dopo il Backup 1")
        send(point, coord)  # the coordinator has it; the backup does not
        point.close()

        result = backup.restore_backup(point.data_dir, saved, ADMIN, PASSWORD)

        point = Store.open(point.data_dir, ADMIN, PASSWORD)
        with point.unit_of_work() as uow:
            assert identity.incarnation(uow.session) == result.incarnation != old_incarnation
        fresh = add_household(point, "Via Ripartenza 2")
        report = send(point, coord)  # its sequence number again, in a new incarnation
        assert report.applied > 0
        with coord.unit_of_work() as uow:
            assert records.load(uow.session, "household", fresh) is not None
        send(coord, point, point.site_id)  # everything in its scope again
        with point.unit_of_work() as uow:
            assert records.load(uow.session, "household", lost) is not None
    finally:
        point.close()
        coord.close()


def test_a_copy_that_does_not_say_so_is_still_refused(tmp_path: Path) -> None:
    """Control: the same store put back by hand (no restore) reuses a sequence number."""
    coord = network.create_network(tmp_path / "coord", network_name="Bassa Bresciana",
                                   site_name="Coordinamento", admin_user=ADMIN,
                                   password=PASSWORD).store
    with coord.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari",
                                   "municipality": "Montichiari"})
        sync.invite(uow, site_name="Punto Montichiari", role="point", point_code="MON",
                    out=tmp_path / "mon.invite")
        uow.commit()
    point = sync.join(tmp_path / "mon", tmp_path / "mon.invite", admin_user=ADMIN,
                      password=PASSWORD).store
    try:
        point.close()
        shutil.copytree(tmp_path / "mon", tmp_path / "mon-copy")
        point = Store.open(tmp_path / "mon", ADMIN, PASSWORD)
        for n, store_dir in enumerate(("mon", "mon-copy")):
            other = Store.open(tmp_path / store_dir, ADMIN, PASSWORD)
            add_household(other, f"Via Copia {n}")
            with other.unit_of_work() as uow:
                sync.export(uow, tmp_path / f"{store_dir}.genera")
            other.close()
        sync.import_file(coord, tmp_path / "mon.genera")
        with pytest.raises(BundleRefused) as info:
            sync.import_file(coord, tmp_path / "mon-copy.genera")
        assert info.value.code == "sequence_reused"
    finally:
        point.close()
        coord.close()


def test_a_killed_backup_leaves_nothing_the_clean_up_misses(tmp_path: Path) -> None:
    """A backup killed while SQLite copied: the snapshot, its -wal, -shm and -journal,
    and the zip being written; the automatic clean-up removes every one, day-old."""
    old = time.time() - 2 * 86400
    left = [".genera-snapshot-k3x.tmp", ".genera-snapshot-k3x.tmp-wal",
            ".genera-snapshot-k3x.tmp-shm", ".genera-snapshot-k3x.tmp-journal",
            ".genera-20260101-100000.genera-backup.q9z.tmp"]
    for name in left:
        (tmp_path / name).write_bytes(b"encrypted, useless, big")
        os.utime(tmp_path / name, (old, old))
    young = tmp_path / ".genera-snapshot-now.tmp-wal"
    young.write_bytes(b"a backup being made right now")
    mine = tmp_path / ".genera-notes.txt"
    mine.write_text("not ours to remove")
    os.utime(mine, (old, old))
    backup.prune(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".genera-notes.txt", young.name]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_store_backups_and_restores_are_owner_only(created: Site, tmp_path: Path) -> None:
    store = created.store
    data_dir = store.data_dir
    add_household(store, "Via Mazzini 1")  # the WAL files exist now

    def mode(path: Path) -> int:
        return path.stat().st_mode & 0o777

    assert mode(data_dir) == 0o700
    for name in ("genera.db", "genera.db-wal", "genera.db-shm", "keys.json"):
        assert mode(data_dir / name) == 0o600, name
    made = backup.auto_backup(store, now=datetime(2026, 3, 2, 8, 0))
    assert made is not None
    assert mode(made.parent) == 0o700 and mode(made) == 0o600
    with store.unit_of_work() as uow:  # the key file written again keeps its mode
        accounts.add_account(uow, "bruno", "bruno-password-7")
        accounts.commit_accounts(uow)
    assert mode(data_dir / "keys.json") == 0o600
    store.close()
    result = backup.restore_backup(data_dir, made, ADMIN, PASSWORD)
    assert result.replaced is not None and mode(result.replaced) == 0o700
    for name in ("genera.db", "keys.json"):
        assert mode(data_dir / name) == 0o600, name
    # A store an older release left readable by all is closed to others when opened.
    os.chmod(data_dir, 0o755)
    os.chmod(data_dir / "genera.db", 0o644)
    os.chmod(data_dir / "keys.json", 0o644)
    created.store = Store.open(data_dir, ADMIN, PASSWORD)
    assert mode(data_dir) == 0o700
    assert mode(data_dir / "genera.db") == mode(data_dir / "keys.json") == 0o600
