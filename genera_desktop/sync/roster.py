"""The roster: the sites of the network, their roles and public keys, revoked or not.

The coordinator keeps it and ships it, signed with each of its bundles; a member takes
an entry only when its stamp is newer than the one it holds, so an older bundle never
undoes a newer revocation.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.store.local import Site
from genera_desktop.sync.crypto import SitePublicKeys, fingerprint

STATUS_INVITED, STATUS_ENROLLED, STATUS_REVOKED, STATUS_SUSPENDED = (
    "invited", "enrolled", "revoked", "suspended")


def status_of(site: Site) -> str:
    """invited (no keys yet), enrolled, revoked or suspended (two stores, one site)."""
    extra = site.extra or {}
    if site.revoked:
        return STATUS_SUSPENDED if extra.get("suspended") else STATUS_REVOKED
    if site.signing_key is None:
        return STATUS_INVITED
    return STATUS_ENROLLED


def public_keys(site: Site) -> SitePublicKeys | None:
    if site.signing_key is None or site.encryption_key is None:
        return None
    return SitePublicKeys(signing=site.signing_key, encryption=site.encryption_key)


def site_fingerprint(site: Site) -> str | None:
    keys = public_keys(site)
    return fingerprint(keys) if keys else None


def roster_lines(session: Session) -> list[dict[str, Any]]:
    """The entries the coordinator ships: every site that has keys."""
    out = []
    for site in session.scalars(select(Site).order_by(Site.site_id)):
        keys = public_keys(site)
        if keys is None:
            continue
        out.append({
            "t": "site", "id": site.site_id, "name": site.name, "role": site.role,
            "point": site.point_code, "keys": keys.to_dict(), "revoked": bool(site.revoked),
            "suspended": (site.extra or {}).get("suspended"), "hlc": site.hlc,
        })
    return out


def apply_entry(session: Session, entry: dict[str, Any], me: str) -> bool:
    """Take a roster entry from the coordinator if newer than ours; True if taken."""
    site_id = str(entry["id"])
    hlc = int(entry["hlc"])
    keys = SitePublicKeys.from_dict(entry["keys"])
    site = session.get(Site, site_id)
    if site is not None and site.hlc >= hlc:
        return False
    if site is None:
        site = Site(site_id=site_id, name=str(entry["name"]), role=str(entry["role"]),
                    revoked=False, hlc=hlc)
        session.add(site)
    site.name = str(entry["name"])
    site.role = str(entry["role"])
    site.point_code = entry.get("point")
    site.revoked = bool(entry["revoked"])
    site.hlc = hlc
    extra = dict(site.extra or {})
    if entry.get("suspended"):
        extra["suspended"] = entry["suspended"]
    else:
        extra.pop("suspended", None)
    site.extra = extra
    if site_id != me:  # our own keys are ours: never taken from a bundle
        site.signing_key, site.encryption_key = keys.signing, keys.encryption
    return True


def find_site(session: Session, ident: str) -> Site | None:
    """A site by id or by name (case-insensitive); a live site wins over a revoked one."""
    ident = ident.strip()
    site = session.get(Site, ident.lower()) or session.get(Site, ident)
    if site is not None:
        return site
    matches = list(session.scalars(select(Site).where(Site.name.ilike(ident))))
    matches.sort(key=lambda s: (bool(s.revoked), s.site_id))
    return matches[0] if matches else None
