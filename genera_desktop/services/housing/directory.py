"""The housing directory's rules (spec/programme.md, "Piano integrato casa"): a
landlord's ``agency`` is "the organisation id of an estate agency", so an organisation
of another type (a cooperative, a school) is refused there; an agreed-rent zone's band
has its maximum no lower than its minimum (else no rent could be within it)."""

from __future__ import annotations

from typing import Any

from genera_desktop.domain.errors import FieldError, ValidationFailed
from genera_desktop.services import rules
from genera_desktop.store.base import Replicated
from genera_desktop.store.models import Organisation
from genera_desktop.store.uow import UnitOfWork

ESTATE_AGENCY = "real_estate_agency"


def _check_agency(uow: UnitOfWork, agency_id: str | None) -> None:
    org = uow.session.get(Organisation, agency_id) if agency_id else None
    if org is not None and org.org_type != ESTATE_AGENCY:
        raise ValidationFailed([FieldError("agency", "not_an_agency", value=agency_id)])


def _landlord_add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    _check_agency(uow, values.get("agency"))


def _landlord_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    if values.get("agency") and values["agency"] != getattr(obj, "agency", None):
        _check_agency(uow, values["agency"])


def _check_band(values: dict[str, Any]) -> None:
    low, high = values.get("band_min"), values.get("band_max")
    if low is not None and high is not None and float(high) < float(low):
        raise ValidationFailed([FieldError("band_max", "below_min", "band_min", value=high)])


def _zone_add(uow: UnitOfWork, values: dict[str, Any]) -> None:
    _check_band(values)


def _zone_update(uow: UnitOfWork, obj: Replicated, values: dict[str, Any]) -> None:
    _check_band({"band_min": getattr(obj, "band_min", None),
                 "band_max": getattr(obj, "band_max", None), **values})


rules.register("rent_zone", rules.KindRules(on_add=_zone_add, on_update=_zone_update))
rules.register("landlord", rules.KindRules(on_add=_landlord_add, on_update=_landlord_update))
