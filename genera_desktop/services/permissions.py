"""Who may read and change what: by site role and scope (spec/cli.md, "Who may change
what"), and by the access areas of the user (a kind's area is its declaration's,
store/kinds.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from genera_desktop.domain import vocab
from genera_desktop.domain.errors import Refused
from genera_desktop.services.network.site import SiteInfo
from genera_desktop.services.transaction import UnitOfWork, reads
from genera_desktop.store.base import Replicated
from genera_desktop.store.kind import COORDINATOR, HOLDERS, NETWORK, PERSON, POINT
from genera_desktop.store.kinds import KINDS
from genera_desktop.store.local import User
from genera_desktop.store.models import Household, HousingContext


def require_coordinator(site: SiteInfo, what: str) -> None:
    """Merges, conflicts, quarantine, revocations and erasures are the coordinator's."""
    if not site.is_coordinator:
        raise Refused("coordinator_only", what)


def user_areas(session: Session, username: str | None) -> frozenset[str]:
    """The access areas a user holds: an administrator every one, a disabled or unknown
    account none."""
    user = session.get(User, username) if username else None
    if user is None or not user.active:
        return frozenset()
    if user.role == "admin":
        return frozenset(vocab.ACCESS_AREAS)
    return frozenset(a for a in (user.access_areas or ()) if a in vocab.ACCESS_AREAS)


def readable_kinds(session: Session, username: str | None) -> frozenset[str]:
    """The kinds a user may read and write: every kind outside an access area, and
    those of the areas they hold."""
    areas = user_areas(session, username)
    return frozenset(k for k, spec in KINDS.items() if spec.area is None or spec.area in areas)


def may_read_kind(session: Session, username: str | None, kind: str) -> bool:
    """Whether a user may read (and write) records of ``kind``."""
    area = KINDS[kind].area
    return area is None or area in user_areas(session, username)


@reads
def user_may_read(uow: UnitOfWork, kind: str) -> bool:
    """Whether the logged-in user may read (and write) records of ``kind``."""
    return may_read_kind(uow.session, uow.username, kind)


@reads
def user_readable_kinds(uow: UnitOfWork) -> frozenset[str]:
    """The kinds the logged-in user may read and write."""
    return readable_kinds(uow.session, uow.username)


def require_kind_access(session: Session, username: str | None, kind: str) -> None:
    """Refuse (``area_access``, the area) a user without the access area of ``kind``."""
    if not may_read_kind(session, username, kind):
        raise Refused("area_access", str(KINDS[kind].area))


def require_health_access(session: Session, username: str | None) -> None:
    """Health and disability data: only users given that area."""
    require_kind_access(session, username, "health")


def withheld_kinds(session: Session, username: str | None) -> list[str]:
    """The record kinds this user may not read, sorted (empty for most users)."""
    return sorted(frozenset(KINDS) - readable_kinds(session, username))


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
    """Refuse a create (obj None) or change outside this site's role and scope.

    Who may write a kind is its declaration's: a catalog the coordinator, the shared
    directory any point (and the coordinator), the rest a site whose scope holds it.
    """
    if site.role is None:
        raise Refused("no_network")
    if site.is_coordinator:
        return
    spec = KINDS[model.KIND]
    kind = spec.kind
    if spec.writers == COORDINATOR:
        raise Refused("catalog_coordinator_only", kind)
    if spec.writers == NETWORK:
        if site.role != "point":
            raise Refused("out_of_scope", kind)
        return
    assert spec.writers == HOLDERS

    def now(name: str) -> Any:
        return values.get(name) or getattr(obj, name, None)

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
    if spec.owner == POINT:
        if site.role != "point" or now(spec.owner_field) != site.point_code:
            raise Refused("out_of_scope", kind)
        return
    if spec.context_field and site.role == "laptop":
        if not context_covered(session, site, now(spec.context_field)):
            raise Refused("out_of_scope", kind)
        return
    if spec.other_household_field:
        _check_two_households(session, site, obj, spec.kind,
                              (now(spec.household_field), now(spec.other_household_field)),
                              # A pact's visit takes its households from the pact:
                              # any site holding either records one.
                              moved=not spec.household_via and (
                                  obj is None or spec.household_field in values
                                  or spec.other_household_field in values))
        return
    household_id = now(spec.household_field) if spec.household_field else None
    if household_id is None and spec.owner == PERSON:
        from genera_desktop.store.models import Person

        person = session.get(Person, now(spec.owner_field))
        household_id = person.household if person else None
    household = session.get(Household, household_id) if household_id else None
    if household is None or not household_in_scope(session, site, household):
        raise Refused("out_of_scope", kind)


def _check_two_households(session: Session, site: SiteInfo, obj: Replicated | None, kind: str,
                          ids: tuple[str | None, str | None], *, moved: bool) -> None:
    """A record of two households (a co-housing pact) is changed by a site holding
    either; made (or moved to other households) only where both are held, and between
    households of two points only at the coordinator (spec/programme.md, "Who holds
    what"), which returned before this."""
    households = [session.get(Household, h) if h else None for h in ids]
    inside = [h is not None and household_in_scope(session, site, h) for h in households]
    if not moved:
        if not any(inside):
            raise Refused("out_of_scope", kind)
        return
    points = {h.point for h in households if h is not None}
    if len(points) > 1:
        raise Refused("two_points_coordinator", kind)
    if not all(inside):
        raise Refused("out_of_scope", kind)

