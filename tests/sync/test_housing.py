"""The housing plan across sites (spec/programme.md, "Who holds what"): the directory
everywhere, a family's records where the family is, a co-housing pact with both
households and nowhere else, and money decided at the coordinator alone, so that no
fund is overspent whatever order the bundles arrive in."""

from __future__ import annotations

import json

import pytest

from genera_desktop.domain.errors import Refused, ValidationFailed
from genera_desktop.services import records
from tests.sync.syncnet import Net


def held(net: Net, site: str, kind: str) -> set[str]:
    """The ids of the live records of a kind a site holds."""
    return {r["id"] for r in map(json.loads, net.dump(site)) if r["kind"] == kind}


def money(net: Net, site: str, fund: str) -> dict[str, float]:
    with net.stores[site].unit_of_work() as uow:
        shown = records.show(uow, "guarantee_fund", fund)
    return {k: shown[k] for k in ("committed", "available")}


def family(net: Net, site: str, point: str, first: str = "Ida", **fields: object) -> dict[str, str]:
    hh = net.household(site, point=point, **fields)
    return {"hh": hh, "person": net.person(site, hh, first)}


def test_housing_records_reach_the_right_sites(net: Net) -> None:
    landlord = net.add("coord", "landlord", {"name": "Immobiliare Garda"})
    dwelling = net.add("coord", "dwelling", {"landlord": landlord, "address": "Via Roma 2",
                                             "municipality": "Montichiari"})
    fund = net.add("coord", "guarantee_fund", {"name": "Fondo 2026", "budget": 3000})
    zone = net.add("coord", "rent_zone", {"zone": "A", "municipality": "Montichiari",
                                          "band_min": 5, "band_max": 8})
    mon = family(net, "coord", "MON")
    cal = family(net, "coord", "CAL", "Eva")
    contract = net.add("coord", "rent_contract", {
        "dwelling": dwelling, "household": mon["hh"], "start_date": "2026-01-01",
        "contract_type": "agreed", "monthly_rent": 400})
    case = net.add("coord", "arrears_case", {"household": cal["hh"], "landlord": landlord,
                                             "amount_owed": 900})
    rata = net.add("coord", "installment", {"arrears_case": case, "due_date": "2026-05-01",
                                            "amount": 300})
    net.roundtrip("mon", "cal", "l1")
    for site in ("coord", "mon", "cal", "l1"):
        assert held(net, site, "landlord") == {landlord}, site
        assert held(net, site, "dwelling") == {dwelling}, site
        assert held(net, site, "guarantee_fund") == {fund}, site
        assert held(net, site, "rent_zone") == {zone}, site
    assert held(net, "mon", "rent_contract") == {contract}
    assert held(net, "cal", "rent_contract") == set()
    assert (held(net, "cal", "arrears_case"), held(net, "cal", "installment")) == (
        {case}, {rata})
    assert held(net, "mon", "installment") == held(net, "l1", "installment") == set()
    # A point adds to the directory; a point may not touch a fund (the coordinator's).
    other = net.add("mon", "landlord", {"name": "Lucia Ferri", "landlord_type": "private"})
    with pytest.raises(Refused) as refused:
        net.update("mon", "guarantee_fund", fund, {"budget": 1_000_000})
    assert refused.value.code == "catalog_coordinator_only"
    net.roundtrip("mon", "cal")
    assert held(net, "cal", "landlord") == {landlord, other}


def test_a_pact_between_two_points_households_reaches_both_and_no_third(net: Net) -> None:
    host = family(net, "coord", "MON", "Ida")
    guest = family(net, "coord", "CAL", "Leo")
    pact = net.add("coord", "cohousing_pact", {"host": host["person"], "guest": guest["person"],
                                               "start_date": "2026-02-01", "phase": "meeting"})
    local = family(net, "coord", "MON", "Ugo")
    same_point = net.add("coord", "cohousing_pact", {"host": host["person"],
                                                     "guest": local["person"],
                                                     "start_date": "2026-03-01"})
    net.roundtrip("mon", "cal", "l1", "l2")
    assert held(net, "mon", "cohousing_pact") == {pact, same_point}
    assert held(net, "cal", "cohousing_pact") == {pact}  # the guest's point
    assert held(net, "l1", "cohousing_pact") == held(net, "l2", "cohousing_pact") == set()
    # Either point follows the pact through its phases; both edits reach everyone.
    net.update("cal", "cohousing_pact", pact, {"phase": "monitoring"})
    net.update("mon", "cohousing_pact", pact, {"monthly_contribution": 120})
    net.roundtrip("mon", "cal")
    for site in ("coord", "mon", "cal"):
        shown = net.get(site, "cohousing_pact", pact)
        assert shown is not None and (shown["phase"], shown["monthly_contribution"]) == (
            "monitoring", 120), site
    # The guest's family moves to Remedello: Calcinato no longer holds the pact.
    net.update("coord", "household", guest["hh"], {"point": "REM"})
    net.roundtrip("mon", "cal")
    assert held(net, "cal", "cohousing_pact") == set()
    assert held(net, "mon", "cohousing_pact") == {pact, same_point}


def test_a_pact_between_two_points_is_made_only_at_the_coordinator(net: Net) -> None:
    # Two families of two points in the building the laptop L1 covers: it holds both.
    host = family(net, "coord", "MON", housing_context=net.ctx["A"])
    guest = family(net, "coord", "CAL", "Leo", housing_context=net.ctx["A"])
    net.roundtrip("mon", "cal", "l1")
    pact = {"host": host["person"], "guest": guest["person"], "start_date": "2026-02-01"}
    with pytest.raises(Refused) as refused:
        net.add("l1", "cohousing_pact", pact)
    assert refused.value.code == "two_points_coordinator"
    with pytest.raises(ValidationFailed):  # the point does not even hold the guest
        net.add("mon", "cohousing_pact", pact)
    neighbour = family(net, "mon", "MON", "Ugo")
    assert net.add("mon", "cohousing_pact", {**pact, "guest": neighbour["person"]})


def test_only_the_coordinator_decides_money(net: Net) -> None:
    fund = net.add("coord", "guarantee_fund", {"name": "Fondo 2026", "budget": 1000})
    mon = family(net, "mon", "MON")
    net.roundtrip("mon")
    app = net.add("mon", "guarantee_application", {"fund": fund, "household": mon["hh"],
                                                   "date": "2026-02-01",
                                                   "amount_requested": 500})
    net.update("mon", "guarantee_application", app, {"status": "assessed"})
    for change in ({"status": "approved", "amount_approved": 500, "decided_on": "2026-02-02"},
                   {"status": "rejected"}, {"status": "closed"}, {"amount_approved": 100}):
        with pytest.raises(Refused) as refused:
            net.update("mon", "guarantee_application", app, change)
        assert refused.value.code == "money_coordinator_only", change
    net.roundtrip("mon")
    net.update("coord", "guarantee_application", app,
               {"status": "approved", "amount_approved": 500, "decided_on": "2026-02-03"})
    net.roundtrip("mon")
    with pytest.raises(Refused) as refused:
        net.add("mon", "disbursement", {"application": app, "date": "2026-02-05",
                                        "amount": 100})
    assert refused.value.code == "money_coordinator_only"
    assert net.add("coord", "disbursement", {"application": app, "date": "2026-02-05",
                                             "amount": 100})


@pytest.mark.parametrize("order", [("mon", "cal"), ("cal", "mon")])
def test_no_fund_is_overspent_whatever_order_the_bundles_arrive_in(
        net: Net, order: tuple[str, str]) -> None:
    fund = net.add("coord", "guarantee_fund", {"name": "Fondo 2026", "budget": 1000})
    net.roundtrip("mon", "cal")
    apps = {}
    for point, code in (("mon", "MON"), ("cal", "CAL")):
        hh = family(net, point, code)["hh"]
        apps[point] = net.add(point, "guarantee_application", {
            "fund": fund, "household": hh, "date": "2026-02-01", "amount_requested": 700})
    bundles = {point: net.export(point, "coord") for point in order}
    first, second = order
    net.load("coord", bundles[first])
    approve = {"status": "approved", "decided_on": "2026-02-10"}
    net.update("coord", "guarantee_application", apps[first], {**approve, "amount_approved": 700})
    # The second point's application arrives after the first took 700 of the 1000.
    net.load("coord", bundles[second])
    with pytest.raises(Refused) as refused:
        net.update("coord", "guarantee_application", apps[second],
                   {**approve, "amount_approved": 700})
    assert refused.value.code == "fund_exceeded"
    net.update("coord", "guarantee_application", apps[second],
               {**approve, "amount_approved": 300})
    # Meanwhile the second point, not knowing of the decision, marks its application
    # assessed: a change the coordinator's import refuses (the decision stands).
    net.update(second, "guarantee_application", apps[second], {"status": "assessed"})
    # Bundles again, old and new, in any order: the money stays within the budget.
    net.load("coord", bundles[first])
    net.roundtrip(second, first)
    net.load("coord", bundles[second])
    net.roundtrip(first, second)
    assert money(net, "coord", fund) == {"committed": 1000, "available": 0}
    for site in order:
        # A point counts what it holds: its own application, as the coordinator decided.
        assert net.get(site, "guarantee_application", apps[site])["status"] == "approved"
        assert money(net, site, fund)["committed"] <= 1000
    assert net.get("coord", "guarantee_application", apps[second])["status"] == "approved"
