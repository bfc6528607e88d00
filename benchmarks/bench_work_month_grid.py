"""The internships' month grid of a point with 60 active internships (issue 12): opening
it (the service's rows read from the store, the dialog built, laid out and painted)
against 300 ms; a key saving a row (Space) printed beside it; and one internship's month
by days (ui/work/days_grid.py) opening, against the same 300 ms, with a day marked.

Builds a coordinator store in a temporary folder with 60 trainees of one point at 12
hosts, their internships and half of this month entered, through the services as the
app writes them; then opens the grid offscreen several times and keeps the median. The
first opening is printed apart (it pays Qt's one-off costs, fonts and style).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

USER, PASSWORD = "bench", "bench-password-1"
INTERNSHIPS = 60
HOSTS = 12
RUNS = 7
TARGET_MS = 300.0


def report(name: str, value: float, target: float | None = None) -> None:
    goal = f"target < {target:.0f} ms  {'ok' if value < target else 'MISSED'}" \
        if target is not None else ""
    print(f"  {name:<52} {value:>8.1f} ms  {goal}", flush=True)


def build(folder: Path) -> tuple[object, str]:
    """A store with the point's trainees and their active internships; the month."""
    from genera_desktop.services import records
    from genera_desktop.services.network import membership as network
    from genera_desktop.services.work import attendance

    store = network.create_network(folder, network_name="Bench", site_name="Coordinamento",
                                   admin_user=USER, password=PASSWORD).store
    today = date.today()
    back, ahead = today.month - 1 - 5, today.month - 1 + 5
    start = f"{today.year + back // 12:04d}-{back % 12 + 1:02d}-01"
    end = f"{today.year + ahead // 12:04d}-{ahead % 12 + 1:02d}-28"
    month = f"{today.year:04d}-{today.month:02d}"
    with store.unit_of_work() as uow:
        records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari"})
        hosts = [records.add(uow, "organisation", {"name": f"Impresa {n}",
                                                   "org_type": "company", "employees": 120})
                 for n in range(HOSTS)]
        for n in range(INTERNSHIPS):
            household = records.add(uow, "household", {"point": "MON"})
            person = records.add(uow, "person", {"household": household,
                                                 "first_name": "Nome", "last_name": f"C{n}"})
            internship = records.add(uow, "internship", {
                "person": person, "host": hosts[n % HOSTS], "start_date": start,
                "end_date": end, "status": "active"})
            if n % 2:
                attendance.save_month(uow, internship, month, {
                    "days_expected": 20, "days_attended": 15 + n % 6})
        uow.commit()
    return store, month


def main() -> None:
    """Print the grid's figures."""
    from PySide6.QtWidgets import QApplication

    from genera_desktop.services.work import attendance
    from genera_desktop.ui.context import AppContext
    from genera_desktop.ui.work.days_grid import DaysGridDialog
    from genera_desktop.ui.work.month_grid import MonthGridDialog

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="genera-bench-grid-") as tmp:
        store, month = build(Path(tmp) / "store")
        ctx = AppContext(store)  # type: ignore[arg-type]
        try:
            def open_grid() -> MonthGridDialog:
                dialog = MonthGridDialog(ctx, point="MON", month=month)
                dialog.show()
                dialog.view.viewport().repaint()
                app.processEvents()
                assert dialog.model.rowCount() == INTERNSHIPS, dialog.model.rowCount()
                return dialog

            walls = []
            for _ in range(RUNS + 1):
                started = time.perf_counter()
                dialog = open_grid()
                walls.append((time.perf_counter() - started) * 1000)
                if _ < RUNS:
                    dialog.close()
                    dialog.deleteLater()
                    app.processEvents()
            report("first opening (Qt's one-off costs)", walls[0])
            report(f"month grid of {INTERNSHIPS} active internships opens",
                   statistics.median(walls[1:]), TARGET_MS)
            started = time.perf_counter()
            for _ in range(RUNS):
                attendance.point_month(store, "MON", month)
            report("of which the service's rows",
                   (time.perf_counter() - started) * 1000 / RUNS)
            view = dialog.view
            column = dialog.model.keys.index("days_attended")
            saves = []
            for row in range(RUNS):
                view.setCurrentIndex(dialog.model.index(row, column))
                started = time.perf_counter()
                from PySide6.QtCore import QEvent, Qt
                from PySide6.QtGui import QKeyEvent

                QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space,
                                                       Qt.KeyboardModifier.NoModifier, " "))
                view.viewport().repaint()
                saves.append((time.perf_counter() - started) * 1000)
            report("Space saves a row (allowance shown)", statistics.median(saves))
            # One internship's month by days (Enter on a row): opened, then Space on a
            # day saved with the totals shown.
            internship = dialog.model.rows[0]["internship"]
            dialog.close()
            opens, marks = [], []
            for run in range(RUNS + 1):
                started = time.perf_counter()
                days = DaysGridDialog(ctx, internship, month)
                days.show()
                days.view.viewport().repaint()
                app.processEvents()
                if run:  # the first pays the new dialog's one-off costs
                    opens.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                days.toggle(days.view.currentIndex().column())
                days.view.viewport().repaint()
                marks.append((time.perf_counter() - started) * 1000)
                days.close()
                days.deleteLater()
                app.processEvents()
            report("days grid of one internship's month opens", statistics.median(opens),
                   TARGET_MS)
            report("Space marks a day (saved, allowance shown)", statistics.median(marks))
        finally:
            store.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
