"""The adolescents' plan's figures of the report (spec/programme.md, "Reports"; issue
14). Aggregates only: no record, no name.

- ``youth_reached``: distinct persons (live, not merged away) under 18 on the report day
  with any live enrolment, consent or school-work experience;
- ``youth_by_age_band``, ``youth_by_municipality`` (their household's comune) and
  ``youth_by_school_type`` (those of them with a school-work experience of that type;
  one with two types counts in both): breakdowns of them;
- ``school_work_experiences`` (live), ``school_work_hours_done`` (their live hours,
  summed) and ``school_work_hours_planned`` (their planned hours, summed);
- ``school_work_hours_required``: what the students with a live experience must reach
  over their three years, summed once per student (the hours their school type
  requires, by their latest experience: two experiences of one student are one three
  years), so the hours done read against it.

A minor is worked out from ``birth_date`` as the rules do (domain/ages.py); a person
without one is not counted as a minor.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from genera_desktop.domain.ages import age_on
from genera_desktop.domain.school_work import required_hours

NO_VALUE = ""
# Age bands of the under-18s: (code, first age, last age).
AGE_BANDS = (("0-10", 0, 10), ("11-13", 11, 13), ("14-15", 14, 15), ("16-17", 16, 17))

REACHED_SQL = """
SELECT p.id, p.birth_date, h.municipality
FROM person p JOIN household h ON h.id = p.household
WHERE p.cl % 2 = 1 AND p.merged_into IS NULL
  AND p.birth_date > :cutoff AND p.birth_date <= :today
  AND (p.id IN (SELECT person FROM enrolment WHERE cl % 2 = 1)
       OR p.id IN (SELECT person FROM consent WHERE cl % 2 = 1)
       OR p.id IN (SELECT person FROM school_work WHERE cl % 2 = 1))
"""
SCHOOL_TYPES_SQL = "SELECT DISTINCT person, school_type FROM school_work WHERE cl % 2 = 1"
STUDENTS_SQL = """
SELECT person, school_type, start_date, id FROM school_work WHERE cl % 2 = 1
ORDER BY person, coalesce(start_date, ''), id
"""
HOURS_SQL = """
SELECT count(*), coalesce(sum(planned_hours), 0),
       (SELECT coalesce(sum(h.hours), 0) FROM school_work_hours h
        JOIN school_work w ON w.id = h.school_work
        WHERE h.cl % 2 = 1 AND w.cl % 2 = 1)
FROM school_work WHERE cl % 2 = 1
"""


def adult_cutoff(day: date) -> str:
    """The latest birth date of a person who is 18 on ``day`` (ISO): later ones are
    minors. Born on 29 February, 18 on 1 March of a common year."""
    try:
        return day.replace(year=day.year - 18).isoformat()
    except ValueError:  # 29 February, 18 years before a common year
        return date(day.year - 18, 2, 28).isoformat()


def band(age: int) -> str:
    """The code of an under-18's age band."""
    return next(code for code, low, high in AGE_BANDS if low <= age <= high)


def compute(session: Session, today: date) -> dict[str, Any]:
    """Every figure of the adolescents' plan on this site's data, as of ``today``."""
    rows = session.execute(text(REACHED_SQL), {"cutoff": adult_cutoff(today),
                                               "today": today.isoformat()}).all()
    by_band = dict.fromkeys((code for code, _, _ in AGE_BANDS), 0)
    by_municipality: dict[str, int] = {}
    reached = set()
    for pid, birth_date, municipality in rows:
        age = age_on(birth_date, today)
        if age is None:
            continue
        reached.add(pid)
        by_band[band(age)] += 1
        key = municipality or NO_VALUE
        by_municipality[key] = by_municipality.get(key, 0) + 1
    by_type: dict[str, int] = {}
    for pid, school_type in session.execute(text(SCHOOL_TYPES_SQL)):
        if pid in reached:
            key = school_type or NO_VALUE
            by_type[key] = by_type.get(key, 0) + 1
    experiences, planned, done = session.execute(text(HOURS_SQL)).one()
    latest: dict[str, tuple[str | None, str | None]] = {}
    for pid, school_type, start, _ in session.execute(text(STUDENTS_SQL)):
        latest[pid] = (school_type, start)  # ordered: the last one is the latest
    required = sum(required_hours(kind, start or today) or 0
                   for kind, start in latest.values())
    return {
        "youth_reached": len(reached),
        "youth_by_age_band": by_band,
        "youth_by_municipality": dict(sorted(by_municipality.items())),
        "youth_by_school_type": dict(sorted(by_type.items())),
        "school_work_experiences": int(experiences or 0),
        "school_work_hours_done": _hours(done),
        "school_work_hours_planned": _hours(planned),
        "school_work_hours_required": _hours(required),
    }


def _hours(value: Any) -> float | int:
    rounded = round(float(value or 0), 2)
    return int(rounded) if rounded == int(rounded) else rounded
