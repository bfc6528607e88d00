"""The housing plan's indicators per point and per month, for the dashboard and the
report (``housing_points``, ``housing_months``; reports/housing.py adds them).

Per point (the household's; a pact's host's) and per month (``YYYY-MM``):

- ``contracts_signed``: live rent contracts of any type, by their start;
- ``applications_<status>``: guarantee applications in each status, by their date;
- ``arrears_opened``: arrears cases by their opening; ``arrears_resolved``: those
  resolved, by the day they were closed (their opening when it is not given);
- ``evictions_avoided``: cases resolved or closed without reaching an eviction, as
  ``arrears_resolved``;
- ``pairs_active``: co-housing pacts not ended: per point, those now; per month, those
  running in it (from the start's month to the end's, or to this month), so a month's
  column does not add up over the months.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.domain import vocab_housing as vh
from genera_desktop.store.models import Household
from genera_desktop.store.models_housing import (
    ArrearsCase,
    CohousingPact,
    GuaranteeApplication,
    RentContract,
)

STATUS_FIGURES = tuple(f"applications_{s}" for s in vh.APPLICATION_STATUS)
FIGURES = ("contracts_signed", *STATUS_FIGURES, "arrears_opened", "arrears_resolved",
           "evictions_avoided", "pairs_active")
# The figures whose months add up to the whole (``pairs_active`` does not).
SUMMED_BY_MONTH = FIGURES[:-1]


def _months(start: str, end: str) -> list[str]:
    """``YYYY-MM`` from ``start``'s month to ``end``'s, both included."""
    year, month = int(start[:4]), int(start[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= end[:7]:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def compute(session: Session, today: date | None = None) -> dict[str, Any]:
    """``housing_points`` and ``housing_months``: figure to count, every figure given."""
    this_month = (today or date.today()).isoformat()[:7]
    by_point: dict[str, Counter[str]] = {}
    by_month: dict[str, Counter[str]] = {}

    def count(live: str | None, point: str | None, month: str | None, figure: str) -> None:
        if live is not None:
            by_point.setdefault(point or "", Counter())[figure] += 1
        if month and len(month) == 7:
            by_month.setdefault(month, Counter())[figure] += 1

    def with_point(*columns: Any, household: Any) -> Any:
        # The point of a live household, joined: not a map of every household held.
        return (select(*columns, Household.id, Household.point)
                .outerjoin(Household, (Household.id == household) & (Household.cl % 2 == 1)))

    for start, live, point in session.execute(with_point(
            RentContract.start_date, household=RentContract.household)
            .where(RentContract.cl % 2 == 1)):
        count(live, point, (start or "")[:7], "contracts_signed")
    for day, status, live, point in session.execute(with_point(
            GuaranteeApplication.date, GuaranteeApplication.status,
            household=GuaranteeApplication.household)
            .where(GuaranteeApplication.cl % 2 == 1)):
        count(live, point, (day or "")[:7], f"applications_{status or 'submitted'}")
    for opened, closed, status, stage, live, point in session.execute(with_point(
            ArrearsCase.opened_on, ArrearsCase.closed_on, ArrearsCase.status,
            ArrearsCase.eviction_stage, household=ArrearsCase.household)
            .where(ArrearsCase.cl % 2 == 1)):
        count(live, point, (opened or "")[:7], "arrears_opened")
        ended = (closed or opened or "")[:7]
        if status == "resolved":
            count(live, point, ended, "arrears_resolved")
        reached = status == "eviction" or stage not in (None, "none")
        if status in ("resolved", "closed") and not reached:
            count(live, point, ended, "evictions_avoided")
    for start, end, phase, live, point in session.execute(with_point(
            CohousingPact.start_date, CohousingPact.end_date, CohousingPact.phase,
            household=CohousingPact.household).where(CohousingPact.cl % 2 == 1)):
        if phase != "ended":
            count(live, point, None, "pairs_active")
        if start and start[:7] <= this_month:
            last = end or (start if phase == "ended" else this_month)
            for month in _months(start, min(last, this_month + "-31")):
                count(None, None, month, "pairs_active")
    return {
        "housing_points": {p: {f: c.get(f, 0) for f in FIGURES}
                           for p, c in sorted(by_point.items())},
        "housing_months": {m: {f: c.get(f, 0) for f in FIGURES}
                           for m, c in sorted(by_month.items())},
    }
