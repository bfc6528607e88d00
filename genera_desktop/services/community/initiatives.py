"""A citizens' initiative's flow (spec/programme.md, "Community life").

``proposed`` → ``evaluating`` → ``accepted`` | ``rejected``; ``accepted`` →
``in_progress`` → ``completed``; ``withdrawn`` from any state before ``completed``.
Any other move is refused (MoveRefused, naming from and to). ``accepted`` and
``rejected`` need ``decided_on``; ``support_granted`` is refused unless the initiative
is ``accepted``, ``in_progress`` or ``completed``. A new initiative may be recorded in
any state (one that started before the app did), under the same two conditions.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from genera_desktop.domain.errors import MoveRefused, Refused
from genera_desktop.services import records, rules
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.base import Replicated
from genera_desktop.store.models import Initiative
from genera_desktop.store.uow import UnitOfWork

FIRST = "proposed"
# Each state and the moves the flow allows from it, in the order a page offers them.
MOVES: dict[str, tuple[str, ...]] = {
    "proposed": ("evaluating", "withdrawn"),
    "evaluating": ("accepted", "rejected", "withdrawn"),
    "accepted": ("in_progress", "withdrawn"),
    "in_progress": ("completed", "withdrawn"),
    "rejected": (),
    "completed": (),
    "withdrawn": (),
}
NEEDS_DECISION = frozenset({"accepted", "rejected"})
MAY_GRANT = frozenset({"accepted", "in_progress", "completed"})


def allowed_moves(status: str | None) -> tuple[str, ...]:
    """The states an initiative in ``status`` may move to (a page's buttons)."""
    return MOVES.get(status or FIRST, ())


def check_move(from_status: str | None, to_status: str | None) -> None:
    """Refuse (MoveRefused) a move the flow does not allow; staying put is no move."""
    current = from_status or FIRST
    if to_status == current:
        return
    if to_status not in allowed_moves(current):
        raise MoveRefused("initiative", current, to_status)


def check_state(values: dict[str, Any]) -> None:
    """The conditions a state puts on the other fields (the record as it would be)."""
    status = values.get("status") or FIRST
    if status in NEEDS_DECISION and not values.get("decided_on"):
        raise Refused("decided_on_needed", status)
    if values.get("support_granted") is not None and status not in MAY_GRANT:
        raise Refused("support_not_granted", status)


def _check_add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    check_state(values)


def _check_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    if "status" in values:
        check_move(getattr(obj, "status", None), values["status"])
    after = {**records.to_dict(obj), **values}
    if "support_granted" not in values:
        # Granted earlier: an initiative withdrawn afterwards keeps what it was granted.
        after.pop("support_granted", None)
    check_state(after)


rules.register("initiative", rules.KindRules(on_add=_check_add, on_update=_check_update))


@writes
def move(uow: UnitOfWork, initiative_id: str, to_status: str, *,
         decided_on: date | str | None = None, **fields: Any) -> None:
    """Move an initiative to ``to_status`` (one of ``allowed_moves``), with the fields
    the move brings (``decided_on`` for a decision, ``support_granted``, ...)."""
    data: dict[str, Any] = {"status": to_status, **fields}
    if decided_on is not None:
        data["decided_on"] = str(decided_on)
    records.update(uow, "initiative", initiative_id, data)


@reads
def overdue_reports(uow: UnitOfWork, today: date | None = None,
                    point: str | None = None) -> list[dict[str, Any]]:
    """Live initiatives whose report was due before ``today`` and has not arrived, the
    oldest due first (the agenda shows them)."""
    day = (today or date.today()).isoformat()
    query = select(Initiative).where(
        Initiative.cl % 2 == 1, Initiative.report_due < day,
        Initiative.report_received.is_(None),
        Initiative.status.notin_(("rejected", "withdrawn")))
    if point:
        query = query.where(Initiative.point == point)
    return [records.to_dict(i) for i in uow.session.scalars(
        query.order_by(Initiative.report_due, Initiative.id))]
