"""Skill exchange between citizens (issue 12): who offers a skill, who asks for one,
matched by skill among a point's people; codes from the skills catalogue."""

from __future__ import annotations

from typing import Any

import pytest

from genera_desktop.domain.errors import ValidationFailed
from genera_desktop.services import records
from genera_desktop.services.work import skill_exchange
from genera_desktop.store.store import Store


def add(store: Store, kind: str, **data: Any) -> str:
    return records.add(store, kind, data)


def person(store: Store, first: str, point: str = "MON") -> str:
    return add(store, "person", household=add(store, "household", point=point),
               first_name=first, last_name="Ferri")


def test_an_offer_and_a_request_of_the_same_skill_match(coordinator: Store) -> None:
    ida, leo, ugo, eva = (person(coordinator, n) for n in ("Ida", "Leo", "Ugo", "Eva"))
    far = person(coordinator, "Ada", "CAL")
    offer = add(coordinator, "skill_exchange", person=ida, skill="haccp", direction="offer")
    ask = add(coordinator, "skill_exchange", person=leo, skill="haccp", direction="ask")
    add(coordinator, "skill_exchange", person=ugo, skill="servizio-sala", direction="ask")
    add(coordinator, "skill_exchange", person=ida, skill="haccp", direction="ask")  # herself
    closed = add(coordinator, "skill_exchange", person=eva, skill="haccp", direction="ask")
    records.update(coordinator, "skill_exchange", closed, {"status": "closed"})
    add(coordinator, "skill_exchange", person=far, skill="haccp", direction="ask")
    assert records.show(coordinator, "skill_exchange", offer)["status"] == "open"
    at_mon = skill_exchange.matches(coordinator, "MON")
    assert [(m.offer, m.ask) for m in at_mon] == [(offer, ask)]
    assert at_mon[0].offered_by_name == "Ferri Ida" and at_mon[0].point == "MON"
    everywhere = skill_exchange.matches(coordinator)
    assert {m.asked_by for m in everywhere} == {leo, far}


def test_a_skill_not_in_the_catalogue_is_refused(coordinator: Store) -> None:
    ida = person(coordinator, "Ida")
    with pytest.raises(ValidationFailed):
        add(coordinator, "skill_exchange", person=ida, skill="volare", direction="offer")
    with pytest.raises(ValidationFailed):
        add(coordinator, "skill_exchange", person=ida, skill="haccp", direction="teach")
    assert records.list_records(coordinator, "skill_exchange") == []
