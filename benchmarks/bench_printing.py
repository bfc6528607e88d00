"""Printing at programme scale: every intake form in one PDF, a big context's round sheet.

Builds a coordinator store with the 4,500 demo households of the programme's target in
a temporary folder, prints all their intake forms into one PDF (target: under 60 s) and
the round sheet of a housing context of 200 residents (target: under 2 s), and times
what the custode's page loads for that context. ``GENERA_BENCH_HOUSEHOLDS=N`` prints N
households instead (a quicker run while tuning).
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select

from genera_desktop.services import demo, printing, records
from genera_desktop.services.custode import visits as custode
from genera_desktop.services.network import membership as network
from genera_desktop.store.models import Household
from genera_desktop.store.store import Store

USER, PASSWORD = "bench", "bench-password-1"
HOUSEHOLDS = 4_500
RESIDENTS = 200
TODAY = date(2026, 3, 2)


def main() -> None:
    """Run every measure and print its figure with the target."""
    count = int(os.environ.get("GENERA_BENCH_HOUSEHOLDS", HOUSEHOLDS))
    with tempfile.TemporaryDirectory(prefix="genera-bench-print-") as tmp:
        store = network.create_network(Path(tmp) / "store", network_name="Bench",
                                       site_name="Coordinamento", admin_user=USER,
                                       password=PASSWORD).store
        try:
            started = time.perf_counter()
            with store.unit_of_work() as uow:
                demo.fill(uow, count, seed=1, today=TODAY)
                uow.commit()
            print(f"  (setup: {count} demo households in {time.perf_counter() - started:.0f} s)",
                  flush=True)
            bench_intakes(store, count, Path(tmp))
            bench_round_sheet(store)
        finally:
            store.close()


def report(name: str, value: float, unit: str, target: str, ok: bool) -> None:
    """One figure, its target and whether it is met, on one line."""
    print(f"  {name:<48} {value:>9.2f} {unit:<6} target {target:<9} "
          f"{'ok' if ok else 'MISSED'}", flush=True)


def peak_mb() -> float:
    """The process's peak resident memory so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_intakes(store: Store, count: int, folder: Path) -> None:
    """All the intake forms into one PDF, as `genera print intake --all` makes it.

    Wall time is the target; CPU time is printed too, as on a busy machine the wall
    clock measures the other processes as much as this one. The peak memory before
    printing (the demo data just loaded) is shown apart from the peak of the run.
    """
    before = peak_mb()
    with store.unit_of_work() as uow:
        ids = list(uow.session.scalars(select(Household.id).where(Household.cl % 2 == 1)
                                       .order_by(Household.case_number)))
        wall, cpu = time.perf_counter(), time.process_time()
        pdf = printing.print_intakes(uow, ids)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        uow.commit()
    (folder / "intakes.pdf").write_bytes(pdf)
    pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")
    target = 60.0 * count / HOUSEHOLDS
    report(f"intake forms of {len(ids)} households, one PDF", wall, "s", f"< {target:.0f} s",
           wall < target)
    print(f"    {cpu:.1f} s of CPU, {1000 * cpu / max(len(ids), 1):.0f} ms a household; "
          f"{pages} pages, {len(pdf) / 1e6:.1f} MB; peak memory {peak_mb():.0f} MB "
          f"({before:.0f} MB before printing)", flush=True)


def bench_round_sheet(store: Store) -> None:
    """A context of 200 residents: its round sheet, and what the custode's page loads."""
    with store.unit_of_work() as uow:
        context = records.add(uow, "housing_context", {
            "name": "Complesso ALER Bench", "address": "Via Lunga 1",
            "municipality": "Montichiari", "manager": "aler", "context_type": "block"})
        residents = 0
        flat = 0
        while residents < RESIDENTS:
            flat += 1
            hid = records.add(uow, "household", {
                "point": "MON", "housing_context": context, "phone": "030 961234",
                "flat": f"Scala {'ABCD'[flat % 4]}, int. {flat}"})
            for n in range(min(1 + flat % 4, RESIDENTS - residents)):
                records.add(uow, "person", {"household": hid, "first_name": f"Nome{n}",
                                            "last_name": f"Cognome{flat}",
                                            "phone": "333 1234567"})
                residents += 1
        uow.commit()
    with store.unit_of_work() as uow:
        started = time.perf_counter()
        pdf = printing.print_round_sheet(uow, context)
        took = time.perf_counter() - started
    report(f"round sheet of a {RESIDENTS}-resident context", took, "s", "< 2 s", took < 2)
    print(f"    {pdf.count(b'/Type /Page') - pdf.count(b'/Type /Pages')} pages", flush=True)
    with store.unit_of_work() as uow:
        started = time.perf_counter()
        custode.my_contexts(uow)
        custode.residents(uow, context)
        custode.visits_due(uow)
        took = time.perf_counter() - started
    report("custode page load (contexts, residents, due)", took, "s", "< 0.5 s", took < 0.5)


if __name__ == "__main__":
    main()
