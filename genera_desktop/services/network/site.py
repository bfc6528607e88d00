"""Who this site is: read from the store's settings (and, before a login opens the
store, from the label kept beside it)."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from genera_desktop.domain import settings
from genera_desktop.files import open_private
from genera_desktop.services.transaction import reads

# The store's one get_setting/set_setting (store/settings.py), handed on to services.
from genera_desktop.store.settings import get_setting as get_setting
from genera_desktop.store.settings import set_setting as set_setting
from genera_desktop.store.uow import UnitOfWork

if TYPE_CHECKING:
    from genera_desktop.store.store import Store

@dataclass(frozen=True)
class SiteInfo:
    """This installation's place in the network."""

    site_id: str
    site_name: str | None
    role: str | None  # coordinator, point, laptop; None before setup completes
    point_code: str | None
    network_id: str | None
    network_name: str | None

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"


@reads
def this_site(uow: UnitOfWork) -> SiteInfo:
    """This site's identity, for a face that holds the store (``site_info`` for a
    service that holds a session)."""
    return site_info(uow.session)


@reads
def is_demo_network(uow: UnitOfWork) -> bool:
    """Whether this store was filled at setup with invented families only: the demo
    menu is offered there and nowhere else."""
    return get_setting(uow.session, settings.DEMO_NETWORK)


def site_info(session: Session) -> SiteInfo:
    """This site's identity, as the settings hold it."""
    values: dict[str, Any] = {s.name: get_setting(session, s) for s in settings.IDENTITY}
    return SiteInfo(**values)


# -- the store's label, readable before login ---------------------------------------------

# Beside the encrypted database, in clear: the site's and network's names only (nothing
# personal), so the login can say which store it opens before anyone has a key to it.
LABEL_FILE = "site-label.json"


@dataclass(frozen=True)
class StoreLabel:
    """The names the login shows: this site's and its network's."""

    site_name: str
    network_name: str | None


def store_label(data_dir: Path) -> StoreLabel | None:
    """The label kept in ``data_dir``; None if there is none (or it cannot be read)."""
    try:
        doc = json.loads((Path(data_dir) / LABEL_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("site_name"), str):
        return None
    network = doc.get("network_name")
    return StoreLabel(doc["site_name"], network if isinstance(network, str) else None)


def write_store_label(data_dir: Path, site_name: str | None,
                      network_name: str | None) -> None:
    """Keep the names beside the store (unchanged names: the file is left as it is).
    A folder that cannot be written loses only the label: never an error."""
    if not site_name:
        return
    label = StoreLabel(site_name, network_name or None)
    if store_label(data_dir) == label:
        return
    path = Path(data_dir) / LABEL_FILE
    tmp = path.with_suffix(".tmp")
    with contextlib.suppress(OSError):
        # Owner-only like every file of the store (spec/cli.md, Conventions).
        with open_private(tmp) as out:
            out.write(json.dumps({"site_name": label.site_name,
                                  "network_name": label.network_name},
                                 ensure_ascii=False, indent=1).encode("utf-8"))
        os.replace(tmp, path)


def remember_store_label(store: Store) -> None:
    """After a login: the label of ``store`` as its settings say now (a store made
    before labels were kept gets one; a renamed site its new name)."""
    with store.unit_of_work(read_only=True) as uow:
        info = site_info(uow.session)
    write_store_label(store.data_dir, info.site_name, info.network_name)
