"""Change capture: every flush of a replicated record stamps each changed field.

It runs inside the flush, so the stamps commit or roll back with the change itself.
Sync applies remote changes through Core statements of its own (with the remote
stamps), which these ORM events do not see: that is deliberate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event, inspect, text
from sqlalchemy.orm import Session, UOWTransaction

from genera_desktop.domain.text import digits, fold
from genera_desktop.store.base import Replicated, replicated_columns
from genera_desktop.sync.clock import HybridClock

CAPTURE_KEY = "genera_capture"  # session.info key: {"site_idx": int} or absent


class CaptureDisabled(RuntimeError):
    """A replicated write through a session that has no change capture."""


# Positional, run through the driver's executemany: an import or demo stamps hundreds
# of thousands of fields, and SQLAlchemy's per-row parameter processing of a text()
# statement cost more than the inserts themselves.
UPSERT_STAMP = (
    "INSERT INTO field_clock (kind, rid, field, hlc, site, prev_hlc, prev_site, seq) "
    "VALUES (?, ?, ?, ?, ?, NULL, NULL, ?) "
    "ON CONFLICT (kind, rid, field) DO UPDATE SET "
    "prev_hlc = field_clock.hlc, prev_site = field_clock.site, "
    "hlc = excluded.hlc, site = excluded.site, seq = excluded.seq"
)


def next_stamp(session: Session) -> tuple[int, int]:
    """Tick the store's clock and take the next local seq, inside the open transaction."""
    conn = session.connection()
    row = conn.execute(text("SELECT hlc, wall, seq FROM clock_state WHERE id = 1")).one()
    clock = HybridClock(row.hlc, row.wall)
    stamp = clock.tick()
    seq = row.seq + 1
    conn.execute(
        text("UPDATE clock_state SET hlc = :h, wall = :w, seq = :s WHERE id = 1"),
        {"h": stamp, "w": clock.last_wall, "s": seq},
    )
    return stamp, seq


def _search_fields() -> dict[str, tuple[tuple[str, bool], ...]]:
    """Each kind with search text: its declared search fields (store/kinds.py), each
    with whether it is a phone (matched as digits, however it was typed)."""
    from genera_desktop.store.base import PHONE, field_info
    from genera_desktop.store.kinds import KINDS

    return {
        kind: tuple((name, field_info(spec.model)[name]["type"] == PHONE)
                    for name in spec.search)
        for kind, spec in KINDS.items()
        if "search_text" in spec.model.__table__.columns
    }


SEARCH_FIELDS = _search_fields()


def search_text(kind: str, get: Callable[[str], Any]) -> str | None:
    """The folded text a search matches for a record; ``get(field)`` reads a field.

    Sync calls this too when it writes records through Core, so both paths agree.
    """
    fields = SEARCH_FIELDS.get(kind)
    if fields is None:
        return None
    parts = []
    for name, is_phone in fields:
        value = get(name)
        if value:
            parts.append(digits(value) if is_phone else fold(value))
    return " ".join(p for p in parts if p)


def _getter(obj: Replicated) -> Callable[[str], Any]:
    def get(name: str) -> Any:
        return getattr(obj, name)

    return get


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, Replicated):
            # A delete is a causal-length increment, never a row removal.
            raise CaptureDisabled(f"replicated {obj.KIND} {obj.id} must not be deleted as a row")
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Replicated) and obj.KIND in SEARCH_FIELDS:
            obj.search_text = search_text(obj.KIND, _getter(obj))  # type: ignore[attr-defined]


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    changed: list[tuple[Replicated, tuple[str, ...]]] = []
    for obj in session.new:
        if isinstance(obj, Replicated):
            # The instance dict holds every value just inserted (defaults included) and
            # only those: reading it skips the instrumented getattr of every column.
            values = obj.__dict__
            cols = tuple(c for c in replicated_columns(type(obj)) if values.get(c) is not None)
            changed.append((obj, cols))
    for obj in session.dirty:
        if isinstance(obj, Replicated) and obj not in session.new:
            state = inspect(obj)
            cols = tuple(
                c for c in replicated_columns(type(obj)) if state.attrs[c].history.has_changes()
            )
            if cols:
                changed.append((obj, cols))
    if not changed:
        return
    capture = session.info.get(CAPTURE_KEY)
    if capture is None:
        raise CaptureDisabled("replicated write through a session without change capture")
    if capture.get("off"):  # benchmarks only: measures what capture costs
        return
    stamp, seq = next_stamp(session)
    site = capture["site_idx"]
    rows = [
        (obj.KIND, obj.id, col, stamp, site, seq)
        for obj, cols in changed
        for col in cols
    ]
    session.connection().exec_driver_sql(UPSERT_STAMP, rows)
