"""The housing plan's figures of the report (spec/programme.md, "Reports"; issue 13).

- ``agreed_rent_contracts``: live contracts at agreed rent (canone concordato);
  ``rent_contracts_by_type``; ``agreed_rents_by_band``: those contracts' rent against
  their zone's band (``within``, ``below``, ``above``, ``unknown``);
- ``guarantee_budget``, ``guarantee_committed`` (euro: the live funds' committed,
  summed), ``guarantee_disbursed``; ``guarantee_funds``: each fund's name, budget,
  committed, disbursed, available;
- ``guarantee_applications_by_status``;
- ``arrears_cases``, ``arrears_by_status``, ``arrears_resolved``, ``evictions``
  (cases that reached the eviction: status ``eviction`` or a stage past ``none``) and
  ``evictions_avoided`` (resolved or closed with no eviction stage);
- ``cohousing_pacts_active`` (live pacts not ``ended``);
- ``housing_by_point``: the point of the household (a pact: its host's) to its agreed
  contracts, applications, arrears cases and active pacts;
- ``housing_by_month``: ``YYYY-MM`` to agreed contracts started, applications made,
  arrears cases opened.

A few grouped queries over thousands of rows at most.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from genera_desktop.store.housing_terms import (
    bands_of,
    committed_amount,
    disbursed_amount,
    money,
)
from genera_desktop.store.models import Household
from genera_desktop.store.models_housing import (
    ArrearsCase,
    CohousingPact,
    GuaranteeApplication,
    GuaranteeFund,
    RentContract,
)

POINT_FIGURES = ("agreed_rent_contracts", "guarantee_applications", "arrears_cases",
                 "cohousing_pacts_active")
MONTH_FIGURES = ("agreed_rent_contracts", "guarantee_applications", "arrears_cases")
NO_VALUE = ""


def _key(value: Any) -> str:
    return NO_VALUE if value is None else str(value)


def _with_point(*columns: Any, household: Any) -> Any:
    """The columns, then the point of the record's household when that household is
    live (``None`` and no household id otherwise): one joined query instead of a map of
    every household held (50,000 at the coordinator)."""
    return (select(*columns, Household.id, Household.point)
            .outerjoin(Household, (Household.id == household) & (Household.cl % 2 == 1)))


def compute(session: Session) -> dict[str, Any]:
    """Every housing figure on this site's data."""
    by_point: dict[str, Counter[str]] = {}
    by_month: dict[str, Counter[str]] = {}

    def count(live: str | None, point: str | None, month: str | None, figure: str) -> None:
        if live is not None:
            by_point.setdefault(_key(point), Counter())[figure] += 1
        if month and figure in MONTH_FIGURES:
            by_month.setdefault(month, Counter())[figure] += 1

    by_type: Counter[str] = Counter()
    agreed: list[tuple[Any, str | None]] = []
    for kind, rent, dwelling, start, live, point in session.execute(_with_point(
            RentContract.contract_type, RentContract.monthly_rent, RentContract.dwelling,
            RentContract.start_date, household=RentContract.household)
            .where(RentContract.cl % 2 == 1)):
        by_type[_key(kind)] += 1
        if kind == "agreed":
            agreed.append((rent, dwelling))
            count(live, point, (start or "")[:7], "agreed_rent_contracts")
    by_band: Counter[str] = Counter(bands_of(session, agreed))
    by_status: Counter[str] = Counter()
    for status, day, live, point in session.execute(_with_point(
            GuaranteeApplication.status, GuaranteeApplication.date,
            household=GuaranteeApplication.household)
            .where(GuaranteeApplication.cl % 2 == 1)):
        by_status[_key(status or "submitted")] += 1
        count(live, point, (day or "")[:7], "guarantee_applications")
    arrears: Counter[str] = Counter()
    evictions = avoided = 0
    for status, stage, opened, live, point in session.execute(_with_point(
            ArrearsCase.status, ArrearsCase.eviction_stage, ArrearsCase.opened_on,
            household=ArrearsCase.household).where(ArrearsCase.cl % 2 == 1)):
        arrears[_key(status)] += 1
        reached = status == "eviction" or stage not in (None, "none")
        evictions += reached
        avoided += status in ("resolved", "closed") and not reached
        count(live, point, (opened or "")[:7], "arrears_cases")
    active = 0
    for _, live, point in session.execute(_with_point(
            CohousingPact.id, household=CohousingPact.household)
            .where(CohousingPact.cl % 2 == 1, CohousingPact.phase.is_distinct_from("ended"))):
        active += 1
        count(live, point, None, "cohousing_pacts_active")
    funds: list[dict[str, Any]] = []
    totals = Counter[str]()
    for fund in session.scalars(select(GuaranteeFund).where(GuaranteeFund.cl % 2 == 1)
                                .order_by(GuaranteeFund.name, GuaranteeFund.id)):
        budget, committed = float(fund.budget or 0), committed_amount(session, fund.id)
        disbursed = disbursed_amount(session, fund.id)
        totals.update({"budget": budget, "committed": committed, "disbursed": disbursed})
        funds.append({"name": fund.name, "budget": money(budget),
                      "committed": money(committed), "disbursed": money(disbursed),
                      "available": money(budget - committed)})
    return {
        "agreed_rent_contracts": by_type.get("agreed", 0),
        "rent_contracts_by_type": dict(sorted(by_type.items())),
        "agreed_rents_by_band": dict(sorted(by_band.items())),
        "guarantee_budget": money(totals["budget"]),
        "guarantee_committed": money(totals["committed"]),
        "guarantee_disbursed": money(totals["disbursed"]),
        "guarantee_funds": funds,
        "guarantee_applications": sum(by_status.values()),
        "guarantee_applications_by_status": dict(sorted(by_status.items())),
        "arrears_cases": sum(arrears.values()),
        "arrears_by_status": dict(sorted(arrears.items())),
        "arrears_resolved": arrears.get("resolved", 0),
        "evictions": evictions,
        "evictions_avoided": avoided,
        "cohousing_pacts_active": active,
        "housing_by_point": {p: {f: c.get(f, 0) for f in POINT_FIGURES}
                             for p, c in sorted(by_point.items())},
        "housing_by_month": {m: {f: c.get(f, 0) for f in MONTH_FIGURES}
                             for m, c in sorted(by_month.items())},
    }
