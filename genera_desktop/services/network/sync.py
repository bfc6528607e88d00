"""Sync use cases: invitations, joining, revocation, bundles, quarantine, erasure.

The command line and the GUI call these; each takes a unit of work (or a store, for
imports, which run one transaction per bundle) and returns plain data or raises typed
errors (``Refused``, ``NotFound``, ``BundleRefused``, ``InvitationError``).
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.domain.errors import NotFound, Refused
from genera_desktop.domain.settings import ENROLMENT_TOKEN
from genera_desktop.services import permissions
from genera_desktop.services.accounts import check_password, check_username
from genera_desktop.services.coordination import audit
from genera_desktop.services.network.membership import set_identity, site_keys
from genera_desktop.services.network.site import SiteInfo, site_info
from genera_desktop.services.transaction import EVERYTHING, Changes, announce, reads, writes
from genera_desktop.store.ids import new_id
from genera_desktop.store.kinds import KINDS
from genera_desktop.store.ledger import BundleIn, Enrolment, Peer, Quarantine
from genera_desktop.store.local import Site
from genera_desktop.store.models import MODELS, Point
from genera_desktop.store.settings import get_setting, set_setting
from genera_desktop.store.store import Store, now_iso
from genera_desktop.store.uow import UnitOfWork
from genera_desktop.sync import clock, directives, enrolment, erasure, identity, roster
from genera_desktop.sync.crypto import SiteKeys, SitePublicKeys, fingerprint
from genera_desktop.sync.export import Exported, write_bundle
from genera_desktop.sync.identity import Replicas
from genera_desktop.sync.importer import BundleRefused, ImportReport, import_bundle
from genera_desktop.sync.invitation import read_invitation, write_invitation
from genera_desktop.sync.merge import Applier

ROLES = ("point", "laptop")
EXTENSION = ".genera"


def _site(uow: UnitOfWork) -> SiteInfo:
    site = site_info(uow.session)
    if site.role is None or not site.network_id:
        raise Refused("no_network")
    return site


def find_site(uow: UnitOfWork, ident: str) -> Site:
    """A site of the roster by id or name; NotFound otherwise."""
    site = roster.find_site(uow.session, ident)
    if site is None:
        raise NotFound("site", ident)
    return site


# -- enrolment ------------------------------------------------------------------------


@dataclass(frozen=True)
class Invited:
    path: Path
    site_id: str
    site_name: str
    role: str
    point_code: str | None
    coordinator_fingerprint: str


@writes
def invite(uow: UnitOfWork, *, site_name: str, role: str, point_code: str | None,
           out: Path) -> Invited:
    """Write an invitation for a new site and add it to the roster, without keys yet.

    Coordinator only. A point site needs the code of a point this store holds. The
    caller commits; the file is removed again if anything fails before that.
    """
    session = uow.session
    me = _site(uow)
    permissions.require_coordinator(me, "invitations")
    site_name = (site_name or "").strip()
    if not site_name or len(site_name) > 120:
        raise Refused("site_name_required")
    if role not in ROLES:
        raise Refused("role_invalid", role)
    if point_code:
        point_code = point_code.strip().upper()
        held = session.scalar(select(Point.id).where(Point.code == point_code,
                                                     Point.cl % 2 == 1))
        if held is None:
            raise Refused("point_unknown", point_code)
    elif role == "point":
        raise Refused("point_required")
    clash = session.scalar(select(Site).where(Site.name.ilike(site_name),
                                              Site.revoked.is_(False)))
    if clash is not None:
        raise Refused("site_name_taken", site_name)
    conn = session.connection()
    keys = site_keys(uow)
    site_id = new_id()
    upto = identity.current_seq(conn)
    stamp = identity.tick(conn)
    coordinator = session.get(Site, me.site_id)
    body = write_invitation(out, {
        "network_id": me.network_id, "network_name": me.network_name or "",
        "coordinator_site_id": me.site_id,
        "coordinator_site_name": coordinator.name if coordinator else me.site_name,
        "coordinator_upto": upto,
        "site_id": site_id, "site_name": site_name, "role": role, "point_code": point_code,
        "catalogs": enrolment.catalog_entries(conn),
    }, keys)
    try:
        session.add(Site(site_id=site_id, name=site_name, role=role, point_code=point_code,
                         revoked=False, hlc=stamp, extra={"invited_at": now_iso()}))
        session.add(Enrolment(site_id=site_id,
                              token_sha256=enrolment.token_hash(body["enrolment_token"]),
                              created_at=now_iso()))
        # The invitation carried the catalogs up to ``upto``: that much it holds.
        session.add(Peer(site_id=site_id, out_seq=0, ack_out=upto, in_upto=0, in_seq=0))
        session.flush()
        audit.record(uow, "admin", None, None, {"invite": site_id, "role": role})
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return Invited(out, site_id, site_name, role, point_code, fingerprint(keys.public()))


@dataclass(frozen=True)
class Joined:
    store: Store
    recovery_key: str
    site_id: str
    site_name: str
    role: str
    point_code: str | None
    network_name: str
    fingerprint: str
    coordinator_name: str
    coordinator_fingerprint: str
    catalogs: int


def join(data_dir: Path, invitation: Path, *, admin_user: str, password: str,
         display_name: str | None = None) -> Joined:
    """Make a new store in data_dir, a member site of the invitation's network."""
    body = read_invitation(invitation)
    check_username(admin_user)
    check_password(password, username=admin_user, display_name=display_name)
    fresh_dir = not data_dir.exists() or not any(data_dir.iterdir())
    store, recovery = Store.create(data_dir, admin_user, password, body["site_id"],
                                   display_name)
    try:
        keys = SiteKeys.generate()
        coordinator_keys = SitePublicKeys.from_dict(body["coordinator_keys"])
        coordinator_name = str(body.get("coordinator_site_name") or "coordinator")
        with store.unit_of_work() as uow:
            session = uow.session
            set_identity(uow, site_id=body["site_id"], site_name=body["site_name"],
                         role=body["role"], point_code=body["point_code"],
                         network_id=body["network_id"], network_name=body["network_name"],
                         keys=keys)
            session.add(Site(site_id=body["coordinator_site_id"], name=coordinator_name,
                             role="coordinator", signing_key=coordinator_keys.signing,
                             encryption_key=coordinator_keys.encryption, revoked=False, hlc=0))
            set_setting(session, ENROLMENT_TOKEN, body["enrolment_token"])
            identity.incarnation(session)
            session.add(Peer(site_id=body["coordinator_site_id"], out_seq=0, ack_out=0,
                             in_upto=int(body.get("coordinator_upto") or 0), in_seq=0))
            session.flush()
            conn = session.connection()
            replicas = Replicas(conn)
            applier = Applier(conn=conn, replicas=replicas, seq=identity.take_seq(conn),
                              src=replicas.idx(body["coordinator_site_id"]),
                              me=body["site_id"], now_iso=now_iso(), wall_ms=clock.wall_ms())
            count = enrolment.apply_catalogs(applier, body["catalogs"])
            identity.observe(conn, applier.max_hlc)
            audit.record(uow, "admin", None, None, {"join": body["network_id"]})
            uow.commit()
    except BaseException:
        store.close()
        if fresh_dir:
            shutil.rmtree(data_dir, ignore_errors=True)
        raise
    return Joined(store, recovery, body["site_id"], body["site_name"], body["role"],
                  body["point_code"], body["network_name"], fingerprint(keys.public()),
                  coordinator_name, fingerprint(coordinator_keys), count)


@writes
def revoke(uow: UnitOfWork, ident: str) -> Site:
    """Revoke a site (coordinator only): its bundles are refused from now on."""
    me = _site(uow)
    permissions.require_coordinator(me, "revocations")
    site = find_site(uow, ident)
    if site.site_id == me.site_id:
        raise Refused("cannot_revoke_self")
    site.revoked = True
    site.hlc = identity.tick(uow.session.connection())
    site.extra = {**(site.extra or {}), "revoked_at": now_iso()}
    uow.session.flush()
    audit.record(uow, "admin", None, None, {"revoke": site.site_id})
    return site


def suspend(store: Store, site_id: str, reason: str) -> None:
    """Refuse a site's bundles until it is enrolled again (two stores claim it).

    At the coordinator this is a revocation that travels with the roster.
    """
    with store.unit_of_work() as uow:
        session = uow.session
        peer = session.get(Peer, site_id)
        if peer is None:
            peer = Peer(site_id=site_id, out_seq=0, ack_out=0, in_upto=0, in_seq=0)
            session.add(peer)
        peer.suspended = reason
        me = site_info(session)
        site = session.get(Site, site_id)
        if me.is_coordinator and site is not None:
            site.revoked = True
            site.hlc = identity.tick(session.connection())
            site.extra = {**(site.extra or {}), "suspended": reason, "revoked_at": now_iso()}
        audit.record(uow, "admin", None, None, {"suspend": site_id, "reason": reason})
        uow.commit()


# -- bundles ------------------------------------------------------------------------


def safe_file_name(name: str) -> str:
    """A site name as a file name on any system (site names are not personal data)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", ascii_name).strip("._-")
    return cleaned[:80] or "site"


def _recipient(uow: UnitOfWork, me: SiteInfo, to: str | None) -> Site:
    session = uow.session
    if to is None:
        if me.is_coordinator:
            raise Refused("recipient_required")
        site = session.scalar(select(Site).where(Site.role == "coordinator"))
        if site is None:
            raise Refused("no_network")
    else:
        site = find_site(uow, to)
    if site.site_id == me.site_id:
        raise Refused("recipient_is_self")
    if site.revoked:
        raise Refused("recipient_revoked", site.name)
    if site.encryption_key is None:
        raise Refused("no_key_yet", site.name)
    return site


@writes
def export(uow: UnitOfWork, out: Path, *, to: str | None = None,
           full: bool = False) -> Exported:
    """Write a bundle for one site at ``out`` and commit its ledger entry.

    At a member the default recipient is the coordinator. The file is in place only if
    the ledger committed, so a sequence number is never written twice.
    """
    session = uow.session
    me = _site(uow)
    mine = session.get(Site, me.site_id)
    if mine is not None and mine.revoked:
        raise Refused("this_site_revoked")
    recipient = _recipient(uow, me, to)
    keys = site_keys(uow)
    enrol = None
    token = get_setting(session, ENROLMENT_TOKEN)
    if token and recipient.role == "coordinator":
        # Until a bundle from the coordinator arrives, every bundle introduces us.
        enrol = {"token": token, "keys": keys.public().to_dict()}
    result = write_bundle(session, path=out, recipient=recipient, keys=keys, me=me.site_id,
                          role=me.role or "", network_id=me.network_id, enrol=enrol,
                          full=full, now_iso=now_iso())
    audit.record(uow, "export", None, None,
                 {"to": recipient.site_id, "sequence": result.sequence, "full": full,
                  "file": out.name})
    try:
        uow.commit()
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return result


@writes
def export_all(uow: UnitOfWork, out_dir: Path) -> list[Exported]:
    """The coordinator's weekly round: one bundle per enrolled, non-revoked site."""
    me = _site(uow)
    permissions.require_coordinator(me, "sync export --all")
    out_dir.mkdir(parents=True, exist_ok=True)
    sites = [
        s for s in uow.session.scalars(select(Site).order_by(Site.name, Site.site_id))
        if s.site_id != me.site_id and not s.revoked and s.encryption_key is not None
    ]
    results = []
    for site in sites:
        path = out_dir / (safe_file_name(site.name) + EXTENSION)
        results.append(export(uow, path, to=site.site_id))
    return results


@dataclass(frozen=True)
class ImportFailed:
    """A bundle that was refused: nothing of it applied."""

    file: str
    code: str
    detail: str
    sender: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "from": self.sender, "applied": 0, "already_known": 0,
                "error": self.code, "detail": self.detail}


def import_file(store: Store, path: Path) -> ImportReport:
    """Verify, decrypt and apply one bundle in one transaction; BundleRefused if not."""
    try:
        with store.unit_of_work() as uow:
            keys = site_keys(uow)
            report = import_bundle(uow.session, path, keys, now_iso())
            audit.record(uow, "import", None, None,
                         {"from": report.from_id, "sequence": report.sequence,
                          "applied": report.applied, "file": path.name})
            uow.commit()
        # Applied below the ORM: no list of tables, every page may show something new.
        announce(Changes(frozenset({EVERYTHING})))
        return report
    except BundleRefused as exc:
        if exc.suspend and exc.sender:
            suspend(store, exc.sender, exc.suspend)
        raise


def import_files(store: Store, paths: list[Path]) -> list[ImportReport | ImportFailed]:
    """Import bundles one by one; a refused one is reported and the others still go."""
    results: list[ImportReport | ImportFailed] = []
    for path in paths:
        try:
            results.append(import_file(store, path))
        except BundleRefused as exc:
            results.append(ImportFailed(path.name, exc.code, exc.detail, exc.sender))
        except OSError as exc:
            results.append(ImportFailed(path.name, "unreadable", exc.strerror or str(exc)))
    return results


# -- quarantine and erasure -----------------------------------------------------------


@reads
def quarantine_list(uow: UnitOfWork, *, status: str | None = "held") -> list[dict[str, Any]]:
    """Changes held because they were stamped more than 24 h ahead, with their site;
    those of kinds the user may not read are left out."""
    session = uow.session
    names = {sid: name for sid, name in session.execute(select(Site.site_id, Site.name))}
    query = select(Quarantine).order_by(Quarantine.received_at, Quarantine.id)
    if status:
        query = query.where(Quarantine.status == status)
    readable = permissions.readable_kinds(session, uow.username)
    out = []
    for q in session.scalars(query):
        if q.kind not in readable:
            continue  # a value the user's access does not cover (spec/cli.md)
        ms, _ = clock.unpack(q.hlc)
        out.append({
            "id": q.id, "kind": q.kind, "record_id": q.rid, "field": q.field,
            "value": q.value, "site": names.get(q.site, q.site), "site_id": q.site,
            "stamped_at": _iso(ms), "received_at": q.received_at,
            "from": names.get(q.sender, q.sender), "status": q.status,
        })
    return out


@reads
def held_changes(uow: UnitOfWork) -> list[dict[str, Any]]:
    """The quarantine as the conflicts page lists it: each held change with the name
    staff know its record by (``record_name``: a person's surname and name, a household's
    case number or address; "" when this store does not hold it yet) and whether its kind
    is outside the user's access areas (``hidden``, with the ``area``)."""
    session = uow.session
    readable = permissions.readable_kinds(session, uow.username)
    rows = []
    for row in quarantine_list(uow):
        kind = row["kind"]
        rows.append({**row, "record_name": _record_name(session, kind, row["record_id"]),
                     "hidden": kind in KINDS and kind not in readable,
                     "area": KINDS[kind].area if kind in KINDS else None})
    return rows


def _record_name(session: Session, kind: str, rid: str) -> str:
    model = MODELS.get(kind)
    obj: Any = session.get(model, rid.strip().lower()) if model is not None else None
    if kind == "person" and obj is not None:
        return " ".join(p for p in (obj.last_name, obj.first_name) if p)
    if kind == "household" and obj is not None:
        return str(obj.case_number or obj.address or "")
    return ""


def _iso(ms: int) -> str:
    from datetime import UTC, datetime

    try:
        return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")
    except (OverflowError, ValueError, OSError):
        return str(ms)


@writes
def quarantine_decide(uow: UnitOfWork, quarantine_id: str, *, accept: bool) -> str:
    """Accept (applied with a fresh stamp) or reject (dropped) a held change; the
    decision travels to every site. Coordinator only. Commits."""
    session = uow.session
    me = _site(uow)
    permissions.require_coordinator(me, "quarantine")
    conn = session.connection()
    replicas = Replicas(conn)
    applier = Applier(conn=conn, replicas=replicas, seq=identity.take_seq(conn), src=None,
                      me=me.site_id, now_iso=now_iso(), wall_ms=clock.wall_ms())
    try:
        reason = directives.decide(applier, quarantine_id.strip().lower(), accept, now_iso())
    except LookupError:
        raise NotFound("quarantine", quarantine_id) from None
    applier.finish()
    audit.record(uow, "admin", None, None, {"quarantine": quarantine_id, "decision": reason})
    uow.commit()
    return reason


@writes
def erase_person(uow: UnitOfWork, person_id: str) -> list[tuple[str, str]]:
    """Erase a person's data on every site (coordinator only). Commits."""
    me = _site(uow)
    permissions.require_coordinator(me, "erasure")
    try:
        purged = erasure.erase_person(uow.session.connection(), person_id.strip().lower(),
                                      me.site_id)
    except LookupError:
        raise NotFound("person", person_id) from None
    audit.record(uow, "erase", "person", person_id.strip().lower(), {"with": len(purged) - 1})
    uow.commit()
    return purged


@reads
def received_sequences(uow: UnitOfWork) -> dict[str, set[int]]:
    """Per sending site, the sequence numbers of the bundles applied here (the Sync
    page finds the gaps in them: a stick lost on the way)."""
    seen: dict[str, set[int]] = {}
    for sender, number in uow.session.execute(select(BundleIn.sender, BundleIn.sequence)):
        seen.setdefault(sender, set()).add(number)
    return seen


def invitation_details(path: Path) -> dict[str, Any]:
    """What an invitation file says, read and its signature checked (SyncFileError if
    it cannot be used), with the coordinator's key fingerprint to compare by phone."""
    body = read_invitation(path)
    details = dict(body)
    details["coordinator_fingerprint"] = fingerprint(
        SitePublicKeys.from_dict(body["coordinator_keys"]))
    return details
