"""Importing one bundle: verify, decrypt, check, apply in one transaction, record.

Checks before anything is applied, the signature first: it is the sender's (at the
coordinator, a site's first bundle brings its keys and its one-time token instead);
only then the clear header is judged: it names this site and a schema this release
reads; the sender is in the roster, not revoked or suspended; the manifest matches. Then the bundle is applied whole or not
at all: a failure half-way through (a truncated payload, a crash) rolls everything back.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.domain import settings
from genera_desktop.domain.errors import BundleCorrupt, BundleError, BundleRefused
from genera_desktop.store import derived
from genera_desktop.store.ledger import BundleIn, Enrolment, Peer
from genera_desktop.store.local import Site
from genera_desktop.store.models import MODELS
from genera_desktop.store.schema import SCHEMA_VERSION
from genera_desktop.store.settings import get_setting, set_setting
from genera_desktop.sync import clock, directives, evictions, identity, roster
from genera_desktop.sync.container import BundleReader
from genera_desktop.sync.crypto import SiteKeys, SitePublicKeys, fingerprint
from genera_desktop.sync.enrolment import token_hash
from genera_desktop.sync.identity import Replicas
from genera_desktop.sync.merge import Applier, Item
from genera_desktop.sync.scopes import Scope, ScopeJudge, is_catalog
from genera_desktop.sync.tables import TABLES

# Changes applied per batch: big enough for executemany to pay, small enough to keep
# the memory of a million-change import flat.
BATCH_CHANGES = 20_000
# A big import dirties more pages than the usual cache holds; spilling them to the WAL
# mid-transaction and reading them back costs an encryption and a decryption each time.
IMPORT_CACHE_KB = int(os.environ.get("GENERA_IMPORT_CACHE_KB", "262144"))
NORMAL_CACHE_KB = 32000  # store/engine.py's setting
_CONFLICT_KEYS = ("id", "kind", "rid", "field", "winner_value", "winner_hlc", "winner_site",
                  "loser_value", "loser_hlc", "loser_site", "detected_at", "detected_by",
                  "note")


@dataclass
class ImportReport:
    """What one import did; ``to_json`` is what `genera sync import --json` prints."""

    file: str
    from_id: str
    from_name: str
    bundle_id: str
    sequence: int
    applied: int = 0
    already_known: int = 0
    already_applied: bool = False
    late: bool = False
    skipped_sequence: list[int] = field(default_factory=list)
    conflicts: int = 0
    quarantined: int = 0
    refused: int = 0
    refused_by_coordinator: int = 0
    evicted: int = 0
    clock_ahead: bool = False
    enrolled: str | None = None  # the new site's key fingerprint, at its first bundle

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["from"] = out.pop("from_name")
        return out


@dataclass
class _Me:
    site_id: str
    role: str
    point_code: str | None
    network_id: str | None
    keys: SiteKeys

    @property
    def scope(self) -> Scope:
        return Scope(self.role, self.site_id, self.point_code)


def import_bundle(session: Session, path: Path, keys: SiteKeys, now_iso: str) -> ImportReport:
    """Apply one bundle in the caller's transaction; BundleRefused if it may not be.

    The caller commits on success and rolls back on any exception.
    """
    conn = session.connection()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KB}")
    try:
        reader = BundleReader(path)
        return _import(session, reader, path, keys, now_iso)
    except BundleError as exc:
        raise BundleRefused(exc.code, path, exc.detail) from exc
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        # Signed by a site we know, yet not what we write: refuse it whole.
        raise BundleRefused("corrupt", path, f"{type(exc).__name__}: {exc}") from exc
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = -{NORMAL_CACHE_KB}")


def _import(session: Session, reader: BundleReader, path: Path, keys: SiteKeys,
            now_iso: str) -> ImportReport:
    me = _Me(str(get_setting(session, settings.SITE_ID)), str(get_setting(session, settings.ROLE)),
             get_setting(session, settings.POINT_CODE), get_setting(session, settings.NETWORK_ID),
             keys)
    header = reader.header
    # Verify first, then read: the header's sender only names the key; every other field
    # of it is judged once the signature holds, so a damaged byte says "damaged".
    sender_id = str(header["sender"])
    site = session.get(Site, sender_id)
    known = site is not None and site.signing_key is not None and sender_id != me.site_id
    if known:
        assert site is not None
        _verify(session, reader, site, me, path)
    if header["recipient"] != me.site_id:
        raise BundleRefused("wrong_recipient", path)
    schema = header.get("schema_version")
    if not isinstance(schema, int) or schema > SCHEMA_VERSION:
        raise BundleRefused("newer_schema", path, str(schema))
    if site is None or sender_id == me.site_id:
        raise BundleRefused("unknown_sender", path)
    if site.revoked:
        code = "suspended_sender" if (site.extra or {}).get("suspended") else "revoked_sender"
        raise BundleRefused(code, path, site.name)
    peer = session.get(Peer, sender_id)
    if peer is None:
        peer = Peer(site_id=sender_id, out_seq=0, ack_out=0, in_upto=0, in_seq=0)
        session.add(peer)
        session.flush()
    if peer.suspended:
        raise BundleRefused("suspended_sender", path, site.name)
    report = ImportReport(file=path.name, from_id=sender_id, from_name=site.name,
                          bundle_id=str(header["bundle_id"]), sequence=int(header["sequence"]))
    manifest = (reader.open(me.keys) if known
                else _enrol(session, reader, site, me, path, report, now_iso))
    for key in ("bundle_id", "sender", "recipient", "sequence", "incarnation"):
        if manifest.get(key) != header[key]:
            raise BundleRefused("corrupt", path, f"manifest {key}")
    if me.network_id and manifest.get("network_id") not in (None, me.network_id):
        raise BundleRefused("other_network", path)
    if session.get(BundleIn, report.bundle_id) is not None:
        report.already_applied = True
        report.already_known = int((manifest.get("counts") or {}).get("changes", 0))
        site.extra = {**(site.extra or {}), "last_in": now_iso}
        return report
    incarnation = str(header["incarnation"])
    reused = session.scalar(select(BundleIn.bundle_id).where(
        BundleIn.sender == sender_id, BundleIn.incarnation == incarnation,
        BundleIn.sequence == report.sequence))
    if reused is not None:
        raise BundleRefused("sequence_reused", path, str(report.sequence),
                            suspend="copied_store", sender=sender_id)
    conn = session.connection()
    replicas = Replicas(conn)
    sender_idx = replicas.idx(sender_id)
    if peer.incarnation != incarnation:
        if peer.incarnation is not None:
            _peer_restored(session, peer, sender_idx)
        peer.incarnation = incarnation
    report.late = report.sequence < peer.in_seq
    if report.sequence > peer.in_seq + 1:
        report.skipped_sequence = list(range(peer.in_seq + 1, report.sequence))
    from_coordinator = site.role == "coordinator"
    seq = identity.take_seq(conn)
    origin_scopes = {} if from_coordinator else _member_scopes(session, replicas, me.site_id)
    applier = Applier(
        conn=conn, replicas=replicas, seq=seq, src=sender_idx, me=me.site_id,
        now_iso=now_iso, wall_ms=clock.wall_ms(), sender=sender_id, late=report.late,
        judge=ScopeJudge(conn) if origin_scopes else None, origin_scopes=origin_scopes,
        suppressed=directives.suppressed(conn),
        index={int(k): replicas.idx(str(v)) for k, v in (manifest.get("sites") or {}).items()},
    )
    evicted_here: list[tuple[str, str]] = []
    # The derived tables (search words, sort keys): a big bundle (a first full sync)
    # rebuilds them once at the end; any other adds what its new rows derive in one go
    # at the end instead of a trigger per row. The transaction undoes both on failure.
    bulk = int((manifest.get("counts") or {}).get("changes", 0)) > derived.BULK_THRESHOLD
    mark = None
    if bulk:
        derived.suspend(conn)
    else:
        mark = derived.suspend_inserts(conn)
    for directive in _apply_stream(session, reader, applier, me, from_coordinator, report,
                                   evicted_here):
        if directive.get("bad_site") == me.site_id:
            if directive["reason"] in (directives.ACCEPTED, directives.REJECTED):
                report.clock_ahead = True
            else:
                report.refused_by_coordinator += 1
    applier.finish()
    if mark is None:
        derived.resume(conn)
    else:
        derived.add_inserted(conn, mark)
    counts = applier.counts
    report.applied = counts.applied
    # Changes a late bundle brought for records no longer here count as known.
    report.already_known = counts.already_known + counts.skipped_late
    report.conflicts += counts.conflicts  # plus those received from a member
    report.quarantined = counts.quarantined
    report.refused = counts.refused
    if applier.refusals and me.role == "coordinator":
        directives.record_refusals(applier, now_iso)
    ack = manifest.get("ack") or {}
    if ack.get("incarnation") == identity.incarnation(session):
        peer.ack_out = max(peer.ack_out, int(ack.get("upto") or 0))
    peer.in_upto = max(peer.in_upto, int(manifest["upto"]))
    peer.in_seq = max(peer.in_seq, report.sequence)
    if from_coordinator and me.role != "coordinator":
        set_setting(session, settings.ENROLMENT_TOKEN, None)
    session.flush()
    if me.role != "coordinator":
        if not report.late:
            evictions.queue(conn, evicted_here, now_iso, "bundle")
        evictions.sweep(conn, me.scope, now_iso)
        coordinator = session.scalar(select(Site).where(Site.role == "coordinator"))
        coord_peer = session.get(Peer, coordinator.site_id) if coordinator else None
        report.evicted = evictions.run(
            conn, me.scope, me_idx=replicas.idx(me.site_id),
            coordinator_idx=replicas.idx(coordinator.site_id) if coordinator else None,
            coordinator_ack=coord_peer.ack_out if coord_peer else 0)
    identity.observe(conn, applier.max_hlc)
    if report.clock_ahead and from_coordinator:
        identity.reset_clock(conn, int(manifest.get("stamp") or 0))
    session.add(BundleIn(bundle_id=report.bundle_id, sender=sender_id, incarnation=incarnation,
                         sequence=report.sequence,
                         payload_sha256=str(manifest.get("payload_sha256", "")),
                         imported_at=now_iso, applied=report.applied, report=report.to_json()))
    site.extra = {**(site.extra or {}), "last_in": now_iso}
    session.flush()
    return report


def _verify(session: Session, reader: BundleReader, site: Site, me: _Me, path: Path) -> None:
    """Check the signature of a site whose key is known (then the bundle's format)."""
    assert site.signing_key is not None
    try:
        reader.verify(site.signing_key)
    except BundleCorrupt as exc:
        peer = session.get(Peer, site.site_id)
        suspended = site.revoked or (peer is not None and peer.suspended)
        if exc.code == "bad_signature" and me.role == "coordinator" and not suspended:
            _second_store(session, reader, site, me, path)
        raise


def _enrol(session: Session, reader: BundleReader, site: Site, me: _Me, path: Path,
           report: ImportReport, now_iso: str) -> dict[str, Any]:
    """A site's first bundle, at the coordinator: the keys come in its manifest (which
    binds the header), then the signature is checked with them, and the token."""
    if site.signing_key is None:
        if me.role != "coordinator":
            raise BundleRefused("unknown_sender", path)
        manifest = reader.open(me.keys)
        enrol = manifest.get("enrol") or {}
        try:
            keys = SitePublicKeys.from_dict(enrol.get("keys"))
        except ValueError:
            raise BundleRefused("not_enrolled", path, site.name) from None
        reader.verify(keys.signing)
        if not _token_ok(session, site.site_id, enrol.get("token")):
            raise BundleRefused("bad_token", path, site.name)
        site.signing_key, site.encryption_key = keys.signing, keys.encryption
        site.hlc = identity.tick(session.connection())
        enrolment = session.get(Enrolment, site.site_id)
        if enrolment is not None:
            enrolment.completed_at = now_iso
        report.enrolled = fingerprint(keys)
        return manifest
    raise BundleRefused("unknown_sender", path)


def _second_store(session: Session, reader: BundleReader, site: Site, me: _Me,
                  path: Path) -> None:
    """A bundle that carries the site's valid token but other keys: a second store
    joined with an invitation already used. Refused, and the site suspended."""
    try:
        manifest = reader.open(me.keys)
        enrol = manifest.get("enrol") or {}
        keys = SitePublicKeys.from_dict(enrol.get("keys"))
        reader.verify(keys.signing)
    except (BundleError, ValueError):
        return
    if _token_ok(session, site.site_id, enrol.get("token"), used=True):
        raise BundleRefused("invitation_used", path, site.name, suspend="invitation_used",
                            sender=site.site_id)


def _token_ok(session: Session, site_id: str, token: Any, *, used: bool = False) -> bool:
    enrolment = session.get(Enrolment, site_id)
    if enrolment is None or not isinstance(token, str):
        return False
    if used != (enrolment.completed_at is not None):
        return False
    return token_hash(token) == enrolment.token_sha256


def _peer_restored(session: Session, peer: Peer, peer_idx: int) -> None:
    """The sender was restored from its backup: it lost what it received since, so it
    gets everything in its scope again, our values it sent included."""
    conn = session.connection()
    peer.in_seq = peer.in_upto = peer.ack_out = 0
    conn.exec_driver_sql("DELETE FROM sync_peer_record WHERE peer = ?", (peer_idx,))
    conn.exec_driver_sql("UPDATE field_clock SET src = NULL WHERE src = ?", (peer_idx,))


def _member_scopes(session: Session, replicas: Replicas, me: str) -> dict[int, Scope]:
    """The scopes of the member sites whose changes may arrive (for refusals)."""
    out = {}
    for site in session.scalars(select(Site).where(Site.role.in_(("point", "laptop")))):
        if site.site_id != me:
            out[replicas.idx(site.site_id)] = Scope(site.role, site.site_id, site.point_code)
    return out


def _apply_stream(session: Session, reader: BundleReader, applier: Applier,
                  me: _Me, from_coordinator: bool,
                  report: ImportReport, evicted: list[tuple[str, str]]
                  ) -> Iterator[dict[str, Any]]:
    """Apply the payload record by record, in batches; yields each directive obeyed."""
    batch: dict[str, list[Item]] = {}
    pending = 0

    # A member's own records are held there: not echoed back in full (export.py).
    held_by_sender = None if from_coordinator else applier.src

    def flush() -> None:
        nonlocal pending
        for kind in MODELS:
            items = batch.get(kind)
            if items:
                applier.apply(kind, items)
                if held_by_sender is not None and not is_catalog(kind):
                    conn.exec_driver_sql(
                        "INSERT OR IGNORE INTO sync_peer_record (peer, kind, rid, state, "
                        "sent_upto) VALUES (?, ?, ?, 'in', 0)",
                        [(held_by_sender, kind, it.rid) for it in items])
        batch.clear()
        pending = 0

    conn = applier.conn
    for rec in reader.records():
        t = rec["t"]
        if t == "r":
            kind = rec["k"]
            if kind not in TABLES:
                applier.counts.unknown_fields += len(rec["c"])
                continue
            # Kept as the bundle has them: the applier maps site numbers as it goes, and a
            # wrongly typed value fails there (TypeError: the bundle is refused whole).
            changes = rec["c"]
            batch.setdefault(kind, []).append(Item(rec["i"], changes, "e" in rec))
            pending += len(changes)
            if pending >= BATCH_CHANGES:
                flush()
        elif t == "x":
            if pending:
                flush()
            kind = str(rec["k"])
            why = rec.get("why") or []
            if kind in TABLES and why and not applier.late:
                applier.apply(kind, [Item(str(rec["i"]), why)])
            if kind in TABLES and me.role != "coordinator":
                evicted.append((kind, str(rec["i"])))
        elif t == "site":
            if from_coordinator and me.role != "coordinator":
                roster.apply_entry(session, rec, me.site_id)
                session.flush()
        elif t == "d":
            if from_coordinator and me.role != "coordinator":
                if pending:
                    flush()
                if directives.obey(applier, rec):
                    yield rec
        elif t == "conflict" and me.role == "coordinator":
            if pending:
                flush()
            values = [rec[k] for k in _CONFLICT_KEYS]
            for i in (4, 7):
                values[i] = None if values[i] is None else _dumps(values[i])
            before = conn.exec_driver_sql("SELECT total_changes()").scalar_one()
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO conflict (id, kind, rid, field, winner_value, "
                "winner_hlc, winner_site, loser_value, loser_hlc, loser_site, "
                "detected_at, detected_by, note, status, seq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)",
                (*values, applier.seq))
            report.conflicts += conn.exec_driver_sql(
                "SELECT total_changes()").scalar_one() - before
        # other record types: from a later release of this format; ignored
    if pending:
        flush()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
