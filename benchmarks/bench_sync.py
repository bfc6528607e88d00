"""Sync at programme scale: a million-change bundle, the full state, the weekly merge.

1. Apply 1,000,000 field changes from one bundle (a point receiving everything):
   changes per second, the importing process's peak memory, and the ratio to a plain
   sqlite3 executemany of the same rows into a plain table. Targets: >= 50,000/s and
   < 500 MB.
2. The coordinator's full state for 4,500 demo households, written as the bundles of
   its six points (together they hold every household once): time and size. Targets:
   < 10 s and < 10 MB. Then each point applies its bundle (mid-sized ones, the
   programme's own scale): changes per second once the store is open.
3. The weekly merge: 6 point bundles and 4 laptop bundles of about 5,000 field changes
   each, imported by the coordinator. Target: < 5 s.

The import of (1) runs in a child process so that its peak memory is its own.
"""

from __future__ import annotations

import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from genera_desktop.services import demo, records
from genera_desktop.services.network import membership as network
from genera_desktop.services.network import sync
from genera_desktop.store.ids import new_id
from genera_desktop.store.models import Household, HousingContext, Person, Point, Visit
from genera_desktop.store.store import Store
from genera_desktop.sync import identity
from genera_desktop.sync.clock import pack, wall_ms
from genera_desktop.sync.tables import TABLES, UPSERT_CLOCK

USER, PASSWORD = "bench", "bench-password-1"
MILLION = int(os.environ.get("GENERA_BENCH_CHANGES", "1000000"))
HOUSEHOLDS = 4_500
WEEKLY_CHANGES = 5_000


def main() -> None:
    """Run the three measures and print each figure beside its target."""
    with tempfile.TemporaryDirectory(prefix="genera-bench-sync-") as tmp:
        root = Path(tmp)
        bench_million(root / "million")
        bench_full_state_and_weekly_merge(root / "network")


def report(name: str, value: float, unit: str, target: str, ok: bool, note: str = "") -> None:
    print(f"  {name:<48} {value:>12,.1f} {unit:<9} target {target:<12} "
          f"{'ok' if ok else 'MISSED'}{f'  ({note})' if note else ''}", flush=True)


def coordinator(folder: Path, name: str = "Coordinamento") -> Store:
    return network.create_network(folder, network_name="Bench", site_name=name,
                                  admin_user=USER, password=PASSWORD).store


def member(coord: Store, folder: Path, name: str, role: str, point: str | None) -> Store:
    """Invite, join, and complete the enrolment (first bundles both ways)."""
    invite = folder.parent / f"{folder.name}.invite"
    with coord.unit_of_work() as uow:
        sync.invite(uow, site_name=name, role=role, point_code=point, out=invite)
        uow.commit()
    store = sync.join(folder, invite, admin_user=USER, password=PASSWORD).store
    bundle = folder.parent / f"{folder.name}-hello.genera"
    with store.unit_of_work() as uow:
        sync.export(uow, bundle)
    sync.import_file(coord, bundle)
    return store


# -- 1. a million changes ------------------------------------------------------------


def synthesize(store: Store, households: int, persons_per: float, point: str) -> int:
    """Records written straight into the tables with their stamps (as a big import
    would leave them); returns the number of field changes stamped."""
    rng = random.Random(3)
    hh_table, p_table = TABLES["household"], TABLES["person"]
    with store.engine.begin() as conn:
        seq = identity.take_seq(conn)
        ms = wall_ms()
        site = store.site_idx
        stamps = 0
        hh_rows, p_rows, clock_rows = [], [], []

        def flush() -> None:
            if hh_rows:
                conn.exec_driver_sql(hh_table.insert_sql(), hh_rows)
            if p_rows:
                conn.exec_driver_sql(p_table.insert_sql(), p_rows)
            conn.exec_driver_sql(UPSERT_CLOCK, clock_rows)
            hh_rows.clear()
            p_rows.clear()
            clock_rows.clear()

        def stamp(kind: str, rid: str, values: dict[str, Any]) -> None:
            nonlocal stamps, ms
            ms += 1
            for name, value in values.items():
                if value is not None:
                    clock_rows.append((kind, rid, name, pack(ms, 0), site, None, None, seq,
                                       None))
                    stamps += 1

        for i in range(households):
            hid = new_id()
            values = dict.fromkeys(hh_table.columns)
            values.update(point=point, municipality="Montichiari", address=f"Via Roma {i}",
                          phone=f"030 {rng.randrange(10**6, 10**7)}", status="attiva",
                          case_number=f"{point}-2026-{i:05d}", registered_on="2026-01-15", cl=1)
            hh_rows.append((hid, *(hh_table.to_db(c, values[c]) for c in hh_table.columns),
                            hh_table.search(values)))
            stamp("household", hid, values)
            for _ in range(int(persons_per) + (rng.random() < persons_per % 1)):
                pid = new_id()
                pv = dict.fromkeys(p_table.columns)
                pv.update(household=hid, first_name=rng.choice(["Mario", "Anna", "Luca"]),
                          last_name=rng.choice(["Rossi", "Bianchi", "Ferrari"]),
                          tax_code=f"RSSMRA80A01H5{rng.randrange(100, 999)}",
                          birth_date="1980-01-01", sex="M", phone="333 1234567",
                          citizenship="italiana", relation="figlio", is_reference=False,
                          marital_status="celibe", notes="nota", cl=1)
                p_rows.append((pid, *(p_table.to_db(c, pv[c]) for c in p_table.columns),
                               p_table.search(pv)))
                stamp("person", pid, pv)
            if len(clock_rows) > 50_000:
                flush()
        flush()
        conn.exec_driver_sql("UPDATE clock_state SET hlc = ? WHERE id = 1", (pack(ms, 0),))
    return stamps


def bench_million(root: Path) -> None:
    root.mkdir(parents=True)
    coord = coordinator(root / "coord")
    with coord.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari"})
        uow.commit()
    mon = member(coord, root / "mon", "Punto Montichiari", "point", "MON")
    mon.close()
    households = max(1, MILLION // 41)  # 8 household fields, ~2.5 persons of 13 fields
    started = time.perf_counter()
    stamped = synthesize(coord, households, 2.5, "MON")
    print(f"  synthesized {stamped:,} field changes at the coordinator in "
          f"{time.perf_counter() - started:.1f} s", flush=True)
    bundle = root / "million.genera"
    with coord.unit_of_work() as uow:
        started = time.perf_counter()
        exported = sync.export(uow, bundle, to="Punto Montichiari")
        export_s = time.perf_counter() - started
    coord.close()
    print(f"  exported {exported.counts.get('changes', 0):,} changes in {export_s:.1f} s, "
          f"{bundle.stat().st_size / 1e6:.1f} MB", flush=True)
    child = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_sync", "--import", str(root / "mon"),
         str(bundle)], capture_output=True, text=True,
        cwd=Path(__file__).resolve().parents[1])
    if child.returncode != 0:
        print(child.stdout + child.stderr)
        return
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    rate = figures["applied"] / figures["seconds"]
    report(f"apply {figures['applied']:,} field changes", rate, "changes/s", ">= 50,000",
           rate >= 50_000, f"{figures['seconds']:.1f} s wall, {figures['cpu']:.1f} s cpu")
    report("  its peak memory (maxrss)", figures["maxrss_mb"], "MB", "< 500",
           figures["maxrss_mb"] < 500)
    plain = plain_sqlite(root / "plain.db", figures["applied"])
    print(f"  a plain sqlite3 executemany of {figures['applied']:,} such rows: {plain:.2f} s; "
          f"the import takes {figures['seconds'] / plain:.1f}x that", flush=True)


def import_child(data_dir: str, bundle: str) -> None:
    """In the child process: import the bundle, print its figures as JSON."""
    store = Store.open(Path(data_dir), USER, PASSWORD)
    wall, cpu = time.perf_counter(), time.process_time()
    report_ = sync.import_file(store, Path(bundle))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    store.close()
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(json.dumps({"applied": report_.applied, "seconds": wall, "cpu": cpu,
                      "maxrss_mb": maxrss}))


def plain_sqlite(path: Path, rows: int) -> float:
    """The floor: the same number of rows into a plain, unindexed, unencrypted table."""
    data = [("person", new_id(), "first_name", "Mario", pack(wall_ms(), i % 65000), 1, None,
             None) for i in range(rows)]
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE changes (kind, rid, field, value, hlc, site, prev_hlc, "
                 "prev_site)")
    started = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", data)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


# -- 2 and 3. the coordinator's full state and the weekly merge ------------------------


def bench_full_state_and_weekly_merge(root: Path) -> None:
    root.mkdir(parents=True)
    coord = coordinator(root / "coord")
    started = time.perf_counter()
    with coord.unit_of_work() as uow:
        counts = demo.fill(uow, HOUSEHOLDS, 1, today=date(2026, 3, 2))
        uow.commit()
    print(f"  demo: {HOUSEHOLDS:,} households, {sum(counts.values()):,} records in "
          f"{time.perf_counter() - started:.1f} s", flush=True)
    with coord.unit_of_work() as uow:
        points = list(uow.session.scalars(select(Point.code).where(Point.cl % 2 == 1)))
        contexts = list(uow.session.scalars(select(HousingContext.id)))
    members: dict[str, Store] = {}
    for code in points:
        members[code] = member(coord, root / code, f"Punto {code}", "point", code)
    laptops = [f"Laptop {n}" for n in range(1, 5)]
    for name in laptops:
        members[name] = member(coord, root / name.replace(" ", "_"), name, "laptop", None)
    with coord.unit_of_work() as uow:  # the contexts shared out among the custodi
        for i, ctx in enumerate(contexts):
            records.update(uow, "housing_context", ctx,
                           {"custode_site": members[laptops[i % 4]].site_id})
        uow.commit()
    out = root / "full"
    started = time.perf_counter()
    size = 0
    with coord.unit_of_work() as uow:
        for code in points:
            path = out / f"{code}.genera"
            out.mkdir(exist_ok=True)
            sync.export(uow, path, to=f"Punto {code}", full=True)
            size += path.stat().st_size
    elapsed = time.perf_counter() - started
    report(f"full state of {HOUSEHOLDS:,} households ({len(points)} bundles)", elapsed, "s",
           "< 10", elapsed < 10)
    report("  their size together", size / 1e6, "MB", "< 10", size < 10e6)
    # Each point takes its state: a mid-sized bundle each (10,000 to 170,000 changes at
    # 4,500 households), timed after the store is open as a command's would be.
    applied = 0
    wall, cpu = 0.0, 0.0
    for code in points:
        started, cpu_started = time.perf_counter(), time.process_time()
        applied += sync.import_file(members[code], out / f"{code}.genera").applied
        wall += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
    report(f"points apply their full state ({applied:,} changes)", applied / wall,
           "changes/s", ">= 50,000", applied / wall >= 50_000,
           f"{wall:.1f} s wall, {applied / cpu:,.0f} changes/s cpu")
    with coord.unit_of_work() as uow:
        for name in laptops:
            sync.export(uow, out / f"{name}.genera", to=name)
    for name in laptops:
        sync.import_file(members[name], out / f"{name}.genera")
    weekly = root / "weekly"
    weekly.mkdir()
    total = 0
    for name, store in members.items():
        total += week_of_edits(store, WEEKLY_CHANGES)
        with store.unit_of_work() as uow:
            sync.export(uow, weekly / f"{name}.genera".replace(" ", "_"))
    bundles = sorted(weekly.glob("*.genera"))
    wall, cpu = time.perf_counter(), time.process_time()
    results = sync.import_files(coord, bundles)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    applied = sum(getattr(r, "applied", 0) for r in results)
    report(f"weekly merge: {len(bundles)} bundles, {applied:,} changes", wall, "s", "< 5",
           wall < 5, f"cpu {cpu:.1f} s; {total:,} changes made at the sites")
    for store in (coord, *members.values()):
        store.close()


def week_of_edits(store: Store, changes: int) -> int:
    """About ``changes`` field edits at a member, on records of its scope, in one go."""
    rng = random.Random(store.site_id)
    made = 0
    with store.unit_of_work() as uow:
        session = uow.session
        people = list(session.scalars(select(Person).where(Person.cl % 2 == 1)))
        homes = list(session.scalars(select(Household).where(Household.cl % 2 == 1)))
        visits = list(session.scalars(select(Visit).where(Visit.cl % 2 == 1)))
        while made < changes and (people or homes or visits):
            pool = rng.choice([p for p in (people, homes, visits) if p])
            obj = rng.choice(pool)
            if isinstance(obj, Person):
                obj.phone = f"333 {rng.randrange(10**6, 10**7)}"
                obj.notes = f"settimana {made}"
            elif isinstance(obj, Household):
                obj.phone = f"030 {rng.randrange(10**6, 10**7)}"
                obj.notes = f"settimana {made}"
            else:
                obj.notes = f"visita {made}"
                obj.outcome = "ok"
            made += 2
        session.flush()
        uow.commit()
    return made


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--import":
        import_child(sys.argv[2], sys.argv[3])
    else:
        main()
