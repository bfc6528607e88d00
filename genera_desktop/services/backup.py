"""Encrypted backups of the store: make one while the store is open, verify, restore,
and keep a rotation of automatic ones (no Qt here: the CLI and the GUI both call it).

A backup is one zip file holding three members:

- ``genera.db``: a consistent snapshot of the database made with SQLite's online backup
  API on the keyed connection into a new database keyed with the same key, so it is
  SQLCipher-encrypted exactly like the store (stored, not compressed: ciphertext does
  not compress);
- ``keys.json``: the store's key slots as they were (nothing personal: slots are named by
  a keyed hash and every wrapped key needs a password or the recovery key), so a backup
  opens with the passwords its users had when it was made, and with the recovery key;
- ``manifest.json``: format, backup id, created at, app version, schema revision, site id,
  the SHA-256 and size of the two other members, and a MAC over all of it under a key
  derived from the database key (checked once a password has unlocked the backup).

Nothing in the file is personal data in clear. Without a password, :func:`verify_backup`
checks the structure, the hashes and that the database is not plaintext; a restore also
checks every page's HMAC with the key before anything is replaced.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import sqlcipher3

from genera_desktop import __version__
from genera_desktop.domain.errors import AuthFailed, GeneraError, StoreNewer
from genera_desktop.files import open_private, private_dir
from genera_desktop.services import permissions
from genera_desktop.services.coordination import audit
from genera_desktop.store import keyring as keyring_module
from genera_desktop.store.engine import DB_FILE, connect_factory
from genera_desktop.store.ids import new_id
from genera_desktop.store.keyring import KEYRING_FILE, Keyring
from genera_desktop.store.store import Store, keep_private
from genera_desktop.sync import identity

FORMAT = "genera-backup"
FORMAT_VERSION = 1
SUFFIX = ".genera-backup"
MANIFEST = "manifest.json"
MEMBERS = (MANIFEST, KEYRING_FILE, DB_FILE)
BACKUP_DIR = "backups"
REPLACED_PREFIX = "replaced-"
# The files that make up a store in its folder (an open WAL store has the two extra
# ones; keys.tmp is a key-slot write a crash interrupted).
STORE_FILES = (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", KEYRING_FILE, "keys.tmp")
SQLITE_HEADER = b"SQLite format 3\x00"
CHUNK = 1 << 20
AUTO_NAME = re.compile(r"^genera-(\d{8}-\d{6})" + re.escape(SUFFIX) + "$")
# What make_backup writes before the backup is whole (see prune).
TEMPORARY = re.compile(r"^\.genera-.*\.tmp(-wal|-shm|-journal)?$")
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_MAC_LABEL = b"genera backup manifest v1"
# What reading a damaged zip member raises: a CRC mismatch, a member cut short, a broken
# deflate stream, a header pointing nowhere.
_UNREADABLE = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError)


class BackupInvalid(GeneraError):
    """A backup that cannot be restored. ``code`` says why, for the CLI and GUI to word:

    ``not_a_backup``, ``damaged`` (truncated, altered, a hash or a page's HMAC wrong),
    ``unsupported_format`` (made by a newer genera), ``plaintext`` (its database is not
    encrypted: never ours), ``newer_schema`` (its store needs a newer release).
    """

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{code}: {path.name}{': ' + detail if detail else ''}")
        self.code = code
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class BackupInfo:
    """What a backup's manifest says (checked against its contents)."""

    path: Path
    backup_id: str
    created_at: str
    app_version: str
    schema: str | None
    site_id: str
    size: int


@dataclass(frozen=True)
class Restored:
    """The outcome of a restore."""

    info: BackupInfo
    data_dir: Path
    replaced: Path | None  # where the replaced store was kept, None if there was none
    incarnation: str  # the site's new incarnation, announced in its next bundles


# -- making ----------------------------------------------------------------------------


def make_backup(store: Store, out_path: Path) -> BackupInfo:
    """Write an encrypted backup of the open store to ``out_path``, atomically.

    Safe while the app works on the store: the snapshot is one read transaction on a
    connection of its own. The file appears only once complete; an existing file at
    ``out_path`` is replaced. Call it outside a unit of work of this thread: it then
    records the backup in the audit trail in a transaction of its own.
    """
    out_path = Path(out_path)
    folder = out_path.parent
    folder.mkdir(parents=True, exist_ok=True)
    if folder.resolve().is_relative_to(store.data_dir.resolve()):
        private_dir(folder)  # the backups folder in the store's: as private as the store
    snapshot = _temp_path(folder, ".genera-snapshot-")
    packed = _temp_path(folder, f".{out_path.name}.")
    try:
        schema = _snapshot(store, snapshot)
        keys = (store.data_dir / KEYRING_FILE).read_bytes()
        manifest: dict[str, Any] = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "backup_id": new_id(),
            "created_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "app_version": __version__, "schema": schema, "site_id": store.site_id,
            "files": {
                KEYRING_FILE: {"sha256": hashlib.sha256(keys).hexdigest(), "size": len(keys)},
                DB_FILE: {"sha256": _file_sha256(snapshot), "size": snapshot.stat().st_size},
            },
        }
        manifest["mac"] = _manifest_mac(manifest, store.key)
        with open(packed, "wb") as fh:
            with zipfile.ZipFile(fh, "w") as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True),
                            compress_type=zipfile.ZIP_DEFLATED)
                zf.writestr(KEYRING_FILE, keys, compress_type=zipfile.ZIP_DEFLATED)
                zf.write(snapshot, DB_FILE, compress_type=zipfile.ZIP_STORED)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(packed, out_path)
    finally:
        for leftover in (snapshot, packed, *_sqlite_siblings(snapshot)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    with store.unit_of_work() as uow:
        # A backup is everything this site holds leaving the store: it goes in the trail.
        audit.record(uow, "export", None, None, {"backup": manifest["backup_id"]})
        uow.commit()
    return _info(out_path, manifest)


def _snapshot(store: Store, target: Path) -> str | None:
    """Copy the live database into ``target`` under the same key; its schema revision."""
    # A connection of its own, not one from the engine's pool: the pool hands a thread
    # its own connection back, which may sit in an uncommitted transaction. The backup
    # API takes one read lock and copies every page in one step: a consistent snapshot
    # of what is committed, even with other connections writing (WAL).
    src = _keyed(store.data_dir / DB_FILE, store.key)
    dest = _keyed(target, store.key)
    try:
        src.backup(dest)
        # The copy inherits the WAL flag; a backup is one self-contained file.
        dest.execute("PRAGMA journal_mode = DELETE")
        schema = dest.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        dest.close()
        src.close()
    with open(target, "rb") as fh:
        if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
            # Never write personal data in clear: a SQLCipher build that dropped the
            # destination's key would otherwise go unnoticed.
            raise RuntimeError("the database snapshot is not encrypted")
    return None if schema is None else str(schema[0])


# -- verifying -------------------------------------------------------------------------


def verify_backup(path: Path) -> BackupInfo:
    """Check a backup without a password: structure, hashes, an encrypted database and
    key slots this release reads. BackupInvalid if anything is wrong."""
    path = Path(path)
    with _open_zip(path) as zf:
        manifest = _read_manifest(zf, path)
        for name in (KEYRING_FILE, DB_FILE):
            with zf.open(name) as member:
                _copy_checked(member, None, manifest, name, path)
        _check_keyring_doc(_read_member(zf, KEYRING_FILE, path), path)
    return _info(path, manifest)


def check_backup(path: Path, username: str | None = None, password: str | None = None,
                 *, recovery_key: str | None = None) -> BackupInfo:
    """Everything a restore checks, with the password, in a temporary folder: the backup
    opens, every page is intact and its schema is one this release can upgrade."""
    with tempfile.TemporaryDirectory(prefix="genera-check-") as tmp:
        info, store = _stage(Path(path), Path(tmp) / "store", username, password,
                             recovery_key)
        store.close()
    return info


# -- restoring -------------------------------------------------------------------------


def restore_backup(data_dir: Path, backup_path: Path, username: str | None = None,
                   password: str | None = None, *, recovery_key: str | None = None,
                   now: datetime | None = None) -> Restored:
    """Replace the store in ``data_dir`` with a backup, unlocked by an administrator's
    password (as it was when the backup was made) or by the recovery key.

    Everything is checked on a staged copy first (integrity, the password, migrations
    of an older backup); only then is the current store moved aside into
    ``data_dir/replaced-YYYYmmdd-HHMMSS/`` (never deleted) and the backup put in place.
    The restored store announces itself as a new incarnation of its site (spec/sync.md,
    hard case 6), so it never reuses a bundle sequence number or a clock stamp.
    The store in ``data_dir`` must be closed (the app closes it first).
    """
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=data_dir))
    try:
        info, store = _stage(Path(backup_path), staging, username, password, recovery_key)
        aside = _aside_dir(data_dir, now or datetime.now())
        try:
            with store.unit_of_work() as uow:
                if recovery_key is None:
                    permissions.require_admin(uow.session, uow.username)
                incarnation = identity.new_incarnation(uow.session)
                audit.record(uow, "restore", None, None, {
                    "backup": info.backup_id, "backup_created_at": info.created_at,
                    "replaced": aside.name if _store_files(data_dir) else None,
                })
                uow.commit()
        finally:
            store.close()
        replaced = _swap(data_dir, staging, aside)
        keep_private(data_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Restored(info, data_dir, replaced, incarnation)


def _stage(path: Path, staging: Path, username: str | None, password: str | None,
           recovery_key: str | None) -> tuple[BackupInfo, Store]:
    """Unpack a backup into ``staging``, unlock and check it, and open it (migrating an
    older one). Whatever fails, nothing outside ``staging`` was touched."""
    if recovery_key is None and (username is None or password is None):
        raise ValueError("a restore needs a user and password, or the recovery key")
    staging.mkdir(parents=True, exist_ok=True)
    with _open_zip(path) as zf:
        manifest = _read_manifest(zf, path)
        _check_keyring_doc(_read_member(zf, KEYRING_FILE, path), path)
        for name in (KEYRING_FILE, DB_FILE):
            # Hash while unpacking: the file may have changed since any earlier check.
            with zf.open(name) as member, open_private(staging / name) as out:
                _copy_checked(member, out, manifest, name, path)
    keyring = Keyring.load(staging)
    key = (keyring.unlock_recovery(recovery_key) if recovery_key is not None
           else keyring.unlock(str(username), str(password)))
    if not hmac.compare_digest(str(manifest.get("mac", "")), _manifest_mac(manifest, key)):
        raise BackupInvalid("damaged", path, "manifest")
    _check_database(staging / DB_FILE, key, path)
    try:
        store = (Store.open_with_recovery(staging, recovery_key) if recovery_key is not None
                 else Store.open(staging, str(username), str(password)))
    except StoreNewer:
        raise BackupInvalid("newer_schema", path, str(manifest.get("schema"))) from None
    if store.site_id != manifest.get("site_id"):
        store.close()
        raise BackupInvalid("damaged", path, "site")
    return _info(path, manifest), store


def _check_database(db: Path, key: bytes, path: Path) -> None:
    """Every page's HMAC and SQLite's own structure check, before anything is replaced."""
    try:
        conn = _keyed(db, key)
    except (AuthFailed, sqlcipher3.DatabaseError):
        # The key slot opened with the password, so the key is right: the file is not.
        raise BackupInvalid("damaged", path, "database") from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise BackupInvalid("damaged", path, "database")
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupInvalid("damaged", path, "database")
    except sqlcipher3.DatabaseError:
        raise BackupInvalid("damaged", path, "database") from None
    finally:
        conn.close()


def _swap(data_dir: Path, staging: Path, aside: Path) -> Path | None:
    """Move the current store into ``aside`` and the staged one into place; on any
    failure put everything back as it was."""
    current = _store_files(data_dir)
    moved_out: list[str] = []
    moved_in: list[str] = []
    try:
        if current:
            aside.mkdir(mode=0o700)
            for name in current:
                os.replace(data_dir / name, aside / name)
                moved_out.append(name)
        for name in _store_files(staging):
            os.replace(staging / name, data_dir / name)
            moved_in.append(name)
    except BaseException:
        for name in moved_in:
            with contextlib.suppress(OSError):
                os.replace(data_dir / name, staging / name)
        for name in moved_out:
            with contextlib.suppress(OSError):
                os.replace(aside / name, data_dir / name)
        with contextlib.suppress(OSError):
            aside.rmdir()
        raise
    return aside if current else None


def _store_files(folder: Path) -> list[str]:
    return [name for name in STORE_FILES if (folder / name).exists()]


def _aside_dir(data_dir: Path, now: datetime) -> Path:
    base = f"{REPLACED_PREFIX}{now:%Y%m%d-%H%M%S}"
    candidate, n = data_dir / base, 1
    while candidate.exists():
        n += 1
        candidate = data_dir / f"{base}-{n}"
    return candidate


# -- automatic backups -----------------------------------------------------------------


def auto_backup(store: Store, backup_dir: Path | None = None,
                now: datetime | None = None) -> Path | None:
    """The app's backup on close: at most one a day in ``data_dir/backups``, then the
    rotation (:func:`prune`). Returns the new file, or None when today's exists."""
    now = now or datetime.now()
    folder = Path(backup_dir) if backup_dir is not None else store.data_dir / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    private_dir(folder)  # in the store's folder, and as private as the store
    made: Path | None = None
    if not any(when.date() == now.date() for when, _ in auto_backups(folder)):
        made = new_backup_path(folder, now)
        make_backup(store, made)
    prune(folder)
    return made


def auto_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """The automatic backups in ``folder``, newest first, dated by their names (the
    clock when they were made; file times change when folders are copied)."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = AUTO_NAME.match(path.name)
            if match:
                found.append((datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), path))
    return sorted(found, reverse=True)


def prune(folder: Path, keep_daily: int = KEEP_DAILY,
          keep_weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Keep the newest automatic backup of each of the latest ``keep_daily`` days and of
    each of the latest ``keep_weekly`` ISO weeks that have one; delete the others.

    Counting days and weeks that have a backup (not calendar days back from today) means
    an office closed for a month still finds its last backups on return. Files not named
    by :func:`auto_backup` (a backup saved there by hand) are never touched.
    """
    backups = auto_backups(folder)
    keep = _kept(backups, keep_daily, keep_weekly)
    deleted = []
    for _, path in backups:
        if path not in keep:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            deleted.append(path)
    # Temporary files of a backup a power cut or a kill interrupted (encrypted, but
    # useless, and as big as the store): the snapshot and the zip being written, and
    # the snapshot's -wal, -shm and -journal that SQLite left beside it. Only day-old
    # ones: a younger one may be a backup being written right now.
    stale = datetime.now().timestamp() - 86400
    for path in folder.iterdir() if folder.is_dir() else ():
        if not TEMPORARY.match(path.name):
            continue
        with contextlib.suppress(FileNotFoundError):
            if path.is_file() and path.stat().st_mtime < stale:
                path.unlink()
    return deleted


def _kept(backups: list[tuple[datetime, Path]], keep_daily: int = KEEP_DAILY,
          keep_weekly: int = KEEP_WEEKLY) -> dict[Path, str]:
    """Which automatic backups the rotation keeps, and why: "daily" (the newest of one of
    the latest days) or "weekly" (kept only as the newest of one of the latest weeks)."""
    keep: dict[Path, str] = {}
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for when, path in backups:  # newest first: the first of each period is its newest
        day = when.date()
        iso = when.isocalendar()
        week = (iso.year, iso.week)
        if day not in days and len(days) < keep_daily:
            days.add(day)
            keep[path] = "daily"
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            keep.setdefault(path, "weekly")
    return keep


@dataclass(frozen=True)
class BackupFile:
    """One backup in the backups folder, as the settings list it (read from the folder
    alone: nothing is opened, so listing stays instant and needs no password)."""

    path: Path
    made_at: datetime  # local time, from the name; the file's time for other names
    size: int
    kind: str  # "daily", "weekly", "extra" (the next rotation drops it), "other"


def backup_files(folder: Path) -> list[BackupFile]:
    """Every backup file in ``folder``, newest first: the automatic ones with the
    role the rotation gives them, and any other ``*.genera-backup`` saved there."""
    automatic = auto_backups(folder)
    kept = _kept(automatic)
    found = [BackupFile(path, when, _size(path), kept.get(path, "extra"))
             for when, path in automatic]
    named = {path for _, path in automatic}
    if folder.is_dir():
        for path in folder.glob(f"*{SUFFIX}"):
            if path not in named and path.is_file():
                when = datetime.fromtimestamp(path.stat().st_mtime)
                found.append(BackupFile(path, when, _size(path), "other"))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def new_backup_path(folder: Path, now: datetime | None = None) -> Path:
    """Where a backup made now goes in the backups folder: named as the automatic ones,
    so the rotation looks after it too."""
    when = (now or datetime.now()).replace(microsecond=0)
    while (path := Path(folder) / f"genera-{when:%Y%m%d-%H%M%S}{SUFFIX}").exists():
        when += timedelta(seconds=1)  # two in the same second: never replace one
    return path


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:  # deleted by a rotation meanwhile
        return 0


# -- helpers ---------------------------------------------------------------------------


def _keyed(path: Path, key: bytes) -> Any:
    """A raw SQLCipher connection made by the store's own recipe (store/engine.py), so a
    snapshot is keyed and set up exactly like the store, whatever the engine adds later;
    AuthFailed if the key does not open the file."""
    return connect_factory(path, key)()


def _manifest_mac(manifest: dict[str, Any], key: bytes) -> str:
    """HMAC of the manifest (without its own mac) under a key derived from the db key:
    the manifest cannot be swapped or edited without the store's key."""
    mac_key = hmac.new(key, _MAC_LABEL, hashlib.sha256).digest()
    body = {k: v for k, v in manifest.items() if k != "mac"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(mac_key, text, hashlib.sha256).hexdigest()


@contextlib.contextmanager
def _open_zip(path: Path) -> Iterator[zipfile.ZipFile]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError):
        with open(path, "rb") as fh:
            start = fh.read(4)
        # A zip's local header but no readable directory: cut short or altered.
        raise BackupInvalid("damaged" if start == b"PK\x03\x04" else "not_a_backup",
                            path) from None
    with zf:
        names = zf.namelist()
        if MANIFEST not in names:
            raise BackupInvalid("not_a_backup", path)
        if sorted(names) != sorted(MEMBERS):
            raise BackupInvalid("damaged", path, "members")
        yield zf


def _read_manifest(zf: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads(_read_member(zf, MANIFEST, path))
    except ValueError:
        raise BackupInvalid("damaged", path, "manifest") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupInvalid("not_a_backup", path)
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BackupInvalid("unsupported_format", path, str(version))
    files = manifest.get("files")
    if (not isinstance(files, dict) or not isinstance(manifest.get("site_id"), str)
            or any(not isinstance(files.get(n), dict) for n in (KEYRING_FILE, DB_FILE))):
        raise BackupInvalid("damaged", path, "manifest")
    return manifest


def _copy_checked(member: IO[bytes], out: IO[bytes] | None, manifest: dict[str, Any],
                  name: str, path: Path) -> None:
    """Stream one member (into ``out`` if given), checking its size, hash and, for the
    database, that it is not plaintext SQLite."""
    digest = hashlib.sha256()
    size = 0
    head = b""
    try:
        while chunk := member.read(CHUNK):
            if size == 0:
                head = chunk[: len(SQLITE_HEADER)]
            digest.update(chunk)
            size += len(chunk)
            if out is not None:
                out.write(chunk)
    except _UNREADABLE:
        raise BackupInvalid("damaged", path, name) from None
    expected = manifest["files"][name]
    if size != expected.get("size") or digest.hexdigest() != expected.get("sha256"):
        raise BackupInvalid("damaged", path, name)
    if name == DB_FILE and head == SQLITE_HEADER:
        raise BackupInvalid("plaintext", path)


def _read_member(zf: zipfile.ZipFile, name: str, path: Path) -> bytes:
    try:
        return zf.read(name)
    except _UNREADABLE:
        raise BackupInvalid("damaged", path, name) from None


def _check_keyring_doc(raw: bytes, path: Path) -> None:
    try:
        doc = json.loads(raw)
    except ValueError:
        raise BackupInvalid("damaged", path, KEYRING_FILE) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("slots"), dict) or "pepper" not in doc:
        raise BackupInvalid("damaged", path, KEYRING_FILE)
    if doc.get("format") != keyring_module.FORMAT:
        raise BackupInvalid("unsupported_format", path, KEYRING_FILE)


def _info(path: Path, manifest: dict[str, Any]) -> BackupInfo:
    return BackupInfo(path=path, backup_id=str(manifest.get("backup_id")),
                      created_at=str(manifest.get("created_at")),
                      app_version=str(manifest.get("app_version")),
                      schema=manifest.get("schema"), site_id=str(manifest["site_id"]),
                      size=path.stat().st_size)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _temp_path(folder: Path, prefix: str) -> Path:
    fd, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp")
    os.close(fd)
    return Path(name)


def _sqlite_siblings(db: Path) -> list[Path]:
    return [db.with_name(db.name + suffix) for suffix in ("-journal", "-wal", "-shm")]

