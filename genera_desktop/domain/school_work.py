"""The hours a school-work experience (formazione scuola-lavoro) must reach over the
three final years, by school type: 90 for a liceo, 150 for a technical institute, 210
for a vocational one (legge 145/2018, art. 1 c. 784, from the school year 2018/19).

Kept as dated, editable data, not constants: ``resources/catalogs/school_work_hours.csv``
(school_type, valid_from, hours), one row per change. A new rule is a new row with the
day it applies from; the row in force on a day is the latest that started by then. The
values above are the defaults the app falls back on when the file is missing or names no
row for a school type.
"""

from __future__ import annotations

import csv
from datetime import date
from functools import lru_cache
from pathlib import Path

from genera_desktop.paths import resources_dir

DEFAULT_REQUIRED_HOURS = {"liceo": 90.0, "tecnico": 150.0, "professionale": 210.0}


def hours_table_path() -> Path:
    """The shipped table of required hours."""
    return resources_dir() / "catalogs" / "school_work_hours.csv"


@lru_cache(maxsize=4)
def _rows(path: Path) -> tuple[tuple[str, str, float], ...]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return tuple(
                (row["school_type"].strip(), row["valid_from"].strip(), float(row["hours"]))
                for row in csv.DictReader(handle)
                if row.get("school_type") and row.get("hours")
            )
    except (OSError, ValueError, KeyError):
        return ()


def required_hours(school_type: str | None, on: date | str | None = None,
                   path: Path | None = None) -> float | None:
    """The hours a student of ``school_type`` must reach over three years, by the rule in
    force on ``on`` (today by default); None for no school type or an unknown one."""
    if not school_type:
        return None
    day = (on if isinstance(on, str) else (on or date.today()).isoformat())[:10]
    found: tuple[str, float] | None = None
    for kind, valid_from, hours in _rows(path or hours_table_path()):
        if kind == school_type and valid_from <= day and (found is None or valid_from >= found[0]):
            found = (valid_from, hours)
    if found is not None:
        return found[1]
    return DEFAULT_REQUIRED_HOURS.get(school_type)
