"""Candidacies: one per person and vacancy; it keeps the score and reasons matching
gives the pair when it is made (spec/programme.md: "exactly what match gives that pair
at that moment"). Made by a person's decision ("Proponi"), never by matching itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from genera_desktop.domain.errors import Refused
from genera_desktop.services import records, rules
from genera_desktop.services.transaction import writes
from genera_desktop.services.work import matching
from genera_desktop.store.base import Replicated
from genera_desktop.store.ids import id_from
from genera_desktop.store.models_work import Candidacy
from genera_desktop.store.uow import UnitOfWork


def candidacy_id(vacancy_id: str, person_id: str) -> str:
    """The id of a person's one candidacy for a vacancy, the same on every site."""
    return id_from("candidacy", vacancy_id, person_id)


def _add(uow: UnitOfWork, values: dict[str, Any]) -> str:
    session = uow.session
    existing = session.scalars(select(Candidacy).where(
        Candidacy.vacancy == values["vacancy"], Candidacy.person == values["person"],
        Candidacy.cl % 2 == 1)).first()
    if existing is not None:
        raise Refused("already_candidate", existing.id)
    found = matching.pair(session, values["vacancy"], values["person"])
    if found is None:
        raise Refused("no_job_profile", values["person"])
    values["score"] = found.score
    values["reasons"] = list(found.reasons)
    return candidacy_id(values["vacancy"], values["person"])


def _update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    fixed = [n for n in ("vacancy", "person") if n in values and values[n] != getattr(obj, n)]
    if fixed:
        raise Refused("pair_fixed", f"candidacy {fixed[0]}")


rules.register("candidacy", rules.KindRules(on_add=_add, on_update=_update))


@writes
def propose(uow: UnitOfWork, vacancy_id: str, person_id: str, notes: str | None = None) -> str:
    """«Proponi»: make a person's candidacy for a vacancy; return its id."""
    data: dict[str, Any] = {"vacancy": vacancy_id, "person": person_id}
    if notes:
        data["notes"] = notes
    return records.add(uow, "candidacy", data)
