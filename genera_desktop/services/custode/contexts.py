"""Housing contexts (buildings, blocks, a condominio sociale) and who looks after them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from genera_desktop.services import records
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.local import Site
from genera_desktop.store.models import Household, HousingContext
from genera_desktop.store.uow import UnitOfWork

FIELDS = ("name", "address", "municipality", "manager", "context_type", "custode_site", "notes")


@dataclass(frozen=True)
class ContextRow:
    """One housing context with the number of live households registered in it."""

    id: str
    name: str
    address: str | None
    municipality: str | None
    manager: str | None
    context_type: str | None
    custode_site: str | None
    custode_name: str | None
    households: int
    notes: str | None


@dataclass(frozen=True)
class SiteChoice:
    """A site of the roster that can be named as a context's custode."""

    site_id: str
    name: str
    role: str


@reads
def list_contexts(uow: UnitOfWork, search: str | None = None) -> list[ContextRow]:
    """Live housing contexts, by municipality and name, with household counts."""
    session = uow.session
    counts: dict[str, int] = {
        context: count
        for context, count in session.execute(
            select(Household.housing_context, func.count())
            .where(
                Household.cl % 2 == 1,
                Household.merged_into.is_(None),
                Household.housing_context.is_not(None),
            )
            .group_by(Household.housing_context)
        )
        if context is not None
    }
    sites = {s.site_id: s.name for s in session.scalars(select(Site))}
    found = records.find(session, "housing_context", search)
    rows = [
        ContextRow(
            c.id,
            c.name or "",
            c.address,
            c.municipality,
            c.manager,
            c.context_type,
            c.custode_site,
            sites.get(c.custode_site or ""),
            counts.get(c.id, 0),
            c.notes,
        )
        for c in found
        if isinstance(c, HousingContext)
    ]
    rows.sort(key=lambda r: ((r.municipality or "").lower(), r.name.lower()))
    return rows


@reads
def get_context(uow: UnitOfWork, context_id: str) -> dict[str, Any]:
    """One context's fields (for its form)."""
    return records.show(uow, "housing_context", context_id, audit_view=False)


@writes
def save_context(uow: UnitOfWork, data: dict[str, Any], context_id: str | None = None) -> str:
    """Add a context, or change the given fields of one; return its id. The caller commits.

    Only the coordinator may (records' permission rules); ValidationFailed lists every
    wrong field.
    """
    values = {k: v for k, v in data.items() if k in FIELDS}
    if context_id is None:
        return records.add(uow, "housing_context", values)
    records.update(uow, "housing_context", context_id, values)
    return context_id


@reads
def custode_sites(uow: UnitOfWork) -> list[SiteChoice]:
    """Sites of the roster that are custode laptops and not revoked, by name."""
    rows = uow.session.scalars(
        select(Site).where(Site.role == "laptop", Site.revoked.is_(False)).order_by(Site.name)
    )
    return [SiteChoice(s.site_id, s.name, s.role) for s in rows]
