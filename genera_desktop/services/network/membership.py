"""Creating a network and reading this site's place in it.

Invitations, joining and the roster's travel in bundles live with sync (sync/).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from genera_desktop.domain import settings
from genera_desktop.domain.errors import FieldError, ValidationFailed
from genera_desktop.services.accounts import check_password, check_username
from genera_desktop.services.network.site import site_info, write_store_label
from genera_desktop.services.transaction import reads
from genera_desktop.store.ids import new_id
from genera_desktop.store.local import Site
from genera_desktop.store.settings import get_setting, set_setting
from genera_desktop.store.store import Store
from genera_desktop.store.uow import UnitOfWork
from genera_desktop.sync.crypto import SiteKeys, SitePublicKeys, fingerprint


@dataclass(frozen=True)
class Created:
    store: Store
    recovery_key: str
    site_id: str
    fingerprint: str


def _check_name(value: str, field: str) -> str:
    value = (value or "").strip()
    if not value or len(value) > 120:
        raise ValidationFailed([FieldError(field, "required" if not value else "too_long")])
    return value


def create_network(data_dir: Path, *, network_name: str, site_name: str, admin_user: str,
                   password: str, display_name: str | None = None) -> Created:
    """Make a new store in data_dir, the coordinator of a new network."""
    network_name = _check_name(network_name, "name")
    site_name = _check_name(site_name, "site_name")
    check_username(admin_user)
    check_password(password, username=admin_user, display_name=display_name)
    site_id = new_id()
    store, recovery = Store.create(data_dir, admin_user, password, site_id, display_name)
    keys = SiteKeys.generate()
    with store.unit_of_work() as uow:
        set_identity(uow, site_id=site_id, site_name=site_name, role="coordinator",
                     point_code=None, network_id=new_id(), network_name=network_name, keys=keys)
        uow.commit()
    return Created(store, recovery, site_id, fingerprint(keys.public()))


def set_identity(uow: UnitOfWork, *, site_id: str, site_name: str, role: str,
                 point_code: str | None, network_id: str, network_name: str,
                 keys: SiteKeys) -> None:
    """Write this site's identity and keys (private keys only ever inside the store)."""
    s = uow.session
    for setting, value in (
            (settings.SITE_NAME, site_name), (settings.ROLE, role),
            (settings.POINT_CODE, point_code), (settings.NETWORK_ID, network_id),
            (settings.NETWORK_NAME, network_name),
            (settings.SITE_KEYS, base64.b64encode(keys.to_private_bytes()).decode())):
        set_setting(s, setting, value)
    public = keys.public()
    s.add(Site(site_id=site_id, name=site_name, role=role, point_code=point_code,
               signing_key=public.signing, encryption_key=public.encryption, revoked=False,
               hlc=0))
    s.flush()
    write_store_label(uow.store.data_dir, site_name, network_name)


def site_keys(uow: UnitOfWork) -> SiteKeys:
    """This site's private keys."""
    blob = get_setting(uow.session, settings.SITE_KEYS)
    return SiteKeys.from_private_bytes(base64.b64decode(blob or ""))


def site_fingerprint(site: Site) -> str | None:
    if site.signing_key is None or site.encryption_key is None:
        return None
    return fingerprint(SitePublicKeys(signing=site.signing_key, encryption=site.encryption_key))


@reads
def status(uow: UnitOfWork) -> dict[str, Any]:
    """This site and the sites it knows, as `genera network status` prints them."""
    info = site_info(uow.session)
    me = uow.session.get(Site, info.site_id)
    sites = []
    for site in uow.session.scalars(select(Site).order_by(Site.name, Site.site_id)):
        extra = site.extra or {}
        sites.append({
            "site_id": site.site_id, "site_name": site.name, "role": site.role,
            "point": site.point_code, "revoked": bool(site.revoked),
            "fingerprint": site_fingerprint(site),
            "last_in": extra.get("last_in"), "last_out": extra.get("last_out"),
        })
    return {
        "site_id": info.site_id, "site_name": info.site_name, "role": info.role,
        "network": info.network_name, "network_id": info.network_id, "point": info.point_code,
        "fingerprint": site_fingerprint(me) if me else None, "sites": sites,
    }
