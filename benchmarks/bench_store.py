"""The store at programme scale: search, the household list, the indicators, demo,
import, capture cost.

Builds a coordinator store with 50,000 demo households (about 120,000 persons) in a
temporary folder, then measures what staff feel (type-ahead search, the household
list's first screen) and what the coordinator waits for (the dashboard's indicators,
demo, import), each printed
beside its target. ``GENERA_BENCH_DIR=DIR`` keeps the big store in DIR and reuses it on
the next run (handy while tuning a query); ``python -m benchmarks.bench_store search``
runs the search figures only.
"""

from __future__ import annotations

import csv
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select

from genera_desktop.reports import indicators
from genera_desktop.services import demo, demo_data, records
from genera_desktop.services.network import membership as network
from genera_desktop.services.registry import households, importer, persons
from genera_desktop.store.capture import CAPTURE_KEY
from genera_desktop.store.models import MODELS, Person
from genera_desktop.store.store import Store, store_exists

USER, PASSWORD = "bench", "bench-password-1"
BIG = 50_000
SEED = 1
TODAY = date(2026, 3, 2)


def main() -> None:
    """Run every measure and print its figure with the target."""
    keep = os.environ.get("GENERA_BENCH_DIR")
    with tempfile.TemporaryDirectory(prefix="genera-bench-") as tmp:
        root = Path(tmp)
        big = _big_store(Path(keep) if keep else root / "big")
        try:
            bench_search(big)
            bench_page_search(big)
            bench_household_list(big)
            bench_indicators(big)
        finally:
            big.close()
        bench_demo(root / "demo")
        bench_import(root / "import")
        bench_capture(root / "capture")


def searches() -> None:
    """Only the search figures (records.find and the two pages) on the big store."""
    keep = os.environ.get("GENERA_BENCH_DIR")
    with tempfile.TemporaryDirectory(prefix="genera-bench-") as tmp:
        big = _big_store(Path(keep) if keep else Path(tmp) / "big")
        try:
            bench_search(big)
            bench_page_search(big)
        finally:
            big.close()


def report(name: str, value: float, unit: str, target: str, ok: bool, cpu: str = "") -> None:
    """One figure, its target and whether it is met, on one line. ``cpu`` is the same
    figure in CPU time: on a busy machine the wall clock also counts other work."""
    print(f"  {name:<44} {value:>10.1f} {unit:<7} target {target:<10} "
          f"{'ok' if ok else 'MISSED'}{f'  (cpu: {cpu})' if cpu else ''}", flush=True)


def coordinator(folder: Path) -> Store:
    """A fresh coordinator store (the bench user is its administrator)."""
    return network.create_network(folder, network_name="Bench", site_name="Bench",
                                  admin_user=USER, password=PASSWORD).store


def _big_store(folder: Path) -> Store:
    if store_exists(folder):
        print(f"  reusing the store in {folder}")
        return Store.open(folder, USER, PASSWORD)
    store = coordinator(folder)
    with Clock() as clock, store.unit_of_work() as uow:
        counts = demo.fill(uow, BIG, SEED, today=TODAY)
        uow.commit()
    print(f"  built a store of {BIG:,} households ({counts.get('person', 0):,} persons, "
          f"{sum(counts.values()):,} records) in {clock.wall:.1f} s "
          f"(cpu {clock.cpu:.1f} s)", flush=True)
    return store


class Clock:
    """Wall and CPU time of a stretch of work, in seconds."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def _timed(call: Callable[[], Any]) -> tuple[float, float]:
    """Wall and CPU milliseconds of one call."""
    with Clock() as clock:
        call()
    return clock.wall * 1000, clock.cpu * 1000


def search_terms_sample(store: Store, count: int = 100, seed: int = 7) -> list[str]:
    """What staff type: the start of a surname or a name, sometimes a piece from inside
    it, 2 to 6 letters, as the letters come (accents and case included)."""
    rng = random.Random(seed)
    with store.sessionmaker() as session:
        names = [(last, first) for last, first in session.execute(
            select(Person.last_name, Person.first_name).where(Person.cl % 2 == 1)
        )]
    terms: list[str] = []
    while len(terms) < count:
        last, first = rng.choice(names)
        name = (last if rng.random() < 0.7 else first) or ""
        size = rng.randint(2, 6)
        if len(name) < size:
            continue
        start = 0 if rng.random() < 0.8 else rng.randint(0, len(name) - size)
        term = name[start : start + size]
        if term.strip() and len(term.strip()) >= 2:
            terms.append(term)
    return terms


def bench_search(store: Store) -> None:
    """Search as you type: records.find over persons, first 200 matches."""
    terms = search_terms_sample(store)
    times, cpus = [], []
    with store.unit_of_work() as uow:
        records.find(uow.session, "person", "warm", limit=200)  # the cache warms once
        for term in terms:
            wall, cpu = _timed(partial(records.find, uow.session, "person", term, limit=200))
            times.append(wall)
            cpus.append(cpu)
            uow.session.expunge_all()
    p95 = statistics.quantiles(times, n=20)[-1]
    print(f"  search over persons: {len(terms)} terms, median {statistics.median(times):.1f} ms, "
          f"slowest {max(times):.1f} ms")
    report("search as you type, p95 (records.find)", p95, "ms", "<= 50", p95 <= 50,
           f"{statistics.quantiles(cpus, n=20)[-1]:.1f} ms")
    slow = sorted(zip(times, terms, strict=True), reverse=True)[:3]
    print("  slowest terms: " + ", ".join(f"{t!r} {ms:.0f} ms" for ms, t in slow))


def bench_page_search(store: Store) -> None:
    """The same terms as the pages run them, each a fresh unit of work as the page's
    search timer makes: the household list (the first page of ids and its 50 rows; it
    does not count while searching) and the persons page (its first 200 sorted by
    surname, and the count it shows)."""
    terms = search_terms_sample(store)

    def household_list(term: str) -> None:
        with store.unit_of_work() as uow:
            ids = households.household_ids(uow, search=term, limit=300)
            households.household_rows(uow, ids[:50])

    def persons_page(term: str) -> None:
        with store.unit_of_work() as uow:
            persons.find_persons(uow, term)

    for label, run in (("household list", household_list), ("persons page", persons_page)):
        run("warm")
        timed = [_timed(partial(run, term)) for term in terms]
        p95 = statistics.quantiles([w for w, _ in timed], n=20)[-1]
        report(f"search in the {label}, p95", p95, "ms", "<= 50", p95 <= 50,
               f"{statistics.quantiles([c for _, c in timed], n=20)[-1]:.1f} ms")


def bench_household_list(store: Store) -> None:
    """The household list's first screen as ui/registry/households_model.py asks for it: the
    first page of ordered ids, the rows of the first 50, and the total."""
    def first_screen(sort_key: str) -> None:
        with store.unit_of_work() as uow:
            ids = households.household_ids(uow, sort_key=sort_key, limit=300)
            households.household_rows(uow, ids[:50])
            households.household_count(uow)

    for sort_key, label in (("registered_on", "newest first"), ("reference", "by surname")):
        first_screen(sort_key)  # warm
        runs = [_timed(partial(first_screen, sort_key)) for _ in range(5)]
        ms = statistics.median(w for w, _ in runs)
        report(f"household list, first 50 rows ({label})", ms, "ms", "<= 150", ms <= 150,
               f"{statistics.median(c for _, c in runs):.1f} ms")


def bench_indicators(store: Store) -> None:
    """Every indicator of the dashboard and of `genera report`, as the dashboard's worker
    computes them (a unit of work of its own), recomputed after each import."""
    def compute() -> None:
        with store.unit_of_work() as uow:
            indicators.compute(uow.session, TODAY)

    cold, _ = _timed(compute)  # the first run after opening reads pages from disk
    runs = [_timed(compute) for _ in range(5)]
    ms = statistics.median(w for w, _ in runs)
    print(f"  indicators: first run {cold:.0f} ms, then median of 5 runs")
    report(f"indicators (dashboard) at {BIG:,} households", ms, "ms", "< 1000", ms < 1000,
           f"{statistics.median(c for _, c in runs):.1f} ms")


def bench_demo(folder: Path) -> None:
    """`genera demo --households 4500` on a fresh store."""
    store = coordinator(folder)
    try:
        with Clock() as clock, store.unit_of_work() as uow:
            demo.fill(uow, 4500, SEED, today=TODAY)
            uow.commit()
        report("demo --households 4500", clock.wall, "s", "<= 30", clock.wall <= 30,
               f"{clock.cpu:.1f} s")
    finally:
        store.close()


IMPORT_COLUMNS = ("household_ref", "point", "municipality", "address", "phone", "first_name",
                  "last_name", "tax_code", "birth_date", "sex", "citizenship", "relation",
                  "person_phone")


def demo_rows(rows: int, seed: int = SEED) -> Iterator[dict[str, Any]]:
    """Import rows (one per person) made from demo households."""
    household: dict[str, Any] = {}
    made = 0
    for kind, record in demo_data.generate(rows, seed, TODAY):
        if kind == "household":
            household = record
        elif kind == "person":
            yield {
                "household_ref": household["case_number"], "point": household["point"],
                "municipality": household["municipality"], "address": household["address"],
                "phone": household["phone"], "first_name": record["first_name"],
                "last_name": record["last_name"], "tax_code": record["tax_code"],
                "birth_date": record["birth_date"], "sex": record["sex"],
                "citizenship": record["citizenship"], "relation": record["relation"],
                "person_phone": record["phone"],
            }
            made += 1
            if made >= rows:
                return


def write_csv(path: Path, rows: int) -> None:
    """A semicolon CSV with a BOM, as Italian Excel saves it."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, IMPORT_COLUMNS, delimiter=";")
        writer.writeheader()
        for row in demo_rows(rows):
            writer.writerow({k: "" if v is None else v for k, v in row.items()})


def add_catalog(store: Store) -> None:
    """The demo's points and housing contexts, so imported rows have points to name."""
    with store.unit_of_work() as uow:
        for kind, record in demo_data.generate_catalog(SEED):
            records.add(uow, kind, {k: v for k, v in record.items() if k != "id" and v},
                        record_id=str(record["id"]))
        uow.commit()


def bench_import(folder: Path) -> None:
    """`genera import` of a 10,000-row CSV into a store holding the catalog."""
    folder.mkdir(parents=True)
    path = folder / "rows.csv"
    write_csv(path, 10_000)
    store = coordinator(folder / "store")
    try:
        add_catalog(store)
        with Clock() as clock, store.unit_of_work() as uow:
            result = importer.import_file(uow, path, today=TODAY)
            uow.commit()
        rate = result.rows / clock.wall
        report(f"import of a {result.rows:,}-row CSV", rate, "rows/s", ">= 2000", rate >= 2000,
               f"{result.rows / clock.cpu:.0f} rows/s")
    finally:
        store.close()


def bench_capture(folder: Path) -> None:
    """10,000 households with their persons through the ORM, with and without capture."""
    batch: list[tuple[str, dict[str, Any]]] = []
    for kind, record in demo_data.generate(10_000, SEED, TODAY):
        if kind in ("household", "person"):
            batch.append((kind, {k: v for k, v in record.items() if v is not None and v != []}))
    timings: dict[str, Clock] = {}
    for mode in ("on", "off"):
        store = coordinator(folder / mode)
        try:
            with Clock() as clock, store.unit_of_work() as uow:
                if mode == "off":
                    uow.session.info[CAPTURE_KEY] = {"off": True}
                for start in range(0, len(batch), 2000):
                    uow.session.add_all(MODELS[k](**v) for k, v in batch[start : start + 2000])
                    uow.session.flush()
                    uow.session.expunge_all()
                uow.commit()
            timings[mode] = clock
        finally:
            store.close()
    on, off = timings["on"], timings["off"]
    print(f"  {len(batch):,} records: {on.wall:.1f} s with capture, {off.wall:.1f} s without")
    report("change capture overhead (with / without)", on.wall / off.wall, "x", "<= 3",
           on.wall / off.wall <= 3, f"{on.cpu / off.cpu:.1f} x")


if __name__ == "__main__":
    if sys.argv[1:] == ["search"]:
        searches()
    else:
        main()
