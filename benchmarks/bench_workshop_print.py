"""The workshop forms at the size of a real season: issue 11's printing figures.

The sign-in sheet of a session with 40 enrolled (target: under 1 s) and the attendance
register of 40 persons by 30 sessions with every attendance marked (target: under 2 s),
each printed from plain data as the services will hand it over: the time is the form's
own, without the store. Each is timed five times after a first print (which also
registers the font) and the slowest run is reported with the median and the first.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

from genera_desktop.printing.layout import PrintContext
from genera_desktop.printing.workshops import attendance_register, signin_sheet

CTX = PrintContext(site_name="Punto di Comunità Bench", printed_on=date(2026, 3, 12),
                   operator="bench")
PERSONS = 40
SESSIONS = 30
RUNS = 5
FIRST = ["Ștefan", "Përparim", "Łukasz", "Gülşen", "Nicolò", "François", "Jürgen", "Chiara"]


def main() -> None:
    """Print both forms and report their figures against the targets."""
    persons = [{"id": f"p-{i:03d}", "first_name": FIRST[i % len(FIRST)],
                "last_name": f"Partecipante{(i * 7) % PERSONS:03d}", "phone": "333 1234567"}
               for i in range(PERSONS)]
    start = date(2026, 1, 8)
    sessions = [{"id": f"s-{i:02d}", "date": (start + timedelta(days=7 * i)).isoformat(),
                 "start_time": "17:00", "end_time": "19:00", "guests": i % 4}
                for i in range(SESSIONS)]
    statuses = ("present", "present", "present", "absent", "excused")
    attendance = {(s["id"], p["id"]): statuses[(i + j) % len(statuses)]
                  for i, s in enumerate(sessions) for j, p in enumerate(persons)}
    workshop = {"id": "ws-bench", "title": "Genitori in cammino", "facilitator": "bench"}
    place = {"name": "Biblioteca civica", "address": "Piazza Roma 3", "municipality": "Ghedi"}
    measure(f"sign-in sheet, {PERSONS} enrolled", 1.0,
            lambda: signin_sheet(CTX, workshop, sessions[0], place, persons))
    measure(f"attendance register, {PERSONS} x {SESSIONS}", 2.0,
            lambda: attendance_register(CTX, workshop, sessions, persons, attendance))


def measure(name: str, target: float, make: Callable[[], bytes]) -> None:
    """Time ``make`` RUNS times after one warm-up; print the slowest against ``target``.

    The warm-up is shown too: the first form of a process also loads the font.
    """
    first = time.perf_counter()
    pdf = make()
    first = time.perf_counter() - first
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        pdf = make()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    slowest = max(walls)
    print(f"  {name:<48} {slowest:>9.2f} s      target < {target:.0f} s   "
          f"{'ok' if slowest < target else 'MISSED'}", flush=True)
    print(f"    median {statistics.median(walls):.3f} s wall, {statistics.median(cpus):.3f} s "
          f"CPU; first print {first:.3f} s; {pages(pdf)} pages, {len(pdf) / 1000:.0f} kB",
          flush=True)


def pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
