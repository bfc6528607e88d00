"""Co-housing pacts (coabitazione solidale): a host and a guest, two persons.

Who may make one is the permissions' (services/permissions.py): a site holding both
households, and the coordinator alone for households of two points; this module keeps
the pair sensible. Once a pact has monitoring visits its host and guest are fixed: the
visits were made to those two persons, so a new pair is a new pact (the old one
``ended``), and the history stays true.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from genera_desktop.domain.errors import Refused
from genera_desktop.services import records, rules
from genera_desktop.store.base import Replicated
from genera_desktop.store.models_housing import CohousingPact, CohousingVisit
from genera_desktop.store.uow import UnitOfWork


def _check_pair(values: dict[str, Any]) -> None:
    if values.get("host") and values.get("host") == values.get("guest"):
        raise Refused("pact_same_person")


def _check_add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    _check_pair(values)


def _check_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    _check_pair({**records.to_dict(obj), **values})
    moved = [n for n in ("host", "guest") if n in values and values[n] != getattr(obj, n)]
    if moved:
        visits = uow.session.scalar(
            select(func.count()).select_from(CohousingVisit)
            .where(CohousingVisit.pact == obj.id, CohousingVisit.cl % 2 == 1))
        if visits:
            raise Refused("pact_has_visits", f"{moved[0]}, {visits}")


rules.register("cohousing_pact", rules.KindRules(on_add=_check_add, on_update=_check_update))


def _check_visit(uow: UnitOfWork, values: dict[str, Any]) -> None:
    """A monitoring visit is not dated before its pact started; it names the pact's host
    and guest (set here, as the households are from the pact)."""
    pact = uow.session.get(CohousingPact, values.get("pact") or "")
    if pact is None:
        return
    values["host"], values["guest"] = pact.host, pact.guest
    day = values.get("date")
    if pact.start_date and day and day < pact.start_date:
        raise Refused("visit_before_pact", f"{day} < {pact.start_date}")


def _check_visit_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    if "pact" in values and values["pact"] != obj.pact:  # type: ignore[attr-defined]
        raise Refused("pair_fixed", "cohousing_visit pact")
    before = records.to_dict(obj)
    merged = {**before, **values}
    _check_visit(uow, merged)
    for name in ("host", "guest"):
        if merged.get(name) != before.get(name):
            values[name] = merged[name]


rules.register("cohousing_visit", rules.KindRules(on_add=_check_visit,
                                                  on_update=_check_visit_update))
