"""Who may change what (spec/cli.md, "Who may change what"): by site role and scope."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from genera_desktop.domain.errors import Refused
from genera_desktop.services.site import SiteInfo
from genera_desktop.store.base import Replicated
from genera_desktop.store.local import User
from genera_desktop.store.models import Household, HousingContext, Point

CATALOG_KINDS = frozenset({"point", "housing_context"})


def require_coordinator(site: SiteInfo, what: str) -> None:
    """Merges, conflicts, quarantine, revocations and erasures are the coordinator's."""
    if not site.is_coordinator:
        raise Refused("coordinator_only", what)


# The record kinds of each access area (DESIGN.md, "Security and privacy"): a user
# reads and writes them only when granted the area; an administrator has every area.
AREA_KINDS: dict[str, frozenset[str]] = {"health": frozenset({"health"})}


def readable_kinds(session: Session, username: str | None) -> frozenset[str]:
    """The record kinds this user may read (and write): every kind but those of the
    access areas the user lacks. The one place that decides it: dump, lists, show,
    search, exports and prints all ask here (through the helpers below)."""
    from genera_desktop.store.models import MODELS

    user = session.get(User, username) if username else None
    if user is not None and user.role == "admin":
        granted = frozenset(AREA_KINDS)
    elif user is not None and user.health_access:
        granted = frozenset({"health"})
    else:
        granted = frozenset()
    withheld = {kind for area, kinds in AREA_KINDS.items() if area not in granted
                for kind in kinds}
    return frozenset(MODELS) - withheld


def withheld_kinds(session: Session, username: str | None) -> list[str]:
    """The record kinds this user may not read, sorted (empty for most users)."""
    from genera_desktop.store.models import MODELS

    return sorted(frozenset(MODELS) - readable_kinds(session, username))


def may_read(session: Session, username: str | None, kind: str) -> bool:
    """Whether this user's access covers this kind of record."""
    return kind in readable_kinds(session, username)


def require_access(session: Session, username: str | None, kind: str) -> None:
    """Refuse a kind of record this user's access does not cover (Refused
    "<area>_access", e.g. "health_access")."""
    if not may_read(session, username, kind):
        area = next((a for a, kinds in AREA_KINDS.items() if kind in kinds), "area")
        raise Refused(f"{area}_access")


def require_health_access(session: Session, username: str | None) -> None:
    """Health and disability data: only users given that access."""
    require_access(session, username, "health")


def require_admin(session: Session, username: str | None) -> None:
    user = session.get(User, username) if username else None
    if user is None or user.role != "admin":
        raise Refused("admin_only")


def household_in_scope(session: Session, site: SiteInfo, household: Household) -> bool:
    """Whether this member site may change this household."""
    if site.is_coordinator:
        return True
    if site.role == "point":
        return household.point == site.point_code
    if site.role == "laptop":
        return context_covered(session, site, household.housing_context)
    return False


def context_covered(session: Session, site: SiteInfo, context_id: str | None) -> bool:
    if not context_id:
        return False
    ctx = session.get(HousingContext, context_id)
    return ctx is not None and ctx.custode_site == site.site_id


def check_write(session: Session, site: SiteInfo, obj: Replicated | None,
                model: type[Replicated], values: dict[str, Any]) -> None:
    """Refuse a create (obj None) or change outside this site's role and scope."""
    if site.role is None:
        raise Refused("no_network")
    if site.is_coordinator:
        return
    kind = model.KIND
    if kind in CATALOG_KINDS:
        raise Refused("catalog_coordinator_only", kind)
    if kind == "household":
        if obj is not None:
            # Moving a family to another point is allowed: judge by where it is now.
            assert isinstance(obj, Household)
            if not household_in_scope(session, site, obj):
                raise Refused("out_of_scope", kind)
            return
        probe = Household(point=values.get("point"), housing_context=values.get("housing_context"))
        if not household_in_scope(session, site, probe):
            raise Refused("out_of_scope", kind)
        return
    if kind == "visit" and site.role == "laptop":
        context = values.get("housing_context") or getattr(obj, "housing_context", None)
        if not context_covered(session, site, context):
            raise Refused("out_of_scope", kind)
        return
    household_id = values.get("household") or getattr(obj, "household", None)
    if kind == "health" and household_id is None:
        from genera_desktop.store.models import Person

        person = session.get(Person, values.get("person") or getattr(obj, "person", None))
        household_id = person.household if person else None
    household = session.get(Household, household_id) if household_id else None
    if household is None or not household_in_scope(session, site, household):
        raise Refused("out_of_scope", kind)


def point_exists(session: Session, code: str) -> bool:
    from sqlalchemy import select

    return session.scalar(select(Point.id).where(Point.code == code)) is not None
