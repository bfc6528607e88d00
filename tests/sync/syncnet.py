"""A small network of real stores for the sync tests, built once and copied per test.

The template: a coordinator with points MON and CAL, housing contexts A (custode: the
laptop L1) and B (custode: the laptop L2), and four member sites, every one enrolled
(its first bundle imported by the coordinator, the coordinator's first one imported
back), so every site knows every other's keys. Copying the folders of the whole
network gives each test its own network: the copies of two tests never meet.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path
from typing import Any

from genera_desktop.services import records
from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.services.network import membership as network
from genera_desktop.services.network import sync
from genera_desktop.store.base import Replicated
from genera_desktop.store.store import Store
from genera_desktop.sync.importer import ImportReport

ADMIN = "anna"
PASSWORD = "correct-horse-9"

MEMBERS = {  # name: (role, point)
    "mon": ("point", "MON"),
    "cal": ("point", "CAL"),
    "l1": ("laptop", None),
    "l2": ("laptop", None),
}
# One more point, opened only by the convergence test (up to six replicas).
SPARE = {"rem": ("point", "REM")}
SITE_NAMES = {"coord": "Coordinamento", "mon": "Punto Montichiari", "cal": "Punto Calcinato",
              "l1": "Laptop Anna", "l2": "Laptop Bruno", "rem": "Punto Remedello"}


class Net:
    """A network of open stores in one folder, driven through the services."""

    def __init__(self, root: Path, names: list[str]) -> None:
        self.root = root
        self.stores: dict[str, Store] = {}
        for name in names:
            self.stores[name] = Store.open(root / name, ADMIN, PASSWORD)
        self.ids = {name: store.site_id for name, store in self.stores.items()}
        self._count = itertools.count(1)
        with self.stores["coord"].unit_of_work() as uow:
            self.ctx = {
                c["name"][-1]: c["id"] for c in records.list_records(uow, "housing_context")
            }

    def close(self) -> None:
        for store in self.stores.values():
            store.close()

    # -- bundles ------------------------------------------------------------------------

    def export(self, frm: str, to: str, *, full: bool = False) -> Path:
        path = self.root / f"b{next(self._count):03d}-{frm}-{to}.genera"
        with self.stores[frm].unit_of_work() as uow:
            sync.export(uow, path, to=self.ids[to], full=full)
        return path

    def load(self, site: str, path: Path) -> ImportReport:
        return sync.import_file(self.stores[site], path)

    def send(self, frm: str, to: str, *, full: bool = False) -> ImportReport:
        return self.load(to, self.export(frm, to, full=full))

    def roundtrip(self, *members: str) -> None:
        """Members to the coordinator, then the coordinator to them, twice (acks)."""
        for _ in range(2):
            for m in members:
                self.send(m, "coord")
            for m in members:
                self.send("coord", m)

    # -- records ------------------------------------------------------------------------

    def add(self, site: str, kind: str, data: dict[str, Any]) -> str:
        with self.stores[site].unit_of_work() as uow:
            rid = records.add(uow, kind, data)
            uow.commit()
        return rid

    def update(self, site: str, kind: str, rid: str, data: dict[str, Any]) -> None:
        with self.stores[site].unit_of_work() as uow:
            records.update(uow, kind, rid, data)
            uow.commit()

    def delete(self, site: str, kind: str, rid: str) -> None:
        with self.stores[site].unit_of_work() as uow:
            records.delete(uow, kind, rid)
            uow.commit()

    def restore(self, site: str, kind: str, rid: str) -> None:
        with self.stores[site].unit_of_work() as uow:
            records.restore(uow, kind, rid)
            uow.commit()

    def get(self, site: str, kind: str, rid: str) -> dict[str, Any] | None:
        """A record's fields and ``cl`` (deleted ones too); None if not held."""
        with self.stores[site].unit_of_work() as uow:
            try:
                obj: Replicated = records.load(uow.session, kind, rid, alive=None)
            except Exception:
                return None
            out = records.to_dict(obj)
            out["cl"] = obj.cl
            return out

    def dump(self, site: str) -> list[str]:
        with self.stores[site].unit_of_work() as uow:
            return list(dump_lines(uow))

    def household(self, site: str, point: str = "MON", **fields: Any) -> str:
        return self.add(site, "household", {"point": point, "address": "Via Roma 1", **fields})

    def person(self, site: str, household: str, first: str = "Mario", **fields: Any) -> str:
        return self.add(site, "person", {"household": household, "first_name": first,
                                         "last_name": "Rossi", **fields})


def build_template(root: Path) -> None:
    coord = network.create_network(root / "coord", network_name="Bassa Bresciana",
                                   site_name=SITE_NAMES["coord"], admin_user=ADMIN,
                                   password=PASSWORD).store
    with coord.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari",
                                   "municipality": "Montichiari"})
        records.add(uow, "point", {"code": "CAL", "name": "Punto Calcinato",
                                   "municipality": "Calcinato"})
        records.add(uow, "point", {"code": "REM", "name": "Punto Remedello",
                                   "municipality": "Remedello"})
        uow.commit()
    ids = {}
    for name, (role, point) in {**MEMBERS, **SPARE}.items():
        with coord.unit_of_work() as uow:
            invited = sync.invite(uow, site_name=SITE_NAMES[name], role=role, point_code=point,
                                  out=root / f"{name}.invite")
            uow.commit()
        ids[name] = invited.site_id
    with coord.unit_of_work() as uow:
        records.add(uow, "housing_context", {"name": "Torre A", "municipality": "Montichiari",
                                             "custode_site": ids["l1"]})
        records.add(uow, "housing_context", {"name": "Torre B", "municipality": "Calcinato",
                                             "custode_site": ids["l2"]})
        uow.commit()
    everyone = [*MEMBERS, *SPARE]
    for name in everyone:
        joined = sync.join(root / name, root / f"{name}.invite", admin_user=ADMIN,
                           password=PASSWORD)
        joined.store.close()
    coord.close()
    net = Net(root, ["coord", *everyone])
    for name in everyone:
        net.send(name, "coord")
    for name in everyone:
        net.send("coord", name)
    net.close()
    for path in root.glob("*.genera"):
        path.unlink()




def copy_network(template: Path, dest: Path, names: tuple[str, ...] = ()) -> Path:
    """A copy of the template network's folders under ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in names or ("coord", *MEMBERS):
        shutil.copytree(template / name, dest / name)
    return dest
