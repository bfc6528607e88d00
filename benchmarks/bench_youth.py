"""The adolescents' plan at programme scale (issue 14): the Adolescenti list of a point
(its 11 to 17 year olds and the young adults added, with the consents that count
today; and with every child under 11 too, as the list's tick shows them) at
50,000 demo households against 150 ms, and a school-work hours register of 200 days'
entries printed against 1 s.

Builds (or, with ``GENERA_BENCH_DIR=DIR``, reuses) bench_store's big coordinator store.
The list is timed as the section loads it: the service's query and the rows set in the
page's table model; the point chosen is the one with most households.
"""

from __future__ import annotations

import os
import statistics
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.bench_store import TODAY, Clock, _big_store, coordinator, report
from genera_desktop.services import records
from genera_desktop.store.models import Household

RUNS = 7


def main() -> None:
    """Print the list's and the register's figures."""
    keep = os.environ.get("GENERA_BENCH_DIR")
    with tempfile.TemporaryDirectory(prefix="genera-bench-") as tmp:
        big = _big_store(Path(keep) if keep else Path(tmp) / "big")
        try:
            bench_list(big)
        finally:
            big.close()
        bench_register(Path(tmp) / "register")


def bench_list(store: object) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from genera_desktop.services.youth import people
    from genera_desktop.ui.common.rows import RowsModel
    from genera_desktop.ui.youth.page import young_columns

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the model needs one
    with store.sessionmaker() as session:  # type: ignore[attr-defined]
        point = session.execute(select(Household.point, func.count()).group_by(
            Household.point).order_by(func.count().desc())).first()[0]
    model = RowsModel(young_columns())
    for youngest, what in ((people.AGE_FLOOR, "from 11"), (0, "every child")):
        walls, cpus, count = [], [], 0
        for _ in range(RUNS):
            with Clock() as clock:
                rows = people.young_people(store, point, today=TODAY, youngest=youngest)
                model.set_rows(rows)
            walls.append(clock.wall * 1000)
            cpus.append(clock.cpu * 1000)
            count = len(rows)
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        report(f"Adolescenti list of {point}, {what} ({count:,} young people)", wall, "ms",
               "<= 150", wall <= 150, f"{cpu:.1f} ms")


def bench_register(folder: Path) -> None:
    from genera_desktop.services.youth import prints

    store = coordinator(folder)
    try:
        with store.unit_of_work() as uow:
            records.add(uow, "point", {"code": "MON", "name": "Punto Montichiari"})
            hh = records.add(uow, "household", {"point": "MON"})
            person = records.add(uow, "person", {"household": hh, "first_name": "Ada",
                                                 "last_name": "Rota",
                                                 "birth_date": "2006-01-01"})
            school = records.add(uow, "organisation", {"name": "Liceo", "org_type": "school"})
            sw = records.add(uow, "school_work", {
                "person": person, "school": school, "host": school, "school_type": "tecnico",
                "start_date": "2025-09-01", "safety_training_on": "2025-09-01"})
            start = date(2025, 9, 1).toordinal()
            for n in range(200):
                records.add(uow, "school_work_hours", {
                    "school_work": sw, "date": date.fromordinal(start + n).isoformat(),
                    "hours": 4, "activity": "Attività di laboratorio e affiancamento"})
            uow.commit()
        walls = []
        for _ in range(3):
            with Clock() as clock, store.unit_of_work() as uow:
                prints.print_school_work(uow, sw)
            walls.append(clock.wall)
        report("school-work register of 200 entries printed", max(walls) * 1000, "ms",
               "<= 1000", max(walls) <= 1)
    finally:
        store.close()


if __name__ == "__main__":
    main()
