"""Solidarity co-housing through the services: hosts' and guests' offers make the
possible pairs with their reasons; smoking or a pet the host does not accept rule a
pair out; a pact started from a pair marks both offers paired; a visit is not dated
before its pact."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from genera_desktop.domain.errors import Refused
from genera_desktop.services import records
from genera_desktop.services.housing import pairs
from genera_desktop.store.store import Store

TODAY = date(2026, 6, 1)


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


def person(store: Store, first: str, born: str, municipality: str = "Montichiari") -> str:
    hh = add(store, "household", point="MON", municipality=municipality)
    return add(store, "person", household=hh, first_name=first, last_name="Rossi",
               birth_date=born)


@pytest.fixture
def offers(coordinator: Store) -> dict[str, str]:
    host = person(coordinator, "Anna", "1948-03-10")
    student = person(coordinator, "Luca", "2003-09-01")
    smoker = person(coordinator, "Sara", "1999-01-01", "Calcinato")
    return {
        "host": add(coordinator, "cohousing_offer", person=host, role="host",
                    room="Singola con bagno", contribution=150, help=["company", "shopping"],
                    presence=["evenings", "nights"], smoking=False, pets=True,
                    available_from="2026-07-01"),
        "student": add(coordinator, "cohousing_offer", person=student, role="guest",
                       contribution=200, help=["company", "technology"],
                       presence=["evenings"], smoking=False),
        "smoker": add(coordinator, "cohousing_offer", person=smoker, role="guest",
                      contribution=100, smoking=True),
    }


def test_pairs_with_their_reasons(coordinator: Store, offers: dict[str, str]) -> None:
    found = pairs.possible_pairs(coordinator, today=TODAY)
    # The smoker is ruled out by the host, who does not want smoking at home.
    assert [(p.host["id"], p.guest["id"]) for p in found] == [(offers["host"], offers["student"])]
    reasons = {r.code: (r.good, r.values) for r in found[0].reasons}
    assert reasons["same_municipality"] == (True, {"municipality": "Montichiari"})
    assert reasons["contribution_fits"] == (True, {"asked": 150, "can": 200})
    assert reasons["help_given"] == (True, {"help": ["company"]})
    assert reasons["help_missing"] == (False, {"help": ["shopping"]})
    assert reasons["presence_given"] == (True, {"presence": ["evenings"]})
    assert reasons["presence_missing"] == (False, {"presence": ["nights"]})
    assert reasons["ages"] == (True, {"host": 78, "guest": 22})
    assert reasons["free_from"] == (True, {"date": "2026-07-01"})
    assert [r.good for r in found[0].reasons] == sorted(
        (r.good for r in found[0].reasons), reverse=True)  # the good ones first


def test_a_short_contribution_is_a_reason_against(coordinator: Store,
                                                  offers: dict[str, str]) -> None:
    records.update(coordinator, "cohousing_offer", offers["smoker"], {"smoking": False})
    found = {p.guest["id"]: p for p in pairs.possible_pairs(coordinator, today=TODAY)}
    short = {r.code: r for r in found[offers["smoker"]].reasons}["contribution_short"]
    assert not short.good and short.values == {"asked": 150, "can": 100}
    assert found[offers["student"]].score > found[offers["smoker"]].score


def test_a_pact_from_a_pair_and_its_visits(coordinator: Store,
                                          offers: dict[str, str]) -> None:
    pact = pairs.start_pact(coordinator, offers["host"], offers["student"],
                            {"start_date": "2026-07-01", "phase": "selection"})
    shown = records.show(coordinator, "cohousing_pact", pact)
    host = records.show(coordinator, "cohousing_offer", offers["host"])
    assert shown["host"] == host["person"] and shown["trial_end"] == "2026-08-01"
    assert {records.show(coordinator, "cohousing_offer", o)["status"]
            for o in (offers["host"], offers["student"])} == {"paired"}
    assert pairs.possible_pairs(coordinator, today=TODAY) == []  # both are paired now
    with pytest.raises(Refused) as refused:
        pairs.start_pact(coordinator, offers["student"], offers["host"], {
            "start_date": "2026-07-01"})
    assert refused.value.code == "pair_roles"
    visit = add(coordinator, "cohousing_visit", pact=pact, date="2026-07-15",
                visitor="custode", outcome="good")
    assert pairs.visits(coordinator, pact)[0]["id"] == visit
    assert pairs.visits(coordinator, pact)[0]["in_trial"] is True
    with pytest.raises(Refused) as refused:
        add(coordinator, "cohousing_visit", pact=pact, date="2026-06-30", visitor="staff")
    assert refused.value.code == "visit_before_pact"
    assert len(pairs.visits(coordinator, pact)) == 1


def test_a_visit_names_the_pair_and_goes_with_either_erasure(
        coordinator: Store, offers: dict[str, str]) -> None:
    from genera_desktop.services.network import sync

    pact = pairs.start_pact(coordinator, offers["host"], offers["student"],
                            {"start_date": "2026-07-01"})
    shown = records.show(coordinator, "cohousing_pact", pact)
    visit = add(coordinator, "cohousing_visit", pact=pact, date="2026-07-15",
                visitor="staff", notes="Va tutto bene")
    seen = records.show(coordinator, "cohousing_visit", visit)
    assert (seen["host"], seen["guest"]) == (shown["host"], shown["guest"])
    with coordinator.unit_of_work() as uow:
        purged = sync.erase_person(uow, shown["guest"])
        uow.commit()
    assert ("cohousing_visit", visit) in purged and ("cohousing_pact", pact) in purged
    assert pairs.visits(coordinator, pact) == []
