"""The housing plan's computed fields (spec/programme.md, "Piano integrato casa"): worked
out when a record is read, never stored (store/kinds_housing.py declares them).

- an agreed-rent contract's terms: 3 years, then 2 more (docs/dev/decisions.md,
  "Housing": the first term ends the day before the third anniversary);
- its rent against its zone's band (the local agreement's table, ``rent_zone``);
- a guarantee fund's money: committed, disbursed, available;
- a co-housing pact's trial month.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from genera_desktop.domain.money import cents as money
from genera_desktop.store.models_housing import (
    CohousingPact,
    Disbursement,
    Dwelling,
    GuaranteeApplication,
    RentZone,
)

AGREED = "agreed"
FIRST_TERM_YEARS = 3
RENEWAL_YEARS = 2
# The states in which an application's amount_approved is spent from its fund.
COMMITTING = ("approved", "disbursed", "closed")


def _day(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def anniversary(day: date, years: int) -> date:
    """The same day ``years`` later; for a 29 February in a common year, 1 March: the
    years are whole only then, so a lease from 29/02/2024 runs to 28/02/2027."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day if it has no such day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))


def first_term_end(record: Mapping[str, Any]) -> str | None:
    """An agreed-rent contract's first term ends the day before the third anniversary of
    its start; other contracts have none here."""
    start = _day(record.get("start_date"))
    if record.get("contract_type") != AGREED or start is None:
        return None
    return (anniversary(start, FIRST_TERM_YEARS) - timedelta(days=1)).isoformat()


def renewal_end(record: Mapping[str, Any]) -> str | None:
    """The end of the two years' renewal: the day before the fifth anniversary (two
    years after the first term's end, 29 February aside)."""
    start = _day(record.get("start_date"))
    if record.get("contract_type") != AGREED or start is None:
        return None
    years = FIRST_TERM_YEARS + RENEWAL_YEARS
    return (anniversary(start, years) - timedelta(days=1)).isoformat()


def _pick_zone(zones: list[RentZone], municipality: str | None) -> RentZone | None:
    """Of the live zones sharing a code: the one of the dwelling's comune, or the only
    one (codes are the local agreement's, and repeat across comuni)."""
    town = (municipality or "").strip().lower()
    same_town = [z for z in zones if (z.municipality or "").strip().lower() == town]
    if same_town:
        return same_town[0]
    return zones[0] if len(zones) == 1 else None


def zone_of(session: Session, code: str | None, municipality: str | None) -> RentZone | None:
    """The live zone with this code: the one of the dwelling's comune, or the only one
    of that code."""
    if not code:
        return None
    key = code.strip().lower()
    zones = list(session.scalars(select(RentZone).where(
        func.lower(RentZone.zone) == key, RentZone.cl % 2 == 1).order_by(RentZone.id)))
    return _pick_zone(zones, municipality)


def band_against(rent: Any, area_m2: Any, zone: RentZone | None) -> str:
    """``within``, ``below`` or ``above`` the zone's band (rent per m² a month, to the
    cent), ``unknown`` without an area, a zone or a band."""
    if not area_m2 or rent is None or zone is None \
            or zone.band_min is None or zone.band_max is None:
        return "unknown"
    per_m2 = round(float(rent) / float(area_m2), 2)
    if per_m2 < float(zone.band_min):
        return "below"
    if per_m2 > float(zone.band_max):
        return "above"
    return "within"


def band_of(session: Session, rent: Any, dwelling_id: str | None) -> str:
    """One contract's rent against the band of its dwelling's zone."""
    dwelling = session.get(Dwelling, dwelling_id) if dwelling_id else None
    if dwelling is None:
        return "unknown"
    zone = zone_of(session, dwelling.zone, dwelling.municipality) if dwelling.area_m2 else None
    return band_against(rent, dwelling.area_m2, zone)


def bands_of(session: Session, contracts: list[tuple[Any, str | None]]) -> list[str]:
    """``band_of`` for many (rent, dwelling id) pairs in two queries, not two each: the
    report judges every agreed contract of the network."""
    wanted = {d for _, d in contracts if d}
    dwellings: dict[str, tuple[Any, Any, Any]] = {}
    ids = sorted(wanted)
    for chunk in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        for row in session.execute(
                select(Dwelling.id, Dwelling.area_m2, Dwelling.zone, Dwelling.municipality)
                .where(Dwelling.id.in_(ids[chunk:chunk + 500]))):
            dwellings[row[0]] = (row[1], row[2], row[3])
    zones: dict[str, list[RentZone]] = {}
    for each in session.scalars(select(RentZone).where(RentZone.cl % 2 == 1)
                                .order_by(RentZone.id)):
        zones.setdefault((each.zone or "").strip().lower(), []).append(each)
    out = []
    for rent, dwelling_id in contracts:
        found = dwellings.get(dwelling_id) if dwelling_id else None
        if found is None:
            out.append("unknown")
            continue
        area, code, town = found
        zone = _pick_zone(zones.get(code.strip().lower(), []), town) if code else None
        out.append(band_against(rent, area, zone))
    return out


def band_check(record: Mapping[str, Any], session: Session) -> str:
    """A contract's rent against its dwelling's zone's band: what an agreed rent must
    respect, and for another contract how its rent compares with the agreed ones."""
    return band_of(session, record.get("monthly_rent"), record.get("dwelling"))




def committed_amount(session: Session, fund_id: str, *, leaving_out: str | None = None) -> float:
    """The ``amount_approved`` of the fund's live applications that are approved,
    disbursed or closed (this site's: the coordinator holds every one)."""
    query = select(GuaranteeApplication.amount_approved).where(
        GuaranteeApplication.fund == fund_id, GuaranteeApplication.cl % 2 == 1,
        GuaranteeApplication.status.in_(COMMITTING))
    if leaving_out:
        query = query.where(GuaranteeApplication.id != leaving_out)
    return sum(float(a or 0) for a in session.scalars(query))


def disbursed_amount(session: Session, fund_id: str) -> float:
    """The live disbursements of the fund's live applications, summed."""
    query = select(Disbursement.amount).join(
        GuaranteeApplication, GuaranteeApplication.id == Disbursement.application).where(
        GuaranteeApplication.fund == fund_id, GuaranteeApplication.cl % 2 == 1,
        Disbursement.cl % 2 == 1)
    return sum(float(a or 0) for a in session.scalars(query))


def committed(record: Mapping[str, Any], session: Session) -> float | int:
    return money(committed_amount(session, record["id"]))


def available(record: Mapping[str, Any], session: Session) -> float | int:
    return money(float(record.get("budget") or 0) - committed_amount(session, record["id"]))


def disbursed(record: Mapping[str, Any], session: Session) -> float | int:
    return money(disbursed_amount(session, record["id"]))


def trial_end(record: Mapping[str, Any]) -> str | None:
    """The end of a pact's trial month: one month after its start."""
    start = _day(record.get("start_date"))
    return add_months(start, 1).isoformat() if start is not None else None


def visit_in_trial(record: Mapping[str, Any], session: Session) -> bool | None:
    """Whether a monitoring visit falls in its pact's trial month (from the start to
    ``trial_end`` included); unknown without the pact's start or the visit's date."""
    pact = session.get(CohousingPact, record.get("pact") or "")
    day = record.get("date")
    if pact is None or not pact.start_date or not day:
        return None
    end = trial_end({"start_date": pact.start_date})
    return end is not None and pact.start_date <= day <= end


# -- money decisions are the coordinator's ----------------------------------------------
# (spec/programme.md, "Who holds what"). The services refuse them at a member site
# already; sync asks these (KindSpec.coordinator_decides) on import, for the change a
# member made before the coordinator's decision reached it (a point marking ``assessed``
# an application the coordinator had just approved) and for any other writer. So every
# change to what a fund has committed is made at the coordinator, one transaction after
# another, each checked against the budget: no fund is overspent, whatever order the
# bundles arrive in. Refused, the change becomes a directive and the member takes the
# coordinator's value back.

# The states a member site may give an application: before any decision.
MEMBER_STATES = frozenset({None, "submitted", "assessed"})


def disbursement_decided(name: str, value: Any, row: Mapping[str, Any] | None) -> bool:
    """Every change of a disbursement is the coordinator's: paying is a money decision."""
    return True


def application_decided(name: str, value: Any, row: Mapping[str, Any] | None) -> bool:
    """Whether a member site's change of an application's field ``name`` to ``value``
    is the coordinator's to make, ``row`` being the application as held here (None: new
    here): a decision, its amount, or anything of a decided application's fund or life."""
    decided = row is not None and row.get("status") not in MEMBER_STATES
    if name == "amount_approved":
        return value is not None or (row is not None and row.get(name) is not None)
    if name == "status":
        return decided or value not in MEMBER_STATES
    if name in ("fund", "cl"):
        return decided
    return False
