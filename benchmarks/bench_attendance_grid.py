"""The attendance grid of a workshop of 40 participants and 30 sessions (issue 11).

Measures the widget's own part, offscreen with the app's style: opening (model built
from plain data, view laid out, first paint) against 300 ms, and a key marking a cell
against 50 ms, both up to the save callback and up to the cell repainted. Saving is the
service's, to be timed with the store once the community kinds exist. The first opening
is printed apart (it pays Qt's one-off costs, fonts and style sheet, that the app pays
at start-up), and CPU time beside the wall clock, which on a busy machine counts the
other processes too. ``GENERA_BENCH_PNG=FILE`` saves the grid as a 1366 × 768 picture.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from datetime import date, timedelta
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PERSONS = 40
SESSIONS = 30
RUNS = 7
FIRST_DAY = date(2025, 9, 17)
TODAY = date(2026, 3, 11)
SURNAMES = (
    "Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Marino",
    "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano",
    "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
    "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli",
    "Ndiaye", "Singh", "Popescu", "El Amrani", "Hoxha", "Kaur", "Zanetti", "Nicolò",
)
NAMES = (
    "Giulia", "Marco", "Sara", "Luca", "Francesca", "Andrea", "Chiara", "Matteo", "Elena",
    "Davide", "Awa", "Harpreet", "Ionela", "Youssef", "Arben", "Fatima", "Paola", "Giorgio",
)
TOPICS = (
    "La spesa consapevole", "Merende sane", "Cucinare con poco", "Leggere le etichette",
    "Il pranzo a scuola", "Conservare il cibo", "Ricette dal mondo", "Festa finale",
)


def demo_data(seed: int = 1) -> tuple[list[dict[str, Any]], list[dict[str, Any]],
                                      dict[tuple[str, str], str]]:
    """Persons, weekly sessions and marks like a nutrition workshop's season."""
    rnd = random.Random(seed)
    persons: list[dict[str, Any]] = [{"id": f"p{n:03d}", "last_name": SURNAMES[n % len(SURNAMES)],
                "first_name": NAMES[(n * 7) % len(NAMES)], "minor": n % 13 == 5}
               for n in range(PERSONS)]
    sessions: list[dict[str, Any]] = []
    for n in range(SESSIONS):
        day = FIRST_DAY + timedelta(weeks=n)
        sessions.append({"id": f"s{n:03d}", "date": day.isoformat(),
                         "topic": TOPICS[n % len(TOPICS)],
                         "guests": rnd.choice((0, 0, 1, 2, 3, 5)) if day <= TODAY else 0})
    marks: dict[tuple[str, str], str] = {}
    for person in persons:
        keen = rnd.random()
        for session in sessions:
            if session["date"] >= TODAY.isoformat():
                continue  # today's session is being marked; the later ones are to come
            roll = rnd.random()
            status = ("present" if roll < 0.55 + 0.4 * keen else
                      "excused" if roll < 0.8 + 0.15 * keen else "absent")
            marks[(person["id"], session["id"])] = status
    return persons, sessions, marks


def report(name: str, value: float, target: float) -> None:
    print(f"  {name:<52} {value:>8.1f} ms  target < {target:.0f} ms  "
          f"{'ok' if value < target else 'MISSED'}", flush=True)


def main() -> None:
    """Print the opening and marking figures of a 40 × 30 grid."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from genera_desktop.app import apply_style
    from genera_desktop.ui.community.attendance_grid import AttendanceGrid

    app = QApplication.instance() or QApplication([])
    apply_style(app)  # type: ignore[arg-type]
    persons, sessions, marks = demo_data()

    class Painted(QObject):
        """Counts the paint events of the grid's cells."""

        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    saved_at: list[float] = []
    cpu_ms: list[float] = []

    def save(person_id: str, session_id: str, status: str | None) -> None:
        saved_at.append(time.perf_counter())

    def save_guests(session_id: str, guests: int) -> None:
        saved_at.append(time.perf_counter())

    def open_grid() -> tuple[float, AttendanceGrid]:
        painted = Painted()
        cpu = time.process_time()
        started = time.perf_counter()
        grid = AttendanceGrid(persons, sessions, marks, save, save_guests, today=lambda: TODAY)
        grid.view.viewport().installEventFilter(painted)
        grid.resize(1366, 768)
        grid.show()
        app.processEvents()
        if not painted.count:  # the platform deferred it: paint now, it is part of opening
            grid.view.viewport().repaint()
        took = (time.perf_counter() - started) * 1000
        cpu_ms.append((time.process_time() - cpu) * 1000)
        grid.view.viewport().removeEventFilter(painted)
        return took, grid

    cold, grid = open_grid()
    grid.close()
    grid.deleteLater()
    app.processEvents()
    warm = []
    for _ in range(RUNS):
        took, grid = open_grid()
        warm.append(took)
        grid.close()
        grid.deleteLater()
        app.processEvents()
    report(f"open a {PERSONS} × {SESSIONS} grid (first time in the process)", cold, 300)
    report(f"open a {PERSONS} × {SESSIONS} grid (median of {RUNS})", statistics.median(warm), 300)
    print(f"    CPU: {cpu_ms[0]:.0f} ms the first time, then a median of "
          f"{statistics.median(cpu_ms[1:]):.0f} ms", flush=True)

    picture = os.environ.get("GENERA_BENCH_PNG")
    _, grid = open_grid()
    if picture:
        grid.grab().save(picture)
        print(f"    picture: {picture}", flush=True)
    grid.setFocus()
    app.processEvents()
    painted = Painted()
    grid.view.viewport().installEventFilter(painted)
    to_save, to_paint = [], []
    for n in range(40):
        if n % 2 == 0:
            grid.go_to(persons[n % PERSONS]["id"], None)
            app.processEvents()
        saved_at.clear()
        painted.count = 0
        started = time.perf_counter()
        QTest.keyClick(grid.view, Qt.Key.Key_Space)
        app.processEvents()  # the changed cells repainted
        if not painted.count:
            grid.view.viewport().repaint()
        done = time.perf_counter()
        to_save.append((saved_at[0] - started) * 1000)
        to_paint.append((done - started) * 1000)
    report("Space on a cell: key to save callback (median of 40)", statistics.median(to_save), 50)
    report("Space on a cell: key to save callback (slowest)", max(to_save), 50)
    report("Space on a cell: key to cell repainted (median of 40)", statistics.median(to_paint),
           50)
    report("Space on a cell: key to cell repainted (slowest)", max(to_paint), 50)
    grid.close()


if __name__ == "__main__":
    main()
